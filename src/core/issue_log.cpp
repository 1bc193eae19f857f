#include "issue_log.hpp"

namespace pmocalc {

Outcome<IssueDates> make_issue_dates(Day raised, std::optional<Day> closed) {
    if (closed && *closed < raised)
        return invalid_input(Msg::closed_before_raised);
    return IssueDates{raised, closed};
}

bool is_open_on(const IssueDates& issue, Day status_date) {
    return issue.raised <= status_date && (!issue.closed || *issue.closed > status_date);
}

std::int64_t age_in_days(const IssueDates& issue, Day status_date) { return status_date - issue.raised; }

}  // namespace pmocalc
