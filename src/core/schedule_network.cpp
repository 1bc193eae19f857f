#include "schedule_network.hpp"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace pmocalc {

struct NetworkBuilder {
    static NetworkBuild build(std::span<const NetworkTask> tasks, const ProjectDirectory* directory,
                              std::string_view project);
};

void ProjectDirectory::add(const std::string& project, const std::string& task, std::size_t index) {
    tasks_[project].emplace(task, index);
}

std::optional<std::size_t> ProjectDirectory::find(const std::string& project, const std::string& task) const {
    const auto tasks = tasks_.find(project);
    if (tasks == tasks_.end())
        return std::nullopt;
    const auto found = tasks->second.find(task);
    if (found == tasks->second.end())
        return std::nullopt;
    return found->second;
}

namespace {

using Index = std::uint32_t;

// The IDs around one cycle among the tasks Kahn's algorithm could not order
// (each of them has a predecessor left unordered): walking back from any of
// them must come round; the walk's repeating part is the cycle.
std::vector<Index> find_cycle(const std::vector<std::vector<NetworkLink>>& predecessors,
                              const std::vector<Index>& remaining_in, Index start) {
    std::vector<int> seen_at(predecessors.size(), -1);
    std::vector<Index> walk;
    Index at = start;
    while (seen_at[at] < 0) {
        seen_at[at] = static_cast<int>(walk.size());
        walk.push_back(at);
        for (const NetworkLink& link : predecessors[at])
            if (remaining_in[link.predecessor] > 0) {
                at = link.predecessor;
                break;
            }
    }
    std::vector<Index> cycle(walk.begin() + seen_at[at], walk.end());
    std::reverse(cycle.begin(), cycle.end());  // predecessor first
    std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());  // first row first
    return cycle;
}

struct ProjectTask {
    std::string project;
    std::string task;
};

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

// "P02:15" → P02 and 15 (the width-folded entry: "Ｐ０２：１５" too).
std::optional<ProjectTask> split_project(std::string_view id) {
    const std::size_t colon = id.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view project = trimmed(id.substr(0, colon));
    const std::string_view task = trimmed(id.substr(colon + 1));
    if (project.empty() || task.empty())
        return std::nullopt;
    return ProjectTask{std::string(project), std::string(task)};
}

}  // namespace

