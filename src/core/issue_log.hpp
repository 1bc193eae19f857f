// The issue log (課題管理表): which issues are open on a given day and how old they are.
#pragma once

#include <cstdint>
#include <optional>

#include "calendar.hpp"
#include "outcome.hpp"

namespace pmocalc {

struct IssueDates {
    Day raised;
    std::optional<Day> closed;
};

// Closing before raising is a data error in the log.
Outcome<IssueDates> make_issue_dates(Day raised, std::optional<Day> closed);

// Raised on or before the status date and not closed by it (closed blank or later).
bool is_open_on(const IssueDates& issue, Day status_date);

// Calendar days from raising to the status date.
std::int64_t age_in_days(const IssueDates& issue, Day status_date);

}  // namespace pmocalc
