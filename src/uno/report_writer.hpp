// Writes a ReportLayout into a sheet pmocalc creates, and finds that sheet
// again later. The sheet is recognised by a document-level named range
// (pmocalc_report) that follows it through renames; a user's sheet that merely
// has the same name is never touched.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "../core/report_model.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

// The name of the sheet pmocalc wrote its report to last time, if it still exists.
std::optional<std::string> existing_report_sheet(const DocumentRef& document);

using Progress = std::function<void(int percent)>;

// Brings the report sheet to the front of the document's view (if it has one)
// with its title rows frozen. write_report does this while the sheet is still
// empty, where it costs nothing; a hidden frame made visible later (to have
// its view saved) needs it again.
void show_report(const DocumentRef& document, const std::string& sheet_name, std::size_t frozen_rows);

// Replaces pmocalc's previous report sheet (if any) with a new one holding the
// layout, and returns the new sheet's name (the layout's name, or with " (2)"
// … when a user's sheet has that name).
std::string write_report(const DocumentRef& document, const ReportLayout& layout, const Progress& progress);

}  // namespace pmocalc::uno
