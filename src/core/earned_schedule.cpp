#include "earned_schedule.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace pmocalc {

Outcome<PvCurve> PvCurve::from_cumulative(std::vector<double> cumulative) {
    if (cumulative.empty())
        return invalid_input(Msg::pv_curve_empty);
    double previous = 0.0;
    for (std::size_t i = 0; i < cumulative.size(); ++i) {
        if (!(cumulative[i] >= 0))  // negative, or not a number at all
            return invalid_input({Msg::pv_curve_negative, {i + 1}});
        if (cumulative[i] < previous)
            return invalid_input({Msg::pv_curve_falls, {i + 1}});
        previous = cumulative[i];
    }
    if (cumulative.back() <= 0)
        return invalid_input(Msg::pv_curve_flat);
    return PvCurve(std::move(cumulative));
}

PvCurve::PvCurve(std::vector<double> cumulative) : cumulative_(std::move(cumulative)) {
    const auto first_final = std::lower_bound(cumulative_.begin(), cumulative_.end(), cumulative_.back());
    planned_duration_ = static_cast<std::size_t>(first_final - cumulative_.begin()) + 1;
}

double PvCurve::earned_schedule(double ev) const {
    if (std::isnan(ev))
        return ev;  // no schedule is earned by a value that is none (and no period is searched for it)
    if (ev <= 0)
        return 0.0;
    if (ev >= cumulative_.back())
        return planned_duration();
    // First period whose PV exceeds EV is C+1 (1-based); every earlier one has PV ≤ EV.
    const auto next = std::upper_bound(cumulative_.begin(), cumulative_.end(), ev);
    const auto c = static_cast<std::size_t>(next - cumulative_.begin());
    const double pv_c = c == 0 ? 0.0 : cumulative_[c - 1];
    return static_cast<double>(c) + (ev - pv_c) / (*next - pv_c);
}

namespace {

Outcome<double> check_actual_time(double at) {
    if (!(at >= 0))  // negative, or not a number at all
        return invalid_input({Msg::at_negative, {at}});
    return at;
}

}  // namespace

Outcome<double> schedule_variance_t(const PvCurve& curve, double ev, double at) {
    const auto checked = check_actual_time(at);
    if (!checked)
        return checked;
    return curve.earned_schedule(ev) - at;
}

Outcome<double> schedule_performance_index_t(const PvCurve& curve, double ev, double at) {
    const auto checked = check_actual_time(at);
    if (!checked)
        return checked;
    if (at == 0)
        return undefined_result(Msg::spit_undefined);
    return curve.earned_schedule(ev) / at;
}

Outcome<double> independent_eac_t(const PvCurve& curve, double ev, double at) {
    const auto spit = schedule_performance_index_t(curve, ev, at);
    if (!spit)
        return spit;
    if (*spit == 0)
        return undefined_result(Msg::ieact_undefined);
    return curve.planned_duration() / *spit;
}

}  // namespace pmocalc
