#include "progress_line.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace pmocalc {

double WorkdayScale::start_of(Day day) const {
    if (day > origin_)
        return static_cast<double>(calendar_->working_days(origin_, day - 1));
    // Before the origin: counted back, negative.
    return -static_cast<double>(calendar_->working_days(day, origin_ - 1));
}

double WorkdayScale::end_of(Day day) const {
    return start_of(day) + (calendar_->is_working_day(day) ? 1.0 : 0.0);
}

double WorkdayScale::time_at(double position) const {
    // Past the plausible days (a corrupt position) the last plausible day stands.
    const auto nth = [&](std::int64_t n) {
        if (n >= 1)
            return static_cast<double>(calendar_->nth_working_day(origin_, n).value_or(last_plausible_day));
        // At or before the origin: counted back over working days.
        Day day = origin_;
        for (std::int64_t k = n; k < 1 && day > first_plausible_day;) {
            --day;
            if (calendar_->is_working_day(day))
                ++k;
        }
        return static_cast<double>(day);
    };
    const double whole = std::floor(position);
    const double fraction = position - whole;
    const auto n = static_cast<std::int64_t>(whole);
    if (fraction == 0.0)
        return n == 0 ? static_cast<double>(origin_) : nth(n) + 1.0;  // the end of the n-th working day
    return nth(n + 1) + fraction;
}

std::vector<ProgressPoint> progress_line(std::span<const ProgressTask> tasks, Day status_date,
                                         const WorkdayScale& scale) {
    const double today = scale.end_of(status_date);
    std::vector<ProgressPoint> line;
    line.reserve(tasks.size());
    for (const ProgressTask& task : tasks) {
        const double percent = std::clamp(task.percent_complete, 0.0, 1.0);
        const double bar_start = scale.start_of(task.start);
        const double bar_end = std::max(bar_start, scale.end_of(task.finish));
        double position = bar_start + percent * (bar_end - bar_start);
        if (percent >= 1.0 && task.finish <= status_date)
            position = today;  // done as planned, or late but done: nothing left behind
        else if (percent <= 0.0 && task.start > status_date)
            position = today;  // not due to start
        line.push_back({position, position - today});
    }
    return line;
}

std::vector<ProgressChart> progress_charts(const Portfolio& portfolio, const std::vector<std::string>& projects_by_slip,
                                           const std::vector<HistoryRow>& history, Day status_date,
                                           const WorkCalendar& calendar, std::size_t* projects_left_out) {
    std::map<std::string_view, std::vector<const Task*>> by_project;  // one pass: 200 projects × 500 tasks
    for (const Task& task : portfolio.tasks)
        by_project[task.project_id].push_back(&task);
    // The projects charted, then the earlier dates drawn: only their rows of a
    // long history are looked up (a history holds every task at every date).
    std::vector<const std::string*> charted;
    std::size_t left_out = 0;
    for (const std::string& id : projects_by_slip)
        if (by_project.count(id) != 0) {
            if (charted.size() < max_progress_charts)
                charted.push_back(&id);
            else
                ++left_out;
        }
    std::set<Day> recorded_dates;
    for (const HistoryRow& row : history)
        if (row.level == HistoryLevel::task && row.status_date < status_date && row.percent_complete)
            recorded_dates.insert(row.status_date);
    std::vector<Day> dates(recorded_dates.begin(), recorded_dates.end());
    if (dates.size() > max_earlier_progress_lines)
        dates.erase(dates.begin(), dates.end() - static_cast<std::ptrdiff_t>(max_earlier_progress_lines));
    std::map<std::tuple<Day, std::string_view, std::string_view>, double> recorded;
    for (const HistoryRow& row : history)
        if (row.level == HistoryLevel::task && row.percent_complete && !row.task_id.empty() &&
            std::binary_search(dates.begin(), dates.end(), row.status_date) &&
            std::any_of(charted.begin(), charted.end(), [&](const std::string* id) { return *id == row.project_id; }))
            recorded[{row.status_date, row.project_id, row.task_id}] = *row.percent_complete;
    dates.push_back(status_date);

    std::vector<ProgressChart> charts;
    for (const std::string* charted_id : charted) {
        const std::string& id = *charted_id;
        const auto found = by_project.find(id);
        std::vector<const Task*> tasks = found->second;
        ProgressChart chart;
        chart.project_id = id;
        chart.name = id;
        for (const Project& project : portfolio.projects)
            if (project.id == id && !project.name.empty())
                chart.name = project.name;
        const std::size_t total = tasks.size();
        if (total > max_progress_chart_bars) {
            // Work done before the earliest line says least about it: it goes
            // first (as much of it as needed), then the plan's last tasks.
            std::size_t surplus = total - max_progress_chart_bars;
            std::erase_if(tasks, [&](const Task* task) {
                const bool long_done = task->percent_complete >= 1.0 && task->finish < dates.front();
                if (!long_done || surplus == 0)
                    return false;
                --surplus;
                return true;
            });
            tasks.resize(max_progress_chart_bars);
        }
        chart.tasks_left_out = total - tasks.size();

        Day origin = tasks.front()->start;
        for (const Task* task : tasks)
            origin = std::min(origin, task->start);
        const WorkdayScale scale(origin, calendar);
        for (const Task* task : tasks)
            chart.bars.push_back({task->id, task->name, static_cast<double>(task->start),
                                  static_cast<double>(task->finish + 1)});
        for (const Day date : dates) {
            ProgressChart::Line line;
            line.status_date = date;
            line.time = scale.time_at(scale.end_of(date));
            std::vector<ProgressTask> known;
            std::vector<std::size_t> at;
            for (std::size_t i = 0; i < tasks.size(); ++i) {
                std::optional<double> percent = tasks[i]->percent_complete;
                if (date != status_date) {
                    const auto found = recorded.find({date, id, tasks[i]->id});
                    percent = found == recorded.end() || tasks[i]->id.empty() ? std::nullopt
                                                                              : std::optional(found->second);
                }
                if (percent) {
                    known.push_back({tasks[i]->start, tasks[i]->finish, *percent});
                    at.push_back(i);
                }
            }
            line.points.assign(tasks.size(), std::nullopt);
            const auto points = progress_line(known, date, scale);
            for (std::size_t k = 0; k < points.size(); ++k)
                line.points[at[k]] = scale.time_at(points[k].position);
            // An earlier date none of these tasks was recorded at draws no line.
            if (date == status_date || !known.empty())
                chart.lines.push_back(std::move(line));
        }
        charts.push_back(std::move(chart));
    }
    if (projects_left_out)
        *projects_left_out = left_out;
    return charts;
}

}  // namespace pmocalc
