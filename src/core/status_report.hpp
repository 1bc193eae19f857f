// From a workbook read in bulk to the report to write: read, analyse, lay out.
// The one path behind the headless command and the in-Calc command.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "outcome.hpp"
#include "portfolio.hpp"
#include "portfolio_analysis.hpp"
#include "report_model.hpp"
#include "workbook.hpp"

namespace pmocalc {

struct ReportRequest {
    std::optional<Day> status_date;    // explicit; else the workbook's 基準日 / Status date cell; else today
    std::optional<Language> language;  // explicit; else the language of the workbook's headers
    RagThresholds thresholds;
    std::string single_project_name = "Project";  // for a workbook without a project column
    Day today = 0;
    std::string generated_at;
    std::vector<std::string> skip_sheets;  // pmocalc's own previous report
};

struct StatusReport {
    Portfolio portfolio;
    PortfolioStatus status;
    ReportLayout layout;
};

// Fails (invalid_input, with the reader's diagnostics in the reason) when the
// workbook holds no task the report could be about.
Outcome<StatusReport> prepare_status_report(const Workbook& workbook, const ReportRequest& request);

}  // namespace pmocalc
