// GanttProject's .gan files (2.x and 3.x): one XML <project> whose <tasks>
// nest as the outline, each <depend> sitting under its predecessor and naming
// the successor, durations in working days of one project calendar (a default
// week plus dated or yearly <date> days), <allocation>s of <resource>s, and
// baselines as <previous-tasks> sets. Dates the tool shows but does not store
// (finishes) are counted on that calendar here.
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>

#include "schedule_file.hpp"
#include "schedule_parsing.hpp"

namespace pmocalc {
namespace {

using schedule_parsing::day_of;
using schedule_parsing::number_of;
using schedule_parsing::trimmed;

// WBS codes stop at this depth: GanttProject outlines nest a handful of
// levels, and the codes of a deeper chain would grow with its depth squared.
constexpr int deepest_wbs = 100;
// A duration beyond any plausible finish (and far from int64 overflow).
constexpr double longest_duration_days = 1e6;
// Yearly holidays are laid over the years the finishes reach; each round
// widens to the latest finish, so only calendars of almost nothing but
// holidays need more than two.
constexpr int calendar_rounds = 8;

bool named(pugi::xml_node node, std::string_view name) { return std::string_view(node.name()) == name; }
std::string_view value(pugi::xml_node node, const char* attribute) {
    return trimmed(node.attribute(attribute).value());
}

// The element children of a node (text, CDATA and comments left out).
std::vector<pugi::xml_node> elements(pugi::xml_node node) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element)
            found.push_back(child);
    return found;
}

