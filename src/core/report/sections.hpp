// The report's sections that live in files of their own, each owning its
// columns and its page layout (the others are still ReportBuilder's, in
// report_model.cpp).
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

// The last page: what each figure means and what to do about a bad value.
void reading_guide(ReportSheet& sheet);

}  // namespace pmocalc::report
