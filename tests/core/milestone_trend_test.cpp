#include "core/milestone_trend.hpp"

#include <algorithm>
#include <vector>

#include "core/report_model.hpp"
#include "core/status_report.hpp"
#include "core/summary_json.hpp"
#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using test::date;

HistoryRow recorded(HistoryLevel level, const std::string& project, const std::string& task, Day status_date,
                    Day forecast, Day baseline) {
    HistoryRow row;
    row.level = level;
    row.project_id = project;
    row.task_id = task;
    row.status_date = status_date;
    row.forecast_finish = forecast;
    row.baseline_finish = baseline;
    return row;
}

// Four Friday reports of one project: its finish (baseline Tue 30 Sep 2025)
// holds for a week, then moves to Thu 2 Oct (2 working days), then to Thu 9
// Oct (5 more).
std::vector<HistoryRow> slipping_project() {
    const Day baseline = date(2025, 9, 30);
    return {recorded(HistoryLevel::project, "P1", "", date(2025, 6, 6), date(2025, 9, 30), baseline),
            recorded(HistoryLevel::project, "P1", "", date(2025, 6, 13), date(2025, 9, 30), baseline),
            recorded(HistoryLevel::project, "P1", "", date(2025, 6, 20), date(2025, 10, 2), baseline),
            recorded(HistoryLevel::project, "P1", "", date(2025, 6, 27), date(2025, 10, 9), baseline)};
}

const std::vector<TrendSubject> project_finish{{"P1", "", "CRM"}};

TEST(MilestoneTrend, TheForecastAtEveryStatusDate) {
    const auto trends = milestone_trends(project_finish, slipping_project(), date(2025, 6, 27), WorkCalendar());
    ASSERT_EQ(trends.size(), 1u);
    const MilestoneTrend& t = trends[0];
    EXPECT_EQ(t.subject.name, "CRM");
    ASSERT_EQ(t.points.size(), 4u);
    EXPECT_EQ(t.points[0].status_date, date(2025, 6, 6));
    EXPECT_EQ(t.points[0].forecast, date(2025, 9, 30));
    EXPECT_EQ(t.points[3].forecast, date(2025, 10, 9));
    EXPECT_EQ(t.baseline_finish, date(2025, 9, 30));
}

// Worked by hand: 7 working days of slip over 3 weeks of reporting is 2⅓ a
// week; the last week alone slipped 5, the two before 2 (1 a week): faster by
// 4 a week, an acceleration.
TEST(MilestoneTrend, SlipVelocityAndItsAcceleration) {
    const auto t = milestone_trends(project_finish, slipping_project(), date(2025, 6, 27), WorkCalendar()).front();
    ASSERT_TRUE(t.slip_per_week && t.recent_slip_per_week);
    EXPECT_NEAR(*t.slip_per_week, 7.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*t.recent_slip_per_week, 5.0);
    EXPECT_DOUBLE_EQ(*t.earlier_slip_per_week, 1.0);
    EXPECT_TRUE(t.accelerating);
}

TEST(MilestoneTrend, ASteadySlipIsNoAcceleration) {
    auto history = slipping_project();
    history[1].forecast_finish = date(2025, 10, 2);   // +2 each week: 2, 2, …
    history[2].forecast_finish = date(2025, 10, 6);
    history[3].forecast_finish = date(2025, 10, 8);
    const auto t = milestone_trends(project_finish, history, date(2025, 6, 27), WorkCalendar()).front();
    EXPECT_DOUBLE_EQ(*t.slip_per_week, 2.0);
    EXPECT_DOUBLE_EQ(*t.recent_slip_per_week, 2.0);
    EXPECT_FALSE(t.accelerating);
}

TEST(MilestoneTrend, AFlatLineAndADateBroughtForward) {
    auto history = slipping_project();
    for (HistoryRow& row : history)
        row.forecast_finish = date(2025, 9, 30);
    history[3].forecast_finish = date(2025, 9, 26);  // Friday before: 2 working days earlier
    const auto t = milestone_trends(project_finish, history, date(2025, 6, 27), WorkCalendar()).front();
    EXPECT_NEAR(*t.slip_per_week, -2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*t.recent_slip_per_week, -2.0);
    EXPECT_FALSE(t.accelerating);
}

