#include "core/schedule_risk.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

// Tolerances follow from the iteration count N: four standard errors, so a
// correct simulation fails one run in ~16,000 per check — and the seed is
// fixed, so a run that passes always passes.
constexpr std::size_t N = 20000;
constexpr double standard_errors = 4;

double proportion_tolerance(double p) { return standard_errors * std::sqrt(p * (1 - p) / N); }

ScheduleNetwork network_of(const std::vector<NetworkTask>& tasks) {
    NetworkBuild build = build_network(tasks);
    EXPECT_TRUE(build.problems.empty());
    return std::move(*build.network);
}

SimulationSettings settings(std::size_t iterations = N) {
    SimulationSettings s;
    s.iterations = iterations;
    return s;
}

const ThreePointEstimate symmetric{80, 100, 120};

TEST(ScheduleRisk, TriangularQuantiles) {
    EXPECT_DOUBLE_EQ(triangular_quantile(symmetric, 0), 80);
    EXPECT_DOUBLE_EQ(triangular_quantile(symmetric, 0.5), 100);
    EXPECT_DOUBLE_EQ(triangular_quantile(symmetric, 0.125), 90);  // F(90) = 10²/(40·20)
    EXPECT_NEAR(triangular_quantile({10, 20, 60}, 0.5), 60 - std::sqrt(1000.0), 1e-12);
    EXPECT_DOUBLE_EQ(triangular_quantile({7, 7, 7}, 0.3), 7);
    EXPECT_DOUBLE_EQ(triangular_quantile({0, 0, 10}, 0.75), 5);  // mode at the low end
}

TEST(ScheduleRisk, OneTaskMedianAndMean) {
    const auto one = network_of({{"1", ""}});
    const auto result = simulate(one, std::vector{symmetric}, {}, settings());
    // σ = √((a²+b²+c²−ab−ac−bc)/18) = 8.165; the mean's standard error σ/√N,
    // the median's 1/(2 f(median) √N) with f(100) = 2/(b−a) = 0.05.
    const double sigma = std::sqrt(1200.0 / 18);
    EXPECT_NEAR(result.mean(), 100, standard_errors * sigma / std::sqrt(double(N)));
    EXPECT_NEAR(result.percentile(0.5), 100, standard_errors / (2 * 0.05 * std::sqrt(double(N))));

    const auto skewed = simulate(one, std::vector<ThreePointEstimate>{{10, 20, 60}}, {}, settings());
    const double skewed_sigma = std::sqrt((100 + 400 + 3600 - 200 - 600 - 1200) / 18.0);
    EXPECT_NEAR(skewed.mean(), 30, standard_errors * skewed_sigma / std::sqrt(double(N)));
    // f at the median 28.38 is 2(60 − m)/((60−10)(60−20)).
    const double median = 60 - std::sqrt(1000.0);
    const double density = 2 * (60 - median) / (50.0 * 40.0);
    EXPECT_NEAR(skewed.percentile(0.5), median, standard_errors / (2 * density * std::sqrt(double(N))));
}

TEST(ScheduleRisk, MergeBiasOfParallelTasks) {
    // P(finish ≤ mode) = 0.5ⁿ for n parallel triangular(80, 100, 120) tasks.
    const auto two = network_of({{"a", ""}, {"b", ""}});
    const auto four = network_of({{"a", ""}, {"b", ""}, {"c", ""}, {"d", ""}});
    const auto r2 = simulate(two, std::vector(2, symmetric), {}, settings());
    const auto r4 = simulate(four, std::vector(4, symmetric), {}, settings());
    EXPECT_NEAR(r2.probability_within(100), 0.25, proportion_tolerance(0.25));
    EXPECT_NEAR(r4.probability_within(100), 0.0625, proportion_tolerance(0.0625));
    for (double c : r4.criticality)
        EXPECT_NEAR(c, 0.25, proportion_tolerance(0.25));
}

TEST(ScheduleRisk, DegenerateEstimatesGiveExactlyTheCriticalPath) {
    const std::vector<NetworkTask> tasks{{"A", ""}, {"B", "A SS+2"}, {"C", "BFF+1"}, {"D", "CSF+3"}, {"E", "AFS-1"}};
    const std::vector<double> durations{5, 3, 4, 2, 1.7};
    const auto network = network_of(tasks);
    std::vector<ThreePointEstimate> fixed;
    for (double d : durations)
        fixed.push_back({d, d, d});
    const auto result = simulate(network, fixed, {}, settings(1000));
    const CriticalPath cpm = critical_path(network, durations);
    EXPECT_EQ(result.percentile(0.5), cpm.finish);
    EXPECT_EQ(result.percentile(0.95), cpm.finish);
    EXPECT_EQ(result.probability_within(cpm.finish), 1.0);
    EXPECT_EQ(result.probability_within(cpm.finish - 0.01), 0.0);
    for (std::size_t i = 0; i < durations.size(); ++i) {
        EXPECT_EQ(result.criticality[i], cpm.critical[i] ? 1.0 : 0.0) << i;
        EXPECT_EQ(result.sensitivity[i], 0.0);
    }
}

