// Reading the cells of a table's rows: numbers, dates, texts and durations as
// people type them, every problem a diagnostic naming sheet and cell, and what
// is learnt per column (values typed as text, the decimal mark, the order of
// month and day, "-" for blank) said once per column rather than per cell.
// Error values in cells (#N/A, #REF! …) are never read as blanks.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "../portfolio.hpp"
#include "../text.hpp"
#include "../workbook.hpp"
#include "table_finder.hpp"

namespace pmocalc {

// Things said once per column: "12 dates typed as text", "'-' read as blank".
class ColumnNotes {
public:
    void add(Msg what, const std::string& sheet, std::size_t column, std::size_t row, std::string example = {},
             Diagnostic::Severity severity = Diagnostic::Severity::note);
    void report(std::vector<Diagnostic>& out) const;

private:
    struct Column {
        std::size_t first_row;
        std::size_t count;
        std::string example;
        Diagnostic::Severity severity;
    };
    std::map<std::tuple<Msg, std::string, std::size_t>, Column> columns_;
};

// Which mark a column's numbers typed as text use for decimals, by the texts
// that show it ("1,234.5", "12,345,678" → dot; "1,5", "1.000,50" → comma).
class DecimalMarks {
public:
    enum class Mark { unknown, dot, comma, conflicting };
    Mark of(const Sheet& sheet, std::size_t first_row, std::size_t end_row, std::size_t column);

private:
    std::map<std::pair<const Sheet*, std::size_t>, Mark> marks_;
};

// Whether a column's dates typed as text put the month or the day first, by
// the texts that show it (6/13/2025 → month; 13/6/2025 → day).
class DateOrders {
public:
    // short_year_first: two-digit parts whose first stays the same down the
    // column while the last varies ("25/01/06", "25/01/20", "25/02/03"):
    // yy/mm/dd, as Japanese workbooks write it, not day/month/year.
    enum class Order { unknown, month_first, day_first, conflicting, short_year_first };
    Order of(const Sheet& sheet, std::size_t first_row, std::size_t end_row, std::size_t column);

private:
    std::map<std::pair<const Sheet*, std::size_t>, Order> orders_;
};

// Shared by every row of a read: where diagnostics go and what is learnt per column.
struct ReadContext {
    std::vector<Diagnostic>& diagnostics;
    ColumnNotes& notes;
    DecimalMarks& marks;
    DateOrders& orders;
    Day null_date_offset;
};

class RowReader {
public:
    RowReader(const Table& table, std::size_t row, ReadContext& context)
        : sheet_(*table.sheet), table_(table), row_(row), context_(context) {}

    bool ok() const { return ok_; }
    std::size_t row() const { return row_; }
    // For a cell whose problem leaves the rest of the record standing (a
    // project's size): its errors are said without skipping the row.
    void keep_row() { skip_row_ = false; }

    bool present(Field field) const { return table_.has(field); }
    CellValue cell(Field field) const;

    // A text that identifies or classifies the record (an ID, a status, a
    // type): an error value there makes the record unreadable.
    std::string key(Field field) { return text_of(table_.column(field), true); }
    // A text that only describes (a name, an owner): an error value there is
    // shown as it is, with a warning. Shortened to display_text_limit characters.
    std::string text(Field field) { return excerpt(text_of(table_.column(field), false)); }
    // The same, whole: a text that is parsed (a predecessor list).
    std::string whole_text(Field field) { return text_of(table_.column(field), false); }
    // The owners of the task: the owner column and 担当者2 … beside it, joined with ", ".
    std::string owners();

    // The deepest filled hierarchy column (LV1 … LVn, 大項目 中項目 小項目), for
    // names spread over levels, and its depth (1 for the first).
    std::string level_name() const;
    std::size_t level_depth() const;

    // A number; `amount` numbers (money, effort, days) must not exceed largest_amount.
    std::optional<double> number(Field field, Msg what, bool amount);
    // A number of working days: a number, or a duration typed as text ("3 days", "1日", "16h").
    std::optional<double> days(Field field, Msg what);
    std::optional<Day> date(Field field, Msg what);

    void fail(Field field, Message message);
    void fail(std::size_t column, Message message);
    void warn(Field field, Message message);
    void warn(std::size_t column, Message message);

private:
    // An error value in the cell is an error of the row.
    bool error_at(std::size_t column);
    // A text standing for an empty cell ("-", "N/A", 未定): said once per column.
    bool blank_mark_at(std::size_t column, const CellValue& cell);
    std::string text_of(std::size_t column, bool identifying);

    const Sheet& sheet_;
    const Table& table_;
    std::size_t row_;
    ReadContext& context_;
    bool ok_ = true;
    bool skip_row_ = true;
};

// Calls read(row) for every data row of the table. Blank rows are skipped; a
// run of them with data after it gets one note, since it may split a table by
// mistake (or a stray value far below it was not meant to be read). Rows that
// hold nothing but an ID or a running number (a template's empty lines) are
// skipped too, and counted in one note.
template <class ReadRow>
void for_each_row(const Table& table, std::vector<Diagnostic>& out, ReadRow read);

// A cell that holds nothing to read: blank, or a mark for blank ("-", "N/A").
bool holds_nothing(const CellValue& cell);

// Percent columns typed as 0–100 (100, 50, 0) rather than 0–1: at least half
// of the non-zero values above 1 and none above 100. Returns 100 then (said), else 1.
double percent_scale(const Table& table, Field field, std::vector<Diagnostic>& out, Msg what);

// ---- implementation of the template ------------------------------------------

template <class ReadRow>
void for_each_row(const Table& table, std::vector<Diagnostic>& out, ReadRow read) {
    const Sheet& sheet = *table.sheet;
    std::size_t gap_start = 0;
    std::size_t gap_rows = 0;
    bool any = false;
    std::size_t template_rows = 0;
    std::size_t first_template_row = 0;
    auto blank_in = [&](const std::vector<std::size_t>& columns, std::size_t row) {
        for (std::size_t column : columns)
            if (!holds_nothing(sheet.at(row, column)))
                return false;
        return true;
    };
    const std::size_t end = std::min(table.end_row, sheet.cells.rows());
    for (std::size_t row = table.first_row(); row < end; ++row) {
        if (blank_in(table.content_columns(), row)) {
            if (!blank_in(table.used_columns(), row) && template_rows++ == 0)
                first_template_row = row;
            if (gap_rows++ == 0)
                gap_start = row;
            continue;
        }
        if (gap_rows > 0 && any)
            out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(gap_start, 0),
                           {Msg::blank_row_inside_table, {gap_rows}}});
        gap_rows = 0;
        any = true;
        read(row);
    }
    if (template_rows > 0)
        out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(first_template_row, 0),
                       {Msg::template_rows_not_read, {template_rows}}});
}

}  // namespace pmocalc
