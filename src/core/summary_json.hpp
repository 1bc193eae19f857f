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
// ev, ac, sv, cv, spi, cpi, eac, vac, svt, spit, forecast_finish, rag},
// projects [...], risks {count, open, exposure, emv}, issues {open, overdue,
// aging}, change_requests {pending}, diagnostics [{sheet, cell, severity,
// code, row_skipped, message}]. Undefined figures are null; dates are ISO 8601.
std::string summary_json(const Assessment& assessment, const SummaryContext& context);

}  // namespace pmocalc
