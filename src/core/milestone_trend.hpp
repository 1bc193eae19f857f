// Milestone trend analysis (MTA, Meilenstein-Trendanalyse): the forecast date
// of each milestone and project finish at every recorded status date. A flat
// line is a stable date, a rising one a slipping date; how fast it rises (days
// of slip per week of reporting) and whether it rises faster than before are
// what a steering committee asks.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "status_history.hpp"

namespace pmocalc {

// What a trend follows: a milestone task, or a project's finish (no task ID).
struct TrendSubject {
    std::string project_id;
    std::string task_id;
    std::string name;
};

struct MilestonePoint {
    Day status_date = 0;
    Day forecast = 0;
};

struct MilestoneTrend {
    TrendSubject subject;
    std::optional<Day> baseline_finish;  // as recorded at the latest point
    std::vector<MilestonePoint> points;  // by status date: those that recorded a forecast
    // Working days the forecast moved later per week of reporting (negative:
    // earlier), from the first point to the last, and over the last interval.
    std::optional<double> slip_per_week;
    std::optional<double> recent_slip_per_week;
    std::optional<double> earlier_slip_per_week;  // first point to the one before the last (three points or more)
    // The last interval slips faster than the intervals before it, by at least
    // slip_acceleration_per_week: the alert.
    bool accelerating = false;
};

// Working days of slip per week by which the last interval must outrun the
// ones before it to be an acceleration: a day a week is a date moving a
// month a quarter, not the noise of a forecast rounded to the day.
inline constexpr double slip_acceleration_per_week = 1.0;

// Each project's finish, then its milestones in task order: what the MTA follows.
std::vector<TrendSubject> milestone_trend_subjects(const Portfolio& portfolio);

// The trend of each subject over the history's status dates up to `current`
// (slip counted in working days of `calendar`). A subject with no recorded
// forecast has a trend with no points; velocities need two points, the
// alert three.
std::vector<MilestoneTrend> milestone_trends(std::span<const TrendSubject> subjects,
                                             const std::vector<HistoryRow>& history, Day current,
                                             const WorkCalendar& calendar);

}  // namespace pmocalc
