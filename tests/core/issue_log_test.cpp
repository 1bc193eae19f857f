#include "core/issue_log.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

TEST(IssueLog, OpenMeansRaisedAndNotYetClosed) {
    const Day status = date(2025, 6, 30);
    EXPECT_TRUE(is_open_on({date(2025, 6, 1), std::nullopt}, status));
    EXPECT_TRUE(is_open_on({date(2025, 6, 1), date(2025, 7, 1)}, status));
    EXPECT_FALSE(is_open_on({date(2025, 6, 1), date(2025, 6, 30)}, status));
    EXPECT_FALSE(is_open_on({date(2025, 7, 1), std::nullopt}, status));
    EXPECT_TRUE(is_open_on({status, std::nullopt}, status));
}

TEST(IssueLog, AgeInCalendarDays) {
    EXPECT_EQ(age_in_days({date(2025, 6, 1), std::nullopt}, date(2025, 6, 30)), 29);
}

TEST(IssueLog, ClosingBeforeRaisingIsAnError) {
    EXPECT_TRUE(test::is_invalid(make_issue_dates(date(2025, 6, 2), date(2025, 6, 1))));
    EXPECT_TRUE(make_issue_dates(date(2025, 6, 2), date(2025, 6, 2)).ok());
}

}  // namespace
}  // namespace pmocalc
