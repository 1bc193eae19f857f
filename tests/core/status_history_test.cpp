#include "core/status_history.hpp"

#include <gtest/gtest.h>

#include "core/portfolio_analysis.hpp"
#include "core/report_model.hpp"
#include "core/status_report.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using test::make_sheet;
using test::Row;

Day day(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

HistoryRow level_row(Day date, HistoryLevel level, std::string project, double bac, double pv, double ev,
                     std::optional<double> ac) {
    HistoryRow row;
    row.status_date = date;
    row.level = level;
    row.project_id = std::move(project);
    row.name = row.project_id.empty() ? "" : "Project " + row.project_id;
    row.bac = bac;
    row.pv = pv;
    row.ev = ev;
    row.ac = ac;
    if (pv > 0)
        row.spi = ev / pv;
    if (ac && *ac > 0)
        row.cpi = ev / *ac;
    return row;
}

HistoryRow task_row(Day date, std::string project, std::string id, std::string name, double percent, double pv,
                    Day baseline_finish) {
    HistoryRow row;
    row.status_date = date;
    row.level = HistoryLevel::task;
    row.project_id = std::move(project);
    row.task_id = std::move(id);
    row.name = std::move(name);
    row.bac = 100;
    row.pv = pv;
    row.ev = 100 * percent;
    row.percent_complete = percent;
    row.baseline_finish = baseline_finish;
    row.forecast_finish = std::max(baseline_finish, date);
    return row;
}

Workbook workbook_of(const HistoryGrid& grid, Day offset = 0, std::string name = "PMO History") {
    std::vector<Row> rows(grid.rows.begin(), grid.rows.end());
    Workbook workbook;
    workbook.sheets.push_back(make_sheet(std::move(name), rows));
    workbook.null_date_offset = offset;
    return workbook;
}

TEST(StatusHistory, SheetRoundTripsInBothLanguagesAndDateSystems) {
    std::vector<HistoryRow> rows{level_row(day(2025, 9, 30), HistoryLevel::portfolio, "", 1000, 400, 380, 390),
                                 level_row(day(2025, 9, 30), HistoryLevel::project, "P01", 1000, 400, 380, 390),
                                 task_row(day(2025, 9, 30), "P01", "1.2", "Design", 0.25, 50, day(2025, 10, 15))};
    rows[0].rag = Rag::amber;
    rows[1].eac = 1026.3;
    rows[2].recorded_at = "2025-09-30 18:00";
    for (const Language language : {Language::en, Language::ja})
        for (const Day offset : {Day{0}, Day{1462}}) {
            const HistoryGrid grid = history_grid(rows, language, offset);
            const HistorySheet found = find_history(workbook_of(grid, offset, history_sheet_name(language)));
            EXPECT_TRUE(found.writable);
            EXPECT_TRUE(found.diagnostics.empty());
            EXPECT_EQ(found.language, language);
            ASSERT_EQ(found.rows.size(), 3u);
            EXPECT_EQ(found.rows[0].status_date, day(2025, 9, 30));
            EXPECT_EQ(found.rows[0].level, HistoryLevel::portfolio);
            EXPECT_EQ(found.rows[0].rag, Rag::amber);
            EXPECT_EQ(found.rows[1].eac, 1026.3);
            EXPECT_EQ(found.rows[2].task_id, "1.2");
            EXPECT_EQ(found.rows[2].percent_complete, 0.25);
            EXPECT_EQ(found.rows[2].baseline_finish, day(2025, 10, 15));
            EXPECT_EQ(found.rows[2].recorded_at, "2025-09-30 18:00");
            EXPECT_FALSE(found.rows[2].spi.has_value());
        }
}

TEST(StatusHistory, ASheetWithTheNameButAnotherLayoutIsNeitherReadNorWritable) {
    Workbook workbook;
    workbook.sheets.push_back(make_sheet("PMO History", {{test::s("My own notes")}, {test::s("keep")}}));
    const HistorySheet found = find_history(workbook);
    EXPECT_EQ(found.sheet_name, "PMO History");
    EXPECT_FALSE(found.writable);
    ASSERT_EQ(found.diagnostics.size(), 1u);
    EXPECT_EQ(found.diagnostics[0].cell, "A1");
    EXPECT_EQ(found.diagnostics[0].message.id, Msg::history_not_ours);
    EXPECT_TRUE(find_history(Workbook{}).sheet_name.empty());
}

TEST(StatusHistory, ABadCellLeavesItsRowOutAndNamesTheCell) {
    const std::vector<HistoryRow> rows{level_row(day(2025, 8, 29), HistoryLevel::portfolio, "", 100, 10, 9, 9),
                                       level_row(day(2025, 9, 30), HistoryLevel::portfolio, "", 100, 20, 18, 19)};
    HistoryGrid grid = history_grid(rows, Language::en, 0);
    grid.rows[4][6] = std::string("lots");       // PV of the second row: G5
    grid.rows[3][8] = CellError{0x7FFF};          // AC of the first row: an error is never a blank
    const HistorySheet found = find_history(workbook_of(grid));
    EXPECT_TRUE(found.rows.empty());
    ASSERT_EQ(found.diagnostics.size(), 2u);
    EXPECT_EQ(found.diagnostics[0].cell, "I4");
    EXPECT_EQ(found.diagnostics[1].cell, "G5");
    EXPECT_TRUE(found.diagnostics[1].row_skipped);
}

// A date cell far outside any calendar is a bad cell, said: converting
// -3.5e186 to a day was undefined behaviour (found by fuzz_workbook).
TEST(StatusHistory, AHugeNumberInADateColumnIsABadCell) {
    const std::vector<HistoryRow> rows{level_row(day(2025, 8, 29), HistoryLevel::portfolio, "", 100, 10, 9, 9),
                                       level_row(day(2025, 9, 30), HistoryLevel::portfolio, "", 100, 20, 18, 19)};
    HistoryGrid grid = history_grid(rows, Language::en, 0);
    grid.rows[3][0] = -3.50068e186;  // the status date of the first row: A4
    grid.rows[4][0] = 1e300;         // and of the second: A5
    const HistorySheet found = find_history(workbook_of(grid));
    EXPECT_TRUE(found.rows.empty());
    ASSERT_EQ(found.diagnostics.size(), 2u);
    EXPECT_EQ(found.diagnostics[0].cell, "A4");
    EXPECT_EQ(found.diagnostics[1].cell, "A5");
}

TEST(StatusHistory, ADuplicateRowIsSaidAndTheLaterOneUsed) {
    std::vector<HistoryRow> rows{level_row(day(2025, 9, 30), HistoryLevel::project, "P01", 100, 20, 18, 19),
                                 level_row(day(2025, 9, 30), HistoryLevel::project, "P01", 100, 20, 15, 19)};
    const HistorySheet found = find_history(workbook_of(history_grid(rows, Language::en, 0)));
    ASSERT_EQ(found.rows.size(), 1u);
    EXPECT_EQ(found.rows[0].ev, 15);
    ASSERT_EQ(found.diagnostics.size(), 1u);
    EXPECT_EQ(found.diagnostics[0].message.id, Msg::history_duplicate_row);
}

TEST(StatusHistory, RecordingADateAgainReplacesItsRows) {
    std::vector<HistoryRow> history{level_row(day(2025, 9, 30), HistoryLevel::portfolio, "", 100, 20, 18, 19),
                                    level_row(day(2025, 10, 31), HistoryLevel::portfolio, "", 100, 40, 30, 33)};
    const auto merged =
        merge_history(history, {level_row(day(2025, 8, 29), HistoryLevel::portfolio, "", 100, 10, 9, 9),
                                level_row(day(2025, 10, 31), HistoryLevel::portfolio, "", 100, 40, 35, 36)});
    ASSERT_EQ(merged.size(), 3u);
    EXPECT_EQ(merged[0].status_date, day(2025, 8, 29));
    EXPECT_EQ(merged[2].ev, 35);
}

TEST(StatusHistory, TaskRowsAreLeftOutPastTheRowLimitAndThatIsSaid) {
    std::vector<HistoryRow> history(history_row_limit - 2,
                                    task_row(day(2025, 9, 30), "P01", "1", "t", 0.5, 10, day(2025, 12, 1)));
    std::vector<HistoryRow> status{level_row(day(2025, 10, 31), HistoryLevel::portfolio, "", 100, 40, 35, 36),
                                   task_row(day(2025, 10, 31), "P01", "1", "t", 0.6, 20, day(2025, 12, 1)),
                                   task_row(day(2025, 10, 31), "P01", "2", "u", 0.6, 20, day(2025, 12, 1))};
    bool left_out = false;
    const auto merged = merge_history(history, status, &left_out);
    EXPECT_TRUE(left_out);
    EXPECT_EQ(merged.size(), history_row_limit - 1);
    EXPECT_EQ(merged.back().level, HistoryLevel::portfolio);
}

// Recording a status date again replaces its rows, so they do not count
// towards the row limit: a history full of this date's task rows keeps task
// rows when the date is recorded again (they were all dropped before).
TEST(StatusHistory, RecordingTheSameDateAgainKeepsTaskRowsNearTheLimit) {
    const Day status = day(2025, 10, 31);
    std::vector<HistoryRow> recorded{level_row(status, HistoryLevel::portfolio, "", 200, 100, 90, 95),
                                     level_row(status, HistoryLevel::project, "P01", 200, 100, 90, 95)};
    while (recorded.size() < history_row_limit - 1)
        recorded.push_back(task_row(status, "P01", "T" + std::to_string(recorded.size()), "t", 0.5, 10,
                                    day(2025, 12, 1)));
    Workbook workbook = workbook_of(history_grid(recorded, Language::en, 0));
    workbook.sheets.push_back(make_sheet(
        "Tasks", {{test::s("Project ID"), test::s("Task ID"), test::s("Task"), test::s("Budget"), test::s("Start"),
                   test::s("Finish"), test::s("% complete")},
                  {test::s("P01"), test::s("1"), test::s("Design"), 100.0, test::d(2025, 10, 6),
                   test::d(2025, 10, 17), 1.0},
                  {test::s("P01"), test::s("2"), test::s("Build"), 100.0, test::d(2025, 10, 20),
                   test::d(2025, 11, 28), 0.2}}));
    ReportSettings settings;
    settings.status_date = status;
    const Assessment again = assess(workbook, request_for(settings, "Book", {status, "2025-10-31 18:00"}));
    ASSERT_TRUE(again.reportable());
    EXPECT_EQ(again.history_sheet.rows.size(), history_row_limit - 1);
    ASSERT_EQ(again.history.size(), 4u);  // the portfolio, P01, its two tasks
    EXPECT_EQ(again.history[3].level, HistoryLevel::task);
    EXPECT_EQ(again.history[3].name, "Build");
    EXPECT_FALSE(again.status->history.tasks_left_out);
    for (const Diagnostic& d : again.portfolio.diagnostics)
        EXPECT_NE(d.message.id, Msg::history_tasks_left_out);
}

// ---- writing only what changed ---------------------------------------------

Sheet tasks_to_record(bool with_ids = true) {
    using test::s;
    using test::d;
    std::vector<Row> rows{{s("Project ID"), s("Task ID"), s("Task"), s("Budget"), s("Start"), s("Finish"),
                           s("% complete")},
                          {s("P01"), s("1"), s("Design"), 100.0, d(2025, 9, 1), d(2025, 10, 17), 0.7},
                          {s("P01"), s("2"), s("Build"), 300.0, d(2025, 9, 15), d(2025, 12, 19), 0.1},
                          {s("P02"), s("1"), s("Plan"), 50.0, d(2025, 9, 1), d(2025, 11, 28), 0.3}};
    if (!with_ids)
        for (Row& row : rows)
            row.erase(row.begin() + 1);
    return make_sheet("Tasks", rows);
}

Assessment recording(const std::vector<Row>& history, Day date, const std::string& now = "now",
                     bool with_ids = true) {
    Workbook workbook;
    workbook.sheets.push_back(tasks_to_record(with_ids));
    if (!history.empty())
        workbook.sheets.push_back(make_sheet("PMO History", history));
    ReportSettings settings;
    settings.status_date = date;
    settings.language = Language::en;
    return assess(std::move(workbook), request_for(settings, "Book", {date, now}));
}

// What recording the tasks as of `date` writes into a workbook whose history sheet holds `history` rows.
HistoryWrite recorded(const std::vector<Row>& history, Day date, const std::string& now = "now") {
    const auto write = history_to_write(recording(history, date, now));
    EXPECT_TRUE(write.has_value());
    return write ? *write : HistoryWrite{};
}

// The sheet after a write: its rows above first_row, then the rows written.
std::vector<Row> sheet_after(const std::vector<Row>& before, const HistoryWrite& write) {
    std::vector<Row> rows(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(write.first_row));
    rows.insert(rows.end(), write.layout.rows.begin(), write.layout.rows.end());
    return rows;
}

bool formats_start_at(const HistoryWrite& write, std::size_t row) {
    for (const FormattedSpan& f : write.layout.formats)
        if (f.span.row < row)
            return false;
    return !write.layout.formats.empty();
}

TEST(HistoryWrite, ANewSheetIsWrittenWhole) {
    const HistoryWrite first = recorded({}, day(2025, 9, 30));
    EXPECT_FALSE(first.exists);
    EXPECT_EQ(first.first_row, 0u);
    ASSERT_EQ(first.layout.rows.size(), 3u + 1 + 2 + 3);  // title, note, header; portfolio, P01, P02, three tasks
    EXPECT_EQ(std::get<std::string>(first.layout.rows[0][0]), "PMO History");
    EXPECT_EQ(first.layout.formats.front().format, CellFormat::title);
}

// The weekly case: a later status date is appended; nothing above is
// rewritten (a 100k-task history was rewritten whole each time).
TEST(HistoryWrite, ALaterStatusDateIsAppendedAlone) {
    const std::vector<Row> september = recorded({}, day(2025, 9, 30)).layout.rows;
    const HistoryWrite october = recorded(september, day(2025, 10, 31));
    EXPECT_TRUE(october.exists);
    EXPECT_EQ(october.first_row, september.size());
    EXPECT_EQ(october.rows_before, september.size());
    EXPECT_EQ(october.replaced.rows(), 0u);
    ASSERT_EQ(october.layout.rows.size(), 6u);
    EXPECT_EQ(std::get<double>(october.layout.rows[0][0]), static_cast<double>(day(2025, 10, 31)));
    EXPECT_TRUE(formats_start_at(october, september.size())) << "only the new rows are styled";
    // The sheet as written equals the history written whole.
    Workbook whole;
    whole.sheets.push_back(tasks_to_record());
    const std::vector<Row> after = sheet_after(september, october);
    whole.sheets.push_back(make_sheet("PMO History", after));
    const HistoryWrite again = recorded(after, day(2025, 10, 31));
    EXPECT_EQ(again.first_row, after.size()) << "recording the same status again changes nothing";
    EXPECT_TRUE(again.layout.rows.empty());
    EXPECT_TRUE(again.layout.formats.empty());
}

// A date recorded again replaces its rows (and what follows), kept for undo.
TEST(HistoryWrite, ADateRecordedAgainRewritesFromItsFirstChangedRow) {
    const std::vector<Row> september = recorded({}, day(2025, 9, 30)).layout.rows;
    const std::vector<Row> october = sheet_after(september, recorded(september, day(2025, 10, 31), "first"));
    const HistoryWrite later = recorded(october, day(2025, 10, 31), "second");
    EXPECT_EQ(later.first_row, september.size()) << "september's rows stay";
    EXPECT_EQ(later.rows_before, october.size());
    ASSERT_EQ(later.replaced.rows(), 6u);
    EXPECT_EQ(later.replaced.text(later.replaced.columns() - 1), "first") << "recorded at, as it was";
    ASSERT_EQ(later.layout.rows.size(), 6u);
    EXPECT_EQ(std::get<std::string>(later.layout.rows[0].back()), "second");
    // An earlier date recorded later goes before September: everything from there is rewritten.
    const HistoryWrite august = recorded(october, day(2025, 8, 29));
    EXPECT_EQ(august.first_row, 3u);
    EXPECT_EQ(august.layout.rows.size(), october.size() - 3 + 6);
    EXPECT_EQ(august.replaced.rows(), october.size() - 3);
}

// A task without an ID could not be told from another when read back (each
// such row came back as a bad row, said once per task at every report): the
// history records those tasks within their project only, and says so once.
TEST(HistoryWrite, TasksWithoutIdsAreRecordedWithinTheirProjectAndThatIsSaid) {
    const Assessment first = recording({}, day(2025, 9, 30), "now", false);
    const auto write = history_to_write(first);
    ASSERT_TRUE(write);
    EXPECT_EQ(write->layout.rows.size(), 3u + 3);  // title, note, header; portfolio, P01, P02
    const auto note = std::find_if(first.portfolio.diagnostics.begin(), first.portfolio.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.message.id == Msg::history_tasks_without_id; });
    ASSERT_NE(note, first.portfolio.diagnostics.end());
    EXPECT_EQ(note->severity, Diagnostic::Severity::note);
    EXPECT_EQ(note->message.render(Language::en).substr(0, 27), "3 task(s) have no ID: the h");
    const Assessment again = recording(write->layout.rows, day(2025, 10, 31), "now", false);
    for (const Diagnostic& d : again.portfolio.diagnostics) {
        if (d.sheet == "PMO History") {
            EXPECT_EQ(d.message.id, Msg::history_tasks_without_id) << d.message.render(Language::en);
        }
    }
    EXPECT_EQ(history_to_write(again)->first_row, write->layout.rows.size());
}

