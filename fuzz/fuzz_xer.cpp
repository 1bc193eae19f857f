// Primavera P6 XER read from any bytes (read_xer): it never throws, and what
// it gives holds together — unique task keys, every link and assignment to a
// task of the result, finite lags and durations, percent complete within
// 0..1, dates within pmocalc's range, texts in UTF-8 (Windows-1252 converted).
// The input is the file's bytes; one that does not start with ERMHDR is read
// a second time after an ERMHDR line, so that tables get read.
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/schedules/schedule_file.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::valid_utf8;

namespace {

void check_day(const std::optional<Day>& day) {
    PMO_FUZZ_CHECK(!day || (*day >= first_plausible_day && *day <= last_plausible_day));
}

void check_task(const ScheduleTask& task, const std::set<std::string>& keys) {
    PMO_FUZZ_CHECK(task.outline_level >= 1);
    PMO_FUZZ_CHECK(std::isfinite(task.duration_days));
    PMO_FUZZ_CHECK(!task.percent_complete || (*task.percent_complete >= 0 && *task.percent_complete <= 1));
    PMO_FUZZ_CHECK(valid_utf8(task.key) && valid_utf8(task.id) && valid_utf8(task.name) && valid_utf8(task.wbs));
    for (const auto& day : {task.start, task.finish, task.early_start, task.early_finish, task.actual_start,
                            task.actual_finish, task.constraint_date})
        check_day(day);
    for (const ScheduleLink& link : task.predecessors) {
        PMO_FUZZ_CHECK(keys.contains(link.predecessor));
        PMO_FUZZ_CHECK(link.predecessor != task.key);
        PMO_FUZZ_CHECK(std::isfinite(link.lag_days));
    }
}

void check(const Outcome<ScheduleFile>& result) {
    if (!result)
        return;
    const ScheduleFile& schedule = *result;
    PMO_FUZZ_CHECK(schedule.format == ScheduleFormat::xer);
    PMO_FUZZ_CHECK(!schedule.tasks.empty());
    std::set<std::string> keys;
    for (const ScheduleTask& task : schedule.tasks)
        PMO_FUZZ_CHECK(keys.insert(task.key).second);
    for (const ScheduleTask& task : schedule.tasks)
        check_task(task, keys);
    for (const ScheduleAssignment& a : schedule.assignments)
        PMO_FUZZ_CHECK(keys.contains(a.task) && std::isfinite(a.units));
    const ScheduleCalendar& calendar = schedule.calendar;
    PMO_FUZZ_CHECK(calendar.hours_per_day > 0 && calendar.hours_per_day <= 24);
    PMO_FUZZ_CHECK(valid_utf8(calendar.name) && valid_utf8(schedule.project_name) && valid_utf8(schedule.application));
    for (const ScheduleResource& r : schedule.resources)
        PMO_FUZZ_CHECK(valid_utf8(r.name) && valid_utf8(r.group));
    check_day(schedule.status_date);
    check_day(schedule.project_start);
    check_day(schedule.project_finish);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    check(read_xer(bytes));
    if (!bytes.starts_with("ERMHDR"))
        check(read_xer("ERMHDR\t8.4\n" + std::string(bytes)));
    return 0;
}
