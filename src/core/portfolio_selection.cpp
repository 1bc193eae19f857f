#include "portfolio_selection.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace pmocalc {

namespace {

double capacity_of(double limit) {
    return limit + selection_limit_tolerance * std::max(1.0, limit);
}

bool valid_amount(double x) {
    return std::isfinite(x) && x >= 0;
}

// Candidates that can be part of some chosen set: worth something and
// fitting the limits on their own, with one weight per limit. With two limits
// a third, surrogate weight (Glover 1965): θ·cost/budget + (1−θ)·people/limit,
// capacity 1, is implied by the two, so its LP bound is valid too — and far
// tighter than either limit's alone once θ is chosen to minimise it at the root.
struct Instance {
    std::vector<double> value;
    std::vector<double> cost;
    std::vector<double> people;
    std::vector<double> surrogate;
    std::vector<std::size_t> row;  // their rows among all candidates
    std::vector<std::size_t> rank;  // the branching order of the first phase
    std::vector<std::size_t> cost_rank, people_rank, surrogate_rank;
    double theta = 1;  // the surrogate weight's share of cost
    double budget = 0;  // capacities, tolerance included
    double people_limit = std::numeric_limits<double>::infinity();
    bool two_limits = false;
};

// Best first: the larger value per unit of weight (a free item first of all);
// equal densities in row order, so the search itself is deterministic.
std::vector<std::size_t> by_density(const std::vector<double>& value, const std::vector<double>& weight) {
    std::vector<std::size_t> order(value.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double wa = weight[a], wb = weight[b];
        if (wa == 0 || wb == 0)
            return wa == 0 && wb != 0;
        // a/wa > b/wb without the division's rounding deciding equal densities.
        return value[a] * wb > value[b] * wa;
    });
    return order;
}

// Dantzig's bound: the LP relaxation's value over the undecided items (those
// `undecided` says yes to), filling `capacity` in `order` and a fraction of the
// first item that does not fit.
template <class Undecided>
double lp_bound(const std::vector<double>& value, const std::vector<double>& weight,
                const std::vector<std::size_t>& order, double capacity, Undecided undecided) {
    double bound = 0;
    for (std::size_t i : order) {
        if (!undecided(i))
            continue;
        const double w = weight[i];
        if (w <= capacity) {
            bound += value[i];
            capacity -= w;
        } else {
            return bound + value[i] * (capacity / w);
        }
    }
    return bound;
}

// θ for the surrogate weight: the LP bound over all items is quasi-convex in
// θ, so a golden-section search finds (near enough) its minimum. Any θ gives a
// valid bound; a good one only prunes more.
void choose_surrogate(Instance& in) {
    const std::size_t n = in.value.size();
    in.surrogate.resize(n);
    const auto set_weights = [&](double theta) {
        for (std::size_t i = 0; i < n; ++i)
            in.surrogate[i] = theta * in.cost[i] / in.budget + (1 - theta) * in.people[i] / in.people_limit;
    };
    const auto bound_at = [&](double theta) {
        set_weights(theta);
        return lp_bound(in.value, in.surrogate, by_density(in.value, in.surrogate), 1.0, [](std::size_t) { return true; });
    };
    const double golden = (std::sqrt(5.0) - 1) / 2;
    double low = 0, high = 1;
    double a = high - golden * (high - low), b = low + golden * (high - low);
    double fa = bound_at(a), fb = bound_at(b);
    for (int step = 0; step < 40; ++step) {
        if (fa <= fb) {
            high = b, b = a, fb = fa;
            a = high - golden * (high - low);
            fa = bound_at(a);
        } else {
            low = a, a = b, fa = fb;
            b = low + golden * (high - low);
            fb = bound_at(b);
        }
    }
    in.theta = fa <= fb ? a : b;
    set_weights(in.theta);
    in.surrogate_rank = by_density(in.value, in.surrogate);
}

class Search {
public:
    Search(const Instance& in, std::size_t node_limit) : in_(in), node_limit_(node_limit) {
        position_.resize(in.value.size());
        for (std::size_t p = 0; p < in.rank.size(); ++p)
            position_[in.rank[p]] = p;
    }

    // Phase 1: the best total value, depth first in density order.
    bool best_value() {
        current_.assign(in_.value.size(), false);
        best_.assign(in_.value.size(), false);
        best_value_ = 0;
        return by_density(0, 0, 0, 0);
    }

    // Phase 2: the first set in row order worth at least `threshold`.
    void first_in_row_order(double threshold) {
        threshold_ = threshold;
        current_.assign(in_.value.size(), false);
        found_ = false;
        by_row(0, 0, 0, 0);
    }

    const std::vector<bool>& best() const { return best_; }
    double best_total() const { return best_value_; }
    bool found() const { return found_; }
    std::size_t nodes() const { return nodes_; }

private:
    // The least of the valid LP bounds over the undecided items.
    template <class Undecided>
    double bound(double cost, double people, Undecided undecided) const {
        double b = lp_bound(in_.value, in_.cost, in_.cost_rank, in_.budget - cost, undecided);
        if (in_.two_limits) {
            b = std::min(b, lp_bound(in_.value, in_.people, in_.people_rank, in_.people_limit - people, undecided));
            b = std::min(b, lp_bound(in_.value, in_.surrogate, in_.surrogate_rank, surrogate_room(cost, people),
                                     undecided));
        }
        return b;
    }

    double surrogate_room(double cost, double people) const {
        return 1.0 - (in_.theta * cost / in_.budget + (1 - in_.theta) * people / in_.people_limit);
    }

    bool fits(std::size_t i, double cost, double people) const {
        return cost + in_.cost[i] <= in_.budget && (!in_.two_limits || people + in_.people[i] <= in_.people_limit);
    }

