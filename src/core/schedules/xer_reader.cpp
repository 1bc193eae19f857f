// Primavera P6's XER export: after an ERMHDR line, tables of tab-separated
// text — "%T name", "%F field…", then "%R value…" rows — up to "%E". Field
// meanings as Oracle's P6 data dictionary gives them and MPXJ reads them.
// One project is read: PROJECT, PROJWBS (the outline), TASK, TASKPRED,
// CALENDAR, RSRC with RSRCRATE and ROLES, TASKRSRC and PROJCOST; every other
// table is a note naming it. Files are UTF-8 or, from older P6 versions and
// Windows exports, Windows-1252.
// The text layer is xer_tables.cpp, the calendars' clndr_data xer_calendar.cpp.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "schedule_file.hpp"
#include "schedule_parsing.hpp"
#include "xer_calendar.hpp"
#include "xer_tables.hpp"

namespace pmocalc {
namespace {

using namespace schedule_parsing;
using xer::each_row;
using xer::is_utf8;
using xer::read_calendar;
using xer::Row;
using xer::Table;
using xer::tables_of;
using xer::utf8_from_cp1252;
using xer::XerCalendar;
using xer::XerText;

constexpr std::string_view tables_read[] = {"PROJECT", "PROJWBS",  "TASK",  "TASKPRED", "CALENDAR",
                                            "RSRC",    "RSRCRATE", "ROLES", "TASKRSRC", "PROJCOST"};

// ---- The reading ----------------------------------------------------------

struct Activity {
    std::string wbs_id;
    const XerCalendar* calendar = nullptr;
};

struct Reading {
    ScheduleFile schedule;
    std::string project;  // proj_id of the project read ("": the file names none)
    std::string project_calendar_id;
    std::map<std::string, XerCalendar> calendars;  // by clndr_id
    XerCalendar* calendar = nullptr;  // the project's
    XerCalendar standard;             // when the file has no calendar
    std::vector<Activity> activities;  // beside schedule.tasks until the outline is built
    std::unordered_map<std::string, std::size_t> task_index;  // key → schedule.tasks
    std::unordered_set<std::string> other_projects_tasks;
    std::unordered_set<std::string> unknown_ids;  // calendars and WBS elements tasks name but the file lacks: said once
    std::vector<double> actual_costs;  // beside schedule.tasks
    long task_calendars = 0, derived_percents = 0, level_of_effort = 0, role_assignments = 0;
};

void note(Reading& r, Message message, std::size_t line = 0, bool error = false) {
    r.schedule.notes.push_back({std::move(message), line, error});
}

bool of_other_project(const Row& row, const Reading& r) {
    const std::string_view project = row["proj_id"];
    return !r.project.empty() && !project.empty() && project != r.project;
}

// Amounts beyond 10^15 are no amounts of a plan: read as unreadable.
std::optional<double> number_in(const Row& row, std::string_view field, const std::string& who, Reading& r) {
    const std::string_view text = row[field];
    if (text.empty())
        return std::nullopt;
    const auto value = number_of(text);
    if (value && std::abs(*value) <= 1e15)
        return value;
    note(r, {Msg::schedule_value_unreadable, {who, field, text}}, row.line());
    return std::nullopt;
}

Day next_working_day(Day day, const WorkCalendar& work, int step) {
    Day next = day + step;
    for (int guard = 0; guard < 3660 && !work.is_working_day(next); ++guard)
        next += step;
    return next >= first_plausible_day && next <= last_plausible_day ? next : day;
}

enum class Edge { start, finish };
struct Moment {
    Day written, meant;  // the date part, and the working day it stands for
};

// P6 writes times with its dates: a start at 08:00, a finish at 17:00 (the
// calendar's hours). A finish at or before the day's first working hour —
// 00:00 or 08:00, as some exports and every finish at midnight have it —
// ended the working day before; a start at or after the day's last working
// hour begins the next working day.
std::optional<Moment> moment_in(const Row& row, std::string_view field, Edge edge, const XerCalendar& cal,
                                const std::string& who, Reading& r) {
    const std::string_view text = row[field];
    if (text.empty())
        return std::nullopt;
    const auto day = day_of(text);
    if (!day) {
        note(r, {Msg::schedule_value_unreadable, {who, field, text}}, row.line());
        return std::nullopt;
    }
    Moment m{*day, *day};
    if (text.size() > 10 && edge == Edge::finish && hour_of(text) <= cal.day_start)
        m.meant = next_working_day(*day, cal.work, -1);
    else if (text.size() > 10 && edge == Edge::start && hour_of(text) >= cal.day_end)
        m.meant = next_working_day(*day, cal.work, 1);
    return m;
}

using Span = std::pair<std::optional<Moment>, std::optional<Moment>>;  // a start and a finish

Span span_in(const Row& row, std::string_view start, std::string_view finish, const XerCalendar& cal,
             const std::string& who, Reading& r) {
    return {moment_in(row, start, Edge::start, cal, who, r), moment_in(row, finish, Edge::finish, cal, who, r)};
}

// Each of start and finish from the first span that has it.
Span first_of(std::initializer_list<Span> spans) {
    Span first;
    for (const Span& span : spans) {
        first.first = first.first ? first.first : span.first;
        first.second = first.second ? first.second : span.second;
    }
    return first;
}

// A start and finish as the working days they mean, unless that would put
// the finish before the start (a milestone at 08:00 or at 17:00): then as written.
void set_dates(std::optional<Day>& start, std::optional<Day>& finish, const Span& span) {
    const auto& [s, f] = span;
    const bool meant = !s || !f || s->meant <= f->meant;
    if (s)
        start = meant ? s->meant : s->written;
    if (f)
        finish = meant ? f->meant : f->written;
}

XerCalendar& calendar_for(std::string_view id, Reading& r) {
    const auto found = r.calendars.find(std::string(id));
    XerCalendar& cal = found == r.calendars.end() ? *r.calendar : found->second;
    cal.used = true;
    return cal;
}

// ---- Project and calendars ------------------------------------------------

// The project read: the first whose activities the file holds (the first
// PROJECT row when none has any).
void read_project(const XerText& xer, Reading& r) {
    std::vector<std::string> ids;
    each_row(xer, "PROJECT", [&](const Row& row) { ids.emplace_back(row["proj_id"]); });
    if (ids.empty())
        return;
    std::string chosen = ids.front();
    if (ids.size() > 1) {
        std::unordered_set<std::string> with_tasks;
        each_row(xer, "TASK", [&](const Row& row) { with_tasks.emplace(row["proj_id"]); });
        const auto first = std::find_if(ids.begin(), ids.end(), [&](const auto& id) { return with_tasks.contains(id); });
        if (first != ids.end())
            chosen = *first;
    }
    r.project = chosen;
    each_row(xer, "PROJECT", [&](const Row& row) {
        if (row["proj_id"] != chosen || !r.schedule.project_id.empty())
            return;
        r.schedule.project_id = row["proj_short_name"];
        r.project_calendar_id = row["clndr_id"];
    });
    r.schedule.project_name = r.schedule.project_id;
    if (ids.size() > 1)
        note(r, {Msg::schedule_several_projects, {static_cast<long>(ids.size()), r.schedule.project_id}});
}

void read_project_dates(const XerText& xer, Reading& r) {
    each_row(xer, "PROJECT", [&](const Row& row) {
        if (row["proj_id"] != r.project || r.schedule.status_date || r.schedule.project_start)
            return;
        const std::string& who = r.schedule.project_id;
        const auto recalc = moment_in(row, "last_recalc_date", Edge::start, *r.calendar, who, r);
        const auto data_date = moment_in(row, "next_data_date", Edge::start, *r.calendar, who, r);
        if (recalc || data_date)
            r.schedule.status_date = (recalc ? recalc : data_date)->written;
        set_dates(r.schedule.project_start, r.schedule.project_finish,
                  span_in(row, "plan_start_date", "scd_end_date", *r.calendar, who, r));
    });
}

// The project's calendar: the one PROJECT names, else the default, else the first.
void read_calendars(const XerText& xer, Reading& r) {
    std::string default_id, first_id;
    each_row(xer, "CALENDAR", [&](const Row& row) {
        std::string id(row["clndr_id"]);
        if (r.calendars.contains(id))
            return;
        if (first_id.empty())
            first_id = id;
        if (default_id.empty() && row["default_flag"] == "Y")
            default_id = id;
        r.calendars.emplace(std::move(id), read_calendar(row));
    });
    for (const std::string& id : {r.project_calendar_id, default_id, first_id})
        if (const auto found = r.calendars.find(id); !r.calendar && !id.empty() && found != r.calendars.end()) {
            r.calendar = &found->second;
            r.project_calendar_id = id;
        }
    if (!r.calendar) {
        r.calendar = &r.standard;
        r.project_calendar_id.clear();
        note(r, Message{Msg::schedule_calendar_missing});
        return;
    }
    r.calendar->used = true;
    const ScheduleCalendar& cal = r.calendar->calendar;
    r.schedule.calendar = cal;
    if (cal.working != ScheduleCalendar{}.working)
        note(r, {Msg::schedule_calendar_week, {cal.name, working_days_text(cal.working)}});
    if (!cal.extra_working.empty())
        note(r, {Msg::schedule_calendar_extra_working,
                 {static_cast<long>(cal.extra_working.size()), MessageArg::date(cal.extra_working.front())}});
}

// ---- Activities -------------------------------------------------------------

constexpr std::pair<std::string_view, ScheduleConstraint> constraint_types[] = {
    {"CS_MSO", ScheduleConstraint::must_start_on},          {"CS_MEO", ScheduleConstraint::must_finish_on},
    {"CS_MSOA", ScheduleConstraint::start_no_earlier_than}, {"CS_MSOB", ScheduleConstraint::start_no_later_than},
    {"CS_MEOA", ScheduleConstraint::finish_no_earlier_than}, {"CS_MEOB", ScheduleConstraint::finish_no_later_than},
    {"CS_ALAP", ScheduleConstraint::as_late_as_possible},   {"CS_MANDSTART", ScheduleConstraint::must_start_on},
    {"CS_MANDFIN", ScheduleConstraint::must_finish_on}};

void read_constraint(const Row& row, const XerCalendar& cal, ScheduleTask& task, Reading& r) {
    const std::string_view type = row["cstr_type"];
    if (type.empty())
        return;
    const auto found = std::find_if(std::begin(constraint_types), std::end(constraint_types),
                                    [&](const auto& known) { return known.first == type; });
    if (found == std::end(constraint_types)) {
        note(r, {Msg::schedule_value_unreadable, {task.id, "cstr_type", type}}, task.line);
        return;
    }
    task.constraint = found->second;
    const bool on_finish = type == "CS_MEO" || type == "CS_MEOA" || type == "CS_MEOB" || type == "CS_MANDFIN";
    if (const auto m = moment_in(row, "cstr_date", on_finish ? Edge::finish : Edge::start, cal, task.id, r))
        task.constraint_date = m->meant;
}

// Physical % complete where the activity is measured by it; otherwise P6's
// duration % complete (1 − remaining ÷ original duration), or units % complete
// (actual ÷ (actual + remaining) work) where it says so and has work.
std::optional<double> percent_of(const Row& row, const ScheduleTask& task, std::optional<double> original,
                                 std::optional<double> remaining, Reading& r) {
    const std::string_view type = row["complete_pct_type"];
    if (type == "CP_Phys") {
        const auto physical = number_in(row, "phys_complete_pct", task.id, r);
        return physical ? std::optional(std::clamp(*physical / 100, 0.0, 1.0)) : std::nullopt;
    }
    ++r.derived_percents;
    if (type == "CP_Units") {
        const double done = number_in(row, "act_work_qty", task.id, r).value_or(0);
        const double left = number_in(row, "remain_work_qty", task.id, r).value_or(0);
        if (done >= 0 && left >= 0 && done + left > 0)
            return done / (done + left);
    }
    const std::string_view status = row["status_code"];
    if (status == "TK_Complete")
        return 1.0;
    if (status == "TK_NotStart")
        return 0.0;
    if (!original || !remaining || *original <= 0)
        return std::nullopt;
    return std::clamp(1 - *remaining / *original, 0.0, 1.0);
}

void read_activity(const Row& row, Reading& r) {
    if (of_other_project(row, r)) {
        r.other_projects_tasks.emplace(row["task_id"]);
        return;
    }
    ScheduleTask task;
    task.key = row["task_id"];
    task.id = row["task_code"].empty() ? task.key : std::string(row["task_code"]);
    task.name = row["task_name"];
    task.line = row.line();
    const std::string_view calendar_id = row["clndr_id"];
    if (!calendar_id.empty() && calendar_id != r.project_calendar_id) {
        ++r.task_calendars;
        if (!r.calendars.contains(std::string(calendar_id)) && r.unknown_ids.insert("clndr_id " + std::string(calendar_id)).second)
            note(r, {Msg::schedule_value_unreadable, {task.id, "clndr_id", calendar_id}}, task.line);
    }
    const XerCalendar& cal = calendar_for(calendar_id, r);
    const std::string_view type = row["task_type"];
    task.milestone = type == "TT_Mile" || type == "TT_FinMile";
    r.level_of_effort += type == "TT_LOE" || type == "TT_WBS";
    const Span actual = span_in(row, "act_start_date", "act_end_date", cal, task.id, r);
    const Span early = span_in(row, "early_start_date", "early_end_date", cal, task.id, r);
    set_dates(task.start, task.finish,
              first_of({actual, early, span_in(row, "restart_date", "reend_date", cal, task.id, r),
                        span_in(row, "target_start_date", "target_end_date", cal, task.id, r)}));
    if (task.milestone && !task.finish != !task.start)
        task.start = task.finish = task.start ? task.start : task.finish;
    set_dates(task.early_start, task.early_finish, early);
    set_dates(task.actual_start, task.actual_finish, actual);
    const auto hours = number_in(row, "target_drtn_hr_cnt", task.id, r);
    if (hours && !task.milestone)
        task.duration_days = *hours / cal.calendar.hours_per_day;
    if (const auto work = number_in(row, "target_work_qty", task.id, r); work && *work > 0)
        task.work_hours = *work;
    task.percent_complete = percent_of(row, task, hours, number_in(row, "remain_drtn_hr_cnt", task.id, r), r);
    read_constraint(row, cal, task, r);
    r.task_index.emplace(task.key, r.schedule.tasks.size());
    r.activities.push_back({std::string(row["wbs_id"]), &cal});
    r.schedule.tasks.push_back(std::move(task));
    r.actual_costs.push_back(0);
}

void read_links(const XerText& xer, Reading& r) {
    each_row(xer, "TASKPRED", [&](const Row& row) {
        const std::string successor(row["task_id"]);
        const auto found = r.task_index.find(successor);
        if (found == r.task_index.end()) {
            if (!r.other_projects_tasks.contains(successor))
                note(r, {Msg::schedule_value_unreadable, {successor, "task_id", successor}}, row.line(), true);
            return;
        }
        ScheduleTask& task = r.schedule.tasks[found->second];
        ScheduleLink link;
        link.predecessor = row["pred_task_id"];
        const std::string_view type = row["pred_type"];
        if (type == "PR_SS")
            link.type = LinkType::start_start;
        else if (type == "PR_FF")
            link.type = LinkType::finish_finish;
        else if (type == "PR_SF")
            link.type = LinkType::start_finish;
        else if (type != "PR_FS" && !type.empty())
            note(r, {Msg::schedule_link_type_unknown, {task.id, type}}, row.line());
        // A lag counts working hours of the successor's calendar; negative, a lead.
        const double hours = number_in(row, "lag_hr_cnt", task.id, r).value_or(0);
        link.lag_days = hours / r.activities[found->second].calendar->calendar.hours_per_day;
        task.predecessors.push_back(std::move(link));
    });
}

// ---- Resources, assignments, costs ------------------------------------------

struct Rate {
    Day from = first_plausible_day;
    std::optional<double> units, cost_per_hour;
};

// The rate in force at the status date: the latest starting on or before it,
// failing that the earliest (all are in force without a status date).
bool better_rate(const Rate& candidate, const Rate& current, std::optional<Day> status) {
    const bool candidate_in = !status || candidate.from <= *status;
    const bool current_in = !status || current.from <= *status;
    if (candidate_in != current_in)
        return candidate_in;
    return candidate_in ? candidate.from > current.from : candidate.from < current.from;
}

// RSRC has no maximum units of its own: RSRCRATE's max_qty_per_hr (units per
// hour, 1 = one full-time person) and cost_per_qty (per hour) are. A
// resource's group is its primary role.
void read_resources(const XerText& xer, Reading& r) {
    std::unordered_map<std::string, std::string> roles;
    each_row(xer, "ROLES", [&](const Row& row) {
        roles.emplace(row["role_id"], row["role_name"].empty() ? row["role_short_name"] : row["role_name"]);
    });
    std::unordered_map<std::string, Rate> rates;
    each_row(xer, "RSRCRATE", [&](const Row& row) {
        const std::string who(row["rsrc_id"]);
        Rate rate{day_of(row["start_date"]).value_or(first_plausible_day), number_in(row, "max_qty_per_hr", who, r),
                  number_in(row, "cost_per_qty", who, r)};
        const auto [at, added] = rates.emplace(who, rate);
        if (!added && better_rate(rate, at->second, r.schedule.status_date))
            at->second = rate;
    });
    each_row(xer, "RSRC", [&](const Row& row) {
        ScheduleResource resource;
        resource.key = row["rsrc_id"];
        resource.name = row["rsrc_name"].empty() ? row["rsrc_short_name"] : row["rsrc_name"];
        if (const auto role = roles.find(std::string(row["role_id"])); role != roles.end())
            resource.group = role->second;
        if (const auto rate = rates.find(resource.key); rate != rates.end()) {
            if (rate->second.units && *rate->second.units > 0)
                resource.max_units = *rate->second.units;
            resource.standard_rate = rate->second.cost_per_hour;
        }
        r.schedule.resources.push_back(std::move(resource));
    });
}

void add_to(std::optional<double>& sum, std::optional<double> amount) {
    if (amount)
        sum = sum.value_or(0) + *amount;
}

// Assignment dates as the activity's: actual, else remaining, else planned.
void read_assignment(const Row& row, std::size_t task, Reading& r) {
    const XerCalendar& cal = *r.activities[task].calendar;
    const std::string& who = r.schedule.tasks[task].id;
    ScheduleAssignment a;
    a.task = r.schedule.tasks[task].key;
    a.resource = row["rsrc_id"];
    a.units = number_in(row, "target_qty_per_hr", who, r).value_or(1);
    a.work_hours = number_in(row, "target_qty", who, r);
    set_dates(a.start, a.finish,
              first_of({span_in(row, "act_start_date", "act_end_date", cal, who, r),
                        span_in(row, "restart_date", "reend_date", cal, who, r),
                        span_in(row, "target_start_date", "target_end_date", cal, who, r)}));
    r.schedule.assignments.push_back(std::move(a));
}

// A task's cost is its assignments' and expenses' (PROJCOST) planned cost.
void read_costs(const XerText& xer, Reading& r) {
    const auto task_of = [&](const Row& row) -> std::optional<std::size_t> {
        const auto found = r.task_index.find(std::string(row["task_id"]));
        return found == r.task_index.end() ? std::nullopt : std::optional(found->second);
    };
    each_row(xer, "TASKRSRC", [&](const Row& row) {
        if (of_other_project(row, r) || r.other_projects_tasks.contains(std::string(row["task_id"])))
            return;
        const auto task = task_of(row);
        if (!task) {
            note(r, {Msg::schedule_assignment_unknown, {row["rsrc_id"], row["task_id"]}}, row.line());
            return;
        }
        const std::string& who = r.schedule.tasks[*task].id;
        add_to(r.schedule.tasks[*task].cost, number_in(row, "target_cost", who, r));
        r.actual_costs[*task] += number_in(row, "act_reg_cost", who, r).value_or(0) +
                                 number_in(row, "act_ot_cost", who, r).value_or(0);
        if (row["rsrc_id"].empty())
            ++r.role_assignments;
        else
            read_assignment(row, *task, r);
    });
    each_row(xer, "PROJCOST", [&](const Row& row) {
        if (const auto task = task_of(row)) {
            const std::string& who = r.schedule.tasks[*task].id;
            add_to(r.schedule.tasks[*task].cost, number_in(row, "target_cost", who, r));
            r.actual_costs[*task] += number_in(row, "act_cost", who, r).value_or(0);
        }
    });
    for (std::size_t i = 0; i < r.schedule.tasks.size(); ++i)
        if (r.actual_costs[i] != 0)
            r.schedule.tasks[i].actual_cost = r.actual_costs[i];
}

// ---- The outline ------------------------------------------------------------

struct WbsNode {
    std::string id, parent, code, name;
    double seq = 0;
    std::size_t line = 0;
    bool project_node = false, used = false, emitted = false;
    std::vector<std::size_t> children, tasks;
};

std::vector<WbsNode> read_wbs(const XerText& xer, Reading& r) {
    std::vector<WbsNode> nodes;
    each_row(xer, "PROJWBS", [&](const Row& row) {
        if (of_other_project(row, r))
            return;
        WbsNode node;
        node.id = row["wbs_id"];
        node.parent = row["parent_wbs_id"];
        node.code = row["wbs_short_name"];
        node.name = row["wbs_name"];
        node.seq = number_of(row["seq_num"]).value_or(0);
        node.line = row.line();
        node.project_node = row["proj_node_flag"] == "Y";
        if (node.code.empty())
            node.code = node.id;
        if (node.project_node && r.schedule.project_name == r.schedule.project_id && !node.name.empty())
            r.schedule.project_name = node.name;
        nodes.push_back(std::move(node));
    });
    return nodes;
}

void fold(ScheduleTask& into, const ScheduleTask& from) {
    const auto earliest = [](std::optional<Day>& a, std::optional<Day> b) { a = !a ? b : !b ? a : std::min(*a, *b); };
    const auto latest = [](std::optional<Day>& a, std::optional<Day> b) { a = !a ? b : !b ? a : std::max(*a, *b); };
    earliest(into.start, from.start);
    latest(into.finish, from.finish);
    earliest(into.early_start, from.early_start);
    latest(into.early_finish, from.early_finish);
    earliest(into.actual_start, from.actual_start);
    add_to(into.cost, from.cost);
    add_to(into.actual_cost, from.actual_cost);
    add_to(into.work_hours, from.work_hours);
}

// A WBS element's dates and amounts are its activities': the earliest start,
// the latest finish, the sums; its duration the working days between.
void roll_up(std::vector<ScheduleTask>& tasks, const WorkCalendar& work) {
    std::vector<std::size_t> open;
    const auto close = [&] {
        ScheduleTask& summary = tasks[open.back()];
        open.pop_back();
        if (summary.start && summary.finish)
            summary.duration_days = static_cast<double>(work.working_days(*summary.start, *summary.finish));
        if (!open.empty())
            fold(tasks[open.back()], summary);
    };
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        while (!open.empty() && tasks[open.back()].outline_level >= tasks[i].outline_level)
            close();
        if (tasks[i].summary)
            open.push_back(i);
        else if (!open.empty())
            fold(tasks[open.back()], tasks[i]);
    }
    while (!open.empty())
        close();
}

// The outline as P6 shows it grouped by WBS: the project's own activities,
// then each WBS element (siblings by seq_num) followed by its activities and
// then its child elements. Activities within an element run by start, then
// activity ID. Elements without activities below them are left out.
void build_outline(std::vector<WbsNode>& nodes, Reading& r) {
    std::unordered_map<std::string_view, std::size_t> by_id;
    for (std::size_t n = 0; n < nodes.size(); ++n)
        by_id.emplace(nodes[n].id, n);
    const auto node_of = [&](std::string_view id) {
        const auto found = by_id.find(id);
        return found == by_id.end() ? nodes.size() : found->second;
    };
    std::vector<std::size_t> top;
    for (std::size_t i = 0; i < r.activities.size(); ++i) {
        const std::string& wbs = r.activities[i].wbs_id;
        const std::size_t n = node_of(wbs);
        if (n == nodes.size() && !wbs.empty() && r.unknown_ids.insert("wbs_id " + wbs).second)
            note(r, {Msg::schedule_value_unreadable, {r.schedule.tasks[i].id, "wbs_id", wbs}}, r.schedule.tasks[i].line);
        (n == nodes.size() || nodes[n].project_node ? top : nodes[n].tasks).push_back(i);
        for (std::size_t up = n, guard = 0; up < nodes.size() && !nodes[up].used && guard <= nodes.size(); ++guard) {
            nodes[up].used = true;
            up = node_of(nodes[up].parent);
        }
    }
    std::vector<std::size_t> roots;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const std::size_t parent = node_of(nodes[n].parent);
        if (nodes[n].project_node)
            continue;
        (parent == nodes.size() || nodes[parent].project_node ? roots : nodes[parent].children).push_back(n);
    }
    const auto by_seq = [&](std::size_t a, std::size_t b) { return nodes[a].seq < nodes[b].seq; };
    std::stable_sort(roots.begin(), roots.end(), by_seq);
    for (WbsNode& node : nodes)
        std::stable_sort(node.children.begin(), node.children.end(), by_seq);
    std::vector<ScheduleTask> out;
    out.reserve(r.schedule.tasks.size() + nodes.size());
    const auto emit = [&](std::vector<std::size_t>& list, int level, const std::string& wbs) {
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            const ScheduleTask &x = r.schedule.tasks[a], &y = r.schedule.tasks[b];
            return x.start != y.start ? x.start.value_or(last_plausible_day + 1) < y.start.value_or(last_plausible_day + 1)
                                      : x.id < y.id;
        });
        for (const std::size_t i : list) {
            out.push_back(std::move(r.schedule.tasks[i]));
            out.back().outline_level = level;
            out.back().wbs = wbs;
        }
    };
    emit(top, 1, "");
    struct Visit {
        std::size_t node;
        int level;
        std::string parent_path;
    };
    std::vector<Visit> stack;
    const auto push_all = [&](const std::vector<std::size_t>& list, int level, const std::string& path) {
        for (auto n = list.rbegin(); n != list.rend(); ++n)
            stack.push_back({*n, level, path});
    };
    push_all(roots, 1, "");
    for (std::size_t next = 0; !stack.empty() || next < nodes.size();) {
        if (stack.empty()) {  // a cycle of parent_wbs_id no root reaches: read from its first element
            if (!nodes[next].emitted && !nodes[next].project_node)
                stack.push_back({next, 1, ""});
            ++next;
            continue;
        }
        const Visit visit = std::move(stack.back());
        stack.pop_back();
        WbsNode& node = nodes[visit.node];
        if (node.emitted || !node.used)
            continue;
        node.emitted = true;
        const std::string path = visit.parent_path.empty() ? node.code : visit.parent_path + "." + node.code;
        ScheduleTask summary;
        summary.key = "wbs:" + node.id;
        summary.id = summary.wbs = path;
        summary.name = node.name;
        summary.outline_level = visit.level;
        summary.summary = true;
        summary.line = node.line;
        out.push_back(std::move(summary));
        emit(node.tasks, visit.level + 1, path);
        push_all(node.children, visit.level + 1, path);
    }
    roll_up(out, r.calendar->work);
    r.schedule.tasks = std::move(out);
}

