#include "core/calendar.hpp"

#include <limits>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

TEST(Calendar, CalcSerialsMatchCivilDates) {
    EXPECT_EQ(day_from_civil({1899, 12, 30}), 0);
    EXPECT_EQ(day_from_civil({1900, 1, 1}), 2);
    EXPECT_EQ(day_from_civil({2025, 1, 6}), 45663);  // =DATE(2025;1;6) in Calc
    const CivilDate back = civil_from_day(45663);
    EXPECT_EQ(back.year, 2025);
    EXPECT_EQ(back.month, 1u);
    EXPECT_EQ(back.day, 6u);
}

TEST(Calendar, RoundTripsAcrossCenturiesAndLeapDays) {
    for (Day d = date(1600, 1, 1); d <= date(2400, 12, 31); d += 97) {
        const CivilDate c = civil_from_day(d);
        EXPECT_EQ(day_from_civil(c), d);
    }
    EXPECT_EQ(date(2024, 3, 1) - date(2024, 2, 28), 2);
    EXPECT_EQ(date(2100, 3, 1) - date(2100, 2, 28), 1);
}

// Found by fuzz_calendar: a day far outside the calendar overflowed (signed
// integer overflow in std::chrono); any Day now gives a date.
TEST(Calendar, EveryDayHasADate) {
    EXPECT_EQ(iso_date(std::numeric_limits<Day>::min()), "-32767-01-01");
    EXPECT_EQ(iso_date(std::numeric_limits<Day>::max()), "32767-12-31");
    EXPECT_EQ(day_from_civil(civil_from_day(day_from_civil({32767, 12, 31}))), day_from_civil({32767, 12, 31}));
    EXPECT_EQ(day_from_civil(civil_from_day(day_from_civil({-32767, 1, 1}))), day_from_civil({-32767, 1, 1}));
    EXPECT_EQ(MessageArg::date(std::numeric_limits<Day>::min()).render(Language::en), "-32767-01-01");
    EXPECT_EQ(MessageArg::date(std::numeric_limits<Day>::max()).render(Language::en), "32767-12-31");
}

TEST(Calendar, WeekdaysAreMondayFirst) {
    EXPECT_EQ(weekday_monday_first(0), 5);                 // 1899-12-30 was a Saturday
    EXPECT_EQ(weekday_monday_first(date(2025, 1, 6)), 0);  // a Monday
    EXPECT_EQ(weekday_monday_first(date(2025, 1, 12)), 6);
    EXPECT_EQ(weekday_monday_first(-1), 4);  // before the epoch too
}

TEST(WeekendMask, ParsesSevenZeroOneCharacters) {
    const auto mask = WeekendMask::parse("0000001");
    ASSERT_TRUE(mask.ok());
    EXPECT_EQ(mask->working_days_per_week(), 6);
    EXPECT_TRUE(mask->is_weekend(date(2025, 1, 12)));   // Sunday
    EXPECT_FALSE(mask->is_weekend(date(2025, 1, 11)));  // Saturday works
}

TEST(WeekendMask, RejectsMalformedMasks) {
    EXPECT_TRUE(test::is_invalid(WeekendMask::parse("000011")));
    EXPECT_TRUE(test::is_invalid(WeekendMask::parse("00000x1")));
    EXPECT_TRUE(test::is_invalid(WeekendMask::parse("1111111")));
}

TEST(WeekendMask, UnderstandsNetworkdaysIntlCodes) {
    const auto friday_saturday = WeekendMask::from_code(7);
    ASSERT_TRUE(friday_saturday.ok());
    EXPECT_TRUE(friday_saturday->is_weekend(date(2025, 1, 10)));
    EXPECT_TRUE(friday_saturday->is_weekend(date(2025, 1, 11)));
    EXPECT_FALSE(friday_saturday->is_weekend(date(2025, 1, 12)));
    const auto sunday_only = WeekendMask::from_code(11);
    ASSERT_TRUE(sunday_only.ok());
    EXPECT_EQ(sunday_only->working_days_per_week(), 6);
    EXPECT_TRUE(sunday_only->is_weekend(date(2025, 1, 12)));
    EXPECT_TRUE(test::is_invalid(WeekendMask::from_code(8)));
    EXPECT_TRUE(test::is_invalid(WeekendMask::from_code(0)));
}

TEST(WorkCalendar, CountsLikeNetworkdays) {
    const WorkCalendar calendar;
    EXPECT_EQ(calendar.working_days(date(2025, 1, 6), date(2025, 1, 10)), 5);
    EXPECT_EQ(calendar.working_days(date(2025, 1, 6), date(2025, 1, 12)), 5);
    EXPECT_EQ(calendar.working_days(date(2025, 1, 11), date(2025, 1, 12)), 0);
    EXPECT_EQ(calendar.working_days(date(2025, 1, 1), date(2025, 12, 31)), 261);
    EXPECT_EQ(calendar.working_days(date(2025, 1, 10), date(2025, 1, 6)), 0);
}

TEST(WorkCalendar, HolidaysOnWorkingDaysAreSkippedOnce) {
    // Golden Week 2025: 4/29 (Tue), 5/3 (Sat), 5/4 (Sun), 5/5 (Mon), 5/6 (Tue).
    const WorkCalendar calendar(WeekendMask(), {date(2025, 4, 29), date(2025, 5, 3), date(2025, 5, 4),
                                                date(2025, 5, 5), date(2025, 5, 6), date(2025, 5, 6)});
    EXPECT_EQ(calendar.working_days(date(2025, 4, 28), date(2025, 5, 9)), 7);
    EXPECT_FALSE(calendar.is_working_day(date(2025, 5, 5)));
    EXPECT_TRUE(calendar.is_working_day(date(2025, 5, 7)));
}

// Found by fuzz_calendar: with one working day a week, the search for the
// n-th working day stopped a day after each holiday, on a weekend.
TEST(WorkCalendar, NthWorkingDayBeyondHolidaysInAShortWeek) {
    const auto sundays_only = WeekendMask::parse("1111110");
    ASSERT_TRUE(sundays_only.ok());
    const WorkCalendar calendar(*sundays_only, {date(2025, 1, 12), date(2025, 1, 19)});
    EXPECT_EQ(calendar.nth_working_day(date(2025, 1, 6), 1), date(2025, 1, 26));
    EXPECT_EQ(calendar.nth_working_day(date(2025, 1, 6), 2), date(2025, 2, 2));
    EXPECT_EQ(WorkCalendar().nth_working_day(date(2025, 1, 6), 5), date(2025, 1, 10));
}

TEST(WorkCalendar, FastCountAgreesWithDayByDayCount) {
    const auto mask = WeekendMask::parse("0010011");
    ASSERT_TRUE(mask.ok());
    const WorkCalendar calendar(*mask, {date(2025, 3, 20), date(2025, 3, 21), date(2025, 7, 1)});
    for (Day first = date(2025, 3, 1); first < date(2025, 3, 15); ++first)
        for (Day last = first - 2; last < first + 150; last += 3) {
            std::int64_t slow = 0;
            for (Day d = first; d <= last; ++d)
                slow += calendar.is_working_day(d) ? 1 : 0;
            ASSERT_EQ(calendar.working_days(first, last), slow) << first << ".." << last;
        }
}

}  // namespace
}  // namespace pmocalc
