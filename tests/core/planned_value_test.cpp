#include "core/planned_value.hpp"

#include <limits>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// MS Project SPI documentation: a 4-day task, budget 100; after 2 days PV is 50.
TEST(PlannedValue, MsProjectFourDayTask) {
    const TaskPlan task{100, date(2025, 1, 6), date(2025, 1, 9)};
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 1, 7), WorkCalendar()), 50);
}

// Found by fuzz_calendar: a budget that is not a number passed as not negative.
TEST(PlannedValue, ABudgetThatIsNoNumberIsNoPlan) {
    EXPECT_TRUE(test::is_invalid(make_task_plan(std::numeric_limits<double>::quiet_NaN(), date(2025, 1, 6),
                                                date(2025, 1, 9))));
    EXPECT_TRUE(test::is_invalid(make_task_plan(-1, date(2025, 1, 6), date(2025, 1, 9))));
    EXPECT_TRUE(make_task_plan(0, date(2025, 1, 6), date(2025, 1, 9)).ok());
}

TEST(PlannedValue, NothingBeforeStartEverythingFromFinish) {
    const TaskPlan task{100, date(2025, 1, 6), date(2025, 1, 9)};
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 1, 5), WorkCalendar()), 0);
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 1, 9), WorkCalendar()), 100);
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 3, 1), WorkCalendar()), 100);
}

TEST(PlannedValue, WeekendsAndHolidaysEarnNothing) {
    // Mon 2025-04-28 .. Fri 2025-05-09 has 7 working days in Golden Week.
    const WorkCalendar calendar(WeekendMask(), {date(2025, 4, 29), date(2025, 5, 5), date(2025, 5, 6)});
    const TaskPlan task{70, date(2025, 4, 28), date(2025, 5, 9)};
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 5, 6), calendar), 40);  // 4/28, 4/30, 5/1, 5/2
    EXPECT_DOUBLE_EQ(planned_value(task, date(2025, 5, 7), calendar), 50);
}

TEST(PlannedValue, WeekendMilestoneIsPlannedOnItsDate) {
    const TaskPlan milestone{10, date(2025, 1, 11), date(2025, 1, 11)};
    EXPECT_DOUBLE_EQ(planned_value(milestone, date(2025, 1, 10), WorkCalendar()), 0);
    EXPECT_DOUBLE_EQ(planned_value(milestone, date(2025, 1, 11), WorkCalendar()), 10);
}

TEST(EarnedValue, BudgetTimesPercent) {
    EXPECT_TRUE(test::has_value(earned_value(100, 0.6), 60));  // MS Project SPI doc: 60 % of 100
    EXPECT_TRUE(test::has_value(earned_value(100, 1), 100));
    EXPECT_TRUE(test::is_invalid(earned_value(100, 1.2)));
    EXPECT_TRUE(test::is_invalid(earned_value(100, -0.1)));
    EXPECT_TRUE(test::is_invalid(earned_value(100, 60)));  // 0–100 instead of 0–1
}

TEST(ScheduleSlip, SignedWorkingDays) {
    const WorkCalendar calendar;
    EXPECT_EQ(schedule_slip(date(2025, 1, 10), date(2025, 1, 13), calendar), 1);  // Fri -> Mon
    EXPECT_EQ(schedule_slip(date(2025, 1, 13), date(2025, 1, 10), calendar), -1);
    EXPECT_EQ(schedule_slip(date(2025, 1, 10), date(2025, 1, 10), calendar), 0);
    EXPECT_EQ(schedule_slip(date(2025, 1, 10), date(2025, 1, 12), calendar), 0);  // to Sunday
    EXPECT_EQ(schedule_slip(date(2025, 1, 6), date(2025, 1, 20), calendar), 10);
}

TEST(ScheduleSlip, HolidaysAreNotSlip) {
    const WorkCalendar golden_week(WeekendMask(), {date(2025, 4, 29), date(2025, 5, 5), date(2025, 5, 6)});
    EXPECT_EQ(schedule_slip(date(2025, 4, 28), date(2025, 5, 7), golden_week), 4);  // 4/30 5/1 5/2 5/7
}

}  // namespace
}  // namespace pmocalc
