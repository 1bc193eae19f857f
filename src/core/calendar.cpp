#include "calendar.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace pmocalc {

namespace {

// 1899-12-30, Calc's default null date, as a std::chrono day.
constexpr std::chrono::sys_days calc_epoch{std::chrono::year{1899} / std::chrono::December / 30};

// The days std::chrono's civil calendar holds (years -32767 … 32767).
constexpr Day earliest_civil_day =
    (std::chrono::sys_days{std::chrono::year::min() / std::chrono::January / 1} - calc_epoch).count();
constexpr Day latest_civil_day =
    (std::chrono::sys_days{std::chrono::year::max() / std::chrono::December / 31} - calc_epoch).count();

Day floor_div(Day a, Day b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

Day day_from_civil(CivilDate date) {
    const std::chrono::year_month_day ymd{std::chrono::year{date.year}, std::chrono::month{date.month},
                                          std::chrono::day{date.day}};
    return (std::chrono::sys_days{ymd} - calc_epoch).count();
}

CivilDate civil_from_day(Day day) {
    day = std::clamp(day, earliest_civil_day, latest_civil_day);  // beyond, the first or last day it holds
    const std::chrono::year_month_day ymd{calc_epoch + std::chrono::days{day}};
    return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

Day null_date_offset(CivilDate null_date) { return day_from_civil(null_date); }

Day period_start(Day day, Day anchor, int period_days) {
    return anchor + period_days * floor_div(day - anchor, period_days);
}

std::string iso_date(Day day) {
    const CivilDate c = civil_from_day(day);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
    return buffer;
}

int weekday_monday_first(Day day) {
    // Day 0 is a Saturday, index 5 when Monday is 0.
    const Day r = (day + 5) % 7;
    return static_cast<int>(r < 0 ? r + 7 : r);
}

WeekendMask::WeekendMask() : WeekendMask({false, false, false, false, false, true, true}) {}

WeekendMask::WeekendMask(std::array<bool, 7> off)
    : off_(off), working_per_week_(static_cast<int>(std::count(off.begin(), off.end(), false))) {}

Outcome<WeekendMask> WeekendMask::parse(std::string_view mask) {
    if (mask.size() != 7)
        return invalid_input({Msg::weekend_mask_length, {mask}});
    std::array<bool, 7> off{};
    for (std::size_t i = 0; i < 7; ++i) {
        if (mask[i] != '0' && mask[i] != '1')
            return invalid_input({Msg::weekend_mask_characters, {mask}});
        off[i] = mask[i] == '1';
    }
    if (std::all_of(off.begin(), off.end(), [](bool o) { return o; }))
        return invalid_input(Msg::weekend_mask_no_working_day);
    return WeekendMask(off);
}

Outcome<WeekendMask> WeekendMask::from_code(int code) {
    std::array<bool, 7> off{};
    if (code >= 1 && code <= 7) {
        // 1 = Saturday+Sunday, 2 = Sunday+Monday, … 7 = Friday+Saturday.
        const int first = (code + 4) % 7;
        off[first] = true;
        off[(first + 1) % 7] = true;
    } else if (code >= 11 && code <= 17) {
        // 11 = Sunday only, 12 = Monday only, … 17 = Saturday only.
        off[(code - 11 + 6) % 7] = true;
    } else {
        return invalid_input({Msg::weekend_code_unknown, {code}});
    }
    return WeekendMask(off);
}

WorkCalendar::WorkCalendar(WeekendMask weekend, std::vector<Day> holidays) : weekend_(weekend) {
    std::erase_if(holidays, [&](Day d) { return weekend_.is_weekend(d); });
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
    working_holidays_ = std::move(holidays);
}

bool WorkCalendar::is_working_day(Day day) const {
    return !weekend_.is_weekend(day) &&
           !std::binary_search(working_holidays_.begin(), working_holidays_.end(), day);
}

std::int64_t WorkCalendar::holidays_within(Day first, Day last) const {
    const auto lo = std::lower_bound(working_holidays_.begin(), working_holidays_.end(), first);
    const auto hi = std::upper_bound(lo, working_holidays_.end(), last);
    return hi - lo;
}

std::int64_t WorkCalendar::working_days(Day first, Day last) const {
    if (last < first)
        return 0;
    const Day span = last - first + 1;
    std::int64_t count = (span / 7) * weekend_.working_days_per_week();
    for (Day d = first + (span / 7) * 7; d <= last; ++d)
        count += weekend_.is_weekend(d) ? 0 : 1;
    return count - holidays_within(first, last);
}

std::optional<Day> WorkCalendar::nth_working_day(Day first, std::int64_t n) const {
    if (n < 1)
        return first;
    // The smallest `last` with n working days in first..last: within whole
    // weeks of working days, plus a week for each holiday (a week holds at
    // least one working day; the next day may well be a weekend).
    const std::int64_t per_week = weekend_.working_days_per_week();
    Day low = first;
    Day high = first + 7 * (n / per_week + 1 + static_cast<Day>(working_holidays_.size()));
    if (high > last_plausible_day) {
        if (working_days(first, last_plausible_day) < n)
            return std::nullopt;
        high = last_plausible_day;
    }
    while (low < high) {
        const Day middle = low + (high - low) / 2;
        if (working_days(first, middle) >= n)
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

}  // namespace pmocalc
