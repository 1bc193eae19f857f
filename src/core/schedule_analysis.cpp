#include "schedule_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "workbook.hpp"

namespace pmocalc {

namespace {

// Offsets are sums of whole working days and typed lags; this absorbs the
// rounding of fractional ones so that 5.0000000001 is still day 5.
constexpr double offset_rounding = 1e-9;

// The k-th working day counting `origin` (a working day) as 1; k ≤ 0 counts
// back: 0 is the working day before origin.
Day working_day_number(const WorkCalendar& calendar, Day origin, std::int64_t k) {
    if (k >= 1)
        return calendar.nth_working_day(origin, k).value_or(last_plausible_day);
    const std::int64_t back = 1 - k;
    if (origin <= first_plausible_day || calendar.working_days(first_plausible_day, origin - 1) < back)
        return first_plausible_day;
    Day low = first_plausible_day;
    Day high = origin - 1;
    // The latest day with `back` working days from it to the day before origin.
    while (low < high) {
        const Day middle = high - (high - low) / 2;
        if (calendar.working_days(middle, origin - 1) >= back)
            low = middle;
        else
            high = middle - 1;
    }
    return low;
}

// The figures of one simulation: the finish percentiles and curve as dates,
// criticality and sensitivity ranked.
ScheduleRiskFigures risk_figures(const SimulationResult& result, const WorkCalendar& calendar, Day origin,
                                 double required, std::size_t iterations) {
    ScheduleRiskFigures figures;
    figures.iterations = iterations;
    figures.p50 = finish_day(calendar, origin, result.percentile(0.50));
    figures.p80 = finish_day(calendar, origin, result.percentile(0.80));
    figures.p95 = finish_day(calendar, origin, result.percentile(0.95));
    figures.probability_on_time = result.probability_within(required + offset_rounding);
    auto top = [](const std::vector<double>& values, bool by_magnitude) {
        std::vector<TaskFigure> ranked;
        for (std::size_t t = 0; t < values.size(); ++t)
            if (values[t] != 0)
                ranked.push_back({t, values[t]});
        const auto key = [&](const TaskFigure& f) { return by_magnitude ? std::fabs(f.value) : f.value; };
        std::stable_sort(ranked.begin(), ranked.end(),
                         [&](const TaskFigure& a, const TaskFigure& b) { return key(a) > key(b); });
        if (ranked.size() > top_tasks)
            ranked.resize(top_tasks);
        return ranked;
    };
    figures.criticality = top(result.criticality, false);
    figures.sensitivity = top(result.sensitivity, true);
    figures.sensitivity_of_task = result.sensitivity;
    // The S-curve over whole working days, at most ~30 points however long the spread.
    constexpr double curve_points = 30;
    const double low = std::floor(result.finishes.front() + offset_rounding);
    const double high = std::ceil(result.finishes.back() - offset_rounding);
    const double step = std::max(1.0, std::ceil((high - low) / curve_points));
    for (double offset = low;; offset += step) {
        const double at = std::min(offset, high);
        figures.finish_curve.push_back(
            {finish_day(calendar, origin, at), result.probability_within(at + offset_rounding)});
        if (at >= high)
            break;
    }
    return figures;
}

// The critical path shown: of the paths that end last, the one through the
// most tasks. A level-of-effort task spanning the whole project (project
// management, started with the first task) ties with the chain of work it
// accompanies; the chain is the path a PM needs to see.
std::vector<std::uint32_t> longest_path(const ScheduleNetwork& network, std::span<const double> durations,
                                        const CriticalPath& cpm) {
    const std::size_t n = network.size();
    if (n == 0)
        return {};
    const auto close = [&](double a, double b) {
        return std::fabs(a - b) <= offset_rounding * std::max(1.0, std::fabs(cpm.finish));
    };
    // The start a link allows its task (the precedence diagramming method's four types).
    const auto allowed = [&](const NetworkLink& link, std::size_t task) {
        const std::uint32_t p = link.predecessor;
        switch (link.type) {
        case LinkType::finish_start: return cpm.early_finish[p] + link.lag;
        case LinkType::start_start: return cpm.early_start[p] + link.lag;
        case LinkType::finish_finish: return cpm.early_finish[p] + link.lag - durations[task];
        case LinkType::start_finish: return cpm.early_start[p] + link.lag - durations[task];
        }
        return cpm.early_finish[p];
    };
    constexpr std::uint32_t none = UINT32_MAX;
    std::vector<std::size_t> tasks_on_path(n, 1);
    std::vector<std::uint32_t> via(n, none);
    for (std::uint32_t t : network.topological_order())
        for (const NetworkLink& link : network.predecessors_of(t))
            if (close(allowed(link, t), cpm.early_start[t]) && tasks_on_path[link.predecessor] + 1 > tasks_on_path[t]) {
                tasks_on_path[t] = tasks_on_path[link.predecessor] + 1;
                via[t] = link.predecessor;
            }
    std::uint32_t end = none;
    for (std::uint32_t t = 0; t < n; ++t)
        if (close(cpm.early_finish[t], cpm.finish) && (end == none || tasks_on_path[t] > tasks_on_path[end]))
            end = t;
    std::vector<std::uint32_t> path;
    for (std::uint32_t t = end; t != none; t = via[t])
        path.push_back(t);
    return {path.rbegin(), path.rend()};
}

class ProjectScheduler {
public:
    ProjectScheduler(const Portfolio& portfolio, const WorkCalendar& calendar, Day status_date,
                     const ScheduleOptions& options, std::vector<Diagnostic>& diagnostics,
                     const ProjectDirectory& directory, std::vector<CrossProjectLink>& cross_links)
        : portfolio_(portfolio), calendar_(calendar), status_date_(status_date), options_(options),
          diagnostics_(diagnostics), directory_(directory), cross_links_(cross_links) {}

