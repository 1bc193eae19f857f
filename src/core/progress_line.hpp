// The progress line (イナズマ線) of a plan at a status date: where each task's
// progress stands on its own bar, on a working-day scale. Japanese PMOs draw
// it by hand across their Gantt charts; a line pulled left of the status date
// at a task shows the work it is behind, pushed right the work it is ahead.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "status_history.hpp"

namespace pmocalc {

// Working days laid end to end from an origin: a day starts at the number of
// working days from the origin to the day before it and ends one working day
// later (a weekend or holiday starts and ends where the next working day
// starts). Bars and the status date are drawn on it so that a week-end is no
// gap and a holiday no slip.
class WorkdayScale {
public:
    WorkdayScale(Day origin, const WorkCalendar& calendar) : origin_(origin), calendar_(&calendar) {}

    double start_of(Day day) const;
    double end_of(Day day) const;  // work through the whole of `day`
    // The calendar time (a day serial and the fraction of it) at which a
    // position is reached, for drawing on a date axis: a whole position is the
    // end of a working day (midnight after it, not the start of the next
    // working day after a weekend), a fraction is that much of the next one.
    double time_at(double position) const;
    Day origin() const { return origin_; }

private:
    Day origin_;
    const WorkCalendar* calendar_;
};

// A task as the progress line needs it: its planned bar and its progress.
struct ProgressTask {
    Day start = 0;
    Day finish = 0;  // inclusive
    double percent_complete = 0;  // 0..1
};

// One task's point of the line.
struct ProgressPoint {
    double position = 0;   // on the scale
    double lead_days = 0;  // working days from the status date: negative behind, positive ahead
};

// The line at `status_date` (work through that day counts as done on time):
// a task's point lies as far along its bar as its percent complete (start +
// percent × its working days). A task finished by its planned finish and a
// task not due to start yet stand on the status date; a task finished before
// its planned finish stands at its bar's end (ahead), a task that should have
// started and has not at its bar's start (behind by the work planned so far).
// One point per task, in their order.
std::vector<ProgressPoint> progress_line(std::span<const ProgressTask> tasks, Day status_date,
                                         const WorkdayScale& scale);

// ---- the Gantt chart with progress lines ------------------------------------------

// A project's plan as bars with the progress lines of its status dates, on a
// date axis (times are day serials with fractions, the end of a day being the
// next day's start): what a report draws, one chart per project.
struct ProgressChart {
    struct Bar {
        std::string task_id;
        std::string name;
        double start = 0;   // the start of its first day
        double finish = 0;  // the end of its last day
    };
    struct Line {
        Day status_date = 0;
        double time = 0;  // the end of the status date
        std::vector<std::optional<double>> points;  // per bar: where its progress stood (nullopt: not recorded then)
    };
    std::string project_id;
    std::string name;
    std::vector<Bar> bars;  // top to bottom, in plan order
    std::size_t tasks_left_out = 0;  // past max_progress_chart_bars
    std::vector<Line> lines;  // earlier status dates first, the current one last
};

// At most this many bars a chart (a printed page's worth) and earlier lines.
inline constexpr std::size_t max_progress_chart_bars = 40;
// Projects: a page each, as many as the schedule section details (each chart
// costs the report about 50 ms to draw at 100k task rows).
inline constexpr std::size_t max_progress_charts = 3;
inline constexpr std::size_t max_earlier_progress_lines = 3;

// The chart of each project with tasks, the most slip (working days) first,
// at most max_progress_charts (`projects_left_out`: how many more had tasks):
// its leaf tasks in plan order (tasks done before the earliest line's date
// left out first when there are too many), the line at `status_date` from the
// tasks' percent complete, and at up to max_earlier_progress_lines earlier
// status dates of `history` from their recorded percent complete (against
// today's plan, tasks matched by ID).
std::vector<ProgressChart> progress_charts(const Portfolio& portfolio, const std::vector<std::string>& projects_by_slip,
                                           const std::vector<HistoryRow>& history, Day status_date,
                                           const WorkCalendar& calendar, std::size_t* projects_left_out = nullptr);

}  // namespace pmocalc
