// Real schedules other tools wrote (tests/real-schedules, SOURCES.md): each
// reads, becomes pmocalc's sheets, and the workbook reader and the report's
// analysis take those sheets as any workbook. For plans without progress the
// critical path method over the sheets must give the dates the tool itself
// calculated; every difference is listed with its reason.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "core/schedules/schedule_file.hpp"
#include "core/schedules/schedule_sheets.hpp"
#include "core/status_report.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> real_schedules() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(PMOCALC_SOURCE_DIR) / "tests" / "real-schedules"))
        if (entry.is_regular_file() && schedule_format_of(entry.path().filename().string(), "").has_value())
            files.push_back(entry.path());
        else if (entry.path().extension() == ".xml")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The report's assessment of a schedule's sheets at its status date (else its start).
Assessment assessed(const ScheduleFile& schedule, const std::string& name) {
    ReportSettings settings;
    settings.status_date = schedule.status_date ? schedule.status_date : schedule.project_start;
    const auto request = request_for(settings, name, LocalTime{day_from_civil({2026, 12, 7}), "2026-12-07 12:00"});
    return assess(workbook_of(schedule_sheets(schedule, name, Language::en)), request);
}

bool has_progress(const ScheduleFile& schedule) {
    for (const ScheduleTask& t : schedule.tasks)
        if (t.actual_start || t.actual_finish || t.percent_complete.value_or(0) > 0)
            return true;
    return false;
}

struct Comparison {
    std::size_t compared = 0;
    std::vector<std::string> differences;  // "task 7: file 2024-01-15 – …, CPM … (why)"
    std::size_t unexplained = 0;
};

// Why pmocalc's early dates may rightly differ from a tool's: a constraint
// (pmocalc's network takes none; a GanttProject task no link places keeps its
// own start), or a working week other than Monday to Friday (pmocalc counts
// Monday to Friday and the holidays).
std::string reason(const ScheduleFile& schedule, const ScheduleTask& task) {
    const std::array<bool, 7> standard{true, true, true, true, true, false, false};
    if (task.constraint != ScheduleConstraint::as_soon_as_possible)
        return "a constraint";
    if (schedule.calendar.working != standard)
        return "the calendar's working week";
    return "";
}

// pmocalc's early dates of every leaf task against the file's own dates.
Comparison compare(const ScheduleFile& schedule, const Assessment& a) {
    Comparison result;
    if (!a.status || a.status->schedules.empty())
        return result;
    std::map<std::string, const ScheduleTask*> by_id;
    for (const ScheduleTask& t : schedule.tasks)
        by_id[t.id] = &t;
    for (const ScheduledTask& s : a.status->schedules.front().tasks) {
        const Task& task = a.portfolio.tasks[s.task];
        const auto found = by_id.find(task.id);
        if (found == by_id.end() || !found->second->start || !found->second->finish)
            continue;
        const ScheduleTask& t = *found->second;
        ++result.compared;
        if (*t.start == s.early_start && *t.finish == s.early_finish)
            continue;
        const std::string why = reason(schedule, t);
        result.unexplained += why.empty() ? 1 : 0;
        result.differences.push_back("task " + t.id + ": file " + iso_date(*t.start) + " – " + iso_date(*t.finish) +
                                     ", CPM " + iso_date(s.early_start) + " – " + iso_date(s.early_finish) + " (" +
                                     (why.empty() ? "UNEXPLAINED" : why) + ")");
    }
    return result;
}

TEST(RealSchedules, EveryFileReadsAndBecomesAReportableWorkbook) {
    const auto files = real_schedules();
    ASSERT_GE(files.size(), 10u);
    for (const fs::path& file : files) {
        SCOPED_TRACE(file.filename().string());
        const auto read = read_schedule(file.filename().string(), bytes_of(file));
        if (!read.ok()) {
            // A file with no task is refused with that reason, nothing else.
            EXPECT_EQ(read.problem().message.id, Msg::schedule_no_tasks) << read.problem().reason();
            continue;
        }
        const Assessment a = assessed(*read, file.stem().string());
        EXPECT_TRUE(a.reportable()) << file;
    }
}

TEST(RealSchedules, PlansWithoutProgressGetTheToolsOwnDatesFromTheCriticalPath) {
    std::size_t files_compared = 0;
    for (const fs::path& file : real_schedules()) {
        const auto read = read_schedule(file.filename().string(), bytes_of(file));
        if (!read.ok() || has_progress(*read))
            continue;
        const Comparison c = compare(*read, assessed(*read, file.stem().string()));
        std::cout << file.filename().string() << ": " << c.compared << " tasks compared, " << c.differences.size()
                  << " differ\n";
        for (const std::string& d : c.differences)
            std::cout << "    " << d << "\n";
        EXPECT_EQ(c.unexplained, 0u) << file.filename().string();
        files_compared += c.compared > 0 ? 1 : 0;
    }
    EXPECT_GE(files_compared, 7u);
}

}  // namespace
}  // namespace pmocalc
