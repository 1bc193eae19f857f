// GanttProject files read from any bytes (read_gan): it never throws, and
// what it gives holds together — unique task keys, each task with a start and
// a finish within pmocalc's range, every link to a task of the result with a
// finite lag, percent complete within 0..1, finite costs, assignments of
// tasks and resources of the result with finite units. An input starting with
// '<' is the file itself (the seeds are .gan files); any other is the recipe
// of one: nested tasks with ids from a small set (so depends, allocations and
// baseline entries meet them), dates, durations, progress, depends of every
// type, a week, dated and yearly days, resources, allocations and a baseline,
// each value now and then a word, a date in another form or raw bytes.
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/schedules/schedule_file.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

std::string escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

// ` name="value"`: mostly the typical value, now and then another or none.
std::string attribute(FuzzInput& in, const char* name, const std::string& typical) {
    std::string value;
    switch (in.byte() % 16) {
    case 0: return "";
    case 1: value = escaped(in.text()); break;
    case 2: value = escaped(in.date_text()); break;
    case 3: value = std::to_string(static_cast<std::int16_t>(in.u16())); break;
    default: value = typical;
    }
    return std::string(" ") + name + "=\"" + value + '"';
}

// Each read of the input in its own statement: the operands of + have no
// order, and a recipe must give the same file with every compiler.
std::string small_id(FuzzInput& in) { return std::to_string(in.byte() % 16); }
std::string some_day(FuzzInput& in) { return iso_date(in.day()); }

std::string week(FuzzInput& in) {
    std::string out = "<default-week id=\"1\"";
    out += attribute(in, "name", "default");
    for (const char* day : {"sun", "mon", "tue", "wed", "thu", "fri", "sat"})
        out += attribute(in, day, in.byte() % 4 == 0 ? "1" : "0");
    return out + "/>";
}

std::string calendars(FuzzInput& in) {
    static constexpr const char* types[] = {"HOLIDAY", "WORKING_DAY", "NEUTRAL", "", "WEEKEND"};
    std::string out = "<calendars><day-types>";
    out += in.flag() ? week(in) : "<calendar id=\"1\" name=\"old\">" + week(in) + "</calendar>";
    out += "</day-types>";
    for (int i = in.byte() % 6; i > 0; --i) {
        out += "<date";
        out += attribute(in, "year", in.flag() ? "" : std::to_string(2000 + in.byte() % 40));
        out += attribute(in, "month", std::to_string(in.byte() % 14));
        out += attribute(in, "date", std::to_string(in.byte() % 33));
        out += attribute(in, "type", types[in.byte() % std::size(types)]);
        out += "/>";
    }
    return out + "</calendars>";
}

std::string task_start(FuzzInput& in) {
    std::string out = "<task";
    out += attribute(in, "id", small_id(in));
    out += attribute(in, "name", std::string(in.word()));
    out += attribute(in, "meeting", in.byte() % 5 == 0 ? "true" : "false");
    out += attribute(in, "start", some_day(in));
    out += attribute(in, "duration", std::to_string(in.byte() % 40));
    out += attribute(in, "complete", std::to_string(in.byte() % 128));
    if (in.byte() % 4 == 0) {
        out += attribute(in, "cost-manual-value", std::to_string(in.u16()));
        out += attribute(in, "cost-calculated", "false");
    }
    if (in.byte() % 4 == 0) {
        out += attribute(in, "thirdDate", some_day(in));
        out += attribute(in, "thirdDate-constraint", "1");
    }
    out += '>';
    for (int i = in.byte() % 4; i > 0; --i) {
        out += "<depend";
        out += attribute(in, "id", small_id(in));
        out += attribute(in, "type", std::to_string(in.byte() % 6));
        out += attribute(in, "difference", std::to_string(static_cast<std::int8_t>(in.byte())));
        out += "/>";
    }
    return out;
}

// Tasks opened and closed as the input says: an outline of any shape.
std::string tasks(FuzzInput& in) {
    std::string out = "<tasks><taskproperties/>";
    int open = 0;
    for (int i = in.byte() % 24; i > 0; --i) {
        if (open > 0 && in.byte() % 3 == 0) {
            out += "</task>";
            --open;
            continue;
        }
        out += task_start(in);
        if (in.flag())
            ++open;
        else
            out += "</task>";
    }
    for (; open > 0; --open)
        out += "</task>";
    return out + "</tasks>";
}

