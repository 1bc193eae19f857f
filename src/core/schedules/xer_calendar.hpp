// A Primavera P6 calendar from its XER CALENDAR row (read by xer_reader.cpp):
// clndr_data's working week and hours, its exceptions as holidays and
// working days, and day_hr_cnt's hours per day.
#pragma once

#include "../calendar.hpp"
#include "schedule_file.hpp"
#include "xer_tables.hpp"

namespace pmocalc::xer {

struct XerCalendar {
    ScheduleCalendar calendar;
    WorkCalendar work;
    double day_start = 8, day_end = 17;  // the working day's first and last hour
    bool readable = true;
    bool used = false;  // set by the reader: some activity or the project uses it
};

// The calendar of a CALENDAR row; not readable (and the standard week) where clndr_data gives no working day.
XerCalendar read_calendar(const Row& row);

}  // namespace pmocalc::xer
