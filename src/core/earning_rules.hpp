// How a task earns its value (the EV method, 出来高計上方法): percent
// complete, the fixed-formula rules 0/100, 50/50 and 20/80, weighted
// milestones, level of effort and apportioned effort (PMI, Practice Standard
// for Earned Value Management, 2nd ed., §4.4 and appendix D; ANSI/EIA-748).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "outcome.hpp"

namespace pmocalc {

enum class EarningRule {
    percent_complete,     // EV = budget × percent complete (the default)
    zero_hundred,         // nothing until finished, then the whole budget
    fifty_fifty,          // half when started, the rest when finished
    twenty_eighty,        // a fifth when started, the rest when finished
    weighted_milestones,  // the weights of the milestones reached
    level_of_effort,      // EV = PV: support work that earns as time passes
    apportioned,          // a share of the percent complete of the task it supports
};

std::string_view earning_rule_code(EarningRule rule);  // "percent", "0/100", … as written in the report and JSON

// The rule a cell names, in English or Japanese ("0/100", "50-50", "LOE",
// "レベル・オブ・エフォート", "加重マイルストーン", "配分" …); blank is percent complete.
Outcome<EarningRule> parse_earning_rule(std::string_view text);

// A method cell as typed: the rule, and for an apportioned task the ID of the
// task it is apportioned to, written after a colon ("apportioned:12",
// "配分：1.2"; "apportioned" alone leaves base_task blank).
struct EarningMethod {
    EarningRule rule = EarningRule::percent_complete;
    std::string base_task;
};
Outcome<EarningMethod> parse_earning_method(std::string_view text);

// The share of its budget a task has earned under a rule that needs nothing
// but its percent complete (0..1); nullopt for the rules that need more
// (level of effort its PV, weighted milestones their weights, apportioned the
// task it supports).
std::optional<double> earned_share(EarningRule rule, double percent_complete);

}  // namespace pmocalc
