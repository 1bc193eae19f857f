// Earned Schedule: schedule performance in time units rather than money.
// Lipke, "Schedule is Different" (2003); PMI Practice Standard for EVM 2nd ed.,
// Appendix D; IEAC(t) from Lipke & Henderson, Earned Schedule training (2006).
#pragma once

#include <vector>

#include "outcome.hpp"

namespace pmocalc {

// Cumulative planned value at the end of periods 1..n: non-negative,
// non-decreasing, reaching a positive final value.
class PvCurve {
public:
    static Outcome<PvCurve> from_cumulative(std::vector<double> cumulative);

    // PD: the first period at which the curve reaches its final value.
    double planned_duration() const { return static_cast<double>(planned_duration_); }
    // ES = C + (EV − PV_C)/(PV_C+1 − PV_C), C the last period with PV_C ≤ EV
    // (PV_0 = 0); EV at or above the final PV gives PD, EV ≤ 0 gives 0, NaN gives NaN.
    double earned_schedule(double ev) const;

private:
    explicit PvCurve(std::vector<double> cumulative);
    std::vector<double> cumulative_;
    std::size_t planned_duration_;
};

// SV(t), SPI(t) and IEAC(t) at actual time `at` (periods elapsed, ≥ 0).
// SPI(t) is undefined at AT = 0 and IEAC(t) while ES = 0.
Outcome<double> schedule_variance_t(const PvCurve& curve, double ev, double at);
Outcome<double> schedule_performance_index_t(const PvCurve& curve, double ev, double at);
Outcome<double> independent_eac_t(const PvCurve& curve, double ev, double at);

}  // namespace pmocalc
