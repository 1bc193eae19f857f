#include "task_earning.hpp"

#include <string>
#include <unordered_map>

#include "planned_value.hpp"
#include "tolerance.hpp"
#include "workbook.hpp"

namespace pmocalc {

void EarningCounts::add(const EarningCounts& other) {
    for (std::size_t i = 0; i < by_rule.size(); ++i)
        by_rule[i] += other.by_rule[i];
    fell_back += other.fell_back;
}

namespace {

std::string task_key(const std::string& project, const std::string& id) {
    std::string key = project;
    key += '\x1f';
    key += id;
    return key;
}

Diagnostic at_method_cell(const Task& task, Diagnostic::Severity severity, Message message) {
    return {severity, task.source.sheet, cell_address(task.source.row, task.earning_column), std::move(message)};
}

Diagnostic at_milestone(const MilestoneEntry& milestone, Diagnostic::Severity severity, Message message) {
    return {severity, milestone.source.sheet, cell_address(milestone.source.row, milestone.task_column),
            std::move(message)};
}

struct MilestoneSums {
    double total = 0;     // Σ weights of the task's milestones
    double achieved = 0;  // Σ weights of those achieved by the status date
    int count = 0;
};

}  // namespace

TaskEarnings earn_tasks(const Portfolio& portfolio, Day status_date, const WorkCalendar& calendar) {
    const std::vector<Task>& tasks = portfolio.tasks;
    const std::size_t n = tasks.size();
    TaskEarnings out;
    out.ev.assign(n, 0.0);
    out.applied.assign(n, EarningRule::percent_complete);
    out.fell_back.assign(n, 0);

    bool needs_index = !portfolio.milestones.empty();
    for (const Task& task : tasks)
        needs_index = needs_index || task.earning_rule == EarningRule::apportioned;
    std::unordered_map<std::string, std::uint32_t> index;
    if (needs_index)
        for (std::size_t t = 0; t < n; ++t)
            if (!tasks[t].id.empty())
                index.emplace(task_key(tasks[t].project_id, tasks[t].id), static_cast<std::uint32_t>(t));
    auto find = [&](const std::string& project, const std::string& id) -> std::optional<std::uint32_t> {
        const auto found = index.find(task_key(project, id));
        return found == index.end() ? std::nullopt : std::optional<std::uint32_t>(found->second);
    };

    std::unordered_map<std::uint32_t, MilestoneSums> milestones;
    for (const MilestoneEntry& m : portfolio.milestones) {
        const auto t = find(m.project_id, m.task_id);
        if (!t) {
            out.diagnostics.push_back(at_milestone(m, Diagnostic::Severity::warning,
                                                   {Msg::milestone_unknown_task, {m.task_id, m.project_id}}));
            continue;
        }
        if (tasks[*t].earning_rule != EarningRule::weighted_milestones) {
            out.diagnostics.push_back(
                at_milestone(m, Diagnostic::Severity::warning, {Msg::milestone_task_not_weighted, {m.task_id}}));
            continue;
        }
        MilestoneSums& sums = milestones[*t];
        sums.total += m.weight;
        ++sums.count;
        bool achieved = m.achieved;
        if (achieved && m.achieved_on && *m.achieved_on > status_date) {
            out.diagnostics.push_back(at_milestone(m, Diagnostic::Severity::note,
                                                   {Msg::milestone_after_status_date, {MessageArg::date(*m.achieved_on)}}));
            achieved = false;
        }
        if (achieved)
            sums.achieved += m.weight;
    }

    auto fall_back = [&](std::size_t t) {
        out.ev[t] = earned_value(tasks[t].budget, tasks[t].percent_complete).value();  // the reader checked the percent
        out.applied[t] = EarningRule::percent_complete;
        out.fell_back[t] = 1;
    };

    // Every rule but apportioned first: an apportioned task follows what its base has earned.
    for (std::size_t t = 0; t < n; ++t) {
        const Task& task = tasks[t];
        const EarningRule rule = task.earning_rule;
        if (task.earning_fallback) {
            fall_back(t);
            continue;
        }
        out.applied[t] = rule;
        switch (rule) {
        case EarningRule::apportioned: break;
        case EarningRule::level_of_effort:
            out.ev[t] = planned_value({task.budget, task.start, task.finish}, status_date, calendar);
            break;
        case EarningRule::weighted_milestones: {
            const auto found = milestones.find(static_cast<std::uint32_t>(t));
            if (found == milestones.end()) {
                out.diagnostics.push_back(
                    at_method_cell(task, Diagnostic::Severity::warning, {Msg::milestones_missing, {task.id}}));
                fall_back(t);
            } else if (!(found->second.total > 0)) {
                out.diagnostics.push_back(
                    at_method_cell(task, Diagnostic::Severity::warning, {Msg::milestones_weigh_nothing, {task.id}}));
                fall_back(t);
            } else {
                const MilestoneSums& sums = found->second;
                // Weights as shares of 1 or percentages; any other sum is said.
                if (!close_enough(sums.total, 1, 1e-9) && !close_enough(sums.total, 100, 1e-9))
                    out.diagnostics.push_back(at_method_cell(task, Diagnostic::Severity::note,
                                                             {Msg::milestone_weights_relative, {task.id, sums.total}}));
                out.ev[t] = task.budget * (sums.achieved / sums.total);
            }
            break;
        }
        case EarningRule::percent_complete:
            out.ev[t] = earned_value(task.budget, task.percent_complete).value();
            break;
        case EarningRule::zero_hundred:
        case EarningRule::fifty_fifty:
        case EarningRule::twenty_eighty:
            out.ev[t] = task.budget * earned_share(rule, task.percent_complete).value_or(task.percent_complete);
            break;
        }
    }
    for (std::size_t t = 0; t < n; ++t) {
        const Task& task = tasks[t];
        if (out.fell_back[t] || task.earning_rule != EarningRule::apportioned)
            continue;
        const auto base = find(task.project_id, task.apportioned_to);
        if (!base) {
            out.diagnostics.push_back(at_method_cell(task, Diagnostic::Severity::warning,
                                                     {Msg::apportioned_base_unknown, {task.apportioned_to, task.project_id}}));
            fall_back(t);
            continue;
        }
        const Task& base_task = tasks[*base];
        if (*base == t || base_task.earning_rule == EarningRule::apportioned) {
            out.diagnostics.push_back(at_method_cell(task, Diagnostic::Severity::warning,
                                                     {Msg::apportioned_base_apportioned, {task.apportioned_to}}));
            fall_back(t);
            continue;
        }
        const double share = base_task.budget > 0 ? out.ev[*base] / base_task.budget : base_task.percent_complete;
        out.ev[t] = task.budget * share;
    }
    return out;
}

}  // namespace pmocalc
