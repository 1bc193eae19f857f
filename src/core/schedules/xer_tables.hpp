// The text layer of Primavera P6's XER export (read by xer_reader.cpp): the
// file's encoding, its lines, and the tables they hold — after an ERMHDR
// line, "%T name", "%F field…", then "%R value…" rows, tab-separated, up to
// "%E". Files are UTF-8 or, from older P6 versions and Windows exports,
// Windows-1252.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pmocalc::xer {

// ---- Encoding -------------------------------------------------------------

// Whether the bytes are strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_utf8(std::string_view s);
// Windows-1252 bytes as UTF-8 (its five unassigned bytes as the C1 controls of the same number).
std::string utf8_from_cp1252(std::string_view bytes);

// ---- Tables ---------------------------------------------------------------

struct Record {
    std::string_view text;  // the values after "%R\t"
    std::size_t line = 0;
};

struct Table {
    std::string_view name;
    std::unordered_map<std::string_view, std::size_t> columns;
    std::vector<Record> rows;
};

struct XerText {
    std::vector<std::string_view> header;  // ERMHDR's fields
    std::vector<Table> tables;
    std::size_t stray_lines = 0, first_stray_line = 0;
};

// The parts of text between separators (one part for text without any), into out.
void split_tabs(std::string_view text, std::vector<std::string_view>& out, char separator = '\t');

// One row of a table, its values found by field name (a row may have fewer
// values than the table has fields: the missing ones are blank).
class Row {
public:
    explicit Row(const Table& table) : table_(table) {}
    // Makes this row the record's (of this row's table).
    void load(const Record& record);
    // The value of the field, blanks around it trimmed; blank for a field the table lacks.
    std::string_view operator[](std::string_view field) const;
    std::size_t line() const { return line_; }

private:
    const Table& table_;
    std::vector<std::string_view> values_;
    std::size_t line_ = 0;
};

// The text's first line's fields and its tables up to "%E", as views into
// text; lines that are none of %T/%F/%R/%E are counted, not read.
XerText tables_of(std::string_view text);

// Calls visit(const Row&) for each row of each table named table_name, in file order.
template <class Visit>
void each_row(const XerText& xer, std::string_view table_name, Visit visit) {
    for (const Table& table : xer.tables) {
        if (table.name != table_name)
            continue;
        Row row(table);
        for (const Record& record : table.rows) {
            row.load(record);
            visit(row);
        }
    }
}

}  // namespace pmocalc::xer