std::optional<Day> civil_day(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const CivilDate civil{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
    const Day result = day_from_civil(civil);
    const CivilDate back = civil_from_day(result);
    const bool plausible = result >= first_plausible_day && result <= last_plausible_day;
    if (back.month != civil.month || back.day != civil.day || !plausible)  // 30 February
        return std::nullopt;
    return result;
}

std::optional<int> whole_number(std::string_view text) {
    const auto number = number_of(text);
    if (!number || *number != std::floor(*number) || std::abs(*number) > 1e5)
        return std::nullopt;
    return static_cast<int>(*number);
}

// GanttProject's persistent link types.
std::optional<LinkType> link_type_of(std::string_view code) {
    static constexpr LinkType types[] = {LinkType::start_start, LinkType::finish_start, LinkType::finish_finish,
                                         LinkType::start_finish};
    if (code.size() != 1 || code[0] < '1' || code[0] > '4')
        return std::nullopt;
    return types[code[0] - '1'];
}

// The last working day of `duration` working days from `start` (a milestone
// and a task of no length end where they start); nullopt beyond the calendar.
std::optional<Day> finish_of(const WorkCalendar& calendar, Day start, double duration, bool milestone) {
    if (milestone || duration < 1)
        return start;
    if (duration > longest_duration_days)
        return std::nullopt;
    return calendar.nth_working_day(start, static_cast<std::int64_t>(std::ceil(duration)));
}

int year_of(Day day) { return civil_from_day(day).year; }

class LineIndex {
public:
    explicit LineIndex(std::string_view bytes) {
        for (std::size_t i = 0; i < bytes.size(); ++i)
            if (bytes[i] == '\n')
                starts_.push_back(i + 1);
    }
    std::size_t line_of(pugi::xml_node node) const {
        const std::ptrdiff_t offset = node.offset_debug();
        if (offset < 0)
            return 0;
        const auto after = std::upper_bound(starts_.begin(), starts_.end(), static_cast<std::size_t>(offset));
        return static_cast<std::size_t>(after - starts_.begin());
    }

private:
    std::vector<std::size_t> starts_{0};
};

struct CalendarDay {
    std::optional<int> year;  // none: every year
    int month = 1, day = 1;
    bool working = false;  // WORKING_DAY, else HOLIDAY
};

struct Depend {
    std::string predecessor, successor;
    LinkType type;
    double lag_days;
    bool strong;  // places the successor exactly (Rubber: at the earliest)
    std::size_t line;
};

struct BaselineTask {
    std::optional<Day> start;
    double duration_days;
    bool milestone;
};

// What a task needs beyond ScheduleTask until the schedule is complete.
struct TaskExtra {
    std::optional<std::size_t> parent;
    std::optional<double> manual_cost;  // cost-manual-value of a task whose cost is not calculated
    std::optional<double> rate_cost;    // its resources' day rates × load × duration
    std::optional<BaselineTask> baseline;
    bool duration_read = false;   // else the task has no finish of its own
    bool placed_by_link = false;  // a Strong depend fixes its start
    bool has_subtasks = false;
};

class GanReader {
public:
    explicit GanReader(std::string_view bytes) : lines_(bytes) {}
    Outcome<ScheduleFile> read(pugi::xml_node project);

private:
    void read_calendar(pugi::xml_node calendars);
    void read_week(pugi::xml_node week, bool weekends_worked);
    void read_calendar_day(pugi::xml_node date);
    void read_tasks(pugi::xml_node tasks);
    std::optional<std::size_t> read_task(pugi::xml_node node, int level, std::string wbs,
                                         std::optional<std::size_t> parent);
    void read_task_values(pugi::xml_node node, ScheduleTask& task, TaskExtra& extra);
    void read_depend(pugi::xml_node depend, const std::string& predecessor);
    void read_resources(pugi::xml_node project);
    void read_rates(pugi::xml_node node, ScheduleResource& resource);
    void read_allocations(pugi::xml_node allocations);
    void read_baseline(pugi::xml_node previous);
    void note_unread_top_level(pugi::xml_node project);
    void schedule_dates();
    void lay_calendar_days(int first_year, int last_year);
    int compute_finishes(const WorkCalendar& calendar);
    void roll_up();
    void attach_links();
    void keep_free_starts();
    void drop_undated();
    void note_calendar_and_unread();

    std::optional<double> number(pugi::xml_node node, const char* attribute, const std::string& owner,
                                 Msg unreadable = Msg::schedule_value_unreadable);
    void note(Message message, std::size_t line, bool error = false) {
        schedule_.notes.push_back({std::move(message), line, error});
    }
    void note_unread(std::string_view element, std::size_t line);
    void note_unread_children(pugi::xml_node node);

    LineIndex lines_;
    ScheduleFile schedule_;
    std::vector<TaskExtra> extras_;  // beside schedule_.tasks
    std::unordered_map<std::string, std::size_t> index_;  // key → task (the first of a repeated key)
    std::vector<Depend> depends_;
    std::vector<CalendarDay> calendar_days_;
    WeekendMask weekend_;
    std::unordered_map<std::string, double> day_rates_;  // resource key → standard rate per day
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> unread_;  // element → count, first line
    std::map<std::string, std::size_t, std::less<>> unread_attributes_;
};

void GanReader::note_unread(std::string_view element, std::size_t line) {
    ++unread_.try_emplace(std::string(element), 0, line).first->second.first;
}

// An element pmocalc does not read: its entries by name, or itself when it
// holds only text or attributes (a description); an empty one says nothing.
void GanReader::note_unread_children(pugi::xml_node node) {
    const std::vector<pugi::xml_node> children = elements(node);
    for (pugi::xml_node child : children)
        note_unread(child.name(), lines_.line_of(child));
    if (children.empty() && (node.first_attribute() || !trimmed(node.text().get()).empty()))
        note_unread(node.name(), lines_.line_of(node));
}

// An attribute's number; nullopt when it is missing, or unreadable (noted).
std::optional<double> GanReader::number(pugi::xml_node node, const char* attribute, const std::string& owner,
                                        Msg unreadable) {
    const pugi::xml_attribute found = node.attribute(attribute);
    if (!found)
        return std::nullopt;
    const auto result = number_of(found.value());
    if (!result)
        note({unreadable, {owner, attribute, found.value()}}, lines_.line_of(node));
    return result;
}

void GanReader::read_calendar(pugi::xml_node calendars) {
    // 3.x keeps <default-week> in <day-types>, 2.0 in <day-types><calendar>;
    // <date>s sit in <calendars> or <day-types>. Day-type ids are GanttProject's
    // internals. <only-show-weekends value="true"> is its "schedule on all
    // days": the weekend is drawn on the chart and worked.
    pugi::xml_node week;
    bool weekends_worked = false;
    std::vector<pugi::xml_node> pending{calendars};
    while (!pending.empty()) {
        const pugi::xml_node node = pending.back();
        pending.pop_back();
        for (pugi::xml_node child : elements(node)) {
            if (named(child, "day-type"))
                continue;
            if (named(child, "only-show-weekends"))
                weekends_worked = child.attribute("value").as_bool();
            else if (named(child, "day-types") || named(child, "calendar"))
                pending.push_back(child);
            else if (named(child, "date"))
                read_calendar_day(child);
            else if (named(child, "default-week"))
                week = week ? week : child;
            else if (named(child, "overriden-day-types") || named(child, "days"))
                note_unread_children(child);
            else
                note_unread(child.name(), lines_.line_of(child));
        }
    }
    if (week)
        read_week(week, weekends_worked);
    else
        note(Message{Msg::schedule_calendar_missing}, lines_.line_of(calendars));
}

void GanReader::read_week(pugi::xml_node week, bool weekends_worked) {
    static constexpr const char* days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    ScheduleCalendar& calendar = schedule_.calendar;
    std::string mask;
    std::array<bool, 7> working{};
    for (std::size_t d = 0; d < 7; ++d) {
        working[d] = weekends_worked || value(week, days[d]) != "1";  // 1: a weekend day
        mask += working[d] ? '0' : '1';
    }
    calendar.name = week.attribute("name") ? week.attribute("name").value() : week.parent().attribute("name").value();
    // A week of no working day cannot be counted on: Monday to Friday stays.
    if (const auto parsed = WeekendMask::parse(mask)) {
        weekend_ = *parsed;
        calendar.working = working;
    }
    if (working != ScheduleCalendar{}.working)
        note({Msg::schedule_calendar_week, {calendar.name, schedule_parsing::working_days_text(working)}},
             lines_.line_of(week));
}

void GanReader::read_calendar_day(pugi::xml_node date) {
    // NEUTRAL days are marked on the chart and change no working time.
    const std::string_view type = value(date, "type");
    if (type == "NEUTRAL")
        return;
    CalendarDay day;
    const std::string_view year = value(date, "year");
    const auto month = whole_number(value(date, "month"));
    const auto day_of_month = whole_number(value(date, "date"));
    bool readable = month && day_of_month && (type.empty() || type == "HOLIDAY" || type == "WORKING_DAY");
    if (readable && !year.empty()) {
        day.year = whole_number(year);
        readable = day.year && civil_day(*day.year, *month, *day_of_month);
    } else if (readable) {
        readable = civil_day(2000, *month, *day_of_month).has_value();  // a leap year: 29 February is a yearly day
    }
    if (!readable) {
        note({Msg::schedule_gan_calendar_date_unreadable, {year, value(date, "month"), value(date, "date"), type}},
             lines_.line_of(date));
        return;
    }
    day.month = *month;
    day.day = *day_of_month;
    day.working = type == "WORKING_DAY";
    calendar_days_.push_back(day);
}

void GanReader::read_tasks(pugi::xml_node tasks) {
    // Depth first without recursion (a file may nest as deep as it likes):
    // the children of the task just read go on top of its later siblings.
    struct Pending {
        pugi::xml_node node;
        int level;
        std::string wbs;
        std::optional<std::size_t> parent;
    };
    std::vector<Pending> pending;
    const auto push_children = [&](pugi::xml_node node, int level, const std::string& prefix,
                                   std::optional<std::size_t> parent) {
        std::vector<pugi::xml_node> children;
        for (pugi::xml_node child : node.children("task"))
            children.push_back(child);
        for (std::size_t i = children.size(); i-- > 0;) {
            const std::string position = std::to_string(i + 1);
            const bool coded = level == 1 || (!prefix.empty() && level <= deepest_wbs);
            std::string wbs = !coded ? "" : level == 1 ? position : prefix + "." + position;
            pending.push_back({children[i], level, std::move(wbs), parent});
        }
    };
    // <taskproperties> are the columns; custom ones are noted by their values (<customproperty>).
    for (pugi::xml_node child : elements(tasks))
        if (!named(child, "task") && !named(child, "taskproperties"))
            note_unread(child.name(), lines_.line_of(child));
    push_children(tasks, 1, "", std::nullopt);
    while (!pending.empty()) {
        Pending next = std::move(pending.back());
        pending.pop_back();
        const auto index = read_task(next.node, next.level, next.wbs, next.parent);
        push_children(next.node, next.level + 1, next.wbs, index ? index : next.parent);
    }
}

std::optional<std::size_t> GanReader::read_task(pugi::xml_node node, int level, std::string wbs,
                                                std::optional<std::size_t> parent) {
    ScheduleTask task;
    task.key = task.id = std::string(value(node, "id"));
    task.name = node.attribute("name").value();
    task.wbs = std::move(wbs);
    task.outline_level = level;
    task.line = lines_.line_of(node);
    if (task.key.empty()) {
        note({Msg::schedule_value_unreadable, {task.name, "id", ""}}, task.line, true);
        return std::nullopt;
    }
    TaskExtra extra;
    extra.parent = parent;
    if (parent)
        extras_[*parent].has_subtasks = true;
    read_task_values(node, task, extra);
    for (pugi::xml_node child : elements(node))
        if (named(child, "depend"))
            read_depend(child, task.key);
        else if (!named(child, "task"))
            note_unread(child.name(), lines_.line_of(child));  // notes, customproperty …
    index_.try_emplace(task.key, schedule_.tasks.size());
    schedule_.tasks.push_back(std::move(task));
    extras_.push_back(extra);
    return schedule_.tasks.size() - 1;
}

void GanReader::read_task_values(pugi::xml_node node, ScheduleTask& task, TaskExtra& extra) {
    // Read here, or display-only and passed over: color, shape, expand (the
    // bar and the tree), webLink, and uid (GanttProject Cloud's identity;
    // links use id). Any other attribute is noted (priority, project …).
    static constexpr std::string_view known[] = {
        "id", "name", "meeting", "start", "duration", "complete", "cost-manual-value", "cost-calculated",
        "thirdDate", "thirdDate-constraint", "color", "shape", "expand", "webLink", "uid"};
    for (pugi::xml_attribute attribute : node.attributes())
        if (std::find(std::begin(known), std::end(known), attribute.name()) == std::end(known))
            ++unread_attributes_[attribute.name()];
    task.milestone = node.attribute("meeting").as_bool();
    task.start = day_of(value(node, "start"));
    if (!task.start)
        note({Msg::schedule_value_unreadable, {task.id, "start", value(node, "start")}}, task.line);
    const auto duration = number(node, "duration", task.id);
    extra.duration_read = task.milestone || (duration && *duration >= 0);
    if (duration && *duration >= 0 && !task.milestone)
        task.duration_days = *duration;
    else if (!extra.duration_read && (duration || !node.attribute("duration")))  // negative, or missing
        note({Msg::schedule_value_unreadable, {task.id, "duration", value(node, "duration")}}, task.line);
    if (const auto complete = number(node, "complete", task.id)) {
        if (*complete >= 0 && *complete <= 100)
            task.percent_complete = *complete / 100;
        else
            note({Msg::schedule_value_unreadable, {task.id, "complete", value(node, "complete")}}, task.line);
    }
    // A cost that is not calculated is the one typed; without the attribute
    // GanttProject calculates it (from the resources and the subtasks).
    if (node.attribute("cost-calculated") && !node.attribute("cost-calculated").as_bool())
        extra.manual_cost = number(node, "cost-manual-value", task.id);
    // thirdDate is GanttProject's "earliest begin", in force when its constraint is 1.
    if (value(node, "thirdDate-constraint") == "1") {
        task.constraint_date = day_of(value(node, "thirdDate"));
        if (task.constraint_date)
            task.constraint = ScheduleConstraint::start_no_earlier_than;
        else
            note({Msg::schedule_value_unreadable, {task.id, "thirdDate", value(node, "thirdDate")}}, task.line);
    }
}

void GanReader::read_depend(pugi::xml_node depend, const std::string& predecessor) {
    Depend link{predecessor, std::string(value(depend, "id")), LinkType::finish_start, 0,
                value(depend, "hardness") != "Rubber", lines_.line_of(depend)};
    const std::string_view type = value(depend, "type");
    if (const auto known = link_type_of(type))
        link.type = *known;
    else if (!type.empty())  // GanttProject reads a missing type as finish-to-start too
        note({Msg::schedule_link_type_unknown, {link.successor, type}}, link.line);
    link.lag_days = number(depend, "difference", link.successor).value_or(0);
    depends_.push_back(std::move(link));
}

void GanReader::read_resources(pugi::xml_node project) {
    // A resource's function is a role: a custom one named in <roles>, or one
    // of GanttProject's built-in sets ("Default:1"), whose names are its
    // translations and not in the file (the group stays blank).
    std::unordered_map<std::string, std::string> roles;
    for (pugi::xml_node set : project.children("roles"))
        for (pugi::xml_node role : set.children("role"))
            roles.try_emplace(std::string(value(role, "id")), role.attribute("name").value());
    for (pugi::xml_node node : elements(project.child("resources"))) {
        if (!named(node, "resource")) {
            note_unread(node.name(), lines_.line_of(node));
            continue;
        }
        ScheduleResource resource;
        resource.key = value(node, "id");
        resource.name = node.attribute("name").value();
        if (const auto role = roles.find(std::string(value(node, "function"))); role != roles.end())
            resource.group = role->second;
        read_rates(node, resource);
        schedule_.resources.push_back(std::move(resource));
    }
    if (!day_rates_.empty())
        note({Msg::schedule_gan_rate_per_day, {schedule_.calendar.hours_per_day}}, 0);
}

void GanReader::read_rates(pugi::xml_node node, ScheduleResource& resource) {
    for (pugi::xml_node child : elements(node)) {
        if (!named(child, "rate") || value(child, "name") != "standard") {
            note_unread(child.name(), lines_.line_of(child));
            continue;
        }
        const auto rate = number(child, "value", resource.name, Msg::schedule_gan_resource_value_unreadable);
        if (rate && *rate < 0)
            note({Msg::schedule_gan_resource_value_unreadable, {resource.name, "rate", value(child, "value")}},
                 lines_.line_of(child));
        if (!rate || *rate < 0)
            continue;
        day_rates_[resource.key] = *rate;
        resource.standard_rate = *rate / schedule_.calendar.hours_per_day;
    }
}

void GanReader::read_allocations(pugi::xml_node allocations) {
    for (pugi::xml_node node : elements(allocations)) {
        if (!named(node, "allocation")) {
            note_unread(node.name(), lines_.line_of(node));
            continue;
        }
        ScheduleAssignment assignment;
        assignment.task = value(node, "task-id");
        assignment.resource = value(node, "resource-id");
        if (const auto load = number(node, "load", assignment.task); load && *load >= 0)
            assignment.units = *load / 100;
        else if (load)
            note({Msg::schedule_value_unreadable, {assignment.task, "load", value(node, "load")}},
                 lines_.line_of(node));
        const auto task = index_.find(assignment.task);
        const auto rate = day_rates_.find(assignment.resource);
        if (task != index_.end() && rate != day_rates_.end()) {
            std::optional<double>& cost = extras_[task->second].rate_cost;
            cost = cost.value_or(0) + rate->second * assignment.units * schedule_.tasks[task->second].duration_days;
        }
        schedule_.assignments.push_back(std::move(assignment));
    }
}

void GanReader::read_baseline(pugi::xml_node previous) {
    // GanttProject adds each baseline after the earlier ones: the first is the original plan.
    const pugi::xml_node first = previous.child("previous-tasks");
    std::size_t sets = 0;
    for (pugi::xml_node child : elements(previous))
        if (named(child, "previous-tasks"))
            ++sets;
        else
            note_unread(child.name(), lines_.line_of(child));
    if (!first.child("previous-task")) {
        note(Message{Msg::schedule_no_baseline}, 0);
        return;
    }
    schedule_.has_baseline = true;
    if (sets > 1)
        note({Msg::schedule_gan_baselines, {sets, first.attribute("name").value()}}, lines_.line_of(first));
    // A baseline entry of a task deleted since is no task's baseline: passed over.
    for (pugi::xml_node entry : first.children("previous-task")) {
        const auto task = index_.find(std::string(value(entry, "id")));
        if (task == index_.end())
            continue;
        const std::string& id = schedule_.tasks[task->second].id;
        BaselineTask baseline{day_of(value(entry, "start")), 0, entry.attribute("meeting").as_bool()};
        if (!baseline.start)
            note({Msg::schedule_value_unreadable, {id, "baseline start", value(entry, "start")}},
                 lines_.line_of(entry));
        const auto duration = number(entry, "duration", id);
        baseline.duration_days = duration && *duration >= 0 ? *duration : 0;
        extras_[task->second].baseline = baseline;
    }
}

// <view> and <taskdisplaycolumns> are the window's layout; anything else not
// read is named.
void GanReader::note_unread_top_level(pugi::xml_node project) {
    static constexpr std::string_view read_once[] = {"calendars", "tasks", "resources", "allocations", "previous"};
    for (pugi::xml_node child : elements(project)) {
        if (named(child, "view") || named(child, "taskdisplaycolumns") || named(child, "roles"))
            continue;
        const bool read = std::find(std::begin(read_once), std::end(read_once), child.name()) != std::end(read_once) &&
                          project.child(child.name()) == child;
        if (!read)
            note_unread_children(child);
    }
}

void GanReader::lay_calendar_days(int first_year, int last_year) {
    ScheduleCalendar& calendar = schedule_.calendar;
    calendar.holidays.clear();
    calendar.extra_working.clear();
    for (const CalendarDay& day : calendar_days_) {
        const int from = day.year.value_or(std::max(first_year, 1900));
        const int to = day.year.value_or(std::min(last_year, 2199));
        for (int year = from; year <= to; ++year) {
            const auto date = civil_day(year, day.month, day.day);
            if (!date)
                continue;
            if (!day.working)
                calendar.holidays.push_back(*date);
            else if (weekend_.is_weekend(*date))
                calendar.extra_working.push_back(*date);
        }
    }
}

// Each task's and baseline's finish on the calendar; the latest finish's year.
int GanReader::compute_finishes(const WorkCalendar& calendar) {
    int latest = std::numeric_limits<int>::min();
    for (std::size_t i = 0; i < schedule_.tasks.size(); ++i) {
        ScheduleTask& task = schedule_.tasks[i];
        if (task.start && extras_[i].duration_read)
            task.finish = finish_of(calendar, *task.start, task.duration_days, task.milestone);
        const std::optional<BaselineTask>& baseline = extras_[i].baseline;
        if (baseline && baseline->start) {
            task.baseline_start = baseline->start;
            task.baseline_finish = finish_of(calendar, *baseline->start, baseline->duration_days, baseline->milestone);
        }
        for (const auto& finish : {task.finish, task.baseline_finish})
            if (finish)
                latest = std::max(latest, year_of(*finish));
    }
    return latest;
}

void GanReader::schedule_dates() {
    int first = std::numeric_limits<int>::max();
    int last = std::numeric_limits<int>::min();
    for (std::size_t i = 0; i < schedule_.tasks.size(); ++i)
        for (const auto& start :
             {schedule_.tasks[i].start, extras_[i].baseline ? extras_[i].baseline->start : std::nullopt})
            if (start) {
                first = std::min(first, year_of(*start));
                last = std::max(last, year_of(*start));
            }
    for (int round = 0; round < calendar_rounds; ++round) {
        lay_calendar_days(first, last);
        const int reached = compute_finishes(WorkCalendar(weekend_, schedule_.calendar.holidays));
        if (reached <= last)
            break;
        last = reached;
    }
}

// From the last task back to the first, each task's figures reach its parent
// before the parent is visited: a summary without dates of its own spans its
// subtasks, and a calculated cost is its subtasks' plus its resources'.
void GanReader::roll_up() {
    const std::size_t count = schedule_.tasks.size();
    std::vector<std::optional<Day>> starts(count), finishes(count);
    std::vector<std::optional<double>> costs(count);
    for (std::size_t i = count; i-- > 0;) {
        ScheduleTask& task = schedule_.tasks[i];
        const TaskExtra& extra = extras_[i];
        if (!task.start || !task.finish) {
            task.start = task.start ? task.start : starts[i];
            task.finish = task.milestone ? task.start : task.finish ? task.finish : finishes[i];
        }
        if (extra.manual_cost)
            task.cost = extra.manual_cost;
        else if (costs[i] || extra.rate_cost)
            task.cost = costs[i].value_or(0) + extra.rate_cost.value_or(0);
        if (task.cost && !std::isfinite(*task.cost))
            task.cost.reset();  // rates and loads past 10^300: no amount a plan holds
        if (!extra.parent)
            continue;
        const std::size_t parent = *extra.parent;
        if (task.start)
            starts[parent] = starts[parent] ? std::min(*starts[parent], *task.start) : *task.start;
        if (task.finish)
            finishes[parent] = finishes[parent] ? std::max(*finishes[parent], *task.finish) : *task.finish;
        if (task.cost)
            costs[parent] = costs[parent].value_or(0) + *task.cost;
    }
}

void GanReader::attach_links() {
    for (Depend& link : depends_) {
        const auto successor = index_.find(link.successor);
        if (successor == index_.end()) {
            note({Msg::schedule_gan_successor_unknown, {link.predecessor, link.successor}}, link.line, true);
            continue;
        }
        extras_[successor->second].placed_by_link = extras_[successor->second].placed_by_link || link.strong;
        schedule_.tasks[successor->second].predecessors.push_back(
            {std::move(link.predecessor), link.type, link.lag_days});
    }
}

// GanttProject has no "as soon as possible": a task no Strong link places
// stays on the day it was put (a Rubber link only pushes it later), which the
// critical path method says as a start no earlier than that day. Summaries
// follow their tasks, and tasks on the first day need no constraint.
void GanReader::keep_free_starts() {
    std::optional<Day> first;
    for (const ScheduleTask& task : schedule_.tasks)
        if (task.start)
            first = std::min(first.value_or(*task.start), *task.start);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < schedule_.tasks.size(); ++i) {
        ScheduleTask& task = schedule_.tasks[i];
        const TaskExtra& extra = extras_[i];
        if (extra.has_subtasks || extra.placed_by_link || !task.start || *task.start <= *first ||
            task.constraint != ScheduleConstraint::as_soon_as_possible)
            continue;
        task.constraint = ScheduleConstraint::start_no_earlier_than;
        task.constraint_date = task.start;
        ++kept;
    }
    if (kept > 0)
        note({Msg::schedule_gan_start_kept, {kept}}, 0);
}

