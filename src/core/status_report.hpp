// The one front door to the status report, shared by every face (the one-click
// command, the sidebar panel, pmocalc-report): the settings a person chooses,
// the request made of them, and the assessment of a workbook read in bulk —
// what the panel shows and what the report is laid out from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "outcome.hpp"
#include "portfolio.hpp"
#include "portfolio_analysis.hpp"
#include "project_choice.hpp"
#include "report_model.hpp"
#include "rollup/consolidation.hpp"
#include "workbook.hpp"

namespace pmocalc {

// What a person chooses for a report: kept in the document by the command and
// the panel, given as options to pmocalc-report.
struct ReportSettings {
    std::optional<Day> status_date;    // else the workbook's status date cell, else today
    RagThresholds thresholds;
    std::optional<Language> language;  // else the language of the workbook's headers
    EsPeriod es_period = EsPeriod::weeks;
    // The spread of task durations without three-point estimates in the
    // schedule risk (the document's pmocalc.DurationUncertainty, the CLI's
    // --duration-uncertainty).
    DurationUncertainty duration_uncertainty;
    // Choosing projects: the budget the selection must stay within (none: the
    // ranking only) and an optional limit on the people the chosen need
    // (the CLI's --budget and --people-limit).
    std::optional<double> budget;
    std::optional<double> people_limit;
    // Where the workbook was read wrongly: which sheet holds what, which
    // column is which field (column_map.hpp; the document's pmocalc.ColumnMap,
    // the CLI's --map FILE).
    std::string column_map;
    // A roll-up of many workbooks: a project whose status date is older than
    // the portfolio's by more than this many days is stale (the document's
    // pmocalc.StaleDays, the CLI's --stale-days).
    int stale_days = 7;
};

// "weeks" / "working_days" (also 週 / 稼働日): the ES period's code in documents and on the command line.
std::string_view es_period_code(EsPeriod period);
std::optional<EsPeriod> es_period_from_code(std::string_view code);

// The settings as typed into the panel's fields.
struct SettingsText {
    std::string_view status_date;   // YYYY-MM-DD; blank: from the workbook
    std::string_view amber_below;   // 0.95
    std::string_view red_below;     // not above amber
    std::optional<Language> language;
    EsPeriod es_period = EsPeriod::weeks;
    std::string_view budget;        // a number of 0 or more ("¥169,000" too); blank: no budget
    std::string_view people_limit;  // the same; blank: no limit on people
    std::string_view column_map;    // column_map.hpp's text, as typed; blank: none
};

// `kept` with the panel's fields applied: what the panel has no field for
// (the duration uncertainty) stays as kept. A field that does not read is
// the message naming it, and nothing is applied.
Outcome<ReportSettings> settings_from_text(const SettingsText& typed, ReportSettings kept);

// "-10,30" or "-10%,+30%": the duration uncertainty of tasks without
// three-point estimates, in percent of their planned working days (low from
// -99 to 0, high from 0 to 1000).
std::optional<DurationUncertainty> duration_uncertainty_from_text(std::string_view text);
// The same as text: "-10,30".
std::string duration_uncertainty_text(DurationUncertainty uncertainty);

// The local time, supplied by the faces (the core has no clock).
struct LocalTime {
    Day today = 0;
    std::string text;  // "2026-11-27 05:10"
};

struct ReportRequest {
    ReportSettings settings;
    std::string document_name;  // names the project of a workbook without a project column
    LocalTime now;
    std::vector<std::string> skip_sheets;  // pmocalc's own previous report
    std::vector<Diagnostic> found_before_reading;  // what a face saw of the file itself (a CSV's stray bytes)
    // The schedule networks' Monte Carlo: iterations, seed and the duration
    // uncertainty of tasks without three-point estimates.
    ScheduleOptions schedule;
    // Status recorded elsewhere (older copies of the workbook given to
    // pmocalc-report --history), merged with the workbook's own history.
    std::vector<HistoryRow> imported_history;
    // Which task rows the history records: a roll-up records its milestones
    // only (each task's history stays in its PM's workbook, and 300 files'
    // tasks every week would fill the sheet in weeks).
    HistoryTasks history_tasks = HistoryTasks::all;
};

// The request every face makes: the settings, the name of the document (its
// file name without extension, "" when it has none yet) and the time.
ReportRequest request_for(const ReportSettings& settings, std::string document_name, LocalTime now);

struct Assessment {
    Portfolio portfolio;                    // with every diagnostic, structured
    std::optional<PortfolioStatus> status;  // nullopt when no task could be read
    Language language = Language::en;       // of the report: chosen, else the workbook's
    Day null_date_offset = 0;               // of the document's date serials
    bool status_date_chosen = false;        // given by the person, not found in the workbook
    // The workbook's history sheet and the history with this status merged
    // in: what recording writes (into `history_sheet.sheet_name`, or a new
    // sheet of history_sheet_name() when it is empty).
    HistorySheet history_sheet;             // its rows: as read, before this status
    std::vector<HistoryRow> history;        // merged
    ProjectChoice choice;                   // ranking and selection (Criteria sheet)
    std::optional<RollUp> roll_up;          // the files of a roll-up, and what was said of them
    std::string sources_sheet;              // where a roll-up's files are listed

