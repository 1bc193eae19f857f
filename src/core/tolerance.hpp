// Named float tolerances (QuantLib's close_enough idea): money and day counts
// are compared relative to their size, never with a bare epsilon.
#pragma once

#include <algorithm>
#include <cmath>

namespace pmocalc {

// Relative tolerance for figures that went through a few additions and divisions.
inline constexpr double figure_tolerance = 1e-12;

// What saving a number to a file and reading it back may change: ODF keeps
// 15 significant digits (LibreOffice rounds to them from 16: at most 5.5e-15
// of the number) and at most 20 decimals below 1e-5.
inline constexpr double saved_relative_change = 1e-14;
inline constexpr double saved_absolute_change = 1e-20;

inline bool close_enough(double a, double b, double relative = figure_tolerance) {
    return std::fabs(a - b) <= relative * std::max({1.0, std::fabs(a), std::fabs(b)});
}

}  // namespace pmocalc
