// The roll-up of many workbooks: what counts, and what a PMO must be told.
#include "core/rollup/consolidation.hpp"

#include "core/evm_series.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/rollup/roll_up_report.hpp"
#include "core/rollup/sources_sheet.hpp"
#include "core/rollup/workbook_codec.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

// One PM's workbook: a status date, and tasks of the projects given (ID, budget, % complete, actual cost).
struct TaskLine {
    const char* project;
    double budget;
    double complete;
    double actual;
};

Workbook pm_workbook(Day status, const std::vector<TaskLine>& tasks, const char* unit = "k¥",
                     const char* owner = "Ann") {
    std::vector<Row> rows{{s("Status date"), static_cast<double>(status)},
                          {},
                          {s("Project ID"), s("Task name"), s((std::string("Budget (") + unit + ")").c_str()),
                           s("Planned start"), s("Planned finish"), s("% complete"), s("Actual cost"), s("Owner")}};
    int n = 0;
    for (const TaskLine& t : tasks)
        rows.push_back({s(t.project), Cell(std::string("Task ") + std::to_string(++n)), t.budget, d(2026, 11, 2),
                        d(2026, 11, 27), t.complete, t.actual, s(owner)});
    Workbook wb;
    wb.sheets.push_back(make_sheet("Tasks", rows));
    return wb;
}

Day day(int y, unsigned m, unsigned dd) { return day_from_civil({y, m, dd}); }

SourceInput source(const char* name, const Workbook& wb, const char* modified = "2026-12-04 10:00:00") {
    return read_source({name, std::string("/pmo/") + name, modified}, wb);
}

const SourceRecord& record(const Consolidated& c, const std::string& name) {
    const auto found = std::find_if(c.roll_up.sources.begin(), c.roll_up.sources.end(),
                                    [&](const SourceRecord& r) { return r.file.name == name; });
    EXPECT_NE(found, c.roll_up.sources.end()) << name;
    return *found;
}

bool says(const Portfolio& p, Msg id) {
    return std::any_of(p.diagnostics.begin(), p.diagnostics.end(),
                       [&](const Diagnostic& d) { return d.message.id == id; });
}

double total_budget(const Portfolio& p) {
    double sum = 0;
    for (const Task& t : p.tasks)
        sum += t.budget;
    return sum;
}

TEST(Consolidation, ProjectsOfEveryFileInOnePortfolioAndTheirSheetsNamedByFile) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}, {"P02", 50, 1, 60}})));
    sources.push_back(source("b.ods", pm_workbook(day(2026, 12, 3), {{"P03", 200, 0.25, 30}})));
    const Consolidated c = consolidate(std::move(sources), {});
    ASSERT_EQ(c.portfolio.projects.size(), 3u);
    EXPECT_EQ(total_budget(c.portfolio), 350);
    EXPECT_EQ(c.roll_up.status_date, day(2026, 12, 4));
    EXPECT_EQ(c.portfolio.status_date, day(2026, 12, 4));
    EXPECT_EQ(c.portfolio.tasks.back().source.sheet, "[b.ods]Tasks");
    EXPECT_EQ(c.roll_up.unit, "k¥");
    EXPECT_TRUE(record(c, "a.xlsx").counted());
    EXPECT_EQ(record(c, "a.xlsx").flags, 0u);
    EXPECT_FALSE(says(c.portfolio, Msg::rollup_stale));
}

TEST(Consolidation, AStaleFileIsCountedAndSaidOnce) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    sources.push_back(source("old.xlsx", pm_workbook(day(2026, 11, 13), {{"P02", 100, 0.5, 40}})));
    RollUpOptions options;
    options.stale_days = 7;
    const Consolidated c = consolidate(std::move(sources), options);
    EXPECT_EQ(total_budget(c.portfolio), 200);
    EXPECT_TRUE(record(c, "old.xlsx").flags & source_stale);
    EXPECT_TRUE(record(c, "old.xlsx").counted());
    EXPECT_EQ(std::count_if(c.portfolio.diagnostics.begin(), c.portfolio.diagnostics.end(),
                            [](const Diagnostic& d) { return d.message.id == Msg::rollup_stale; }),
              1);
    options.stale_days = 30;
    std::vector<SourceInput> again;
    again.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    again.push_back(source("old.xlsx", pm_workbook(day(2026, 11, 13), {{"P02", 100, 0.5, 40}})));
    EXPECT_FALSE(record(consolidate(std::move(again), options), "old.xlsx").flags & source_stale);
}