void GanReader::drop_undated() {
    std::vector<ScheduleTask> dated;
    dated.reserve(schedule_.tasks.size());
    for (ScheduleTask& task : schedule_.tasks) {
        if (!task.start || !task.finish) {
            note({Msg::schedule_task_without_dates, {task.id}}, task.line, true);
            continue;
        }
        schedule_.project_start = std::min(schedule_.project_start.value_or(*task.start), *task.start);
        schedule_.project_finish = std::max(schedule_.project_finish.value_or(*task.finish), *task.finish);
        dated.push_back(std::move(task));
    }
    schedule_.tasks = std::move(dated);
}

void GanReader::note_calendar_and_unread() {
    std::vector<Day>& extra = schedule_.calendar.extra_working;
    std::sort(extra.begin(), extra.end());
    extra.erase(std::unique(extra.begin(), extra.end()), extra.end());
    if (!extra.empty())
        note({Msg::schedule_calendar_extra_working, {extra.size(), MessageArg::date(extra.front())}}, 0);
    for (const auto& [element, seen] : unread_)
        note({Msg::schedule_element_ignored, {element, seen.first}}, seen.second);
    for (const auto& [attribute, count] : unread_attributes_)
        note({Msg::schedule_gan_attribute_ignored, {attribute, count}}, 0);
}

