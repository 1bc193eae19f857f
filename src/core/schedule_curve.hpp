// The plan's cumulative planned value over time for a set of tasks: built
// once day by day (linear PV on each working day, as planned_value spreads a
// budget) and then read per reporting period. Earned schedule measures
// against it, from the plan's first day, in weeks or in working days.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "calendar.hpp"
#include "planned_value.hpp"

namespace pmocalc {

// The period earned schedule counts in: working weeks (as many working days
// as the calendar's week has, 5 with Saturday and Sunday off), or working days
// (as evmtools and many Japanese PMOs do). Both are counted on the working-day
// calendar, so a weekend or a holiday never counts as schedule time.
enum class EsPeriod { weeks, working_days };

class PlannedCurve {
public:
    // O(tasks + days the plan spans).
    PlannedCurve(std::span<const TaskPlan> tasks, const WorkCalendar& calendar);
    // The plan of all the parts together (a portfolio of its projects' plans):
    // O(parts + days), the same as building it from all their tasks.
    static PlannedCurve sum_of(std::span<const PlannedCurve> parts);

    bool empty() const { return cumulative_.empty(); }
    Day start() const { return start_; }                                 // the first planned day
    Day finish() const { return start_ + static_cast<Day>(cumulative_.size()) - 1; }  // the last
    // Cumulative PV planned up to and including `day`: 0 before the start, all after the finish.
    double at(Day day) const;

    // The cumulative PV at the end of each period from the start to the finish.
    std::vector<double> per_period(EsPeriod period, const WorkCalendar& calendar) const;
    // Periods from the start to the end of `day`, both included: working days,
    // or working days / working days per week.
    double periods_until(Day day, EsPeriod period, const WorkCalendar& calendar) const;
    // The day on which `periods` periods from the start end; nullopt beyond the calendar.
    std::optional<Day> day_after(double periods, EsPeriod period, const WorkCalendar& calendar) const;

private:
    PlannedCurve() = default;

    Day start_ = 0;
    std::vector<double> cumulative_;  // one per calendar day from start_
};

}  // namespace pmocalc
