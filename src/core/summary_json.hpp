// The machine-readable summary of a report (what `pmocalc-report --json` writes).
#pragma once

#include <string>

#include "portfolio.hpp"
#include "portfolio_analysis.hpp"

namespace pmocalc {

struct SummaryContext {
    std::string input;         // the workbook the figures come from
    std::string report_sheet;  // the sheet the report was written to
};

// status_date, portfolio {bac, pv, ev, ac, sv, cv, spi, cpi, eac, vac, svt, spit,
// forecast_finish, rag}, projects [...], risks {count, open, exposure, emv},
// issues {open, overdue, aging}, change_requests {pending}, diagnostics [...].
// Undefined figures are null; dates are ISO 8601.
std::string summary_json(const Portfolio& portfolio, const PortfolioStatus& status, const SummaryContext& context);

}  // namespace pmocalc