// A history saved and opened again keeps 15 digits: not a change. A value
// changed by hand in the sheet is, and is rewritten from its row.
TEST(HistoryWrite, NumbersAsAFileKeepsThemAreTheSameAndAnEditIsNot) {
    const std::vector<Row> september = recorded({}, day(2025, 9, 30)).layout.rows;
    std::vector<Row> saved = september;
    for (Row& row : saved)
        for (Cell& cell : row)
            if (auto* v = std::get_if<double>(&cell))
                *v = *v * (1 + 4e-15);
    EXPECT_EQ(recorded(saved, day(2025, 9, 30)).first_row, saved.size());
    std::vector<Row> edited = september;
    edited[5][6] = 123.0;  // a PV typed over
    const HistoryWrite write = recorded(edited, day(2025, 9, 30));
    EXPECT_EQ(write.first_row, 5u);
    EXPECT_EQ(write.replaced.number(6), 123.0) << "the value typed is what undo puts back";
}

TEST(StatusHistory, PeriodIndicesAreDeltasBetweenStatusDates) {
    const Day d1 = day(2025, 8, 29), d2 = day(2025, 9, 30), d3 = day(2025, 10, 31);
    const std::vector<HistoryRow> rows{level_row(d1, HistoryLevel::portfolio, "", 1000, 100, 90, 100),
                                       level_row(d2, HistoryLevel::portfolio, "", 1000, 200, 170, 210),
                                       level_row(d3, HistoryLevel::portfolio, "", 1000, 300, 280, 300)};
    const HistoryAnalysis a = analyse_history(rows, d3, {});
    ASSERT_EQ(a.portfolio.points.size(), 3u);
    EXPECT_FALSE(a.portfolio.points[0].period_spi);
    EXPECT_DOUBLE_EQ(*a.portfolio.points[1].period_spi, 80.0 / 100);
    EXPECT_DOUBLE_EQ(*a.portfolio.points[1].period_cpi, 80.0 / 110);
    EXPECT_DOUBLE_EQ(*a.portfolio.points[2].period_spi, 110.0 / 100);
    EXPECT_DOUBLE_EQ(*a.portfolio.points[2].period_cpi, 110.0 / 90);
    EXPECT_EQ(a.previous_date, d2);
    // A report as of d2 shows d2's past only.
    const HistoryAnalysis earlier = analyse_history(rows, d2, {});
    EXPECT_EQ(earlier.dates.size(), 2u);
    EXPECT_EQ(earlier.previous_date, d1);
}

