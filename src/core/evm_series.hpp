// A project's earned value as a table kept per period gives it (the weekly
// EVM sheet): its planned curve (the cumulative PV between the periods'
// dates), its PV, EV and AC at a status date, and its trend as the status
// history would hold it. The same figures and indices as for a task list.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "calendar.hpp"
#include "planned_value.hpp"
#include "portfolio.hpp"
#include "status_history.hpp"

namespace pmocalc {

// The periods' planned value as task plans: each period's PV increment
// spread over its working days (from the day after the previous period's
// date; the first period as long as the second), so that a PlannedCurve of
// them passes through every period's cumulative PV.
std::vector<TaskPlan> series_plans(std::span<const PeriodFigures> periods);

// A series' figures at a status date: BAC (the BAC column, else the last
// cumulative PV), EV and AC as of the last period on or before it with EV.
struct SeriesFigures {
    double bac = 0;
    double ev = 0;
    std::optional<double> ac;
    std::optional<Day> as_of;  // the period EV and AC are as of
};
SeriesFigures series_at(std::span<const PeriodFigures> periods, Day status_date);

// The periods up to the status date as history rows: one per project and
// date, and the portfolio's (the sum of its projects') per date where every
// project of the portfolio has one. Their SPI and CPI are the period's
// cumulative ratios.
std::vector<HistoryRow> series_history(const Portfolio& portfolio, Day status_date);

}  // namespace pmocalc
