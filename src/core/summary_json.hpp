// The machine-readable summary of a report (what `pmocalc-report --json` writes).
#pragma once

#include <string>

#include "status_report.hpp"

namespace pmocalc {

struct SummaryContext {
    std::string input;         // the workbook the figures come from
    std::string report_sheet;  // the sheet the report was written to
};

// language (of the report and its messages), status_date, portfolio {bac, pv,
// ev, ac, sv, cv, spi, cpi, eac, vac, svt, spit, forecast_finish, rag,
// forecast_range, earning_rules}, projects [... forecast_range {eac {cpi,
// atypical, cpi_spi, cpi_spit, bottom_up}, eac_low, eac_high, finish
// {earned_schedule, recent_spi}, recent_spi}, earning_rules {percent, 0/100,
// 50/50, 20/80, milestones, loe, apportioned, fell_back}, schedule: null without a predecessors column, else {network
// "ok"/"problems", start, early_finish, critical_path [the first 1000 ids],
// critical_path_tasks, finish_float,
// risk {p50, p80, p95, probability_on_time, criticality, sensitivity …} or
// null, health [{check, status pass/fail/not_assessed, threshold, count, of,
// value}]}], risks {count, open, exposure, emv}, issues {open, overdue,
// aging}, change_requests {pending}, history {sheet (where it is recorded, null
// when it cannot be), dates, tasks_left_out, portfolio [points: date, bac, pv,
// ev, ac, spi, cpi, spit, period_spi, period_cpi, eac, baseline_finish,
// forecast_finish, rebaselined], projects [{id, name, points}], rebaselines
// [{project, from, to, bac_before, bac_after, baseline_finish_before/after,
// spi_before/after}], milestone_trends [{project, task (null: the project's
// finish), name, baseline_finish, points [{date, forecast}], slip_per_week,
// recent_slip_per_week, earlier_slip_per_week, accelerating}], previous_date, changes [{kind added/removed/renamed/
// progressed/stalled/newly_late, project, task, name, …}]}, diagnostics [{sheet, cell, severity,
// code, row_skipped, message}]. Undefined figures are null; dates are ISO 8601.
std::string summary_json(const Assessment& assessment, const SummaryContext& context);

}  // namespace pmocalc
