// The PMO's data as the reader found it: projects, their tasks, risks, issues,
// change requests and lessons, plus the holidays and the status date. Plain
// data; the calculators (evm, planned_value, …) and portfolio_analysis work on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "earning_rules.hpp"
#include "fields.hpp"
#include "messages.hpp"
#include "risk.hpp"

namespace pmocalc {

// Where a record came from, so figures and problems can point back to it.
struct SourceRow {
    std::string sheet;
    std::size_t row = 0;  // 0-based
};

// A problem in the workbook: which sheet and cell, and what was expected.
struct Diagnostic {
    enum class Severity { error, warning, note };
    Severity severity = Severity::error;
    std::string sheet;
    std::string cell;  // "D7", or "" for the whole sheet / workbook
    Message message;
    bool row_skipped = false;  // the record on this row was left out of every figure

    // The message in a language, with "row skipped" when it was.
    std::string text(Language language) const;
};

struct Project {
    std::string id;
    std::string name;
    std::string program;
    std::string department;
    std::string manager;
};

struct Task {
    std::string project_id;
    std::string id;
    std::string name;
    std::string owner;  // the assignee (担当者) as typed, or ""
    double budget = 0;  // money or person-days (人日)
    Day start = 0;
    Day finish = 0;
    std::optional<Day> baseline_finish;
    std::optional<Day> forecast_finish;
    std::optional<Day> actual_finish;
    double percent_complete = 0;  // 0..1
    std::optional<double> actual_cost;
    bool milestone = false;
    // The schedule network's columns (blank where the sheet has none): the
    // predecessor cell as typed and its column (for diagnostics, on the
    // task's source row), a three-point estimate in working days, and an MS
    // Project constraint.
    static constexpr std::uint32_t no_column = 0xFFFFFFFF;
    std::string predecessors;
    std::uint32_t predecessors_column = no_column;
    std::optional<double> optimistic;
    std::optional<double> likely;
    std::optional<double> pessimistic;
    bool hard_constraint = false;  // must start/finish on, start/finish no later than
    // How the task earns its value (the EV method column; percent complete
    // when blank or unreadable, with a warning), the task an apportioned one
    // follows ("apportioned:12" in the method cell), and the estimate to
    // complete (the ETC column). The columns are kept for diagnostics.
    EarningRule earning_rule = EarningRule::percent_complete;
    bool earning_fallback = false;  // the method cell could not be read (said): percent complete instead
    std::string apportioned_to;
    std::optional<double> etc;
    std::uint32_t earning_column = 0;
    std::uint32_t etc_column = 0;
    SourceRow source;
};

// A step of a task that earns by weighted milestones (the Milestones sheet):
// its weight, relative to the task's other milestones, and whether and when
// it was achieved.
struct MilestoneEntry {
    std::string project_id;
    std::string task_id;
    std::string name;
    double weight = 0;
    bool achieved = false;
    std::optional<Day> achieved_on;  // a done date; without one a done flag
    SourceRow source;
    std::uint32_t task_column = 0;  // for diagnostics
};

struct RiskEntry {
    std::string project_id;
    std::string id;
    std::string title;
    double probability = 0;  // 0..1
    double impact = 0;       // a magnitude: money, person-days or a 1..5 rating
    RiskKind kind = RiskKind::threat;
    bool open = true;
    std::string owner;
    std::string category;  // what it is about (技術, ベンダー …), matched against past lessons
    SourceRow source;
    // A task the risk would delay and by how many working days, when the
    // register says so: the schedule simulation draws it as an event.
    std::string affected_task;
    std::optional<double> schedule_impact_days;
    std::string affected_task_cell;
};

struct IssueEntry {
    std::string project_id;
    std::string id;
    std::string title;
    Day raised = 0;
    std::optional<Day> due;
    std::optional<Day> closed;
    std::string priority;
    SourceRow source;
    bool raised_unknown = false;  // the log has no raised column: open until closed, not aged
};

struct ChangeRequest {
    enum class Status { pending, approved, rejected };
    std::string project_id;
    std::string id;
    std::string title;
    std::optional<double> cost_impact;
    std::optional<double> schedule_impact_days;
    Status status = Status::pending;
    SourceRow source;
};

struct Lesson {
    std::string project_id;
    std::string category;
    std::string text;
    std::string phase;
    SourceRow source;
};

// One row of a Tests sheet kept per date: the counts by that date,
// cumulative (the reader adds up counts typed per period).
struct TestCount {
    std::string project_id;
    Day date = 0;
    std::optional<double> planned;
    std::optional<double> executed;
    std::optional<double> passed;
    SourceRow source;
};

// One row of a Tests sheet kept per test case.
struct TestCase {
    enum class Result { none, pass, fail };
    std::string project_id;
    std::string id;
    std::optional<Day> planned;
    std::optional<Day> executed;
    Result result = Result::none;
    SourceRow source;
};

struct DefectEntry {
    std::string project_id;
    std::string id;
    std::string title;
    Day found = 0;
    std::optional<Day> closed;
    std::string severity;  // as typed: 高/中/低, S1…S4, Critical …
    std::string phase;
    SourceRow source;
};

// A project's product size as the Projects sheet gives it (KLOC, function
// points, pages …), for defect density; the unit as the sheet says it.
struct ProjectSize {
    std::string project_id;
    double size = 0;
    std::string unit;
};

// The quality sheets' records: test progress and defects.
struct QualityRecords {
    bool has_test_sheet = false;
    bool has_defect_sheet = false;
    std::vector<TestCount> test_counts;
    std::vector<TestCase> test_cases;
    std::vector<DefectEntry> defects;
    std::vector<ProjectSize> sizes;
    std::string defect_sheet;  // the first Defects sheet's name, where fit problems are shown
};

// Hours are converted to an allocation at this many hours per working day.
inline constexpr double hours_per_working_day = 8;
// The largest allocation read (1000 %), and the largest capacity (a team of a thousand).
inline constexpr double largest_allocation = 10;
inline constexpr double largest_capacity = 1000;

// One row of an Assignments sheet: a person's share of a project's task over
// start..finish. The reader fills a blank start or finish from the task's, and
// converts hours into an allocation (hours ÷ (8 × working days)).
struct Assignment {
    std::string person;      // as typed
    std::string project_id;  // "" when the sheet has no project column and there are several projects
    std::string task_id;     // the task's ID (or its name, as typed, when no ID matched)
    std::string task_name;
    Day start = 0;
    Day finish = 0;
    double allocation = 0;               // 1 = the whole of one working day, every working day
    std::optional<double> hours;         // total hours as typed, when the row gave hours
    bool from_task_owner = false;        // a Tasks row's assignee without an Assignments row (allocation 1)
    SourceRow source;
    std::uint32_t share_column = 0;      // the allocation or hours cell, for diagnostics
};

// One row of a People sheet.
struct PersonEntry {
    std::string name;
    std::optional<double> capacity;  // 1 = one full-time person; 0.5 part time; 3 a team of three; blank: 1, said
    std::string department;
    SourceRow source;
};

// The Assignments and People sheets, and the task owners that count as assignments.
struct ResourceRecords {
    bool has_assignment_sheet = false;
    bool has_people_sheet = false;
    bool has_task_owners = false;  // a Tasks sheet has an assignee (担当者 / Owner) column
    std::vector<Assignment> assignments;  // the Assignments rows, then the task owners not named there
    std::vector<PersonEntry> people;
};

// Choosing projects: a criterion and its weight as the Criteria sheet gives it.
struct Criterion {
    std::string name;
    double weight = 0;
    SourceRow source;
};

// One project's score on one criterion (a Scores sheet row).
struct CriterionScore {
    std::string project_id;
    std::string criterion;
    double score = 0;
    SourceRow source;
    std::string criterion_cell;  // "B4": where the criterion is named
};

// What the Projects sheet says for choosing a project: its cost estimate
// (else its BAC is used), the people it needs, whether it is a candidate.
struct CandidateFacts {
    std::string project_id;
    std::optional<double> cost;
    std::optional<double> people;
    std::optional<bool> candidate;  // nullopt: no Candidate column
};

struct SelectionRecords {
    bool has_criteria_sheet = false;
    bool has_candidate_column = false;
    std::vector<Criterion> criteria;
    std::vector<CriterionScore> scores;
    std::vector<CandidateFacts> facts;  // one per project of the Projects sheet, in its row order
    std::string criteria_sheet;
};

// A project's earned value as a table kept per period gives it (the weekly
// EVM sheet many teams keep): PV, EV and AC cumulative up to each date.
struct PeriodFigures {
    std::string project_id;
    Day date = 0;
    double pv = 0;
    std::optional<double> ev;   // blank for periods still to come
    std::optional<double> ac;
    std::optional<double> bac;  // when the table has a BAC column
    SourceRow source;
};

// Where the workbook's status date came from.
enum class StatusDateSource {
    none,       // the workbook has none
    label,      // a cell labelled 基準日 / Status date / As of …
    gantt,      // the date cell above the task table (the evmtools layout)
    file_name,  // a _YYYYMMDD ending of the file name (CSV exports)
    update,     // a cell labelled 更新日 / Last update / Today
    periods,    // the last period of a table of earned value by period
};

// The largest amount (money, person-days) taken as typed: beyond it a value
// is a typing or export error, and sums of such values overflow.
inline constexpr double largest_amount = 1e15;

// Which of the columns the schedule analysis uses the task sheets have: a
// check that needs a missing one is reported as not assessed.
struct ScheduleColumns {
    bool predecessors = false;
    bool three_point = false;  // all of optimistic, most likely and pessimistic
    bool constraint = false;
    bool baseline_finish = false;
    bool forecast_finish = false;
    bool actual_finish = false;
};

// How tasks are weighed when earned value adds them up: by their budget; by
// their planned effort (工数, hours) where a table has no budget; else by
// their planned duration in working days (then BAC, PV and EV count days).
enum class Weighting { budget, effort, duration };
std::string_view weighting_code(Weighting weighting);  // "budget", "effort", "duration"

// How a table's summary rows were told from its tasks.
enum class OutlineKind { none, outline_level, wbs_numbers, level_columns, indentation, parents };
std::string_view outline_code(OutlineKind outline);
// How the reader says it ("by the outline level column"); none says it as WBS numbers.
Msg outline_term(OutlineKind outline);

// What pmocalc read from one table of the workbook, or why it read nothing of
// a sheet: "what pmocalc read" in the report, the panel and the JSON.
struct ColumnRead {
    std::size_t column = 0;
    std::string header;  // as shown ("実績 開始日" under a grouped header)
    Field field = Field::task_name;
    bool mapped = false;  // the column map said so
};
struct TableRead {
    // earlier_copy: a table of the same tasks as a later sheet's (a plan copied
    // sheet by sheet at each status date): the last copy is read.
    enum class Ignored { no, unknown_table, report_sheet, history_sheet, map_skipped, empty, earlier_copy };
    std::string sheet;
    Ignored ignored = Ignored::no;
    TableKind kind = TableKind::tasks;  // when read
    std::size_t first_row = 0, last_row = 0, first_column = 0, last_column = 0;  // its range, inclusive
    std::size_t header_rows = 1;
    std::vector<ColumnRead> columns;  // left to right
    std::size_t rows_read = 0;      // records read
    std::size_t rows_skipped = 0;   // rows left out for a problem (each one a diagnostic)
    std::size_t summary_rows = 0;   // tasks: summary and heading rows not counted as tasks
    std::size_t undated_rows = 0;   // tasks: items without dates (a backlog's), not counted
    std::optional<Weighting> weighting;  // tasks
    OutlineKind outline = OutlineKind::none;  // tasks
    std::string project;            // the project of its rows when no column names one
    std::string root_name;          // tasks: the name of the one summary over all the others, and where
    std::string root_cell;
    bool kind_mapped = false;       // the column map said what it is
};

struct Portfolio {
    std::vector<Project> projects;
    std::vector<Task> tasks;
    std::vector<RiskEntry> risks;
    std::vector<IssueEntry> issues;
    std::vector<ChangeRequest> changes;
    std::vector<Lesson> lessons;
    QualityRecords quality;
    SelectionRecords selection;
    std::vector<MilestoneEntry> milestones;
    std::vector<PeriodFigures> periods;  // by project, in date order
    ResourceRecords resources;
    std::vector<Day> holidays;
    bool has_holiday_sheet = false;
    ScheduleColumns schedule_columns;
    bool has_etc_column = false;  // a task sheet has an estimate to complete (ETC / 残作業見積) column
    std::optional<Day> status_date;
    StatusDateSource status_date_source = StatusDateSource::none;
    std::string unit;                  // of budgets and costs as the workbook says it ("千円", "人日", "k¥"), or ""
    bool impacts_are_ratings = false;  // risk impacts typed as 1–5 ratings, not amounts
    Language language = Language::en;  // of the workbook's headers
    // How the tasks are weighed (the way most tasks are), and what was read.
    Weighting weighting = Weighting::budget;
    std::vector<TableRead> tables_read;  // in sheet order, each sheet's tables top to bottom
    std::vector<Diagnostic> diagnostics;
};

struct ProblemCounts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t notes = 0;
};
ProblemCounts count_problems(const std::vector<Diagnostic>& diagnostics);

// A warning that a figure rests on a guess or a default (today as the status
// date, weekends only, the first of two columns …): shown where it cannot be missed.
bool is_fallback(const Diagnostic& diagnostic);

// "Sheet!A1: message", "Sheet: message" or the message alone.
std::string located_text(const Diagnostic& diagnostic, Language language);

inline std::string Diagnostic::text(Language language) const {
    return row_skipped ? Message{Msg::row_skipped, {message}}.render(language) : message.render(language);
}

}  // namespace pmocalc
