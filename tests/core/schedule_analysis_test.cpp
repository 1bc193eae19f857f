#include "core/schedule_analysis.hpp"

#include <gtest/gtest.h>

#include "core/status_report.hpp"
#include "core/reading/workbook_reader.hpp"
#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using test::date;

Task task(std::string id, std::string predecessors, Day start, Day finish, std::size_t row) {
    Task t;
    t.project_id = "P1";
    t.id = std::move(id);
    t.name = "Task " + t.id;
    t.budget = 10;
    t.start = start;
    t.finish = finish;
    t.predecessors = std::move(predecessors);
    t.predecessors_column = 7;  // H
    t.source = {"Tasks", row};
    return t;
}

// Worked by hand on a Monday-to-Friday calendar with a holiday on Monday
// 2025-01-13: A 5 working days (6–10 Jan), B 3 and C 1 after A, milestone D
// after B and C. CPM: A 0–5, B 5–8, C 5–6, D at 8; the baseline finish
// 2025-01-15 (B and D slipped a day since) is working day 7, one day before
// the early finish.
Portfolio four_tasks() {
    Portfolio p;
    p.projects.push_back({"P1", "Pilot", "", "", ""});
    p.tasks.push_back(task("A", "", date(2025, 1, 6), date(2025, 1, 10), 1));
    p.tasks.push_back(task("B", "A", date(2025, 1, 14), date(2025, 1, 16), 2));
    p.tasks.push_back(task("C", "A", date(2025, 1, 14), date(2025, 1, 14), 3));
    p.tasks.push_back(task("D", "B;C", date(2025, 1, 16), date(2025, 1, 16), 4));
    p.tasks[3].milestone = true;
    for (Task& t : p.tasks)
        t.baseline_finish = std::min(t.finish, date(2025, 1, 15));
    p.holidays = {date(2025, 1, 13)};
    p.schedule_columns.predecessors = true;
    p.schedule_columns.baseline_finish = true;
    return p;
}

WorkCalendar calendar_of(const Portfolio& p) { return WorkCalendar(WeekendMask(), p.holidays); }

ScheduleOptions exact() {
    ScheduleOptions options;
    options.uncertainty = {0, 0};  // degenerate estimates: the Monte Carlo is the CPM
    options.iterations = 200;
    return options;
}

TEST(ScheduleAnalysis, DatesOverWeekendsAndHolidays) {
    const Portfolio p = four_tasks();
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    ASSERT_EQ(a.projects.size(), 1u);
    const ProjectSchedule& s = a.projects[0];
    ASSERT_TRUE(s.network_ok);
    EXPECT_EQ(s.start, date(2025, 1, 6));
    EXPECT_DOUBLE_EQ(s.length, 8);
    EXPECT_EQ(s.early_finish, date(2025, 1, 16));
    EXPECT_EQ(s.tasks[0].early_finish, date(2025, 1, 10));
    EXPECT_EQ(s.tasks[1].early_start, date(2025, 1, 14));  // after the weekend and the holiday
    EXPECT_EQ(s.tasks[1].early_finish, date(2025, 1, 16));
    EXPECT_EQ(s.tasks[2].early_finish, date(2025, 1, 14));
    EXPECT_EQ(s.tasks[2].late_start, date(2025, 1, 15));  // C may start on working day 7 and meet the baseline
    EXPECT_EQ(s.tasks[3].early_start, date(2025, 1, 16));  // the milestone on the day B finishes
    EXPECT_EQ(s.critical_path, (std::vector<std::size_t>{0, 1, 3}));
}

TEST(ScheduleAnalysis, TheCriticalPathIsTheChainNotALevelOfEffortTask) {
    // Project management runs from A's start (SS) as long as the whole project:
    // it finishes last together with the chain, which is the path shown.
    Portfolio p = four_tasks();
    Task pm = task("PM", "ASS", date(2025, 1, 6), date(2025, 1, 16), 5);
    p.tasks.insert(p.tasks.begin(), pm);
    const ProjectSchedule s = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact()).projects[0];
    EXPECT_DOUBLE_EQ(s.length, 8);
    EXPECT_EQ(s.critical_path, (std::vector<std::size_t>{1, 2, 4}));
}

TEST(ScheduleAnalysis, FinishedTasksKeepTheirPlannedDuration) {
    Portfolio p = four_tasks();
    for (Task& t : p.tasks)
        t.percent_complete = 1;
    ScheduleOptions options = exact();
    options.uncertainty = {-0.5, 2.0};
    const ScheduleRiskFigures risk = *analyse_schedules(p, calendar_of(p), date(2025, 1, 20), options).projects[0].risk;
    EXPECT_EQ(risk.p95, date(2025, 1, 16));
    EXPECT_EQ(risk.estimates, EstimateSource::uncertainty);
}

