// What the schedule readers share: the few text forms their files write
// dates, numbers and durations in, and the checks every reader's result gets
// (unique keys, links to known tasks, summaries from the outline).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "schedule_file.hpp"

namespace pmocalc::schedule_parsing {

// The day of "2024-01-15", "2024-01-15T08:00:00", "2024-01-15 08:00" (the
// time of day is dropped); nullopt for anything else or an impossible date.
std::optional<Day> day_of(std::string_view text);
// The time of day of such a text, in hours (8.5 for 08:30); 0 without one.
double hour_of(std::string_view text);
// A plain decimal number ("12", "-3.5", "1e3"), blanks around it allowed.
std::optional<double> number_of(std::string_view text);
// An ISO 8601 duration as MSPDI writes it ("PT40H0M0S", "P1DT4H", "PT0H30M0S") in hours.
std::optional<double> hours_of(std::string_view iso_duration);

std::string_view trimmed(std::string_view text);

// The checks every reader's schedule gets last: a repeated key (the second
// task left out), links to keys of no task (left out), summaries from the
// outline levels where the file does not say, and no tasks at all (a problem).
Outcome<ScheduleFile> finished(ScheduleFile schedule);

// "Saturday, Sunday" in a language: the week's working days for a note.
MessageArg working_days_text(const std::array<bool, 7>& working);

}  // namespace pmocalc::schedule_parsing