TEST(StatusHistory, AJumpOfBacIsARebaselineNotASlowdown) {
    const Day d1 = day(2025, 8, 29), d2 = day(2025, 9, 30), d3 = day(2025, 10, 31);
    std::vector<HistoryRow> rows{level_row(d1, HistoryLevel::project, "P01", 1000, 100, 100, 100),
                                 level_row(d2, HistoryLevel::project, "P01", 1000, 200, 200, 200),
                                 level_row(d3, HistoryLevel::project, "P01", 1200, 400, 260, 260)};
    rows[1].baseline_finish = day(2026, 1, 30);
    rows[2].baseline_finish = day(2026, 3, 31);
    const HistoryAnalysis a = analyse_history(rows, d3, {"P01"});
    ASSERT_EQ(a.rebaselines.size(), 1u);
    const Rebaseline& r = a.rebaselines[0];
    EXPECT_EQ(r.previous_date, d2);
    EXPECT_EQ(r.date, d3);
    EXPECT_EQ(r.bac_before, 1000);
    EXPECT_EQ(r.bac_after, 1200);
    EXPECT_EQ(r.finish_after, day(2026, 3, 31));
    EXPECT_DOUBLE_EQ(*r.spi_before, 1.0);
    EXPECT_DOUBLE_EQ(*r.spi_after, 0.65);
    ASSERT_EQ(a.projects.size(), 1u);
    EXPECT_TRUE(a.projects[0].points[2].rebaselined);
    EXPECT_FALSE(a.projects[0].points[2].period_spi);  // across a re-baseline ΔEV/ΔPV means nothing
    EXPECT_FALSE(recent_period_spi(a, "P01"));
    EXPECT_DOUBLE_EQ(*a.projects[0].points[1].period_spi, 1.0);
}

