#include "planned_value.hpp"

#include <algorithm>

namespace pmocalc {

Outcome<TaskPlan> make_task_plan(double budget, Day start, Day finish) {
    if (!(budget >= 0))  // negative, or not a number at all
        return invalid_input(Msg::budget_negative);
    if (finish < start)
        return invalid_input(Msg::finish_before_start);
    return TaskPlan{budget, start, finish};
}

double planned_value(const TaskPlan& task, Day status_date, const WorkCalendar& calendar) {
    if (status_date < task.start)
        return 0.0;
    if (status_date >= task.finish)
        return task.budget;
    const auto total = calendar.working_days(task.start, task.finish);
    if (total == 0)
        return 0.0;
    const auto elapsed = calendar.working_days(task.start, std::min(status_date, task.finish));
    return task.budget * static_cast<double>(elapsed) / static_cast<double>(total);
}

Outcome<double> checked_percent_complete(double fraction) {
    if (!(fraction >= 0 && fraction <= 1))
        return invalid_input({Msg::percent_outside, {MessageArg::percent(fraction)}});
    return fraction;
}

Outcome<double> earned_value(double budget, double percent_complete) {
    const auto percent = checked_percent_complete(percent_complete);
    if (!percent)
        return percent;
    return budget * *percent;
}

std::int64_t schedule_slip(Day baseline_finish, Day forecast_finish, const WorkCalendar& calendar) {
    if (forecast_finish >= baseline_finish)
        return calendar.working_days(baseline_finish + 1, forecast_finish);
    return -calendar.working_days(forecast_finish + 1, baseline_finish);
}

}  // namespace pmocalc
