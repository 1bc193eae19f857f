#include "core/task_earning.hpp"

#include "core/portfolio_analysis.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// Ten working days, 6–17 Jan 2025, budget 1000: PV 500 on Friday 10 Jan.
Task task(std::string id, EarningRule rule, double percent, double budget = 1000) {
    Task t;
    t.project_id = "A";
    t.id = std::move(id);
    t.name = "task " + t.id;
    t.budget = budget;
    t.start = date(2025, 1, 6);
    t.finish = date(2025, 1, 17);
    t.percent_complete = percent;
    t.earning_rule = rule;
    t.source = {"Tasks", 0};
    t.earning_column = 5;
    return t;
}

MilestoneEntry milestone(std::string task_id, double weight, bool achieved, std::optional<Day> on = std::nullopt) {
    MilestoneEntry m;
    m.project_id = "A";
    m.task_id = std::move(task_id);
    m.weight = weight;
    m.achieved = achieved;
    m.achieved_on = on;
    m.source = {"Milestones", 1};
    m.task_column = 1;
    return m;
}

AnalysisOptions at(Day status) {
    AnalysisOptions options;
    options.status_date = status;
    return options;
}

std::string listing(const std::vector<Diagnostic>& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics)
        out += d.sheet + "!" + d.cell + ": " + d.text(Language::en) + "\n";
    return out;
}

std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics, Diagnostic::Severity severity) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == severity)
            out.emplace_back(code(d.message.id));
    return out;
}

Portfolio every_rule() {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::percent_complete, 0.3), task("2", EarningRule::zero_hundred, 0.6),
               task("3", EarningRule::fifty_fifty, 0.6),      task("4", EarningRule::twenty_eighty, 0.6),
               task("5", EarningRule::level_of_effort, 0.1),  task("6", EarningRule::weighted_milestones, 0.9),
               task("7", EarningRule::apportioned, 0.0, 200), task("8", EarningRule::zero_hundred, 1.0)};
    p.tasks[6].apportioned_to = "3";
    // Task 6: 30 achieved on 8 Jan, 20 by a done flag, 50 achieved only after the status date.
    p.milestones = {milestone("6", 30, true, date(2025, 1, 8)), milestone("6", 20, true),
                    milestone("6", 50, true, date(2025, 1, 15))};
    return p;
}

TEST(TaskEarning, EachRuleEarnsByHand) {
    const Portfolio p = every_rule();
    const TaskEarnings e = earn_tasks(p, date(2025, 1, 10), WorkCalendar(WeekendMask(), {}));
    EXPECT_DOUBLE_EQ(e.ev[0], 300);   // 30 % of 1000
    EXPECT_DOUBLE_EQ(e.ev[1], 0);     // 0/100, unfinished
    EXPECT_DOUBLE_EQ(e.ev[2], 500);   // 50/50, started
    EXPECT_DOUBLE_EQ(e.ev[3], 200);   // 20/80, started
    EXPECT_DOUBLE_EQ(e.ev[4], 500);   // level of effort: its PV, 5 of 10 days
    EXPECT_DOUBLE_EQ(e.ev[5], 500);   // milestones: (30 + 20) / 100
    EXPECT_DOUBLE_EQ(e.ev[6], 100);   // apportioned to task 3, which earned half: 200 × 0.5
    EXPECT_DOUBLE_EQ(e.ev[7], 1000);  // 0/100, finished
    EXPECT_TRUE(codes(e.diagnostics, Diagnostic::Severity::warning).empty()) << listing(e.diagnostics);
    // The milestone achieved after the status date is said, at its cell.
    ASSERT_EQ(codes(e.diagnostics, Diagnostic::Severity::note), std::vector<std::string>{"milestone_after_status_date"});
    EXPECT_EQ(e.diagnostics[0].sheet, "Milestones");
    EXPECT_EQ(e.diagnostics[0].cell, "B2");
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        EXPECT_EQ(e.applied[t], p.tasks[t].earning_rule);
        EXPECT_EQ(e.fell_back[t], 0);
    }
}