TEST(StatusHistory, ChangesSinceThePreviousStatusDate) {
    const Day d1 = day(2025, 8, 29), d2 = day(2025, 9, 30), d3 = day(2025, 10, 31);
    std::vector<HistoryRow> rows;
    for (const Day d : {d1, d2, d3})
        rows.push_back(level_row(d, HistoryLevel::portfolio, "", 600, 100, 90, 100));
    // T1 progresses; T2 stays at 30 % over three dates while planned work runs;
    // T3 appears on d3; T4 is gone on d3; T5 is renamed; T6 passes its baseline
    // finish unfinished between d2 and d3; T7 was late already.
    for (const Day d : {d1, d2, d3})
        rows.push_back(task_row(d, "P01", "T2", "Build", 0.3, 40, day(2025, 12, 19)));
    rows.push_back(task_row(d2, "P01", "T1", "Design", 0.2, 50, day(2025, 11, 28)));
    rows.push_back(task_row(d3, "P01", "T1", "Design", 0.5, 80, day(2025, 11, 28)));
    rows.push_back(task_row(d3, "P01", "T3", "Extra", 0.0, 0, day(2026, 1, 30)));
    rows.push_back(task_row(d2, "P01", "T4", "Dropped", 0.0, 0, day(2026, 1, 30)));
    rows.push_back(task_row(d2, "P01", "T5", "Test", 0.1, 10, day(2025, 12, 19)));
    rows.push_back(task_row(d3, "P01", "T5", "System test", 0.2, 20, day(2025, 12, 19)));
    rows.push_back(task_row(d2, "P01", "T6", "Docs", 0.9, 90, day(2025, 10, 15)));
    rows.push_back(task_row(d3, "P01", "T6", "Docs", 0.95, 100, day(2025, 10, 15)));
    rows.push_back(task_row(d2, "P01", "T7", "Late", 0.5, 100, day(2025, 9, 1)));
    rows.push_back(task_row(d3, "P01", "T7", "Late", 0.6, 100, day(2025, 9, 1)));
    std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.status_date < b.status_date; });
    const HistoryAnalysis a = analyse_history(rows, d3, {});
    auto find = [&](ChangeKind kind, const std::string& id) -> const TaskChange* {
        for (const TaskChange& c : a.changes)
            if (c.kind == kind && c.task_id == id)
                return &c;
        return nullptr;
    };
    ASSERT_TRUE(find(ChangeKind::progressed, "T1"));
    EXPECT_EQ(find(ChangeKind::progressed, "T1")->percent_before, 0.2);
    EXPECT_EQ(find(ChangeKind::progressed, "T1")->percent_after, 0.5);
    ASSERT_TRUE(find(ChangeKind::stalled, "T2"));
    EXPECT_EQ(find(ChangeKind::stalled, "T2")->periods_without_progress, 2);
    EXPECT_EQ(find(ChangeKind::stalled, "T2")->stalled_since, d1);
    EXPECT_TRUE(find(ChangeKind::added, "T3"));
    EXPECT_TRUE(find(ChangeKind::removed, "T4"));
    ASSERT_TRUE(find(ChangeKind::renamed, "T5"));
    EXPECT_EQ(find(ChangeKind::renamed, "T5")->old_name, "Test");
    EXPECT_TRUE(find(ChangeKind::newly_late, "T6"));
    EXPECT_FALSE(find(ChangeKind::newly_late, "T7"));
    EXPECT_FALSE(find(ChangeKind::newly_late, "T3"));  // added, not newly late
    EXPECT_EQ(a.changes.size(), 9u);  // T1 progress, T2 stalled, T3, T4, T5 renamed + progress, T6 progress + late, T7 progress
}

