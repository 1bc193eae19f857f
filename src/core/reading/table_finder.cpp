#include "table_finder.hpp"

#include <algorithm>

#include "../text.hpp"
#include "../typed_text.hpp"

namespace pmocalc {

namespace {

// Where a header may be: below a title block, a legend and label/value pairs.
constexpr std::size_t header_search_rows = 40;
// A header of one row, or up to three (groups over groups over columns).
constexpr std::size_t max_header_rows = 3;
// More tables further down a sheet: at most this many, found at most this
// many header-like rows after a gap.
constexpr std::size_t max_tables = 8;
constexpr std::size_t max_later_candidates = 200;
// Below header_search_rows, a header is looked for down to this row.
constexpr std::size_t far_header_rows = 1000;

// The header cells of the rows a search looks at, keyed once.
class HeaderCells {
public:
    explicit HeaderCells(const Sheet& sheet) : sheet_(sheet) {}

    // The key and the shown text of a cell ("" for none: a blank, a number, a date).
    const std::string& key(std::size_t row, std::size_t column) { return cells(row)[column].key; }
    const std::string& text(std::size_t row, std::size_t column) { return cells(row)[column].text; }

private:
    struct Cell {
        std::string key;
        std::string text;
    };
    const std::vector<Cell>& cells(std::size_t row) {
        auto found = rows_.find(row);
        if (found != rows_.end())
            return found->second;
        std::vector<Cell> cells(sheet_.cells.columns());
        for (std::size_t c = 0; c < cells.size(); ++c)
            if (const auto text = text_in(sheet_.at(row, c)); text && !is_blank(*text)) {
                cells[c].text = trimmed(*text);
                cells[c].key = header_key(*text);
            }
        return rows_.emplace(row, std::move(cells)).first->second;
    }

