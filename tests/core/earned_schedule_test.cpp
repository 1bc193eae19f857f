#include "core/earned_schedule.hpp"

#include <cmath>
#include <limits>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::has_value;

PvCurve curve(std::vector<double> values) {
    auto made = PvCurve::from_cumulative(std::move(values));
    EXPECT_TRUE(made.ok());
    return *made;
}

PvCurve p6_linear() { return curve({100, 200, 300, 400, 500, 600, 700, 800, 900, 1000}); }

// P6 example: 10 days at 100/day, EV 300 at day 5 -> ES 3, SV(t) -2, SPI(t) 0.6.
TEST(EarnedSchedule, P6WorkedExample) {
    const PvCurve pv = p6_linear();
    EXPECT_DOUBLE_EQ(pv.earned_schedule(300), 3);
    EXPECT_TRUE(has_value(schedule_variance_t(pv, 300, 5), -2));
    EXPECT_TRUE(has_value(schedule_performance_index_t(pv, 300, 5), 0.6));
    EXPECT_TRUE(has_value(independent_eac_t(pv, 300, 5), 10 / 0.6));
}

TEST(EarnedSchedule, InterpolatesWithinAPeriod) {
    // C = 2 (PV 300 <= 450), next PV 600: ES = 2 + 150/300.
    EXPECT_DOUBLE_EQ(curve({100, 300, 600, 1000}).earned_schedule(450), 2.5);
    // Before the first period: PV_0 = 0.
    EXPECT_DOUBLE_EQ(curve({100, 300}).earned_schedule(50), 0.5);
}

TEST(EarnedSchedule, FlatStretchesTakeTheLastPeriodAtThatValue) {
    EXPECT_DOUBLE_EQ(curve({0, 0, 100, 200}).earned_schedule(50), 2.5);
    EXPECT_DOUBLE_EQ(curve({100, 100, 100, 200}).earned_schedule(100), 3);
}

TEST(EarnedSchedule, LimitsAtBothEnds) {
    const PvCurve pv = curve({100, 300, 600, 600, 600});
    EXPECT_DOUBLE_EQ(pv.planned_duration(), 3);
    EXPECT_DOUBLE_EQ(pv.earned_schedule(600), 3);
    EXPECT_DOUBLE_EQ(pv.earned_schedule(700), 3);
    EXPECT_DOUBLE_EQ(pv.earned_schedule(0), 0);
    EXPECT_DOUBLE_EQ(pv.earned_schedule(-5), 0);
}

TEST(EarnedSchedule, RejectsCurvesThatAreNotCumulative) {
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({})));
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({100, 90})));
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({-1, 10})));
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({0, 0})));
}

// Found by fuzz_earned_schedule: a NaN in the curve was taken as cumulative,
// and a NaN EV searched past the curve's end (heap-buffer-overflow).
TEST(EarnedSchedule, NotANumber) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({nan})));
    EXPECT_TRUE(test::is_invalid(PvCurve::from_cumulative({100, nan, 300})));
    EXPECT_TRUE(std::isnan(p6_linear().earned_schedule(nan)));
    EXPECT_TRUE(std::isnan(*schedule_variance_t(p6_linear(), nan, 5)));
    // Also found by it: an actual time that is not a number passed as not negative.
    EXPECT_TRUE(test::is_invalid(schedule_variance_t(p6_linear(), 300, nan)));
    EXPECT_TRUE(test::is_invalid(independent_eac_t(p6_linear(), 300, nan)));
}

TEST(EarnedSchedule, UndefinedAndInvalidTimes) {
    const PvCurve pv = p6_linear();
    EXPECT_TRUE(test::is_undefined(schedule_performance_index_t(pv, 300, 0)));
    EXPECT_TRUE(test::is_undefined(independent_eac_t(pv, 0, 5)));
    EXPECT_TRUE(test::is_invalid(schedule_variance_t(pv, 300, -1)));
}

}  // namespace
}  // namespace pmocalc