TEST(ScheduleAnalysis, NegativeFloatAgainstTheBaselineFinish) {
    const Portfolio p = four_tasks();
    const ProjectSchedule s = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact()).projects[0];
    EXPECT_EQ(s.baseline_finish, date(2025, 1, 15));
    EXPECT_DOUBLE_EQ(s.finish_float, -1);
    EXPECT_DOUBLE_EQ(s.tasks[0].total_float, -1);
    EXPECT_DOUBLE_EQ(s.tasks[2].total_float, 1);
    EXPECT_DOUBLE_EQ(s.tasks[2].free_float, 2);
    EXPECT_TRUE(s.tasks[1].critical);
    EXPECT_FALSE(s.tasks[2].critical);
}

TEST(ScheduleAnalysis, DegenerateEstimatesGiveTheCriticalPathFinish) {
    const Portfolio p = four_tasks();
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    const ScheduleRiskFigures& risk = *a.projects[0].risk;
    EXPECT_EQ(risk.p50, date(2025, 1, 16));
    EXPECT_EQ(risk.p95, date(2025, 1, 16));
    EXPECT_DOUBLE_EQ(risk.probability_on_time, 0);
    EXPECT_EQ(risk.estimates, EstimateSource::uncertainty);
    // The fallback is said where the report shows fallbacks.
    ASSERT_FALSE(a.diagnostics.empty());
    EXPECT_EQ(a.diagnostics[0].message.id, Msg::schedule_uncertainty_used);
    EXPECT_TRUE(is_fallback(a.diagnostics[0]));
}

TEST(ScheduleAnalysis, RisksOnATaskEnterAsEvents) {
    Portfolio p = four_tasks();
    RiskEntry risk;
    risk.project_id = "P1";
    risk.probability = 1;
    risk.affected_task = "B";
    risk.schedule_impact_days = 2;
    risk.source = {"Risks", 1};
    risk.affected_task_cell = "H2";
    p.risks.push_back(risk);
    risk.affected_task = "Z";
    risk.affected_task_cell = "H3";
    p.risks.push_back(risk);
    risk.affected_task = "C";
    risk.affected_task_cell = "H4";
    risk.kind = RiskKind::opportunity;
    p.risks.push_back(risk);
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    const ScheduleRiskFigures& figures = *a.projects[0].risk;
    EXPECT_EQ(figures.events, 1u);
    EXPECT_EQ(figures.p50, date(2025, 1, 20));  // two working days later, over the weekend
    const auto unknown = std::find_if(a.diagnostics.begin(), a.diagnostics.end(),
                                      [](const Diagnostic& d) { return d.message.id == Msg::schedule_risk_unknown_task; });
    ASSERT_NE(unknown, a.diagnostics.end());
    EXPECT_EQ(unknown->cell, "H3");
    EXPECT_TRUE(std::any_of(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& d) {
        return d.message.id == Msg::schedule_risk_opportunity && d.cell == "H4";
    }));
}

TEST(ScheduleAnalysis, ThreePointEstimatesAreUsedWhereGiven) {
    Portfolio p = four_tasks();
    p.schedule_columns.three_point = true;
    for (Task& t : p.tasks) {
        const double d = t.milestone ? 0 : static_cast<double>(calendar_of(p).working_days(t.start, t.finish));
        t.optimistic = t.likely = t.pessimistic = d;
    }
    p.tasks[2].optimistic.reset();
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    EXPECT_EQ(a.projects[0].risk->estimates, EstimateSource::mixed);
    ASSERT_EQ(a.diagnostics.size(), 1u);
    EXPECT_EQ(a.diagnostics[0].message.id, Msg::schedule_uncertainty_some_tasks);
}

TEST(ScheduleAnalysis, NetworksArePerProject) {
    Portfolio p = four_tasks();
    p.projects.push_back({"P2", "Second", "", "", ""});
    Task other = task("A", "", date(2025, 1, 6), date(2025, 1, 7), 5);  // the same ID in another project
    other.project_id = "P2";
    p.tasks.push_back(other);
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    ASSERT_EQ(a.projects.size(), 2u);
    EXPECT_TRUE(a.projects[1].network_ok);
    EXPECT_DOUBLE_EQ(a.projects[1].length, 2);
    EXPECT_EQ(a.projects[1].early_finish, date(2025, 1, 7));
}

