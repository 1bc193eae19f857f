// MS Project XML read from any bytes (read_mspdi) and turned into pmocalc's
// sheets: it never throws, and what it gives holds together — unique task
// keys, every link to another task of the result, finite lags and
// durations, percent complete within 0..1, dates within pmocalc's range, and
// sheets whose rows are no wider than their header.
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/schedules/schedule_file.hpp"
#include "core/schedules/schedule_sheets.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;

namespace {

void check_day(const std::optional<Day>& day) {
    PMO_FUZZ_CHECK(!day || (*day >= first_plausible_day && *day <= last_plausible_day));
}

void check(const ScheduleFile& schedule) {
    PMO_FUZZ_CHECK(!schedule.tasks.empty());
    std::set<std::string> keys;
    for (const ScheduleTask& task : schedule.tasks)
        PMO_FUZZ_CHECK(keys.insert(task.key).second);
    for (const ScheduleTask& task : schedule.tasks) {
        PMO_FUZZ_CHECK(std::isfinite(task.duration_days));
        PMO_FUZZ_CHECK(!task.percent_complete || (*task.percent_complete >= 0 && *task.percent_complete <= 1));
        for (const auto& day : {task.start, task.finish, task.baseline_start, task.baseline_finish, task.actual_start,
                                task.actual_finish, task.deadline, task.constraint_date})
            check_day(day);
        PMO_FUZZ_CHECK(!task.start || !task.finish || *task.finish >= *task.start);
        for (const ScheduleLink& link : task.predecessors) {
            PMO_FUZZ_CHECK(keys.contains(link.predecessor) && link.predecessor != task.key);
            PMO_FUZZ_CHECK(std::isfinite(link.lag_days));
        }
    }
    for (const ScheduleAssignment& a : schedule.assignments)
        PMO_FUZZ_CHECK(keys.contains(a.task) && std::isfinite(a.units));
    for (const Language language : {Language::en, Language::ja}) {
        const ScheduleSheets sheets = schedule_sheets(schedule, "plan.xml", language);
        for (const ReportLayout& layout : sheets.sheets)
            for (const auto& row : layout.rows)
                PMO_FUZZ_CHECK(row.size() <= layout.columns);
        (void)workbook_of(sheets);
    }
    for (const Diagnostic& d : schedule_diagnostics(schedule, "plan.xml"))
        (void)d.text(Language::ja);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (const auto read = read_mspdi(bytes))
        check(*read);
    // Bytes that are no MSPDI document get a chance inside a minimal one, so
    // that the elements' readers see them.
    const std::string wrapped = "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks>" + std::string(bytes) +
                                "</Tasks></Project>";
    if (const auto read = read_mspdi(wrapped))
        check(*read);
    return 0;
}
