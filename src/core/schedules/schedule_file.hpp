// A project schedule as another scheduling tool saved it — MS Project's XML
// (MSPDI, also inside ProjectLibre's .pod), a Primavera P6 export (XER) or a
// GanttProject file (.gan) — read into one model that keeps what the file
// means: the outline, WBS codes, dates, baseline, progress, links with their
// four types and lags, the calendar, resources and assignments. Whatever a
// reader does not understand is a note naming the element or table, never a
// silent drop. Readers parse bytes handed to them: no file I/O here.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../calendar.hpp"
#include "../messages.hpp"
#include "../outcome.hpp"
#include "../predecessors.hpp"

namespace pmocalc {

enum class ScheduleFormat { mspdi, xer, gan };

std::string_view schedule_format_name(ScheduleFormat format);  // "MS Project XML", "Primavera P6 XER", "GanttProject"

// The format a file's name and first bytes say it is (".xml" with an MSPDI
// <Project>, ".pod" with one after its separator line, ".xer" starting
// ERMHDR, ".gan"); nullopt for anything else.
std::optional<ScheduleFormat> schedule_format_of(std::string_view file_name, std::string_view first_bytes);

// A predecessor link, its lag in working days of the task's calendar (the
// file's own unit converted: MSPDI tenths of a minute by its minutes per
// day, XER hours by the calendar's hours per day, GanttProject days).
struct ScheduleLink {
    std::string predecessor;  // the predecessor's key (ScheduleTask::key)
    LinkType type = LinkType::finish_start;
    double lag_days = 0;
};

// MS Project's constraint types (MSPDI ConstraintType 0–7); P6's map onto
// them (CS_MSO → must_start_on, CS_MSOA → start_no_earlier_than …).
enum class ScheduleConstraint {
    as_soon_as_possible, as_late_as_possible, must_start_on, must_finish_on,
    start_no_earlier_than, start_no_later_than, finish_no_earlier_than, finish_no_later_than,
};

struct ScheduleTask {
    std::string key;   // unique in the file: MSPDI UID, XER task_id, GanttProject id
    std::string id;    // the ID a person sees and links by: MSPDI ID, XER task_code, GanttProject id
    std::string wbs;   // the WBS code or outline number ("1.2.3"), or ""
    std::string name;
    int outline_level = 1;  // 1 = top level
    bool summary = false;   // the parent of the tasks after it (its figures are theirs)
    bool milestone = false;
    // The dates the tool scheduled (MSPDI Start/Finish, XER early or actual
    // dates, GanttProject start + duration); finish is the last working day.
    std::optional<Day> start, finish;
    std::optional<Day> early_start, early_finish;  // CPM early dates, where the file keeps them apart
    double duration_days = 0;  // working days as the file gives them
    std::optional<Day> baseline_start, baseline_finish;
    std::optional<double> baseline_cost;  // BAC of the task
    std::optional<double> bcws, bcwp;     // as the tool computed them at the status date
    std::optional<double> cost;           // planned (current) cost
    std::optional<double> work_hours;     // planned work
    std::optional<double> percent_complete;  // 0..1: physical % complete where the file has one
    std::optional<Day> actual_start, actual_finish;
    std::optional<double> actual_cost;
    std::optional<Day> deadline;
    ScheduleConstraint constraint = ScheduleConstraint::as_soon_as_possible;
    std::optional<Day> constraint_date;
    std::vector<ScheduleLink> predecessors;
    std::size_t line = 0;  // where the task is in the file (a line), for messages
};

struct ScheduleResource {
    std::string key;   // unique in the file
    std::string name;
    double max_units = 1;  // 1 = one full-time person
    std::string group;     // department / role, or ""
    std::optional<double> standard_rate;  // per hour
};

struct ScheduleAssignment {
    std::string task;      // ScheduleTask::key
    std::string resource;  // ScheduleResource::key
    double units = 1;      // 1 = full time
    std::optional<double> work_hours;
    std::optional<Day> start, finish;
};

struct ScheduleCalendar {
    std::string name;
    std::array<bool, 7> working{true, true, true, true, true, false, false};  // Monday first
    double hours_per_day = 8;
    std::vector<Day> holidays;       // non-working days the calendar makes exceptions of
    std::vector<Day> extra_working;  // working days on a weekend (kept to be said: pmocalc's calendar has none)
};

// Something in the file the reader left out or read by a rule worth saying:
// the element or table and, where there is one, its line.
struct ScheduleNote {
    Message message;
    std::size_t line = 0;  // 0: the whole file
    bool error = false;    // a task or link lost (else a note)
};

struct ScheduleFile {
    ScheduleFormat format = ScheduleFormat::mspdi;
    std::string project_id;    // a short code (XER proj_short_name), or ""
    std::string project_name;
    std::string application;   // the tool that wrote it, as it says ("Microsoft Project 16.0")
    std::optional<Day> status_date;  // MSPDI StatusDate, XER last_recalc_date / data date
    std::optional<Day> project_start;
    std::optional<Day> project_finish;
    std::string currency;      // ISO code or symbol, or ""
    bool has_baseline = false;
    ScheduleCalendar calendar;  // the project's calendar
    std::vector<ScheduleTask> tasks;  // in the file's order: the outline's order
    std::vector<ScheduleResource> resources;
    std::vector<ScheduleAssignment> assignments;
    std::vector<ScheduleNote> notes;
};

// Each reader: the schedule, or why the bytes are not one (not XML, not the
// format, no tasks); never throws on any input.
Outcome<ScheduleFile> read_mspdi(std::string_view bytes);
Outcome<ScheduleFile> read_xer(std::string_view bytes);
Outcome<ScheduleFile> read_gan(std::string_view bytes);
// By schedule_format_of; invalid_input for a name and bytes of no schedule format.
Outcome<ScheduleFile> read_schedule(std::string_view file_name, std::string_view bytes);

}  // namespace pmocalc
