// Earned schedule: PvCurve::from_cumulative over any list of numbers,
// earned_schedule, SV(t), SPI(t) and IEAC(t) at any EV and AT.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "core/earned_schedule.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    std::vector<double> cumulative;
    const int periods = in.byte() % 40;
    const bool rising = in.flag();  // mostly a plausible S-curve, else any numbers
    double running = 0;
    for (int i = 0; i < periods; ++i) {
        running = rising ? running + std::fabs(in.number()) : in.number();
        cumulative.push_back(running);
    }
    const auto curve = PvCurve::from_cumulative(cumulative);
    if (!curve)
        return 0;
    const double pd = curve->planned_duration();
    PMO_FUZZ_CHECK(pd >= 1 && pd <= static_cast<double>(cumulative.size()));

    double previous_ev = -std::numeric_limits<double>::infinity();
    double previous_es = 0;
    std::vector<double> evs;
    for (int i = 0; i < 6; ++i)
        evs.push_back(in.flag() ? in.number() : cumulative[in.byte() % cumulative.size()] * in.byte() / 128.0);
    // Not a number: no earned schedule to speak of, but never a read beyond the curve.
    for (double ev : evs)
        if (std::isnan(ev)) {
            const double es = curve->earned_schedule(ev);
            PMO_FUZZ_CHECK(std::isnan(es) || (es >= 0 && es <= pd));
        }
    std::erase_if(evs, [](double ev) { return std::isnan(ev); });
    std::sort(evs.begin(), evs.end());
    for (double ev : evs) {
        const double es = curve->earned_schedule(ev);
        PMO_FUZZ_CHECK(es >= 0 && es <= pd);  // and so not NaN
        if (ev >= previous_ev)
            PMO_FUZZ_CHECK(es >= previous_es);  // more earned value, no less schedule earned
        previous_ev = ev;
        previous_es = es;

        const double at = in.number();
        const auto svt = schedule_variance_t(*curve, ev, at);
        const auto spit = schedule_performance_index_t(*curve, ev, at);
        const auto ieact = independent_eac_t(*curve, ev, at);
        if (!(at >= 0)) {
            PMO_FUZZ_CHECK(!svt && !spit && !ieact);
            continue;
        }
        PMO_FUZZ_CHECK(svt && *svt == es - at);
        PMO_FUZZ_CHECK(spit.ok() == (at != 0));
        if (spit)
            PMO_FUZZ_CHECK(*spit >= 0);
        PMO_FUZZ_CHECK(!ieact || *ieact >= 0);  // PD × AT / ES, so 0 only as AT nears 0
    }
    return 0;
}
