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
    return invalid_input("risk type must be threat (脅威) or opportunity (好機/機会), got \"" + std::string(text) +
                         "\"");
}

Outcome<double> risk_exposure(double probability, double impact) {
    if (probability < 0 || probability > 1)
        return invalid_input("probability must lie in 0..1 (0% … 100%), got " + std::to_string(probability));
    if (impact < 0)
        return invalid_input("impact is a magnitude and must not be negative, got " + std::to_string(impact));
    return probability * impact;
}

Outcome<double> expected_monetary_value(double probability, double impact, RiskKind kind) {
    const auto exposure = risk_exposure(probability, impact);
    if (!exposure)
        return exposure;
    return kind == RiskKind::opportunity ? *exposure : -*exposure;
}

}  // namespace pmocalc