TEST(Consolidation, TheSameProjectInTwoFilesCountsOnceFromTheLaterStatus) {
    std::vector<SourceInput> sources;
    sources.push_back(source("older.xlsx", pm_workbook(day(2026, 11, 27), {{"P01", 100, 0.25, 10}, {"P02", 10, 0, 0}})));
    sources.push_back(source("newer.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    const Consolidated c = consolidate(std::move(sources), {});
    EXPECT_EQ(total_budget(c.portfolio), 110);  // P01 once (newer's), P02 from older
    double p01_complete = 0;
    for (const Task& t : c.portfolio.tasks)
        if (t.project_id == "P01")
            p01_complete = t.percent_complete;
    EXPECT_EQ(p01_complete, 0.5);
    const SourceRecord& loser = record(c, "older.xlsx");
    EXPECT_TRUE(loser.flags & source_duplicate);
    EXPECT_TRUE(loser.counted());  // P02 still counts
    EXPECT_FALSE(loser.projects[0].counted);
    EXPECT_EQ(loser.reasons.front().id, Msg::rollup_duplicate_lost);
    EXPECT_EQ(record(c, "newer.xlsx").reasons.front().id, Msg::rollup_duplicate_won);
    EXPECT_TRUE(says(c.portfolio, Msg::rollup_duplicate));
    // Later status first; the same status: the later save.
    std::vector<SourceInput> same_day;
    same_day.push_back(source("x.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 1, 0, 0}}), "2026-12-04 09:00:00"));
    same_day.push_back(source("y.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 2, 0, 0}}), "2026-12-04 08:00:00"));
    const Consolidated s = consolidate(std::move(same_day), {});
    EXPECT_EQ(total_budget(s.portfolio), 1);
    EXPECT_TRUE(record(s, "y.xlsx").flags & source_duplicate);
}

TEST(Consolidation, AnUnreadableFileIsNamedAndTheOthersCounted) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    sources.push_back(unreadable_source({"locked.ods", "/pmo/locked.ods", ""}, Message(Msg::cli_password_protected)));
    const Consolidated c = consolidate(std::move(sources), {});
    EXPECT_EQ(total_budget(c.portfolio), 100);
    EXPECT_TRUE(record(c, "locked.ods").flags & source_unreadable);
    const auto said = std::find_if(c.portfolio.diagnostics.begin(), c.portfolio.diagnostics.end(),
                                   [](const Diagnostic& d) { return d.message.id == Msg::rollup_unreadable; });
    ASSERT_NE(said, c.portfolio.diagnostics.end());
    EXPECT_EQ(said->severity, Diagnostic::Severity::error);
    EXPECT_NE(said->text(Language::en).find("locked.ods"), std::string::npos);
    EXPECT_NE(said->text(Language::en).find("password"), std::string::npos);
}

TEST(Consolidation, AnotherUnitIsNeverAddedWithoutARate) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    sources.push_back(source("b.xlsx", pm_workbook(day(2026, 12, 4), {{"P02", 100, 0.5, 40}})));
    sources.push_back(source("usd.xlsx", pm_workbook(day(2026, 12, 4), {{"P03", 1000, 0.5, 400}}, "USD")));
    const Consolidated apart = consolidate(std::move(sources), {});
    EXPECT_EQ(total_budget(apart.portfolio), 200);
    const SourceRecord& usd = record(apart, "usd.xlsx");
    EXPECT_TRUE(usd.flags & source_unit);
    EXPECT_FALSE(usd.counted());
    ASSERT_TRUE(usd.apart);
    EXPECT_EQ(usd.apart->bac, 1000);  // its own figures, in its own unit
    EXPECT_EQ(usd.reasons.front().id, Msg::rollup_unit_apart_no_rates);

    RollUpOptions options;
    options.memory.rates = {{"usd", 150}};
    options.memory.rates_sheet = "Rates";
    std::vector<SourceInput> again;
    again.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    again.push_back(source("b.xlsx", pm_workbook(day(2026, 12, 4), {{"P02", 100, 0.5, 40}})));
    again.push_back(source("usd.xlsx", pm_workbook(day(2026, 12, 4), {{"P03", 1000, 0.5, 400}}, "USD")));
    const Consolidated converted = consolidate(std::move(again), options);
    EXPECT_EQ(total_budget(converted.portfolio), 200 + 150000);
    EXPECT_EQ(record(converted, "usd.xlsx").rate, 150);
    EXPECT_TRUE(says(converted.portfolio, Msg::rollup_unit_converted));
}

TEST(Consolidation, AProjectOfTheLastRollUpWithoutAFileIsMissing) {
    RollUpOptions options;
    options.memory.status_date = day(2026, 11, 27);
    options.memory.sources = {{"/pmo/gone.xlsx", "2026-11-27 10:00:00", {"P09"}},
                              {"/pmo/a.xlsx", "2026-12-04 10:00:00", {"P01"}}};
    HistoryRow row;
    row.status_date = day(2026, 11, 27);
    row.level = HistoryLevel::project;
    row.project_id = "P09";
    row.name = "Warehouse";
    options.history = {row};
    row.project_id = "P01";
    options.history.push_back(row);
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    const Consolidated c = consolidate(std::move(sources), options);
    ASSERT_EQ(c.roll_up.missing.size(), 1u);
    EXPECT_EQ(c.roll_up.missing[0].project_id, "P09");
    EXPECT_EQ(c.roll_up.missing[0].file, "gone.xlsx");
    EXPECT_EQ(c.roll_up.missing[0].last_status_date, day(2026, 11, 27));
    // a.xlsx kept its modification time since the last roll-up: unchanged.
    EXPECT_TRUE(record(c, "a.xlsx").flags & source_unchanged);
}

TEST(Consolidation, AWorkbookWithoutProjectIdsIsKnownByItsName) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("WBS", {{s("Status date"), d(2026, 12, 4)},
                                           {},
                                           {s("Task"), s("Budget"), s("Start"), s("Finish"), s("% complete")},
                                           {s("Design"), 10.0, d(2026, 11, 2), d(2026, 11, 27), 1.0}}));
    std::vector<SourceInput> sources;
    sources.push_back(source("harbour-bridge.xlsx", wb));
    const Consolidated c = consolidate(std::move(sources), {});
    ASSERT_EQ(c.portfolio.projects.size(), 1u);
    EXPECT_EQ(c.portfolio.projects[0].id, "harbour-bridge");
    EXPECT_EQ(c.portfolio.tasks[0].project_id, "harbour-bridge");
}

TEST(Consolidation, PeopleAcrossFilesAreOneByNameAndVariantsAreSaid) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}}, "k¥", "Tanaka Taro")));
    sources.push_back(source("b.xlsx", pm_workbook(day(2026, 12, 4), {{"P02", 100, 0.5, 40}}, "k¥", "TANAKA  Taro")));
    const Consolidated c = consolidate(std::move(sources), {});
    EXPECT_TRUE(says(c.portfolio, Msg::rollup_name_variant));
    const auto pairs = name_variants({"田中 太郎", "田中太郎", "Taro Tanaka", "Tanaka Taro", "Ann", "Ann"});
    ASSERT_EQ(pairs.size(), 2u);
    EXPECT_EQ(pairs[0], (std::pair<std::string, std::string>{"田中 太郎", "田中太郎"}));
    EXPECT_EQ(pairs[1], (std::pair<std::string, std::string>{"Taro Tanaka", "Tanaka Taro"}));
}

