#include "evm.hpp"

#include "text.hpp"

namespace pmocalc::evm {

double schedule_variance(double ev, double pv) { return ev - pv; }

double cost_variance(double ev, double ac) { return ev - ac; }

Outcome<double> schedule_performance_index(double ev, double pv) {
    if (pv == 0)
        return undefined_result(Msg::spi_undefined);
    return ev / pv;
}

Outcome<double> cost_performance_index(double ev, double ac) {
    if (ac == 0)
        return undefined_result(Msg::cpi_undefined);
    return ev / ac;
}

Outcome<EacMethod> parse_eac_method(std::string_view text) {
    const std::string key = normalize_label(text);
    if (key.empty() || key == "cpi")
        return EacMethod::cpi;
    if (key == "atypical")
        return EacMethod::atypical;
    if (key == "composite")
        return EacMethod::composite;
    return invalid_input({Msg::eac_method_unknown, {excerpt(text)}});
}

Outcome<double> estimate_at_completion(EacMethod method, const Baseline& f) {
    switch (method) {
    case EacMethod::atypical:
        return f.ac + (f.bac - f.ev);
    case EacMethod::cpi: {
        const auto cpi = cost_performance_index(f.ev, f.ac);
        if (!cpi)
            return cpi.problem();
        if (*cpi == 0)
            return undefined_result(Msg::eac_undefined_cpi_zero);
        return f.bac / *cpi;
    }
    case EacMethod::composite: {
        if (!f.pv)
            return invalid_input(Msg::eac_needs_pv);
        const auto cpi = cost_performance_index(f.ev, f.ac);
        if (!cpi)
            return cpi.problem();
        const auto spi = schedule_performance_index(f.ev, *f.pv);
        if (!spi)
            return spi.problem();
        if (*cpi * *spi == 0)
            return undefined_result(Msg::eac_undefined_composite);
        return f.ac + (f.bac - f.ev) / (*cpi * *spi);
    }
    }
    return invalid_input({Msg::eac_method_unknown, {"?"}});
}

Outcome<double> estimate_to_complete(EacMethod method, const Baseline& f) {
    const auto eac = estimate_at_completion(method, f);
    if (!eac)
        return eac;
    return *eac - f.ac;
}

Outcome<double> variance_at_completion(EacMethod method, const Baseline& f) {
    const auto eac = estimate_at_completion(method, f);
    if (!eac)
        return eac;
    return f.bac - *eac;
}

Outcome<double> to_complete_performance_index(double bac, double ev, double ac, std::optional<double> eac) {
    const double remaining_funds = (eac ? *eac : bac) - ac;
    if (remaining_funds == 0)
        return undefined_result(eac ? Msg::tcpi_undefined_eac : Msg::tcpi_undefined_bac);
    return (bac - ev) / remaining_funds;
}

}  // namespace pmocalc::evm
