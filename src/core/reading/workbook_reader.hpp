// Reads a PMO workbook as its owner laid it out into a Portfolio: the tables
// of every sheet found and told apart by their columns (table_finder), each
// read by the reader of its kind, then the projects linked, the status date,
// the unit and the project's name found, and what was read listed. Every cell
// problem becomes a diagnostic naming sheet, cell and what was expected; a bad
// row is reported and skipped, missing optional columns only reduce what can
// be reported, and every guess (a unit, a status date, a word mapped to a
// number, a weighting) is said. Error values in cells are never read as blanks.
#pragma once

#include <string>
#include <vector>

#include "../portfolio.hpp"
#include "../typed_text.hpp"
#include "../workbook.hpp"

namespace pmocalc {

struct ReadOptions {
    // The document's name (its file name without extension, "" before it is
    // saved): the one project of a workbook without a project column is named
    // after it (unless a title says its name), and a _YYYYMMDD ending gives the status date.
    std::string document_name;
    // Sheets to leave out: pmocalc's own report, and its history sheet.
    std::vector<std::string> skip_sheets;
    std::string history_sheet;
    // The person's column map (column_map.hpp), as text.
    std::string column_map;
};

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options);

// Dates that cannot be meant for this status date (a template's example
// dates from 2000 in a plan read in 2026): said, once per project, since the
// slip and forecast counted from them would be absurd. When the status date
// is today for want of one in the workbook, a plan left unfinished more than
// a quarter before it is said too: its progress was recorded on some other day.
void check_dates_against(Portfolio& portfolio, Day status_date, bool status_date_is_today = false);

}  // namespace pmocalc