    // The iterations every project may have at most, the portfolio's share of work_in_all.
    void set_portfolio_size(double tasks_and_links) { portfolio_size_ = tasks_and_links; }

    // Where a task's predecessors are typed ("H7"), or "" without such a column.
    static std::string predecessors_cell(const Task& task) {
        return task.predecessors_column == Task::no_column ? ""
                                                           : cell_address(task.source.row, task.predecessors_column);
    }

    ProjectSchedule schedule(const Project& project, const std::vector<std::size_t>& task_rows,
                             const std::vector<const RiskEntry*>& risks) {
        ProjectSchedule result;
        result.project_id = project.id;
        std::vector<NetworkTask> network_tasks;
        std::vector<std::size_t> rows;
        for (std::size_t row : task_rows) {
            const Task& task = portfolio_.tasks[row];
            if (task.id.empty()) {
                diagnostics_.push_back({Diagnostic::Severity::warning, task.source.sheet, predecessors_cell(task),
                                        Msg::schedule_task_without_id});
                continue;
            }
            network_tasks.push_back({task.id, task.predecessors});
            rows.push_back(row);
        }
        NetworkBuild build = build_network(network_tasks, &directory_, project.id);
        for (NetworkProblem& note : build.notes) {
            const Task& task = portfolio_.tasks[rows[note.task]];
            diagnostics_.push_back(
                {Diagnostic::Severity::note, task.source.sheet, predecessors_cell(task), std::move(note.message)});
        }
        for (const ExternalLink& link : build.external_links) {
            const Task& task = portfolio_.tasks[rows[link.task]];
            cross_links_.push_back({link.project, link.predecessor, project.id, task.id, link.type, link.lag,
                                    link.predecessor_index, rows[link.task]});
        }
        if (!build.network) {
            for (NetworkProblem& problem : build.problems) {
                const Task& task = portfolio_.tasks[rows[problem.task]];
                diagnostics_.push_back(
                    {Diagnostic::Severity::error, task.source.sheet, predecessors_cell(task), std::move(problem.message)});
            }
            const Task& first = portfolio_.tasks[rows[build.problems.front().task]];
            diagnostics_.push_back({Diagnostic::Severity::warning, first.source.sheet, "",
                                    {Msg::schedule_network_skipped, {project.name.empty() ? project.id : project.name}}});
            return result;
        }
        const ScheduleNetwork& network = *build.network;
        result.network_ok = true;
        result.links = network.link_count();
        if (rows.empty())
            return result;

        std::vector<double> durations(rows.size());
        Day earliest = portfolio_.tasks[rows.front()].start;
        Day baseline = baseline_of(portfolio_.tasks[rows.front()]);
        for (std::size_t t = 0; t < rows.size(); ++t) {
            const Task& task = portfolio_.tasks[rows[t]];
            durations[t] = task.milestone ? 0 : static_cast<double>(calendar_.working_days(task.start, task.finish));
            earliest = std::min(earliest, task.start);
            baseline = std::max(baseline, baseline_of(task));
        }
        const Day origin = working_day_number(calendar_, earliest, 1);
        result.start = origin;
        result.baseline_finish = baseline;
        const double required = finish_offset(calendar_, origin, baseline);
        CriticalPath cpm = critical_path(network, durations, required);
        cpm.driving_path = longest_path(network, durations, cpm);
        result.length = cpm.finish;
        result.early_finish = finish_day(calendar_, origin, cpm.finish);
        result.finish_float = required - cpm.finish;
        if (!calendar_.nth_working_day(origin, static_cast<std::int64_t>(std::ceil(cpm.finish))))
            diagnostics_.push_back({Diagnostic::Severity::warning, "", "",
                                    {Msg::schedule_beyond_calendar,
                                     {project.name.empty() ? project.id : project.name, cpm.finish,
                                      MessageArg::date(last_plausible_day)}}});
        result.tasks.resize(rows.size());
        for (std::size_t t = 0; t < rows.size(); ++t) {
            ScheduledTask& s = result.tasks[t];
            s.task = rows[t];
            s.duration = durations[t];
            const bool instant = durations[t] == 0;
            const auto start = [&](double offset) {
                return instant ? instant_day(origin, offset) : start_day(calendar_, origin, offset);
            };
            s.early_start = start(cpm.early_start[t]);
            s.early_finish = instant ? s.early_start : finish_day(calendar_, origin, cpm.early_finish[t]);
            s.late_start = start(cpm.late_start[t]);
            s.late_finish = instant ? s.late_start : finish_day(calendar_, origin, cpm.late_finish[t]);
            s.total_float = cpm.total_float[t];
            s.free_float = cpm.free_float[t];
            s.critical = cpm.critical[t];
        }
        result.critical_path.assign(cpm.driving_path.begin(), cpm.driving_path.end());

        std::vector<HealthTask> health(rows.size());
        for (std::size_t t = 0; t < rows.size(); ++t) {
            const Task& task = portfolio_.tasks[rows[t]];
            health[t] = {durations[t],        task.budget,          finished(task), task.hard_constraint,
                         baseline_of(task),   task.actual_finish,   task.forecast_finish};
        }
        result.health = assess_schedule_health(network, health, cpm, status_date_, portfolio_.schedule_columns);
        result.risk = simulate_project(project, network, rows, durations, risks, origin, required);
        return result;
    }

private:
    static Day baseline_of(const Task& task) { return task.baseline_finish.value_or(task.finish); }
    static bool finished(const Task& task) { return task.actual_finish.has_value() || task.percent_complete >= 1; }