TEST(Consolidation, ALinkToAnotherFilesProjectIsACrossProjectLink) {
    auto plan = [](const char* project, const char* predecessor, Cell start, Cell finish) {
        Workbook wb;
        wb.sheets.push_back(make_sheet("Tasks", {{s("Status date"), d(2026, 12, 4)},
                                                 {},
                                                 {s("Project ID"), s("Task ID"), s("Task name"), s("Budget"),
                                                  s("Planned start"), s("Planned finish"), s("% complete"),
                                                  s("Predecessors")},
                                                 {s(project), s("1"), s("Build"), 10.0, start, finish, 0.2,
                                                  predecessor[0] ? s(predecessor) : blank}}));
        return wb;
    };
    std::vector<SourceInput> sources;
    sources.push_back(source("supplier.xlsx", plan("P01", "", d(2026, 11, 2), d(2026, 12, 11))));
    sources.push_back(source("portal.xlsx", plan("P02", "P01:1", d(2026, 12, 14), d(2026, 12, 25))));
    ReportRequest request;
    request.now = {day(2026, 12, 7), "2026-12-07 09:00"};
    const RollUpAssessment rolled = assess_roll_up(std::move(sources), Workbook{}, request);
    ASSERT_TRUE(rolled.assessment.reportable());
    ASSERT_TRUE(rolled.assessment.status->cross_project);
    ASSERT_EQ(rolled.assessment.status->cross_project->links.size(), 1u);
    const CrossProjectLink& link = rolled.assessment.status->cross_project->links[0].link;
    EXPECT_EQ(link.from_project, "P01");
    EXPECT_EQ(link.to_project, "P02");
}