TEST(MilestoneTrend, OnlyTheStatusDatesUpToTheReportsCount) {
    const auto t = milestone_trends(project_finish, slipping_project(), date(2025, 6, 20), WorkCalendar()).front();
    ASSERT_EQ(t.points.size(), 3u);
    EXPECT_DOUBLE_EQ(*t.recent_slip_per_week, 2.0);
    EXPECT_TRUE(t.accelerating) << "a date that held for a week, then moved 2 working days: it has started to slip";
}

TEST(MilestoneTrend, TwoPointsGiveAVelocityButNoAlert) {
    const auto history = slipping_project();
    const std::vector<HistoryRow> two(history.begin() + 2, history.end());
    const auto t = milestone_trends(project_finish, two, date(2025, 6, 27), WorkCalendar()).front();
    EXPECT_DOUBLE_EQ(*t.slip_per_week, 5.0);
    EXPECT_FALSE(t.earlier_slip_per_week);
    EXPECT_FALSE(t.accelerating);
    const std::vector<HistoryRow> one(history.begin(), history.begin() + 1);
    const auto alone = milestone_trends(project_finish, one, date(2025, 6, 27), WorkCalendar()).front();
    EXPECT_EQ(alone.points.size(), 1u);
    EXPECT_FALSE(alone.slip_per_week);
}

TEST(MilestoneTrend, AMilestoneTaskIsFollowedByItsOwnRows) {
    std::vector<HistoryRow> history = slipping_project();
    history.push_back(recorded(HistoryLevel::task, "P1", "M1", date(2025, 6, 13), date(2025, 7, 1), date(2025, 7, 1)));
    history.push_back(recorded(HistoryLevel::task, "P1", "M1", date(2025, 6, 27), date(2025, 7, 1), date(2025, 7, 1)));
    history.push_back(recorded(HistoryLevel::task, "P2", "M1", date(2025, 6, 27), date(2025, 8, 1), date(2025, 8, 1)));
    HistoryRow no_forecast = recorded(HistoryLevel::task, "P1", "M1", date(2025, 6, 20), 0, date(2025, 7, 1));
    no_forecast.forecast_finish.reset();
    history.push_back(no_forecast);
    const std::vector<TrendSubject> subjects{{"P1", "M1", "Go-live"}, {"P3", "", "Nothing recorded"}};
    const auto trends = milestone_trends(subjects, history, date(2025, 6, 27), WorkCalendar());
    ASSERT_EQ(trends.size(), 2u);
    ASSERT_EQ(trends[0].points.size(), 2u) << "not P1's finish, not P2's M1, not the date without a forecast";
    EXPECT_DOUBLE_EQ(*trends[0].slip_per_week, 0.0);
    EXPECT_TRUE(trends[1].points.empty());
    EXPECT_FALSE(trends[1].slip_per_week);
}

TEST(MilestoneTrend, SubjectsAreEachProjectsFinishThenItsMilestones) {
    Portfolio portfolio;
    portfolio.projects = {{"P1", "CRM", "", "", ""}, {"P2", "ERP", "", "", ""}};
    Task milestone;
    milestone.project_id = "P2";
    milestone.id = "M9";
    milestone.name = "Cut-over";
    milestone.milestone = true;
    Task work = milestone;
    work.id = "T1";
    work.milestone = false;
    portfolio.tasks = {work, milestone};
    const auto subjects = milestone_trend_subjects(portfolio);
    ASSERT_EQ(subjects.size(), 3u);
    EXPECT_EQ(subjects[0].name, "CRM");
    EXPECT_EQ(subjects[1].name, "ERP");
    EXPECT_EQ(subjects[2].task_id, "M9");
    EXPECT_EQ(subjects[2].project_id, "P2");
}

}  // namespace
}  // namespace pmocalc


