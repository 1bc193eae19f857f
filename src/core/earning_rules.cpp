#include "earning_rules.hpp"

#include <array>
#include <string>
#include <utility>

#include "text.hpp"

namespace pmocalc {

namespace {

struct RuleName {
    std::string_view label;  // as normalize_label leaves it
    EarningRule rule;
};

constexpr std::array names{
    RuleName{"percent", EarningRule::percent_complete}, RuleName{"percent complete", EarningRule::percent_complete},
    RuleName{"% complete", EarningRule::percent_complete}, RuleName{"%", EarningRule::percent_complete},
    RuleName{"進捗率", EarningRule::percent_complete}, RuleName{"進捗率法", EarningRule::percent_complete},
    RuleName{"0/100", EarningRule::zero_hundred}, RuleName{"0-100", EarningRule::zero_hundred},
    RuleName{"0:100", EarningRule::zero_hundred},
    RuleName{"50/50", EarningRule::fifty_fifty}, RuleName{"50-50", EarningRule::fifty_fifty},
    RuleName{"50:50", EarningRule::fifty_fifty},
    RuleName{"20/80", EarningRule::twenty_eighty}, RuleName{"20-80", EarningRule::twenty_eighty},
    RuleName{"20:80", EarningRule::twenty_eighty},
    RuleName{"weighted milestones", EarningRule::weighted_milestones},
    RuleName{"weighted milestone", EarningRule::weighted_milestones},
    RuleName{"milestones", EarningRule::weighted_milestones}, RuleName{"milestone", EarningRule::weighted_milestones},
    RuleName{"加重マイルストーン", EarningRule::weighted_milestones},
    RuleName{"重み付けマイルストーン", EarningRule::weighted_milestones},
    RuleName{"マイルストーン", EarningRule::weighted_milestones},
    RuleName{"level of effort", EarningRule::level_of_effort}, RuleName{"loe", EarningRule::level_of_effort},
    RuleName{"レベル・オブ・エフォート", EarningRule::level_of_effort},
    RuleName{"レベルオブエフォート", EarningRule::level_of_effort}, RuleName{"付随作業", EarningRule::level_of_effort},
    RuleName{"apportioned", EarningRule::apportioned}, RuleName{"apportioned effort", EarningRule::apportioned},
    RuleName{"配分", EarningRule::apportioned}, RuleName{"按分", EarningRule::apportioned},
    RuleName{"比例配分", EarningRule::apportioned},
};

}  // namespace

std::string_view earning_rule_code(EarningRule rule) {
    switch (rule) {
    case EarningRule::percent_complete: return "percent";
    case EarningRule::zero_hundred: return "0/100";
    case EarningRule::fifty_fifty: return "50/50";
    case EarningRule::twenty_eighty: return "20/80";
    case EarningRule::weighted_milestones: return "milestones";
    case EarningRule::level_of_effort: return "loe";
    case EarningRule::apportioned: return "apportioned";
    }
    return "percent";
}

Outcome<EarningRule> parse_earning_rule(std::string_view text) {
    const std::string label = normalize_label(text);
    if (label.empty())
        return EarningRule::percent_complete;
    for (const RuleName& name : names)
        if (label == name.label)
            return name.rule;
    return invalid_input({Msg::earning_rule_unknown, {std::string(text)}});
}

Outcome<EarningMethod> parse_earning_method(std::string_view text) {
    auto whole = parse_earning_rule(text);
    if (whole)
        return EarningMethod{*whole, {}};
    // Tried whole first: "0:100" holds a colon too.
    for (std::string_view colon : {std::string_view(":"), std::string_view("：")}) {
        const std::size_t at = text.find(colon);
        if (at == std::string_view::npos)
            continue;
        const auto rule = parse_earning_rule(text.substr(0, at));
        if (!rule || *rule != EarningRule::apportioned)
            continue;
        std::string base(text.substr(at + colon.size()));
        const auto first = base.find_first_not_of(" \t");
        const auto last = base.find_last_not_of(" \t");
        base = first == std::string::npos ? std::string() : base.substr(first, last - first + 1);
        return EarningMethod{EarningRule::apportioned, std::move(base)};
    }
    return whole.problem();
}

std::optional<double> earned_share(EarningRule rule, double percent_complete) {
    const bool started = percent_complete > 0;
    const bool finished = percent_complete >= 1;
    switch (rule) {
    case EarningRule::percent_complete: return percent_complete;
    case EarningRule::zero_hundred: return finished ? 1.0 : 0.0;
    case EarningRule::fifty_fifty: return finished ? 1.0 : started ? 0.5 : 0.0;
    case EarningRule::twenty_eighty: return finished ? 1.0 : started ? 0.2 : 0.0;
    case EarningRule::weighted_milestones:
    case EarningRule::level_of_effort:
    case EarningRule::apportioned: return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace pmocalc
