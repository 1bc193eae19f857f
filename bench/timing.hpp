// What the office benchmarks share: a steady clock and the median of rounds.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace pmocalc::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace pmocalc::bench