namespace pmocalc {
namespace {

using test::d;
using test::make_sheet;
using test::s;

Workbook plan_of_one_project() {
    Workbook workbook;
    workbook.sheets.push_back(make_sheet("Tasks", {{s("Project ID"), s("Task ID"), s("Task"), s("Budget"), s("Start"),
                                                     s("Finish"), s("% complete")},
                                                    {s("P01"), s("1"), s("Design"), 100.0, d(2025, 9, 1),
                                                     d(2025, 10, 17), 0.7},
                                                    {s("P01"), s("2"), s("Build"), 300.0, d(2025, 9, 15),
                                                     d(2025, 12, 19), 0.1}}));
    return workbook;
}

ReportRequest request_at(Day status_date, Language language = Language::en) {
    ReportSettings settings;
    settings.status_date = status_date;
    settings.language = language;
    return request_for(settings, "Book", {status_date, "now"});
}

// Three Friday reports held the finish two weeks before today's forecast:
// today's report moves it 10 working days in a week, after none — the alert.
TEST(MilestoneTrendReport, AnAcceleratingFinishIsWarnedChartedAndTabled) {
    const Day today = date(2025, 10, 31);
    const Assessment first = assess(plan_of_one_project(), request_at(today));
    ASSERT_TRUE(first.reportable());
    ASSERT_TRUE(first.status->projects.at(0).forecast_finish);
    const Day forecast = *first.status->projects[0].forecast_finish;
    EXPECT_TRUE(first.status->milestone_trends.empty()) << "one status date: no trend";

    ReportRequest request = request_at(today);
    for (const Day friday : {date(2025, 10, 10), date(2025, 10, 17), date(2025, 10, 24)})
        request.imported_history.push_back(
            recorded(HistoryLevel::project, "P01", "", friday, forecast - 14, forecast - 14));
    const Assessment assessed = assess(plan_of_one_project(), request);
    ASSERT_TRUE(assessed.reportable());
    ASSERT_EQ(assessed.status->milestone_trends.size(), 1u);
    const MilestoneTrend& t = assessed.status->milestone_trends[0];
    ASSERT_EQ(t.points.size(), 4u);
    EXPECT_EQ(t.points.back().forecast, forecast);
    EXPECT_DOUBLE_EQ(*t.recent_slip_per_week, 10.0);
    EXPECT_TRUE(t.accelerating);
    const auto warned = std::find_if(assessed.portfolio.diagnostics.begin(), assessed.portfolio.diagnostics.end(),
                                     [](const Diagnostic& d) { return d.message.id == Msg::finish_slip_accelerating; });
    ASSERT_NE(warned, assessed.portfolio.diagnostics.end());
    EXPECT_EQ(warned->severity, Diagnostic::Severity::warning);
    EXPECT_NE(warned->text(Language::en).find("10 working days a week against 0 a week before"), std::string::npos)
        << warned->text(Language::en);
    EXPECT_NE(warned->text(Language::ja).find("遅れが加速しています"), std::string::npos);

    const ReportLayout layout = layout_report(assessed, request);
    EXPECT_NE(std::find_if(layout.charts.begin(), layout.charts.end(),
                           [](const ChartSpec& c) { return c.name == "pmocalc_milestone_trend"; }),
              layout.charts.end());
    ASSERT_GT(layout.milestone_trend_first_row, 0u);
    const auto& row = layout.rows[layout.milestone_trend_first_row];
    EXPECT_EQ(row[0], Cell(std::string("P01")));
    EXPECT_EQ(row[1], Cell(std::string("Project finish")));
    EXPECT_EQ(row[4], Cell(static_cast<double>(forecast)));
    EXPECT_EQ(row[7], Cell(std::string("slip accelerating")));

    const std::string json = summary_json(assessed, {});
    EXPECT_NE(json.find("\"milestone_trends\""), std::string::npos);
    EXPECT_NE(json.find("\"accelerating\": true"), std::string::npos) << json.substr(json.find("milestone_trends"), 400);
}

TEST(MilestoneTrendReport, AHeldDateIsNoAlertAndTheJapaneseTableSaysSo) {
    const Day today = date(2025, 10, 31);
    const Day forecast = *assess(plan_of_one_project(), request_at(today)).status->projects.at(0).forecast_finish;
    ReportRequest request = request_at(today, Language::ja);
    for (const Day friday : {date(2025, 10, 17), date(2025, 10, 24)})
        request.imported_history.push_back(recorded(HistoryLevel::project, "P01", "", friday, forecast, forecast));
    const Assessment assessed = assess(plan_of_one_project(), request);
    ASSERT_EQ(assessed.status->milestone_trends.size(), 1u);
    EXPECT_FALSE(assessed.status->milestone_trends[0].accelerating);
    EXPECT_DOUBLE_EQ(*assessed.status->milestone_trends[0].slip_per_week, 0.0);
    for (const Diagnostic& d : assessed.portfolio.diagnostics)
        EXPECT_NE(d.message.id, Msg::finish_slip_accelerating);
    const ReportLayout layout = layout_report(assessed, request);
    ASSERT_GT(layout.milestone_trend_first_row, 0u);
    EXPECT_EQ(layout.rows[layout.milestone_trend_first_row][1], Cell(std::string("プロジェクト完了")));
    EXPECT_EQ(layout.rows[layout.milestone_trend_first_row][7], Cell());
}

// The Gantt chart with progress lines, from the same assessment: a chart per
// project, its numbers past the printed columns, one series for the plan,
// one per line (earlier ones first) and one for the status date.
TEST(ProgressChartReport, APlanWithItsLinesIsChartedBesideThePrintedReport) {
    const Day today = date(2025, 10, 31);
    ReportRequest request = request_at(today);
    HistoryRow earlier;
    earlier.level = HistoryLevel::task;
    earlier.status_date = date(2025, 10, 17);
    earlier.project_id = "P01";
    earlier.task_id = "1";
    earlier.percent_complete = 0.6;
    request.imported_history.push_back(earlier);
    const Assessment assessed = assess(plan_of_one_project(), request);
    ASSERT_TRUE(assessed.reportable());
    ASSERT_EQ(assessed.status->progress_charts.size(), 1u);
    const ProgressChart& chart = assessed.status->progress_charts[0];
    ASSERT_EQ(chart.lines.size(), 2u);
    EXPECT_EQ(chart.lines[0].status_date, date(2025, 10, 17));
    EXPECT_FALSE(chart.lines[0].points[1]) << "Build was not recorded on 17 October";

    const ReportLayout layout = layout_report(assessed, request);
    const auto found = std::find_if(layout.charts.begin(), layout.charts.end(),
                                    [](const ChartSpec& c) { return c.kind == ChartSpec::Kind::xy_lines; });
    ASSERT_NE(found, layout.charts.end());
    EXPECT_EQ(found->series.size(), 4u);  // plan, 17 October, today, the status date
    EXPECT_EQ(found->series[2].color, 0xC00000u) << "today's line red";
    EXPECT_GE(found->data.column, layout.printed_columns) << "the numbers are kept, not printed";
    EXPECT_LT(found->anchor.column + found->anchor.columns, layout.printed_columns + 1);
    EXPECT_LT(layout.printed_columns, layout.columns);
    ASSERT_GT(layout.progress_chart_first_row, 0u);
    // The header of the numbers, then Design's bar: from its start to the end of its finish.
    const auto& header = layout.rows[found->data.row];
    EXPECT_EQ(header[found->data.column + 1], Cell(std::string("Plan")));
    EXPECT_EQ(header[found->data.column + 3], Cell(std::string("Progress 2025-10-31 (status date)")));
    const auto& bar_start = layout.rows[found->data.row + 1];
    const auto& bar_end = layout.rows[found->data.row + 2];
    EXPECT_EQ(bar_start[found->data.column], Cell(static_cast<double>(date(2025, 9, 1))));
    EXPECT_EQ(bar_end[found->data.column], Cell(static_cast<double>(date(2025, 10, 18))));
    EXPECT_EQ(bar_start[found->data.column + 1], Cell(2.0)) << "the first of two tasks on top";
}

}  // namespace
}  // namespace pmocalc