TEST(StatusHistory, AStatusIsRecordedAsTheAnalysisFoundIt) {
    Portfolio portfolio;
    portfolio.projects.push_back({"P01", "Alpha", "", "", ""});
    Task a;
    a.project_id = "P01";
    a.id = "1";
    a.name = "Design";
    a.budget = 100;
    a.start = day(2025, 10, 6);
    a.finish = day(2025, 10, 17);
    a.percent_complete = 0.5;
    a.actual_cost = 60;
    Task b = a;
    b.id = "2";
    b.name = "Build";
    b.start = day(2025, 10, 20);
    b.finish = day(2025, 10, 31);
    b.percent_complete = 0;
    b.actual_cost.reset();
    portfolio.tasks = {a, b};
    AnalysisOptions options;
    options.status_date = day(2025, 10, 24);
    options.schedule.iterations = 0;
    const PortfolioStatus status = analyse_portfolio(portfolio, options);
    const auto rows = status_rows(portfolio, status, options.weekend, "now");
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].level, HistoryLevel::portfolio);
    EXPECT_EQ(rows[0].pv, status.figures.pv);
    EXPECT_EQ(rows[1].project_id, "P01");
    EXPECT_EQ(rows[1].name, "Alpha");
    EXPECT_EQ(rows[2].pv + rows[3].pv, status.figures.pv);
    EXPECT_DOUBLE_EQ(rows[3].pv, 50.0);  // 5 of 10 working days
    EXPECT_EQ(rows[2].ev, 50);
    EXPECT_EQ(rows[2].forecast_finish, day(2025, 10, 24));  // unfinished past its finish: not before the status date
    EXPECT_EQ(rows[3].recorded_at, "now");
}

}  // namespace
}  // namespace pmocalc

