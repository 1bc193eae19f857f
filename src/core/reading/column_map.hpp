// The column map: what a person says when pmocalc read a workbook wrongly —
// which sheet holds what kind of table, where its header is, which column is
// which field, which column or sheet to leave alone. Kept in the document
// (pmocalc.ColumnMap) like the other settings, given to pmocalc-report as
// --map FILE; every face reads through the same map.
//
// One entry a line (or between ";"); "#" at the start or after a space starts a comment:
//   Tasks!C = task_name         a column's field: a field code or a header word
//                               pmocalc knows for that kind of table (タスク名, Start)
//   Tasks!F = -                 the column is not read
//   Tasks = tasks               what the sheet holds (tasks, risks, issues … or their
//                               Japanese names タスク, リスク, 課題 …); "-": not read at all
//   Tasks!5 = header            the header is row 5 (a second "Tasks!6 = header": two rows)
//   'WBS (v2)'!E = 作業名        quotes around a sheet name with ! = ; or # in it
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../portfolio.hpp"
#include "header_glossary.hpp"

namespace pmocalc {

struct ColumnMapEntry {
    enum class What { field, skip_column, kind, skip_sheet, header_row };
    What what = What::field;
    std::string sheet;
    std::size_t column = 0;       // field, skip_column
    std::size_t row = 0;          // header_row (0-based)
    std::string word;             // field: the field's code or header word, as typed
    std::optional<TableKind> kind;  // kind
    std::size_t line = 0;         // 1-based, for messages
};

struct ColumnMap {
    std::vector<ColumnMapEntry> entries;
    bool empty() const { return entries.empty(); }
    // The entries of one sheet (compared as typed, surrounding spaces ignored).
    std::vector<const ColumnMapEntry*> of_sheet(std::string_view sheet) const;
};

// Reads a map's text; each line that cannot be read is a warning in `problems`
// naming its line, and is left out.
ColumnMap parse_column_map(std::string_view text, std::vector<Diagnostic>& problems);

// The field an entry's word names in a table of a kind: a field code, else a
// header word of that kind's vocabulary.
std::optional<Field> mapped_field(TableKind kind, std::string_view word);

// "tasks", "risks" … and the Japanese names (タスク, リスク, 課題 …).
std::optional<TableKind> table_kind_from_word(std::string_view word);

}  // namespace pmocalc