TEST(ScheduleRisk, SameSeedSameResultsOnAnyNumberOfThreads) {
    const auto network = network_of({{"1", ""}, {"2", "1"}, {"3", "1SS+2"}, {"4", "2;3FF"}, {"5", "4"}});
    const std::vector<ThreePointEstimate> estimates{{1, 2, 4}, {3, 5, 9}, {2, 6, 7}, {1, 1, 3}, {0, 2, 2}};
    const std::vector<ScheduleRiskEvent> events{{1, 0.3, 4}};
    SimulationSettings s = settings(5000);
    s.threads = 1;
    const auto one = simulate(network, estimates, events, s);
    for (unsigned threads : {2u, 3u, 16u}) {
        s.threads = threads;
        const auto many = simulate(network, estimates, events, s);
        EXPECT_EQ(many.finishes, one.finishes) << threads;
        EXPECT_EQ(many.criticality, one.criticality) << threads;
        EXPECT_EQ(many.sensitivity, one.sensitivity) << threads;
    }
    s.seed = 7;
    EXPECT_NE(simulate(network, estimates, events, s).finishes, one.finishes);
}

TEST(ScheduleRisk, CriticalityAndSensitivityFollowTheDrivingTask) {
    // Chain a → b, in parallel with c: c (fixed 10) is critical only when a + b < 10.
    const auto network = network_of({{"a", ""}, {"b", "a"}, {"c", ""}});
    const std::vector<ThreePointEstimate> estimates{{1, 5, 9}, {4, 5, 6}, {10, 10, 10}};
    const auto result = simulate(network, estimates, {}, settings());
    // a + b < 10 exactly when a < 10 − b; by symmetry of both about 5, P = 0.5.
    EXPECT_NEAR(result.criticality[2], 0.5, proportion_tolerance(0.5));
    EXPECT_NEAR(result.criticality[0], 0.5, proportion_tolerance(0.5));
    EXPECT_GT(result.sensitivity[0], result.sensitivity[1]);  // a varies more than b
    EXPECT_GT(result.sensitivity[0], 0.6);
    EXPECT_EQ(result.sensitivity[2], 0.0);
}

TEST(ScheduleRisk, RiskEventsAddTheirImpactWithTheirProbability) {
    const auto network = network_of({{"1", ""}, {"2", "1"}});
    const std::vector<ThreePointEstimate> fixed{{3, 3, 3}, {4, 4, 4}};
    const std::vector<ScheduleRiskEvent> certain{{0, 1.0, 5}};
    EXPECT_EQ(simulate(network, fixed, certain, settings(1000)).percentile(0), 12);
    const std::vector<ScheduleRiskEvent> likely{{1, 0.3, 2}};
    const auto result = simulate(network, fixed, likely, settings());
    EXPECT_NEAR(1 - result.probability_within(7), 0.3, proportion_tolerance(0.3));
    EXPECT_EQ(result.finishes.back(), 9);
}

TEST(ScheduleRisk, DrawsAreTheStandardEnginesStream) {
    // The documented scheme, replayed with the standard library's engine:
    // block 0's stream, one uniform per iteration for the only task.
    const ThreePointEstimate estimate{2, 3, 7};
    const auto network = network_of({{"1", ""}});
    SimulationSettings s = settings(block_iterations);
    s.seed = 12345;
    const auto result = simulate(network, std::vector{estimate}, {}, s);
    std::mt19937_64 engine(simulation_block_seed(12345, 0));
    std::vector<double> expected;
    for (std::size_t i = 0; i < block_iterations; ++i)
        expected.push_back(triangular_quantile(estimate, static_cast<double>(engine() >> 11) * 0x1.0p-53));
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(result.finishes, expected);
}

TEST(ScheduleRisk, PercentileInterpolatesLikePercentileInc) {
    SimulationResult r;
    r.finishes = {1, 2, 4, 8};
    EXPECT_DOUBLE_EQ(r.percentile(0), 1);
    EXPECT_DOUBLE_EQ(r.percentile(1), 8);
    EXPECT_DOUBLE_EQ(r.percentile(0.5), 3);          // PERCENTILE({1;2;4;8};0.5)
    EXPECT_DOUBLE_EQ(r.percentile(0.8), 4 + 0.4 * 4);  // h = 2.4
    EXPECT_DOUBLE_EQ(r.probability_within(4), 0.75);
}

}  // namespace
}  // namespace pmocalc
