// The status report as data: the grid of values to write in one bulk call,
// the formats of its ranges, its charts and print set-up. Nothing here knows
// UNO; the adapter writes it into a sheet pmocalc creates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cell_range.hpp"
#include "portfolio.hpp"
#include "portfolio_analysis.hpp"

namespace pmocalc {

struct RollUp;

struct ProjectChoice;  // project_choice.hpp

enum class CellFormat {
    title, subtitle, heading, column_header, label,
    text, money, index, periods, days, date, percent, count,
    rag,                                        // conditional colour by the cell's text
    heat_1, heat_2, heat_3, heat_4, heat_5,     // risk heat map, low to high
    diagnostic_error, diagnostic_warning, note,
    better, worse, unchanged,                   // a change since the previous status date: ▲▼ in colour
    wrapped,                                    // text over as many lines as the column needs
};

// A rectangle of the report, rows and columns 0-based from A1.
struct Span {
    std::size_t row = 0;
    std::size_t column = 0;
    std::size_t rows = 1;
    std::size_t columns = 1;
};

struct FormattedSpan {
    Span span;
    CellFormat format;
    bool large = false;  // the summary page's bigger type
};

struct ChartSpec {
    // horizontal bars: a tornado, its first category at the bottom; scatter: XY points,
    // the data's first column the x values (no category column)
    // xy_lines: XY lines, each piece a run of rows ended by a blank row (the
    // Gantt chart with progress lines), each series styled by `series`
    enum class Kind { bars, lines, horizontal_bars, scatter, xy_lines };
    Kind kind = Kind::bars;
    std::string name;   // unique within the sheet
    std::string title;
    Span data;          // first row: series names; first column: categories
    Span anchor;        // the cells the chart covers
    // Per series, in order (empty: the office's own look): colour as 0xRRGGBB,
    // line width in 1/100 mm, points drawn or not.
    struct SeriesStyle {
        std::uint32_t color = 0;
        int line_width = 0;
        bool points = false;
    };
    std::vector<SeriesStyle> series = {};
};

struct ReportOptions {
    Language language = Language::en;
    std::string generated_at;  // "2026-11-27 05:10", supplied by the caller (the core has no clock)
    Day null_date_offset = 0;  // dates are written as serials of the target document
    std::string history_sheet;  // where the status history is kept ("" when it is not)
    const ProjectChoice* choice = nullptr;  // choosing projects (Criteria sheet); nullptr: no such section
    // The files of a roll-up (page 1 says what a PMO must be told of them); nullptr: one workbook.
    const RollUp* roll_up = nullptr;
    std::string sources_sheet;  // where the roll-up's files are listed
};

struct ReportLayout {
    std::string sheet_name;  // "PMO Report" / "PMOレポート" (the writer makes it unique)
    std::size_t columns = 0;
    std::size_t printed_columns = 0;  // the print area's width: the numbers behind the charts sit past it
    std::size_t printed_rows = 0;     // the print area's height (chart data may run on below it)
    std::vector<std::vector<Cell>> rows;  // values only: text is always written as text
    std::vector<FormattedSpan> formats;
    std::vector<ChartSpec> charts;
    std::vector<double> column_widths_mm;
    // Cells whose text is a link to another cell of the document (Calc's own
    // hyperlink, "#'PMO Sources'.A57"): a file's row to its problems.
    struct Link {
        std::size_t row = 0;  // of `rows`, where the cell is blank: the link holds its text
        std::size_t column = 0;
        std::string text;
        std::string target;
    };
    std::vector<Link> links;
    std::size_t frozen_rows = 0;
    std::vector<std::size_t> page_breaks;  // rows that start a new printed page
    std::vector<Span> merges;              // cells shown as one (the summary's wide values)
    // Rows of a set height (mm), runs of rows from `row`: the summary's, so
    // that page 1's length is the same in every language and font.
    struct RowHeight {
        std::size_t row;
        std::size_t rows;
        double height_mm;
    };
    std::vector<RowHeight> row_heights;
    // Calc's own conditional formats, live in the sheet (and in the copy for
    // sharing): three traffic lights by two thresholds (red below `low`,
    // amber below `high`, green from it), or data bars from the smallest value.
    struct Conditional {
        enum class Kind { traffic_lights, data_bar };
        Kind kind = Kind::data_bar;
        Span span;
        double low = 0;
        double high = 0;
    };
    std::vector<Conditional> conditionals;

    // Where the main blocks are, for the adapters and tests.
    std::size_t summary_last_row = 0;    // the executive summary's last row (page 1)
    std::size_t kpi_first_row = 0;       // the summary's first indicator row
    std::size_t glance_first_row = 0;    // the first project at a glance (0: no projects)
    std::size_t guide_first_row = 0;     // "How to read this report"
    std::size_t portfolio_row = 0;       // the portfolio's row of the cost table (report_column::Cost)
    std::size_t projects_first_row = 0;  // its first project row
    std::size_t status_portfolio_row = 0;  // the portfolio's row of the schedule table (report_column::Schedule)
    std::size_t status_first_row = 0;      // its first project row
    std::size_t forecast_first_row = 0;  // the forecast range's portfolio row (its projects follow)
    std::size_t diagnostics_first_row = 0;
    std::size_t schedule_first_row = 0;  // the schedule summary's first project row (0: no schedule network)
    std::size_t history_first_row = 0;   // the portfolio trend's first status date row (0: fewer than two dates)
    std::size_t changes_first_row = 0;   // the first "what changed" row (0: none)
    std::size_t progress_chart_first_row = 0;  // the first Gantt chart with progress lines (0: none)
    std::size_t milestone_trend_first_row = 0;  // the milestone trend table's first row (0: no trend of two dates)
    std::size_t quality_first_row = 0;   // the tests table's portfolio row (0: no Tests or Defects sheet)
    std::size_t quality_defects_first_row = 0;  // the defects table's portfolio row
    std::size_t overloads_first_row = 0;  // the first person-week over capacity (0: none listed)
    std::size_t people_heat_first_row = 0;  // the people heat map's first person (0: no people section)
    std::size_t choice_first_row = 0;    // the ranking's first row (0: no Criteria sheet)
    std::size_t cross_project_first_row = 0;  // the first cross-project link (0: no link names another project)
};

// The columns of the projects' two tables, by name: their money and earned
// value, then their schedule, issues and risks. Each has the portfolio's row
// first, then a row per project.
namespace report_column {
enum Cost : std::size_t { project_id, project_name, program, bac, pv, ev, ac, sv, cv, spi, cpi, eac, vac,
                          cost_column_count };
enum Schedule : std::size_t { status_project_id = 0, status_project_name, manager, svt, spit, forecast_finish,
                              forecast_method, rag, slip_days, open_issues, overdue_issues, open_risks, risk_exposure,
                              pending_changes, status_column_count };
}  // namespace report_column

ReportLayout build_report(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options);

// A number as a file keeps it: ODF keeps 15 significant digits (at most 20
// decimals between 1e-15 and 1e-5) and LibreOffice rounds to them from 16, so
// 0.82317321953344247 comes back from a saved file as 0.823173219533443,
// while a number already so rounded comes back unchanged (xlsx keeps every
// digit). The report's numbers are written so, and read back the same after a
// save: their fingerprint holds.
double as_saved(double number);

// The same cells as fewer rectangles: spans side by side on the same rows
// joined, then spans one above the other over the same columns (a table's
// column of money is one range, not one per row). Writing a format costs per
// range, not per cell. Overlapping spans are kept apart.
std::vector<Span> coalesced(std::vector<Span> spans);

}  // namespace pmocalc