TEST(Consolidation, TheRollUpsHistoryRecordsProjectsAndMilestonesNotEveryTask) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Tasks", {{s("Status date"), d(2026, 12, 4)},
                                             {},
                                             {s("Project ID"), s("Task ID"), s("Task name"), s("Budget"),
                                              s("Planned start"), s("Planned finish"), s("% complete"), s("Milestone")},
                                             {s("P01"), s("1"), s("Build"), 10.0, d(2026, 11, 2), d(2026, 12, 11), 0.2, blank},
                                             {s("P01"), s("2"), s("Go-live"), 0.0, d(2026, 12, 14), d(2026, 12, 14), 0.0,
                                              s("Yes")}}));
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", wb));
    ReportRequest request;
    request.now = {day(2026, 12, 7), "2026-12-07 09:00"};
    const RollUpAssessment rolled = assess_roll_up(std::move(sources), Workbook{}, request);
    std::vector<std::string> tasks;
    for (const HistoryRow& row : rolled.assessment.history)
        if (row.level == HistoryLevel::task)
            tasks.push_back(row.task_id);
    EXPECT_EQ(tasks, std::vector<std::string>{"2"});
    EXPECT_TRUE(says(rolled.assessment.portfolio, Msg::history_milestones_only));
}

TEST(Consolidation, NothingReadableIsAnError) {
    std::vector<SourceInput> sources;
    sources.push_back(unreadable_source({"x.xlsx", "/pmo/x.xlsx", ""}, Message(Msg::cli_damaged)));
    const Consolidated c = consolidate(std::move(sources), {});
    EXPECT_TRUE(c.portfolio.tasks.empty());
    EXPECT_TRUE(says(c.portfolio, Msg::rollup_nothing_counted));
}