std::string resources_and_baseline(FuzzInput& in) {
    std::string out = "<resources>";
    for (int r = in.byte() % 4; r > 0; --r) {
        out += "<resource";
        out += attribute(in, "id", std::to_string(in.byte() % 4));
        out += attribute(in, "name", "R");
        out += "><rate name=\"standard\"";
        out += attribute(in, "value", std::to_string(in.u16()));
        out += "/></resource>";
    }
    out += "</resources><allocations>";
    for (int a = in.byte() % 5; a > 0; --a) {
        out += "<allocation";
        out += attribute(in, "task-id", small_id(in));
        out += attribute(in, "resource-id", std::to_string(in.byte() % 4));
        out += attribute(in, "load", std::to_string(in.byte()));
        out += "/>";
    }
    out += "</allocations><previous>";
    for (int set = in.byte() % 3; set > 0; --set) {
        out += "<previous-tasks name=\"b\">";
        for (int t = in.byte() % 6; t > 0; --t) {
            out += "<previous-task";
            out += attribute(in, "id", small_id(in));
            out += attribute(in, "start", some_day(in));
            out += attribute(in, "duration", std::to_string(in.byte() % 40));
            out += attribute(in, "meeting", in.flag() ? "true" : "false");
            out += "/>";
        }
        out += "</previous-tasks>";
    }
    return out + "</previous>";
}

std::string recipe(FuzzInput& in) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project name=\"p\" version=\"3.3\">\n";
    out += calendars(in);
    out += '\n';
    out += tasks(in);
    out += '\n';
    out += resources_and_baseline(in);
    if (in.byte() % 8 == 0) {
        const std::string element = in.flag() ? "vacations" : "unknown";
        out += "<" + element + "><x/></" + element + ">";
    }
    return out + "\n</project>\n";
}

bool plausible(const std::optional<Day>& day) {
    return !day || (*day >= first_plausible_day && *day <= last_plausible_day);
}

void check_task(const ScheduleTask& task, const std::set<std::string>& keys) {
    PMO_FUZZ_CHECK(task.outline_level >= 1 && task.line >= 1);
    PMO_FUZZ_CHECK(task.start && task.finish);
    PMO_FUZZ_CHECK(std::isfinite(task.duration_days) && task.duration_days >= 0);
    PMO_FUZZ_CHECK(!task.percent_complete || (*task.percent_complete >= 0 && *task.percent_complete <= 1));
    PMO_FUZZ_CHECK(!task.cost || std::isfinite(*task.cost));
    for (const auto& day : {task.start, task.finish, task.baseline_start, task.baseline_finish, task.constraint_date})
        PMO_FUZZ_CHECK(plausible(day));
    PMO_FUZZ_CHECK(!task.milestone || task.finish == task.start);
    for (const ScheduleLink& link : task.predecessors) {
        PMO_FUZZ_CHECK(keys.contains(link.predecessor) && link.predecessor != task.key);
        PMO_FUZZ_CHECK(std::isfinite(link.lag_days));
    }
}

void check(const Outcome<ScheduleFile>& result) {
    if (!result) {
        PMO_FUZZ_CHECK(!result.problem().reason().empty());
        return;
    }
    const ScheduleFile& schedule = *result;
    PMO_FUZZ_CHECK(schedule.format == ScheduleFormat::gan && !schedule.tasks.empty());
    std::set<std::string> keys;
    for (const ScheduleTask& task : schedule.tasks)
        PMO_FUZZ_CHECK(keys.insert(task.key).second);
    for (const ScheduleTask& task : schedule.tasks)
        check_task(task, keys);
    std::set<std::string> resources;
    for (const ScheduleResource& r : schedule.resources) {
        resources.insert(r.key);
        PMO_FUZZ_CHECK(!r.standard_rate || (std::isfinite(*r.standard_rate) && *r.standard_rate >= 0));
    }
    for (const ScheduleAssignment& a : schedule.assignments)
        PMO_FUZZ_CHECK(keys.contains(a.task) && resources.contains(a.resource) && std::isfinite(a.units));
    for (Day day : schedule.calendar.holidays)
        PMO_FUZZ_CHECK(plausible(day));
    PMO_FUZZ_CHECK(schedule.project_start && schedule.project_finish);
    PMO_FUZZ_CHECK(*schedule.project_start <= *schedule.project_finish);
    for (const ScheduleNote& note : schedule.notes)
        PMO_FUZZ_CHECK(!note.message.render(Language::ja).empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.starts_with('<')) {
        check(read_gan(bytes));
        return 0;
    }
    FuzzInput in(data, size);
    check(read_gan(recipe(in)));
    return 0;
}
