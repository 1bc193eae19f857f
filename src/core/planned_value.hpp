// Planned and earned value of a task list measured on a working-day calendar.
#pragma once

#include <cstdint>

#include "calendar.hpp"
#include "outcome.hpp"

namespace pmocalc {

struct TaskPlan {
    double budget;  // money or person-days (人日): the unit only has to be consistent
    Day start;
    Day finish;     // inclusive
};

// A task's plan as typed: the budget not negative, the finish not before the start.
Outcome<TaskPlan> make_task_plan(double budget, Day start, Day finish);

// The budget spread evenly over the task's working days (linear PV), counting
// the working days start..min(status, finish): 0 before start, the full budget
// from finish on. A task with no working day at all (a weekend milestone) is
// planned in full on its finish date.
double planned_value(const TaskPlan& task, Day status_date, const WorkCalendar& calendar);

// A percent complete as a fraction in 0..1 (0 % … 100 %).
Outcome<double> checked_percent_complete(double fraction);

// Budget × percent complete (PMBOK 6 §7.4.2.2 EV = Σ % complete × budget).
Outcome<double> earned_value(double budget, double percent_complete);

// Signed working days between a baseline and a forecast finish: later is
// positive (working days in (baseline, forecast]), earlier negative, same day 0.
// Weekends and holidays never count as slip.
std::int64_t schedule_slip(Day baseline_finish, Day forecast_finish, const WorkCalendar& calendar);

}  // namespace pmocalc
