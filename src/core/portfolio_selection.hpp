// Choosing projects under a budget: the 0/1 knapsack, solved exactly by
// branch and bound (Horowitz–Sahni depth first, Dantzig's LP-relaxation bound;
// Kellerer, Pferschy & Pisinger, "Knapsack Problems", 2004, ch. 2 and 9),
// with an optional second limit (people) for the two-constraint case.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "outcome.hpp"

namespace pmocalc {

// One candidate project, in row order: what it is worth, what it costs and
// (when a people limit is given) how many people it needs.
struct SelectionCandidate {
    double value = 0;
    double cost = 0;
    double people = 0;
};

struct SelectionLimits {
    double budget = 0;
    std::optional<double> people;  // nullopt: no second limit
};

// Two sets whose total values differ by at most this, relative to the best
// total (and at least absolutely), are equally good; ties go by row order.
inline constexpr double selection_tie_tolerance = 1e-9;
// A total cost (or people) counts as within its limit when it exceeds it by no
// more than this, relative: 0.1 + 0.2 fits a budget of 0.3.
inline constexpr double selection_limit_tolerance = 1e-12;
// Search steps (nodes) after which the solver stops and says so, instead of
// hanging on a pathological instance; far above what 200 ordinary candidates need.
inline constexpr std::size_t selection_default_node_limit = 20'000'000;

enum class SelectionProof {
    optimal,              // the set is optimal and the first optimal one in row order
    optimal_tie_unsettled,  // optimal value; the node limit stopped the row-order tie-break
    not_proven,           // the node limit stopped the search: the best set found, maybe not optimal
};

struct SelectionResult {
    std::vector<bool> chosen;  // one per candidate, in row order
    double total_value = 0;
    double total_cost = 0;
    double total_people = 0;
    SelectionProof proof = SelectionProof::optimal;
    std::size_t nodes = 0;  // search steps taken (both phases)
};

// The set of candidates with the largest total value whose total cost is
// within the budget (and total people within the people limit, if given).
// Ties: among the sets whose total value is within selection_tie_tolerance of
// the best, the one that comes first in row order — at the first row where two
// such sets differ, the one that includes that row. A candidate of value 0 is
// never chosen (it would spend budget for nothing). Values, costs, people and
// limits must be finite and ≥ 0 (invalid_input naming the candidate, 1-based);
// totals beyond a double are too_large.
Outcome<SelectionResult> select_candidates(const std::vector<SelectionCandidate>& candidates,
                                           const SelectionLimits& limits,
                                           std::size_t node_limit = selection_default_node_limit);

// Whether `total` is within `limit` (selection_limit_tolerance).
bool within_limit(double total, double limit);

}  // namespace pmocalc
