#include "schedule_parsing.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace pmocalc::schedule_parsing {
namespace {

std::optional<int> digits(std::string_view text, std::size_t from, std::size_t count) {
    if (from + count > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Where each task's part of the outline ends: the first row after it that is
// not deeper (one pass with a stack of the open parents).
std::vector<std::size_t> outline_ends(const ScheduleFile& schedule) {
    const std::size_t n = schedule.tasks.size();
    std::vector<std::size_t> end(n, n);
    std::vector<std::size_t> open;
    for (std::size_t j = 0; j < n; ++j) {
        while (!open.empty() && schedule.tasks[open.back()].outline_level >= schedule.tasks[j].outline_level) {
            end[open.back()] = j;
            open.pop_back();
        }
        open.push_back(j);
    }
    return end;
}

// pmocalc's network holds work tasks only (a summary's dates are its tasks'):
// a link from a summary becomes links from its tasks — all of them for a
// finish (FS, FF), those that start first for a start (SS, SF) — and a link
// into a summary holds for every task under it, as MS Project schedules it.
void carry_summary_links(ScheduleFile& schedule, const std::unordered_map<std::string, std::size_t>& index) {
    std::size_t carried = 0;
    const std::vector<std::size_t> end = outline_ends(schedule);
    // The work tasks under a summary, found only for the summaries a link
    // touches (a deep outline's every summary would make this quadratic).
    std::unordered_map<std::size_t, std::vector<std::size_t>> leaves_of;
    const auto leaves = [&](std::size_t i) -> const std::vector<std::size_t>& {
        auto [found, added] = leaves_of.try_emplace(i);
        if (added)
            for (std::size_t j = i + 1; j < end[i]; ++j)
                if (!schedule.tasks[j].summary)
                    found->second.push_back(j);
        return found->second;
    };
    const auto from_leaves = [&](const ScheduleLink& link) {
        const std::size_t p = index.at(link.predecessor);
        if (!schedule.tasks[p].summary)
            return std::vector<ScheduleLink>{link};
        ++carried;
        std::vector<std::size_t> from = leaves(p);
        if (link.type == LinkType::start_start || link.type == LinkType::start_finish) {
            std::optional<Day> first;
            for (std::size_t l : from)
                if (schedule.tasks[l].start && (!first || *schedule.tasks[l].start < *first))
                    first = schedule.tasks[l].start;
            std::erase_if(from, [&](std::size_t l) { return first && schedule.tasks[l].start != first; });
        }
        std::vector<ScheduleLink> links;
        for (std::size_t l : from)
            links.push_back({schedule.tasks[l].key, link.type, link.lag_days});
        return links;
    };
    std::vector<std::vector<ScheduleLink>> carried_in(schedule.tasks.size());
    for (std::size_t i = 0; i < schedule.tasks.size(); ++i) {
        ScheduleTask& task = schedule.tasks[i];
        std::vector<ScheduleLink> links;
        for (const ScheduleLink& link : task.predecessors)
            for (ScheduleLink& l : from_leaves(link))
                if (l.predecessor != task.key)  // a summary's link to a task under it says nothing of the task
                    links.push_back(std::move(l));
        if (task.summary) {
            carried += task.predecessors.size();
            for (std::size_t leaf : leaves(i))
                carried_in[leaf].insert(carried_in[leaf].end(), links.begin(), links.end());
            links.clear();
        }
        task.predecessors = std::move(links);
    }
    for (std::size_t i = 0; i < schedule.tasks.size(); ++i) {
        auto& links = schedule.tasks[i].predecessors;
        for (ScheduleLink& l : carried_in[i])
            if (l.predecessor != schedule.tasks[i].key &&
                std::none_of(links.begin(), links.end(), [&](const ScheduleLink& k) {
                    return k.predecessor == l.predecessor && k.type == l.type && k.lag_days == l.lag_days;
                }))
                links.push_back(std::move(l));
    }
    if (carried > 0)
        schedule.notes.push_back({{Msg::schedule_link_to_summary, {static_cast<long>(carried)}}, 0, false});
}

}  // namespace

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_blank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && is_blank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<Day> day_of(std::string_view text) {
    text = trimmed(text);
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (!year || !month || !day || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    if (text.size() > 10 && text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > 31)
        return std::nullopt;
    const CivilDate civil{*year, static_cast<unsigned>(*month), static_cast<unsigned>(*day)};
    const Day result = day_from_civil(civil);
    const CivilDate back = civil_from_day(result);
    if (back.month != civil.month || back.day != civil.day)  // 2024-02-30
        return std::nullopt;
    if (result < first_plausible_day || result > last_plausible_day)
        return std::nullopt;
    return result;
}

double hour_of(std::string_view text) {
    text = trimmed(text);
    if (text.size() < 16)
        return 0;
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    if (!hour || !minute || text[13] != ':')
        return 0;
    return *hour + *minute / 60.0;
}

std::optional<double> number_of(std::string_view text) {
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    if (text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> hours_of(std::string_view iso) {
    iso = trimmed(iso);
    bool negative = false;
    if (!iso.empty() && iso.front() == '-') {
        negative = true;
        iso.remove_prefix(1);
    }
    if (iso.empty() || iso.front() != 'P')
        return std::nullopt;
    iso.remove_prefix(1);
    double hours = 0;
    bool in_time = false;
    bool any = false;
    while (!iso.empty()) {
        if (iso.front() == 'T') {
            in_time = true;
            iso.remove_prefix(1);
            continue;
        }
        std::size_t n = 0;
        while (n < iso.size() && ((iso[n] >= '0' && iso[n] <= '9') || iso[n] == '.'))
            ++n;
        if (n == 0 || n == iso.size())
            return std::nullopt;
        const auto value = number_of(iso.substr(0, n));
        if (!value)
            return std::nullopt;
        const char unit = iso[n];
        if (!in_time && unit == 'D')
            hours += *value * 24;  // ISO days are elapsed days; MSPDI writes working time in hours
        else if (!in_time && unit == 'W')
            hours += *value * 24 * 7;
        else if (in_time && unit == 'H')
            hours += *value;
        else if (in_time && unit == 'M')
            hours += *value / 60;
        else if (in_time && unit == 'S')
            hours += *value / 3600;
        else
            return std::nullopt;
        any = true;
        iso.remove_prefix(n + 1);
    }
    if (!any)
        return std::nullopt;
    return negative ? -hours : hours;
}

Outcome<ScheduleFile> finished(ScheduleFile schedule) {
    std::set<std::string> keys;
    std::vector<ScheduleTask> kept;
    kept.reserve(schedule.tasks.size());
    for (ScheduleTask& task : schedule.tasks) {
        if (!keys.insert(task.key).second) {
            schedule.notes.push_back({{Msg::schedule_duplicate_key, {task.id.empty() ? task.key : task.id}}, task.line, true});
            continue;
        }
        kept.push_back(std::move(task));
    }
    schedule.tasks = std::move(kept);
    if (schedule.tasks.empty())
        return invalid_input(Message{Msg::schedule_no_tasks});
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < schedule.tasks.size(); ++i)
        index.emplace(schedule.tasks[i].key, i);
    for (ScheduleTask& task : schedule.tasks) {
        std::vector<ScheduleLink> links;
        for (ScheduleLink& link : task.predecessors) {
            const auto found = index.find(link.predecessor);
            if (found == index.end() || link.predecessor == task.key) {
                schedule.notes.push_back({{Msg::schedule_link_unknown, {task.id, link.predecessor}}, task.line, true});
                continue;
            }
            links.push_back(std::move(link));
        }
        task.predecessors = std::move(links);
    }
    // A task followed by one deeper in the outline is its parent.
    for (std::size_t i = 0; i + 1 < schedule.tasks.size(); ++i)
        if (schedule.tasks[i + 1].outline_level > schedule.tasks[i].outline_level)
            schedule.tasks[i].summary = true;
    carry_summary_links(schedule, index);
    // A deadline is the required finish of a task the baseline says nothing of
    // (the sheets' baseline finish: schedule_sheets.cpp).
    const auto deadlines = std::count_if(schedule.tasks.begin(), schedule.tasks.end(), [](const ScheduleTask& t) {
        return !t.summary && t.deadline && !t.baseline_finish;
    });
    if (deadlines > 0)
        schedule.notes.push_back({{Msg::schedule_deadline_as_baseline, {static_cast<long>(deadlines)}}, 0, false});
    std::set<std::string> assigned;
    std::set<std::string> resources;
    for (const ScheduleResource& r : schedule.resources)
        resources.insert(r.key);
    std::vector<ScheduleAssignment> assignments;
    for (ScheduleAssignment& a : schedule.assignments) {
        if (!index.contains(a.task) || !resources.contains(a.resource)) {
            schedule.notes.push_back({{Msg::schedule_assignment_unknown, {a.resource, a.task}}, 0, false});
            continue;
        }
        assignments.push_back(std::move(a));
    }
    schedule.assignments = std::move(assignments);
    std::sort(schedule.calendar.holidays.begin(), schedule.calendar.holidays.end());
    schedule.calendar.holidays.erase(std::unique(schedule.calendar.holidays.begin(), schedule.calendar.holidays.end()),
                                     schedule.calendar.holidays.end());
    return schedule;
}

MessageArg working_days_text(const std::array<bool, 7>& working) {
    static constexpr Msg names[] = {Msg::weekday_monday,   Msg::weekday_tuesday, Msg::weekday_wednesday,
                                    Msg::weekday_thursday, Msg::weekday_friday,  Msg::weekday_saturday,
                                    Msg::weekday_sunday};
    std::optional<Message> list;
    for (std::size_t d = 0; d < 7; ++d) {
        if (!working[d])
            continue;
        list = list ? Message{Msg::list_join, {*list, names[d]}} : Message{names[d]};
    }
    return list ? MessageArg(*list) : MessageArg(Msg::nothing_listed);
}

}  // namespace pmocalc::schedule_parsing