    const Sheet& sheet_;
    std::map<std::size_t, std::vector<Cell>> rows_;
};

// A header of one row, or of two (a group above its columns): per column, the
// key to match, the group key above it and the text to show.
struct Header {
    std::vector<std::string> keys;
    std::vector<std::string> groups;
    std::vector<std::string> texts;
};

Header header_at(HeaderCells& cells, std::size_t columns, std::size_t row, std::size_t rows) {
    Header h;
    h.keys.resize(columns);
    h.groups.resize(columns);
    h.texts.resize(columns);
    // Each column's label is its lowest header cell; a label merged down over
    // the rows below keeps its text in its first cell.
    std::vector<std::size_t> label_row(columns, rows);
    for (std::size_t c = 0; c < columns; ++c)
        for (std::size_t k = rows; k-- > 0;)
            if (!cells.key(row + k, c).empty()) {
                label_row[c] = k;
                h.keys[c] = cells.key(row + k, c);
                h.texts[c] = cells.text(row + k, c);
                break;
            }
    // A group label spans the columns to its right while they have a label
    // below it (a merged cell keeps its text in its first cell): per header
    // row but the last, the group over each column, if any.
    for (std::size_t j = 0; j + 1 < rows; ++j) {
        std::string group_key, group_text;
        for (std::size_t c = 0; c < columns; ++c) {
            const bool below = label_row[c] < rows && label_row[c] > j;
            if (!below) {
                group_key.clear();
                group_text.clear();
                continue;
            }
            if (!cells.key(row + j, c).empty()) {
                group_key = cells.key(row + j, c);
                group_text = cells.text(row + j, c);
            }
            // The nearest group above a label wins (OrgPlan over Start, not Schedule over OrgPlan).
            if (!group_key.empty()) {
                h.groups[c] = group_key;
                h.texts[c] = group_text + " " + cells.text(row + label_row[c], c);
            }
        }
    }
    // A unit alone under a header (予定工数 over "(MD)"): the header with its unit.
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string& key = h.keys[c];
        if (!h.groups[c].empty() && key.size() > 2 && key.front() == '(' && key.back() == ')' &&
            key.find('(', 1) == std::string::npos) {
            h.keys[c] = h.groups[c] + key;
            h.groups[c].clear();
        }
    }
    return h;
}

// The fields that tell one kind of table from another (each present one
// counts three times: a register's Probability and Impact say more than a
// sheet named "Issue Register").
int defining_fields(const Table& t) {
    auto count = [&](std::initializer_list<Field> fields) {
        int n = 0;
        for (Field f : fields)
            n += t.has(f) ? 1 : 0;
        return n;
    };
    switch (t.kind) {
    case TableKind::tasks:
        return count({Field::percent_complete, Field::predecessors, Field::effort, Field::duration});
    case TableKind::risks: return count({Field::probability, Field::impact, Field::risk_score});
    case TableKind::issues: return count({Field::raised});
    case TableKind::changes: return count({Field::cost_impact, Field::schedule_impact});
    case TableKind::evm_series: return count({Field::period_pv, Field::period_ev, Field::period_ac});
    case TableKind::defects: return count({Field::found_date, Field::severity});
    case TableKind::tests: return count({Field::tests_planned, Field::tests_executed, Field::test_result});
    case TableKind::assignments: return count({Field::resource, Field::allocation, Field::assigned_hours});
    case TableKind::people: return count({Field::capacity});
    default: return 0;
    }
}

// A task name header merged over several columns (作業内容 over A:C), the
// names of each level written one column further right: the columns are the
// name's levels, as LV1 … LVn are.
void spread_name_over_columns(Table& t, const Header& header) {
    if (!t.has(Field::task_name) || !t.level_columns.empty())
        return;
    constexpr std::size_t rows_looked_at = 200;
    const Sheet& sheet = *t.sheet;
    const std::size_t name = t.column(Field::task_name);
    std::vector<std::size_t> levels{name};
    for (std::size_t c = name + 1; c < header.keys.size() && header.keys[c].empty(); ++c) {
        bool text = false;
        bool other = false;
        for (std::size_t row = t.first_row(); row < sheet.cells.rows() && row < t.first_row() + rows_looked_at; ++row) {
            const CellValue cell = sheet.at(row, c);
            text = text || (text_in(cell) && !is_blank(*text_in(cell)));
            other = other || std::holds_alternative<double>(cell);
        }
        if (!text || other)
            break;
        levels.push_back(c);
    }
    if (levels.size() < 2)
        return;
    t.columns.erase(Field::task_name);
    t.level_columns = std::move(levels);
}

Table build(const Sheet& sheet, TableKind kind, std::size_t row, std::size_t rows, const Header& header) {
    Table t;
    t.sheet = &sheet;
    t.kind = kind;
    t.header_row = row;
    t.header_rows = rows;
    t.end_row = sheet.cells.rows();
    t.headers = header.texts;
    for (std::size_t column = 0; column < header.keys.size(); ++column) {
        for (std::size_t k = 0; k < rows; ++k)
            if (std::holds_alternative<CellError>(sheet.at(row + k, column))) {
                t.error_headers.push_back(column);
                break;
            }
        if (header.keys[column].empty())
            continue;
        const auto match = match_header_key(kind, header.keys[column], header.groups[column]);
        if (!match)
            continue;
        if (match->field == Field::level_name) {
            t.level_columns.push_back(column);
        } else if (match->field == Field::owner && match->level > 1 && t.has(Field::owner)) {
            t.owner_columns.push_back(column);  // 担当者2 … beside 担当者1
            continue;
        } else if (const auto [it, inserted] = t.columns.emplace(match->field, column); !inserted) {
            // Two columns for one field: the more specific name wins ("ID" over
            // "#"); of two with the same name, the first.
            const int used_rank = t.ranks[match->field];
            if (match->rank < used_rank) {
                t.unused.emplace_back(it->second, column);
                it->second = column;
                t.ranks[match->field] = match->rank;
            } else if (match->rank > used_rank) {
                t.unused.emplace_back(column, it->second);
            } else {
                t.repeats.emplace_back(column, it->second);
            }
            continue;
        } else {
            t.ranks[match->field] = match->rank;
        }
        // Abbreviations such as ID, PV, WBS or LV1 belong to both languages.
        const std::string& text = header.texts[column];
        if (has_japanese(text))
            ++t.japanese_headers;
        else if (std::any_of(text.begin(), text.end(), [](char c) {
                     return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                 }) &&
                 std::any_of(header.keys[column].begin(), header.keys[column].end(),
                             [](char c) { return c >= 'a' && c <= 'z'; }))
            ++t.english_headers;
    }
    if (kind == TableKind::tasks) {
        spread_name_over_columns(t, header);
        // 開始日 and 完了日 alone: the completion date is the plan's finish,
        // there being no plan and actual pair of columns to tell it from.
        if (!t.has(Field::planned_finish) && t.has(Field::planned_start) && t.has(Field::actual_finish) &&
            !t.has(Field::actual_start)) {
            t.columns[Field::planned_finish] = t.columns[Field::actual_finish];
            t.columns.erase(Field::actual_finish);
        }
    }
    // A WBS code is the task's ID when the table has no other.
    if (kind == TableKind::tasks && !t.has(Field::task_id) && t.has(Field::wbs)) {
        t.columns[Field::task_id] = t.columns[Field::wbs];
        t.columns.erase(Field::wbs);
    }
    t.score = static_cast<int>(t.columns.size()) + (t.level_columns.empty() ? 0 : 1) + 2 * defining_fields(t);
    t.index_columns();
    return t;
}

// Whether a change table's ID or title says it is about changes (変更, CR,
// change), not merely "ID", "件名" and a status.
bool names_changes(const Table& t) {
    for (Field f : {Field::change_id, Field::change_title}) {
        if (!t.has(f))
            continue;
        const std::string key = header_key(t.header_text(t.column(f)));
        if (key.find("変更") != std::string::npos || key.find("change") != std::string::npos ||
            key.starts_with("cr"))
            return true;
    }
    return false;
}

// Whether a project table's ID or name header says "project" (プロジェクト, 案件, PJ).
bool names_projects(const Table& t) {
    for (Field f : {Field::project_id, Field::project_name}) {
        if (!t.has(f))
            continue;
        const std::string key = header_key(t.header_text(t.column(f)));
        for (std::string_view word : {"project", "プロジェクト", "案件", "pj"})
            if (key.find(word) != std::string::npos)
                return true;
    }
    return false;
}

// Whether a lessons table's text header says so (教訓, 学び, 振り返り, lesson).
bool names_lessons(const Table& t) {
    const std::string key = header_key(t.header_text(t.column(Field::lesson_text)));
    for (std::string_view word : {"教訓", "学び", "振り返り", "lesson"})
        if (key.find(word) != std::string::npos)
            return true;
    return false;
}

// Whether a holiday table's date header says so (非稼働日, 休日, Holidays), not merely "Date".
bool names_holidays(const Table& t) {
    const std::string key = header_key(t.header_text(t.column(Field::holiday_date)));
    for (std::string_view word : {"休日", "祝日", "非稼働", "holiday", "non-working", "nonworking"})
        if (key.find(word) != std::string::npos)
            return true;
    return false;
}

// Whether a header of several rows has a number under its first row in a
// column it reads: that row is data, not a header (a day grid's dates beside
// the table do not count).
bool numbers_in_header(const Table& t) {
    auto number_below = [&](std::size_t column) {
        for (std::size_t k = 1; k < t.header_rows; ++k)
            if (std::holds_alternative<double>(t.sheet->at(t.header_row + k, column)))
                return true;
        return false;
    };
    for (const auto& [field, column] : t.columns)
        if (number_below(column))
            return true;
    for (std::size_t column : t.level_columns)
        if (number_below(column))
            return true;
    return false;
}

// A row of units under a header: every text in it bracketed ((MD), （人日）, (%)),
// no number, at least one.
bool unit_row(const Sheet& sheet, std::size_t row) {
    std::size_t units = 0;
    for (std::size_t c = 0; c < sheet.cells.columns(); ++c) {
        const CellValue cell = sheet.at(row, c);
        if (is_empty_cell(cell))
            continue;
        const auto text = text_in(cell);
        if (!text)
            return false;
        const std::string t = trimmed(*text);
        if (t.empty())
            continue;
        const bool open = t.starts_with("(") || t.starts_with("（");
        const bool close = t.ends_with(")") || t.ends_with("）");
        if (!open || !close)
            return false;
        ++units;
    }
    return units > 0;
}

bool better(const Table& candidate, const std::optional<Table>& best) {
    if (!best)
        return true;
    if (candidate.score != best->score)
        return candidate.score > best->score;
    // A unit row under a header is part of it (予定工数 over (MD)): not a data row.
    if (candidate.header_row == best->header_row && candidate.header_rows == best->header_rows + 1)
        return unit_row(*candidate.sheet, candidate.header_row + best->header_rows);
    if (best->header_row == candidate.header_row && best->header_rows == candidate.header_rows + 1 &&
        unit_row(*best->sheet, best->header_row + candidate.header_rows))
        return false;
    // A title row above a one-row header is no group: the same columns without it.
    return candidate.first_row() == best->first_row() && candidate.header_rows < best->header_rows;
}

void say(std::vector<Diagnostic>& out, const Sheet& sheet, Message message) {
    out.push_back({Diagnostic::Severity::warning, sheet.name, "", std::move(message)});
}

// The column map's columns for the table: a field moved to its column, a
// column not read.
void apply_columns(Table& t, const std::vector<const ColumnMapEntry*>& entries, std::vector<Diagnostic>& out) {
    for (const ColumnMapEntry* entry : entries) {
        if (entry->what != ColumnMapEntry::What::field && entry->what != ColumnMapEntry::What::skip_column)
            continue;
        const std::size_t column = entry->column;
        if (column >= t.sheet->cells.columns()) {  // past the sheet's last column: nothing to read there
            say(out, *t.sheet,
                {Msg::column_map_no_column, {entry->line, t.sheet->name, column_letters(column),
                                             column_letters(t.sheet->cells.columns() - 1)}});
            continue;
        }
        std::optional<Field> field;
        if (entry->what == ColumnMapEntry::What::field) {
            field = mapped_field(t.kind, entry->word);
            if (!field) {
                say(out, *t.sheet,
                    {Msg::column_map_unknown_field, {entry->line, entry->word, table_kind_code(t.kind)}});
                continue;
            }
        }
        // The column's present reading goes, and so does the field's present column.
        std::erase_if(t.columns, [&](const auto& c) { return c.second == column || (field && c.first == *field); });
        std::erase(t.level_columns, column);
        std::erase(t.owner_columns, column);
        std::erase_if(t.unused, [&](const auto& u) { return u.first == column; });
        std::erase_if(t.repeats, [&](const auto& r) { return r.first == column; });
        if (field == Field::level_name) {  // one of the names of an outline's levels (LV1 …)
            t.level_columns.insert(std::upper_bound(t.level_columns.begin(), t.level_columns.end(), column), column);
        } else if (field) {
            t.columns[*field] = column;
        }
        if (std::find(t.mapped.begin(), t.mapped.end(), column) == t.mapped.end())
            t.mapped.push_back(column);
    }
    t.index_columns();
}

struct Search {
    std::size_t from = 0;
    std::size_t to = 0;  // header rows tried: [from, to)
    std::optional<TableKind> only;        // the column map's kind
    std::optional<std::size_t> header;    // the column map's header row …
    std::size_t header_rows = 1;          // … and how many rows
    std::vector<const ColumnMapEntry*> columns;  // the column map's columns, applied to each candidate
    std::size_t rows_before = static_cast<std::size_t>(-1);  // a header and a data row end before it
};

bool has_text(const Sheet& sheet, std::size_t row) {
    for (std::size_t c = 0; c < sheet.cells.columns(); ++c)
        if (const auto text = text_in(sheet.at(row, c)); text && !is_blank(*text))
            return true;
    return false;
}

std::optional<Table> best_table(const Sheet& sheet, HeaderCells& cells, const Search& search) {
    const std::size_t rows = sheet.cells.rows();
    const std::size_t columns = sheet.cells.columns();
    std::optional<Table> best;
    for (TableKind kind : all_table_kinds()) {
        if (search.only && kind != *search.only)
            continue;
        std::optional<Table> best_of_kind;
        for (std::size_t row = search.from; row < search.to && row < rows; ++row) {
            if (search.header && row != *search.header)
                continue;
            if (!search.header && !has_text(sheet, row))
                continue;  // a blank row heads nothing, not even as a group row
            for (std::size_t height = 1;
                 height <= max_header_rows && row + height <= rows && row + height < search.rows_before; ++height) {
                if (search.header && height != search.header_rows)
                    continue;
                Table t = build(sheet, kind, row, height, header_at(cells, columns, row, height));
                if (height > 1 && numbers_in_header(t))
                    continue;
                if (!search.columns.empty()) {
                    // A header of words pmocalc does not know, made readable by the map.
                    std::vector<Diagnostic> said_later;
                    apply_columns(t, search.columns, said_later);
                }
                // The column map's kind or header stands even where the columns fall short.
                if ((usable(t) || search.only || search.header) && better(t, best_of_kind))
                    best_of_kind = std::move(t);
            }
        }
        if (!best_of_kind)
            continue;
        best_of_kind->score += sheet_name_affinity(kind, sheet.name);
        if (!best || best_of_kind->score > best->score)
            best = std::move(best_of_kind);
    }
    return best;
}

bool row_blank_in(const Sheet& sheet, const std::vector<std::size_t>& columns, std::size_t row) {
    for (std::size_t c : columns)
        if (!is_empty_cell(sheet.at(row, c)))
            return false;
    return true;
}

// A row that may start another table: three texts or more and no number in
// the table's columns (a data row has its dates and figures).
bool could_be_header(const Sheet& sheet, const Table& table, std::size_t row) {
    for (std::size_t c : table.used_columns())
        if (std::holds_alternative<double>(sheet.at(row, c)))
            return false;
    std::size_t texts = 0;
    for (std::size_t c = 0; c < sheet.cells.columns() && texts < 3; ++c)
        if (const auto text = text_in(sheet.at(row, c)); text && !is_blank(*text))
            ++texts;
    return texts >= 3;
}

// Fields whose cells hold dates or numbers.
bool is_typed_field(Field field) {
    switch (field) {
    case Field::budget: case Field::effort: case Field::actual_effort: case Field::duration:
    case Field::planned_start: case Field::planned_finish: case Field::baseline_finish: case Field::forecast_finish:
    case Field::actual_start: case Field::actual_finish: case Field::percent_complete: case Field::actual_cost:
    case Field::raised: case Field::due: case Field::closed: case Field::cost_impact: case Field::schedule_impact:
    case Field::holiday_date: case Field::test_date: case Field::tests_planned: case Field::tests_executed:
    case Field::tests_passed: case Field::found_date: case Field::allocation: case Field::assigned_hours:
    case Field::capacity: case Field::period: case Field::period_pv: case Field::period_ev: case Field::period_ac:
    case Field::period_bac: case Field::milestone_weight: case Field::criterion_weight: case Field::criterion_score:
        return true;
    default: return false;
    }
}

// How many cells of a row are header words of some kind of table.
std::size_t header_words(HeaderCells& cells, std::size_t columns, std::size_t row) {
    std::size_t words = 0;
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string& key = cells.key(row, c);
        if (key.empty())
            continue;
        for (TableKind kind : all_table_kinds())
            if (match_header_key(kind, key, {})) {
                ++words;
                break;
            }
    }
    return words;
}

