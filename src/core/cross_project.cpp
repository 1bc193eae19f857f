#include "cross_project.hpp"

#include <algorithm>
#include <unordered_map>

namespace pmocalc {

namespace {

bool finished(const Task& task) { return task.actual_finish.has_value() || task.percent_complete >= 1; }

Day forecast_finish(const Task& task, Day status_date) {
    const Day finish = task.actual_finish.value_or(task.forecast_finish.value_or(task.finish));
    return finished(task) ? finish : std::max(finish, status_date);
}

Day forecast_start(const Task& task, Day status_date) {
    const bool started = finished(task) || task.percent_complete > 0;
    return started ? task.start : std::max(task.start, status_date);
}

}  // namespace

CrossProjectAnalysis analyse_cross_project(const Portfolio& portfolio, std::span<const CrossProjectLink> links,
                                           const WorkCalendar& calendar, Day status_date) {
    CrossProjectAnalysis analysis;
    // Working-day positions from one origin: a finish on day d is at the end
    // of the working days through d, a start on d after those before d, so an
    // FS link is met when finish + lag ≤ start.
    for (const CrossProjectLink& link : links) {
        const Task& from = portfolio.tasks[link.from_row];
        const Task& to = portfolio.tasks[link.to_row];
        CrossProjectLinkFigures f;
        f.link = link;
        f.predecessor_finish = forecast_finish(from, status_date);
        f.successor_start = to.start;
        const bool from_start = link.type == LinkType::start_start || link.type == LinkType::start_finish;
        const bool to_finish = link.type == LinkType::finish_finish || link.type == LinkType::start_finish;
        f.predecessor_date = from_start ? forecast_start(from, status_date) : f.predecessor_finish;
        f.successor_date = to_finish ? to.finish : to.start;
        const Day origin = std::min(f.predecessor_date, f.successor_date);
        const auto position = [&](Day day, bool start) {
            return finish_offset(calendar, origin, start ? day - 1 : day);
        };
        const double have = position(f.predecessor_date, from_start) + link.lag;
        const double need = position(f.successor_date, !to_finish);
        f.push = std::max(0.0, have - need);
        f.slack = std::max(0.0, need - have);
        analysis.links.push_back(std::move(f));
    }

    std::unordered_map<std::string, std::size_t> order;
    for (std::size_t i = 0; i < portfolio.projects.size(); ++i)
        order.emplace(portfolio.projects[i].id, i);
    const std::size_t n = portfolio.projects.size();
    std::vector<std::vector<std::size_t>> next(n);
    for (const CrossProjectLinkFigures& f : analysis.links) {
        const auto from = order.find(f.link.from_project);
        const auto to = order.find(f.link.to_project);
        if (f.propagates() && from != order.end() && to != order.end() && from->second != to->second)
            next[from->second].push_back(to->second);
    }
    for (std::size_t p = 0; p < n; ++p) {
        if (next[p].empty())
            continue;
        // Breadth first; a project seen once is not walked again, so a cycle
        // between projects ends where it began.
        std::vector<bool> seen(n, false);
        seen[p] = true;
        std::vector<std::size_t> queue(next[p].begin(), next[p].end());
        std::vector<bool> direct(n, false);
        for (std::size_t q : next[p])
            direct[q] = true;
        std::vector<bool> reached(n, false);
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::size_t q = queue[head];
            if (seen[q])
                continue;
            seen[q] = true;
            reached[q] = true;
            queue.insert(queue.end(), next[q].begin(), next[q].end());
        }
        ProjectReach reach;
        reach.project = portfolio.projects[p].id;
        for (std::size_t q = 0; q < n; ++q) {
            if (direct[q])
                reach.direct.push_back(portfolio.projects[q].id);
            if (reached[q])
                reach.reaches.push_back(portfolio.projects[q].id);
        }
        analysis.projects.push_back(std::move(reach));
    }
    return analysis;
}

}  // namespace pmocalc