TEST(Consolidation, OneFilesTableOfPeriodsIsNotThePortfoliosTrend) {
    Portfolio p;
    p.projects = {{"P01", "A", "", "", ""}, {"P02", "B", "", "", ""}};
    p.periods = {{"P01", day(2026, 10, 30), 10, 9.0, 9.5, 100.0, {}}, {"P01", day(2026, 11, 27), 20, 18.0, 19.0, 100.0, {}}};
    const auto rows = series_history(p, day(2026, 12, 4));
    EXPECT_EQ(rows.size(), 2u);
    EXPECT_TRUE(std::none_of(rows.begin(), rows.end(),
                             [](const HistoryRow& r) { return r.level == HistoryLevel::portfolio; }));
    p.periods.push_back({"P02", day(2026, 11, 27), 5, 5.0, 5.0, 50.0, {}});
    const auto both = series_history(p, day(2026, 12, 4));
    EXPECT_EQ(std::count_if(both.begin(), both.end(),
                            [](const HistoryRow& r) { return r.level == HistoryLevel::portfolio; }),
              1);  // 2026-11-27, where both projects have a period
    // The status before this one is the last whole portfolio's, not a date of one project's table.
    HistoryRow whole;
    whole.level = HistoryLevel::portfolio;
    whole.status_date = day(2026, 11, 20);
    HistoryRow now = whole;
    now.status_date = day(2026, 12, 4);
    const auto analysis = analyse_history({whole, rows[0], rows[1], now}, day(2026, 12, 4), {"P01"});
    EXPECT_EQ(analysis.previous_date, day(2026, 11, 20));
}

TEST(WorkbookCodec, RoundTripsEveryKindOfCell) {
    Workbook wb;
    wb.null_date_offset = -1462;
    wb.sheets.push_back(make_sheet("タスク", {{s("ID"), 1.5, blank}, {Cell(CellError{32767}), s(""), -0.0}}));
    wb.sheets.push_back(make_sheet("Empty", {}));
    const auto back = decode_workbook(encode_workbook(wb));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->null_date_offset, -1462);
    ASSERT_EQ(back->sheets.size(), 2u);
    EXPECT_EQ(back->sheets[0].name, "タスク");
    EXPECT_EQ(back->sheets[0].cells.rows(), 2u);
    EXPECT_EQ(back->sheets[0].cells.columns(), 3u);
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_EQ(owned(back->sheets[0].cells[i]), owned(wb.sheets[0].cells[i])) << i;
}

TEST(WorkbookCodec, RefusesBytesItDidNotWrite) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Tasks", {{s("Task"), 1.0}}));
    const std::string bytes = encode_workbook(wb);
    for (std::size_t cut = 0; cut < bytes.size(); ++cut)
        EXPECT_FALSE(decode_workbook(std::string_view(bytes).substr(0, cut))) << cut;
    EXPECT_FALSE(decode_workbook(bytes + "x"));
    EXPECT_FALSE(decode_workbook("PK\x03\x04 not ours"));
    std::string huge = bytes;
    huge[std::string_view("pmocalc-workbook 1\n").size() + 8] = '\xFF';  // a sheet count no bytes can hold
    EXPECT_FALSE(decode_workbook(huge));
}

