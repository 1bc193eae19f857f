// Small helpers shared by the core tests.
#pragma once

#include <gtest/gtest.h>

#include "core/calendar.hpp"
#include "core/outcome.hpp"
#include "core/tolerance.hpp"

namespace pmocalc::test {

inline Day date(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

template <class T>
::testing::AssertionResult fails_with(const Outcome<T>& outcome, Fault fault) {
    if (outcome.ok())
        return ::testing::AssertionFailure() << "expected a problem, got a value";
    if (outcome.problem().fault != fault)
        return ::testing::AssertionFailure() << "wrong kind of problem: " << outcome.problem().reason();
    return ::testing::AssertionSuccess() << outcome.problem().reason();
}

template <class T>
::testing::AssertionResult is_invalid(const Outcome<T>& outcome) { return fails_with(outcome, Fault::invalid_input); }

template <class T>
::testing::AssertionResult is_undefined(const Outcome<T>& outcome) {
    return fails_with(outcome, Fault::undefined_result);
}

template <class T>
::testing::AssertionResult is_too_large(const Outcome<T>& outcome) {
    return fails_with(outcome, Fault::too_large);
}

inline ::testing::AssertionResult has_value(const Outcome<double>& outcome, double expected) {
    if (!outcome.ok())
        return ::testing::AssertionFailure() << "expected " << expected << ", got: " << outcome.problem().reason();
    if (!close_enough(*outcome, expected))
        return ::testing::AssertionFailure() << "expected " << expected << ", got " << *outcome;
    return ::testing::AssertionSuccess();
}

}  // namespace pmocalc::test