// A row whose cells under the table's date and number columns are texts that
// are neither (two at least, and no readable value among them): the header of
// something else ("Default role" under "Begin date", "Total cost" under "Cost").
bool foreign_row(const Table& table, std::size_t row) {
    std::size_t foreign = 0;
    for (const auto& [field, column] : table.columns) {
        if (!is_typed_field(field))
            continue;
        const CellValue cell = table.sheet->at(row, column);
        if (is_empty_cell(cell))
            continue;
        const auto text = text_in(cell);
        if (!text)
            return false;  // a number or a date: a data row
        if (read_number_text(*text) || read_date_text(*text))
            return false;
        ++foreign;
    }
    return foreign >= 2;
}


}  // namespace

std::string column_letters(std::size_t column) {
    const std::string address = cell_address(0, column);
    return address.substr(0, address.size() - 1);
}

void Table::index_columns() {
    column_of.fill(no_column);
    used_columns_ = level_columns;
    used_columns_.insert(used_columns_.end(), owner_columns.begin(), owner_columns.end());
    content_columns_ = used_columns_;
    for (const auto& [field, c] : columns) {
        column_of[static_cast<std::size_t>(field)] = c;
        used_columns_.push_back(c);
        const bool key = field == Field::task_id || field == Field::wbs || field == Field::risk_id ||
                         field == Field::issue_id || field == Field::change_id || field == Field::defect_id ||
                         field == Field::test_case_id || field == Field::project_id || field == Field::outline_level;
        if (!key)
            content_columns_.push_back(c);
    }
}