TEST(ScheduleAnalysis, ACycleNamesTheCellAndTheIdsAndLeavesTheProjectWithoutFigures) {
    Portfolio p = four_tasks();
    p.tasks[0].predecessors = "D";
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    EXPECT_FALSE(a.projects[0].network_ok);
    EXPECT_FALSE(a.projects[0].risk);
    const auto cycle = std::find_if(a.diagnostics.begin(), a.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.message.id == Msg::network_cycle; });
    ASSERT_NE(cycle, a.diagnostics.end());
    EXPECT_EQ(cycle->sheet, "Tasks");
    EXPECT_EQ(cycle->cell, "H2");
    EXPECT_EQ(cycle->severity, Diagnostic::Severity::error);
    EXPECT_NE(cycle->message.render(Language::en).find("A \u2192 B \u2192 D \u2192 A"), std::string::npos)
        << cycle->message.render(Language::en);
}

TEST(ScheduleAnalysis, HugeProjectsGetFewerIterationsAndSaySo) {
    const Portfolio p = four_tasks();
    ScheduleOptions options = exact();
    options.iterations = 10000;
    options.work_per_project = 8 * 500;  // 4 tasks + 4 links
    ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), options);
    EXPECT_EQ(a.projects[0].risk->iterations, 500u);
    EXPECT_TRUE(a.projects[0].risk->iterations_reduced);
    EXPECT_TRUE(std::any_of(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& d) {
        return d.message.id == Msg::schedule_iterations_reduced && is_fallback(d);
    }));
    options.work_per_project = 8 * 50;
    a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), options);
    EXPECT_FALSE(a.projects[0].risk);
    EXPECT_TRUE(a.projects[0].network_ok);
    EXPECT_TRUE(std::any_of(a.diagnostics.begin(), a.diagnostics.end(),
                            [](const Diagnostic& d) { return d.message.id == Msg::schedule_not_simulated; }));
}

TEST(ScheduleAnalysis, ThePortfolioSharesOneBudgetOfWork) {
    const Portfolio p = four_tasks();
    ScheduleOptions options = exact();
    options.iterations = 10000;
    options.work_in_all = 8 * 300;  // the four tasks counted with one link each
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), options);
    EXPECT_EQ(a.projects[0].risk->iterations, 300u);
}

TEST(ScheduleAnalysis, AFinishBeyondTheCalendarIsSaid) {
    Portfolio p = four_tasks();
    p.tasks[1].finish = date(2199, 12, 31);  // B runs to the last date pmocalc takes, D five days after it
    p.tasks[3].milestone = false;
    p.tasks[3].finish = date(2025, 1, 22);
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    EXPECT_EQ(a.projects[0].early_finish, last_plausible_day);
    EXPECT_TRUE(std::any_of(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& d) {
        return d.message.id == Msg::schedule_beyond_calendar && is_fallback(d);
    }));
}

TEST(ScheduleAnalysis, NoPredecessorColumnNoSchedule) {
    Portfolio p = four_tasks();
    p.schedule_columns.predecessors = false;
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    EXPECT_TRUE(a.projects.empty());
    EXPECT_TRUE(a.diagnostics.empty());
}

TEST(ScheduleAnalysis, AnErrorValueInAPredecessorCellIsNamedNeverABlank) {
    using test::d;
    using test::s;
    Workbook wb;
    wb.sheets.push_back(test::make_sheet(
        "Tasks", {{s("Task ID"), s("Task"), s("Budget"), s("Planned start"), s("Planned finish"), s("Predecessors")},
                  {s("1"), s("Build"), 10.0, d(2025, 6, 2), d(2025, 6, 6), test::blank},
                  {s("2"), s("Test"), 10.0, d(2025, 6, 9), d(2025, 6, 13), CellError{524}}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.tasks.size(), 2u);  // the task still counts for earned value
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 6, 10), exact());
    ASSERT_EQ(a.projects.size(), 1u);
    EXPECT_FALSE(a.projects[0].network_ok);  // not read as "no predecessor"
    const auto at_cell = std::count_if(a.diagnostics.begin(), a.diagnostics.end(), [](const Diagnostic& diagnostic) {
        return diagnostic.sheet == "Tasks" && diagnostic.cell == "F3" && diagnostic.severity == Diagnostic::Severity::error;
    });
    EXPECT_EQ(at_cell, 1);
    EXPECT_TRUE(std::any_of(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic& diagnostic) {
        return diagnostic.cell == "F3" && diagnostic.message.id == Msg::cell_error_shown;
    }));
}

