#include "forecast_range.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "evm.hpp"

namespace pmocalc {

void estimate_range(const EacBasis& basis, ForecastRange& range) {
    range.eac_cpi = range.eac_atypical = range.eac_cpi_spi = range.eac_cpi_spit = range.eac_bottom_up = std::nullopt;
    range.eac_low = range.eac_high = std::nullopt;
    if (!basis.ac)
        return;
    const double ac = *basis.ac;
    const evm::Baseline baseline{basis.bac, basis.ev, ac, basis.pv};
    range.eac_cpi = defined(evm::estimate_at_completion(evm::EacMethod::cpi, baseline));
    range.eac_atypical = defined(evm::estimate_at_completion(evm::EacMethod::atypical, baseline));
    range.eac_cpi_spi = defined(evm::estimate_at_completion(evm::EacMethod::composite, baseline));
    if (const auto cpi = defined(evm::cost_performance_index(basis.ev, ac)); cpi && basis.spit) {
        const double factor = *cpi * *basis.spit;
        if (factor != 0 && std::isfinite(factor))
            range.eac_cpi_spit = ac + (basis.bac - basis.ev) / factor;
    }
    if (basis.etc)
        range.eac_bottom_up = ac + *basis.etc;
    for (const auto& eac : {range.eac_cpi, range.eac_atypical, range.eac_cpi_spi, range.eac_cpi_spit,
                            range.eac_bottom_up}) {
        if (!eac || !std::isfinite(*eac))
            continue;
        range.eac_low = std::min(range.eac_low.value_or(*eac), *eac);
        range.eac_high = std::max(range.eac_high.value_or(*eac), *eac);
    }
}

std::optional<Day> finish_at_rate(double remaining_days, double rate, Day from, const WorkCalendar& calendar) {
    if (!std::isfinite(remaining_days) || remaining_days < 0 || !std::isfinite(rate) || rate <= 0)
        return std::nullopt;
    const double exact = remaining_days / rate;
    if (!std::isfinite(exact) || exact > static_cast<double>(last_plausible_day - from))
        return std::nullopt;
    // 10 days at 0.8 are 12.5 working days: the work ends on the 13th; a
    // quotient a rounding error above a whole number is that number.
    double days = std::ceil(exact);
    if (days - exact > 1 - 1e-9)
        days -= 1;
    if (days <= 0)
        return from;
    return calendar.nth_working_day(from + 1, static_cast<std::int64_t>(days));
}

}  // namespace pmocalc