NetworkBuild NetworkBuilder::build(std::span<const NetworkTask> tasks, const ProjectDirectory* directory,
                                   std::string_view project) {
    NetworkBuild result;
    const std::size_t n = tasks.size();
    std::unordered_map<std::string_view, Index> index_of;
    index_of.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!index_of.emplace(tasks[i].id, static_cast<Index>(i)).second)
            result.problems.push_back(
                {i, NetworkProblem::Field::id, {Msg::network_duplicate_id, {tasks[i].id}}});

    std::vector<std::vector<NetworkLink>> predecessors(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (const PredecessorEntry& entry : parse_predecessors(tasks[i].predecessors)) {
            const auto known = std::find_if(entry.readings.begin(), entry.readings.end(),
                                            [&](const PredecessorReading& r) { return index_of.contains(r.id); });
            if (directory && known != entry.readings.end()) {
                const auto other = split_project(known->id);
                if (other && other->project != project && directory->find(other->project, other->task))
                    result.notes.push_back({i, NetworkProblem::Field::predecessors,
                                            {Msg::predecessor_own_task_preferred, {known->id, other->project, other->task}}});
            }
            if (directory && known == entry.readings.end() && !entry.percent_lag) {
                // Another project's task: the first reading that names one.
                bool resolved = false;
                for (const PredecessorReading& reading : entry.readings) {
                    const auto other = split_project(reading.id);
                    if (!other)
                        continue;
                    if (other->project == project && index_of.contains(other->task)) {
                        predecessors[i].push_back({index_of[other->task], reading.type, reading.lag});
                        resolved = true;
                        break;
                    }
                    if (const auto index = directory->find(other->project, other->task); index && other->project != project) {
                        result.external_links.push_back(
                            {i, other->project, other->task, *index, reading.type, reading.lag});
                        resolved = true;
                        break;
                    }
                }
                if (resolved)
                    continue;
                // Named as the ID + type + lag reading, as an unknown ID is.
                const PredecessorReading& shown = entry.readings.size() > 1 ? entry.readings[1] : entry.readings[0];
                const auto named = split_project(shown.id);
                const auto any_project = std::find_if(entry.readings.begin(), entry.readings.end(),
                                                      [&](const PredecessorReading& r) {
                                                          const auto o = split_project(r.id);
                                                          return o && (directory->has_project(o->project) || o->project == project);
                                                      });
                if (any_project != entry.readings.end()) {
                    const ProjectTask other = named && (directory->has_project(named->project) || named->project == project)
                                                  ? *named
                                                  : *split_project(any_project->id);
                    result.problems.push_back({i, NetworkProblem::Field::predecessors,
                                               {Msg::predecessor_unknown_foreign_task,
                                                {other.project, other.task, entry.text}}});
                    continue;
                }
                if (named) {
                    result.problems.push_back({i, NetworkProblem::Field::predecessors,
                                               {Msg::predecessor_unknown_project, {named->project, entry.text}}});
                    continue;
                }
            }
            if (entry.percent_lag && known == entry.readings.end()) {
                result.problems.push_back(
                    {i, NetworkProblem::Field::predecessors, {Msg::predecessor_percent_lag, {entry.text}}});
            } else if (known != entry.readings.end()) {
                predecessors[i].push_back({index_of[known->id], known->type, known->lag});
            } else if (entry.readings.size() > 1) {
                result.problems.push_back({i, NetworkProblem::Field::predecessors,
                                           {Msg::predecessor_unknown_id, {entry.readings[1].id, entry.text}}});
            } else {
                result.problems.push_back(
                    {i, NetworkProblem::Field::predecessors, {Msg::predecessor_malformed, {entry.text}}});
            }
        }
    }
    if (!result.problems.empty())
        return result;

    // Kahn's algorithm, smallest index first among the ready tasks of one
    // round, so the order is stable and follows the rows where it can.
    std::vector<Index> remaining_in(n, 0);
    std::vector<std::vector<Index>> successors(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const NetworkLink& link : predecessors[i]) {
            ++remaining_in[i];
            successors[link.predecessor].push_back(static_cast<Index>(i));
        }
    ScheduleNetwork network;
    network.order_.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (remaining_in[i] == 0)
            network.order_.push_back(static_cast<Index>(i));
    for (std::size_t head = 0; head < network.order_.size(); ++head)
        for (Index next : successors[network.order_[head]])
            if (--remaining_in[next] == 0)
                network.order_.push_back(next);
    if (network.order_.size() < n) {
        // Report each cycle once, at its first task in row order.
        std::vector<bool> reported(n, false);
        for (std::size_t i = 0; i < n; ++i) {
            if (remaining_in[i] == 0 || reported[i])
                continue;
            const std::vector<Index> cycle = find_cycle(predecessors, remaining_in, static_cast<Index>(i));
            if (std::any_of(cycle.begin(), cycle.end(), [&](Index t) { return reported[t]; })) {
                reported[i] = true;  // leads into a cycle already reported
                continue;
            }
            std::string path;
            for (Index t : cycle) {
                path += tasks[t].id + " \u2192 ";
                reported[t] = true;
            }
            path += tasks[cycle.front()].id;
            result.problems.push_back(
                {cycle.front(), NetworkProblem::Field::predecessors, {Msg::network_cycle, {MessageArg::rendered(path)}}});
        }
        return result;
    }

    network.begin_.resize(n + 1);
    network.successor_counts_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        network.begin_[i] = static_cast<Index>(network.links_.size());
        network.links_.insert(network.links_.end(), predecessors[i].begin(), predecessors[i].end());
        network.successor_counts_[i] = static_cast<Index>(successors[i].size());
    }
    network.begin_[n] = static_cast<Index>(network.links_.size());

    std::vector<Index> position(n);
    for (std::size_t k = 0; k < n; ++k)
        position[network.order_[k]] = static_cast<Index>(k);
    network.position_begin_.resize(n + 1);
    network.position_links_.reserve(network.links_.size());
    for (std::size_t k = 0; k < n; ++k) {
        network.position_begin_[k] = static_cast<Index>(network.position_links_.size());
        for (const NetworkLink& link : predecessors[network.order_[k]])
            network.position_links_.push_back({position[link.predecessor], link.type, link.lag});
    }
    network.position_begin_[n] = static_cast<Index>(network.position_links_.size());
    result.network = std::move(network);
    return result;
}

std::span<const NetworkLink> ScheduleNetwork::predecessors_of(std::size_t task) const {
    return std::span<const NetworkLink>(links_).subspan(begin_[task], begin_[task + 1] - begin_[task]);
}

NetworkBuild build_network(std::span<const NetworkTask> tasks, const ProjectDirectory* directory,
                           std::string_view project) {
    return NetworkBuilder::build(tasks, directory, project);
}

