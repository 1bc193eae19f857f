#include "risk.hpp"

#include <string>

#include "text.hpp"

namespace pmocalc {

Outcome<RiskKind> parse_risk_kind(std::string_view text) {
    const std::string key = normalize_label(text);
    if (key.empty() || key == "threat" || key == "脅威")
        return RiskKind::threat;
    if (key == "opportunity" || key == "好機" || key == "機会")
        return RiskKind::opportunity;
    return invalid_input({Msg::risk_type_unknown, {excerpt(text)}});
}

Outcome<double> checked_probability(double probability) {
    if (!(probability >= 0 && probability <= 1))
        return invalid_input({Msg::probability_outside, {MessageArg::percent(probability)}});
    return probability;
}

Outcome<double> checked_impact(double impact) {
    if (!(impact >= 0))
        return invalid_input({Msg::impact_negative, {impact}});
    return impact;
}

Outcome<double> risk_exposure(double probability, double impact) {
    const auto p = checked_probability(probability);
    if (!p)
        return p;
    const auto i = checked_impact(impact);
    if (!i)
        return i;
    return *p * *i;
}

Outcome<double> expected_monetary_value(double probability, double impact, RiskKind kind) {
    const auto exposure = risk_exposure(probability, impact);
    if (!exposure)
        return exposure;
    return kind == RiskKind::opportunity ? *exposure : -*exposure;
}

}  // namespace pmocalc