Outcome<ScheduleFile> GanReader::read(pugi::xml_node project) {
    schedule_.format = ScheduleFormat::gan;
    schedule_.project_name = project.attribute("name").value();
    const std::string_view version = value(project, "version");
    schedule_.application = version.empty() ? "GanttProject" : "GanttProject " + std::string(version);
    read_calendar(project.child("calendars"));
    read_tasks(project.child("tasks"));
    read_resources(project);
    read_allocations(project.child("allocations"));
    read_baseline(project.child("previous"));
    note_unread_top_level(project);
    schedule_dates();
    roll_up();
    attach_links();
    keep_free_starts();
    drop_undated();
    note_calendar_and_unread();
    return schedule_parsing::finished(std::move(schedule_));
}

}  // namespace

Outcome<ScheduleFile> read_gan(std::string_view bytes) {
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(bytes.data(), bytes.size());
    if (!parsed)
        return invalid_input(Message{Msg::schedule_not_xml, {parsed.description()}});
    const pugi::xml_node project = document.document_element();
    const std::string_view format = schedule_format_name(ScheduleFormat::gan);
    if (!named(project, "project"))
        return invalid_input(
            Message{Msg::schedule_not_format, {format, Message{Msg::schedule_gan_not_project, {project.name()}}}});
    if (!project.child("tasks"))
        return invalid_input(Message{Msg::schedule_not_format, {format, Message{Msg::schedule_gan_no_tasks_element}}});
    return GanReader(bytes).read(project);
}

}  // namespace pmocalc
