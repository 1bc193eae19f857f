#include "planned_value.hpp"

#include <algorithm>
#include <string>

namespace pmocalc {

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

Outcome<double> earned_value(double budget, double percent_complete) {
    if (percent_complete < 0 || percent_complete > 1)
        return invalid_input("percent complete must lie in 0..1 (0% … 100%), got " + std::to_string(percent_complete));
    return budget * percent_complete;
}

std::int64_t schedule_slip(Day baseline_finish, Day forecast_finish, const WorkCalendar& calendar) {
    if (forecast_finish >= baseline_finish)
        return calendar.working_days(baseline_finish + 1, forecast_finish);
    return -calendar.working_days(forecast_finish + 1, baseline_finish);
}

}  // namespace pmocalc
