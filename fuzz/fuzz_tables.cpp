// Finding and reading tables as people lay them out, over any sheet: one sheet
// of up to 48 rows × 24 columns of blanks, numbers, texts (header words of
// every kind in English and Japanese, group words, units, value words, dates
// and numbers as text, raw bytes) and error values, and a column map built
// from map entries and raw bytes; then find_tables and read_portfolio.
//
// Checked: every table lies inside the sheet, its header above its rows, the
// tables down the sheet in order without overlapping; no column read as two
// fields; a table is of a kind it can be read as, unless the map said so;
// finding is deterministic; what "what pmocalc read" lists lies inside its
// sheet; a row is at most one record; tasks start before they finish, their
// progress and risks' probabilities are fractions; every message renders in
// both languages.
//
// Layout of the bytes: flags, [map: entry count, entries], sheet name, rows-1,
// columns-1, then cells row by row (FuzzInput::cell; a cell tag of 5–7 is a
// header word of the glossary). Missing bytes are blank cells.
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

#include "core/messages.hpp"
#include "core/reading/column_map.hpp"
#include "core/reading/table_finder.hpp"
#include "core/reading/workbook_reader.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

constexpr std::size_t max_rows = 48;
constexpr std::size_t max_columns = 24;

// One line of a column map: a sheet (this one, another, quoted), a place (a
// column, a header row, none) and a value (a field code, a header word, a
// kind, "-"), or raw bytes.
std::string map_entry(FuzzInput& in, const std::string& sheet) {
    static constexpr std::string_view fields[] = {"task_name", "planned_start", "planned_finish", "budget", "effort",
                                                  "percent_complete", "risk_title", "probability", "impact",
                                                  "issue_title", "raised", "period", "pv", "ev", "-",
                                                  "header", "tasks", "risks", "issues", "evm_series", "タスク", "none"};
    const std::uint8_t how = in.byte();
    if (how % 8 == 7)
        return in.bytes(in.byte() % 32);
    std::string out = how & 8 ? "'" + sheet + "'" : how & 16 ? std::string(in.word()) : sheet;
    switch (how % 4) {
    case 0: out += "!" + column_letters(in.byte() % (max_columns + 2)); break;
    case 1: out += "!" + std::to_string(in.byte() % (max_rows + 2)); break;
    default: break;
    }
    out += " = ";
    out += how & 32 ? std::string(in.word()) : std::string(fields[in.byte() % std::size(fields)]);
    return out;
}

void check_tables(const Sheet& sheet, const std::vector<Table>& tables, const std::vector<UnknownTable>& unknown,
                  bool mapped) {
    const std::size_t rows = sheet.cells.rows();
    std::size_t previous_end = 0;
    for (const Table& t : tables) {
        PMO_FUZZ_CHECK(t.sheet == &sheet);
        PMO_FUZZ_CHECK(t.header_rows >= 1 && t.header_rows <= 3);
        PMO_FUZZ_CHECK(t.header_row + t.header_rows <= rows);
        PMO_FUZZ_CHECK(t.first_row() <= t.end_row && t.end_row <= rows);
        PMO_FUZZ_CHECK(t.header_row >= previous_end);  // in order, not overlapping
        previous_end = t.end_row;
        PMO_FUZZ_CHECK(usable(t) || mapped);  // only the map may make a table of what falls short
        std::set<std::size_t> used;
        for (const auto& [field, column] : t.columns) {
            PMO_FUZZ_CHECK(column < sheet.cells.columns());
            PMO_FUZZ_CHECK(t.column(field) == column);
            PMO_FUZZ_CHECK(used.insert(column).second);  // no column read as two fields
        }
        for (std::size_t column : t.level_columns)
            PMO_FUZZ_CHECK(column < sheet.cells.columns() && !used.count(column));
        for (std::size_t column : t.used_columns())
            PMO_FUZZ_CHECK(column < sheet.cells.columns());
    }
    for (const UnknownTable& u : unknown)
        PMO_FUZZ_CHECK(u.header_row < u.end_row && u.end_row <= rows);
}

