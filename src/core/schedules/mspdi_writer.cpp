#include "mspdi_writer.hpp"

#include <pugixml.hpp>

#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "../calendar.hpp"
#include "../schedule_network.hpp"

namespace pmocalc {
namespace {

constexpr double minutes_per_day = 480;

std::string number(double value) {
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;
    return std::string(text, end);
}

std::string at(Day day, const char* time) { return iso_date(day) + "T" + time; }

// MSPDI link types: 0 FF, 1 FS, 2 SF, 3 SS.
int mspdi_type(LinkType type) {
    switch (type) {
        case LinkType::finish_finish: return 0;
        case LinkType::finish_start: return 1;
        case LinkType::start_finish: return 2;
        case LinkType::start_start: return 3;
    }
    return 1;
}

void add(pugi::xml_node parent, const char* name, const std::string& value) {
    parent.append_child(name).text().set(value.c_str());
}

void add_calendar(pugi::xml_node project, const std::vector<Day>& holidays) {
    pugi::xml_node calendar = project.append_child("Calendars").append_child("Calendar");
    add(calendar, "UID", "1");
    add(calendar, "Name", "Standard");
    add(calendar, "IsBaseCalendar", "1");
    add(calendar, "BaseCalendarUID", "-1");
    pugi::xml_node week = calendar.append_child("WeekDays");
    for (int day_type = 1; day_type <= 7; ++day_type) {  // 1 = Sunday
        pugi::xml_node day = week.append_child("WeekDay");
        add(day, "DayType", std::to_string(day_type));
        const bool working = day_type >= 2 && day_type <= 6;
        add(day, "DayWorking", working ? "1" : "0");
        if (!working)
            continue;
        pugi::xml_node times = day.append_child("WorkingTimes");
        for (const auto& [from, to] : {std::pair{"08:00:00", "12:00:00"}, std::pair{"13:00:00", "17:00:00"}}) {
            pugi::xml_node time = times.append_child("WorkingTime");
            add(time, "FromTime", from);
            add(time, "ToTime", to);
        }
    }
    // Each holiday twice, as MS Project 2007 and later write them: a WeekDay
    // of DayType 0 for readers of the 2003 schema (GNOME Planner among them),
    // and an Exception for the newer ones.
    for (Day d : holidays) {
        pugi::xml_node day = week.append_child("WeekDay");
        add(day, "DayType", "0");
        add(day, "DayWorking", "0");
        pugi::xml_node period = day.append_child("TimePeriod");
        add(period, "FromDate", at(d, "00:00:00"));
        add(period, "ToDate", at(d, "23:59:00"));
    }
    pugi::xml_node exceptions = calendar.append_child("Exceptions");
    for (Day d : holidays) {
        pugi::xml_node e = exceptions.append_child("Exception");
        add(e, "EnteredByOccurrences", "0");
        pugi::xml_node period = e.append_child("TimePeriod");
        add(period, "FromDate", at(d, "00:00:00"));
        add(period, "ToDate", at(d, "23:59:00"));
        add(e, "Occurrences", "1");
        add(e, "Name", "Holiday");
        add(e, "Type", "1");
        add(e, "DayWorking", "0");
    }
}

}  // namespace

MspdiExport mspdi_of(const Portfolio& portfolio, const std::string& project_id) {
    MspdiExport result;
    const std::string project = !project_id.empty()         ? project_id
                                : !portfolio.projects.empty() ? portfolio.projects.front().id
                                : !portfolio.tasks.empty()    ? portfolio.tasks.front().project_id
                                                              : std::string();
    std::string project_name = project;
    for (const Project& p : portfolio.projects)
        if (p.id == project && !p.name.empty())
            project_name = p.name;
    std::vector<const Task*> tasks;
    for (const Task& t : portfolio.tasks)
        if (t.project_id == project)
            tasks.push_back(&t);
    const WorkCalendar calendar(WeekendMask{}, portfolio.holidays);

    std::vector<NetworkTask> network_tasks;
    for (const Task* t : tasks)
        network_tasks.push_back({t->id, t->predecessors});
    const NetworkBuild built = build_network(network_tasks);
    for (const NetworkProblem& p : built.problems)
        result.notes.push_back(p.message);

    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    declaration.append_attribute("standalone") = "yes";
    pugi::xml_node root = document.append_child("Project");
    root.append_attribute("xmlns") = "http://schemas.microsoft.com/project";
    add(root, "SaveVersion", "14");
    add(root, "Name", project_name + ".xml");
    add(root, "Title", project_name);
    Day first = 0, last = 0;
    for (const Task* t : tasks) {
        first = first == 0 ? t->start : std::min(first, t->start);
        last = std::max(last, t->finish);
    }
    add(root, "ScheduleFromStart", "1");
    if (!tasks.empty()) {
        add(root, "StartDate", at(first, "08:00:00"));
        add(root, "FinishDate", at(last, "17:00:00"));
    }
    add(root, "CalendarUID", "1");
    add(root, "DefaultStartTime", "08:00:00");
    add(root, "DefaultFinishTime", "17:00:00");
    add(root, "MinutesPerDay", number(minutes_per_day));
    add(root, "MinutesPerWeek", number(minutes_per_day * 5));
    add(root, "DaysPerMonth", "20");
    if (portfolio.status_date)
        add(root, "StatusDate", at(*portfolio.status_date, "17:00:00"));
    add_calendar(root, portfolio.holidays);

    pugi::xml_node task_list = root.append_child("Tasks");
    std::map<std::string, std::size_t> uid_of;
    for (std::size_t i = 0; i < tasks.size(); ++i)
        uid_of[tasks[i]->id] = i + 1;
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const Task& t = *tasks[i];
        pugi::xml_node node = task_list.append_child("Task");
        add(node, "UID", std::to_string(i + 1));
        add(node, "ID", std::to_string(i + 1));
        add(node, "Name", t.name.empty() ? t.id : t.name);
        add(node, "Type", "0");
        add(node, "IsNull", "0");
        add(node, "WBS", t.id);
        add(node, "OutlineNumber", std::to_string(i + 1));
        add(node, "OutlineLevel", "1");
        const double days = t.milestone ? 0 : static_cast<double>(calendar.working_days(t.start, t.finish));
        add(node, "Start", at(t.start, "08:00:00"));
        add(node, "Finish", at(t.milestone ? t.start : t.finish, t.milestone ? "08:00:00" : "17:00:00"));
        add(node, "Duration", "PT" + number(days * 8) + "H0M0S");
        add(node, "DurationFormat", "7");
        add(node, "Milestone", t.milestone ? "1" : "0");
        add(node, "Summary", "0");
        add(node, "PercentComplete", number(std::round(t.percent_complete * 100)));
        if (t.actual_finish)
            add(node, "ActualFinish", at(*t.actual_finish, "17:00:00"));
        if (t.actual_cost)
            add(node, "ActualCost", number(std::round(*t.actual_cost * 100)));
        add(node, "ConstraintType", t.hard_constraint ? "2" : "0");  // must start on: the only kind pmocalc keeps
        if (t.hard_constraint)
            add(node, "ConstraintDate", at(t.start, "08:00:00"));
        if (built.network)
            for (const NetworkLink& link : built.network->predecessors_of(i)) {
                pugi::xml_node l = node.append_child("PredecessorLink");
                add(l, "PredecessorUID", std::to_string(link.predecessor + 1));
                add(l, "Type", std::to_string(mspdi_type(link.type)));
                add(l, "CrossProject", "0");
                add(l, "LinkLag", number(std::round(link.lag * minutes_per_day * 10)));
                add(l, "LagFormat", "7");
                ++result.links;
            }
        if (t.baseline_finish) {
            pugi::xml_node b = node.append_child("Baseline");
            add(b, "Number", "0");
            add(b, "Start", at(t.start, "08:00:00"));
            add(b, "Finish", at(*t.baseline_finish, "17:00:00"));
            if (t.budget > 0)
                add(b, "Cost", number(std::round(t.budget * 100)));
        }
    }
    result.tasks = tasks.size();