    // A zero-length task (a milestone) falls on the day its predecessor
    // finishes, or on day 0 when it opens the project.
    Day instant_day(Day origin, double offset) const {
        return offset <= offset_rounding ? start_day(calendar_, origin, 0) : finish_day(calendar_, origin, offset);
    }

    std::optional<ScheduleRiskFigures> simulate_project(const Project& project, const ScheduleNetwork& network,
                                                        const std::vector<std::size_t>& rows,
                                                        const std::vector<double>& durations,
                                                        const std::vector<const RiskEntry*>& risks, Day origin,
                                                        double required) {
        const std::string name = project.name.empty() ? project.id : project.name;
        const double size = static_cast<double>(rows.size() + network.link_count());
        const double affordable = std::min(options_.work_per_project / std::max(size, 1.0),
                                           options_.work_in_all / std::max(portfolio_size_, 1.0));
        std::size_t iterations = options_.iterations;
        if (affordable < static_cast<double>(iterations))
            iterations = static_cast<std::size_t>(affordable);
        if (iterations < options_.min_iterations) {
            diagnostics_.push_back(
                {Diagnostic::Severity::warning, "", "", {Msg::schedule_not_simulated, {name, size}}});
            return std::nullopt;
        }
        const bool reduced = iterations < options_.iterations;
        if (reduced)
            diagnostics_.push_back({Diagnostic::Severity::warning, "", "",
                                    {Msg::schedule_iterations_reduced, {name, size, iterations, options_.iterations}}});

        std::vector<ThreePointEstimate> estimates(rows.size());
        std::size_t uncertain = 0;
        std::size_t three_point = 0;
        for (std::size_t t = 0; t < rows.size(); ++t) {
            const Task& task = portfolio_.tasks[rows[t]];
            if (finished(task)) {
                // Done is done: its duration no longer varies.
                estimates[t] = {durations[t], durations[t], durations[t]};
            } else if (task.optimistic && task.likely && task.pessimistic) {
                estimates[t] = {*task.optimistic, *task.likely, *task.pessimistic};
                ++three_point;
            } else {
                const double d = durations[t];
                ++uncertain;
                estimates[t] = {std::max(0.0, d * (1 + options_.uncertainty.low)), d,
                                std::max(d, d * (1 + options_.uncertainty.high))};
            }
        }
        if (portfolio_.schedule_columns.three_point && uncertain > 0)
            diagnostics_.push_back({Diagnostic::Severity::note, "", "",
                                    {Msg::schedule_uncertainty_some_tasks,
                                     {name, uncertain, MessageArg::percent(options_.uncertainty.low),
                                      MessageArg::percent(options_.uncertainty.high)}}});

        std::unordered_map<std::string, std::uint32_t> index;
        for (std::size_t t = 0; t < rows.size(); ++t)
            index.emplace(portfolio_.tasks[rows[t]].id, static_cast<std::uint32_t>(t));
        std::vector<ScheduleRiskEvent> events;
        for (const RiskEntry* risk : risks) {
            if (risk->affected_task.empty() && !risk->schedule_impact_days)
                continue;
            if (!risk->open)
                continue;
            const auto diagnose = [&](Message message) {
                diagnostics_.push_back(
                    {Diagnostic::Severity::warning, risk->source.sheet, risk->affected_task_cell, std::move(message)});
            };
            if (risk->kind != RiskKind::threat) {
                diagnose(Msg::schedule_risk_opportunity);
                continue;
            }
            if (risk->affected_task.empty() || !risk->schedule_impact_days) {
                diagnose(Msg::schedule_risk_incomplete);
                continue;
            }
            if (*risk->schedule_impact_days < 0) {
                diagnose({Msg::schedule_risk_negative, {*risk->schedule_impact_days}});
                continue;
            }
            const auto found = index.find(risk->affected_task);
            if (found == index.end()) {
                diagnose({Msg::schedule_risk_unknown_task, {risk->affected_task, name}});
                continue;
            }
            events.push_back({found->second, risk->probability, *risk->schedule_impact_days});
        }

        SimulationSettings settings;
        settings.iterations = iterations;
        settings.seed = options_.seed;
        settings.threads = options_.threads;
        const SimulationResult result = simulate(network, estimates, events, settings);
        ScheduleRiskFigures figures = risk_figures(result, calendar_, origin, required, iterations);
        figures.iterations_reduced = reduced;
        figures.events = events.size();
        figures.seed = options_.seed;
        figures.uncertainty = options_.uncertainty;
        // A project all finished draws nothing: it is labelled by the columns the sheet has.
        const bool none_drawn = uncertain == 0 && three_point == 0;
        figures.estimates = none_drawn ? (portfolio_.schedule_columns.three_point ? EstimateSource::three_point
                                                                                  : EstimateSource::uncertainty)
                            : uncertain == 0   ? EstimateSource::three_point
                            : three_point == 0 ? EstimateSource::uncertainty
                                               : EstimateSource::mixed;
        return figures;
    }

