// "What pmocalc read", as a person reads it: each table found in the
// workbook (sheet, range, what it was read as, which column became which
// field, rows read and left out, how tasks were weighed and summaries told)
// and each sheet not read, with why. The report's section and the panel's
// lines are made from it; the JSON's `read` holds the same records.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "portfolio.hpp"

namespace pmocalc {

struct ReadLine {
    std::string sheet;
    std::string range;  // "A3:M7"; "" for a sheet not read
    std::string kind;   // "Tasks" / "タスク", or why the sheet was not read
    std::optional<std::size_t> rows_read;
    std::optional<std::size_t> rows_skipped;
    std::optional<std::size_t> summary_rows;
    std::string columns;  // "E タスク名 → task name, F 開始日 → planned start …"
    std::string notes;    // "weighed by planned effort; summaries by the WBS numbers"
};

std::vector<ReadLine> read_lines(const Portfolio& portfolio, Language language);

// One short line per table for the panel: "WBS!A3:M7: Tasks, 3 read, 2 summaries".
std::string read_summary_text(const Portfolio& portfolio, Language language);

// "A3:M7" for a table read's range.
std::string range_text(const TableRead& read);

// How the portfolio's tasks are weighed, for the top of the report ("" when by budget).
std::string weighting_text(const Portfolio& portfolio, Language language);

}  // namespace pmocalc
