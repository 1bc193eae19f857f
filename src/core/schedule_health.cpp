#include "schedule_health.hpp"

#include <cmath>

namespace pmocalc {

namespace {

constexpr double dcma_share = 0.05;
constexpr double dcma_finish_start_share = 0.90;

HealthCheck share_check(HealthCheckId id, std::size_t count, std::size_t total, double limit, bool at_least,
                        std::string threshold) {
    HealthCheck check{id, HealthStatus::pass, std::move(threshold), count, total, std::nullopt, std::nullopt};
    if (total > 0) {
        const double share = static_cast<double>(count) / static_cast<double>(total);
        check.value = share;
        // A share on the limit passes: DCMA's limits are inclusive.
        const bool ok = at_least ? share >= limit - float_tolerance : share <= limit + float_tolerance;
        check.status = ok ? HealthStatus::pass : HealthStatus::fail;
    }
    return check;
}

HealthCheck zero_check(HealthCheckId id, std::size_t count, std::size_t total) {
    return {id, count == 0 ? HealthStatus::pass : HealthStatus::fail, "0", count, total, std::nullopt, std::nullopt};
}

HealthCheck not_assessed(HealthCheckId id, std::string threshold, Message why) {
    return {id, HealthStatus::not_assessed, std::move(threshold), std::nullopt, std::nullopt, std::nullopt,
            std::move(why)};
}

HealthCheck missing_column(HealthCheckId id, std::string threshold, Msg column) {
    return not_assessed(id, std::move(threshold), {Msg::health_note_not_assessed_column, {column}});
}

}  // namespace

std::string_view health_check_code(HealthCheckId id) {
    switch (id) {
    case HealthCheckId::logic: return "logic";
    case HealthCheckId::leads: return "leads";
    case HealthCheckId::lags: return "lags";
    case HealthCheckId::relationship_types: return "relationship_types";
    case HealthCheckId::hard_constraints: return "hard_constraints";
    case HealthCheckId::high_float: return "high_float";
    case HealthCheckId::negative_float: return "negative_float";
    case HealthCheckId::high_duration: return "high_duration";
    case HealthCheckId::invalid_dates: return "invalid_dates";
    case HealthCheckId::resources: return "resources";
    case HealthCheckId::missed_tasks: return "missed_tasks";
    case HealthCheckId::critical_path_test: return "critical_path_test";
    case HealthCheckId::cpli: return "cpli";
    case HealthCheckId::bei: return "bei";
    }
    return "";
}

std::string_view health_status_code(HealthStatus status) {
    switch (status) {
    case HealthStatus::pass: return "pass";
    case HealthStatus::fail: return "fail";
    case HealthStatus::not_assessed: return "not_assessed";
    }
    return "";
}

Msg health_check_label(HealthCheckId id) {
    switch (id) {
    case HealthCheckId::logic: return Msg::check_logic;
    case HealthCheckId::leads: return Msg::check_leads;
    case HealthCheckId::lags: return Msg::check_lags;
    case HealthCheckId::relationship_types: return Msg::check_relationship_types;
    case HealthCheckId::hard_constraints: return Msg::check_hard_constraints;
    case HealthCheckId::high_float: return Msg::check_high_float;
    case HealthCheckId::negative_float: return Msg::check_negative_float;
    case HealthCheckId::high_duration: return Msg::check_high_duration;
    case HealthCheckId::invalid_dates: return Msg::check_invalid_dates;
    case HealthCheckId::resources: return Msg::check_resources;
    case HealthCheckId::missed_tasks: return Msg::check_missed_tasks;
    case HealthCheckId::critical_path_test: return Msg::check_critical_path_test;
    case HealthCheckId::cpli: return Msg::check_cpli;
    case HealthCheckId::bei: return Msg::check_bei;
    }
    return Msg::check_logic;
}

std::vector<HealthCheck> assess_schedule_health(const ScheduleNetwork& network, std::span<const HealthTask> tasks,
                                                const CriticalPath& cpm, Day status_date,
                                                const ScheduleColumns& columns) {
    const std::size_t n = tasks.size();
    // The project's start and finish have no predecessor and no successor by nature.
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    const std::size_t first = cpm.driving_path.empty() ? none : cpm.driving_path.front();
    const std::size_t last = cpm.driving_path.empty() ? none : cpm.driving_path.back();

    std::size_t unfinished = 0, dangling = 0, links = 0, leads = 0, lags = 0, finish_start = 0;
    std::size_t constrained = 0, high_float = 0, negative_float = 0, high_duration = 0, unresourced = 0;
    std::size_t invalid_dates = 0, due = 0, missed = 0, completed = 0;
    for (std::size_t t = 0; t < n; ++t) {
        const HealthTask& task = tasks[t];
        if (task.actual_finish ? *task.actual_finish > status_date
                               : !task.finished && task.forecast_finish && *task.forecast_finish < status_date)
            ++invalid_dates;
        if (task.baseline_finish <= status_date) {
            ++due;
            if (!task.finished || (task.actual_finish && *task.actual_finish > task.baseline_finish))
                ++missed;
        }
        if (task.finished) {
            ++completed;
            continue;
        }
        ++unfinished;
        const auto predecessors = network.predecessors_of(t);
        if ((predecessors.empty() && first != t) || (network.successor_count(t) == 0 && last != t))
            ++dangling;
        for (const NetworkLink& link : predecessors) {
            ++links;
            leads += link.lag < 0 ? 1 : 0;
            lags += link.lag > 0 ? 1 : 0;
            finish_start += link.type == LinkType::finish_start ? 1 : 0;
        }
        constrained += task.hard_constraint ? 1 : 0;
        high_float += cpm.total_float[t] > dcma_high_days ? 1 : 0;
        negative_float += cpm.total_float[t] < -float_tolerance ? 1 : 0;
        high_duration += task.duration > dcma_high_days ? 1 : 0;
        unresourced += task.duration >= 1 && task.budget == 0 ? 1 : 0;
    }

    std::vector<HealthCheck> checks;
    checks.push_back(share_check(HealthCheckId::logic, dangling, unfinished, dcma_share, false, "≤ 5%"));
    checks.push_back(zero_check(HealthCheckId::leads, leads, links));
    checks.push_back(share_check(HealthCheckId::lags, lags, links, dcma_share, false, "≤ 5%"));
    checks.push_back(share_check(HealthCheckId::relationship_types, finish_start, links, dcma_finish_start_share, true,
                                 "≥ 90%"));
    if (columns.constraint)
        checks.push_back(share_check(HealthCheckId::hard_constraints, constrained, unfinished, dcma_share, false, "≤ 5%"));
    else
        checks.push_back(missing_column(HealthCheckId::hard_constraints, "≤ 5%", Msg::term_constraint_column));
    checks.push_back(share_check(HealthCheckId::high_float, high_float, unfinished, dcma_share, false, "≤ 5%"));
    checks.push_back(zero_check(HealthCheckId::negative_float, negative_float, unfinished));
    checks.push_back(share_check(HealthCheckId::high_duration, high_duration, unfinished, dcma_share, false, "≤ 5%"));
    if (columns.actual_finish || columns.forecast_finish)
        checks.push_back(zero_check(HealthCheckId::invalid_dates, invalid_dates, n));
    else
        checks.push_back(missing_column(HealthCheckId::invalid_dates, "0", Msg::term_actual_or_forecast_column));
    checks.push_back(zero_check(HealthCheckId::resources, unresourced, unfinished));

    const std::optional<Message> baseline_note =
        columns.baseline_finish ? std::nullopt : std::optional<Message>(Msg::health_note_planned_as_baseline);
    if (due == 0) {
        checks.push_back(not_assessed(HealthCheckId::missed_tasks, "≤ 5%", Msg::health_note_nothing_due));
    } else {
        checks.push_back(share_check(HealthCheckId::missed_tasks, missed, due, dcma_share, false, "≤ 5%"));
        checks.back().note = baseline_note;
    }

    // Critical path test: a delay on an unfinished task of the longest path
    // must move the finish by as much, else the path is broken by a constraint
    // or a missing link.
    std::optional<std::size_t> probe;
    for (std::uint32_t t : cpm.driving_path)
        if (!tasks[t].finished) {
            probe = t;
            break;
        }
    if (!probe) {
        checks.push_back(not_assessed(HealthCheckId::critical_path_test, "+600", Msg::health_note_no_unfinished));
    } else {
        std::vector<double> durations(n);
        for (std::size_t t = 0; t < n; ++t)
            durations[t] = tasks[t].duration;
        durations[*probe] += dcma_test_delay;
        const double moved = critical_path(network, durations).finish - cpm.finish;
        const bool ok = std::fabs(moved - dcma_test_delay) <= 1e-6;
        checks.push_back({HealthCheckId::critical_path_test, ok ? HealthStatus::pass : HealthStatus::fail, "+600",
                          std::nullopt, std::nullopt, moved, std::nullopt});
    }

    // CPLI = (critical path length + total float of the path's end against the baseline finish) / length.
    if (!columns.baseline_finish) {
        checks.push_back(missing_column(HealthCheckId::cpli, "≥ 0.95", Msg::term_baseline_finish));
    } else if (last == none || cpm.finish <= 0) {
        checks.push_back(not_assessed(HealthCheckId::cpli, "≥ 0.95", Msg::health_note_no_length));
    } else {
        const double cpli = (cpm.finish + cpm.total_float[last]) / cpm.finish;
        checks.push_back({HealthCheckId::cpli,
                          cpli >= dcma_index_threshold - float_tolerance ? HealthStatus::pass : HealthStatus::fail,
                          "≥ 0.95", std::nullopt, std::nullopt, cpli, std::nullopt});
    }

    // BEI = tasks completed / tasks whose baseline finish is on or before the status date.
    if (due == 0) {
        checks.push_back(not_assessed(HealthCheckId::bei, "≥ 0.95", Msg::health_note_nothing_due));
    } else {
        const double bei = static_cast<double>(completed) / static_cast<double>(due);
        checks.push_back({HealthCheckId::bei,
                          bei >= dcma_index_threshold - float_tolerance ? HealthStatus::pass : HealthStatus::fail,
                          "≥ 0.95", completed, due, bei, baseline_note});
    }
    return checks;
}

}  // namespace pmocalc
