// Schedule networks by the critical path method over precedence links of the
// four types with lags (the precedence diagramming method: PMBOK Guide 6th ed.
// §6.3.2.1 and §6.5.2.2; Moder, Phillips & Davis, "Project Management with
// CPM, PERT and Precedence Diagramming", 3rd ed., ch. 4). Times are in the
// durations' unit (working days) from the project's start at time 0.
//
// Layout: the tasks are put in topological order once, and each task's
// predecessor links are kept in flat arrays in that order (compressed rows),
// so a forward or backward pass is one sweep over contiguous memory — what the
// Monte Carlo repeats ten thousand times. Boost.Graph would give the same
// order but its adjacency lists scatter the links the passes read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "messages.hpp"
#include "predecessors.hpp"

namespace pmocalc {

// One task of a network as the caller read it: a non-empty ID and its
// predecessor cell (see predecessors.hpp).
struct NetworkTask {
    std::string id;
    std::string predecessors;
};

// A bad predecessor entry, a duplicate ID or a cycle, at the task (its index
// among the caller's tasks) whose cell shows it.
struct NetworkProblem {
    enum class Field { id, predecessors };
    std::size_t task;
    Field field;
    Message message;
};

struct NetworkLink {
    std::uint32_t predecessor;  // a task index, in the caller's order
    LinkType type;
    double lag;
};

class ScheduleNetwork {
public:
    std::size_t size() const { return order_.size(); }
    // Tasks, the caller's indices, each after all its predecessors.
    std::span<const std::uint32_t> topological_order() const { return order_; }
    std::span<const NetworkLink> predecessors_of(std::size_t task) const;
    std::size_t successor_count(std::size_t task) const { return successor_counts_[task]; }
    std::size_t link_count() const { return links_.size(); }

    // The same links by topological position, for passes over the order:
    // position k's links are links_by_position()[begin[k] .. begin[k+1]),
    // each naming its predecessor's position.
    std::span<const std::uint32_t> position_begin() const { return position_begin_; }
    std::span<const NetworkLink> links_by_position() const { return position_links_; }

private:
    friend struct NetworkBuilder;
    std::vector<std::uint32_t> order_;
    std::vector<std::uint32_t> begin_;  // by task index
    std::vector<NetworkLink> links_;
    std::vector<std::uint32_t> successor_counts_;
    std::vector<std::uint32_t> position_begin_;
    std::vector<NetworkLink> position_links_;
};

// The task IDs of every project of a portfolio, each with an index the
// caller chose (a row), for predecessor entries naming another project's
// task: "P02:15" is task 15 of project P02.
class ProjectDirectory {
public:
    void add_project(const std::string& project) { tasks_[project]; }
    void add(const std::string& project, const std::string& task, std::size_t index);  // the first of duplicates stays
    bool has_project(const std::string& project) const { return tasks_.contains(project); }
    std::optional<std::size_t> find(const std::string& project, const std::string& task) const;

private:
    std::unordered_map<std::string, std::unordered_map<std::string, std::size_t>> tasks_;
};

// A predecessor in another project: the task (its index among the caller's
// tasks) waits for `predecessor` of `project` by a link of `type` and `lag`.
// It is not part of the network, so each project's critical path stays its own.
struct ExternalLink {
    std::size_t task;
    std::string project;
    std::string predecessor;
    std::size_t predecessor_index;  // the directory's index
    LinkType type;
    double lag;
};

struct NetworkBuild {
    std::optional<ScheduleNetwork> network;  // when there is no problem
    std::vector<NetworkProblem> problems;
    std::vector<ExternalLink> external_links;  // found whether or not the network could be built
    std::vector<NetworkProblem> notes;  // no problem, but worth saying (an ID read as this project's own task)
};

// The network of the tasks: every predecessor entry resolved to a task (an
// unknown ID, a malformed entry, a percent lag, a duplicate ID and a cycle are
// problems — a cycle names the IDs around it). With a directory, an entry
// that is no task of this project but reads "project:task" (any reading:
// "P02:15FS+2d") names a task of another project of the directory (an
// unknown project or task there is a problem); an ID with ':' that is a task
// of this project keeps meaning that task (a note when it could also be
// read as another project's). `project` is this project's ID: "P01:3" in P01
// is its own task 3.
NetworkBuild build_network(std::span<const NetworkTask> tasks, const ProjectDirectory* directory = nullptr,
                           std::string_view project = {});

// The critical path method over one set of durations (index = task index).
struct CriticalPath {
    std::vector<double> early_start, early_finish, late_start, late_finish;
    std::vector<double> total_float;
    // How far a task may slip without moving any successor's early dates or
    // the project's early finish: never negative, whatever the required finish.
    std::vector<double> free_float;
    double finish = 0;  // the project's length: the latest early finish
    // The longest path: from the task that finishes last back through the
    // predecessor link that drives each start, first task first.
    std::vector<std::uint32_t> driving_path;
    // Tasks whose total float is the smallest in the network (0 without a
    // required finish; negative when the required finish cannot be met).
    std::vector<bool> critical;
};

// Durations must be finite and not negative. Late dates run back from
// `required_finish` when given (a deadline or baseline finish: float turns
// negative when the network cannot meet it), else from the project's finish.
// Early starts are never before time 0 (the project's start).
CriticalPath critical_path(const ScheduleNetwork& network, std::span<const double> durations,
                           std::optional<double> required_finish = std::nullopt);

// Floats this close to the smallest count as critical (rounding of lags and
// sums of fractional durations).
inline constexpr double float_tolerance = 1e-9;

}  // namespace pmocalc