    std::map<std::string, std::size_t> resource_uid;
    std::map<std::string, double> capacity;
    for (const PersonEntry& p : portfolio.resources.people)
        capacity[p.name] = p.capacity.value_or(1);
    for (const Assignment& a : portfolio.resources.assignments)
        if ((a.project_id.empty() || a.project_id == project) && uid_of.contains(a.task_id))
            resource_uid.emplace(a.person, 0);
    std::size_t next = 1;
    for (auto& [name, uid] : resource_uid)
        uid = next++;
    pugi::xml_node resources = root.append_child("Resources");
    for (const auto& [name, uid] : resource_uid) {
        pugi::xml_node r = resources.append_child("Resource");
        add(r, "UID", std::to_string(uid));
        add(r, "ID", std::to_string(uid));
        add(r, "Name", name);
        add(r, "Type", "1");
        add(r, "MaxUnits", number(capacity.contains(name) ? capacity[name] : 1));
    }
    pugi::xml_node assignments = root.append_child("Assignments");
    std::size_t assignment_uid = 1;
    for (const Assignment& a : portfolio.resources.assignments) {
        if (!(a.project_id.empty() || a.project_id == project) || !uid_of.contains(a.task_id))
            continue;
        pugi::xml_node n = assignments.append_child("Assignment");
        add(n, "UID", std::to_string(assignment_uid++));
        add(n, "TaskUID", std::to_string(uid_of[a.task_id]));
        add(n, "ResourceUID", std::to_string(resource_uid[a.person]));
        add(n, "Units", number(a.allocation));
        add(n, "Start", at(a.start, "08:00:00"));
        add(n, "Finish", at(a.finish, "17:00:00"));
    }
    std::ostringstream out;
    document.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
    result.xml = out.str();
    return result;
}

}  // namespace pmocalc
