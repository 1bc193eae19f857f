// The report's sections, each in a file of its own and owning its columns and
// its page layout; build_report (report_model.cpp) calls them in the report's
// order.
#pragma once

#include "report_sheet.hpp"

namespace pmocalc::report {

// Page 1: the title, the overall RAG and its reason, the headline indicators
// with their change and trend, the projects worst first, top risks, overdue
// issues, what changed and what awaits a decision — in the bigger type.
void executive_summary(ReportSheet& sheet);

// The projects' two tables (money and earned value; schedule, issues and
// risks), the portfolio's row first in each.
void project_tables(ReportSheet& sheet);

// EAC by every method and the two finishes, the portfolio's and each
// project's, with the ways their EV was earned.
void forecast_range(ReportSheet& sheet);

// EVM figures by program, department, PM and assignee; the first one's SPI
// and CPI by group as a chart.
void breakdowns(ReportSheet& sheet);

// The top risks and their heat map, the open issues by age (a register with
// nothing open: one line).
void risk_and_issue_registers(ReportSheet& sheet);

// The milestones that slipped.
void slipped_milestones(ReportSheet& sheet);

// SPI and CPI by project and the portfolio's S-curve, as charts.
void earned_value_charts(ReportSheet& sheet);

// A row per project with a schedule network, then the details of those
// least likely to meet their baseline finish.
void schedules(ReportSheet& sheet);

// Predecessors in other projects, and the projects each project's slip reaches.
void cross_project_links(ReportSheet& sheet);

// The status history: the trends, the milestone trend, re-baselines and what
// changed since the previous status date.
void history(ReportSheet& sheet);

// Each project's plan as bars with its progress lines, a chart a page.
void progress_lines(ReportSheet& sheet);

// Test progress and defects, with their charts.
void quality(ReportSheet& sheet);

// Lessons learned by category and phase, and the open risks they bear on.
void lessons(ReportSheet& sheet);

// People across projects: the person-weeks over capacity and the heat map.
void people(ReportSheet& sheet);

// Choosing projects (a Criteria sheet): the ranking, the chosen set, score
// against cost.
void choosing_projects(ReportSheet& sheet);

// What pmocalc read of the workbook, then the diagnostics.
void what_was_read(ReportSheet& sheet);

// The last page: what each figure means and what to do about a bad value.
void reading_guide(ReportSheet& sheet);

}  // namespace pmocalc::report
