// The report engine on a live document, behind every face: assess reads the
// workbook in bulk and analyses it (what the panel shows); generate is assess,
// the layout and one bulk write into pmocalc's own sheet.
#pragma once

#include <optional>
#include <string>

#include "../core/status_report.hpp"
#include "report_writer.hpp"

namespace pmocalc::uno {

// Reads every sheet but pmocalc's previous report, and assesses the workbook.
Assessment assess(const DocumentRef& document, ReportRequest request, Fetch fetch = Fetch::direct);

struct GeneratedReport {
    Assessment assessment;
    std::optional<ReportLayout> layout;     // nullopt: nothing to report on (see the diagnostics)
    std::optional<std::string> sheet_name;  // where the report was written
    // The status recorded in the history sheet (none when the workbook's sheet
    // of that name is not pmocalc's history: said in the diagnostics).
    std::optional<HistoryWrite> history_write;
    std::optional<HistoryWritten> history;

    bool written() const { return sheet_name.has_value(); }
};

// Writes the report of a reportable workbook; one that is not is left
// untouched. `changed` is called after each change made to the document.
GeneratedReport generate(const DocumentRef& document, const ReportRequest& request, const Progress& progress,
                         Fetch fetch = Fetch::direct, const Changed& changed = no_hook);

// "Record status": assesses the workbook and records its status in the
// history sheet, writing no report. `history` is empty when the workbook is
// not reportable or its history sheet is not pmocalc's (see the diagnostics).
struct RecordedStatus {
    Assessment assessment;
    std::optional<HistoryWrite> history_write;
    std::optional<HistoryWritten> history;

    bool written() const { return history.has_value(); }
};
RecordedStatus record_status(const DocumentRef& document, const ReportRequest& request, Fetch fetch = Fetch::direct,
                             const Changed& changed = no_hook);

}  // namespace pmocalc::uno
