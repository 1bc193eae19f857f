// Finding the tables of a sheet as people lay them out: a header row found
// by how many of its cells are known field words (anywhere in the first rows,
// below a title block and a legend), one- or two-row headers (予定 over
// 開始日・工数・終了日, merged cells), a day grid to the right, more than one
// table down a sheet; and what each table is, by its columns.
#pragma once

#include <array>
#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../portfolio.hpp"
#include "../workbook.hpp"
#include "column_map.hpp"
#include "header_glossary.hpp"

namespace pmocalc {

struct Table {
    const Sheet* sheet = nullptr;
    TableKind kind = TableKind::tasks;
    std::size_t header_row = 0;   // the header's first row
    std::size_t header_rows = 1;  // 1, or 2 or 3 for grouped headers
    std::size_t end_row = 0;      // one past its last row (the next table's header, or the sheet's end)
    std::map<Field, std::size_t> columns;
    std::vector<std::size_t> level_columns;  // LV1 … LVn / 大項目 中項目 小項目, left to right
    std::vector<std::size_t> owner_columns;  // 担当者2 … 担当者8: more owners beside the owner column
    std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (column, the column of the same name used instead)
    std::vector<std::pair<std::size_t, std::size_t>> unused;   // (column, the column of a more specific name used)
    std::map<Field, int> ranks;                               // of the header used for each field
    std::vector<std::size_t> error_headers;                   // header cells holding an error value
    std::vector<std::size_t> mapped;                          // columns the column map decided
    std::vector<std::string> headers;                         // each column's header as shown ("実績 開始日")
    bool kind_mapped = false;                                 // the column map said what the table is
    int score = 0;
    int japanese_headers = 0;
    int english_headers = 0;

    static constexpr std::size_t no_column = static_cast<std::size_t>(-1);

    std::size_t first_row() const { return header_row + header_rows; }
    bool has(Field field) const { return columns.count(field) != 0; }
    std::size_t column(Field field) const { return column_of[static_cast<std::size_t>(field)]; }
    const std::vector<std::size_t>& used_columns() const { return used_columns_; }
    // The leftmost of the used columns (0 when none).
    std::size_t first_column() const {
        return used_columns_.empty() ? 0 : *std::min_element(used_columns_.begin(), used_columns_.end());
    }
    // The columns whose cells say something of a record (all but its IDs and project).
    const std::vector<std::size_t>& content_columns() const { return content_columns_; }
    // The header of a column as shown: "実績 開始日" for a grouped one, its letters when it has none.
    std::string header_text(std::size_t column) const;

    // Builds the constant-time lookups the row loops use; after any change to `columns`.
    void index_columns();

private:
    std::array<std::size_t, field_count> column_of{};
    std::vector<std::size_t> used_columns_;
    std::vector<std::size_t> content_columns_;
};

// Whether a table of its kind has the columns it must have to be read.
bool usable(const Table& table);

// The tables of a sheet, top to bottom, each with its kind; the column map's
// entries for the sheet applied (a kind, a header row, columns). A sheet with
// no table pmocalc knows gives none. Problems with the map are said in `out`.
//
// A header pmocalc cannot read as any kind (a resource list below a schedule)
// still ends the table above it; its rows are `unknown` ([first, end) rows), listed, not read.
struct UnknownTable {
    std::size_t header_row = 0;
    std::size_t end_row = 0;
};
std::vector<Table> find_tables(const Sheet& sheet, const ColumnMap& map, std::vector<Diagnostic>& out,
                               std::vector<UnknownTable>* unknown = nullptr);

// "A", "AB": a column's letters.
std::string column_letters(std::size_t column);

}  // namespace pmocalc
