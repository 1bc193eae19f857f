#include "core/portfolio_analysis.hpp"

#include "core/planned_value.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using test::risk_entry;

constexpr auto task = test::task_entry;

Portfolio three_projects() {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}, {"B", "Beta", "", "", ""}, {"C", "Gamma", "", "", ""}};
    // A: the P6 example, 10 working days at 100/day; on day 5 EV 300, AC 600.
    p.tasks.push_back(task("A", "1", 1000, date(2025, 1, 6), date(2025, 1, 17), 0.3, 600.0));
    // B: on plan, no actual costs recorded.
    p.tasks.push_back(task("B", "1", 500, date(2025, 1, 6), date(2025, 1, 10), 1.0, std::nullopt));
    // C: starts later.
    p.tasks.push_back(task("C", "1", 200, date(2025, 2, 3), date(2025, 2, 7), 0.0, std::nullopt));
    return p;
}

AnalysisOptions at(Day status) {
    AnalysisOptions options;
    options.status_date = status;
    return options;
}

TEST(PortfolioAnalysis, ProjectFiguresFollowThePublishedExample) {
    const PortfolioStatus s = analyse_portfolio(three_projects(), at(date(2025, 1, 10)));
    const EvmFigures& a = s.projects[0].figures;
    EXPECT_DOUBLE_EQ(a.bac, 1000);
    EXPECT_DOUBLE_EQ(a.pv, 500);
    EXPECT_DOUBLE_EQ(a.ev, 300);
    EXPECT_EQ(a.ac, 600.0);
    EXPECT_DOUBLE_EQ(a.sv, -200);
    EXPECT_EQ(a.cv, -300.0);
    EXPECT_TRUE(close_enough(*a.spi, 0.6));
    EXPECT_TRUE(close_enough(*a.cpi, 0.5));
    EXPECT_TRUE(close_enough(*a.eac, 2000));
    EXPECT_TRUE(close_enough(*a.vac, -1000));
    // Working weeks from the plan's first day: PV 500 at the end of week 1
    // (6–10 Jan), 1000 at the end of week 2. ES 0.6, AT 1, SPI(t) = SPI.
    EXPECT_TRUE(close_enough(*a.es, 300.0 / 500.0));
    EXPECT_TRUE(close_enough(*a.at, 1.0));
    EXPECT_TRUE(close_enough(*a.svt, 0.6 - 1.0));
    EXPECT_TRUE(close_enough(*a.spit, 0.6));
    EXPECT_EQ(s.projects[0].rag, Rag::red);
}

TEST(PortfolioAnalysis, CountsProjectsByColour) {
    const RagCounts counts = count_rag(analyse_portfolio(three_projects(), at(date(2025, 1, 10))));
    EXPECT_EQ(counts.red, 1);
    EXPECT_EQ(counts.green, 1);
    EXPECT_EQ(counts.amber, 0);
    EXPECT_EQ(counts.none, 1);
}

TEST(PortfolioAnalysis, UndefinedFiguresStayEmpty) {
    const PortfolioStatus s = analyse_portfolio(three_projects(), at(date(2025, 1, 10)));
    const EvmFigures& b = s.projects[1].figures;
    EXPECT_FALSE(b.ac.has_value());
    EXPECT_FALSE(b.cpi.has_value());
    EXPECT_FALSE(b.eac.has_value());
    EXPECT_TRUE(close_enough(*b.spi, 1.0));
    EXPECT_EQ(s.projects[1].rag, Rag::green);  // SPI alone decides without costs
    const EvmFigures& c = s.projects[2].figures;
    EXPECT_DOUBLE_EQ(c.pv, 0);
    EXPECT_FALSE(c.spi.has_value());
    EXPECT_FALSE(s.projects[2].rag.has_value());  // not started: no colour rather than a fake one
}

// Found by fuzz_workbook: EV over a PV of a denormal budget gave SPI = inf.
TEST(PortfolioAnalysis, IndicesThatOverflowStayEmpty) {
    Portfolio p;
    p.projects = {{"A", "Alpha", "", "", ""}};
    p.tasks.push_back(task("A", "1", 1e-310, date(2025, 1, 6), date(2025, 1, 6), 0.0, std::nullopt));
    p.tasks.push_back(task("A", "2", 100, date(2025, 2, 3), date(2025, 2, 7), 1.0, 1e-310));
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    const EvmFigures& a = s.projects[0].figures;
    EXPECT_DOUBLE_EQ(a.ev, 100);
    EXPECT_GT(a.pv, 0);
    EXPECT_FALSE(a.spi.has_value());
    EXPECT_FALSE(a.cpi.has_value());
    EXPECT_FALSE(a.eac.has_value());
}