void check_rendering(const Message& message) {
    for (Language language : {Language::en, Language::ja}) {
        const std::string text = message.render(language);
        PMO_FUZZ_CHECK(!text.empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const std::uint8_t flags = in.byte();
    Sheet sheet;
    std::string map_text;
    const std::size_t entries = flags & 1 ? in.byte() % 8 : 0;
    // The sheet's name first: map entries name it.
    sheet.name = flags & 2 ? std::string(in.word()) : in.text();
    for (std::size_t i = 0; i < entries; ++i)
        map_text += map_entry(in, sheet.name) + (flags & 4 ? ";" : "\n");
    const std::size_t rows = in.byte() % max_rows + 1;
    const std::size_t columns = in.byte() % max_columns + 1;
    std::vector<Cell> cells;
    cells.reserve(rows * columns);
    for (std::size_t i = 0; i < rows * columns; ++i) {
        // Header words more often than FuzzInput::cell gives them, so headers form.
        if (const std::uint8_t tag = in.byte(); tag % 8 >= 5)
            cells.push_back(std::string(in.word()));
        else
            cells.push_back(tag % 8 == 4 ? Cell(in.error()) : in.cell());
    }
    sheet.cells = CellRange(rows, columns, std::move(cells));

    std::vector<Diagnostic> problems;
    const ColumnMap map = parse_column_map(map_text, problems);
    for (const ColumnMapEntry& entry : map.entries)
        PMO_FUZZ_CHECK(entry.line >= 1 && !entry.sheet.empty());
    std::vector<UnknownTable> unknown;
    const auto tables = find_tables(sheet, map, problems, &unknown);
    check_tables(sheet, tables, unknown, !map.of_sheet(sheet.name).empty());
    std::vector<Diagnostic> again_problems;
    const auto again = find_tables(sheet, map, again_problems);
    PMO_FUZZ_CHECK(again.size() == tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i)
        PMO_FUZZ_CHECK(again[i].kind == tables[i].kind && again[i].header_row == tables[i].header_row &&
                       again[i].columns == tables[i].columns && again[i].end_row == tables[i].end_row);
    for (const Diagnostic& d : problems)
        check_rendering(d.message);

    Workbook workbook;
    workbook.sheets.push_back(sheet);
    ReadOptions options;
    options.document_name = "fuzz";
    options.column_map = map_text;
    const Portfolio portfolio = read_portfolio(workbook, options);
    for (const TableRead& read : portfolio.tables_read) {
        PMO_FUZZ_CHECK(read.sheet == sheet.name);
        PMO_FUZZ_CHECK(read.first_row <= read.last_row || read.ignored != TableRead::Ignored::no);
        PMO_FUZZ_CHECK(read.last_row < std::max<std::size_t>(rows, 1));
        PMO_FUZZ_CHECK(read.first_column <= read.last_column && read.last_column < columns);
        for (const ColumnRead& c : read.columns)
            PMO_FUZZ_CHECK(c.column >= read.first_column && c.column <= read.last_column);
    }
    const std::size_t records = portfolio.tasks.size() + portfolio.risks.size() + portfolio.issues.size() +
                                portfolio.changes.size() + portfolio.periods.size() + portfolio.holidays.size() +
                                portfolio.lessons.size() + portfolio.quality.defects.size();
    PMO_FUZZ_CHECK(records <= rows);  // a row is at most one record
    for (const Task& task : portfolio.tasks) {
        PMO_FUZZ_CHECK(task.start <= task.finish);
        PMO_FUZZ_CHECK(task.budget >= 0 && task.percent_complete >= 0 && task.percent_complete <= 1);
    }
    for (const RiskEntry& risk : portfolio.risks)
        PMO_FUZZ_CHECK(risk.probability >= 0 && risk.probability <= 1);
    for (const Diagnostic& d : portfolio.diagnostics)
        check_rendering(d.message);
    return 0;
}
