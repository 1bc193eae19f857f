#include "core/quality.hpp"

#include <cmath>

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

Day day(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

Project project(std::string id) {
    Project p;
    p.id = id;
    p.name = "Project " + id;
    return p;
}

TestCount count(std::string project, Day date, std::optional<double> planned, std::optional<double> executed,
                std::optional<double> passed) {
    return {std::move(project), date, planned, executed, passed, {"Tests", 1}};
}

DefectEntry defect(std::string project, std::string id, Day found, std::optional<Day> closed,
                   std::string severity = "") {
    return {std::move(project), std::move(id), "", found, closed, std::move(severity), "", {"Defects", 1}};
}

const ProjectQuality& of(const QualityStatus& q, const std::string& id) {
    for (const ProjectQuality& p : q.projects)
        if (p.project_id == id)
            return p;
    throw std::runtime_error("no quality figures of " + id);
}

TEST(Quality, NothingWithoutTestsOrDefectsSheets) {
    Portfolio p;
    p.projects = {project("P1")};
    EXPECT_FALSE(analyse_quality(p, day(2025, 6, 10)));
}

TEST(Quality, CumulativeCountsPerDateStandUntilTheNextRow) {
    Portfolio p;
    p.projects = {project("P1"), project("P2")};
    p.quality.has_test_sheet = true;
    p.quality.test_counts = {count("P1", day(2025, 6, 2), 10, 8, 7), count("P1", day(2025, 6, 9), 20, 15, 12),
                             count("P1", day(2025, 6, 16), 30, std::nullopt, std::nullopt),
                             count("P2", day(2025, 6, 3), 4, 4, 4)};
    const auto q = analyse_quality(p, day(2025, 6, 10));
    ASSERT_TRUE(q);
    const QualityFigures& p1 = of(*q, "P1").figures;
    EXPECT_TRUE(p1.has_tests);
    EXPECT_FALSE(p1.has_defects);
    EXPECT_EQ(p1.tests_planned, 20);
    EXPECT_EQ(p1.tests_executed, 15);
    EXPECT_EQ(p1.tests_passed, 12);
    EXPECT_EQ(p1.tests_planned_total, 30);
    EXPECT_DOUBLE_EQ(*p1.execution_rate, 0.75);  // 消化率 15 / 20
    EXPECT_DOUBLE_EQ(*p1.pass_rate, 0.8);        // 合格率 12 / 15
    // The portfolio adds each project's standing count: 20 + 4 planned, 15 + 4 executed.
    EXPECT_EQ(q->portfolio.tests_planned, 24);
    EXPECT_EQ(q->portfolio.tests_executed, 19);
    EXPECT_EQ(q->portfolio.tests_passed, 16);
    EXPECT_EQ(q->portfolio.tests_planned_total, 34);
    // Weeks end on the status date (a Tuesday): 06-03, 06-10, then the plan's 06-17.
    ASSERT_EQ(p1.test_curve.size(), 3u);
    EXPECT_EQ(p1.test_curve[0].period_end, day(2025, 6, 3));
    EXPECT_EQ(p1.test_curve[0].planned, 10);
    EXPECT_EQ(*p1.test_curve[0].executed, 8);
    EXPECT_EQ(p1.test_curve[1].planned, 20);
    EXPECT_EQ(*p1.test_curve[1].passed, 12);
    EXPECT_EQ(p1.test_curve[2].planned, 30);
    EXPECT_FALSE(p1.test_curve[2].executed);  // beyond the status date
}

TEST(Quality, TestCasesCountByTheirDatesAndResults) {
    Portfolio p;
    p.projects = {project("P1")};
    p.quality.has_test_sheet = true;
    using R = TestCase::Result;
    p.quality.test_cases = {
        {"P1", "T1", day(2025, 6, 1), day(2025, 6, 3), R::pass, {}},
        {"P1", "T2", day(2025, 6, 2), day(2025, 6, 5), R::fail, {}},
        {"P1", "T3", day(2025, 6, 20), std::nullopt, R::none, {}},
        {"P1", "T4", std::nullopt, std::nullopt, R::pass, {}},  // run, date not recorded
        {"P1", "T5", day(2025, 6, 4), day(2025, 6, 30), R::pass, {}},  // run after the status date
    };
    const auto q = analyse_quality(p, day(2025, 6, 10));
    ASSERT_TRUE(q);
    const QualityFigures& f = of(*q, "P1").figures;
    EXPECT_EQ(f.tests_planned, 3);   // T1, T2, T5 planned by 06-10
    EXPECT_EQ(f.tests_executed, 3);  // T1, T2 and the undated T4
    EXPECT_EQ(f.tests_passed, 2);    // T1, T4
    EXPECT_EQ(f.tests_planned_total, 5);
    EXPECT_DOUBLE_EQ(*f.execution_rate, 1.0);
    EXPECT_DOUBLE_EQ(*f.pass_rate, 2.0 / 3);
}

TEST(Quality, RatesAreUndefinedBeforeAnythingWasPlannedOrRun) {
    Portfolio p;
    p.projects = {project("P1")};
    p.quality.has_test_sheet = true;
    p.quality.test_counts = {count("P1", day(2025, 7, 1), 10, std::nullopt, std::nullopt)};
    const auto q = analyse_quality(p, day(2025, 6, 10));
    const QualityFigures& f = of(*q, "P1").figures;
    EXPECT_FALSE(f.execution_rate);
    EXPECT_FALSE(f.pass_rate);
    EXPECT_EQ(f.tests_planned_total, 10);
}

TEST(Quality, DefectsFoundClosedAndOpenBySeverityAndDensity) {
    Portfolio p;
    p.projects = {project("P1"), project("P2")};
    p.quality.sizes = {{"P1", 2.0, "KLOC"}, {"P2", 8.0, "KLOC"}};
    p.quality.has_defect_sheet = true;
    p.quality.defect_sheet = "Defects";
    p.quality.defects = {defect("P1", "B1", day(2025, 6, 2), day(2025, 6, 4), "High"),
                         defect("P1", "B2", day(2025, 6, 3), std::nullopt, "Low"),
                         defect("P1", "B3", day(2025, 6, 5), day(2025, 6, 20), "High"),  // closed after the status date
                         defect("P1", "B4", day(2025, 6, 12), std::nullopt, "High"),     // found after it
                         defect("P2", "B1", day(2025, 6, 2), day(2025, 6, 3), "Low")};
    const auto q = analyse_quality(p, day(2025, 6, 10));
    ASSERT_TRUE(q);
    const QualityFigures& f = of(*q, "P1").figures;
    EXPECT_EQ(f.defects_found, 3);
    EXPECT_EQ(f.defects_closed, 1);
    EXPECT_EQ(f.defects_open, 2);
    ASSERT_EQ(f.by_severity.size(), 2u);
    EXPECT_EQ(f.by_severity[0].severity, "High");
    EXPECT_EQ(f.by_severity[0].found, 2);
    EXPECT_EQ(f.by_severity[0].open, 1);
    EXPECT_EQ(f.by_severity[1].open, 1);
    EXPECT_DOUBLE_EQ(*f.density, 1.5);  // 3 defects / 2 KLOC
    EXPECT_EQ(f.size_unit, "KLOC");
    // The portfolio: 4 defects over 10 KLOC.
    EXPECT_EQ(q->portfolio.defects_found, 4);
    EXPECT_DOUBLE_EQ(*q->portfolio.density, 0.4);
    // Two weeks of counts are too few for a curve, and that is said.
    EXPECT_EQ(f.growth.problem, GrowthProblem::too_few_points);
    ASSERT_EQ(q->diagnostics.size(), 3u);  // P1, P2 and the portfolio
    EXPECT_EQ(q->diagnostics[0].message.id, Msg::growth_no_estimate);
    EXPECT_EQ(q->diagnostics[2].message.render(Language::en),
              "Portfolio: no estimate of the total defects yet: fewer than 4 weeks of defect counts");
    EXPECT_EQ(q->diagnostics[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(q->diagnostics[0].sheet, "Defects");
}

TEST(Quality, PortfolioDensityOnlyWhenTheUnitsAgree) {
    Portfolio p;
    p.projects = {project("P1"), project("P2")};
    p.quality.sizes = {{"P1", 2.0, "KLOC"}, {"P2", 100.0, "FP"}};
    p.quality.has_defect_sheet = true;
    p.quality.defects = {defect("P1", "B1", day(2025, 6, 2), std::nullopt), defect("P2", "B1", day(2025, 6, 2), std::nullopt)};
    const auto q = analyse_quality(p, day(2025, 6, 10));
    EXPECT_DOUBLE_EQ(*of(*q, "P2").figures.density, 0.01);
    EXPECT_FALSE(q->portfolio.density);
}

// Defects found day by day so that the weekly cumulative counts follow
// round(a·exp(−b·exp(−c·t))), t in days from the first week's end.
std::vector<DefectEntry> gompertz_defects(const std::string& project, Day first, double a, double b, double c,
                                          int weeks) {
    std::vector<DefectEntry> out;
    double before = 0;
    for (int k = 0; k < weeks; ++k) {
        const double now = std::round(a * std::exp(-b * std::exp(-c * 7 * k)));
        for (int n = 0; n < static_cast<int>(now - before); ++n)
            out.push_back(defect(project, std::to_string(k) + "-" + std::to_string(n), first + 7 * k, std::nullopt));
        before = now;
    }
    return out;
}

TEST(Quality, RecoversAGeneratedGompertzSeriesToOnePercent) {
    Portfolio p;
    p.projects = {project("P1")};
    p.quality.has_defect_sheet = true;
    // 4,000 defects in all, inflection at ln(6)/0.03 ≈ day 60 (week 9); observed 20 weeks.
    const Day first = day(2025, 3, 4);
    p.quality.defects = gompertz_defects("P1", first, 4000, 6, 0.03, 20);
    const Day status = first + 7 * 19;
    const auto q = analyse_quality(p, status);
    const QualityFigures& f = of(*q, "P1").figures;
    ASSERT_TRUE(f.growth.fit) << growth_problem_code(*f.growth.problem);
    EXPECT_EQ(f.growth.fit->model, GrowthModel::gompertz);
    EXPECT_NEAR(f.growth.fit->estimated_total, 4000, 40);
    EXPECT_EQ(f.defects_found, static_cast<int>(p.quality.defects.size()));
    EXPECT_NEAR(f.growth.fit->latent, 4000 - f.defects_found, 40);
    EXPECT_NEAR(f.growth.fit->convergence, f.defects_found / 4000.0, 0.01);
    EXPECT_TRUE(q->diagnostics.empty());
    // 20 weeks observed, and the fitted curve max(4, 20 / 4) = 5 weeks beyond.
    ASSERT_EQ(f.defect_curve.size(), 25u);
    EXPECT_EQ(f.defect_curve[0].period_end, first);
    EXPECT_EQ(*f.defect_curve[19].found, f.defects_found);
    EXPECT_FALSE(f.defect_curve[20].found);
    EXPECT_NEAR(*f.defect_curve[10].fitted, 4000 * std::exp(-6 * std::exp(-0.03 * 70)), 40);
}

TEST(Quality, BeforeTheInflectionThereIsNoEstimateAndItIsSaid) {
    Portfolio p;
    p.projects = {project("P1")};
    p.quality.has_defect_sheet = true;
    p.quality.defect_sheet = "Defects";
    // Inflection at ln(8)/0.02 ≈ day 104; observed 7 weeks.
    const Day first = day(2025, 3, 4);
    p.quality.defects = gompertz_defects("P1", first, 800, 8, 0.02, 7);
    const auto q = analyse_quality(p, first + 7 * 6);
    const QualityFigures& f = of(*q, "P1").figures;
    EXPECT_FALSE(f.growth.fit);
    EXPECT_EQ(f.growth.problem, GrowthProblem::not_bending);
    ASSERT_EQ(q->diagnostics.size(), 2u);  // the project and the portfolio (the same curve)
    EXPECT_EQ(q->diagnostics[0].message.render(Language::en),
              "Project P1: no estimate of the total defects yet: the cumulative count has not yet passed the curve's "
              "inflection point");
    EXPECT_FALSE(f.defect_curve.back().fitted);  // no fitted curve is drawn
}

TEST(Quality, ChartDataStayBoundedWhateverTheDatesSpan) {
    Portfolio p;
    p.projects = {project("P1")};
    p.quality.has_test_sheet = true;
    p.quality.has_defect_sheet = true;
    p.quality.test_counts = {count("P1", day(1900, 1, 1), 1, 1, 1), count("P1", day(2199, 12, 31), 2, 2, 2)};
    p.quality.defects = {defect("P1", "B1", day(1900, 1, 1), std::nullopt), defect("P1", "B2", day(2199, 12, 1), std::nullopt)};
    const auto q = analyse_quality(p, day(2199, 12, 31));
    const QualityFigures& f = of(*q, "P1").figures;
    EXPECT_EQ(f.test_curve.size(), 520u);
    EXPECT_LE(f.defect_curve.size(), 520u);
    EXPECT_EQ(f.defect_weeks, f.defect_curve.size());  // every 31st week: 15,650 weeks in 505 steps
    EXPECT_EQ(f.defect_curve.back().period_end, day(2199, 12, 31));
    EXPECT_EQ(f.tests_executed, 2);
    EXPECT_EQ(f.defects_found, 2);
    EXPECT_TRUE(f.growth.problem);
}

}  // namespace
}  // namespace pmocalc
