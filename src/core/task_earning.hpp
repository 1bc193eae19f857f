// What each task of a portfolio has earned at a status date under its EV
// method (earning_rules): percent complete, 0/100, 50/50, 20/80, weighted
// milestones from the Milestones sheet, level of effort (EV = PV) and
// apportioned effort (the earned share of the task it is apportioned to)
// — PMI, Practice Standard for Earned Value Management, 2nd ed., §4.4.
// A rule that cannot be applied is said, and the task earns by percent complete.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "calendar.hpp"
#include "earning_rules.hpp"
#include "portfolio.hpp"

namespace pmocalc {

inline constexpr std::size_t earning_rule_count = 7;

// How many tasks earned by each rule (indexed by EarningRule), and how many of
// them by percent complete because their own rule could not be applied.
struct EarningCounts {
    std::array<int, earning_rule_count> by_rule{};
    int fell_back = 0;

    int of(EarningRule rule) const { return by_rule[static_cast<std::size_t>(rule)]; }
    void add(const EarningCounts& other);
};

struct TaskEarnings {
    std::vector<double> ev;            // per task, in the portfolio's order
    std::vector<EarningRule> applied;  // the rule each task earned by
    std::vector<std::uint8_t> fell_back;  // 1: its own rule could not be applied (or read)
    std::vector<Diagnostic> diagnostics;  // why, with sheet and cell
};

// EV of every task at the status date. O(tasks + milestones).
TaskEarnings earn_tasks(const Portfolio& portfolio, Day status_date, const WorkCalendar& calendar);

}  // namespace pmocalc