namespace {

// The earliest start a link allows its successor (of duration `duration`).
double start_allowed(const NetworkLink& link, double predecessor_start, double predecessor_finish, double duration) {
    switch (link.type) {
    case LinkType::finish_start: return predecessor_finish + link.lag;
    case LinkType::start_start: return predecessor_start + link.lag;
    case LinkType::finish_finish: return predecessor_finish + link.lag - duration;
    case LinkType::start_finish: return predecessor_start + link.lag - duration;
    }
    return predecessor_finish;
}

// The latest finish a link allows its predecessor (of duration `duration`).
double finish_allowed(const NetworkLink& link, double successor_start, double successor_finish, double duration) {
    switch (link.type) {
    case LinkType::finish_start: return successor_start - link.lag;
    case LinkType::start_start: return successor_start - link.lag + duration;
    case LinkType::finish_finish: return successor_finish - link.lag;
    case LinkType::start_finish: return successor_finish - link.lag + duration;
    }
    return successor_start;
}

// The free float a link leaves its predecessor: how far it may slip before
// it moves the successor's early dates.
double link_slack(const NetworkLink& link, double predecessor_start, double predecessor_finish, double successor_start,
                  double successor_finish) {
    switch (link.type) {
    case LinkType::finish_start: return successor_start - link.lag - predecessor_finish;
    case LinkType::start_start: return successor_start - link.lag - predecessor_start;
    case LinkType::finish_finish: return successor_finish - link.lag - predecessor_finish;
    case LinkType::start_finish: return successor_finish - link.lag - predecessor_start;
    }
    return 0;
}

bool close(double a, double b, double scale) { return std::abs(a - b) <= float_tolerance * std::max(1.0, scale); }

}  // namespace

CriticalPath critical_path(const ScheduleNetwork& network, std::span<const double> durations,
                           std::optional<double> required_finish) {
    const std::size_t n = network.size();
    CriticalPath cpm;
    cpm.early_start.assign(n, 0);
    cpm.early_finish.assign(n, 0);
    for (Index task : network.topological_order()) {
        double start = 0;
        for (const NetworkLink& link : network.predecessors_of(task))
            start = std::max(start, start_allowed(link, cpm.early_start[link.predecessor],
                                                  cpm.early_finish[link.predecessor], durations[task]));
        cpm.early_start[task] = start;
        cpm.early_finish[task] = start + durations[task];
        cpm.finish = std::max(cpm.finish, cpm.early_finish[task]);
    }

    const double end = required_finish.value_or(cpm.finish);
    cpm.late_finish.assign(n, end);
    cpm.late_start.assign(n, 0);
    cpm.free_float.assign(n, std::numeric_limits<double>::infinity());
    const auto order = network.topological_order();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const Index task = *it;
        cpm.late_start[task] = cpm.late_finish[task] - durations[task];
        for (const NetworkLink& link : network.predecessors_of(task)) {
            const Index p = link.predecessor;
            cpm.late_finish[p] = std::min(cpm.late_finish[p], finish_allowed(link, cpm.late_start[task],
                                                                              cpm.late_finish[task], durations[p]));
            cpm.free_float[p] = std::min(cpm.free_float[p],
                                         link_slack(link, cpm.early_start[p], cpm.early_finish[p],
                                                    cpm.early_start[task], cpm.early_finish[task]));
        }
    }
    cpm.total_float.resize(n);
    double least_float = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < n; ++i) {
        cpm.total_float[i] = cpm.late_finish[i] - cpm.early_finish[i];
        // Free float is slip that delays neither a successor nor the project:
        // a lead (negative lag) clamped at the project start leaves a link
        // more slack than the project's finish does.
        cpm.free_float[i] = std::min(cpm.free_float[i], cpm.finish - cpm.early_finish[i]);
        least_float = std::min(least_float, cpm.total_float[i]);
    }
    cpm.critical.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        cpm.critical[i] = close(cpm.total_float[i], least_float, cpm.finish);

    // Back from the task that finishes last (the first such row), each step
    // to the first predecessor whose link sets the task's early start.
    if (n > 0) {
        Index at = 0;
        for (std::size_t i = 1; i < n; ++i)
            if (cpm.early_finish[i] > cpm.early_finish[at] && !close(cpm.early_finish[i], cpm.early_finish[at], cpm.finish))
                at = static_cast<Index>(i);
        std::vector<Index> path{at};
        for (;;) {
            const auto links = network.predecessors_of(at);
            const auto driving = std::find_if(links.begin(), links.end(), [&](const NetworkLink& link) {
                return close(start_allowed(link, cpm.early_start[link.predecessor],
                                           cpm.early_finish[link.predecessor], durations[at]),
                             cpm.early_start[at], cpm.finish);
            });
            if (driving == links.end())
                break;
            at = driving->predecessor;
            path.push_back(at);
        }
        cpm.driving_path.assign(path.rbegin(), path.rend());
    }
    return cpm;
}

}  // namespace pmocalc