TEST(ScheduleAnalysis, DurationUncertaintyAsTyped) {
    const auto typed = duration_uncertainty_from_text("-20%,+50%");
    ASSERT_TRUE(typed);
    EXPECT_DOUBLE_EQ(typed->low, -0.2);
    EXPECT_DOUBLE_EQ(typed->high, 0.5);
    EXPECT_DOUBLE_EQ(duration_uncertainty_from_text("-10,30")->high, 0.3);
    for (const char* bad : {"10,30", "-10,-5", "-100,30", "-10", "x,y", "-10,2000"})
        EXPECT_FALSE(duration_uncertainty_from_text(bad)) << bad;
}

TEST(ScheduleAnalysis, DurationUncertaintyTravelsFromTheSettingsToTheRequest) {
    // The document's pmocalc.DurationUncertainty (in Calc) is stored as this text and read back.
    EXPECT_EQ(duration_uncertainty_text({-0.2, 0.5}), "-20,50");
    EXPECT_DOUBLE_EQ(duration_uncertainty_from_text(duration_uncertainty_text({-0.15, 0.45}))->high, 0.45);
    ReportSettings settings;
    settings.duration_uncertainty = {-0.05, 0.6};
    const ReportRequest request = request_for(settings, "plan", {});
    EXPECT_DOUBLE_EQ(request.schedule.uncertainty.low, -0.05);
    EXPECT_DOUBLE_EQ(request.schedule.uncertainty.high, 0.6);
}

TEST(ScheduleAnalysis, OffsetsAndDates) {
    const WorkCalendar calendar(WeekendMask(), {date(2025, 1, 13)});
    const Day monday = date(2025, 1, 6);
    EXPECT_EQ(start_day(calendar, monday, 0), monday);
    EXPECT_EQ(finish_day(calendar, monday, 5), date(2025, 1, 10));
    EXPECT_EQ(start_day(calendar, monday, 5), date(2025, 1, 14));
    EXPECT_EQ(finish_day(calendar, monday, 0), date(2025, 1, 3));   // the working day before day 0
    EXPECT_EQ(start_day(calendar, monday, -1), date(2025, 1, 3));
    EXPECT_EQ(finish_day(calendar, monday, -5), date(2024, 12, 27));
    EXPECT_DOUBLE_EQ(finish_offset(calendar, monday, date(2025, 1, 15)), 7);
    EXPECT_DOUBLE_EQ(finish_offset(calendar, monday, date(2025, 1, 3)), 0);
    EXPECT_DOUBLE_EQ(finish_offset(calendar, monday, date(2025, 1, 2)), -1);
}

TEST(ScheduleAnalysis, APredecessorInAnotherProjectIsACrossProjectLinkNotPartOfEitherNetwork) {
    Portfolio p = four_tasks();
    p.projects.push_back({"P2", "Second", "", "", ""});
    Task x = task("X", "P1:B SS+1", date(2025, 1, 15), date(2025, 1, 17), 6);
    x.project_id = "P2";
    p.tasks.push_back(x);
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    ASSERT_EQ(a.projects.size(), 2u);
    EXPECT_DOUBLE_EQ(a.projects[0].length, 8);  // P1 as without the link
    EXPECT_EQ(a.projects[1].links, 0u);
    ASSERT_EQ(a.cross_project_links.size(), 1u);
    const CrossProjectLink& link = a.cross_project_links[0];
    EXPECT_EQ(link.from_project, "P1");
    EXPECT_EQ(link.from_task, "B");
    EXPECT_EQ(link.to_project, "P2");
    EXPECT_EQ(link.to_task, "X");
    EXPECT_EQ(link.type, LinkType::start_start);
    EXPECT_DOUBLE_EQ(link.lag, 1);
    EXPECT_EQ(link.from_row, 1u);
    EXPECT_EQ(link.to_row, 4u);
}

TEST(ScheduleAnalysis, AnUnknownProjectOrTaskIsSaidAtTheCell) {
    Portfolio p = four_tasks();
    p.projects.push_back({"P2", "Second", "", "", ""});
    p.tasks[2].predecessors = "A; P2:Z";
    p.tasks[3].predecessors = "B;C;P7:1";
    const ScheduleAnalysis a = analyse_schedules(p, calendar_of(p), date(2025, 1, 10), exact());
    std::vector<std::string> said;
    for (const Diagnostic& d : a.diagnostics)
        if (d.severity == Diagnostic::Severity::error)
            said.push_back(d.sheet + "!" + d.cell + " " + d.message.render(Language::en));
    ASSERT_EQ(said.size(), 2u);
    EXPECT_EQ(said[0], "Tasks!H4 project P2 has no task with the ID \"Z\" (entry \"P2:Z\")");
    EXPECT_EQ(said[1].substr(0, 50), "Tasks!H5 no project has the ID \"P7\" (entry \"P7:1\";");
    EXPECT_TRUE(a.cross_project_links.empty());
}

}  // namespace
}  // namespace pmocalc
