#include "core/schedule_curve.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

TEST(PlannedCurve, MatchesPlannedValueOnEveryDay) {
    const WorkCalendar calendar(WeekendMask(), {date(2025, 1, 13)});
    const std::vector<TaskPlan> tasks{{1000, date(2025, 1, 6), date(2025, 1, 17)},
                                      {300, date(2025, 1, 8), date(2025, 1, 21)},
                                      {50, date(2025, 1, 11), date(2025, 1, 12)}};  // a weekend-only task
    const PlannedCurve curve(tasks, calendar);
    EXPECT_EQ(curve.start(), date(2025, 1, 6));
    EXPECT_EQ(curve.finish(), date(2025, 1, 21));
    for (Day day = date(2025, 1, 1); day <= date(2025, 1, 25); ++day) {
        double expected = 0;
        for (const TaskPlan& task : tasks)
            expected += planned_value(task, day, calendar);
        EXPECT_TRUE(close_enough(curve.at(day), expected, 1e-9)) << iso_date(day);
    }
}

TEST(PlannedCurve, PeriodsAreWorkingDaysOrWorkingWeeks) {
    const WorkCalendar calendar;
    const PlannedCurve curve(std::vector<TaskPlan>{{1000, date(2025, 1, 6), date(2025, 1, 17)}}, calendar);
    const auto days = curve.per_period(EsPeriod::working_days, calendar);
    ASSERT_EQ(days.size(), 10u);
    EXPECT_TRUE(close_enough(days[2], 300));
    const auto weeks = curve.per_period(EsPeriod::weeks, calendar);
    ASSERT_EQ(weeks.size(), 2u);
    EXPECT_TRUE(close_enough(weeks[0], 500));
    EXPECT_EQ(curve.periods_until(date(2025, 1, 12), EsPeriod::working_days, calendar), 5);
    EXPECT_EQ(curve.periods_until(date(2025, 1, 10), EsPeriod::weeks, calendar), 1);
    EXPECT_EQ(curve.day_after(3, EsPeriod::working_days, calendar), date(2025, 1, 8));
    EXPECT_EQ(curve.day_after(2.2, EsPeriod::weeks, calendar), date(2025, 1, 20));  // 11 working days
    EXPECT_EQ(curve.day_after(1e12, EsPeriod::weeks, calendar), std::nullopt);
}

TEST(WorkCalendar, NthWorkingDay) {
    const WorkCalendar calendar(WeekendMask(), {date(2025, 1, 13)});
    EXPECT_EQ(calendar.nth_working_day(date(2025, 1, 6), 1), date(2025, 1, 6));
    EXPECT_EQ(calendar.nth_working_day(date(2025, 1, 4), 1), date(2025, 1, 6));  // from a Saturday
    EXPECT_EQ(calendar.nth_working_day(date(2025, 1, 6), 6), date(2025, 1, 14));  // 13 Jan is a holiday
    EXPECT_EQ(calendar.nth_working_day(date(2199, 12, 1), 100), std::nullopt);
}

}  // namespace
}  // namespace pmocalc
