// Small helpers shared by the core tests.
#pragma once

#include <gtest/gtest.h>

#include "core/calendar.hpp"
#include "core/outcome.hpp"
#include "core/portfolio.hpp"
#include "core/tolerance.hpp"

namespace pmocalc::test {

inline Day date(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

// A task as the reader gives it, named "task <id>".
inline Task task_entry(std::string project, std::string id, double budget, Day start, Day finish, double percent,
                       std::optional<double> actual_cost) {
    Task t;
    t.project_id = std::move(project);
    t.id = std::move(id);
    t.name = "task " + t.id;
    t.budget = budget;
    t.start = start;
    t.finish = finish;
    t.percent_complete = percent;
    t.actual_cost = actual_cost;
    return t;
}

// A risk as the reader gives it, without a schedule impact.
inline RiskEntry risk_entry(std::string project, std::string id, std::string title, double probability, double impact,
                     RiskKind kind, bool open) {
    RiskEntry risk;
    risk.project_id = std::move(project);
    risk.id = std::move(id);
    risk.title = std::move(title);
    risk.probability = probability;
    risk.impact = impact;
    risk.kind = kind;
    risk.open = open;
    return risk;
}

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
