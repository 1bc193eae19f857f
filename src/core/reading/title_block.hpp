// The cells around a workbook's tables that say what the tables do not: a
// title block's labels and their values (PROJECT TITLE | Apollo, 基準日 |
// 2025/10/31, "Project Name: Apollo" in one cell), a title standing above a
// table, the unit of amounts in a header's brackets or in a title.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../calendar.hpp"
#include "../portfolio.hpp"
#include "../workbook.hpp"
#include "table_finder.hpp"

namespace pmocalc {

// Labelled cells (the status date, a project's name) are looked for this far
// into a sheet, and this far across.
constexpr std::size_t label_search_rows = 40;
constexpr std::size_t label_search_columns = 60;
// A label's value is at most this many columns to its right (over a merged label).
constexpr std::size_t max_label_span = 30;
// A title is in the first rows of a sheet.
constexpr std::size_t title_rows = 6;

// Whether a cell belongs to one of the tables (its header or its rows, in its columns).
bool in_table(const std::vector<Table>& tables, const Sheet& sheet, std::size_t row, std::size_t column);

struct LabelledValue {
    std::string label;
    std::string value;
    std::string cell;  // of the value
};

// The label/value pairs of a sheet's title block, outside every table: a
// label cell with its value to the right (the next filled cell, over a merged
// label) or below, or "Label: value" in one cell. Labels are title_label's.
std::vector<LabelledValue> labelled_values(const Sheet& sheet, const std::vector<Table>& tables);

struct SheetText {
    std::string text;
    std::size_t row = 0;
    std::size_t column = 0;
};

// The title of the table's sheet: the first text above the table, in the
// sheet's first rows, when it is a title — no label, date, number, header
// word, instruction or name of what the sheet is ("WBS"), standing alone in its row.
std::optional<SheetText> title_above(const Table& table);

struct LabelledDate {
    Day day = 0;
    std::string sheet;
    std::string cell;
};

// The first date labelled as the status date (label_kind::status: 基準日,
// Status date, "基準日：2025/10/31") or as the day of the last update
// (label_kind::update: 更新日, Last Update), outside every table, in the
// sheets `read` accepts. A status-date label beside no date is a warning.
enum class DateLabel { status, update };
template <class Read>
std::optional<LabelledDate> labelled_date(const Workbook& workbook, const std::vector<Table>& tables, DateLabel kind,
                                          Read read, std::vector<Diagnostic>& out);

// A date in a cell: a serial of the document, or a date typed as text.
std::optional<Day> date_in_cell(const CellValue& cell, Day null_date_offset);

// The unit in a header's brackets: 予算（千円）, Budget (k¥), 工数(人日); "" if none.
std::string unit_in_header(std::string_view header);
// The unit a title states: "（金額単位：千円）", "(amounts in thousand yen)"; "" if none.
std::string unit_in_title(std::string_view title);

// ---- implementation of the template ------------------------------------------

std::optional<LabelledDate> labelled_date_in(const Sheet& sheet, const std::vector<Table>& tables, DateLabel kind,
                                             Day null_date_offset, std::vector<Diagnostic>& out);

template <class Read>
std::optional<LabelledDate> labelled_date(const Workbook& workbook, const std::vector<Table>& tables, DateLabel kind,
                                          Read read, std::vector<Diagnostic>& out) {
    for (const Sheet& sheet : workbook.sheets)
        if (read(sheet))
            if (auto found = labelled_date_in(sheet, tables, kind, workbook.null_date_offset, out))
                return found;
    return std::nullopt;
}

}  // namespace pmocalc
