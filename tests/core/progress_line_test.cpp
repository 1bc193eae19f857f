#include "core/progress_line.hpp"

#include <string>
#include <vector>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// 2025-06-02 is a Monday.
const WorkCalendar weekdays;
const WorkdayScale scale(date(2025, 6, 2), weekdays);

double lead(ProgressTask task, Day status_date) {
    const std::vector<ProgressTask> tasks{task};
    return progress_line(tasks, status_date, scale).front().lead_days;
}

TEST(WorkdayScale, WeekendsTakeNoRoom) {
    EXPECT_DOUBLE_EQ(scale.start_of(date(2025, 6, 2)), 0);
    EXPECT_DOUBLE_EQ(scale.end_of(date(2025, 6, 2)), 1);
    EXPECT_DOUBLE_EQ(scale.end_of(date(2025, 6, 6)), 5);    // Friday
    EXPECT_DOUBLE_EQ(scale.start_of(date(2025, 6, 7)), 5);  // Saturday
    EXPECT_DOUBLE_EQ(scale.end_of(date(2025, 6, 8)), 5);    // Sunday: no work
    EXPECT_DOUBLE_EQ(scale.start_of(date(2025, 6, 9)), 5);  // Monday
    EXPECT_DOUBLE_EQ(scale.start_of(date(2025, 5, 30)), -1) << "the Friday before the origin";
}

TEST(WorkdayScale, PositionsBackToCalendarTime) {
    const auto at = [](int y, unsigned m, unsigned d) { return static_cast<double>(date(y, m, d)); };
    EXPECT_DOUBLE_EQ(scale.time_at(0), at(2025, 6, 2));
    EXPECT_DOUBLE_EQ(scale.time_at(2.5), at(2025, 6, 4) + 0.5) << "half of the third working day";
    EXPECT_DOUBLE_EQ(scale.time_at(5), at(2025, 6, 7)) << "the end of Friday, not Monday morning";
    EXPECT_DOUBLE_EQ(scale.time_at(5.5), at(2025, 6, 9) + 0.5);
    EXPECT_DOUBLE_EQ(scale.time_at(-0.5), at(2025, 5, 30) + 0.5);
    EXPECT_DOUBLE_EQ(scale.time_at(-1), at(2025, 5, 30)) << "the end of Thursday 29 May";
    for (const Day day : {date(2025, 6, 3), date(2025, 6, 6), date(2025, 6, 12)})
        EXPECT_DOUBLE_EQ(scale.time_at(scale.end_of(day)), static_cast<double>(day + 1)) << day;
}

TEST(WorkdayScale, AHolidayIsNoWorkingDay) {
    const WorkCalendar with_holiday(WeekendMask(), {date(2025, 6, 4)});
    const WorkdayScale s(date(2025, 6, 2), with_holiday);
    EXPECT_DOUBLE_EQ(s.end_of(date(2025, 6, 4)), 2);
    EXPECT_DOUBLE_EQ(s.end_of(date(2025, 6, 5)), 3);
}

// Worked by hand: Mon–Thu is 4 working days; at the end of Wednesday 75 % of
// it has passed. Half done, the task's point is at the end of Tuesday: one
// working day (a quarter of the task) left of the status date.
TEST(ProgressLine, HalfDoneAtThreeQuartersOfItsTimeIsAQuarterBehind) {
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 5), 0.5}, date(2025, 6, 4)), -1.0);
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 5), 0.75}, date(2025, 6, 4)), 0.0) << "on plan";
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 5), 1.0}, date(2025, 6, 4)), 1.0) << "done a day early";
}

// Thu 5 June – Wed 11 June: 5 working days over a weekend. At the end of
// Monday 9 June three have passed.
TEST(ProgressLine, AWeekendInsideABarIsNoWork) {
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 5), date(2025, 6, 11), 0.2}, date(2025, 6, 9)), -2.0);
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 5), date(2025, 6, 11), 0.8}, date(2025, 6, 9)), 1.0);
    // Status on the Saturday: the week's work is what has passed.
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 5), date(2025, 6, 11), 0.4}, date(2025, 6, 7)), 0.0);
}

TEST(ProgressLine, FinishedAndNotYetDueTasksStandOnTheStatusDate) {
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 3), 1.0}, date(2025, 6, 11)), 0.0);
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 16), date(2025, 6, 20), 0.0}, date(2025, 6, 11)), 0.0);
}

TEST(ProgressLine, LateTasksPullTheLineBackByTheirWorkNotDone) {
    // Due to start on Monday, not started at the end of Wednesday: three days behind.
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 13), 0.0}, date(2025, 6, 4)), -3.0);
    // Due to finish last Friday (Mon–Fri), 60 % done on Wednesday: 2 days of it and this week's 3 behind.
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 2), date(2025, 6, 6), 0.6}, date(2025, 6, 11)), -5.0);
}

TEST(ProgressLine, AStartAheadOfPlanPushesTheLineForward) {
    // Due to start next Monday, 20 % of its 5 days already done: its point at the end of
    // that Monday, three working days (Thu, Fri, Mon) past Wednesday's end.
    EXPECT_DOUBLE_EQ(lead({date(2025, 6, 9), date(2025, 6, 13), 0.2}, date(2025, 6, 4)), 3.0);
}

