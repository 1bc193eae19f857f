#include "core/portfolio_selection.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace pmocalc {
namespace {

using Candidates = std::vector<SelectionCandidate>;

std::vector<bool> chosen_of(const Candidates& candidates, const SelectionLimits& limits) {
    const auto result = select_candidates(candidates, limits);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problem().reason());
    if (!result.ok())
        return {};
    EXPECT_EQ(result->proof, SelectionProof::optimal);
    return result->chosen;
}

// Every subset, the documented rule spelled out: feasible sets without a
// zero-value candidate; the best total V; among those worth at least
// V − tolerance, the first in row order (row 1 the most significant bit).
std::vector<bool> brute_force(const Candidates& candidates, const SelectionLimits& limits) {
    const std::size_t n = candidates.size();
    std::vector<double> totals(std::size_t{1} << n, -1);
    double best = 0;
    for (std::uint32_t mask = 0; mask < totals.size(); ++mask) {
        double value = 0, cost = 0, people = 0;
        bool usable = true;
        for (std::size_t row = 0; row < n; ++row) {
            if (!(mask >> (n - 1 - row) & 1))
                continue;
            usable = usable && candidates[row].value > 0;
            value += candidates[row].value;
            cost += candidates[row].cost;
            people += candidates[row].people;
        }
        if (!usable || !within_limit(cost, limits.budget) || (limits.people && !within_limit(people, *limits.people)))
            continue;
        totals[mask] = value;
        best = std::max(best, value);
    }
    const double threshold = best - selection_tie_tolerance * std::max(1.0, best);
    std::uint32_t first = 0;
    for (std::uint32_t mask = 0; mask < totals.size(); ++mask)
        if (totals[mask] >= threshold)
            first = mask;  // the largest qualifying mask is the first in row order
    std::vector<bool> chosen(n);
    for (std::size_t row = 0; row < n; ++row)
        chosen[row] = first >> (n - 1 - row) & 1;
    return chosen;
}

TEST(PortfolioSelection, MatchesBruteForceOnRandomSmallInstances) {
    std::mt19937 rng(20261129);
    for (int instance = 0; instance < 3000; ++instance) {
        const std::size_t n = 1 + rng() % 14;
        const bool with_people = instance % 2 == 1;
        // Small integers make many ties; every fourth instance has fractional money.
        const bool fractional = instance % 4 == 3;
        Candidates candidates(n);
        double cost_sum = 0, people_sum = 0;
        for (auto& c : candidates) {
            c.value = static_cast<double>(rng() % 11);  // 0 included: never chosen
            c.cost = static_cast<double>(rng() % 9);    // 0 included: free projects
            if (fractional) {
                c.value += (rng() % 1000) / 1000.0;
                c.cost += (rng() % 1000) / 1000.0;
            }
            c.people = static_cast<double>(rng() % 5);
            cost_sum += c.cost;
            people_sum += c.people;
        }
        SelectionLimits limits{std::floor(cost_sum * (rng() % 101) / 100.0), std::nullopt};
        if (with_people)
            limits.people = std::floor(people_sum * (rng() % 101) / 100.0);
        const auto expected = brute_force(candidates, limits);
        ASSERT_EQ(chosen_of(candidates, limits), expected) << "instance " << instance << ", n = " << n;
    }
}

TEST(PortfolioSelection, GreedyByValuePerCostIsWrongHere) {
    // Budget 10. By value per cost C comes first (10/6 = 1.67 > 6/5 = 1.2);
    // after C (cost 6) neither A nor B fits (6 + 5 = 11 > 10): greedy gets 10.
    // A + B costs 10 and is worth 12: the optimum.
    const Candidates candidates{{6, 5, 0}, {6, 5, 0}, {10, 6, 0}};
    const auto result = select_candidates(candidates, {10, std::nullopt});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->chosen, (std::vector<bool>{true, true, false}));
    EXPECT_DOUBLE_EQ(result->total_value, 12);
    EXPECT_DOUBLE_EQ(result->total_cost, 10);
    EXPECT_EQ(result->proof, SelectionProof::optimal);
}

