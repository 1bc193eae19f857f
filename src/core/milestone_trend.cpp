#include "milestone_trend.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>

#include "planned_value.hpp"

namespace pmocalc {

namespace {

constexpr double days_per_week = 7.0;

// Working days of slip per week of reporting between two points.
double slip_per_week(const MilestonePoint& from, const MilestonePoint& to, const WorkCalendar& calendar) {
    const double weeks = static_cast<double>(to.status_date - from.status_date) / days_per_week;
    return static_cast<double>(schedule_slip(from.forecast, to.forecast, calendar)) / weeks;
}

}  // namespace

std::vector<TrendSubject> milestone_trend_subjects(const Portfolio& portfolio) {
    std::map<std::string_view, std::vector<const Task*>> milestones;  // one pass over the tasks
    for (const Task& task : portfolio.tasks)
        if (task.milestone && !task.id.empty())
            milestones[task.project_id].push_back(&task);
    std::vector<TrendSubject> out;
    for (const Project& project : portfolio.projects) {
        out.push_back({project.id, "", project.name});
        if (const auto found = milestones.find(project.id); found != milestones.end())
            for (const Task* task : found->second)
                out.push_back({project.id, task->id, task->name});
    }
    return out;
}

std::vector<MilestoneTrend> milestone_trends(std::span<const TrendSubject> subjects,
                                             const std::vector<HistoryRow>& history, Day current,
                                             const WorkCalendar& calendar) {
    // The recorded rows of each subject, by status date (a date recorded twice: its last row).
    std::map<std::pair<std::string, std::string>, std::map<Day, const HistoryRow*>> recorded;
    for (const HistoryRow& row : history) {
        if (row.status_date > current || row.level == HistoryLevel::portfolio || !row.forecast_finish)
            continue;
        const std::string task = row.level == HistoryLevel::task ? row.task_id : std::string();
        recorded[{row.project_id, task}][row.status_date] = &row;
    }
    std::vector<MilestoneTrend> out;
    out.reserve(subjects.size());
    for (const TrendSubject& subject : subjects) {
        MilestoneTrend trend;
        trend.subject = subject;
        if (const auto found = recorded.find({subject.project_id, subject.task_id}); found != recorded.end()) {
            for (const auto& [date, row] : found->second)
                trend.points.push_back({date, *row->forecast_finish});
            trend.baseline_finish = found->second.rbegin()->second->baseline_finish;
        }
        const auto& points = trend.points;
        if (points.size() >= 2) {
            trend.slip_per_week = slip_per_week(points.front(), points.back(), calendar);
            trend.recent_slip_per_week = slip_per_week(points[points.size() - 2], points.back(), calendar);
        }
        if (points.size() >= 3) {
            const double before = slip_per_week(points.front(), points[points.size() - 2], calendar);
            trend.earlier_slip_per_week = before;
            trend.accelerating = *trend.recent_slip_per_week > 0 &&
                                 *trend.recent_slip_per_week >= before + slip_acceleration_per_week;
        }
        out.push_back(std::move(trend));
    }
    return out;
}

}  // namespace pmocalc
