// A schedule read from another tool as the sheets of pmocalc's own workbook
// layout (the template's headers, in English or Japanese): Projects, Tasks
// (outline, WBS, plan, baseline, progress, links, constraints, assignee),
// Holidays, People, Assignments, and a sheet saying what was imported and
// every note of the reading. The same sheets are written into Calc by
// "Import Schedule…" and read by the workbook reader like any other
// workbook, so an imported plan gets the whole report.
#pragma once

#include <string>
#include <vector>

#include "../portfolio.hpp"
#include "../report_model.hpp"
#include "../workbook.hpp"
#include "schedule_file.hpp"

namespace pmocalc {

struct ScheduleSheets {
    std::vector<ReportLayout> sheets;  // each a sheet to add: its name, values and formats
    std::string project_id;            // the ID the Tasks sheet gives the project
};

// Japanese when the tasks are named in Japanese (kana or kanji in any name), else English.
Language schedule_language(const ScheduleFile& schedule);

// "plan.xml: 42 tasks (6 summaries), 37 links, …": what a reading gave.
Message schedule_summary(const ScheduleFile& schedule, const std::string& file_name);

// `file_name` is the imported file's name (without folders), said on the notes sheet.
ScheduleSheets schedule_sheets(const ScheduleFile& schedule, const std::string& file_name, Language language);

// The sheets as a workbook read back from Calc would be (for the headless
// report and tests): values only, dates as serials.
Workbook workbook_of(const ScheduleSheets& sheets);

// The reading's notes as the report's diagnostics, on the notes sheet's name
// (the file's line in the message).
std::vector<Diagnostic> schedule_diagnostics(const ScheduleFile& schedule, const std::string& file_name);

// The predecessors cell of a task: "12", "7SS+2", "A1010FF-0.5" — the
// predecessor's ID, the type unless FS, the lag in working days unless 0.
std::string predecessor_text(const std::string& id, const ScheduleLink& link);

}  // namespace pmocalc
