#include "calendar.hpp"

#include <algorithm>
#include <cstdio>

namespace pmocalc {

namespace {

// Days from 1970-01-01 to 1899-12-30.
constexpr Day unix_epoch_offset = 25569;

Day floor_div(Day a, Day b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

Day day_from_civil(CivilDate date) {
    const Day y = static_cast<Day>(date.year) - (date.month <= 2);
    const Day era = floor_div(y, 400);
    const Day yoe = y - era * 400;
    const Day mp = (date.month + 9) % 12;
    const Day doy = (153 * mp + 2) / 5 + date.day - 1;
    const Day doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + unix_epoch_offset;
}

CivilDate civil_from_day(Day day) {
    const Day z = day - unix_epoch_offset + 719468;
    const Day era = floor_div(z, 146097);
    const Day doe = z - era * 146097;
    const Day yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const Day doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const Day mp = (5 * doy + 2) / 153;
    const auto d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
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
        return invalid_input("weekend mask must have 7 characters (Monday first, 1 = non-working), got \"" +
                             std::string(mask) + "\"");
    std::array<bool, 7> off{};
    for (std::size_t i = 0; i < 7; ++i) {
        if (mask[i] != '0' && mask[i] != '1')
            return invalid_input("weekend mask may hold only 0 and 1, got \"" + std::string(mask) + "\"");
        off[i] = mask[i] == '1';
    }
    if (std::all_of(off.begin(), off.end(), [](bool o) { return o; }))
        return invalid_input("weekend mask \"1111111\" leaves no working day");
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
        return invalid_input("weekend code must be 1..7 or 11..17 (as in NETWORKDAYS.INTL), got " +
                             std::to_string(code));
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

}  // namespace pmocalc