// ---- What the reading leaves to say -----------------------------------------

void note_the_rest(const XerText& xer, Reading& r) {
    for (const auto& [id, cal] : r.calendars)
        if (cal.used && !cal.readable)
            note(r, {Msg::schedule_xer_calendar_unreadable, {cal.calendar.name.empty() ? id : cal.calendar.name}});
    if (r.task_calendars > 0)
        note(r, {Msg::schedule_task_calendars, {r.task_calendars, r.schedule.calendar.name}});
    if (r.derived_percents > 0)
        note(r, {Msg::schedule_xer_percent_derived, {r.derived_percents}});
    if (r.level_of_effort > 0)
        note(r, {Msg::schedule_xer_level_of_effort, {r.level_of_effort}});
    if (r.role_assignments > 0)
        note(r, {Msg::schedule_xer_role_assignments, {r.role_assignments}});
    if (xer.stray_lines > 0)
        note(r, {Msg::schedule_xer_lines_skipped, {xer.stray_lines, xer.first_stray_line}});
    for (const Table& table : xer.tables)
        if (std::find(std::begin(tables_read), std::end(tables_read), table.name) == std::end(tables_read))
            note(r, {Msg::schedule_table_ignored, {table.name, table.rows.size()}});
    note(r, Message{Msg::schedule_no_baseline_xer});
}

}  // namespace