TEST(TaskEarning, TheAnalysisSumsEachTasksRuleAndCountsThem) {
    const PortfolioStatus s = analyse_portfolio(every_rule(), at(date(2025, 1, 10)));
    const ProjectStatus& a = s.projects[0];
    EXPECT_DOUBLE_EQ(a.figures.ev, 300 + 0 + 500 + 200 + 500 + 500 + 100 + 1000);
    EXPECT_EQ(a.earning.of(EarningRule::percent_complete), 1);
    EXPECT_EQ(a.earning.of(EarningRule::zero_hundred), 2);
    EXPECT_EQ(a.earning.of(EarningRule::fifty_fifty), 1);
    EXPECT_EQ(a.earning.of(EarningRule::twenty_eighty), 1);
    EXPECT_EQ(a.earning.of(EarningRule::weighted_milestones), 1);
    EXPECT_EQ(a.earning.of(EarningRule::level_of_effort), 1);
    EXPECT_EQ(a.earning.of(EarningRule::apportioned), 1);
    EXPECT_EQ(a.earning.fell_back, 0);
    EXPECT_EQ(s.earning.of(EarningRule::zero_hundred), 2);
    EXPECT_EQ(codes(s.earning_diagnostics, Diagnostic::Severity::note),
              std::vector<std::string>{"milestone_after_status_date"});
}

TEST(TaskEarning, WithoutRulesTheFiguresAreExactlyPercentComplete) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::percent_complete, 0.37, 1234.5), task("2", EarningRule::percent_complete, 0.1)};
    const TaskEarnings e = earn_tasks(p, date(2025, 1, 10), WorkCalendar(WeekendMask(), {}));
    EXPECT_EQ(e.ev[0], 1234.5 * 0.37);
    EXPECT_EQ(e.ev[1], 1000 * 0.1);
    EXPECT_TRUE(e.diagnostics.empty());
}

TEST(TaskEarning, ARuleThatCannotBeAppliedFallsBackToPercentCompleteAndSaysWhy) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::weighted_milestones, 0.4),  // no milestones at all
               task("2", EarningRule::weighted_milestones, 0.4),  // milestones that weigh nothing
               task("3", EarningRule::apportioned, 0.4),          // to a task that does not exist
               task("4", EarningRule::apportioned, 0.4),          // to an apportioned task
               task("5", EarningRule::percent_complete, 0.4)};    // its method cell could not be read
    p.tasks[2].apportioned_to = "99";
    p.tasks[3].apportioned_to = "3";
    p.tasks[4].earning_fallback = true;
    for (std::size_t t = 0; t < p.tasks.size(); ++t)
        p.tasks[t].source.row = t + 1;
    p.milestones = {milestone("2", 0, true), milestone("77", 10, true), milestone("5", 10, true)};
    const TaskEarnings e = earn_tasks(p, date(2025, 1, 10), WorkCalendar(WeekendMask(), {}));
    for (std::size_t t = 0; t < p.tasks.size(); ++t) {
        EXPECT_DOUBLE_EQ(e.ev[t], 400) << t;
        EXPECT_EQ(e.applied[t], EarningRule::percent_complete) << t;
        EXPECT_EQ(e.fell_back[t], 1) << t;
    }
    EXPECT_EQ(codes(e.diagnostics, Diagnostic::Severity::warning),
              (std::vector<std::string>{"milestone_unknown_task", "milestone_task_not_weighted", "milestones_missing",
                                        "milestones_weigh_nothing", "apportioned_base_unknown",
                                        "apportioned_base_apportioned"}))
        << listing(e.diagnostics);
    // At the method cell of the task (column F), or at the milestone's task cell.
    EXPECT_EQ(e.diagnostics[2].cell, "F2");
    EXPECT_EQ(e.diagnostics[4].cell, "F4");
    EXPECT_EQ(e.diagnostics[0].sheet, "Milestones");
    EXPECT_NE(e.diagnostics[4].text(Language::en).find("project \"A\" has no task \"99\""), std::string::npos)
        << listing(e.diagnostics);
    EXPECT_NE(e.diagnostics[4].text(Language::ja).find("進捗率で計上"), std::string::npos);
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    EXPECT_EQ(s.projects[0].earning.fell_back, 5);
    EXPECT_EQ(s.projects[0].earning.of(EarningRule::percent_complete), 5);
}

TEST(TaskEarning, MilestoneWeightsThatAreNeitherSharesNorPercentagesAreSaid) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::weighted_milestones, 0)};
    p.milestones = {milestone("1", 2, true), milestone("1", 6, false)};
    const TaskEarnings e = earn_tasks(p, date(2025, 1, 10), WorkCalendar(WeekendMask(), {}));
    EXPECT_DOUBLE_EQ(e.ev[0], 250);  // 2 of 8
    EXPECT_EQ(codes(e.diagnostics, Diagnostic::Severity::note),
              std::vector<std::string>{"milestone_weights_relative"});
}

