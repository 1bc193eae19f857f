// The roll-up's one engine, behind the CLI and the Calc command alike: the
// files consolidated, analysed with the history of the portfolio workbook
// the report goes into, and the Sources sheet to write there.
#pragma once

#include <vector>

#include "../status_report.hpp"
#include "consolidation.hpp"
#include "sources_sheet.hpp"

namespace pmocalc {

struct RollUpAssessment {
    Assessment assessment;  // its roll_up set
    SourcesSheet sources_sheet;
};

// `portfolio_workbook` is the workbook the roll-up is written into, as read
// (without pmocalc's report): its history, its last Sources sheet and its
// Rates sheet. The request's status date, when chosen, is the portfolio's.
RollUpAssessment assess_roll_up(std::vector<SourceInput> sources, Workbook&& portfolio_workbook,
                                const ReportRequest& request);

}  // namespace pmocalc
