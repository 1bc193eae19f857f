#include "schedule_curve.hpp"

#include <algorithm>
#include <cmath>

namespace pmocalc {

PlannedCurve::PlannedCurve(std::span<const TaskPlan> tasks, const WorkCalendar& calendar) {
    if (tasks.empty())
        return;
    Day first = tasks.front().start;
    Day last = tasks.front().finish;
    for (const TaskPlan& task : tasks) {
        first = std::min(first, task.start);
        last = std::max(last, task.finish);
    }
    start_ = first;
    const auto days = static_cast<std::size_t>(last - first + 1);
    // Each task adds budget / its working days on each of its working days:
    // a rate that starts and stops (a difference array), then summed up.
    std::vector<double> rate_change(days + 1, 0.0);
    std::vector<double> lump(days, 0.0);
    for (const TaskPlan& task : tasks) {
        const auto working = calendar.working_days(task.start, task.finish);
        const auto from = static_cast<std::size_t>(task.start - first);
        const auto to = static_cast<std::size_t>(task.finish - first);
        if (working == 0) {
            lump[to] += task.budget;  // no working day at all: planned in full on its finish
            continue;
        }
        const double rate = task.budget / static_cast<double>(working);
        rate_change[from] += rate;
        rate_change[to + 1] -= rate;
    }
    cumulative_.resize(days);
    double rate = 0;
    double total = 0;
    for (std::size_t d = 0; d < days; ++d) {
        rate += rate_change[d];
        if (calendar.is_working_day(first + static_cast<Day>(d)))
            total += rate;
        total += lump[d];
        cumulative_[d] = total;
    }
}

PlannedCurve PlannedCurve::sum_of(std::span<const PlannedCurve> parts) {
    PlannedCurve sum;
    bool any = false;
    Day first = 0, last = 0;
    for (const PlannedCurve& part : parts) {
        if (part.empty())
            continue;
        first = any ? std::min(first, part.start()) : part.start();
        last = any ? std::max(last, part.finish()) : part.finish();
        any = true;
    }
    if (!any)
        return sum;
    sum.start_ = first;
    const auto days = static_cast<std::size_t>(last - first + 1);
    sum.cumulative_.assign(days, 0.0);
    // Within its span a part adds its own curve; after it, its total (a difference array).
    std::vector<double> total_from(days + 1, 0.0);
    for (const PlannedCurve& part : parts) {
        if (part.empty())
            continue;
        const auto offset = static_cast<std::size_t>(part.start() - first);
        for (std::size_t d = 0; d < part.cumulative_.size(); ++d)
            sum.cumulative_[offset + d] += part.cumulative_[d];
        total_from[offset + part.cumulative_.size()] += part.cumulative_.back();
    }
    double done = 0;
    for (std::size_t d = 0; d < days; ++d) {
        done += total_from[d];
        sum.cumulative_[d] += done;
    }
    return sum;
}

double PlannedCurve::at(Day day) const {
    if (cumulative_.empty() || day < start_)
        return 0.0;
    if (day > finish())
        return cumulative_.back();
    return cumulative_[static_cast<std::size_t>(day - start_)];
}

std::vector<double> PlannedCurve::per_period(EsPeriod period, const WorkCalendar& calendar) const {
    std::vector<double> curve;
    if (cumulative_.empty())
        return curve;
    const int step = period == EsPeriod::weeks ? calendar.working_days_per_week() : 1;
    int counted = 0;
    for (Day day = start_; day <= finish(); ++day)
        if (calendar.is_working_day(day) && ++counted % step == 0)
            curve.push_back(at(day));
    if (curve.empty() || curve.back() < cumulative_.back())
        curve.push_back(cumulative_.back());  // a part period at the end, or a plan of non-working days only
    return curve;
}

double PlannedCurve::periods_until(Day day, EsPeriod period, const WorkCalendar& calendar) const {
    if (day < start_)
        return 0.0;
    const double days = static_cast<double>(calendar.working_days(start_, day));
    return period == EsPeriod::weeks ? days / calendar.working_days_per_week() : days;
}

std::optional<Day> PlannedCurve::day_after(double periods, EsPeriod period, const WorkCalendar& calendar) const {
    if (!std::isfinite(periods) || periods < 0)
        return std::nullopt;
    const double days = std::ceil(periods * (period == EsPeriod::weeks ? calendar.working_days_per_week() : 1));
    if (days > static_cast<double>(last_plausible_day - start_))
        return std::nullopt;
    return calendar.nth_working_day(start_, std::max<std::int64_t>(1, static_cast<std::int64_t>(days)));
}

}  // namespace pmocalc
