#include "portfolio_analysis.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <span>

#include "earned_schedule.hpp"
#include "evm_series.hpp"
#include "evm.hpp"
#include "issue_log.hpp"
#include "planned_value.hpp"
#include "schedule_curve.hpp"
#include "workbook.hpp"

namespace pmocalc {

namespace {

TaskPlan plan_of(const Task& task) { return {task.budget, task.start, task.finish}; }

Day forecast_finish_of(const Task& task) { return task.actual_finish.value_or(task.forecast_finish.value_or(task.finish)); }

Day baseline_finish_of(const Task& task) { return task.baseline_finish.value_or(task.finish); }

// Reporting periods of options.period_days that end on the status date (and
// every period before and after it) and cover every task: PMOs report weekly
// on a fixed day, so all projects share one grid and the status date is always
// a period end.
struct ReportingGrid {
    Day origin = 0;  // first day of period 1
    int period_days = 7;
    std::size_t periods = 0;

    std::size_t period_of(Day day) const { return static_cast<std::size_t>((day - origin) / period_days); }
    Day period_end(std::size_t index) const { return origin + static_cast<Day>((index + 1) * period_days) - 1; }
};

ReportingGrid reporting_grid(const PlannedCurve& plan, Day status, int period_days) {
    ReportingGrid grid;
    grid.period_days = period_days;
    if (plan.empty())
        return grid;
    grid.origin = period_start(plan.start(), status + 1, period_days);
    grid.periods = grid.period_of(plan.finish()) + 1;
    return grid;
}

// The plan's S-curve on the grid: cumulative PV at the end of each period.
SCurve s_curve_of(const PlannedCurve& plan, const ReportingGrid& grid) {
    SCurve curve;
    curve.period_days = grid.period_days;
    curve.origin = grid.origin;
    curve.cumulative_pv.reserve(grid.periods);
    for (std::size_t k = 0; k < grid.periods; ++k)
        curve.cumulative_pv.push_back(plan.at(grid.period_end(k)));
    return curve;
}

// The sums over a set of tasks that the figures are made of.
struct TaskSums {
    double bac = 0;
    double pv = 0;
    double ev = 0;
    double ac = 0;
    bool any_actual_cost = false;
    std::optional<Day> last_finish;  // the latest actual, forecast or planned finish
    double etc = 0;                  // Σ estimates to complete (remaining budget where none is given)
    std::size_t etc_missing = 0;     // unfinished tasks without an estimate to complete
    const Task* first_etc_missing = nullptr;
    EarningCounts earning;