TEST(PortfolioAnalysis, PortfolioIndicesAreRatiosOfSums) {
    const PortfolioStatus s = analyse_portfolio(three_projects(), at(date(2025, 1, 10)));
    EXPECT_DOUBLE_EQ(s.figures.bac, 1700);
    EXPECT_DOUBLE_EQ(s.figures.pv, 1000);
    EXPECT_DOUBLE_EQ(s.figures.ev, 800);
    EXPECT_TRUE(close_enough(*s.figures.spi, 0.8));  // not the mean of 0.6 and 1.0
    EXPECT_EQ(s.figures.ac, 600.0);
    EXPECT_EQ(s.forecast_finish, date(2025, 2, 7));
    ASSERT_FALSE(s.s_curve.cumulative_pv.empty());
    EXPECT_DOUBLE_EQ(s.s_curve.cumulative_pv.back(), 1700);
    EXPECT_EQ(s.s_curve.origin, date(2025, 1, 4));  // periods end on Friday, the status date's weekday
    EXPECT_EQ(s.s_curve.period_end(0), date(2025, 1, 10));
}

TEST(PortfolioAnalysis, SCurveMatchesPlannedValueAtEveryPeriodEnd) {
    Portfolio p = three_projects();
    p.holidays = {date(2025, 1, 13)};
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    const WorkCalendar calendar(WeekendMask(), p.holidays);
    for (std::size_t k = 0; k < s.s_curve.cumulative_pv.size(); ++k) {
        double expected = 0;
        for (const Task& t : p.tasks)
            expected += planned_value({t.budget, t.start, t.finish}, s.s_curve.period_end(k), calendar);
        EXPECT_TRUE(close_enough(s.s_curve.cumulative_pv[k], expected)) << "period " << k + 1;
    }
}

TEST(PortfolioAnalysis, SlipIssuesRisksAndChanges) {
    Portfolio p = three_projects();
    Task gate = task("A", "M1", 0, date(2025, 1, 17), date(2025, 1, 17), 0, std::nullopt);
    gate.milestone = true;
    gate.forecast_finish = date(2025, 1, 21);
    p.tasks.push_back(gate);
    p.holidays = {date(2025, 1, 20)};
    p.issues = {{"A", "I1", "old", date(2024, 9, 1), std::nullopt, std::nullopt, "", {}},
                {"A", "I2", "overdue", date(2025, 1, 2), date(2025, 1, 8), std::nullopt, "", {}},
                {"B", "I3", "closed", date(2025, 1, 2), std::nullopt, date(2025, 1, 9), "", {}},
                {"B", "I4", "fresh", date(2025, 1, 9), date(2025, 1, 20), std::nullopt, "", {}}};
    p.risks = {risk_entry("A", "R1", "big", 0.5, 400, RiskKind::threat, true),
               risk_entry("A", "R2", "chance", 0.9, 100, RiskKind::opportunity, true),
               risk_entry("B", "R3", "gone", 0.9, 900, RiskKind::threat, false)};
    p.changes = {{"A", "CR1", "", 10.0, 2.0, ChangeRequest::Status::pending, {}},
                 {"A", "CR2", "", 5.0, 0.0, ChangeRequest::Status::approved, {}}};
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 1, 10)));
    ASSERT_EQ(s.slipped_milestones.size(), 1u);
    EXPECT_EQ(s.slipped_milestones[0].slip_days, 1);  // 20 Jan is a holiday
    // 30 % done on day 5 of 10: earned schedule forecasts IEAC(t) = 2 / 0.6 weeks
    // = 17 working days from 6 Jan, so 29 Jan (20 Jan is a holiday), later than
    // the milestone's own forecast; 7 working days after the planned 17 Jan.
    EXPECT_EQ(s.projects[0].forecast_method, ForecastMethod::earned_schedule);
    EXPECT_EQ(s.projects[0].forecast_finish, date(2025, 1, 29));
    EXPECT_EQ(s.projects[0].slip_days, 7);
    EXPECT_EQ(s.open_issues, 3);
    EXPECT_EQ(s.overdue_issues, 1);
    EXPECT_EQ(s.projects[0].open_issues, 2);
    EXPECT_EQ(s.projects[0].overdue_issues, 1);
    EXPECT_EQ(s.issue_aging, (std::array<int, 4>{1, 1, 0, 1}));
    EXPECT_EQ(s.risk_count, 3);
    EXPECT_EQ(s.open_risks, 2);
    EXPECT_DOUBLE_EQ(s.risk_exposure, 200);    // threats only
    EXPECT_DOUBLE_EQ(s.risk_emv, -200 + 90);   // opportunities count positive
    ASSERT_EQ(s.top_risks.size(), 2u);
    EXPECT_EQ(s.top_risks[0].risk->id, "R1");
    EXPECT_EQ(s.top_risks[0].probability_rank, 3);
    EXPECT_EQ(s.top_risks[0].impact_rank, 5);  // 400 of a 1000 budget
    EXPECT_EQ(s.heat_map[2][4], 1);
    EXPECT_EQ(s.pending_changes, 1);
    EXPECT_EQ(s.projects[0].pending_changes, 1);
}

