// The report engine on a live document: one bulk read, the core's report, one
// bulk write into pmocalc's own sheet. Shared by pmocalc-report and the
// in-Calc command.
#pragma once

#include <string>

#include "../core/status_report.hpp"
#include "report_writer.hpp"

namespace pmocalc::uno {

struct GeneratedReport {
    StatusReport report;
    std::string sheet_name;  // where it was written
};

// Throws std::runtime_error with the reader's diagnostics when the workbook
// holds no task to report on; the document is then left untouched.
GeneratedReport generate_report(const DocumentRef& document, ReportRequest request, const Progress& progress,
                                Fetch fetch = Fetch::direct);

}  // namespace pmocalc::uno