std::string Table::header_text(std::size_t column) const {
    if (column < headers.size())
        if (std::string line = one_line(headers[column]); !line.empty())
            return line;
    return column_letters(column);
}

bool usable(const Table& t) {
    const auto has = [&](Field f) { return t.has(f); };
    switch (t.kind) {
    case TableKind::projects:
        // "ID" and "Name" alone are any list's (a resource table below a
        // schedule): a project list says so, or has a program, department or PM.
        return has(Field::project_id) &&
               (has(Field::program) || has(Field::department) || has(Field::manager) ||
                (has(Field::project_name) && names_projects(t)));
    case TableKind::tasks:
        // Names over level columns (大項目 中項目 小項目) count as one column.
        return (has(Field::task_name) || !t.level_columns.empty() || has(Field::task_id)) &&
               (has(Field::planned_start) || has(Field::planned_finish)) &&
               t.columns.size() + (t.level_columns.empty() ? 0 : 1) >= 3;
    case TableKind::risks:
        return (has(Field::probability) || has(Field::impact) || has(Field::risk_score)) &&
               (has(Field::risk_title) || has(Field::risk_id));
    case TableKind::issues:
        return (has(Field::issue_title) || has(Field::issue_id)) &&
               (has(Field::raised) || ((has(Field::status) || has(Field::due)) && has(Field::issue_title) &&
                                       t.columns.size() >= 3));
    case TableKind::changes:
        return (has(Field::change_id) || has(Field::change_title)) &&
               (has(Field::cost_impact) || has(Field::schedule_impact) ||
                (has(Field::status) && (names_changes(t) || sheet_name_affinity(t.kind, t.sheet->name) > 0)));
    case TableKind::lessons:
        // "Description" or 内容 alone is any list's: a lessons table says lesson or 教訓.
        return has(Field::lesson_text) && (names_lessons(t) || sheet_name_affinity(t.kind, t.sheet->name) > 0);
    case TableKind::holidays:
        return has(Field::holiday_date) &&
               (has(Field::holiday_name) || sheet_name_affinity(t.kind, t.sheet->name) > 0 || names_holidays(t));
    case TableKind::tests:
        return (has(Field::test_date) && (has(Field::tests_planned) || has(Field::tests_executed))) ||
               (has(Field::test_result) && (has(Field::test_executed_date) || has(Field::test_planned_date)));
    case TableKind::defects:
        return has(Field::found_date) &&
               (has(Field::severity) || has(Field::phase) || sheet_name_affinity(t.kind, t.sheet->name) > 0);
    case TableKind::milestones:
        return has(Field::task_id) && has(Field::milestone_weight) && has(Field::milestone_done);
    case TableKind::assignments:
        return has(Field::resource) && (has(Field::allocation) || has(Field::assigned_hours));
    case TableKind::people:
        return has(Field::resource) && has(Field::capacity);
    case TableKind::criteria:
        return has(Field::criterion_name) && has(Field::criterion_weight);
    case TableKind::scores:
        return has(Field::project_id) && has(Field::criterion_name) && has(Field::criterion_score);
    case TableKind::evm_series:
        // PV and EV by period; without a period they are one snapshot's, per task.
        return has(Field::period) && has(Field::period_pv) && has(Field::period_ev);
    }
    return false;
}