TEST(PortfolioAnalysis, AFinishedProjectsClockStopsAtItsFinish) {
    Portfolio p;
    p.projects = {{"D", "Done", "", "", ""}};
    Task t = task("D", "1", 700, date(2025, 1, 6), date(2025, 1, 17), 1.0, 700.0);
    t.actual_finish = date(2025, 1, 17);
    p.tasks = {t};
    const PortfolioStatus s = analyse_portfolio(p, at(date(2025, 6, 30)));
    const EvmFigures& f = s.projects[0].figures;
    // Two working weeks of plan, done in two: ES = PD = 2, and the clock stops
    // on its finish (Fri 17 Jan, the 10th working day), not at the status date.
    EXPECT_TRUE(close_enough(*f.es, 2));
    EXPECT_TRUE(close_enough(*f.at, 2));
    EXPECT_TRUE(close_enough(*f.spit, 1));
    EXPECT_EQ(s.projects[0].forecast_method, ForecastMethod::finished);
    EXPECT_EQ(s.projects[0].forecast_finish, date(2025, 1, 17));
}

Portfolio one_project(double percent, std::optional<Day> forecast_finish = std::nullopt) {
    Portfolio p;
    p.projects = {{"P", "Project", "", "", ""}};
    Task t = task("P", "1", 1000, date(2025, 1, 6), date(2025, 1, 17), percent, 500.0);
    t.forecast_finish = forecast_finish;
    p.tasks = {t};
    return p;
}

TEST(PortfolioAnalysis, UnfinishedWorkIsForecastFromEarnedSchedule) {
    // 56 % done on its planned finish: not finished, so not on time.
    const PortfolioStatus s = analyse_portfolio(one_project(0.56), at(date(2025, 1, 17)));
    const ProjectStatus& p = s.projects[0];
    EXPECT_EQ(p.forecast_method, ForecastMethod::earned_schedule);
    // ES 5.6 of 10 working days at AT 10: IEAC(t) = 10 / 0.56 = 17.9, the 18th working day.
    EXPECT_EQ(p.forecast_finish, date(2025, 1, 29));
    EXPECT_GT(*p.forecast_finish, s.status_date);
    EXPECT_EQ(p.slip_days, 8);
}

TEST(PortfolioAnalysis, ForecastMethods) {
    EXPECT_EQ(analyse_portfolio(one_project(0), at(date(2025, 1, 3))).projects[0].forecast_method,
              ForecastMethod::not_started);
    const PortfolioStatus stalled = analyse_portfolio(one_project(0), at(date(2025, 1, 10)));
    EXPECT_EQ(stalled.projects[0].forecast_method, ForecastMethod::no_progress);
    EXPECT_EQ(stalled.projects[0].forecast_finish, date(2025, 1, 21));  // the 11 days of plan after 10 Jan
    const PortfolioStatus pm = analyse_portfolio(one_project(0.5, date(2025, 3, 31)), at(date(2025, 1, 10)));
    EXPECT_EQ(pm.projects[0].forecast_method, ForecastMethod::pm_forecast);
    EXPECT_EQ(pm.projects[0].forecast_finish, date(2025, 3, 31));
    const PortfolioStatus done = analyse_portfolio(one_project(1.0), at(date(2025, 2, 10)));
    EXPECT_EQ(done.projects[0].forecast_method, ForecastMethod::finished);
    EXPECT_EQ(done.projects[0].forecast_finish, date(2025, 1, 17));
    EXPECT_EQ(done.projects[0].slip_days, 0);
}

TEST(PortfolioAnalysis, WorkingDaysAsTheEarnedSchedulePeriod) {
    // The P6 example in days: ES 3, AT 5, SV(t) −2, SPI(t) 0.6.
    AnalysisOptions options = at(date(2025, 1, 10));
    options.es_period = EsPeriod::working_days;
    const PortfolioStatus s = analyse_portfolio(three_projects(), options);
    const EvmFigures& a = s.projects[0].figures;
    EXPECT_TRUE(close_enough(*a.es, 3));
    EXPECT_TRUE(close_enough(*a.at, 5));
    EXPECT_TRUE(close_enough(*a.svt, -2));
    EXPECT_TRUE(close_enough(*a.spit, 0.6));
    EXPECT_EQ(s.es_period, EsPeriod::working_days);
}

TEST(PortfolioAnalysis, ActualTimeStartsAtTheProjectsStart) {
    // Project C starts on Mon 3 Feb: on Wed 5 Feb it has run 3 working days,
    // whatever weekday the status date falls on.
    AnalysisOptions options = at(date(2025, 2, 5));
    options.es_period = EsPeriod::working_days;
    const PortfolioStatus s = analyse_portfolio(three_projects(), options);
    EXPECT_TRUE(close_enough(*s.projects[2].figures.at, 3));
}

TEST(PortfolioAnalysis, RiskRanks) {
    EXPECT_EQ(probability_rank(0.0), 1);
    EXPECT_EQ(probability_rank(0.2), 2);
    EXPECT_EQ(probability_rank(1.0), 5);
    EXPECT_EQ(impact_rank(3, 0, true), 3);
    EXPECT_EQ(impact_rank(5, 1000, false), 1);
    EXPECT_EQ(impact_rank(60, 1000, false), 3);
    EXPECT_EQ(impact_rank(250, 1000, false), 5);
}

}  // namespace
}  // namespace pmocalc
