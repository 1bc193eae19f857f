// The report engine on a live document, behind every face: assess reads the
// workbook in bulk and analyses it (what the panel shows); generate is assess,
// the layout and one bulk write into pmocalc's own sheet.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/frame/XDesktop2.hpp>

#include "../core/rollup/consolidation.hpp"
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
    // A roll-up's Sources sheet, written as the history is.
    std::optional<HistoryWrite> sources_write;
    std::optional<HistoryWritten> sources;

    bool written() const { return sheet_name.has_value(); }
};

// Writes the report of a reportable workbook; one that is not is left
// untouched. `changed` is called after each change made to the document.
GeneratedReport generate(const DocumentRef& document, const ReportRequest& request, const Progress& progress,
                         Fetch fetch = Fetch::direct, const Changed& changed = no_hook);

// The cells of one file of a roll-up: opened hidden in this office, read in
// bulk without a report pmocalc wrote into it, closed. `failure`: why it
// could not be read (password, damaged, not a spreadsheet …).
struct SourceCells {
    std::optional<Workbook> workbook;
    std::optional<Message> failure;
    std::size_t csv_invalid_bytes = 0;
};
SourceCells read_source_cells(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                              const std::filesystem::path& file, Fetch fetch = Fetch::direct);

// One file of a roll-up read in this office (the Calc command's way; the CLI
// reads each file in a worker process and hands the cells over).
SourceInput read_source_file(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                             const std::filesystem::path& file, const std::string& column_map,
                             Fetch fetch = Fetch::direct);

// The file as a roll-up names it: its name, absolute path and modification time.
SourceFile describe_source(const std::filesystem::path& file);

// The roll-up of `sources` written into `document`, the portfolio workbook:
// the report over every counted project (replacing pmocalc's previous one),
// its history and its Sources sheet. A roll-up with nothing to report leaves
// the document untouched.
GeneratedReport roll_up(const DocumentRef& document, std::vector<SourceInput> sources, const ReportRequest& request,
                        const Progress& progress, Fetch fetch = Fetch::direct, const Changed& changed = no_hook);

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
