// MS Project's XML (MSPDI: Microsoft Project Data Interchange, the schema of
// "Save as XML" since Project 2002; also what ProjectLibre writes, and the
// XML part of its .pod files after a separator line). Element meanings from
// Microsoft's "Project XML Data Interchange Schema Reference"; where the
// reference is silent, as MPXJ reads them (costs in hundredths of the
// currency, LinkLag in tenths of a minute).
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "schedule_file.hpp"
#include "schedule_parsing.hpp"

namespace pmocalc {
namespace {

using namespace schedule_parsing;

// The children of <Project>, <Task> … that carry what pmocalc keeps, or that
// only describe the file or its display: neither is worth a note.
const char* const read_or_display_only[] = {
    // project
    "SaveVersion", "BuildNumber", "Name", "GUID", "Title", "Subject", "Category", "Company", "Manager", "Author",
    "CreationDate", "Revision", "LastSaved", "ScheduleFromStart", "StartDate", "FinishDate", "FYStartDate",
    "CriticalSlackLimit", "CurrencyDigits", "CurrencySymbol", "CurrencyCode", "CurrencySymbolPosition",
    "CalendarUID", "DefaultStartTime", "DefaultFinishTime", "MinutesPerDay", "MinutesPerWeek", "DaysPerMonth",
    "StatusDate", "CurrentDate", "Calendars", "Tasks", "Resources", "Assignments", "EarnedValueMethod",
    "WeekStartDay", "DurationFormat", "WorkFormat", "DefaultTaskType", "DefaultTaskEVMethod",
    "ExtendedAttributes", "OutlineCodes", "WBSMasks", "Views", "Filters", "Groups", "Tables", "Maps", "Reports",
    "Drawings", "DataSources", "ProjectExternallyEdited", "ExtendedCreationDate", "ActualsInSync",
    "RemoveFileProperties", "AdminProject", "AutoAddNewResourcesAndTasks", "Autolink", "BaselineForEarnedValue",
    "DefaultFixedCostAccrual", "DefaultOvertimeRate", "DefaultStandardRate", "DefaultTaskEVMethod",
    "EditableActualCosts", "FiscalYearStart", "HonorConstraints", "InsertedProjectsLikeSummary",
    "KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled", "MicrosoftProjectServerURL", "MoveCompletedEndsBack",
    "MoveCompletedEndsForward", "MoveRemainingStartsBack", "MoveRemainingStartsForward", "MultipleCriticalPaths",
    "NewTaskStartDate", "NewTasksAreManual", "NewTasksEffortDriven", "NewTasksEstimated", "ProjectExternallyEdited",
    "SplitsInProgressTasks", "SpreadActualCost", "SpreadPercentComplete", "TaskUpdatesResource",
    "UpdateManuallyScheduledTasksWhenEditingLinks", "DefaultTaskType", "CalculateCostsForAllTasks"};

bool known_project_child(std::string_view name) {
    return std::find(std::begin(read_or_display_only), std::end(read_or_display_only), name) !=
           std::end(read_or_display_only);
}

std::string_view text_of(const pugi::xml_node& node, const char* child) { return node.child(child).text().get(); }

std::optional<double> number_in(const pugi::xml_node& node, const char* child) {
    const pugi::xml_node found = node.child(child);
    return found ? number_of(found.text().get()) : std::nullopt;
}

bool flag_in(const pugi::xml_node& node, const char* child) {
    const std::string_view text = trimmed(text_of(node, child));
    return text == "1" || text == "true";
}

// Byte offsets to 1-based lines, for saying where a task is.
class Lines {
public:
    explicit Lines(std::string_view bytes) {
        for (std::size_t i = 0; i < bytes.size(); ++i)
            if (bytes[i] == '\n')
                newlines_.push_back(i);
    }
    std::size_t of(std::ptrdiff_t offset) const {
        if (offset < 0)
            return 0;
        return static_cast<std::size_t>(std::lower_bound(newlines_.begin(), newlines_.end(),
                                                         static_cast<std::size_t>(offset)) -
                                        newlines_.begin()) +
               1;
    }

private:
    std::vector<std::size_t> newlines_;
};

struct Reading {
    ScheduleFile schedule;
    double minutes_per_day = 480;
    double day_start_hour = 8;
    bool physical_by_default = false;  // the project's EarnedValueMethod is physical % complete
    std::map<std::string, int> ignored;  // element name → how many
    std::size_t task_calendars = 0;
    std::size_t deadlines_as_baseline = 0;
    const Lines* lines = nullptr;
    WorkCalendar calendar;
};

void note(Reading& r, Message message, std::size_t line = 0, bool error = false) {
    r.schedule.notes.push_back({std::move(message), line, error});
}

// MSPDI WeekDay DayType: 1 = Sunday … 7 = Saturday; Monday-first index.
int monday_first(int day_type) { return (day_type + 5) % 7; }

void read_exception_days(const pugi::xml_node& from, const pugi::xml_node& to, bool working, ScheduleCalendar& cal) {
    const auto first = day_of(from.text().get());
    const auto last = day_of(to.text().get());
    if (!first || !last || *last < *first || *last - *first > 3660)
        return;
    for (Day d = *first; d <= *last; ++d) {
        const bool weekday_works = cal.working[static_cast<std::size_t>(weekday_monday_first(d))];
        if (!working && weekday_works)
            cal.holidays.push_back(d);
        else if (working && !weekday_works)
            cal.extra_working.push_back(d);
    }
}

// One <Calendar>: its week, and its exceptions — Project 2007+ writes them as
// <Exceptions>, older versions (and some tools besides) as WeekDay entries
// of DayType 0 with a time period; a file with both describes the same days
// twice, so the old form is read only when there is no new one.
ScheduleCalendar read_calendar(const pugi::xml_node& node) {
    ScheduleCalendar cal;
    cal.name = text_of(node, "Name");
    const pugi::xml_node week = node.child("WeekDays");
    for (const pugi::xml_node day : week.children("WeekDay")) {
        const auto type = number_in(day, "DayType");
        if (type && *type >= 1 && *type <= 7)
            cal.working[static_cast<std::size_t>(monday_first(static_cast<int>(*type)))] = flag_in(day, "DayWorking");
    }
    const pugi::xml_node exceptions = node.child("Exceptions");
    if (exceptions) {
        for (const pugi::xml_node e : exceptions.children("Exception")) {
            const pugi::xml_node period = e.child("TimePeriod");
            read_exception_days(period.child("FromDate"), period.child("ToDate"), flag_in(e, "DayWorking"), cal);
        }
    } else {
        for (const pugi::xml_node day : week.children("WeekDay")) {
            if (number_in(day, "DayType").value_or(-1) != 0)
                continue;
            const pugi::xml_node period = day.child("TimePeriod");
            read_exception_days(period.child("FromDate"), period.child("ToDate"), flag_in(day, "DayWorking"), cal);
        }
    }
    return cal;
}

void read_calendars(const pugi::xml_node& project, Reading& r) {
    const std::string uid(trimmed(text_of(project, "CalendarUID")));
    pugi::xml_node chosen;
    for (const pugi::xml_node c : project.child("Calendars").children("Calendar")) {
        if (!chosen)
            chosen = c;  // the first, if none is named the project's
        if (std::string(trimmed(text_of(c, "UID"))) == uid) {
            chosen = c;
            break;
        }
    }
    if (!chosen) {
        note(r, Message{Msg::schedule_calendar_missing});
        return;
    }
    ScheduleCalendar& cal = r.schedule.calendar;
    cal = read_calendar(chosen);
    // A derived calendar keeps only its differences: the week of its base where it says nothing.
    const std::string base(trimmed(text_of(chosen, "BaseCalendarUID")));
    if (!chosen.child("WeekDays") && base != "-1")
        for (const pugi::xml_node c : project.child("Calendars").children("Calendar"))
            if (std::string(trimmed(text_of(c, "UID"))) == base) {
                const ScheduleCalendar inherited = read_calendar(c);
                cal.working = inherited.working;
                cal.holidays.insert(cal.holidays.end(), inherited.holidays.begin(), inherited.holidays.end());
            }
    cal.hours_per_day = r.minutes_per_day / 60;
    const std::array<bool, 7> standard{true, true, true, true, true, false, false};
    if (cal.working != standard)
        note(r, {Msg::schedule_calendar_week, {cal.name, working_days_text(cal.working)}});
    if (!cal.extra_working.empty())
        note(r, {Msg::schedule_calendar_extra_working,
                 {static_cast<long>(cal.extra_working.size()), MessageArg::date(cal.extra_working.front())}});
    std::string mask;
    for (bool works : cal.working)
        mask += works ? '0' : '1';
    const auto weekend = WeekendMask::parse(mask);
    r.calendar = WorkCalendar(weekend ? *weekend : WeekendMask{}, cal.holidays);
}

// The last working day a finish stands for: MS Project writes a finish at the
// end of the working time (17:00), but one at the day's start (08:00 — the
// project summary, some tools' exports) ends the working day before.
std::optional<Day> finish_day_of(std::string_view text, const Reading& r) {
    auto day = day_of(text);
    const bool date_only = text.size() <= 10;
    if (!day || date_only || hour_of(text) > r.day_start_hour)
        return day;
    Day previous = *day - 1;
    for (int guard = 0; guard < 3660 && !r.calendar.is_working_day(previous); ++guard)
        --previous;
    return previous;
}

std::optional<Day> day_in(const pugi::xml_node& node, const char* child, const std::string& task, Reading& r,
                          bool finish = false) {
    const pugi::xml_node found = node.child(child);
    if (!found)
        return std::nullopt;
    const std::string_view text = trimmed(found.text().get());
    if (text.empty() || text == "NA")
        return std::nullopt;
    const auto day = finish ? finish_day_of(text, r) : day_of(text);
    if (!day)
        note(r, {Msg::schedule_value_unreadable, {task, child, std::string(text)}},
             r.lines->of(found.offset_debug()));
    return day;
}

// MSPDI LagFormat: 3 m, 4 em, 5 h, 6 eh, 7 d, 8 ed, 9 w, 10 ew, 11 mo,
// 12 emo, 19 %, 20 e%; the estimated forms (35 …) add 32. Even codes are
// elapsed time. LinkLag is tenths of a minute whatever the format (for % the
// percent in tenths).
ScheduleLink read_link(const pugi::xml_node& link, ScheduleTask& task, const std::map<std::string, double>& durations,
                       Reading& r) {
    ScheduleLink result;
    result.predecessor = trimmed(text_of(link, "PredecessorUID"));
    const std::string_view type = trimmed(text_of(link, "Type"));
    if (type == "0")
        result.type = LinkType::finish_finish;
    else if (type == "1" || type.empty())
        result.type = LinkType::finish_start;
    else if (type == "2")
        result.type = LinkType::start_finish;
    else if (type == "3")
        result.type = LinkType::start_start;
    else
        note(r, {Msg::schedule_link_type_unknown, {task.id, std::string(type)}}, task.line);
    const double lag = number_in(link, "LinkLag").value_or(0);
    int format = static_cast<int>(number_in(link, "LagFormat").value_or(7));
    if (format >= 35)
        format -= 32;
    if (format == 19 || format == 20) {
        const auto found = durations.find(result.predecessor);
        const double percent = lag / 10;
        result.lag_days = found == durations.end() ? 0 : found->second * percent / 100;
        note(r, {Msg::schedule_lag_percent, {task.id, MessageArg::percent(percent / 100), result.predecessor,
                                             std::round(result.lag_days * 100) / 100}},
             task.line);
    } else if (format % 2 == 0 && format >= 4 && format <= 12) {
        // Elapsed time runs through nights and weekends: days of 24 hours, 5 of 7 working.
        result.lag_days = lag / 10 / (24 * 60) * 5 / 7;
        note(r, {Msg::schedule_lag_elapsed, {task.id, result.predecessor, std::round(result.lag_days * 100) / 100}},
             task.line);
    } else {
        result.lag_days = lag / 10 / r.minutes_per_day;
    }
    return result;
}

void read_baseline(const pugi::xml_node& node, ScheduleTask& task, Reading& r) {
    for (const pugi::xml_node b : node.children("Baseline")) {
        if (number_in(b, "Number").value_or(-1) != 0)
            continue;
        task.baseline_start = day_in(b, "Start", task.id, r);
        task.baseline_finish = day_in(b, "Finish", task.id, r, true);
        if (const auto cost = number_in(b, "Cost"))
            task.baseline_cost = *cost / 100;
        task.bcws = number_in(b, "BCWS");
        task.bcwp = number_in(b, "BCWP");
        if (task.baseline_start || task.baseline_finish)
            r.schedule.has_baseline = true;
    }
}

constexpr ScheduleConstraint constraint_types[] = {
    ScheduleConstraint::as_soon_as_possible,    ScheduleConstraint::as_late_as_possible,
    ScheduleConstraint::must_start_on,          ScheduleConstraint::must_finish_on,
    ScheduleConstraint::start_no_earlier_than,  ScheduleConstraint::start_no_later_than,
    ScheduleConstraint::finish_no_earlier_than, ScheduleConstraint::finish_no_later_than};

std::optional<ScheduleTask> read_task(const pugi::xml_node& node, Reading& r) {
    if (flag_in(node, "IsNull"))
        return std::nullopt;  // a blank row of the Gantt table
    ScheduleTask task;
    task.key = trimmed(text_of(node, "UID"));
    task.id = trimmed(text_of(node, "ID"));
    if (task.id.empty())
        task.id = task.key;
    task.line = r.lines->of(node.offset_debug());
    task.name = trimmed(text_of(node, "Name"));
    task.wbs = trimmed(text_of(node, "WBS"));
    if (task.wbs.empty())
        task.wbs = trimmed(text_of(node, "OutlineNumber"));
    const auto level = number_in(node, "OutlineLevel");
    task.outline_level = level && *level >= 0 && *level < 100 ? static_cast<int>(*level) : 1;
    task.summary = flag_in(node, "Summary");
    task.milestone = flag_in(node, "Milestone");
    if (const auto hours = hours_of(text_of(node, "Duration")))
        task.duration_days = *hours * 60 / r.minutes_per_day;
    task.start = day_in(node, "Start", task.id, r);
    task.finish = day_in(node, "Finish", task.id, r, !task.milestone);
    // A zero-length task that MS Project would flag itself (ProjectLibre does
    // not) is a milestone; its finish at the day's start is the day it stands on.
    if (!task.summary && task.duration_days == 0 && node.child("Duration"))
        task.milestone = true;
    if (task.start && task.finish && *task.finish < *task.start)
        task.finish = task.start;
    task.early_start = day_in(node, "EarlyStart", task.id, r);
    task.early_finish = day_in(node, "EarlyFinish", task.id, r, !task.milestone);
    if (const auto hours = hours_of(text_of(node, "Work")); hours && *hours > 0)
        task.work_hours = *hours;
    if (const auto cost = number_in(node, "Cost"))
        task.cost = *cost / 100;
    const bool physical = node.child("EarnedValueMethod") ? number_in(node, "EarnedValueMethod").value_or(0) == 1
                                                          : r.physical_by_default;
    if (const auto percent = number_in(node, physical ? "PhysicalPercentComplete" : "PercentComplete"))
        task.percent_complete = std::clamp(*percent / 100, 0.0, 1.0);
    task.actual_start = day_in(node, "ActualStart", task.id, r);
    task.actual_finish = day_in(node, "ActualFinish", task.id, r, !task.milestone);
    if (const auto cost = number_in(node, "ActualCost"); cost && *cost != 0)
        task.actual_cost = *cost / 100;
    task.deadline = day_in(node, "Deadline", task.id, r, true);
    const auto constraint = number_in(node, "ConstraintType").value_or(0);
    if (constraint >= 0 && constraint < 8)
        task.constraint = constraint_types[static_cast<std::size_t>(constraint)];
    task.constraint_date = day_in(node, "ConstraintDate", task.id, r);
    const std::string calendar(trimmed(text_of(node, "CalendarUID")));
    if (!calendar.empty() && calendar != "-1")
        ++r.task_calendars;
    read_baseline(node, task, r);
    return task;
}

void read_tasks(const pugi::xml_node& project, Reading& r) {
    std::vector<pugi::xml_node> nodes;
    std::map<std::string, double> durations;  // by key, for percent lags
    for (const pugi::xml_node node : project.child("Tasks").children("Task")) {
        auto task = read_task(node, r);
        if (!task)
            continue;
        // The project's own summary (outline level 0) is the project, not a task.
        if (task->outline_level == 0) {
            if (r.schedule.project_name.empty())
                r.schedule.project_name = task->name;
            continue;
        }
        durations[task->key] = task->duration_days;
        nodes.push_back(node);
        r.schedule.tasks.push_back(std::move(*task));
    }
    for (std::size_t i = 0; i < nodes.size(); ++i)
        for (const pugi::xml_node link : nodes[i].children("PredecessorLink"))
            r.schedule.tasks[i].predecessors.push_back(read_link(link, r.schedule.tasks[i], durations, r));
}

void read_resources(const pugi::xml_node& project, Reading& r) {
    for (const pugi::xml_node node : project.child("Resources").children("Resource")) {
        if (flag_in(node, "IsNull"))
            continue;
        ScheduleResource resource;
        resource.key = trimmed(text_of(node, "UID"));
        resource.name = trimmed(text_of(node, "Name"));
        if (resource.name.empty())
            continue;  // MS Project's resource 0: the unassigned placeholder
        resource.max_units = number_in(node, "MaxUnits").value_or(1);
        resource.group = trimmed(text_of(node, "Group"));
        resource.standard_rate = number_in(node, "StandardRate");
        r.schedule.resources.push_back(std::move(resource));
    }
    for (const pugi::xml_node node : project.child("Assignments").children("Assignment")) {
        ScheduleAssignment a;
        a.task = trimmed(text_of(node, "TaskUID"));
        a.resource = trimmed(text_of(node, "ResourceUID"));
        if (a.resource == "-65535")
            continue;  // a task with no resource
        a.units = number_in(node, "Units").value_or(1);
        if (const auto hours = hours_of(text_of(node, "Work")))
            a.work_hours = *hours;
        a.start = day_in(node, "Start", a.task, r);
        a.finish = day_in(node, "Finish", a.task, r, true);
        r.schedule.assignments.push_back(std::move(a));
    }
}

// ProjectLibre's .pod keeps its own binary data first and MSPDI after a
// separator line: the XML starts at its declaration or <Project.
std::string_view xml_part(std::string_view bytes) {
    for (const char* start : {"<?xml", "<Project"}) {
        const auto at = bytes.find(start);
        if (at != std::string_view::npos)
            return bytes.substr(at);
    }
    return bytes;
}

}  // namespace

Outcome<ScheduleFile> read_mspdi(std::string_view bytes) {
    bytes = xml_part(bytes);
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size(), pugi::parse_default,
                                                               pugi::encoding_auto);
    if (!parsed)
        return invalid_input(Message{Msg::schedule_not_xml, {parsed.description()}});
    const pugi::xml_node project = document.child("Project");
    if (!project)
        return invalid_input(Message{Msg::schedule_not_format, {"MS Project XML", "no <Project> element"}});
    const Lines lines(bytes);
    Reading r;
    r.lines = &lines;
    r.schedule.format = ScheduleFormat::mspdi;
    r.schedule.project_name = trimmed(text_of(project, "Title"));
    if (r.schedule.project_name.empty())
        r.schedule.project_name = trimmed(text_of(project, "Name"));
    if (const auto version = trimmed(text_of(project, "SaveVersion")); !version.empty())
        r.schedule.application = "MS Project XML " + std::string(version);
    if (const auto minutes = number_in(project, "MinutesPerDay"); minutes && *minutes > 0 && *minutes <= 1440)
        r.minutes_per_day = *minutes;
    r.day_start_hour = hour_of("2000-01-01T" + std::string(trimmed(text_of(project, "DefaultStartTime"))));
    if (r.day_start_hour == 0 && !project.child("DefaultStartTime"))
        r.day_start_hour = 8;
    r.physical_by_default = number_in(project, "EarnedValueMethod").value_or(0) == 1;
    r.schedule.currency = trimmed(text_of(project, "CurrencyCode"));
    if (r.schedule.currency.empty())
        r.schedule.currency = trimmed(text_of(project, "CurrencySymbol"));
    read_calendars(project, r);
    r.schedule.status_date = day_of(text_of(project, "StatusDate"));
    r.schedule.project_start = day_of(text_of(project, "StartDate"));
    r.schedule.project_finish = finish_day_of(text_of(project, "FinishDate"), r);
    for (const pugi::xml_node child : project.children())
        if (child.type() == pugi::node_element && !known_project_child(child.name()))
            ++r.ignored[child.name()];
    read_tasks(project, r);
    read_resources(project, r);
    for (const auto& [name, count] : r.ignored)
        note(r, {Msg::schedule_element_ignored, {name, count}});
    if (r.task_calendars > 0)
        note(r, {Msg::schedule_task_calendars, {static_cast<long>(r.task_calendars), r.schedule.calendar.name}});
    if (!r.schedule.has_baseline)
        note(r, Message{Msg::schedule_no_baseline});
    return finished(std::move(r.schedule));
}

}  // namespace pmocalc