TEST(TaskEarning, TheForecastRangeOfAProjectUsesTheEtcColumn) {
    // EV 300 of 1000, AC 600 on 10 Jan: the published P6 example.
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::percent_complete, 0.3)};
    p.tasks[0].actual_cost = 600;
    p.tasks[0].etc = 900;
    p.has_etc_column = true;
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    const ForecastRange& r = s.projects[0].forecast_range;
    EXPECT_TRUE(close_enough(*r.eac_cpi, 2000));
    EXPECT_TRUE(close_enough(*r.eac_atypical, 1300));
    EXPECT_TRUE(close_enough(*r.eac_cpi_spi, 600 + 700 / (0.5 * 0.6)));
    // SPI(t) = ES / AT = 0.6 weeks / 1 week.
    EXPECT_TRUE(close_enough(*r.eac_cpi_spit, 600 + 700 / (0.5 * 0.6)));
    EXPECT_TRUE(close_enough(*r.eac_bottom_up, 1500));
    EXPECT_TRUE(close_enough(*r.eac_low, 1300));
    // PD 2 weeks, ES 0.6 weeks: 7 planned working days remain.
    EXPECT_TRUE(close_enough(*r.remaining_planned_days, 7));
    // IEAC(t) = 2 / 0.6 = 3.33 weeks = 16.67 working days from 6 Jan: the 17th, Tue 28 Jan.
    EXPECT_EQ(r.finish_earned_schedule, date(2025, 1, 28));
    EXPECT_FALSE(r.finish_recent_spi);  // needs the status history
    // The portfolio of one project has the same range.
    EXPECT_TRUE(close_enough(*s.forecast_range.eac_bottom_up, 1500));
    EXPECT_EQ(s.forecast_range.finish_earned_schedule, date(2025, 1, 28));
    EXPECT_FALSE(s.forecast_range.finish_recent_spi);
}

TEST(TaskEarning, TheRecentSpiFromTheHistoryGivesTheOtherFinish) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}, {"B", "Beta", "", "", ""}};
    p.tasks = {task("1", EarningRule::percent_complete, 0.3), task("2", EarningRule::percent_complete, 0.0)};
    p.tasks[1].project_id = "B";
    p.tasks[1].start = date(2025, 2, 3);  // not started: its plan stands, whatever the rate
    p.tasks[1].finish = date(2025, 2, 7);
    PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    EXPECT_FALSE(s.projects[0].forecast_range.finish_recent_spi);
    EXPECT_EQ(s.projects[1].forecast_range.finish_recent_spi, date(2025, 2, 7));
    EXPECT_FALSE(s.forecast_range.finish_recent_spi);  // not every project has one
    // 7 planned working days left at 0.7: 10 working days after Friday 10 Jan.
    apply_recent_spi(s, 0, 0.7, WorkCalendar(WeekendMask(), {}));
    EXPECT_EQ(s.projects[0].recent_spi, 0.7);
    EXPECT_EQ(s.projects[0].forecast_range.finish_recent_spi, date(2025, 1, 24));
    EXPECT_EQ(s.forecast_range.finish_recent_spi, date(2025, 2, 7));  // the latest of both
    // A rate of 0 gives no date, never a date far away.
    apply_recent_spi(s, 0, 0.0, WorkCalendar(WeekendMask(), {}));
    EXPECT_FALSE(s.projects[0].forecast_range.finish_recent_spi);
    EXPECT_FALSE(s.forecast_range.finish_recent_spi);
}

TEST(TaskEarning, AnUnfinishedTaskWithoutEtcCountsItsRemainingBudgetAndIsSaid) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks = {task("1", EarningRule::percent_complete, 0.3), task("2", EarningRule::percent_complete, 1.0),
               task("3", EarningRule::percent_complete, 0.5)};
    for (Task& t : p.tasks)
        t.actual_cost = 100;
    p.tasks[2].etc = 50;
    p.tasks[0].etc_column = 9;
    p.tasks[0].source.row = 3;
    p.has_etc_column = true;
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    // AC 300 + (1000 − 300) for task 1 + 0 for the finished task 2 + 50.
    EXPECT_TRUE(close_enough(*s.projects[0].forecast_range.eac_bottom_up, 300 + 700 + 50));
    ASSERT_EQ(s.earning_diagnostics.size(), 1u);
    EXPECT_EQ(code(s.earning_diagnostics[0].message.id), "etc_missing");
    EXPECT_EQ(s.earning_diagnostics[0].cell, "J4");
    // Without an ETC column there is no bottom-up EAC, and nothing to say.
    p.has_etc_column = false;
    const PortfolioStatus without = analyse_portfolio(p, at(date(2025, 1, 10)));
    EXPECT_FALSE(without.projects[0].forecast_range.eac_bottom_up);
    EXPECT_TRUE(without.earning_diagnostics.empty());
}

}  // namespace
}  // namespace pmocalc
