// The schedule networks of a portfolio for the report: per project with a
// predecessors column, the critical path method on the planned working days
// with its dates on the working-day calendar, a Monte Carlo of the finish
// (three-point estimates, else a duration uncertainty the user sets, plus the
// risk register's schedule risks) and the DCMA schedule health checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "schedule_health.hpp"
#include "schedule_network.hpp"
#include "schedule_risk.hpp"

namespace pmocalc {

// Without three-point estimates a task's duration is drawn from the
// triangular (planned × (1 + low), planned, planned × (1 + high)).
struct DurationUncertainty {
    double low = -0.10;
    double high = 0.30;
};

struct ScheduleOptions {
    DurationUncertainty uncertainty;
    std::size_t iterations = default_iterations;
    std::uint64_t seed = default_simulation_seed;
    // (tasks + links) × iterations the report may simulate per project and in
    // all, so that a report over a huge portfolio stays a matter of seconds
    // (about 1e8 a second on two cores): above them a project gets fewer
    // iterations (said), one that would get fewer than min_iterations is not
    // simulated (said).
    double work_per_project = 2e8;
    double work_in_all = 4e8;
    std::size_t min_iterations = 100;
    unsigned threads = 0;  // 0: every core
};

// One task of a project's network, its dates and floats in working days.
struct ScheduledTask {
    std::size_t task = 0;  // index in Portfolio::tasks
    double duration = 0;   // planned working days
    Day early_start = 0, early_finish = 0, late_start = 0, late_finish = 0;
    double total_float = 0;
    double free_float = 0;
    bool critical = false;
};

struct TaskFigure {
    std::size_t task;  // index in ProjectSchedule::tasks
    double value;
};

struct FinishPoint {
    Day day;
    double probability;  // of finishing on or before the day
};

enum class EstimateSource { three_point, uncertainty, mixed };

struct ScheduleRiskFigures {
    std::size_t iterations = 0;
    bool iterations_reduced = false;
    std::uint64_t seed = default_simulation_seed;
    EstimateSource estimates = EstimateSource::uncertainty;
    DurationUncertainty uncertainty;  // of the tasks without three-point estimates
    std::size_t events = 0;  // schedule risks from the risk register
    Day p50 = 0, p80 = 0, p95 = 0;
    double probability_on_time = 0;  // of finishing by the baseline finish
    std::vector<TaskFigure> criticality;  // the most often critical first, at most top_tasks
    std::vector<TaskFigure> sensitivity;  // by |rank correlation|, at most top_tasks
    std::vector<double> sensitivity_of_task;  // every task's, index = ProjectSchedule::tasks
    std::vector<FinishPoint> finish_curve;  // the S-curve, at most ~30 points
};

inline constexpr std::size_t top_tasks = 10;

struct ProjectSchedule {
    std::string project_id;
    bool network_ok = false;  // else no figures: the problems are diagnostics
    std::vector<ScheduledTask> tasks;
    std::vector<std::size_t> critical_path;  // indices in `tasks`, the first task first
    std::size_t links = 0;
    Day start = 0;           // time 0: the first working day of the earliest planned start
    Day early_finish = 0;    // by the critical path method
    double length = 0;       // working days
    Day baseline_finish = 0; // the latest baseline finish (or planned finish without a baseline)
    double finish_float = 0; // working days from the early finish to the baseline finish; negative when late
    std::optional<ScheduleRiskFigures> risk;
    std::vector<HealthCheck> health;
};

// A predecessor naming another project's task ("P02:15" in P05's Tasks):
// `to_task` of `to_project` waits for `from_task` of `from_project`. Kept out
// of both projects' networks; see cross_project.hpp for what it does to them.
struct CrossProjectLink {
    std::string from_project, from_task;
    std::string to_project, to_task;
    LinkType type = LinkType::finish_start;
    double lag = 0;  // working days
    std::size_t from_row = 0, to_row = 0;  // indices in Portfolio::tasks
};

struct ScheduleAnalysis {
    std::vector<ProjectSchedule> projects;  // in the portfolio's project order
    std::vector<Diagnostic> diagnostics;
    std::vector<CrossProjectLink> cross_project_links;  // in the successors' row order
};

// Nothing (no projects, no diagnostics) when no task sheet has a predecessors column.
ScheduleAnalysis analyse_schedules(const Portfolio& portfolio, const WorkCalendar& calendar, Day status_date,
                                   const ScheduleOptions& options);

// Working-day offsets from a project's day 0 as dates: a start at offset t is
// worked on the (t+1)-th working day, a finish at offset f ends on the f-th
// (a zero-length task at 0 on day 0 itself).
Day start_day(const WorkCalendar& calendar, Day origin, double offset);
Day finish_day(const WorkCalendar& calendar, Day origin, double offset);
// The offset whose finish falls on `day` (working days from origin through day; 0 before origin).
double finish_offset(const WorkCalendar& calendar, Day origin, Day day);

}  // namespace pmocalc
