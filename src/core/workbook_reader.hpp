// Reads a PMO workbook (sheets found by name or by their header row, in
// English or Japanese) into a Portfolio. Every cell problem becomes a
// diagnostic naming sheet, cell and what was expected; a bad row is reported
// and skipped, missing optional columns only reduce what can be reported, and
// every guess the reader makes (a unit, a status date, a number typed in
// another locale) is said as a note or a warning. Error values in cells
// (#N/A, #REF! …) are never read as blanks.
#pragma once

#include <string>
#include <vector>

#include "portfolio.hpp"
#include "typed_text.hpp"
#include "workbook.hpp"

namespace pmocalc {

struct ReadOptions {
    // The document's name (its file name without extension, "" before it is
    // saved): the one project of a workbook without a project column is named
    // after it, and a _YYYYMMDD ending gives the status date.
    std::string document_name;
    // Sheets to leave out, such as pmocalc's own report.
    std::vector<std::string> skip_sheets;
};

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options);

}  // namespace pmocalc