    void add(const TaskSums& other) {
        bac += other.bac;
        pv += other.pv;
        ev += other.ev;
        ac += other.ac;
        etc += other.etc;
        etc_missing += other.etc_missing;
        earning.add(other.earning);
        any_actual_cost = any_actual_cost || other.any_actual_cost;
        if (other.last_finish)
            last_finish = std::max(last_finish.value_or(*other.last_finish), *other.last_finish);
    }
};

bool is_done(const Task& task) { return task.percent_complete >= 1.0; }

TaskSums sums_of(const Portfolio& portfolio, std::span<const std::uint32_t> tasks, Day status,
                 const WorkCalendar& calendar, const TaskEarnings& earnings) {
    TaskSums sums;
    for (const std::uint32_t t : tasks) {
        const Task& task = portfolio.tasks[t];
        sums.bac += task.budget;
        sums.pv += planned_value(plan_of(task), status, calendar);
        sums.ev += earnings.ev[t];
        ++sums.earning.by_rule[static_cast<std::size_t>(earnings.applied[t])];
        sums.earning.fell_back += earnings.fell_back[t];
        if (task.etc) {
            sums.etc += *task.etc;
        } else if (!is_done(task)) {
            sums.etc += std::max(0.0, task.budget - earnings.ev[t]);
            if (sums.etc_missing++ == 0)
                sums.first_etc_missing = &task;
        }
        if (task.actual_cost) {
            sums.any_actual_cost = true;
            sums.ac += *task.actual_cost;
        }
        const Day finish = forecast_finish_of(task);
        sums.last_finish = std::max(sums.last_finish.value_or(finish), finish);
    }
    return sums;
}

// The figures go through the same calculators as the PMO_* functions, so a
// figure in the report can never differ from the function's; an undefined
// one (SPI while PV is 0) stays empty. Earned schedule counts from the
// plan's first day, in the chosen periods.
// A figure that overflows (EV over a PV of 2.4e-309, found by fuzz_workbook) is
// no more defined than one over 0.
std::optional<double> finite(const Outcome<double>& outcome) {
    return outcome && std::isfinite(*outcome) ? std::optional<double>(*outcome) : std::nullopt;
}

EvmFigures figures_of(const TaskSums& sums, const WorkCalendar& calendar, const AnalysisOptions& options,
                      const PlannedCurve& plan) {
    EvmFigures f;
    f.bac = sums.bac;
    f.pv = sums.pv;
    f.ev = sums.ev;
    if (sums.any_actual_cost)
        f.ac = sums.ac;
    f.sv = evm::schedule_variance(f.ev, f.pv);
    f.spi = finite(evm::schedule_performance_index(f.ev, f.pv));
    if (f.ac) {
        f.cv = evm::cost_variance(f.ev, *f.ac);
        f.cpi = finite(evm::cost_performance_index(f.ev, *f.ac));
        const evm::Baseline baseline{f.bac, f.ev, *f.ac, f.pv};
        if (f.cpi) {  // EAC = BAC / CPI: as defined as CPI
            f.eac = finite(evm::estimate_at_completion(evm::EacMethod::cpi, baseline));
            f.vac = finite(evm::variance_at_completion(evm::EacMethod::cpi, baseline));
        }
    }
    if (auto pv_curve = PvCurve::from_cumulative(plan.per_period(options.es_period, calendar))) {
        // A finished project's clock stops at its last finish (Lipke): ES is
        // then PD, and AT must not keep growing with the status date.
        Day clock = options.status_date;
        if (f.bac > 0 && f.ev >= f.bac)
            clock = std::min(clock, std::max(plan.start(), sums.last_finish.value_or(plan.start())));
        const double at = plan.periods_until(clock, options.es_period, calendar);
        f.es = pv_curve->earned_schedule(f.ev);
        f.at = at;
        f.svt = defined(schedule_variance_t(*pv_curve, f.ev, at));
        f.spit = defined(schedule_performance_index_t(*pv_curve, f.ev, at));
        f.ieact = defined(independent_eac_t(*pv_curve, f.ev, at));
    }
    return f;
}

struct Forecast {
    std::optional<Day> finish;
    ForecastMethod method = ForecastMethod::not_started;
};

// When the unfinished work will be done, and how that is known. Unfinished
// work never finishes before the status date.
Forecast forecast_of(const Portfolio& portfolio, std::span<const std::uint32_t> indices, const EvmFigures& f,
                     const PlannedCurve& plan, const WorkCalendar& calendar, const AnalysisOptions& options) {
    Forecast result;
    if (indices.empty())
        return result;
    std::optional<Day> typed;  // the plan's or the PM's dates of the unfinished tasks
    Day last_done = portfolio.tasks[indices.front()].start;
    bool all_done = true;
    for (const std::uint32_t t : indices) {
        const Task* task = &portfolio.tasks[t];
        if (is_done(*task)) {
            last_done = std::max(last_done, forecast_finish_of(*task));
            continue;
        }
        all_done = false;
        const Day date = task->forecast_finish.value_or(task->finish);
        typed = std::max(typed.value_or(date), date);
    }
    if (all_done)
        return {last_done, ForecastMethod::finished};
    const Day status = options.status_date;
    if (status < plan.start())
        return {std::max(*typed, last_done), ForecastMethod::not_started};
    if (f.ieact && f.ev > 0) {
        if (const auto by_es = plan.day_after(*f.ieact, options.es_period, calendar)) {
            const Day earned = std::max(*by_es, status);
            bool pm_later = false;
            for (const std::uint32_t t : indices) {
                const Task& task = portfolio.tasks[t];
                pm_later = pm_later || (!is_done(task) && task.forecast_finish && *task.forecast_finish > earned);
            }
            if (pm_later)
                return {std::max(*typed, earned), ForecastMethod::pm_forecast};
            return {earned, ForecastMethod::earned_schedule};
        }
    }
    // Started, nothing earned: the whole plan is still ahead of the status date.
    const Day shifted = status + (plan.finish() - plan.start());
    return {std::min(std::max(shifted, *typed), last_plausible_day), ForecastMethod::no_progress};
}

// The finish by earned schedule: IEAC(t) on the working-day calendar, never
// before the status date. A finished project keeps its finish and one not
// started its plan; one without progress has none (SPI(t) is 0).
std::optional<Day> finish_by_earned_schedule(const Forecast& forecast, const EvmFigures& f, const PlannedCurve& plan,
                                             const WorkCalendar& calendar, const AnalysisOptions& options) {
    switch (forecast.method) {
    case ForecastMethod::finished:
    case ForecastMethod::not_started: return forecast.finish;
    case ForecastMethod::earned_schedule:
    case ForecastMethod::pm_forecast:
        if (f.ieact)
            if (const auto by_es = plan.day_after(*f.ieact, options.es_period, calendar))
                return std::max(*by_es, options.status_date);
        return std::nullopt;
    case ForecastMethod::no_progress: return std::nullopt;
    }
    return std::nullopt;
}

// The finish at the recent SPI: unfinished work needs the rate; a finished
// project keeps its finish and one not started its plan.
std::optional<Day> finish_by_recent_spi(const ProjectStatus& p, Day status_date, const WorkCalendar& calendar) {
    switch (p.forecast_method) {
    case ForecastMethod::finished:
    case ForecastMethod::not_started: return p.forecast_finish;
    case ForecastMethod::earned_schedule:
    case ForecastMethod::pm_forecast:
    case ForecastMethod::no_progress:
        if (p.recent_spi && p.forecast_range.remaining_planned_days)
            return finish_at_rate(*p.forecast_range.remaining_planned_days, *p.recent_spi, status_date, calendar);
        return std::nullopt;
    }
    return std::nullopt;
}

// The portfolio's finish by one method: the latest of the projects', when every project has one.
std::optional<Day> latest_finish(const std::vector<ProjectStatus>& projects,
                                 std::optional<Day> ForecastRange::*finish) {
    std::optional<Day> latest;
    for (const ProjectStatus& p : projects) {
        const std::optional<Day>& day = p.forecast_range.*finish;
        if (!day)
            return std::nullopt;
        latest = std::max(latest.value_or(*day), *day);
    }
    return latest;
}

// The EACs by every method and the two finishes of a project. The finish by
// the recent SPI needs recent_spi (the status history, apply_recent_spi).
ForecastRange forecast_range_of(const ProjectStatus& p, const TaskSums& sums, const Forecast& forecast,
                                const PlannedCurve& plan, const WorkCalendar& calendar, const AnalysisOptions& options,
                                bool has_etc_column) {
    const EvmFigures& f = p.figures;
    ForecastRange range;
    estimate_range({f.bac, f.ev, f.ac, f.pv, f.spit, has_etc_column ? std::optional<double>(sums.etc) : std::nullopt},
                   range);
    range.finish_earned_schedule = finish_by_earned_schedule(forecast, f, plan, calendar, options);
    if (f.es && !plan.empty()) {
        const double planned = plan.periods_until(plan.finish(), options.es_period, calendar);
        const double per_period = options.es_period == EsPeriod::weeks ? calendar.working_days_per_week() : 1.0;
        range.remaining_planned_days = std::max(0.0, planned - *f.es) * per_period;
    }
    return range;
}

std::optional<Rag> rag_of(const EvmFigures& f, const RagThresholds& thresholds) {
    if (!f.spi && !f.cpi)
        return std::nullopt;
    return rag_status(f.spi.value_or(*f.cpi), f.cpi.value_or(*f.spi), thresholds);
}

// A project's periods of earned value (the reader keeps them in date order).
std::span<const PeriodFigures> periods_of(const Portfolio& portfolio, const std::string& project_id) {
    const auto first = std::find_if(portfolio.periods.begin(), portfolio.periods.end(),
                                    [&](const PeriodFigures& p) { return p.project_id == project_id; });
    const auto last = std::find_if(first, portfolio.periods.end(),
                                   [&](const PeriodFigures& p) { return p.project_id != project_id; });
    return {first, last};
}

// A project kept as a table of earned value by period: its figures at the
// status date from its periods, its finish forecast by earned schedule.
TaskSums analyse_series(ProjectStatus& p, std::span<const PeriodFigures> periods, std::vector<PlannedCurve>& plans,
                        const WorkCalendar& calendar, const AnalysisOptions& options) {
    const Day status = options.status_date;
    const std::vector<TaskPlan> plan_parts = series_plans(periods);
    const PlannedCurve& plan = plans.emplace_back(plan_parts, calendar);
    const SeriesFigures at = series_at(periods, status);
    TaskSums sums;
    sums.bac = at.bac;
    for (const TaskPlan& part : plan_parts)
        sums.pv += planned_value(part, status, calendar);
    sums.ev = at.ev;
    sums.ac = at.ac.value_or(0);
    sums.any_actual_cost = at.ac.has_value();
    if (at.bac > 0 && at.ev >= at.bac)
        sums.last_finish = at.as_of;
    p.figures = figures_of(sums, calendar, options, plan);
    if (!plan.empty())
        p.baseline_finish = plan.finish();
    std::optional<Day> by_es;
    if (p.figures.ieact && p.figures.ev > 0)
        by_es = plan.day_after(*p.figures.ieact, options.es_period, calendar);
    if (sums.last_finish) {
        p.forecast_finish = sums.last_finish;
        p.forecast_method = ForecastMethod::finished;
    } else if (plan.empty() || status < plan.start()) {
        p.forecast_finish = p.baseline_finish;
        p.forecast_method = ForecastMethod::not_started;
    } else if (by_es) {
        p.forecast_finish = std::max(*by_es, status);
        p.forecast_method = ForecastMethod::earned_schedule;
    } else {
        p.forecast_finish = std::min(status + (plan.finish() - plan.start()), last_plausible_day);
        p.forecast_method = ForecastMethod::no_progress;
    }
    if (p.baseline_finish && p.forecast_finish)
        p.slip_days = schedule_slip(*p.baseline_finish, *p.forecast_finish, calendar);
    p.rag = rag_of(p.figures, options.thresholds);
    estimate_range({p.figures.bac, p.figures.ev, p.figures.ac, p.figures.pv, p.figures.spit, std::nullopt},
                   p.forecast_range);
    return sums;
}

}  // namespace

int probability_rank(double probability) { return std::clamp(static_cast<int>(std::floor(probability * 5)) + 1, 1, 5); }

int impact_rank(double impact, double project_bac, bool ratings) {
    if (ratings)
        return std::clamp(static_cast<int>(impact), 1, 5);
    if (project_bac <= 0)
        return impact > 0 ? 5 : 1;
    const double share = impact / project_bac;
    if (share < 0.01)
        return 1;
    if (share < 0.05)
        return 2;
    if (share < 0.10)
        return 3;
    if (share < 0.20)
        return 4;
    return 5;
}

// Groups of keys in order of first appearance, the blank key last.
class KeyGroups {
public:
    std::size_t group_of(const std::string& key) {
        const auto [at, added] = index_.try_emplace(key, names_.size());
        if (added)
            names_.push_back(key);
        return at->second;
    }
    std::size_t size() const { return names_.size(); }
    const std::string& name(std::size_t group) const { return names_[group]; }
    bool any_named() const { return names_.size() > (index_.contains("") ? 1u : 0u); }
    // The groups in report order: as met, the unnamed one last.
    std::vector<std::size_t> order() const {
        std::vector<std::size_t> out;
        for (std::size_t g = 0; g < names_.size(); ++g)
            if (!names_[g].empty())
                out.push_back(g);
        if (const auto blank = index_.find(""); blank != index_.end())
            out.push_back(blank->second);
        return out;
    }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<std::string> names_;
};

// Projects grouped by a column of the Projects sheet: their sums and curves add up.
Breakdown project_breakdown(BreakdownKey key, std::string Project::*field, const PortfolioStatus& status,
                            const std::vector<TaskSums>& sums, const std::vector<PlannedCurve>& plans,
                            const WorkCalendar& calendar, const AnalysisOptions& options) {
    KeyGroups keys;
    std::vector<std::size_t> group_of_project;
    for (const ProjectStatus& p : status.projects)
        group_of_project.push_back(keys.group_of(p.project.*field));
    Breakdown breakdown{key, {}};
    if (!keys.any_named())
        return breakdown;
    for (const std::size_t g : keys.order()) {
        TaskSums group_sums;
        std::vector<PlannedCurve> group_plans;
        BreakdownGroup group{keys.name(g), 0, 0, {}};
        for (std::size_t i = 0; i < status.projects.size(); ++i) {
            if (group_of_project[i] != g)
                continue;
            group_sums.add(sums[i]);
            group_plans.push_back(plans[i]);
            ++group.projects;
            group.tasks += status.projects[i].task_count;
        }
        group.figures = figures_of(group_sums, calendar, options, PlannedCurve::sum_of(group_plans));
        breakdown.groups.push_back(std::move(group));
    }
    return breakdown;
}

// Tasks grouped by their assignee (the Tasks sheet's 担当者 column).
Breakdown assignee_breakdown(const Portfolio& portfolio, std::span<const std::uint32_t> tasks,
                             const TaskEarnings& earnings, const WorkCalendar& calendar, const AnalysisOptions& options) {
    KeyGroups keys;
    std::vector<std::vector<std::uint32_t>> members;
    for (const std::uint32_t t : tasks) {
        const std::size_t g = keys.group_of(portfolio.tasks[t].owner);
        if (g == members.size())
            members.emplace_back();
        members[g].push_back(t);
    }
    Breakdown breakdown{BreakdownKey::assignee, {}};
    if (!keys.any_named())
        return breakdown;
    std::vector<TaskPlan> task_plans;
    for (const std::size_t g : keys.order()) {
        BreakdownGroup group{keys.name(g), 0, members[g].size(), {}};
        task_plans.clear();
        const std::string* last_project = nullptr;
        std::vector<const std::string*> projects;
        for (const std::uint32_t t : members[g]) {
            const Task& task = portfolio.tasks[t];
            task_plans.push_back(plan_of(task));
            if (!last_project || *last_project != task.project_id) {
                last_project = &task.project_id;
                if (std::none_of(projects.begin(), projects.end(),
                                 [&](const std::string* id) { return *id == task.project_id; }))
                    projects.push_back(&task.project_id);
            }
        }
        group.projects = projects.size();
        group.figures = figures_of(sums_of(portfolio, members[g], options.status_date, calendar, earnings), calendar,
                                   options, PlannedCurve(task_plans, calendar));
        breakdown.groups.push_back(std::move(group));
    }
    return breakdown;
}

PortfolioStatus analyse_portfolio(const Portfolio& portfolio, const AnalysisOptions& options) {
    const WorkCalendar calendar(options.weekend, portfolio.holidays);
    const Day status = options.status_date;
    PortfolioStatus result;
    result.status_date = status;
    result.es_period = options.es_period;

    std::map<std::string, std::size_t> index_of;
    for (const Project& project : portfolio.projects) {
        index_of.emplace(project.id, result.projects.size());
        ProjectStatus status_of_project;
        status_of_project.project = project;
        result.projects.push_back(std::move(status_of_project));
    }
    const std::size_t project_count = result.projects.size();

    // The tasks grouped by project, as indices (the tasks of one project mostly
    // come one after another, so the project is looked up once per run of them).
    constexpr std::uint32_t no_project = UINT32_MAX;
    std::vector<std::uint32_t> owner(portfolio.tasks.size(), no_project);
    std::vector<std::size_t> begin(project_count + 1, 0);
    const std::string* last_id = nullptr;
    std::uint32_t last_index = no_project;
    for (std::size_t t = 0; t < portfolio.tasks.size(); ++t) {
        const Task& task = portfolio.tasks[t];
        if (!last_id || task.project_id != *last_id) {
            const auto found = index_of.find(task.project_id);
            last_id = &task.project_id;
            last_index = found == index_of.end() ? no_project : static_cast<std::uint32_t>(found->second);
        }
        owner[t] = last_index;
        if (last_index == no_project)
            continue;
        ++begin[last_index + 1];
        const Day baseline = baseline_finish_of(task);
        // An unfinished milestone cannot be reached before the status date.
        const Day forecast = is_done(task) ? forecast_finish_of(task) : std::max(forecast_finish_of(task), status);
        if (task.milestone && forecast > baseline)
            result.slipped_milestones.push_back(
                {task.project_id, task.id, task.name, baseline, forecast, schedule_slip(baseline, forecast, calendar)});
    }
    for (std::size_t i = 0; i < project_count; ++i)
        begin[i + 1] += begin[i];
    std::vector<std::uint32_t> grouped(begin[project_count]);
    {
        std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
        for (std::size_t t = 0; t < portfolio.tasks.size(); ++t)
            if (owner[t] != no_project)
                grouped[next[owner[t]]++] = static_cast<std::uint32_t>(t);
    }
    owner = {};

    std::vector<PlannedCurve> plans;
    plans.reserve(project_count);
    std::vector<TaskPlan> task_plans;
    TaskSums all;
    std::vector<TaskSums> project_sums;
    project_sums.reserve(project_count);
    TaskEarnings earnings = earn_tasks(portfolio, status, calendar);
    result.earning_diagnostics = std::move(earnings.diagnostics);
    for (std::size_t i = 0; i < project_count; ++i) {
        ProjectStatus& p = result.projects[i];
        const auto tasks = std::span<const std::uint32_t>(grouped).subspan(begin[i], begin[i + 1] - begin[i]);
        p.task_count = tasks.size();
        if (tasks.empty()) {
            const auto periods = periods_of(portfolio, p.project.id);
            if (!periods.empty()) {
                project_sums.push_back(analyse_series(p, periods, plans, calendar, options));
                all.add(project_sums.back());
                if (p.forecast_finish && (!result.forecast_finish || *p.forecast_finish > *result.forecast_finish)) {
                    result.forecast_finish = p.forecast_finish;
                    result.forecast_method = p.forecast_method;
                }
                continue;
            }
        }
        task_plans.clear();
        for (const std::uint32_t t : tasks)
            task_plans.push_back(plan_of(portfolio.tasks[t]));
        const PlannedCurve& plan = plans.emplace_back(task_plans, calendar);
        const TaskSums sums = sums_of(portfolio, tasks, status, calendar, earnings);
        all.add(sums);
        project_sums.push_back(sums);
        p.earning = sums.earning;
        p.figures = figures_of(sums, calendar, options, plan);
        for (const std::uint32_t t : tasks) {
            const Day baseline = baseline_finish_of(portfolio.tasks[t]);
            p.baseline_finish = std::max(p.baseline_finish.value_or(baseline), baseline);
        }
        const Forecast forecast = forecast_of(portfolio, tasks, p.figures, plan, calendar, options);
        p.forecast_finish = forecast.finish;
        p.forecast_method = forecast.method;
        if (p.baseline_finish && p.forecast_finish)
            p.slip_days = schedule_slip(*p.baseline_finish, *p.forecast_finish, calendar);
        p.rag = rag_of(p.figures, options.thresholds);
        p.forecast_range = forecast_range_of(p, sums, forecast, plan, calendar, options, portfolio.has_etc_column);
        p.forecast_range.finish_recent_spi = finish_by_recent_spi(p, status, calendar);
        if (portfolio.has_etc_column && sums.etc_missing > 0) {
            const Task& first = *sums.first_etc_missing;
            result.earning_diagnostics.push_back({Diagnostic::Severity::warning, first.source.sheet,
                                                  cell_address(first.source.row, first.etc_column),
                                                  {Msg::etc_missing, {p.project.id, sums.etc_missing}}});
        }
        if (p.forecast_finish && (!result.forecast_finish || *p.forecast_finish > *result.forecast_finish)) {
            result.forecast_finish = p.forecast_finish;
            result.forecast_method = p.forecast_method;
        }
    }
    const PlannedCurve portfolio_plan = PlannedCurve::sum_of(plans);
    result.s_curve = s_curve_of(portfolio_plan, reporting_grid(portfolio_plan, status, options.chart_period_days));
    result.figures = figures_of(all, calendar, options, portfolio_plan);
    result.rag = rag_of(result.figures, options.thresholds);
    result.thresholds = options.thresholds;
    result.earning = all.earning;
    {
        const EvmFigures& f = result.figures;
        ForecastRange& range = result.forecast_range;
        estimate_range({f.bac, f.ev, f.ac, f.pv, f.spit,
                        portfolio.has_etc_column ? std::optional<double>(all.etc) : std::nullopt},
                       range);
        range.finish_earned_schedule = latest_finish(result.projects, &ForecastRange::finish_earned_schedule);
        range.finish_recent_spi = latest_finish(result.projects, &ForecastRange::finish_recent_spi);
    }

    for (const auto& [key, field] : {std::pair{BreakdownKey::program, &Project::program},
                                     std::pair{BreakdownKey::department, &Project::department},
                                     std::pair{BreakdownKey::manager, &Project::manager}})
        if (Breakdown b = project_breakdown(key, field, result, project_sums, plans, calendar, options); !b.groups.empty())
            result.breakdowns.push_back(std::move(b));
    if (Breakdown b = assignee_breakdown(portfolio, grouped, earnings, calendar, options); !b.groups.empty())
        result.breakdowns.push_back(std::move(b));

    const bool ratings = portfolio.impacts_are_ratings;
    // Without a budget to weigh an impact against, it is ranked against the
    // largest open impact of its project (fifths of it), and said.
    std::map<std::string, double> largest_impact;
    for (const RiskEntry& risk : portfolio.risks)
        if (risk.open)
            largest_impact[risk.project_id] = std::max(largest_impact[risk.project_id], risk.impact);
    bool ranked_by_largest = false;
    for (const RiskEntry& risk : portfolio.risks) {
        ++result.risk_count;
        if (!risk.open)
            continue;
        const double exposure = risk.probability * risk.impact;
        const auto found = index_of.find(risk.project_id);
        ProjectStatus* project = found == index_of.end() ? nullptr : &result.projects[found->second];
        ++result.open_risks;
        result.risk_emv += risk.kind == RiskKind::threat ? -exposure : exposure;
        if (risk.kind == RiskKind::threat) {
            result.risk_exposure += exposure;
            if (project)
                project->risk_exposure += exposure;
        }
        if (project)
            ++project->open_risks;
        const int p_rank = probability_rank(risk.probability);
        const double bac = project ? project->figures.bac : result.figures.bac;
        int i_rank = impact_rank(risk.impact, bac, ratings);
        if (!ratings && bac <= 0 && largest_impact[risk.project_id] > 0) {
            i_rank = std::clamp(static_cast<int>(std::ceil(risk.impact / largest_impact[risk.project_id] * 5)), 1, 5);
            ranked_by_largest = true;
        }
        ++result.heat_map[p_rank - 1][i_rank - 1];
        result.top_risks.push_back({&risk, exposure, p_rank, i_rank});
    }
    if (ranked_by_largest)
        result.risk_diagnostics.push_back({Diagnostic::Severity::note, "", "", Msg::impacts_ranked_by_largest});
    std::stable_sort(result.top_risks.begin(), result.top_risks.end(),
                     [](const RankedRisk& a, const RankedRisk& b) { return a.exposure > b.exposure; });
    if (result.top_risks.size() > 10)
        result.top_risks.resize(10);

    for (const IssueEntry& issue : portfolio.issues) {
        const IssueDates dates{issue.raised_unknown ? first_plausible_day : issue.raised, issue.closed};
        if (!is_open_on(dates, status))
            continue;
        const bool overdue = issue.due && *issue.due < status;
        ++result.open_issues;
        result.overdue_issues += overdue ? 1 : 0;
        if (overdue)
            result.top_overdue_issues.push_back({&issue, status - *issue.due});
        if (!issue.raised_unknown) {
            const auto age = age_in_days(dates, status);
            ++result.issue_aging[age <= 7 ? 0 : age <= 30 ? 1 : age <= 90 ? 2 : 3];
        }
        if (const auto found = index_of.find(issue.project_id); found != index_of.end()) {
            ++result.projects[found->second].open_issues;
            result.projects[found->second].overdue_issues += overdue ? 1 : 0;
        }
    }

    std::stable_sort(result.top_overdue_issues.begin(), result.top_overdue_issues.end(),
                     [](const OverdueIssue& a, const OverdueIssue& b) { return a.days_overdue > b.days_overdue; });
    if (result.top_overdue_issues.size() > 10)
        result.top_overdue_issues.resize(10);

    for (const ChangeRequest& change : portfolio.changes) {
        if (change.status != ChangeRequest::Status::pending)
            continue;
        ++result.pending_changes;
        if (const auto found = index_of.find(change.project_id); found != index_of.end())
            ++result.projects[found->second].pending_changes;
    }
    ScheduleAnalysis schedules = analyse_schedules(portfolio, calendar, status, options.schedule);
    result.schedules = std::move(schedules.projects);
    result.schedule_diagnostics = std::move(schedules.diagnostics);
    if (!schedules.cross_project_links.empty())
        result.cross_project = analyse_cross_project(portfolio, schedules.cross_project_links, calendar, status);
    result.quality = analyse_quality(portfolio, status, options.chart_period_days);
    if (!portfolio.lessons.empty())
        result.lessons = analyse_lessons(portfolio);
    if (portfolio.resources.has_assignment_sheet || portfolio.resources.has_task_owners)
        result.people = analyse_resource_load(portfolio.resources, calendar, status);
    return result;
}

void apply_recent_spi(PortfolioStatus& status, std::size_t project, double recent_spi, const WorkCalendar& calendar) {
    ProjectStatus& p = status.projects.at(project);
    p.recent_spi = recent_spi;
    p.forecast_range.finish_recent_spi = finish_by_recent_spi(p, status.status_date, calendar);
    status.forecast_range.finish_recent_spi = latest_finish(status.projects, &ForecastRange::finish_recent_spi);
}

std::string_view forecast_method_code(ForecastMethod method) {
    switch (method) {
    case ForecastMethod::finished: return "finished";
    case ForecastMethod::not_started: return "not_started";
    case ForecastMethod::earned_schedule: return "earned_schedule";
    case ForecastMethod::pm_forecast: return "pm_forecast";
    case ForecastMethod::no_progress: return "no_progress";
    }
    return "not_started";
}

RagCounts count_rag(const PortfolioStatus& status) {
    RagCounts counts;
    for (const ProjectStatus& p : status.projects) {
        if (!p.rag)
            ++counts.none;
        else if (*p.rag == Rag::green)
            ++counts.green;
        else if (*p.rag == Rag::amber)
            ++counts.amber;
        else
            ++counts.red;
    }
    return counts;
}

}  // namespace pmocalc
