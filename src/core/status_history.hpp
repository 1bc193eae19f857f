// The workbook's memory: the status of the portfolio, of every project and of
// every task at each status date, kept in a sheet pmocalc owns ("PMO History"
// / 「PMO履歴」), and what a series of status dates shows that one does not —
// trends of SPI, CPI, SPI(t), EAC and the forecast finish, period indices
// (ΔEV/ΔPV, ΔEV/ΔAC), re-baselines told apart from slowdowns, and what
// changed since the last status date.
//
// The sheet is a file format: its title in A1 and its header row are fixed
// (English or Japanese), one row per status date and level, values only.
// pmocalc reads it back from ODS and XLSX alike, and rewrites it only when it
// is still in that layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "health.hpp"
#include "portfolio.hpp"
#include "workbook.hpp"

namespace pmocalc {

struct PortfolioStatus;

enum class HistoryLevel { portfolio, project, task };

// One recorded status: of the portfolio (no project ID), a project, or a task.
struct HistoryRow {
    Day status_date = 0;
    HistoryLevel level = HistoryLevel::task;
    std::string project_id;
    std::string task_id;
    std::string name;
    double bac = 0;  // a task's budget
    double pv = 0;
    double ev = 0;
    std::optional<double> ac;
    std::optional<double> percent_complete;  // tasks only, 0..1
    std::optional<Day> baseline_finish;
    std::optional<Day> forecast_finish;
    std::optional<double> spi;
    std::optional<double> cpi;
    std::optional<double> spit;
    std::optional<double> eac;
    std::optional<Rag> rag;
    std::string recorded_at;  // "2026-11-29 10:40", as the face that recorded it said
};

// Task rows are recorded only while the sheet stays within this many rows
// (Calc has 1,048,576): beyond it, the portfolio and projects only, said.
inline constexpr std::size_t history_row_limit = 200'000;

// The rows of one status: the portfolio, each project and each task with an
// ID (a task without one could not be told apart when read back), as the
// analysis found them at its status date.
// Which task rows a status records: every task's, the milestones' only (what
// the milestone trend needs: a roll-up of many workbooks, whose tasks'
// history stays in each PM's workbook), or none.
enum class HistoryTasks { all, milestones, none };
std::vector<HistoryRow> status_rows(const Portfolio& portfolio, const PortfolioStatus& status,
                                    const WeekendMask& weekend, const std::string& recorded_at,
                                    HistoryTasks tasks = HistoryTasks::all);

// `history` with the rows of `status`'s date replaced by `status` (a status
// date recorded again replaces its rows), ordered by status date. When the
// task rows would take the sheet past history_row_limit they are left out
// and `tasks_left_out` is set.
std::vector<HistoryRow> merge_history(std::vector<HistoryRow> history, std::vector<HistoryRow> status,
                                      bool* tasks_left_out = nullptr);

// What was found in a workbook's history sheet.
struct HistorySheet {
    std::string sheet_name;            // "" when the workbook has none
    bool writable = true;              // false: a sheet of that name not in the history layout
    Language language = Language::en;  // of its title and headers
    std::vector<HistoryRow> rows;      // the readable rows (a bad row is left out, said)
    std::vector<Diagnostic> diagnostics;
    // The sheet's cells as read (from A1; empty when there is no writable
    // sheet): recording rewrites only the rows that differ from them.
    CellRange cells;
};

// The history sheet of a workbook: the one whose A1 and header row are the
// history's (either language), else a sheet with its name in the wrong layout
// (not writable, said), else none. Dates are moved into the core's frame.
HistorySheet find_history(const Workbook& workbook);

// Whether a sheet is in the history layout (its title and header row).
bool looks_like_history(const CellRange& cells);

// The history sheet's name in a language.
std::string history_sheet_name(Language language);

// Whether a cell of the history as written (history_grid) still holds that
// value as read back: numbers within what a saved file keeps (15 digits), so
// a history saved and opened again is not rewritten.
bool same_history_cell(const Cell& written, const CellValue& read);

// The history as the sheet is written: title, a note, the header row, one row
// per HistoryRow; dates as serials of the target document.
struct HistoryGrid {
    std::vector<std::vector<Cell>> rows;
    std::size_t header_row = 2;  // 0-based
    std::size_t columns = 0;
    // 0-based columns holding dates, money, indices and percentages, for formats.
    std::vector<std::size_t> date_columns, money_columns, index_columns, percent_columns;
};
HistoryGrid history_grid(const std::vector<HistoryRow>& rows, Language language, Day null_date_offset);

// ---- what the history shows ------------------------------------------------------

// One status date of a project or of the portfolio.
struct TrendPoint {
    Day date = 0;
    double bac = 0;
    double pv = 0;
    double ev = 0;
    std::optional<double> ac;
    std::optional<double> spi;
    std::optional<double> cpi;
    std::optional<double> spit;
    std::optional<double> eac;
    std::optional<Day> baseline_finish;
    std::optional<Day> forecast_finish;
    // Since the previous status date: ΔEV/ΔPV and ΔEV/ΔAC (undefined on the
    // first date, when ΔPV or ΔAC is not positive, or across a re-baseline).
    std::optional<double> period_spi;
    std::optional<double> period_cpi;
    bool rebaselined = false;  // BAC or baseline finish differ from the previous date
    std::optional<Rag> rag;    // as recorded
};

struct Trend {
    std::string project_id;  // "" for the portfolio
    std::string name;
    std::vector<TrendPoint> points;  // by status date
};

// A jump of BAC or of the baseline finish between two status dates: a
// re-baseline or a scope change, with its size, and the SPI movement it explains.
struct Rebaseline {
    std::string project_id;
    std::string name;
    Day previous_date = 0;
    Day date = 0;
    double bac_before = 0;
    double bac_after = 0;
    std::optional<Day> finish_before;
    std::optional<Day> finish_after;
    std::optional<double> spi_before;
    std::optional<double> spi_after;
};

enum class ChangeKind { added, removed, renamed, progressed, stalled, newly_late };

// A task's change since the previous status date.
struct TaskChange {
    ChangeKind kind = ChangeKind::added;
    std::string project_id;
    std::string task_id;
    std::string name;
    std::string old_name;                   // renamed
    std::optional<double> percent_before;   // progressed
    std::optional<double> percent_after;
    int periods_without_progress = 0;       // stalled: recorded periods
    Day stalled_since = 0;                  // stalled: the first date of the unchanged percent
    std::optional<Day> baseline_finish;     // newly late
    std::optional<Day> forecast_finish;
};

// A task counts as stalled after this many recorded periods without progress.
inline constexpr int stalled_after_periods = 2;

struct HistoryAnalysis {
    std::vector<Day> dates;  // every recorded status date up to the current one
    Trend portfolio;
    std::vector<Trend> projects;
    std::vector<Rebaseline> rebaselines;
    std::optional<Day> previous_date;  // the status date before the current one
    std::vector<TaskChange> changes;   // since previous_date
    bool tasks_left_out = false;       // the history holds no task rows for some dates
};

// The trends up to `current` (later recorded dates are left out: a report as
// of an earlier date shows that date's past). Projects in the order of `order`
// (project IDs), then any others recorded.
HistoryAnalysis analyse_history(const std::vector<HistoryRow>& rows, Day current,
                                const std::vector<std::string>& order);

// The most recent period SPI of a project, for the forecast at the recent rate.
std::optional<double> recent_period_spi(const HistoryAnalysis& analysis, const std::string& project_id);

}  // namespace pmocalc
