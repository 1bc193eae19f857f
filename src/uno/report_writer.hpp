// Writes a ReportLayout into a sheet pmocalc creates, and finds that sheet
// again later. The sheet is recognised by a document-level named range
// (pmocalc_report) that follows it through renames; a user's sheet that merely
// has the same name is never touched.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <com/sun/star/table/CellAddress.hpp>
#include <rtl/ustring.hxx>

#include "../core/report_model.hpp"
#include "../core/status_report.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

// The sheet pmocalc's marker (the document-level name pmocalc_report) points
// at, and whether it is provably pmocalc's: its values still match the
// fingerprint of the report pmocalc wrote there. Only such a sheet is ever replaced.
struct MarkedSheet {
    std::string name;
    bool ours = false;
};
std::optional<MarkedSheet> marked_report_sheet(const DocumentRef& document);

// The name of the report sheet pmocalc wrote last time, if it is still there unchanged.
std::optional<std::string> existing_report_sheet(const DocumentRef& document);

using Progress = std::function<void(int percent)>;

// Called after each change the writer makes to the document: the one-click
// command renews its hold on Calc's own undo recording there (report_undo.hpp).
using Changed = std::function<void()>;

// A hook that does nothing, for writers that need no undo (the headless command).
inline const Changed no_hook = [] {};

// Brings the report sheet to the front of the document's view (if it has one)
// with its title rows frozen. write_report does this while the sheet is still
// empty, where it costs nothing; a hidden frame made visible later (to have
// its view saved) needs it again.
void show_report(const DocumentRef& document, const std::string& sheet_name, std::size_t frozen_rows,
                 const Changed& changed = no_hook);

// Writes the layout into a new sheet — in the place of `replace`, pmocalc's
// own previous report, when given — marks it as pmocalc's, and returns its
// name (the layout's name, or with " (2)" … when another sheet has that name).
std::string write_report(const DocumentRef& document, const ReportLayout& layout, const Progress& progress,
                         const std::optional<std::string>& replace, const Changed& changed = no_hook);

// The history sheet as pmocalc left it: its name, whether pmocalc added it,
// and the history columns' values before (to be put back by an undo).
struct HistoryWritten {
    std::string sheet_name;
    bool created = false;
    std::size_t first_row = 0;  // the rows from here on were rewritten,
    std::size_t columns = 0;    // in this many columns from A
    CellRange previous;         // their values before
};

// Writes the history into its sheet (or a roll-up's Sources sheet, written in
// the same shape, its links made Calc hyperlinks): rewrites the history's columns of an
// existing one from `history.first_row` down (rows above, other columns and
// the rest of the workbook untouched) or adds the sheet at the end. On
// failure the sheet is put back and the error passed on.
HistoryWritten write_history(const DocumentRef& document, const HistoryWrite& history, const Changed& changed = no_hook);

// Puts the history's columns back as they were before write_history (a sheet
// it created is removed instead).
void restore_history(const DocumentRef& document, const HistoryWritten& written, const Changed& changed = no_hook);

// The marker and the fingerprint as they are, to be put back by an undo.
struct ReportMark {
    std::optional<rtl::OUString> marker;  // the named range's content, or none
    css::table::CellAddress position;
    std::string fingerprint;
};
ReportMark current_mark(const DocumentRef& document);
void restore_mark(const DocumentRef& document, const ReportMark& mark, const Changed& changed);

}  // namespace pmocalc::uno