Outcome<ScheduleFile> read_xer(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    const bool cp1252 = !is_utf8(bytes);
    const std::string converted = cp1252 ? utf8_from_cp1252(bytes) : std::string();
    const XerText xer = tables_of(cp1252 ? std::string_view(converted) : bytes);
    if (xer.header.empty() || trimmed(xer.header.front()) != "ERMHDR")
        return invalid_input(Message{Msg::schedule_not_format, {"Primavera P6 XER", "the first line is not ERMHDR"}});
    Reading r;
    r.schedule.format = ScheduleFormat::xer;
    const std::string_view version = xer.header.size() > 1 ? trimmed(xer.header[1]) : std::string_view{};
    r.schedule.application = version.empty() ? "Primavera P6" : "Primavera P6 " + std::string(version);
    if (xer.header.size() > 8)
        r.schedule.currency = trimmed(xer.header[8]);
    if (cp1252)
        note(r, Message{Msg::schedule_read_cp1252});
    read_project(xer, r);
    read_calendars(xer, r);
    read_project_dates(xer, r);
    each_row(xer, "TASK", [&](const Row& row) { read_activity(row, r); });
    read_links(xer, r);
    read_resources(xer, r);
    read_costs(xer, r);
    std::vector<WbsNode> wbs = read_wbs(xer, r);
    build_outline(wbs, r);
    note_the_rest(xer, r);
    return finished(std::move(r.schedule));
}

}  // namespace pmocalc
