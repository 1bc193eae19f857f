// Risk exposure and expected monetary value (PMBOK Guide 6th ed. §11.4.2.5).
#pragma once

#include <string_view>

#include "outcome.hpp"

namespace pmocalc {

enum class RiskKind { threat, opportunity };

// "threat"/脅威 (or blank) and "opportunity"/好機/機会, any case or width.
Outcome<RiskKind> parse_risk_kind(std::string_view text);

// A probability in 0..1 (0 % … 100 %).
Outcome<double> checked_probability(double probability);
// An impact: a magnitude ≥ 0 (money, person-days or a 1..5 rating).
Outcome<double> checked_impact(double impact);

// P × I, with P in 0..1 and I a magnitude ≥ 0.
Outcome<double> risk_exposure(double probability, double impact);

// +P × I for an opportunity, −P × I for a threat.
Outcome<double> expected_monetary_value(double probability, double impact, RiskKind kind);

}  // namespace pmocalc