TEST(PortfolioSelection, TiesGoToTheFirstRows) {
    // Two equal projects, room for one: the first row.
    EXPECT_EQ(chosen_of({{5, 5, 0}, {5, 5, 0}}, {5, std::nullopt}), (std::vector<bool>{true, false}));
    // {row 1} and {rows 2, 3} are both worth 5 within budget 5: at row 1 they
    // differ, and the first set includes it.
    EXPECT_EQ(chosen_of({{5, 5, 0}, {3, 2, 0}, {2, 3, 0}}, {5, std::nullopt}),
              (std::vector<bool>{true, false, false}));
    // Row 1 is in no optimal set; {rows 2, 4} and {rows 3, 4} are worth 7
    // (4 + 3): at row 2 they differ, so rows 2 and 4.
    EXPECT_EQ(chosen_of({{1, 5, 0}, {4, 3, 0}, {4, 3, 0}, {3, 2, 0}}, {5, std::nullopt}),
              (std::vector<bool>{false, true, false, true}));
    // 0.1 + 0.2 = 0.30000000000000004 is more than 0.3 only by rounding: within
    // the tie tolerance, so row 1's 0.3 wins.
    EXPECT_EQ(chosen_of({{0.3, 2, 0}, {0.1, 1, 0}, {0.2, 1, 0}}, {2, std::nullopt}),
              (std::vector<bool>{true, false, false}));
}

TEST(PortfolioSelection, ZeroBudgetTakesOnlyFreeProjects) {
    const auto result = select_candidates({{5, 1, 0}, {2, 0, 0}, {0, 0, 0}, {7, 3, 0}}, {0, std::nullopt});
    ASSERT_TRUE(result.ok());
    // The free project worth 2 is chosen; the free one worth 0 is not (it adds nothing).
    EXPECT_EQ(result->chosen, (std::vector<bool>{false, true, false, false}));
    EXPECT_DOUBLE_EQ(result->total_value, 2);
    EXPECT_DOUBLE_EQ(result->total_cost, 0);
}

TEST(PortfolioSelection, EverythingFits) {
    // Costs 1 + 2 + 3 = 6 ≤ 6: all three; value 4 + 5 + 6 = 15.
    const auto result = select_candidates({{4, 1, 0}, {5, 2, 0}, {6, 3, 0}}, {6, std::nullopt});
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->chosen, (std::vector<bool>{true, true, true}));
    EXPECT_DOUBLE_EQ(result->total_value, 15);
}

TEST(PortfolioSelection, MoneyRoundingDoesNotExcludeAnExactFit) {
    // 0.1 + 0.2 = 0.30000000000000004 > 0.3 in doubles; the budget holds both.
    EXPECT_EQ(chosen_of({{1, 0.1, 0}, {1, 0.2, 0}}, {0.3, std::nullopt}), (std::vector<bool>{true, true}));
}

TEST(PortfolioSelection, PeopleLimitBinds) {
    // Budget 100 holds all; 5 people hold A (3) + C (2) = value 9 or B (4) = 8
    // or A alone: A + C.
    const Candidates candidates{{5, 10, 3}, {8, 10, 4}, {4, 10, 2}};
    EXPECT_EQ(chosen_of(candidates, {100, 5.0}), (std::vector<bool>{true, false, true}));
    // Without the people limit all three.
    EXPECT_EQ(chosen_of(candidates, {100, std::nullopt}), (std::vector<bool>{true, true, true}));
}

TEST(PortfolioSelection, EmptyCandidateList) {
    const auto result = select_candidates({}, {10, std::nullopt});
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->chosen.empty());
    EXPECT_EQ(result->total_value, 0);
}

TEST(PortfolioSelection, InvalidInputsAreProblemsNamingTheCandidate) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto negative_value = select_candidates({{1, 1, 0}, {-2, 1, 0}}, {5, std::nullopt});
    ASSERT_FALSE(negative_value.ok());
    EXPECT_EQ(negative_value.problem().fault, Fault::invalid_input);
    EXPECT_NE(negative_value.problem().reason().find("candidate 2"), std::string::npos)
        << negative_value.problem().reason();
    EXPECT_NE(negative_value.problem().reason().find("value"), std::string::npos);
    const auto nan_cost = select_candidates({{1, nan, 0}}, {5, std::nullopt});
    ASSERT_FALSE(nan_cost.ok());
    EXPECT_NE(nan_cost.problem().reason().find("cost"), std::string::npos) << nan_cost.problem().reason();
    const auto infinite_cost = select_candidates({{1, std::numeric_limits<double>::infinity(), 0}}, {5, std::nullopt});
    EXPECT_FALSE(infinite_cost.ok());
    const auto negative_people = select_candidates({{1, 1, -1}}, {5, 3.0});
    ASSERT_FALSE(negative_people.ok());
    EXPECT_NE(negative_people.problem().reason().find("people"), std::string::npos);
    // People are not checked without a people limit.
    EXPECT_TRUE(select_candidates({{1, 1, -1}}, {5, std::nullopt}).ok());
    EXPECT_FALSE(select_candidates({{1, 1, 0}}, {-1, std::nullopt}).ok());
    EXPECT_FALSE(select_candidates({{1, 1, 0}}, {nan, std::nullopt}).ok());
    EXPECT_FALSE(select_candidates({{1, 1, 0}}, {1, nan}).ok());
    const auto overflow = select_candidates({{1e308, 1, 0}, {1e308, 1, 0}}, {5, std::nullopt});
    ASSERT_FALSE(overflow.ok());
    EXPECT_EQ(overflow.problem().fault, Fault::too_large);
}