TEST(ProgressLine, OnePointPerTaskOnTheScale) {
    const std::vector<ProgressTask> tasks{{date(2025, 6, 2), date(2025, 6, 5), 0.5},
                                          {date(2025, 6, 16), date(2025, 6, 20), 0.0},
                                          {date(2025, 6, 2), date(2025, 6, 3), 1.7}};  // past 100 %: done
    const auto line = progress_line(tasks, date(2025, 6, 4), scale);
    ASSERT_EQ(line.size(), 3u);
    EXPECT_DOUBLE_EQ(line[0].position, 2.0);
    EXPECT_DOUBLE_EQ(line[1].position, 3.0);
    EXPECT_DOUBLE_EQ(line[2].position, 3.0);
    EXPECT_TRUE(progress_line({}, date(2025, 6, 4), scale).empty());
}

Task task_of(const std::string& project, const std::string& id, Day start, Day finish, double percent) {
    return test::task_entry(project, id, 0, start, finish, percent, std::nullopt);
}

HistoryRow recorded_percent(Day date, const std::string& project, const std::string& id, double percent) {
    HistoryRow row;
    row.status_date = date;
    row.level = HistoryLevel::task;
    row.project_id = project;
    row.task_id = id;
    row.percent_complete = percent;
    return row;
}

double serial(int y, unsigned m, unsigned d) { return static_cast<double>(date(y, m, d)); }

// The worked example on a date axis: Mon–Thu half done at the end of
// Wednesday stands at the end of Tuesday; a quarter done at the end of
// Tuesday (the earlier line) at the end of Monday.
TEST(ProgressCharts, BarsAndTheLinesOfTodayAndEarlierDates) {
    Portfolio portfolio;
    portfolio.projects = {{"P1", "CRM", "", "", ""}, {"P2", "Empty", "", "", ""}};
    portfolio.tasks = {task_of("P1", "A", date(2025, 6, 2), date(2025, 6, 5), 0.5),
                       task_of("P1", "B", date(2025, 6, 9), date(2025, 6, 13), 0.0)};
    const std::vector<HistoryRow> history{recorded_percent(date(2025, 6, 3), "P1", "A", 0.25),
                                          recorded_percent(date(2025, 6, 3), "P9", "A", 0.9)};
    const auto charts = progress_charts(portfolio, {"P2", "P1"}, history, date(2025, 6, 4), weekdays);
    ASSERT_EQ(charts.size(), 1u) << "a project without tasks draws nothing";
    const ProgressChart& c = charts[0];
    EXPECT_EQ(c.name, "CRM");
    ASSERT_EQ(c.bars.size(), 2u);
    EXPECT_DOUBLE_EQ(c.bars[0].start, serial(2025, 6, 2));
    EXPECT_DOUBLE_EQ(c.bars[0].finish, serial(2025, 6, 6)) << "the end of Thursday";
    ASSERT_EQ(c.lines.size(), 2u);
    const ProgressChart::Line& earlier = c.lines[0];
    EXPECT_EQ(earlier.status_date, date(2025, 6, 3));
    EXPECT_DOUBLE_EQ(earlier.time, serial(2025, 6, 4));
    EXPECT_DOUBLE_EQ(*earlier.points[0], serial(2025, 6, 3));
    EXPECT_FALSE(earlier.points[1]) << "B was not recorded then";
    const ProgressChart::Line& today = c.lines[1];
    EXPECT_DOUBLE_EQ(today.time, serial(2025, 6, 5));
    EXPECT_DOUBLE_EQ(*today.points[0], serial(2025, 6, 4)) << "a working day behind";
    EXPECT_DOUBLE_EQ(*today.points[1], today.time) << "not due: on the line";
    EXPECT_EQ(c.tasks_left_out, 0u);
}

TEST(ProgressCharts, ALongPlanLeavesOutWorkDoneBeforeTheLinesFirst) {
    Portfolio portfolio;
    portfolio.projects = {{"P1", "Big", "", "", ""}};
    for (std::size_t i = 0; i < max_progress_chart_bars + 5; ++i) {
        const Day start = date(2025, 1, 6) + static_cast<Day>(7 * i);
        portfolio.tasks.push_back(task_of("P1", std::to_string(i), start, start + 4, i < 3 ? 1.0 : 0.0));
    }
    const auto charts = progress_charts(portfolio, {"P1"}, {}, date(2025, 3, 3), weekdays);
    ASSERT_EQ(charts.size(), 1u);
    EXPECT_EQ(charts[0].bars.size(), max_progress_chart_bars);
    EXPECT_EQ(charts[0].tasks_left_out, 5u);
    EXPECT_EQ(charts[0].bars.front().task_id, "3") << "the three done tasks went first";
    EXPECT_EQ(charts[0].bars.back().task_id, std::to_string(max_progress_chart_bars + 2)) << "then the plan's last two";
    ASSERT_EQ(charts[0].lines.size(), 1u);
}

TEST(ProgressCharts, AtMostAPageOfChartsForTheProjectsThatSlippedMost) {
    Portfolio portfolio;
    std::vector<std::string> by_slip;
    for (std::size_t p = 0; p < max_progress_charts + 2; ++p) {
        const std::string id = "P" + std::to_string(p);
        portfolio.projects.push_back({id, id, "", "", ""});
        portfolio.tasks.push_back(task_of(id, "1", date(2025, 6, 2), date(2025, 6, 6), 0.5));
        by_slip.insert(by_slip.begin(), id);  // the last project slipped most
    }
    std::size_t left_out = 0;
    const auto charts = progress_charts(portfolio, by_slip, {}, date(2025, 6, 4), weekdays, &left_out);
    ASSERT_EQ(charts.size(), max_progress_charts);
    EXPECT_EQ(left_out, 2u);
    EXPECT_EQ(charts.front().project_id, "P" + std::to_string(max_progress_charts + 1));
}

}  // namespace
}  // namespace pmocalc