    const Portfolio& portfolio_;
    const WorkCalendar& calendar_;
    Day status_date_;
    const ScheduleOptions& options_;
    std::vector<Diagnostic>& diagnostics_;
    const ProjectDirectory& directory_;
    std::vector<CrossProjectLink>& cross_links_;
    double portfolio_size_ = 0;
};

}  // namespace

Day start_day(const WorkCalendar& calendar, Day origin, double offset) {
    return working_day_number(calendar, origin, static_cast<std::int64_t>(std::floor(offset + offset_rounding)) + 1);
}

Day finish_day(const WorkCalendar& calendar, Day origin, double offset) {
    return working_day_number(calendar, origin, static_cast<std::int64_t>(std::ceil(offset - offset_rounding)));
}

double finish_offset(const WorkCalendar& calendar, Day origin, Day day) {
    if (day >= origin)
        return static_cast<double>(calendar.working_days(origin, day));
    return -static_cast<double>(calendar.working_days(day + 1, origin - 1));
}

ScheduleAnalysis analyse_schedules(const Portfolio& portfolio, const WorkCalendar& calendar, Day status_date,
                                   const ScheduleOptions& options) {
    ScheduleAnalysis analysis;
    if (!portfolio.schedule_columns.predecessors)
        return analysis;
    std::unordered_map<std::string, std::vector<std::size_t>> tasks_of;
    for (std::size_t i = 0; i < portfolio.tasks.size(); ++i)
        tasks_of[portfolio.tasks[i].project_id].push_back(i);
    std::unordered_map<std::string, std::vector<const RiskEntry*>> risks_of;
    for (const RiskEntry& risk : portfolio.risks)
        risks_of[risk.project_id].push_back(&risk);
    if (!portfolio.schedule_columns.three_point)
        analysis.diagnostics.push_back({Diagnostic::Severity::warning, "", "",
                                        {Msg::schedule_uncertainty_used, {MessageArg::percent(options.uncertainty.low),
                                                                          MessageArg::percent(options.uncertainty.high)}}});
    ProjectDirectory directory;
    for (const Project& project : portfolio.projects)
        directory.add_project(project.id);
    for (std::size_t i = 0; i < portfolio.tasks.size(); ++i)
        if (!portfolio.tasks[i].id.empty())
            directory.add(portfolio.tasks[i].project_id, portfolio.tasks[i].id, i);
    ProjectScheduler scheduler(portfolio, calendar, status_date, options, analysis.diagnostics, directory,
                               analysis.cross_project_links);
    // Links are counted as one per task here: the networks are not built yet.
    scheduler.set_portfolio_size(2.0 * static_cast<double>(portfolio.tasks.size()));
    const std::vector<std::size_t> no_tasks;
    const std::vector<const RiskEntry*> no_risks;
    for (const Project& project : portfolio.projects) {
        const auto tasks = tasks_of.find(project.id);
        if (tasks == tasks_of.end())
            continue;
        const auto risks = risks_of.find(project.id);
        analysis.projects.push_back(scheduler.schedule(project, tasks->second,
                                                       risks == risks_of.end() ? no_risks : risks->second));
    }
    return analysis;
}

}  // namespace pmocalc
