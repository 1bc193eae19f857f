// Monte Carlo schedule risk: task durations drawn from triangular
// distributions (optimistic, most likely, pessimistic), risk events that add
// days to a task with their probability, and the critical path method run on
// every draw (Vose, "Risk Analysis", 3rd ed., §9.1 triangular; the schedule
// model of @RISK for Project and of the AACE RP 57R-09 integrated analysis).
//
// Random streams: iterations are cut into blocks of `block_iterations`; block
// b draws from its own std::mt19937_64 stream seeded with
// simulation_block_seed(seed, b), each draw's top 53 bits making a uniform
// number in [0, 1); within an iteration every task draws once in topological
// order, then every risk event once, in the order given. Threads take whole blocks, and
// each iteration's result lands in its own slot, so the results depend only
// on the seed and the iteration count — never on the number of threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "schedule_network.hpp"

namespace pmocalc {

struct ThreePointEstimate {
    double optimistic = 0;
    double likely = 0;
    double pessimistic = 0;
};

// optimistic ≤ likely ≤ pessimistic, none negative, all finite.
bool is_valid(const ThreePointEstimate& estimate);

// A risk that adds `impact` (working days) to a task's duration when it occurs.
struct ScheduleRiskEvent {
    std::uint32_t task;
    double probability;  // 0..1
    double impact;       // working days, not negative
};

inline constexpr std::uint64_t default_simulation_seed = 20240611;
inline constexpr std::size_t default_iterations = 10000;
inline constexpr std::size_t block_iterations = 512;

struct SimulationSettings {
    std::size_t iterations = default_iterations;
    std::uint64_t seed = default_simulation_seed;
    unsigned threads = 0;  // 0: as many as the machine has
    bool criticality = true;   // needs a backward pass per iteration
    bool sensitivity = true;   // needs a second draw of the random streams
};

struct SimulationResult {
    std::vector<double> finishes;     // the project's length in each iteration, ascending
    std::vector<double> criticality;  // per task: the share of iterations it was critical in
    // Per task: the rank correlation (Spearman) between the quantile its
    // duration was drawn at and the rank of the project's finish; 0 for a task
    // whose duration does not vary. What a tornado chart shows.
    std::vector<double> sensitivity;

    // The finish at fraction p (0..1) by linear interpolation between order
    // statistics, as PERCENTILE / PERCENTILE.INC computes it.
    double percentile(double p) const;
    // The share of iterations finishing within `target`.
    double probability_within(double target) const;
    double mean() const;
};

// Preconditions: estimates.size() == network.size(), each is_valid; events
// name tasks of the network with probabilities in 0..1 and impacts ≥ 0;
// settings.iterations ≥ 1.
SimulationResult simulate(const ScheduleNetwork& network, std::span<const ThreePointEstimate> estimates,
                          std::span<const ScheduleRiskEvent> events, const SimulationSettings& settings);

// The seed of block b's std::mt19937_64 stream: splitmix64(seed + (b + 1)·φ·2⁶⁴).
std::uint64_t simulation_block_seed(std::uint64_t seed, std::size_t block);

// A duration drawn at quantile u (0 ≤ u < 1) of the triangular distribution.
double triangular_quantile(const ThreePointEstimate& estimate, double u);

}  // namespace pmocalc
