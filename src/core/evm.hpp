// Earned value management: variances, indices and forecasts.
// Formulas: PMBOK Guide 6th ed. §7.4.2.2; EAC variants as Primavera P6's
// performance factors 1/CPI, 1 and 1/(CPI·SPI); TCPI as MS Project's TCPI field.
// Inputs are kept at full precision: rounding SPI/CPI before an EAC cascades errors.
#pragma once

#include <optional>
#include <string_view>

#include "outcome.hpp"

namespace pmocalc::evm {

// EV − PV.
double schedule_variance(double ev, double pv);
// EV − AC.
double cost_variance(double ev, double ac);
// EV / PV; undefined when nothing was planned yet.
Outcome<double> schedule_performance_index(double ev, double pv);
// EV / AC; undefined when nothing was spent yet.
Outcome<double> cost_performance_index(double ev, double ac);

enum class EacMethod {
    cpi,        // BAC / CPI: the cost efficiency so far holds to the end
    atypical,   // AC + (BAC − EV): the remaining work goes to plan
    composite,  // AC + (BAC − EV) / (CPI·SPI): schedule pressure also costs
};

// "cpi", "atypical", "composite", any case; blank means cpi.
Outcome<EacMethod> parse_eac_method(std::string_view text);

struct Baseline {
    double bac;
    double ev;
    double ac;
    std::optional<double> pv;  // needed by the composite method only
};

Outcome<double> estimate_at_completion(EacMethod method, const Baseline& figures);
// EAC − AC.
Outcome<double> estimate_to_complete(EacMethod method, const Baseline& figures);
// BAC − EAC.
Outcome<double> variance_at_completion(EacMethod method, const Baseline& figures);
// (BAC − EV) / (BAC − AC), or (BAC − EV) / (EAC − AC) when a target EAC is given.
Outcome<double> to_complete_performance_index(double bac, double ev, double ac,
                                              std::optional<double> eac = std::nullopt);

}  // namespace pmocalc::evm