// Whether the table has a row of data before `end`.
bool has_data(const Sheet& sheet, const Table& table, std::size_t end) {
    for (std::size_t row = table.first_row(); row < end; ++row)
        if (!row_blank_in(sheet, table.content_columns(), row))
            return true;
    return false;
}

// A table found above another ends where a header of no kind pmocalc reads
// starts after a blank row (a resource list between it and the next table).
void end_at_unknown_header(Table& table, HeaderCells& cells, std::vector<UnknownTable>* unknown) {
    const Sheet& sheet = *table.sheet;
    bool after_gap = false;
    for (std::size_t row = table.first_row(); row < table.end_row; ++row) {
        if (row_blank_in(sheet, table.used_columns(), row)) {
            after_gap = true;
            continue;
        }
        if (!after_gap)
            continue;
        after_gap = false;
        if (could_be_header(sheet, table, row) &&
            (header_words(cells, sheet.cells.columns(), row) >= 3 || foreign_row(table, row))) {
            if (unknown)
                unknown->push_back({row, table.end_row});
            table.end_row = row;
            return;
        }
    }
}

// The first table pmocalc knows below a table it does not (a resource list
// between a schedule and a risk register): after a blank row, a row of three
// texts or more heading a table.
std::optional<Table> table_after_unknown(const Sheet& sheet, HeaderCells& cells, std::size_t unknown_row,
                                         std::size_t& candidates) {
    bool after_gap = false;
    for (std::size_t row = unknown_row + 1; row < sheet.cells.rows(); ++row) {
        bool blank = true;
        for (std::size_t c = 0; c < sheet.cells.columns() && blank; ++c)
            blank = is_empty_cell(sheet.at(row, c));
        if (blank) {
            after_gap = true;
            continue;
        }
        if (!after_gap)
            continue;
        after_gap = false;
        if (header_words(cells, sheet.cells.columns(), row) < 2 || ++candidates > max_later_candidates)
            continue;
        Search later;
        later.from = row;
        later.to = row + 3;
        if (auto next = best_table(sheet, cells, later); next && next->score >= 3) {
            next->end_row = sheet.cells.rows();
            return next;
        }
    }
    return std::nullopt;
}

