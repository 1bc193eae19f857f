// Named float tolerances (QuantLib's close_enough idea): money and day counts
// are compared relative to their size, never with a bare epsilon.
#pragma once

#include <algorithm>
#include <cmath>

namespace pmocalc {

// Relative tolerance for figures that went through a few additions and divisions.
inline constexpr double figure_tolerance = 1e-12;

inline bool close_enough(double a, double b, double relative = figure_tolerance) {
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

}  // namespace pmocalc
