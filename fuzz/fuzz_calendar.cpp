// Weekend masks and working-day calendars (WeekendMask::parse, from_code,
// WorkCalendar::working_days, nth_working_day), civil dates over the whole
// Day range (civil_from_day, iso_date), and the plan's curve: PlannedCurve,
// planned_value and schedule_slip over a few tasks.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/calendar.hpp"
#include "core/planned_value.hpp"
#include "core/schedule_curve.hpp"
#include "core/tolerance.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

WeekendMask weekend_from(FuzzInput& in) {
    switch (in.byte() % 3) {
    case 0: {
        const auto mask = WeekendMask::parse(in.flag() ? in.bytes(in.byte() % 9) : std::string(in.word()));
        if (mask)
            return *mask;
        break;
    }
    case 1: {
        const auto mask = WeekendMask::from_code(static_cast<int>(in.u32()) % 40 - (in.flag() ? 0 : 20));
        if (mask)
            return *mask;
        break;
    }
    default: {
        std::string bits;
        const std::uint8_t b = in.byte();
        for (int i = 0; i < 7; ++i)
            bits += (b >> i) & 1 ? '1' : '0';
        const auto mask = WeekendMask::parse(bits);
        PMO_FUZZ_CHECK(mask.ok() == (bits != "1111111"));
        if (mask) {
            PMO_FUZZ_CHECK(mask->working_days_per_week() == static_cast<int>(std::count(bits.begin(), bits.end(), '0')));
            return *mask;
        }
        break;
    }
    }
    return WeekendMask();
}

void check_civil(Day day) {
    const std::string iso = iso_date(day);
    PMO_FUZZ_CHECK(!iso.empty());
    const CivilDate c = civil_from_day(day);
    PMO_FUZZ_CHECK(c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= 31);
    if (day >= first_plausible_day - 1000000 && day <= last_plausible_day + 1000000) {
        PMO_FUZZ_CHECK(day_from_civil(c) == day);
        const int weekday = weekday_monday_first(day);
        PMO_FUZZ_CHECK(weekday >= 0 && weekday <= 6);
        PMO_FUZZ_CHECK(weekday_monday_first(day + 7) == weekday);
    }
}

void check_calendar(const WorkCalendar& calendar, Day a, Day b, std::int64_t n) {
    const std::int64_t days = calendar.working_days(a, b);
    PMO_FUZZ_CHECK(days >= 0);
    if (b < a) {
        PMO_FUZZ_CHECK(days == 0);
    } else {
        PMO_FUZZ_CHECK(days <= b - a + 1);
        const Day middle = a + (b - a) / 2;
        PMO_FUZZ_CHECK(calendar.working_days(a, middle) + calendar.working_days(middle + 1, b) == days);
        if (b - a < 60) {
            std::int64_t counted = 0;
            for (Day d = a; d <= b; ++d)
                counted += calendar.is_working_day(d) ? 1 : 0;
            PMO_FUZZ_CHECK(counted == days);
        }
    }
    const auto nth = calendar.nth_working_day(a, n);
    if (n < 1) {
        PMO_FUZZ_CHECK(nth == a);
    } else if (nth) {
        PMO_FUZZ_CHECK(*nth <= last_plausible_day);
        PMO_FUZZ_CHECK(calendar.is_working_day(*nth));
        PMO_FUZZ_CHECK(calendar.working_days(a, *nth) == n);
    } else {
        PMO_FUZZ_CHECK(calendar.working_days(a, last_plausible_day) < n);
    }
    const std::int64_t slip = schedule_slip(a, b, calendar);
    PMO_FUZZ_CHECK(b > a ? slip >= 0 : slip <= 0);
    PMO_FUZZ_CHECK(std::abs(slip) <= std::abs(b - a));
    PMO_FUZZ_CHECK(schedule_slip(b, a, calendar) == -slip);
}

void check_curve(FuzzInput& in, const WorkCalendar& calendar) {
    std::vector<TaskPlan> tasks;
    const int count = in.byte() % 6;
    double total = 0;
    // Tasks within a few years (plans span months; a wider span only makes each run slower).
    const Day base = first_plausible_day + static_cast<Day>(in.u32() % (last_plausible_day - first_plausible_day + 1));
    for (int i = 0; i < count; ++i) {
        const double budget = in.number();
        const Day start = std::min(base + static_cast<Day>(in.u16() % 2000), last_plausible_day);
        const Day finish = in.flag() ? start + in.byte() : start + in.u16() % 1000;
        const auto plan = make_task_plan(budget, start, std::min(finish, last_plausible_day));
        if (!plan)
            continue;
        PMO_FUZZ_CHECK(plan->budget >= 0);
        if (!std::isfinite(plan->budget) || plan->budget > 1e15)
            continue;  // amounts beyond 10^15 never reach a plan (the reader and the functions stop them)
        tasks.push_back(*plan);
        total += plan->budget;
    }
    const PlannedCurve curve(tasks, calendar);
    PMO_FUZZ_CHECK(curve.empty() == tasks.empty());
    if (curve.empty())
        return;
    const Day status = in.day();
    double planned = 0;
    for (const TaskPlan& task : tasks) {
        const double pv = planned_value(task, status, calendar);
        PMO_FUZZ_CHECK(pv >= 0 && pv <= task.budget * (1 + 1e-12));
        planned += pv;
    }
    PMO_FUZZ_CHECK(close_enough(curve.at(status), planned, 1e-9));
    PMO_FUZZ_CHECK(close_enough(curve.at(curve.finish()), total, 1e-9));
    PMO_FUZZ_CHECK(curve.at(curve.start() - 1) == 0);
    for (EsPeriod period : {EsPeriod::weeks, EsPeriod::working_days}) {
        const std::vector<double> periods = curve.per_period(period, calendar);
        PMO_FUZZ_CHECK(!periods.empty());
        PMO_FUZZ_CHECK(std::is_sorted(periods.begin(), periods.end()));
        PMO_FUZZ_CHECK(periods.back() == curve.at(curve.finish()));
        const double elapsed = curve.periods_until(status, period, calendar);
        PMO_FUZZ_CHECK(std::isfinite(elapsed) && elapsed >= 0);
        const auto day = curve.day_after(elapsed, period, calendar);
        PMO_FUZZ_CHECK(!day || (*day >= curve.start() && *day <= last_plausible_day));
        (void)curve.day_after(in.number(), period, calendar);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    check_civil(in.i64());
    check_civil(in.day());

    const WeekendMask weekend = weekend_from(in);
    std::vector<Day> holidays;
    const int holiday_count = in.byte() % 12;
    for (int i = 0; i < holiday_count; ++i)
        holidays.push_back(in.day());
    const WorkCalendar calendar(weekend, holidays);
    for (Day h : holidays)
        PMO_FUZZ_CHECK(!calendar.is_working_day(h));

    const Day a = in.day();
    const Day b = in.flag() ? a + static_cast<std::int8_t>(in.byte()) : in.day();
    check_calendar(calendar, a, b, static_cast<std::int64_t>(in.u32() % 200000) - 10);
    check_curve(in, calendar);
    return 0;
}
