// A schedule from another tool (core/schedules) written into a Calc document
// as pmocalc's sheets, each in one bulk write with its formats — by "Import
// Schedule…" and by pmocalc-report for an .xml/.xer/.gan input.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "../core/schedules/schedule_sheets.hpp"
#include "report_writer.hpp"

namespace pmocalc::uno {

// The file read into a schedule, or the reason it is not one (its bytes
// read here: the core does no I/O).
Outcome<ScheduleFile> read_schedule_file(const std::filesystem::path& file);

// Adds the sheets at the end of the document (a name already taken gets
// " (2)" …) and returns the names given. On failure the sheets already added
// are removed and the error passed on.
std::vector<std::string> write_schedule_sheets(const DocumentRef& document, const ScheduleSheets& sheets,
                                               const Changed& changed = no_hook);

// Removes the sheets write_schedule_sheets added (an undo).
void remove_schedule_sheets(const DocumentRef& document, const std::vector<std::string>& names,
                            const Changed& changed = no_hook);

}  // namespace pmocalc::uno
