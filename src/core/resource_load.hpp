// People across projects: each person's load per ISO week (Monday to Sunday)
// on the working-day calendar, summed over every project, against their
// capacity; the person-weeks above it with what causes them, and a heat map.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "outcome.hpp"
#include "portfolio.hpp"

namespace pmocalc {

// A week is over capacity when its load exceeds the capacity by more than
// this (in full-time persons): typed percentages such as 33 % + 67 % do not
// make a 100.0000001 % overload.
inline constexpr double overload_tolerance = 0.005;
// The weeks loads are computed for: the status week and those around it.
// Assignments reaching beyond are clipped (and said), so a typo of 2205 for
// 2025 costs nothing.
inline constexpr int load_weeks_before_status = 104;
inline constexpr int load_weeks_after_status = 156;
// The heat map's weeks: from 4 weeks before the status week to 12 after it.
inline constexpr int heat_map_weeks_before = 4;
inline constexpr int heat_map_weeks_after = 12;

// The Monday on or before `day`.
Day week_monday(Day day);

// One row's part in a person's week.
struct LoadContribution {
    std::string project_id;
    std::string task_id;
    std::string task_name;
    double allocation = 0;  // of the row, 1 = full time
    double load = 0;        // its share of the week's load: allocation × its working days that week ÷ the week's
};

struct Overload {
    std::size_t person = 0;  // into ResourceLoad::people
    Day week = 0;            // the Monday
    double load = 0;         // Σ allocation × overlap ÷ working days of the week (1 = one full-time person)
    double capacity = 1;
    std::vector<LoadContribution> causes;  // the rows working that week, largest load first
    double of_capacity() const { return load / capacity; }  // 1.3 = 130 %
};

struct PersonLoad {
    std::string name;  // as the People sheet, else the first assignment, spells it
    std::string department;
    double capacity = 1;
    bool capacity_defaulted = false;  // not on a People sheet: 1, said
    double peak_load = 0;             // the highest weekly load in the horizon
    Day peak_week = 0;
    std::size_t weeks_over = 0;       // weeks above capacity in the horizon
    std::vector<double> heat;         // load of each heat-map week
};

struct ResourceLoad {
    Day first_week = 0;  // the horizon's first and last Mondays
    Day last_week = 0;
    Day heat_first_week = 0;
    std::size_t heat_weeks = 0;
    std::vector<PersonLoad> people;   // People sheet order, then as first assigned
    std::vector<Overload> overloads;  // by person, then week
    std::size_t assignments = 0;      // rows counted
    std::size_t defaulted_capacities = 0;
    std::vector<Diagnostic> diagnostics;  // defaulted capacities, clipped rows, rows without a working day
};

// Loads of every person with an assignment (and every person on the People
// sheet). O(rows + people × weeks of the horizon): each row adds its partial
// first and last weeks directly and its full weeks through a difference array.
ResourceLoad analyse_resource_load(const ResourceRecords& records, const WorkCalendar& calendar, Day status_date);

// The allocation of a row: as typed, or hours ÷ (8 × working days of start..finish);
// nullopt when hours fall on no working day.
std::optional<double> allocation_of(const Assignment& assignment, const WorkCalendar& calendar);

struct AllocationSpan {
    Day start = 0;
    Day finish = 0;
    double allocation = 0;
};

// PMO_LOAD: Σ allocation × working days of (start..finish ∩ from..to) ÷
// working days of from..to — the average allocation over those days, 1 = 100 %.
// An invalid input when from..to holds no working day.
Outcome<double> average_load(std::span<const AllocationSpan> rows, Day from, Day to, const WorkCalendar& calendar);

}  // namespace pmocalc