TEST(SourcesSheet, WrittenThenReadBackAtTheNextRollUp) {
    std::vector<SourceInput> sources;
    sources.push_back(source("a.xlsx", pm_workbook(day(2026, 12, 4), {{"P01", 100, 0.5, 40}})));
    sources.push_back(unreadable_source({"bad.xlsx", "/pmo/bad.xlsx", "2026-12-01 08:00:00"}, Message(Msg::cli_damaged)));
    ReportRequest request;
    request.now = {day(2026, 12, 7), "2026-12-07 09:00"};
    Workbook portfolio_workbook;
    RollUpAssessment rolled = assess_roll_up(std::move(sources), std::move(portfolio_workbook), request);
    ASSERT_TRUE(rolled.assessment.reportable());
    ASSERT_TRUE(rolled.assessment.roll_up);
    EXPECT_EQ(rolled.sources_sheet.sheet_name, "PMO Sources");
    const HistoryWrite write = sources_to_write(*rolled.assessment.roll_up, rolled.assessment, rolled.sources_sheet);
    EXPECT_FALSE(write.exists);
    // a.xlsx's "its problems" cell links to the first of its problems listed below.
    ASSERT_FALSE(write.layout.links.empty());
    const ReportLayout::Link& link = write.layout.links.front();
    EXPECT_EQ(std::get<std::string>(write.layout.rows[link.row][0]), "a.xlsx");
    EXPECT_EQ(link.text, "row " + link.target.substr(link.target.rfind('A') + 1));
    const std::string prefix = "#'PMO Sources'.A";
    ASSERT_TRUE(link.target.starts_with(prefix)) << link.target;
    const std::size_t target_row = std::stoul(link.target.substr(prefix.size())) - 1;
    ASSERT_LT(target_row, write.layout.rows.size());
    EXPECT_EQ(std::get<std::string>(write.layout.rows[target_row][0]), "a.xlsx");
    EXPECT_EQ(std::get<std::string>(write.layout.rows[target_row - 1][0]), "File");  // the problems' header
    // The sheet as Calc would hold it, read back.
    std::vector<Cell> cells;
    for (const auto& row : write.layout.rows)
        cells.insert(cells.end(), row.begin(), row.end());
    Workbook next;
    next.sheets.push_back({write.sheet_name, CellRange(write.layout.rows.size(), write.layout.columns, cells)});
    next.sheets.push_back(make_sheet("Rates", {{s("Unit"), s("Rate")}, {s("USD"), 150.0}, {s("EUR"), s("lots")}}));
    const SourcesSheet found = find_sources_sheet(next, Language::en);
    EXPECT_TRUE(found.exists);
    EXPECT_EQ(found.memory.status_date, day(2026, 12, 4));
    ASSERT_EQ(found.memory.sources.size(), 2u);
    EXPECT_EQ(found.memory.sources[0].path, "/pmo/a.xlsx");
    EXPECT_EQ(found.memory.sources[0].project_ids, std::vector<std::string>{"P01"});
    ASSERT_EQ(found.memory.rates.size(), 1u);
    EXPECT_EQ(found.memory.rates[0].rate, 150);
    ASSERT_EQ(found.diagnostics.size(), 1u);  // EUR's rate is not a number
    EXPECT_EQ(found.diagnostics[0].cell, "B3");
    // The next roll-up into that workbook (its history too): a file gone is missing, one not saved since unchanged.
    const auto history = history_to_write(rolled.assessment);
    ASSERT_TRUE(history);
    std::vector<Cell> history_cells;
    for (const auto& row : history->layout.rows)
        history_cells.insert(history_cells.end(), row.begin(), row.end());
    next.sheets.push_back({history->sheet_name,
                           CellRange(history->layout.rows.size(), history->layout.columns, history_cells)});
    std::vector<SourceInput> week_later;
    week_later.push_back(unreadable_source({"bad.xlsx", "/pmo/bad.xlsx", "2026-12-01 08:00:00"}, Message(Msg::cli_damaged)));
    week_later.push_back(source("b.xlsx", pm_workbook(day(2026, 12, 11), {{"P02", 100, 0.5, 40}})));
    ReportRequest later = request;
    later.settings.status_date = day(2026, 12, 11);
    const RollUpAssessment second = assess_roll_up(std::move(week_later), std::move(next), later);
    ASSERT_TRUE(second.assessment.roll_up);
    ASSERT_EQ(second.assessment.roll_up->missing.size(), 1u);
    EXPECT_EQ(second.assessment.roll_up->missing[0].project_id, "P01");
    EXPECT_EQ(second.assessment.roll_up->missing[0].file, "a.xlsx");
    EXPECT_TRUE(second.sources_sheet.exists);
    EXPECT_EQ(second.assessment.roll_up->previous_status_date, day(2026, 12, 4));

    // A user's sheet of that name is kept: ours takes another.
    Workbook users;
    users.sheets.push_back(make_sheet("PMO Sources", {{s("my notes")}}));
    const SourcesSheet other = find_sources_sheet(users, Language::en);
    EXPECT_FALSE(other.exists);
    EXPECT_EQ(other.sheet_name, "PMO Sources (2)");
}

}  // namespace
}  // namespace pmocalc