    // false: the node limit stopped the search.
    bool by_density(std::size_t p, double value, double cost, double people) {
        if (++nodes_ > node_limit_)
            return false;
        if (value > best_value_) {
            best_value_ = value;
            best_ = current_;
        }
        if (p == in_.rank.size())
            return true;
        const auto undecided = [&](std::size_t i) { return position_[i] >= p; };
        if (value + bound(cost, people, undecided) <= best_value_)
            return true;
        const std::size_t i = in_.rank[p];
        if (fits(i, cost, people)) {
            current_[i] = true;
            const bool finished = by_density(p + 1, value + in_.value[i], cost + in_.cost[i], people + in_.people[i]);
            current_[i] = false;
            if (!finished)
                return false;
        }
        return by_density(p + 1, value, cost, people);
    }

    // true when the search is over (found, or stopped: found_ tells which).
    bool by_row(std::size_t i, double value, double cost, double people) {
        if (++nodes_ > node_limit_)
            return true;
        if (i == in_.value.size()) {
            if (value >= threshold_) {
                found_ = true;
                best_ = current_;
                return true;
            }
            return false;
        }
        const auto undecided = [&](std::size_t j) { return j >= i; };
        if (value + bound(cost, people, undecided) < threshold_)
            return false;
        if (fits(i, cost, people)) {
            current_[i] = true;
            const bool over = by_row(i + 1, value + in_.value[i], cost + in_.cost[i], people + in_.people[i]);
            current_[i] = false;
            if (over)
                return true;
        }
        return by_row(i + 1, value, cost, people);
    }

    const Instance& in_;
    std::size_t node_limit_;
    std::vector<std::size_t> position_;  // an item's place in in_.rank
    std::vector<bool> current_, best_;
    double best_value_ = 0;
    double threshold_ = 0;
    bool found_ = false;
    std::size_t nodes_ = 0;
};

Outcome<SelectionResult> finish(const std::vector<SelectionCandidate>& candidates, const Instance& in,
                                const std::vector<bool>& chosen_items, SelectionProof proof, std::size_t nodes) {
    SelectionResult result;
    result.chosen.assign(candidates.size(), false);
    for (std::size_t i = 0; i < chosen_items.size(); ++i)
        if (chosen_items[i])
            result.chosen[in.row[i]] = true;
    for (std::size_t r = 0; r < candidates.size(); ++r) {
        if (!result.chosen[r])
            continue;
        result.total_value += candidates[r].value;
        result.total_cost += candidates[r].cost;
        result.total_people += candidates[r].people;
    }
    result.proof = proof;
    result.nodes = nodes;
    return result;
}

}  // namespace

bool within_limit(double total, double limit) {
    return total <= capacity_of(limit);
}

Outcome<SelectionResult> select_candidates(const std::vector<SelectionCandidate>& candidates,
                                           const SelectionLimits& limits, std::size_t node_limit) {
    if (!valid_amount(limits.budget))
        return invalid_input({Msg::selection_limit_invalid, {Msg::term_budget, limits.budget}});
    if (limits.people && !valid_amount(*limits.people))
        return invalid_input({Msg::selection_limit_invalid, {Msg::term_people_limit, *limits.people}});
    double value_sum = 0, cost_sum = 0, people_sum = 0;
    for (std::size_t r = 0; r < candidates.size(); ++r) {
        const SelectionCandidate& c = candidates[r];
        const long row = static_cast<long>(r + 1);
        if (!valid_amount(c.value))
            return invalid_input({Msg::selection_candidate_invalid, {row, Msg::term_selection_value, c.value}});
        if (!valid_amount(c.cost))
            return invalid_input({Msg::selection_candidate_invalid, {row, Msg::term_selection_cost, c.cost}});
        if (limits.people && !valid_amount(c.people))
            return invalid_input({Msg::selection_candidate_invalid, {row, Msg::term_selection_people, c.people}});
        value_sum += c.value;
        cost_sum += c.cost;
        people_sum += limits.people ? c.people : 0;
    }
    if (!std::isfinite(value_sum) || !std::isfinite(cost_sum) || !std::isfinite(people_sum))
        return too_large(Msg::sum_too_large);

    Instance in;
    in.budget = capacity_of(limits.budget);
    in.two_limits = limits.people.has_value();
    if (in.two_limits)
        in.people_limit = capacity_of(*limits.people);
    for (std::size_t r = 0; r < candidates.size(); ++r) {
        const SelectionCandidate& c = candidates[r];
        const double people = in.two_limits ? c.people : 0;
        if (c.value > 0 && c.cost <= in.budget && people <= in.people_limit) {
            in.value.push_back(c.value);
            in.cost.push_back(c.cost);
            in.people.push_back(people);
            in.row.push_back(r);
        }
    }
    in.cost_rank = by_density(in.value, in.cost);
    in.rank = in.cost_rank;
    if (in.two_limits) {
        in.people_rank = by_density(in.value, in.people);
        choose_surrogate(in);
        in.rank = in.surrogate_rank;
    }

    Search search(in, node_limit);
    if (!search.best_value())
        return finish(candidates, in, search.best(), SelectionProof::not_proven, search.nodes());
    const std::vector<bool> best = search.best();
    const double best_total = search.best_total();
    const double threshold = best_total - selection_tie_tolerance * std::max(1.0, best_total);
    search.first_in_row_order(threshold);
    if (!search.found())
        return finish(candidates, in, best, SelectionProof::optimal_tie_unsettled, search.nodes());
    return finish(candidates, in, search.best(), SelectionProof::optimal, search.nodes());
}

}  // namespace pmocalc