std::vector<Table> find_tables(const Sheet& sheet, const ColumnMap& map, std::vector<Diagnostic>& out,
                               std::vector<UnknownTable>* unknown) {
    const auto entries = map.of_sheet(sheet.name);
    Search first;
    first.to = std::min(sheet.cells.rows(), header_search_rows);
    for (const ColumnMapEntry* entry : entries) {
        switch (entry->what) {
        case ColumnMapEntry::What::skip_sheet: return {};
        case ColumnMapEntry::What::kind: first.only = entry->kind; break;
        case ColumnMapEntry::What::field:
        case ColumnMapEntry::What::skip_column: first.columns.push_back(entry); break;
        case ColumnMapEntry::What::header_row:
            if (first.header && entry->row == *first.header + 1) {
                first.header_rows = 2;
            } else if (!first.header || entry->row + 1 != *first.header) {
                first.header = entry->row;
            } else {
                first.header = entry->row;
                first.header_rows = 2;
            }
            first.to = std::max(first.to, *first.header + 1);
            break;
        }
    }
    HeaderCells cells(sheet);
    std::vector<Table> tables;
    auto found = best_table(sheet, cells, first);
    // A header further down (a long legend or instructions above it): rows that
    // could be one, at most so many of them, each tried as a header.
    for (std::size_t row = first.to, tried = 0;
         !found && !first.only && !first.header && row < std::min(sheet.cells.rows(), far_header_rows) &&
         tried < max_later_candidates;
         ++row) {
        std::size_t texts = 0, numbers = 0;
        for (std::size_t c = 0; c < sheet.cells.columns(); ++c) {
            const CellValue cell = sheet.at(row, c);
            texts += text_in(cell) && !is_blank(*text_in(cell)) ? 1 : 0;
            numbers += std::holds_alternative<double>(cell) ? 1 : 0;
        }
        if (texts < 3 || numbers > texts)
            continue;
        ++tried;
        Search further;
        further.from = row;
        further.to = row + 1;
        found = best_table(sheet, cells, further);
    }
    if (!found) {
        if (!entries.empty())
            say(out, sheet, {Msg::column_map_no_table, {sheet.name}});
        return tables;
    }
    found->kind_mapped = first.only.has_value();
    if (!entries.empty()) {
        apply_columns(*found, entries, out);
        if (!usable(*found))
            say(out, sheet, {Msg::column_map_table_unusable, {sheet.name, table_kind_code(found->kind)}});
    }
    // Tables above the best one (a short issue list above a schedule): the
    // same search over the rows above it, each ending where the next begins.
    if (entries.empty()) {
        std::size_t limit = found->header_row;
        while (tables.size() + 1 < max_tables) {
            Search upper;
            upper.to = limit;
            upper.rows_before = limit;
            auto earlier = best_table(sheet, cells, upper);
            if (!earlier || earlier->score < 3 || earlier->first_row() >= limit ||
                !has_data(sheet, *earlier, limit))
                break;
            earlier->end_row = limit;
            end_at_unknown_header(*earlier, cells, unknown);
            limit = earlier->header_row;
            tables.insert(tables.begin(), std::move(*earlier));
        }
    }
    tables.push_back(std::move(*found));
    // Further tables down the sheet, each after a blank row.
    std::size_t candidates = 0;
    while (tables.size() < max_tables && candidates < max_later_candidates) {
        Table& last = tables.back();
        std::optional<Table> next;
        bool after_gap = false;
        for (std::size_t row = last.first_row(); row < sheet.cells.rows(); ++row) {
            if (row_blank_in(sheet, last.used_columns(), row)) {
                after_gap = true;
                continue;
            }
            if (!after_gap)
                continue;
            after_gap = false;
            if (!could_be_header(sheet, last, row))
                continue;
            if (++candidates > max_later_candidates)
                break;
            Search later;
            later.from = row;
            later.to = row + 3;
            next = best_table(sheet, cells, later);
            if (next && next->score >= 3) {
                last.end_row = row;
                next->end_row = sheet.cells.rows();
                // A header of no kind pmocalc reads right above it: a table of its own, listed.
                if (next->header_row > row && header_words(cells, sheet.cells.columns(), row) >= 3 && unknown)
                    unknown->push_back({row, next->header_row});
                break;
            }
            next.reset();
            // A header of no kind pmocalc reads: the table above ends there,
            // and the next one pmocalc knows may follow it.
            if (header_words(cells, sheet.cells.columns(), row) >= 3 || foreign_row(last, row)) {
                last.end_row = row;
                next = table_after_unknown(sheet, cells, row, candidates);
                if (unknown)
                    unknown->push_back({row, next ? next->header_row : sheet.cells.rows()});
                break;
            }
        }
        if (!next)
            break;
        tables.push_back(std::move(*next));
    }
    return tables;
}

}  // namespace pmocalc