namespace pmocalc {
namespace {

TEST(StatusHistoryReport, TwoDatesGiveTrendChartsAndChangesOneDateANote) {
    Portfolio portfolio;
    portfolio.projects.push_back({"P01", "Alpha", "", "", ""});
    PortfolioStatus status;
    status.status_date = day(2025, 10, 31);
    const Day d1 = day(2025, 9, 30), d2 = status.status_date;
    std::vector<HistoryRow> rows{level_row(d1, HistoryLevel::portfolio, "", 100, 40, 30, 35),
                                 level_row(d1, HistoryLevel::project, "P01", 100, 40, 30, 35),
                                 task_row(d1, "P01", "1", "Design", 0.3, 40, day(2025, 12, 1)),
                                 level_row(d2, HistoryLevel::portfolio, "", 100, 60, 50, 55),
                                 level_row(d2, HistoryLevel::project, "P01", 100, 60, 50, 55),
                                 task_row(d2, "P01", "1", "Design", 0.5, 60, day(2025, 12, 1))};
    rows[1].spit = 0.8;
    status.history = analyse_history(rows, d2, {"P01"});
    ReportOptions options;
    options.history_sheet = "PMO History";
    const ReportLayout layout = build_report(portfolio, status, options);
    std::vector<std::string> charts;
    for (const ChartSpec& c : layout.charts)
        charts.push_back(c.name);
    for (const char* name : {"pmocalc_history_indices", "pmocalc_history_spi", "pmocalc_history_cpi",
                             "pmocalc_history_spit"})
        EXPECT_NE(std::find(charts.begin(), charts.end(), name), charts.end()) << name;
    ASSERT_GT(layout.history_first_row, 0u);
    EXPECT_EQ(layout.rows[layout.history_first_row + 1][0], Cell(static_cast<double>(d2)));
    ASSERT_GT(layout.changes_first_row, 0u);
    EXPECT_EQ(layout.rows[layout.changes_first_row][0], Cell(std::string("Progress")));
    // One recorded date: a note, no trend tables or charts.
    status.history = analyse_history(rows, d1, {"P01"});
    const ReportLayout single = build_report(portfolio, status, options);
    EXPECT_EQ(single.history_first_row, 0u);
    bool noted = false;
    for (const auto& row : single.rows)
        noted = noted || (!row.empty() && std::holds_alternative<std::string>(row[0]) &&
                          std::get<std::string>(row[0]).starts_with("Only one status date is recorded"));
    EXPECT_TRUE(noted);
}

}  // namespace
}  // namespace pmocalc
