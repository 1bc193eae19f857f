#include "core/reliability_growth.hpp"
#include "core/sheet_functions.hpp"

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

struct Curve {
    std::vector<double> days, found;
};

Curve gompertz(double a, double b, double c, double first_day, int points, double step) {
    Curve curve;
    for (int i = 0; i < points; ++i) {
        const double t = i * step;
        curve.days.push_back(first_day + t);
        curve.found.push_back(a * std::exp(-b * std::exp(-c * t)));
    }
    return curve;
}

Curve logistic(double a, double b, double c, int points, double step) {
    Curve curve;
    for (int i = 0; i < points; ++i) {
        const double t = i * step;
        curve.days.push_back(t);
        curve.found.push_back(a / (1 + b * std::exp(-c * t)));
    }
    return curve;
}

TEST(ReliabilityGrowth, RecoversAGeneratedGompertzCurve) {
    // 200 defects in all, inflection at ln(5)/0.15 ≈ day 10.7; observed to day 30.
    const Curve curve = gompertz(200, 5, 0.15, 45000, 31, 1);
    const GrowthResult result = fit_growth(GrowthModel::gompertz, curve.days, curve.found);
    ASSERT_TRUE(result.fit) << static_cast<int>(*result.problem);
    EXPECT_NEAR(result.fit->estimated_total, 200, 2);  // 1 %
    EXPECT_NEAR(result.fit->b, 5, 0.05);
    EXPECT_NEAR(result.fit->c, 0.15, 0.0015);
    EXPECT_NEAR(result.fit->latent, 200 - curve.found.back(), 2);
    EXPECT_NEAR(result.fit->convergence, curve.found.back() / 200, 0.01);
    EXPECT_GT(result.fit->r_squared, 0.9999);
    EXPECT_NEAR(result.fit->at(10), 200 * std::exp(-5 * std::exp(-1.5)), 1);
}

TEST(ReliabilityGrowth, RecoversAGompertzCurveSeenOnlyPastItsBend) {
    // Weekly counts up to day 21, just past the inflection (day 17.3): the
    // asymptote is still determined by exact data.
    const Curve curve = gompertz(500, 8, 0.12, 0, 4, 7);
    const GrowthResult result = fit_growth(GrowthModel::gompertz, curve.days, curve.found);
    ASSERT_TRUE(result.fit);
    EXPECT_NEAR(result.fit->estimated_total, 500, 5);
}

TEST(ReliabilityGrowth, RecoversAGeneratedLogisticCurve) {
    const Curve curve = logistic(120, 30, 0.25, 40, 1);
    const GrowthResult result = fit_growth(GrowthModel::logistic, curve.days, curve.found);
    ASSERT_TRUE(result.fit);
    EXPECT_NEAR(result.fit->estimated_total, 120, 1.2);
    EXPECT_NEAR(result.fit->c, 0.25, 0.0025);
}

TEST(ReliabilityGrowth, NoisyCountsStillGiveTheTotalApproximately) {
    Curve curve = gompertz(300, 6, 0.1, 0, 50, 1);
    for (std::size_t i = 0; i < curve.found.size(); ++i)
        curve.found[i] = std::round(curve.found[i]);  // whole defects
    const GrowthResult result = fit_growth(GrowthModel::gompertz, curve.days, curve.found);
    ASSERT_TRUE(result.fit);
    EXPECT_NEAR(result.fit->estimated_total, 300, 6);
}

TEST(ReliabilityGrowth, CountsBeforeTheInflectionGiveNoEstimate) {
    // Gompertz(200, 5, 0.15) bends at day 10.7 (73.6 found): up to day 8 the total is a guess.
    const Curve early = gompertz(200, 5, 0.15, 0, 9, 1);
    EXPECT_EQ(fit_growth(GrowthModel::gompertz, early.days, early.found).problem, GrowthProblem::not_bending);
    const Curve later = gompertz(200, 5, 0.15, 0, 14, 1);
    EXPECT_TRUE(fit_growth(GrowthModel::gompertz, later.days, later.found).fit);
}

TEST(ReliabilityGrowth, InputsThatCannotBeFitted) {
    const std::vector<double> three{0, 1, 2}, counts3{1, 2, 3};
    EXPECT_EQ(fit_growth(GrowthModel::gompertz, three, counts3).problem, GrowthProblem::too_few_points);
    const std::vector<double> days{0, 1, 2, 3, 4}, falling{1, 2, 5, 4, 6};
    EXPECT_EQ(fit_growth(GrowthModel::gompertz, days, falling).problem, GrowthProblem::not_increasing);
    const std::vector<double> none{0, 0, 0, 0, 0};
    EXPECT_EQ(fit_growth(GrowthModel::logistic, days, none).problem, GrowthProblem::no_defects);
    const std::vector<double> same_day{3, 3, 3, 3, 3}, counts{1, 2, 3, 4, 5};
    EXPECT_EQ(fit_growth(GrowthModel::gompertz, same_day, counts).problem, GrowthProblem::too_few_points);
}

TEST(ReliabilityGrowth, ModelNames) {
    EXPECT_EQ(*parse_growth_model(""), GrowthModel::gompertz);
    EXPECT_EQ(*parse_growth_model("Gompertz"), GrowthModel::gompertz);
    EXPECT_EQ(*parse_growth_model("ロジスティック"), GrowthModel::logistic);
    EXPECT_EQ(*parse_growth_model(" LOGISTIC "), GrowthModel::logistic);
    EXPECT_FALSE(parse_growth_model("weibull"));
    EXPECT_EQ(growth_model_code(GrowthModel::logistic), "logistic");
}

CellRange column_of(const std::vector<double>& values) {
    std::vector<Cell> cells(values.begin(), values.end());
    return CellRange::column(cells);
}

TEST(SheetDefects, EstimatedTotalAndItsErrors) {
    const Curve curve = gompertz(200, 5, 0.15, 45000, 31, 1);
    const auto total = sheet::defects(column_of(curve.days), column_of(curve.found), std::nullopt);
    ASSERT_TRUE(total.ok()) << total.problem().reason();
    EXPECT_NEAR(*total, 200, 2);
    const Curve l = logistic(120, 30, 0.25, 40, 1);
    EXPECT_NEAR(*sheet::defects(column_of(l.days), column_of(l.found), CellRange::single(std::string("logistic"))),
                120, 1.2);

    const Curve early = gompertz(200, 5, 0.15, 0, 9, 1);
    const auto none = sheet::defects(column_of(early.days), column_of(early.found), std::nullopt);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.problem().fault, Fault::not_available);
    EXPECT_EQ(none.problem().reason(),
              "the counts have not passed the Gompertz curve's inflection point yet: the total cannot be estimated");
    const auto falling = sheet::defects(column_of({1, 2, 3, 4}), column_of({1, 5, 4, 6}), std::nullopt);
    EXPECT_EQ(falling.problem().reason(), "cumulativeFound, row 3: the cumulative count must not fall: 4 after 5");
    const auto backwards = sheet::defects(column_of({1, 3, 2, 4}), column_of({1, 2, 3, 4}), std::nullopt);
    EXPECT_EQ(backwards.problem().reason(), "dates, row 3: the dates must be in ascending order");
    const auto unknown = sheet::defects(column_of(curve.days), column_of(curve.found),
                                        CellRange::single(std::string("weibull")));
    EXPECT_EQ(unknown.problem().fault, Fault::invalid_input);
}

}  // namespace
}  // namespace pmocalc