TEST(PortfolioSelection, NodeLimitSaysNotProven) {
    std::mt19937 rng(7);
    Candidates candidates(60);
    for (auto& c : candidates) {
        c.cost = 1000 + rng() % 1000;
        c.value = c.cost + rng() % 10;  // strongly correlated: hard for branch and bound
    }
    const auto stopped = select_candidates(candidates, {30'000, std::nullopt}, 50);
    ASSERT_TRUE(stopped.ok());
    EXPECT_EQ(stopped->proof, SelectionProof::not_proven);
    EXPECT_LE(stopped->nodes, 51u);
    EXPECT_LE(stopped->total_cost, 30'000);  // the best found is still within the budget
}

// The largest total value within an integer budget, by dynamic programming
// over costs (one dimension per limit): the reference for 200 candidates.
double dp_best(const Candidates& candidates, int budget, int people_limit) {
    const int p_size = people_limit + 1;
    std::vector<double> best(static_cast<std::size_t>(budget + 1) * p_size, 0);
    for (const auto& c : candidates) {
        const int cost = static_cast<int>(c.cost), people = static_cast<int>(c.people);
        for (int b = budget; b >= cost; --b)
            for (int p = people_limit; p >= people; --p) {
                const double with = best[static_cast<std::size_t>(b - cost) * p_size + (p - people)] + c.value;
                double& cell = best[static_cast<std::size_t>(b) * p_size + p];
                cell = std::max(cell, with);
            }
    }
    return best.back();
}

void expect_matches_dp(std::uint32_t seed, bool correlated, bool with_people) {
    std::mt19937 rng(seed);
    Candidates candidates(200);
    double cost_sum = 0, people_sum = 0;
    for (auto& c : candidates) {
        c.cost = static_cast<double>(1 + rng() % 100);
        c.value = correlated ? c.cost + 10 + (rng() % 2000) / 100.0 : (1 + rng() % 10000) / 100.0;
        c.people = with_people ? static_cast<double>(rng() % 6) : 0;
        cost_sum += c.cost;
        people_sum += c.people;
    }
    const int budget = static_cast<int>(cost_sum / 2);
    const int people_limit = with_people ? static_cast<int>(people_sum / 3) : 0;
    SelectionLimits limits{static_cast<double>(budget), std::nullopt};
    if (with_people)
        limits.people = people_limit;
    const auto result = select_candidates(candidates, limits);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->proof, SelectionProof::optimal) << "seed " << seed << ": " << result->nodes << " nodes";
    EXPECT_LE(result->total_cost, budget);
    if (with_people) {
        EXPECT_LE(result->total_people, people_limit);
    }
    EXPECT_NEAR(result->total_value, dp_best(candidates, budget, people_limit), 1e-6) << "seed " << seed;
    ::testing::Test::RecordProperty("nodes_seed_" + std::to_string(seed), static_cast<int>(result->nodes));
}

TEST(PortfolioSelection, TwoHundredCandidatesMatchDynamicProgramming) {
    for (std::uint32_t seed = 1; seed <= 10; ++seed)
        expect_matches_dp(seed, false, false);
}

TEST(PortfolioSelection, TwoHundredCorrelatedCandidatesMatchDynamicProgramming) {
    // Value ≈ cost + a little: many sets nearly as good, the hard case for the bound.
    for (std::uint32_t seed = 11; seed <= 15; ++seed)
        expect_matches_dp(seed, true, false);
}

TEST(PortfolioSelection, TwoHundredCandidatesWithPeopleMatchDynamicProgramming) {
    for (std::uint32_t seed = 21; seed <= 25; ++seed)
        expect_matches_dp(seed, false, true);
}

}  // namespace
}  // namespace pmocalc