    bool reportable() const { return status.has_value(); }
};

// Reads and analyses a workbook. Never fails: a workbook without any task
// gives an assessment that is not reportable, with the reasons in its
// diagnostics. The history sheet's cells are kept in `history_sheet.cells`
// (moved out of a workbook given as an rvalue, copied otherwise).
Assessment assess(const Workbook& workbook, const ReportRequest& request);
Assessment assess(Workbook&& workbook, const ReportRequest& request);

// Analyses a portfolio already read (one workbook's, or many consolidated)
// with the history sheet of the workbook the report goes into.
Assessment assess_read(Portfolio portfolio, HistorySheet history_sheet, Day null_date_offset,
                       const ReportRequest& request);

// The report of a reportable assessment, dates as serials of its document.
ReportLayout layout_report(const Assessment& assessment, const ReportRequest& request);

// The history sheet to write for a reportable assessment: its name and the
// grid (title, note, header, rows) in the sheet's language (or the report's,
// for a new one). nullopt when the workbook's sheet of that name is not in
// the history layout (said in the diagnostics): nothing is recorded then.
//
// Only what changed is written: the sheet's rows above `first_row` already
// hold the history as it should be (a new status date is appended; a date
// recorded again replaces its rows and those after it), so a weekly report
// writes one status, not the whole history again.
struct HistoryWrite {
    std::string sheet_name;
    bool exists = false;  // rewrite that sheet's history columns; else add a sheet at the end
    std::size_t first_row = 0;    // the sheet's first row to write (0-based)
    std::size_t rows_before = 0;  // the sheet's rows (from A1) before writing: [first_row, rows_before) are replaced
    // The values and formats to write: layout.rows[i] is the sheet's row
    // first_row + i; the formats are in the sheet's rows, from first_row on.
    ReportLayout layout;
    CellRange replaced;  // the history columns' values of the replaced rows, as read (for undo)
};
std::optional<HistoryWrite> history_to_write(const Assessment& assessment);

// The name of the history sheet history_to_write would write ("" if none).
std::string history_sheet_to_write(const Assessment& assessment);

// Why nothing can be recorded for an assessment with no history to write:
// the workbook is not reportable (failure_text), or its sheet of the
// history's name is not pmocalc's (that diagnostic, located).
std::string not_recorded_text(const Assessment& assessment, Language language);

// "no task could be read from the workbook" and every diagnostic, one per line
// as "Sheet!A1: message": why an assessment is not reportable.
std::string failure_text(const Assessment& assessment, Language language);

// The panel's "at a glance" text: SPI, CPI, RAG, project counts, risks,
// issues, the count of errors, warnings and notes, and the first fallbacks.
std::string health_summary(const Assessment& assessment, Language language);

}  // namespace pmocalc
