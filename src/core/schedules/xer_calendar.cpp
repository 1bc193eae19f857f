// The CALENDAR table's clndr_data, parsed for the XER reader.
#include "xer_calendar.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schedule_parsing.hpp"

namespace pmocalc::xer {

using namespace schedule_parsing;

namespace {

// clndr_data nests "(0||name(attributes)(children))": DaysOfWeek holds days
// 1 (Sunday) … 7 with "(0||0(s|08:00|f|12:00)())" work intervals,
// Exceptions holds "(0||n(d|45306)(intervals))" dates.
struct CalendarNode {
    std::string_view name, attributes;
    std::vector<CalendarNode> children;
};

// Exports put blanks, line breaks or DEL (\x7f) between the parts, and may
// cut the text short: what parses before the cut is kept.
class CalendarText {
public:
    explicit CalendarText(std::string_view text) : text_(text) {}

    bool node(CalendarNode& out, int depth = 0) {
        if (!take('(') || depth > 16)
            return false;
        const std::string_view head = until('(');
        const auto bars = head.rfind("||");
        out.name = trimmed(bars == std::string_view::npos ? head : head.substr(bars + 2));
        if (!take('('))
            return false;
        out.attributes = until(')');
        if (!take(')') || !take('('))
            return false;
        while (skip(), at_ < text_.size() && text_[at_] != ')') {
            if (text_[at_] != '(') {
                ++at_;  // stray text between children
                continue;
            }
            out.children.emplace_back();
            if (!node(out.children.back(), depth + 1))
                return false;
        }
        return take(')') && take(')');
    }

private:
    void skip() {
        while (at_ < text_.size() && (static_cast<unsigned char>(text_[at_]) <= ' ' || text_[at_] == '\x7f'))
            ++at_;
    }
    bool take(char c) {
        skip();
        if (at_ >= text_.size() || text_[at_] != c)
            return false;
        ++at_;
        return true;
    }
    std::string_view until(char c) {
        const std::size_t end = std::min(text_.find(c, at_), text_.size());
        const std::string_view part = text_.substr(at_, end - at_);
        at_ = end;
        return part;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

const CalendarNode* child_named(const CalendarNode& node, std::string_view name) {
    for (const CalendarNode& child : node.children)
        if (child.name == name)
            return &child;
    return nullptr;
}

// The value of a key in "s|08:00|f|12:00" (keys and values alternate).
std::optional<std::string_view> attribute(std::string_view attributes, std::string_view key) {
    std::vector<std::string_view> parts;
    split_tabs(attributes, parts, '|');
    for (std::size_t i = 0; i + 1 < parts.size(); i += 2)
        if (trimmed(parts[i]) == key)
            return trimmed(parts[i + 1]);
    return std::nullopt;
}

std::optional<double> clock_of(std::optional<std::string_view> text) {
    if (!text)
        return std::nullopt;
    const auto colon = text->find(':');
    const auto hours = number_of(text->substr(0, colon));
    const auto minutes = colon == std::string_view::npos ? std::optional<double>(0) : number_of(text->substr(colon + 1));
    if (!hours || !minutes || *hours < 0 || *hours > 24 || *minutes < 0 || *minutes >= 60)
        return std::nullopt;
    return *hours + *minutes / 60;
}

struct WorkHours {
    double hours = 0, first = 24, last = 0;  // the total, the first and last hour of work
};

// The work intervals under a day; an interval ending at or before its start
// runs past midnight (P6 writes a 24-hour day as s|00:00|f|00:00).
WorkHours work_hours_of(const CalendarNode& day) {
    WorkHours work;
    for (const CalendarNode& interval : day.children) {
        const auto start = clock_of(attribute(interval.attributes, "s"));
        auto finish = clock_of(attribute(interval.attributes, "f"));
        if (!start || !finish)
            continue;
        if (*finish <= *start)
            *finish += 24;
        work.hours += *finish - *start;
        work.first = std::min(work.first, *start);
        work.last = std::max(work.last, *finish);
    }
    return work;
}

// DaysOfWeek day n (1 = Sunday) as pmocalc's Monday-first index.
std::optional<std::size_t> weekday_of(std::string_view name) {
    const auto n = number_of(name);
    if (!n || *n < 1 || *n > 7 || *n != std::floor(*n))
        return std::nullopt;
    return static_cast<std::size_t>((static_cast<int>(*n) + 5) % 7);
}

void read_exceptions(const CalendarNode& exceptions, ScheduleCalendar& cal) {
    for (const CalendarNode& e : exceptions.children) {
        const auto serial = number_of(attribute(e.attributes, "d").value_or(""));
        if (!serial || *serial < first_plausible_day || *serial > last_plausible_day)
            continue;
        const Day day = static_cast<Day>(*serial);
        const bool weekday_works = cal.working[static_cast<std::size_t>(weekday_monday_first(day))];
        const bool works = work_hours_of(e).hours > 0;
        if (weekday_works && !works)
            cal.holidays.push_back(day);
        else if (!weekday_works && works)
            cal.extra_working.push_back(day);
    }
}

}  // namespace

XerCalendar read_calendar(const Row& row) {
    XerCalendar x;
    ScheduleCalendar& cal = x.calendar;
    cal.name = row["clndr_name"];
    CalendarNode root;
    CalendarText(row["clndr_data"]).node(root);
    const CalendarNode* week = child_named(root, "DaysOfWeek");
    x.readable = week && !week->children.empty();
    double week_hours = 0, first = 24, last = 0;
    if (x.readable) {
        cal.working.fill(false);
        for (const CalendarNode& day : week->children) {
            const auto weekday = weekday_of(day.name);
            const WorkHours work = work_hours_of(day);
            if (!weekday || work.hours <= 0)
                continue;
            cal.working[*weekday] = true;
            week_hours += work.hours;
            first = std::min(first, work.first);
            last = std::max(last, work.last);
        }
        if (std::find(cal.working.begin(), cal.working.end(), true) == cal.working.end()) {
            x.readable = false;  // a week without work is no calendar pmocalc can count with
            cal.working = ScheduleCalendar{}.working;
        }
    }
    if (const CalendarNode* exceptions = child_named(root, "Exceptions"))
        read_exceptions(*exceptions, cal);
    const auto day_hours = number_of(row["day_hr_cnt"]);
    const auto working_days = std::count(cal.working.begin(), cal.working.end(), true);
    if (day_hours && *day_hours > 0 && *day_hours <= 24)
        cal.hours_per_day = *day_hours;
    else if (week_hours > 0)
        cal.hours_per_day = week_hours / static_cast<double>(working_days);
    if (last > first) {
        x.day_start = first;
        x.day_end = last;
    }
    std::string mask;
    for (const bool works : cal.working)
        mask += works ? '0' : '1';
    const auto weekend = WeekendMask::parse(mask);
    x.work = WorkCalendar(weekend ? *weekend : WeekendMask{}, cal.holidays);
    return x;
}

}  // namespace pmocalc::xer
