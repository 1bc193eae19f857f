// Working-day calendars: which days count when a schedule is measured, as
// NETWORKDAYS.INTL counts them (a Monday-first weekend mask plus holidays).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "outcome.hpp"

namespace pmocalc {

// A day as Calc's default date serial: day 0 is 1899-12-30 (a Saturday).
// Documents with another null date are shifted into this frame by the adapter.
using Day = std::int64_t;

struct CivilDate {
    int year;
    unsigned month;  // 1..12
    unsigned day;    // 1..31
};

// The dates pmocalc accepts, as date cells and as text alike: 1900-01-01 …
// 2199-12-31 (Calc serials 2 … 109574).
inline constexpr Day first_plausible_day = 2;
inline constexpr Day last_plausible_day = 109574;

// Proleptic Gregorian conversions (std::chrono's civil calendar, years
// -32767 … 32767: a day beyond it gives the first or last day of that range).
Day day_from_civil(CivilDate date);
CivilDate civil_from_day(Day day);

// Days to add to a document's date serials to reach the core's frame: 0 for
// Calc's default null date 1899-12-30, 1462 for the 1904 system.
Day null_date_offset(CivilDate null_date);

// The first day of the period of `period_days` days that holds `day`, periods
// being laid end to end from `anchor` (which starts one) in both directions.
Day period_start(Day day, Day anchor, int period_days);

// "2025-01-06".
std::string iso_date(Day day);

// Monday = 0 … Sunday = 6.
int weekday_monday_first(Day day);

class WeekendMask {
public:
    // Saturday and Sunday off: NETWORKDAYS.INTL's default "0000011".
    WeekendMask();

    // Seven characters '0'/'1', Monday first, '1' = non-working (NETWORKDAYS.INTL).
    static Outcome<WeekendMask> parse(std::string_view mask);
    // NETWORKDAYS.INTL's numeric codes: 1..7 two-day weekends, 11..17 one day.
    static Outcome<WeekendMask> from_code(int code);

    bool is_weekend(Day day) const { return off_[weekday_monday_first(day)]; }
    int working_days_per_week() const { return working_per_week_; }

private:
    explicit WeekendMask(std::array<bool, 7> off);
    std::array<bool, 7> off_;
    int working_per_week_;
};

class WorkCalendar {
public:
    WorkCalendar() = default;
    WorkCalendar(WeekendMask weekend, std::vector<Day> holidays);

    bool is_working_day(Day day) const;
    int working_days_per_week() const { return weekend_.working_days_per_week(); }
    // Working days in first..last, both inclusive; 0 when last < first. O(log holidays).
    std::int64_t working_days(Day first, Day last) const;
    // The n-th working day from `first` on (n ≥ 1; `first` itself counts when
    // it is one); nullopt beyond last_plausible_day.
    std::optional<Day> nth_working_day(Day first, std::int64_t n) const;

private:
    std::int64_t holidays_within(Day first, Day last) const;

    WeekendMask weekend_;
    std::vector<Day> working_holidays_;  // sorted, unique, only those not already weekend
};

}  // namespace pmocalc
