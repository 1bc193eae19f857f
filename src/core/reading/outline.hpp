// The outline a task list shows, and which of its rows are summaries (the
// parents of other rows) rather than work: by an outline-level column, by WBS
// numbers (1 / 1.1 / 1.1.1), by the hierarchy column a name is written in
// (LV1 … LV9, 大項目 / 中項目 / 小項目) or by the name's indentation.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "table_finder.hpp"

namespace pmocalc {

struct Outline {
    OutlineKind source = OutlineKind::none;
    std::size_t column = 0;       // the column it was read from (the first level column for level_columns)
    // Per row of the table from its first data row: whether the row is the
    // parent of the rows after it.
    std::vector<bool> summary;
    // The row of the one summary above every other row (the project's own
    // row in an MS Project or GanttProject export), if there is one.
    std::optional<std::size_t> root;
    bool is_summary(std::size_t row, std::size_t first_row) const {
        return row >= first_row && row - first_row < summary.size() && summary[row - first_row];
    }
};

// The outline of a task table: the first source it has of the four, in that
// order (a WBS column or IDs that are WBS numbers; indentation only when some
// names are indented and others not). Rows without a task name or ID do not
// take part.
Outline read_outline(const Table& table);

// The leading white space of a name, in spaces (a tab as 4, an ideographic space as 2).
std::size_t indentation(std::string_view name);

// Whether a WBS number or task ID is written like one: 1, 12, 1.2.3.
bool is_wbs_like(std::string_view text);
// An outline code more widely: dotted parts of letters and digits (1.2.3, A.1, project.dev.backend).
bool is_outline_code(std::string_view text);

}  // namespace pmocalc
