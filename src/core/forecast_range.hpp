// The forecast as a range, not one number: the estimate at completion by every
// method side by side (PMBOK Guide 6th ed. §7.4.2.2; Primavera P6's performance
// factors 1/CPI, 1 and 1/(CPI·SPI); the same with SPI(t), Lipke) and the
// finish by earned schedule and by the recent period's SPI.
#pragma once

#include <optional>

#include "calendar.hpp"

namespace pmocalc {

// What the EACs are computed from. Without actual costs there is no EAC at all.
struct EacBasis {
    double bac = 0;
    double ev = 0;
    std::optional<double> ac;
    double pv = 0;
    std::optional<double> spit;  // SPI(t)
    std::optional<double> etc;   // Σ estimate to complete (the ETC column), bottom-up
};

struct ForecastRange {
    std::optional<double> eac_cpi;        // BAC / CPI
    std::optional<double> eac_atypical;   // AC + (BAC − EV)
    std::optional<double> eac_cpi_spi;    // AC + (BAC − EV) / (CPI × SPI)
    std::optional<double> eac_cpi_spit;   // AC + (BAC − EV) / (CPI × SPI(t))
    std::optional<double> eac_bottom_up;  // AC + ΣETC
    std::optional<double> eac_low;        // the least and the greatest of those defined
    std::optional<double> eac_high;
    std::optional<Day> finish_earned_schedule;  // IEAC(t) = PD / SPI(t) on the working-day calendar
    std::optional<Day> finish_recent_spi;       // the remaining planned work at the recent period's SPI
    std::optional<double> remaining_planned_days;  // PD − ES in working days, what the recent SPI works off
};

// Every EAC the figures define; an undefined one (no AC, CPI or SPI 0 or
// undefined, no ETC column) stays empty, never 0. Sets the EACs and their low and high.
void estimate_range(const EacBasis& basis, ForecastRange& range);

// The day `remaining_days` planned working days of work are done at `rate`
// planned days per working day (an SPI), counting the working days after
// `from`: `from` itself when nothing remains; nullopt when the rate is not
// positive and finite, or the day lies beyond the calendar's last plausible day.
std::optional<Day> finish_at_rate(double remaining_days, double rate, Day from, const WorkCalendar& calendar);

}  // namespace pmocalc
