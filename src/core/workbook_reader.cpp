#include "workbook_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "header_glossary.hpp"
#include "issue_log.hpp"
#include "key_set.hpp"
#include "planned_value.hpp"
#include "report_model.hpp"
#include "text.hpp"

namespace pmocalc {

namespace {

constexpr std::size_t header_search_rows = 30;

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string column_letters(std::size_t column) {
    const std::string address = cell_address(0, column);
    return address.substr(0, address.size() - 1);
}

// ---- finding the sheets and their header rows ----------------------------

struct Layout {
    SheetKind kind = SheetKind::tasks;
    std::size_t header_row = 0;
    std::map<Field, std::size_t> columns;
    std::vector<std::size_t> level_columns;                   // LV1 … LVn, left to right
    std::vector<std::pair<std::size_t, std::size_t>> repeats;  // (column, the column of the same name used instead)
    std::vector<std::pair<std::size_t, std::size_t>> unused;   // (column, the column of a more specific name used)
    std::map<Field, int> ranks;                               // of the header used for each field
    std::vector<std::size_t> error_headers;                   // header cells holding an error value
    int score = 0;
    int japanese_headers = 0;
    int english_headers = 0;

    // Constant-time lookups for the row loop, filled by index_columns().
    static constexpr std::size_t no_column = static_cast<std::size_t>(-1);
    std::array<std::size_t, static_cast<std::size_t>(Field::capacity) + 1> column_of{};
    std::vector<std::size_t> used_columns;

    bool has(Field field) const { return columns.count(field) != 0; }
    std::size_t column(Field field) const { return column_of[static_cast<std::size_t>(field)]; }

    void index_columns() {
        column_of.fill(no_column);
        used_columns = level_columns;
        for (const auto& [field, c] : columns) {
            column_of[static_cast<std::size_t>(field)] = c;
            used_columns.push_back(c);
        }
    }
};

bool usable(const Layout& layout) {
    const auto has = [&](Field f) { return layout.has(f); };
    switch (layout.kind) {
    case SheetKind::projects:
        return has(Field::project_id) &&
               (has(Field::project_name) || has(Field::program) || has(Field::department) || has(Field::manager));
    case SheetKind::tasks:
        return (has(Field::task_name) || !layout.level_columns.empty() || has(Field::task_id)) &&
               (has(Field::planned_start) || has(Field::planned_finish)) && layout.columns.size() >= 3;
    case SheetKind::risks:
        return (has(Field::probability) || has(Field::impact)) && (has(Field::risk_title) || has(Field::risk_id));
    case SheetKind::issues:
        return has(Field::raised) && (has(Field::issue_title) || has(Field::issue_id));
    case SheetKind::changes:
        return (has(Field::change_id) || has(Field::change_title)) &&
               (has(Field::cost_impact) || has(Field::schedule_impact) || has(Field::status));
    case SheetKind::lessons:
        return has(Field::lesson_text);
    case SheetKind::holidays:
        return has(Field::holiday_date);
    case SheetKind::tests:
        return (has(Field::test_date) && (has(Field::tests_planned) || has(Field::tests_executed))) ||
               (has(Field::test_result) && (has(Field::test_executed_date) || has(Field::test_planned_date)));
    case SheetKind::defects:
        return has(Field::found_date) && (has(Field::severity) || has(Field::phase));
    case SheetKind::milestones:
        return has(Field::task_id) && has(Field::milestone_weight) && has(Field::milestone_done);
    case SheetKind::assignments:
        return has(Field::resource) && (has(Field::allocation) || has(Field::assigned_hours));
    case SheetKind::people:
        return has(Field::resource) && has(Field::capacity);
    case SheetKind::criteria:
        return has(Field::criterion_name) && has(Field::criterion_weight);
    case SheetKind::scores:
        return has(Field::project_id) && has(Field::criterion_name) && has(Field::criterion_score);
    }
    return false;
}

std::optional<Layout> find_layout(const Sheet& sheet, SheetKind kind) {
    std::optional<Layout> best;
    const std::size_t rows = std::min(sheet.cells.rows(), header_search_rows);
    for (std::size_t row = 0; row < rows; ++row) {
        Layout layout;
        layout.kind = kind;
        layout.header_row = row;
        for (std::size_t column = 0; column < sheet.cells.columns(); ++column) {
            const CellValue cell = sheet.at(row, column);
            if (std::holds_alternative<CellError>(cell))
                layout.error_headers.push_back(column);
            const auto* text = std::get_if<std::string_view>(&cell);
            if (!text)
                continue;
            const auto match = match_header(kind, *text);
            if (!match)
                continue;
            if (match->field == Field::level_name) {
                layout.level_columns.push_back(column);
            } else if (const auto [it, inserted] = layout.columns.emplace(match->field, column); !inserted) {
                // Two columns for one field: the more specific name wins ("ID" over
                // "#"); of two with the same name, the first.
                const int used_rank = layout.ranks[match->field];
                if (match->rank < used_rank) {
                    layout.unused.emplace_back(it->second, column);
                    it->second = column;
                    layout.ranks[match->field] = match->rank;
                } else if (match->rank > used_rank) {
                    layout.unused.emplace_back(column, it->second);
                } else {
                    layout.repeats.emplace_back(column, it->second);
                }
                continue;
            } else {
                layout.ranks[match->field] = match->rank;
            }
            // Abbreviations such as ID, PV, WBS or LV1 belong to both languages.
            if (has_japanese(*text))
                ++layout.japanese_headers;
            else if (std::any_of(text->begin(), text->end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                ++layout.english_headers;
        }
        layout.score = static_cast<int>(layout.columns.size()) + (layout.level_columns.empty() ? 0 : 1);
        if (usable(layout) && (!best || layout.score > best->score))
            best = std::move(layout);
    }
    if (best) {
        best->score += sheet_name_affinity(kind, sheet.name);
        best->index_columns();
    }
    return best;
}

// ---- values typed as text -------------------------------------------------

// Dates and numbers typed as text that could be read, per sheet and column:
// reported once per column (a CSV has nothing but such values), not per cell.
class TypedAsText {
public:
    void add(Msg kind, const std::string& sheet, std::size_t column, std::size_t row) {
        auto [it, inserted] = columns_.try_emplace({kind, sheet, column}, Column{row, 0});
        ++it->second.count;
    }

    void report(std::vector<Diagnostic>& out) const {
        for (const auto& [where, column] : columns_)
            out.push_back({Diagnostic::Severity::note, std::get<1>(where),
                           cell_address(column.first_row, std::get<2>(where)),
                           {std::get<0>(where), {column.count}}});
    }

private:
    struct Column {
        std::size_t first_row;
        std::size_t count;
    };
    std::map<std::tuple<Msg, std::string, std::size_t>, Column> columns_;
};

// Which mark a column's numbers typed as text use for decimals, by the texts
// that show it ("1,234.5", "12,345,678" → dot; "1,5", "1.000,50" → comma).
class DecimalMarks {
public:
    enum class Mark { unknown, dot, comma, conflicting };

    Mark of(const Sheet& sheet, std::size_t first_row, std::size_t column) {
        const auto key = std::make_pair(&sheet, column);
        if (const auto found = marks_.find(key); found != marks_.end())
            return found->second;
        bool dot = false;
        bool comma = false;
        for (std::size_t row = first_row; row < sheet.cells.rows(); ++row) {
            const auto text = text_in(sheet.at(row, column));
            if (!text)
                continue;
            const auto number = read_number_text(*text);
            if (!number)
                continue;
            dot = dot || number->decimal == NumberText::Decimal::dot || number->group == ',';
            comma = comma || number->decimal == NumberText::Decimal::comma || number->group == '.';
        }
        const Mark mark = dot && comma ? Mark::conflicting : dot ? Mark::dot : comma ? Mark::comma : Mark::unknown;
        marks_.emplace(key, mark);
        return mark;
    }

private:
    std::map<std::pair<const Sheet*, std::size_t>, Mark> marks_;
};

// ---- reading rows -----------------------------------------------------------

// Shared by every row of a read: where diagnostics go and what is learnt per column.
struct ReadContext {
    std::vector<Diagnostic>& diagnostics;
    TypedAsText& typed;
    DecimalMarks& marks;
    Day null_date_offset;
};

class RowReader {
public:
    RowReader(const Sheet& sheet, const Layout& layout, std::size_t row, ReadContext& context)
        : sheet_(sheet), layout_(layout), row_(row), context_(context) {}

    bool ok() const { return ok_; }
    std::size_t row() const { return row_; }
    // For a cell whose problem leaves the rest of the record standing (a
    // project's size): its errors are said without skipping the row.
    void keep_row() { skip_row_ = false; }

    bool present(Field field) const { return layout_.has(field); }

    // A text that identifies or classifies the record (an ID, a status, a
    // type): an error value there makes the record unreadable.
    std::string key(Field field) { return text_of(field, true); }
    // A text that only describes (a name, an owner): an error value there is
    // shown as it is, with a warning.
    // Shortened to display_text_limit characters: only ever shown.
    std::string text(Field field) { return excerpt(text_of(field, false)); }
    // The same, whole: a text that is parsed (a predecessor list).
    std::string whole_text(Field field) { return text_of(field, false); }

    // The deepest filled hierarchy column (LV1 … LVn), for names spread over levels.
    std::string level_name() const {
        for (auto it = layout_.level_columns.rbegin(); it != layout_.level_columns.rend(); ++it)
            if (const auto value = text_in(sheet_.at(row_, *it)); value && !is_blank(*value))
                return excerpt(trimmed(*value));
        return {};
    }

    // A number; `amount` numbers (money, effort, days) must not exceed largest_amount.
    std::optional<double> number(Field field, Msg what, bool amount) {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return std::nullopt;
        const CellValue cell = sheet_.at(row_, column);
        if (is_empty_cell(cell))
            return std::nullopt;
        if (error_at(column))
            return std::nullopt;
        double value = 0;
        if (const auto* number = std::get_if<double>(&cell)) {
            value = *number;
        } else {
            const auto& text = std::get<std::string_view>(cell);
            const auto typed = read_number_text(text);
            if (!typed) {
                fail(column, {Msg::not_a_number, {what, excerpt(text)}});
                return std::nullopt;
            }
            value = typed->value;
            if (typed->ambiguous()) {
                switch (context_.marks.of(sheet_, layout_.header_row + 1, column)) {
                case DecimalMarks::Mark::comma: value = typed->alternative; break;
                case DecimalMarks::Mark::dot: break;
                case DecimalMarks::Mark::unknown:
                case DecimalMarks::Mark::conflicting:
                    warn(column, {Msg::number_text_ambiguous, {excerpt(trimmed(text)), typed->value, typed->alternative}});
                }
            }
            context_.typed.add(Msg::numbers_typed_as_text, sheet_.name, column, row_);
        }
        if (!std::isfinite(value) || (amount && std::fabs(value) > largest_amount)) {
            fail(column, {Msg::value_too_large, {what, value}});
            return std::nullopt;
        }
        return value;
    }

    std::optional<Day> date(Field field, Msg what) {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return std::nullopt;
        const CellValue cell = sheet_.at(row_, column);
        if (is_empty_cell(cell) || error_at(column))
            return std::nullopt;
        if (const auto* number = std::get_if<double>(&cell)) {
            const auto day = day_from_serial(*number, context_.null_date_offset);
            if (!day) {
                fail(column, {Msg::not_a_date, {what, day.problem().message}});
                return std::nullopt;
            }
            return *day;
        }
        const auto& value = std::get<std::string_view>(cell);
        if (auto day = parse_date_text(value)) {
            context_.typed.add(Msg::dates_typed_as_text, sheet_.name, column, row_);
            return day;
        }
        fail(column, {Msg::date_text_unreadable, {what, excerpt(value)}});
        return std::nullopt;
    }

    void fail(Field field, Message message) {
        const std::size_t column = layout_.column(field);
        fail(column == Layout::no_column ? 0 : column, std::move(message));
    }

    void fail(std::size_t column, Message message) {
        ok_ = false;
        context_.diagnostics.push_back(
            {Diagnostic::Severity::error, sheet_.name, cell_address(row_, column), std::move(message), skip_row_});
    }

    void warn(Field field, Message message) { warn(layout_.column(field), std::move(message)); }

    void warn(std::size_t column, Message message) {
        context_.diagnostics.push_back(
            {Diagnostic::Severity::warning, sheet_.name, cell_address(row_, column), std::move(message)});
    }

private:
    std::string header_of(std::size_t column) const {
        const CellValue header = sheet_.at(layout_.header_row, column);
        if (const auto* text = std::get_if<std::string_view>(&header))
            return trimmed(*text);
        return column_letters(column);
    }

    // An error value in the cell is an error of the row.
    bool error_at(std::size_t column) {
        const auto error = error_in(sheet_.at(row_, column));
        if (!error)
            return false;
        fail(column, {Msg::cell_error, {header_of(column), error_name(*error)}});
        return true;
    }

    std::string text_of(Field field, bool identifying) {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return {};
        const CellValue cell = sheet_.at(row_, column);
        if (const auto* number = std::get_if<double>(&cell))
            return number_as_text(*number);
        if (const auto* value = std::get_if<std::string_view>(&cell))
            return trimmed(*value);
        if (const auto* error = std::get_if<CellError>(&cell)) {
            if (identifying) {
                error_at(column);
                return {};
            }
            warn(column, {Msg::cell_error_shown, {header_of(column), error_name(*error)}});
            return error_name(*error);
        }
        return {};
    }

    const Sheet& sheet_;
    const Layout& layout_;
    std::size_t row_;
    ReadContext& context_;
    bool ok_ = true;
    bool skip_row_ = true;
};

bool row_is_blank(const Sheet& sheet, const Layout& layout, std::size_t row) {
    for (std::size_t column : layout.used_columns)
        if (!is_empty_cell(sheet.at(row, column)))
            return false;
    return true;
}

// Percent columns typed as 0–100 (100, 50, 0) rather than 0–1: at least half
// of the non-zero values above 1 and none above 100.
double percent_scale(const Sheet& sheet, const Layout& layout, Field field, std::vector<Diagnostic>& out, Msg what) {
    const auto it = layout.columns.find(field);
    if (it == layout.columns.end())
        return 1;
    std::size_t non_zero = 0;
    std::size_t above_one = 0;
    for (std::size_t row = layout.header_row + 1; row < sheet.cells.rows(); ++row) {
        const CellValue cell = sheet.at(row, it->second);
        std::optional<double> value;
        if (const auto* number = std::get_if<double>(&cell))
            value = *number;
        else if (const auto* text = std::get_if<std::string_view>(&cell); text && text->find('%') == std::string::npos)
            value = parse_number_text(*text);
        if (!value || *value == 0)
            continue;
        if (*value > 100 || *value < 0)
            return 1;
        ++non_zero;
        above_one += *value > 1 ? 1 : 0;
    }
    if (non_zero == 0 || above_one * 2 < non_zero)
        return 1;
    out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(layout.header_row, it->second),
                   {Msg::percent_typed_0_100, {what}}});
    return 100;
}

bool is_closed_word(const std::string& status) {
    const std::string key = normalize_label(status);
    for (std::string_view word : {"closed", "close", "done", "resolved", "complete", "completed", "完了", "クローズ",
                                  "終了", "解消", "解決", "対応済", "対応済み", "済", "済み"})
        if (key == word)
            return true;
    return false;
}

bool is_milestone_mark(const CellValue cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number != 0;
    if (const auto* text = std::get_if<std::string_view>(&cell)) {
        const std::string key = normalize_label(*text);
        for (std::string_view no : {"", "no", "n", "false", "0", "-", "いいえ", "×", "なし"})
            if (key == no)
                return false;
        return true;
    }
    return false;
}

// A milestone's done flag: true for done, false for not done, nullopt for neither.
std::optional<bool> done_mark(std::string_view text) {
    const std::string key = normalize_label(text);
    for (std::string_view word : {"done", "yes", "y", "true", "x", "✓", "✔", "○", "◯", "〇", "済", "済み", "達成",
                                  "達成済", "達成済み", "完了", "完了済", "完了済み", "はい", "achieved", "complete",
                                  "completed", "1"})
        if (key == word)
            return true;
    for (std::string_view word : {"no", "n", "false", "0", "-", "未", "未達", "未達成", "未完了", "いいえ", "×", "なし",
                                  "not done", "open", "pending"})
        if (key == word)
            return false;
    return std::nullopt;
}

std::optional<ChangeRequest::Status> change_status(const std::string& status) {
    const std::string key = normalize_label(status);
    for (std::string_view word : {"", "pending", "open", "submitted", "under review", "in review", "new", "審査中",
                                  "申請中", "未承認", "保留", "検討中", "起票", "未対応"})
        if (key == word)
            return ChangeRequest::Status::pending;
    for (std::string_view word : {"approved", "accepted", "承認", "承認済", "承認済み", "実施", "完了", "closed"})
        if (key == word)
            return ChangeRequest::Status::approved;
    for (std::string_view word : {"rejected", "withdrawn", "cancelled", "canceled", "却下", "取下げ", "取り下げ", "否認",
                                  "中止"})
        if (key == word)
            return ChangeRequest::Status::rejected;
    return std::nullopt;
}

// MS Project's constraint types (and their Japanese names). The hard ones fix
// a date against the logic, so DCMA's check counts them; the soft ones do not.
enum class ConstraintKind { soft, hard };

std::optional<ConstraintKind> constraint_kind(std::string_view text) {
    const std::string key = normalize_label(text);
    for (std::string_view word : {"mso", "mfo", "snlt", "fnlt", "must start on", "must finish on", "start no later than",
                                  "finish no later than", "開始日固定", "終了日固定", "指定日に開始", "指定日に終了",
                                  "指定日までに開始", "指定日までに終了"})
        if (key == word)
            return ConstraintKind::hard;
    for (std::string_view word : {"", "asap", "alap", "snet", "fnet", "as soon as possible", "as late as possible",
                                  "start no earlier than", "finish no earlier than", "none", "-", "できるだけ早く",
                                  "できるだけ遅く", "指定日以降に開始", "指定日以降に終了", "なし"})
        if (key == word)
            return ConstraintKind::soft;
    return std::nullopt;
}

// A task ID like the WBS numbers and counters most task lists use: 1, 12, 1.2.3.
bool is_wbs_like(const CellValue cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number >= 0;
    const auto* text = std::get_if<std::string_view>(&cell);
    if (!text)
        return false;
    const std::string key = normalize_label(*text);
    return !key.empty() && key.find_first_not_of("0123456789.") == std::string::npos && key.front() != '.' &&
           key.back() != '.';
}

// Whether a sheet's task IDs are WBS numbers: then one that is not stands out.
bool ids_are_wbs_numbers(const Sheet& sheet, const Layout& layout) {
    const std::size_t column = layout.column(Field::task_id);
    if (column == Layout::no_column)
        return false;
    std::size_t ids = 0;
    std::size_t wbs = 0;
    for (std::size_t row = layout.header_row + 1; row < sheet.cells.rows(); ++row) {
        const CellValue cell = sheet.at(row, column);
        if (is_empty_cell(cell))
            continue;
        ++ids;
        wbs += is_wbs_like(cell) ? 1 : 0;
    }
    return wbs >= 2 && wbs >= 2 * (ids - wbs);  // at least two in three
}

// Calls read(row) for every data row below the header. Blank rows are skipped;
// a run of them with data after it gets one note, since it may split a table
// by mistake (or a stray value far below it was not meant to be read).
template <class ReadRow>
void for_each_row(const Sheet& sheet, const Layout& layout, std::vector<Diagnostic>& out, ReadRow read) {
    const std::size_t first = layout.header_row + 1;
    std::size_t gap_start = 0;
    std::size_t gap_rows = 0;
    for (std::size_t row = first; row < sheet.cells.rows(); ++row) {
        if (row_is_blank(sheet, layout, row)) {
            if (gap_rows++ == 0)
                gap_start = row;
            continue;
        }
        if (gap_rows > 0)
            out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(gap_start, 0),
                           {Msg::blank_row_inside_table, {gap_rows}}});
        gap_rows = 0;
        read(row);
    }
}

// The unit of amounts as a header or a title states it: 予算（千円）, Budget
// (k¥), "（金額単位：千円）", "(amounts in thousand yen)".
std::string unit_in_header(std::string_view header) {
    const std::string key = normalize_label(header);
    const std::size_t open = key.find_last_of('(');
    if (open == std::string::npos || key.back() != ')' || open + 2 >= key.size())
        return {};
    const std::string qualifier = key.substr(open + 1, key.size() - open - 2);
    for (std::string_view not_a_unit : {"予定", "実績", "plan", "actual", "%", "％"})
        if (qualifier == not_a_unit)
            return {};
    return qualifier;
}

// The text in brackets at the end of a header, as typed: 規模（KLOC） → KLOC.
std::string bracketed_tail(std::string_view header) {
    const std::string text = trimmed(header);
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\uFF08", "\uFF09"}}) {
        if (!text.ends_with(close))
            continue;
        const std::size_t at = text.rfind(open);
        if (at != std::string::npos)
            return trimmed(std::string_view(text).substr(at + open.size(), text.size() - at - open.size() - close.size()));
    }
    return {};
}

std::string unit_in_title(std::string_view title) {
    const std::string key = normalize_label(title);
    auto until_end = [&](std::size_t from) {
        std::string unit = key.substr(from);
        const std::size_t stop = unit.find_first_of("),、");
        if (stop != std::string::npos)
            unit.erase(stop);
        return trimmed(unit);
    };
    if (const std::size_t at = key.find("単位"); at != std::string::npos) {
        std::size_t from = at + std::string_view("単位").size();
        while (from < key.size() && (key[from] == ':' || key[from] == ' '))
            ++from;
        if (key.compare(from, std::string_view("：").size(), "：") == 0)
            from += std::string_view("：").size();
        return until_end(from);
    }
    for (std::string_view lead : {"amounts in ", "amount in ", "figures in ", "costs in ", "cost in "})
        if (const std::size_t at = key.find(lead); at != std::string::npos)
            return until_end(at + lead.size());
    for (std::string_view unit : {"thousand yen", "million yen", "person-days", "person days", "man-days", "k¥", "yen"})
        if (const std::size_t at = key.rfind(" in " + std::string(unit)); at != std::string::npos)
            return std::string(unit);
    return {};
}

class PortfolioReader {
public:
    PortfolioReader(const Workbook& workbook, const ReadOptions& options)
        : workbook_(workbook), options_(options),
          context_{result_.diagnostics, typed_, marks_, workbook.null_date_offset} {}

    Portfolio read() {
        classify_sheets();
        for (const auto& [sheet, layout] : sheets_) {
            switch (layout.kind) {
            case SheetKind::projects: read_projects(*sheet, layout); break;
            case SheetKind::tasks: read_tasks(*sheet, layout); break;
            case SheetKind::risks: read_risks(*sheet, layout); break;
            case SheetKind::issues: read_issues(*sheet, layout); break;
            case SheetKind::changes: read_changes(*sheet, layout); break;
            case SheetKind::lessons: read_lessons(*sheet, layout); break;
            case SheetKind::holidays: read_holidays(*sheet, layout); break;
            case SheetKind::tests: read_tests(*sheet, layout); break;
            case SheetKind::defects: read_defects(*sheet, layout); break;
            case SheetKind::milestones: read_milestones(*sheet, layout); break;
            case SheetKind::assignments: read_assignments(*sheet, layout); break;
            case SheetKind::people: read_people(*sheet, layout); break;
            case SheetKind::criteria: read_criteria(*sheet, layout); break;
            case SheetKind::scores: read_scores(*sheet, layout); break;
            }
        }
        read_score_columns();
        typed_.report(result_.diagnostics);
        link_projects();
        resolve_assignments();
        check_scores();
        find_status_date();
        find_unit();
        check_calendar();
        check_impacts();
        sort_in_reading_order();
        return std::move(result_);
    }

private:
    void classify_sheets() {
        int japanese = 0;
        int english = 0;
        for (const Sheet& sheet : workbook_.sheets) {
            if (std::find(options_.skip_sheets.begin(), options_.skip_sheets.end(), sheet.name) !=
                options_.skip_sheets.end())
                continue;
            if (looks_like_report(sheet.cells)) {
                result_.diagnostics.push_back(
                    {Diagnostic::Severity::note, sheet.name, "A1", {Msg::report_sheet_not_read, {sheet.name}}});
                continue;
            }
            std::optional<Layout> best;
            for (SheetKind kind : all_sheet_kinds()) {
                auto layout = find_layout(sheet, kind);
                if (layout && (!best || layout->score > best->score))
                    best = std::move(layout);
            }
            if (!best)
                continue;
            japanese += best->japanese_headers;
            english += best->english_headers;
            report_header_problems(sheet, *best);
            sheets_.emplace_back(&sheet, std::move(*best));
        }
        result_.language = japanese > english ? Language::ja : Language::en;
        const bool has_tasks = std::any_of(sheets_.begin(), sheets_.end(),
                                           [](const auto& s) { return s.second.kind == SheetKind::tasks; });
        if (!has_tasks)
            result_.diagnostics.push_back({Diagnostic::Severity::error, "", "", Msg::no_task_sheet});
    }

    // A column name given twice (only the first is read), a generic column
    // left for a more specific one, and header cells that hold an error value.
    void report_header_problems(const Sheet& sheet, const Layout& layout) {
        auto header_at = [&](std::size_t column) {
            const auto text = text_in(sheet.at(layout.header_row, column));
            return text ? trimmed(*text) : std::string();
        };
        for (const auto& [column, used] : layout.unused)
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                           cell_address(layout.header_row, column),
                                           {Msg::column_not_read, {header_at(column), header_at(used),
                                                                   column_letters(used)}}});
        for (const auto& [column, used] : layout.repeats) {
            const auto header = text_in(sheet.at(layout.header_row, column));
            result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name,
                                           cell_address(layout.header_row, column),
                                           {Msg::duplicate_column, {header ? trimmed(*header) : std::string(),
                                                                    column_letters(column), column_letters(used)}}});
        }
        for (std::size_t column : layout.error_headers)
            result_.diagnostics.push_back(
                {Diagnostic::Severity::warning, sheet.name, cell_address(layout.header_row, column),
                 {Msg::cell_error_shown,
                  {column_letters(column), error_name(std::get<CellError>(sheet.at(layout.header_row, column)))}}});
    }

    void read_projects(const Sheet& sheet, const Layout& layout) {
        project_sheets_.push_back({&sheet, &layout, {}});
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            Project project{r.key(Field::project_id), r.text(Field::project_name), r.text(Field::program),
                            r.text(Field::department), r.text(Field::manager)};
            if (!r.ok())
                return;
            if (project.id.empty()) {
                r.fail(Field::project_id, Msg::project_needs_id);
                return;
            }
            if (!project_ids_.insert(project.id).second) {
                r.fail(Field::project_id, {Msg::duplicate_project_id, {project.id}});
                return;
            }
            if (project.name.empty())
                project.name = project.id;
            read_project_size(r, sheet, layout, project.id);
            read_candidate_facts(sheet, layout, r.row(), project.id);
            project_sheets_.back().rows.emplace_back(r.row(), project.id);
            result_.projects.push_back(std::move(project));
        });
        has_project_sheet_ = true;
    }

    // Choosing projects: the cost estimate, the people needed and whether the
    // project is a candidate. A bad cell is said; the project's other figures stand.
    void read_candidate_facts(const Sheet& sheet, const Layout& layout, std::size_t row, const std::string& id) {
        const bool any = layout.has(Field::selection_cost) || layout.has(Field::people_needed) ||
                         layout.has(Field::candidate);
        if (!any)
            return;
        RowReader cell(sheet, layout, row, context_);
        cell.keep_row();
        CandidateFacts facts{id, std::nullopt, std::nullopt, std::nullopt};
        facts.cost = cell.number(Field::selection_cost, Msg::term_selection_cost, true);
        if (facts.cost && *facts.cost < 0) {
            cell.warn(Field::selection_cost, {Msg::selection_cost_negative, {*facts.cost}});
            facts.cost.reset();
        }
        facts.people = cell.number(Field::people_needed, Msg::term_selection_people, true);
        if (facts.people && *facts.people < 0) {
            cell.warn(Field::people_needed, {Msg::selection_people_negative, {*facts.people}});
            facts.people.reset();
        }
        if (layout.has(Field::candidate)) {
            result_.selection.has_candidate_column = true;
            const CellValue value = sheet.at(row, layout.column(Field::candidate));
            if (const auto* number = std::get_if<double>(&value)) {
                facts.candidate = *number != 0;
            } else if (const auto* text = std::get_if<std::string_view>(&value)) {
                const std::string key = normalize_label(*text);
                static const std::array yes{"候補", "○", "〇", "◯", "yes", "y", "true", "1", "提案", "candidate",
                                            "proposed", "はい"};
                static const std::array no{"", "no", "n", "false", "0", "×", "-", "いいえ", "対象外", "見送り"};
                const auto in = [&](const auto& list) {
                    return std::find(list.begin(), list.end(), key) != list.end();
                };
                facts.candidate = in(yes);
                if (!in(yes) && !in(no))
                    cell.warn(Field::candidate, {Msg::candidate_unknown, {excerpt(trimmed(*text))}});
            } else {
                facts.candidate = false;
                if (std::holds_alternative<CellError>(value))
                    cell.key(Field::candidate);
            }
        }
        result_.selection.facts.push_back(std::move(facts));
    }

    // The size (KLOC, function points, pages) for defect density: its unit
    // from a unit column, else from the size header (規模（KLOC）, KLOC). A bad
    // size is said; the project's other figures stand.
    void read_project_size(RowReader& r, const Sheet& sheet, const Layout& layout, const std::string& id) {
        if (!layout.has(Field::project_size))
            return;
        RowReader cell(sheet, layout, r.row(), context_);
        cell.keep_row();
        const auto size = cell.number(Field::project_size, Msg::term_project_size, true);
        if (!cell.ok() || !size)
            return;
        if (!(*size > 0)) {
            cell.warn(Field::project_size, {Msg::size_not_positive, {*size}});
            return;
        }
        ProjectSize& project = result_.quality.sizes.emplace_back(ProjectSize{id, *size, cell.text(Field::size_unit)});
        if (project.unit.empty())
            if (const auto header = text_in(sheet.at(layout.header_row, layout.column(Field::project_size)))) {
                const std::string bare = normalize_label(*header);
                if (!unit_in_header(*header).empty())
                    project.unit = bracketed_tail(*header);
                else if (bare == "kloc" || bare == "ksloc" || bare == "fp")
                    project.unit = trimmed(*header);
            }
        if (project.unit.empty() && sized_without_unit_++ == 0)
            cell.warn(Field::project_size, Msg::size_without_unit);
    }

    void read_tasks(const Sheet& sheet, const Layout& layout) {
        const double scale =
            percent_scale(sheet, layout, Field::percent_complete, result_.diagnostics, Msg::term_percent_complete);
        const bool wbs_ids = ids_are_wbs_numbers(sheet, layout);
        std::size_t summary_rows = 0;
        std::size_t first_summary_row = 0;
        result_.tasks.reserve(result_.tasks.size() + sheet.cells.rows());
        task_keys_.reserve(task_keys_.size() + sheet.cells.rows());
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            Task task;
            task.project_id = r.key(Field::project_id);
            task.id = r.key(Field::task_id);
            task.name = r.present(Field::task_name) ? r.text(Field::task_name) : r.level_name();
            task.owner = r.text(Field::owner);
            result_.resources.has_task_owners = result_.resources.has_task_owners || layout.has(Field::owner);
            if (task.name.empty())
                task.name = r.level_name();
            task.source = {sheet.name, row};
            const auto budget = r.number(Field::budget, Msg::term_budget, true);
            const auto percent = r.number(Field::percent_complete, Msg::term_percent_complete, false);
            const auto actual_cost = r.number(Field::actual_cost, Msg::term_actual_cost, true);
            if (!r.ok())
                return;
            if (!budget) {
                // A summary or heading row (a parent in the WBS) carries no work of its own.
                if (percent.value_or(0) == 0 && !actual_cost) {
                    if (summary_rows++ == 0)
                        first_summary_row = row;
                    return;
                }
                r.fail(Field::budget, Msg::budget_blank_with_progress);
                return;
            }
            const auto start = r.date(Field::planned_start, Msg::term_planned_start);
            const auto finish = r.date(Field::planned_finish, Msg::term_planned_finish);
            task.baseline_finish = r.date(Field::baseline_finish, Msg::term_baseline_finish);
            task.forecast_finish = r.date(Field::forecast_finish, Msg::term_forecast_finish);
            task.actual_finish = r.date(Field::actual_finish, Msg::term_actual_finish);
            if (!r.ok())
                return;
            if (!start && !finish) {
                r.fail(layout.has(Field::planned_start) ? Field::planned_start : Field::planned_finish,
                       Msg::task_needs_dates);
                return;
            }
            const auto plan = make_task_plan(*budget, start.value_or(*finish), finish.value_or(*start));
            if (!plan) {
                r.fail(*budget < 0 ? Field::budget : Field::planned_finish, plan.problem().message);
                return;
            }
            task.budget = plan->budget;
            task.start = plan->start;
            task.finish = plan->finish;
            const auto fraction = checked_percent_complete(percent.value_or(0) / scale);
            if (!fraction) {
                r.fail(Field::percent_complete, fraction.problem().message);
                return;
            }
            task.percent_complete = *fraction;
            if (actual_cost && *actual_cost < 0) {
                r.fail(Field::actual_cost, Msg::actual_cost_negative);
                return;
            }
            task.actual_cost = actual_cost;
            if (layout.has(Field::milestone)) {
                const CellValue mark = sheet.at(row, layout.column(Field::milestone));
                if (std::holds_alternative<CellError>(mark))
                    r.text(Field::milestone);  // says so; an error is no milestone mark
                task.milestone = is_milestone_mark(mark);
            }
            if (layout.has(Field::task_id)) {
                if (task.id.empty())
                    r.warn(Field::task_id, Msg::task_without_id);
                else if (wbs_ids && !is_wbs_like(sheet.at(row, layout.column(Field::task_id))))
                    r.warn(Field::task_id, {Msg::task_id_unusual, {task.id}});
            }
            read_schedule_columns(r, sheet, layout, row, task);
            if (!r.ok())
                return;
            read_earning_columns(r, sheet, layout, row, task);
            if (!r.ok())
                return;
            key_.assign(task.project_id).append(1, '\x1f').append(task.id);
            if (!task.id.empty() && !task_keys_.insert(key_)) {
                r.fail(Field::task_id, {Msg::duplicate_task_id, {task.id}});
                return;
            }
            result_.tasks.push_back(std::move(task));
        });
        if (summary_rows > 0)
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name, cell_address(first_summary_row, 0),
                                           {Msg::summary_rows_not_counted, {summary_rows}}});
    }

    // The schedule network's columns of a task row. A bad estimate or an
    // unknown constraint is said and left out; the task's other figures stand.
    void read_schedule_columns(RowReader& r, const Sheet& sheet, const Layout& layout, std::size_t row, Task& task) {
        ScheduleColumns& columns = result_.schedule_columns;
        columns.predecessors = columns.predecessors || layout.has(Field::predecessors);
        columns.three_point = columns.three_point || (layout.has(Field::optimistic_duration) &&
                                                      layout.has(Field::likely_duration) &&
                                                      layout.has(Field::pessimistic_duration));
        columns.constraint = columns.constraint || layout.has(Field::constraint_type);
        columns.baseline_finish = columns.baseline_finish || layout.has(Field::baseline_finish);
        columns.forecast_finish = columns.forecast_finish || layout.has(Field::forecast_finish);
        columns.actual_finish = columns.actual_finish || layout.has(Field::actual_finish);
        if (layout.has(Field::predecessors)) {
            // Read whole: a shortened list would name tasks that do not exist.
            task.predecessors = r.whole_text(Field::predecessors);
            task.predecessors_column = static_cast<std::uint32_t>(layout.column(Field::predecessors));
        }
        const auto optimistic = r.number(Field::optimistic_duration, Msg::term_optimistic, true);
        const auto likely = r.number(Field::likely_duration, Msg::term_likely, true);
        const auto pessimistic = r.number(Field::pessimistic_duration, Msg::term_pessimistic, true);
        if (!r.ok())
            return;
        if (optimistic || likely || pessimistic) {
            const Field first = layout.has(Field::optimistic_duration) ? Field::optimistic_duration
                                : layout.has(Field::likely_duration)   ? Field::likely_duration
                                                                       : Field::pessimistic_duration;
            if (!optimistic || !likely || !pessimistic) {
                const Field missing = !optimistic ? Field::optimistic_duration
                                      : !likely   ? Field::likely_duration
                                                  : Field::pessimistic_duration;
                r.warn(layout.has(missing) ? missing : first, Msg::three_point_incomplete);
            } else if (!(*optimistic >= 0 && *optimistic <= *likely && *likely <= *pessimistic)) {
                r.warn(first, {Msg::three_point_invalid, {*optimistic, *likely, *pessimistic}});
            } else {
                task.optimistic = optimistic;
                task.likely = likely;
                task.pessimistic = pessimistic;
            }
        }
        if (layout.has(Field::constraint_type)) {
            const CellValue cell = sheet.at(row, layout.column(Field::constraint_type));
            if (std::holds_alternative<CellError>(cell)) {
                r.text(Field::constraint_type);  // says so; an error is no constraint
            } else if (const auto text = text_in(cell)) {
                const auto kind = constraint_kind(*text);
                if (!kind)
                    r.warn(Field::constraint_type, {Msg::constraint_unknown, {excerpt(trimmed(*text))}});
                task.hard_constraint = kind == ConstraintKind::hard;
            }
        }
    }

    // How the task earns its value and its estimate to complete. An EV method
    // that cannot be read is said, and the task earns by percent complete; a
    // bad ETC is an error of the row, as in any number column.
    void read_earning_columns(RowReader& r, const Sheet& sheet, const Layout& layout, std::size_t row, Task& task) {
        if (layout.has(Field::estimate_to_complete)) {
            result_.has_etc_column = true;
            task.etc_column = static_cast<std::uint32_t>(layout.column(Field::estimate_to_complete));
            task.etc = r.number(Field::estimate_to_complete, Msg::term_estimate_to_complete, true);
            if (!r.ok())
                return;
            if (task.etc && *task.etc < 0) {
                r.fail(Field::estimate_to_complete, Msg::etc_negative);
                return;
            }
        }
        if (!layout.has(Field::earning_rule))
            return;
        const std::size_t column = layout.column(Field::earning_rule);
        task.earning_column = static_cast<std::uint32_t>(column);
        const CellValue cell = sheet.at(row, column);
        if (const auto error = error_in(cell)) {
            const auto header = text_in(sheet.at(layout.header_row, column));
            r.warn(column, {Msg::earning_rule_cell_error,
                            {header ? trimmed(*header) : column_letters(column), error_name(*error)}});
            task.earning_fallback = true;
            return;
        }
        std::string typed;
        if (const auto* number = std::get_if<double>(&cell))
            typed = number_as_text(*number);
        else if (const auto text = text_in(cell))
            typed = trimmed(*text);
        const auto method = parse_earning_method(typed);
        if (!method) {
            r.warn(column, {Msg::earning_rule_fallback, {method.problem().message}});
            task.earning_fallback = true;
            return;
        }
        if (method->rule == EarningRule::apportioned && method->base_task.empty()) {
            r.warn(column, {Msg::apportioned_needs_base, {excerpt(typed)}});
            task.earning_fallback = true;
            return;
        }
        task.earning_rule = method->rule;
        task.apportioned_to = method->base_task;
    }

    // The Milestones sheet: the steps of tasks that earn by weighted
    // milestones. Which task a milestone belongs to is checked by the analysis.
    void read_criteria(const Sheet& sheet, const Layout& layout) {
        if (!result_.selection.has_criteria_sheet)
            result_.selection.criteria_sheet = sheet.name;
        result_.selection.has_criteria_sheet = true;
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            Criterion criterion{r.key(Field::criterion_name), 0, {sheet.name, row}};
            const auto weight = r.number(Field::criterion_weight, Msg::term_criterion_weight, true);
            if (!r.ok())
                return;
            if (criterion.name.empty()) {
                r.fail(Field::criterion_name, Msg::criterion_needs_name);
                return;
            }
            if (!weight || !(*weight >= 0)) {
                r.fail(Field::criterion_weight, {Msg::criterion_weight_invalid, {criterion.name}});
                return;
            }
            const auto same = [&](const Criterion& c) { return c.name == criterion.name; };
            if (std::any_of(result_.selection.criteria.begin(), result_.selection.criteria.end(), same)) {
                r.fail(Field::criterion_name, {Msg::criterion_duplicate, {criterion.name}});
                return;
            }
            criterion.weight = *weight;
            result_.selection.criteria.push_back(std::move(criterion));
        });
    }

    void read_scores(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            CriterionScore score;
            score.project_id = r.key(Field::project_id);
            score.criterion = r.key(Field::criterion_name);
            score.source = {sheet.name, row};
            score.criterion_cell = cell_address(row, layout.column(Field::criterion_name));
            const auto value = r.number(Field::criterion_score, Msg::term_criterion_score, true);
            if (!r.ok())
                return;
            if (score.criterion.empty()) {
                r.fail(Field::criterion_name, Msg::score_needs_criterion);
                return;
            }
            if (!value || !(*value >= 0)) {
                r.fail(Field::criterion_score, {Msg::score_invalid, {score.criterion}});
                return;
            }
            score.score = *value;
            result_.selection.scores.push_back(std::move(score));
        });
    }

    // Scores kept as columns of the Projects sheet, one a criterion, headed
    // by its name (評価基準 as typed on the Criteria sheet): read as Scores
    // rows are, each cell said where it is; a second column of the same
    // criterion is said and not read. A column another field already reads
    // is not a score. With a Scores sheet too, a project scored twice
    // on a criterion is said by check_scores at its Projects cell (the Scores
    // sheet's, read first, counts).
    void read_score_columns() {
        auto& records = result_.selection;
        if (records.criteria.empty())
            return;
        for (const auto& [sheet, layout, rows] : project_sheets_) {
            std::vector<std::string> headers(sheet->cells.columns());
            for (std::size_t c = 0; c < headers.size(); ++c)
                if (std::find(layout->used_columns.begin(), layout->used_columns.end(), c) ==
                    layout->used_columns.end())
                    if (const auto text = text_in(sheet->at(layout->header_row, c)))
                        headers[c] = normalize_label(*text);
            for (const Criterion& criterion : records.criteria) {
                const std::string key = normalize_label(criterion.name);
                const auto found = std::find(headers.begin(), headers.end(), key);
                if (criterion.name.empty() || found == headers.end())
                    continue;
                const std::size_t column = static_cast<std::size_t>(found - headers.begin());
                // A second column of the criterion is not read, and said.
                for (auto other = std::find(found + 1, headers.end(), key); other != headers.end();
                     other = std::find(other + 1, headers.end(), key)) {
                    const auto repeated = static_cast<std::size_t>(other - headers.begin());
                    result_.diagnostics.push_back(
                        {Diagnostic::Severity::warning, sheet->name, cell_address(layout->header_row, repeated),
                         {Msg::duplicate_column,
                          {criterion.name, column_letters(repeated), column_letters(column)}}});
                }
                Layout scores = *layout;
                scores.columns[Field::criterion_score] = column;
                scores.index_columns();
                for (const auto& [row, project_id] : rows) {
                    RowReader r(*sheet, scores, row, context_);
                    r.keep_row();
                    const auto value = r.number(Field::criterion_score, Msg::term_criterion_score, true);
                    if (!r.ok() || (!value && is_empty_cell(sheet->at(row, column))))
                        continue;  // said by number(), or no score
                    if (!value || !(*value >= 0)) {
                        r.fail(Field::criterion_score, {Msg::score_invalid, {criterion.name}});
                        continue;
                    }
                    records.scores.push_back(
                        {project_id, criterion.name, *value, {sheet->name, row}, cell_address(row, column)});
                }
            }
        }
    }

    // Every score names a known criterion, once per project.
    void check_scores() {
        auto& records = result_.selection;
        if (records.scores.empty())
            return;
        std::set<std::pair<std::string, std::string>> seen;
        std::erase_if(records.scores, [&](const CriterionScore& score) {
            const bool known = std::any_of(records.criteria.begin(), records.criteria.end(),
                                           [&](const Criterion& c) { return c.name == score.criterion; });
            if (!known) {
                result_.diagnostics.push_back(
                    {Diagnostic::Severity::error, score.source.sheet, score.criterion_cell,
                     records.has_criteria_sheet ? Message{Msg::score_unknown_criterion, {score.criterion}}
                                                : Message{Msg::scores_without_criteria},
                     true});
                return true;
            }
            if (!seen.insert({score.project_id, score.criterion}).second) {
                result_.diagnostics.push_back({Diagnostic::Severity::error, score.source.sheet, score.criterion_cell,
                                               {Msg::score_duplicate, {score.project_id, score.criterion}}, true});
                return true;
            }
            return false;
        });
    }

    void read_milestones(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            MilestoneEntry milestone;
            milestone.project_id = r.key(Field::project_id);
            milestone.task_id = r.key(Field::task_id);
            milestone.name = r.text(Field::milestone_name);
            milestone.source = {sheet.name, row};
            milestone.task_column = static_cast<std::uint32_t>(layout.column(Field::task_id));
            const auto weight = r.number(Field::milestone_weight, Msg::term_milestone_weight, true);
            if (!r.ok())
                return;
            if (milestone.task_id.empty()) {
                r.fail(Field::task_id, Msg::milestone_needs_task);
                return;
            }
            if (!weight) {
                r.fail(Field::milestone_weight, Msg::milestone_needs_weight);
                return;
            }
            if (*weight < 0) {
                r.fail(Field::milestone_weight, Msg::milestone_weight_negative);
                return;
            }
            milestone.weight = *weight;
            const std::size_t done_column = layout.column(Field::milestone_done);
            const CellValue done = sheet.at(row, done_column);
            if (std::holds_alternative<CellError>(done)) {
                r.key(Field::milestone_done);  // an error value is never read as "not done"
                return;
            }
            if (const auto* number = std::get_if<double>(&done)) {
                // A boolean cell is 1 or 0; any other number is a date serial.
                if (*number == 1 || *number == 0) {
                    milestone.achieved = *number == 1;
                } else if (const auto day = day_from_serial(*number, workbook_.null_date_offset)) {
                    milestone.achieved = true;
                    milestone.achieved_on = *day;
                } else {
                    r.warn(done_column, {Msg::milestone_done_unknown, {number_as_text(*number)}});
                }
            } else if (const auto text = text_in(done); text && !is_blank(*text)) {
                if (const auto day = parse_date_text(*text)) {
                    milestone.achieved = true;
                    milestone.achieved_on = *day;
                    context_.typed.add(Msg::dates_typed_as_text, sheet.name, done_column, row);
                } else if (const auto mark = done_mark(*text)) {
                    milestone.achieved = *mark;
                } else {
                    r.warn(done_column, {Msg::milestone_done_unknown, {excerpt(trimmed(*text))}});
                }
            }
            result_.milestones.push_back(std::move(milestone));
        });
    }

    void read_risks(const Sheet& sheet, const Layout& layout) {
        const double scale =
            percent_scale(sheet, layout, Field::probability, result_.diagnostics, Msg::term_probability);
        const std::size_t before = result_.risks.size();
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            RiskEntry risk;
            risk.project_id = r.key(Field::project_id);
            risk.id = r.key(Field::risk_id);
            risk.title = r.text(Field::risk_title);
            risk.owner = r.text(Field::owner);
            risk.category = r.text(Field::risk_category);
            risk.source = {sheet.name, row};
            risk.affected_task = r.key(Field::affected_task);
            risk.schedule_impact_days = r.number(Field::schedule_impact, Msg::term_schedule_impact, true);
            if (layout.has(Field::affected_task) || layout.has(Field::schedule_impact))
                risk.affected_task_cell = cell_address(
                    row, layout.column(layout.has(Field::affected_task) ? Field::affected_task : Field::schedule_impact));
            const auto probability = r.number(Field::probability, Msg::term_probability, false);
            const auto impact = r.number(Field::impact, Msg::term_impact, true);
            const std::string type = r.key(Field::risk_type);
            const std::string status = r.key(Field::status);
            if (!r.ok())
                return;
            if (!probability || !impact) {
                r.fail(!probability ? Field::probability : Field::impact, Msg::risk_needs_probability_and_impact);
                return;
            }
            const auto checked_p = checked_probability(*probability / scale);
            if (!checked_p) {
                r.fail(Field::probability, checked_p.problem().message);
                return;
            }
            const auto checked_i = checked_impact(*impact);
            if (!checked_i) {
                r.fail(Field::impact, checked_i.problem().message);
                return;
            }
            risk.probability = *checked_p;
            risk.impact = *checked_i;
            const auto kind = parse_risk_kind(type);
            if (!kind) {
                r.fail(Field::risk_type, kind.problem().message);
                return;
            }
            risk.kind = *kind;
            risk.open = !is_closed_word(status);
            if (!risk.id.empty() && !risk_keys_.insert(risk.id)) {
                r.fail(Field::risk_id, {Msg::duplicate_risk_id, {risk.id}});
                return;
            }
            result_.risks.push_back(std::move(risk));
        });
        if (result_.risks.size() > before && !layout.has(Field::status))
            result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name,
                                           cell_address(layout.header_row, 0), Msg::no_risk_status_column});
    }

    void read_issues(const Sheet& sheet, const Layout& layout) {
        const std::size_t before = result_.issues.size();
        std::size_t closed_without_date = 0;
        std::size_t first_closed_without_date = 0;
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            IssueEntry issue;
            issue.project_id = r.key(Field::project_id);
            issue.id = r.key(Field::issue_id);
            issue.title = r.text(Field::issue_title);
            issue.priority = r.text(Field::priority);
            issue.source = {sheet.name, row};
            const auto raised = r.date(Field::raised, Msg::term_raised);
            issue.due = r.date(Field::due, Msg::term_due);
            issue.closed = r.date(Field::closed, Msg::term_closed);
            const std::string status = r.key(Field::status);
            if (!r.ok())
                return;
            if (!raised) {
                r.fail(Field::raised, Msg::issue_needs_raised_date);
                return;
            }
            const auto dates = make_issue_dates(*raised, issue.closed);
            if (!dates) {
                r.fail(Field::closed, dates.problem().message);
                return;
            }
            issue.raised = dates->raised;
            if (!issue.closed && is_closed_word(status)) {
                issue.closed = issue.raised;  // closed, date not recorded: at the latest it is not open now
                if (closed_without_date++ == 0)
                    first_closed_without_date = row;
            }
            if (!issue.id.empty() && !issue_keys_.insert(issue.id)) {
                r.fail(Field::issue_id, {Msg::duplicate_issue_id, {issue.id}});
                return;
            }
            result_.issues.push_back(std::move(issue));
        });
        if (closed_without_date > 0)
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                           cell_address(first_closed_without_date,
                                                        layout.has(Field::status) ? layout.column(Field::status) : 0),
                                           {Msg::closed_without_date, {closed_without_date}}});
        if (result_.issues.size() > before && !layout.has(Field::closed) && !layout.has(Field::status))
            result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name,
                                           cell_address(layout.header_row, 0), Msg::no_issue_closed_column});
    }

    void read_changes(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            ChangeRequest change;
            change.project_id = r.key(Field::project_id);
            change.id = r.key(Field::change_id);
            change.title = r.text(Field::change_title);
            change.source = {sheet.name, row};
            change.cost_impact = r.number(Field::cost_impact, Msg::term_cost_impact, true);
            change.schedule_impact_days = r.number(Field::schedule_impact, Msg::term_schedule_impact, true);
            const std::string status_text = r.key(Field::status);
            if (!r.ok())
                return;
            const auto status = change_status(status_text);
            if (!status) {
                r.fail(Field::status, {Msg::change_status_unknown, {status_text}});
                return;
            }
            change.status = *status;
            result_.changes.push_back(std::move(change));
        });
    }

    void read_lessons(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            Lesson lesson{r.key(Field::project_id), r.text(Field::lesson_category), r.text(Field::lesson_text),
                          r.text(Field::phase), {sheet.name, row}};
            if (!r.ok() || lesson.text.empty())
                return;
            result_.lessons.push_back(std::move(lesson));
        });
    }

    void read_holidays(const Sheet& sheet, const Layout& layout) {
        result_.has_holiday_sheet = true;
        holiday_sheets_.push_back(&sheet);
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            const auto day = r.date(Field::holiday_date, Msg::term_holiday_date);
            if (day)
                result_.holidays.push_back(*day);
        });
    }

    // A Tests sheet: counts per date, or one row per test case, by the columns it has.
    void read_tests(const Sheet& sheet, const Layout& layout) {
        result_.quality.has_test_sheet = true;
        const bool per_date =
            layout.has(Field::test_date) && (layout.has(Field::tests_planned) || layout.has(Field::tests_executed));
        if (per_date)
            read_test_counts(sheet, layout);
        else
            read_test_cases(sheet, layout);
    }

    // How the count columns are meant: 累計 / cumulative, or 日次 / 週次 / daily /
    // weekly (counts per period); neither is read as cumulative, and said.
    enum class Counting { cumulative, per_period, assumed_cumulative };

    static Counting counting_of(const Sheet& sheet, const Layout& layout) {
        bool cumulative = false;
        for (Field field : {Field::tests_planned, Field::tests_executed, Field::tests_passed}) {
            if (!layout.has(field))
                continue;
            const auto header = text_in(sheet.at(layout.header_row, layout.column(field)));
            if (!header)
                continue;
            const std::string key = normalize_label(*header);
            for (std::string_view word : {"日次", "週次", "当日", "今週", "daily", "weekly", "per day", "per week",
                                          "per period", "this week"})
                if (key.find(word) != std::string::npos)
                    return Counting::per_period;
            for (std::string_view word : {"累計", "cumulative", "to date", "cum."})
                cumulative = cumulative || key.find(word) != std::string::npos;
        }
        return cumulative ? Counting::cumulative : Counting::assumed_cumulative;
    }

    void read_test_counts(const Sheet& sheet, const Layout& layout) {
        const Counting counting = counting_of(sheet, layout);
        std::vector<TestCount> rows;
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            TestCount count;
            count.project_id = r.key(Field::project_id);
            count.source = {sheet.name, row};
            const auto date = r.date(Field::test_date, Msg::term_test_date);
            count.planned = r.number(Field::tests_planned, Msg::term_tests_planned, true);
            count.executed = r.number(Field::tests_executed, Msg::term_tests_executed, true);
            count.passed = r.number(Field::tests_passed, Msg::term_tests_passed, true);
            if (!r.ok())
                return;
            if (!date) {
                r.fail(Field::test_date, Msg::test_row_needs_date);
                return;
            }
            count.date = *date;
            for (const auto& [field, value, what] :
                 {std::tuple{Field::tests_planned, count.planned, Msg::term_tests_planned},
                  std::tuple{Field::tests_executed, count.executed, Msg::term_tests_executed},
                  std::tuple{Field::tests_passed, count.passed, Msg::term_tests_passed}})
                if (value && *value < 0) {
                    r.fail(field, {Msg::test_count_negative, {what, *value}});
                    return;
                }
            if (count.passed && count.executed && *count.passed > *count.executed) {
                r.fail(Field::tests_passed, {Msg::test_counts_inconsistent, {*count.passed, *count.executed}});
                return;
            }
            rows.push_back(std::move(count));
        });
        if (rows.empty())
            return;
        // Each project's rows in date order: added up when typed per period;
        // a cumulative count that falls is said where it falls.
        std::stable_sort(rows.begin(), rows.end(), [](const TestCount& a, const TestCount& b) {
            return std::tie(a.project_id, a.date) < std::tie(b.project_id, b.date);
        });
        for (std::size_t first = 0; first < rows.size();) {
            std::size_t last = first;
            while (last < rows.size() && rows[last].project_id == rows[first].project_id)
                ++last;
            std::array<double, 3> sum{};
            std::array<std::optional<double>, 3> previous;
            constexpr std::array fields{Field::tests_planned, Field::tests_executed, Field::tests_passed};
            constexpr std::array terms{Msg::term_tests_planned, Msg::term_tests_executed, Msg::term_tests_passed};
            for (std::size_t i = first; i < last; ++i) {
                TestCount& count = rows[i];
                std::array<std::optional<double>*, 3> values{&count.planned, &count.executed, &count.passed};
                for (std::size_t k = 0; k < 3; ++k) {
                    auto& value = *values[k];
                    if (!value)
                        continue;
                    if (counting == Counting::per_period) {
                        sum[k] += *value;
                        value = sum[k];
                    } else if (previous[k] && *value < *previous[k]) {
                        result_.diagnostics.push_back(
                            {Diagnostic::Severity::warning, sheet.name,
                             cell_address(count.source.row, layout.column(fields[k])),
                             {Msg::cumulative_count_falls, {terms[k], *previous[k], *value}}});
                    }
                    previous[k] = value;
                }
            }
            first = last;
        }
        const std::size_t column = layout.has(Field::tests_planned) ? layout.column(Field::tests_planned)
                                                                     : layout.column(Field::tests_executed);
        if (counting != Counting::cumulative)
            result_.diagnostics.push_back({counting == Counting::per_period ? Diagnostic::Severity::note
                                                                           : Diagnostic::Severity::warning,
                                           sheet.name, cell_address(layout.header_row, column),
                                           counting == Counting::per_period ? Msg::test_counts_per_period
                                                                            : Msg::test_counts_read_cumulative});
        auto& out = result_.quality.test_counts;
        out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    }

    static std::optional<TestCase::Result> test_result(std::string_view text) {
        const std::string key = normalize_label(text);
        for (std::string_view word : {"pass", "passed", "ok", "合格", "○", "〇", "済", "済み", "良"})
            if (key == word)
                return TestCase::Result::pass;
        for (std::string_view word : {"fail", "failed", "ng", "n.g.", "不合格", "×", "✕", "否", "bug", "障害"})
            if (key == word)
                return TestCase::Result::fail;
        for (std::string_view word : {"", "-", "未実施", "未", "not run", "blocked", "保留", "skipped", "n/a"})
            if (key == word)
                return TestCase::Result::none;
        return std::nullopt;
    }

    void read_test_cases(const Sheet& sheet, const Layout& layout) {
        KeySet ids;
        std::string id_key;
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            TestCase test;
            test.project_id = r.key(Field::project_id);
            test.id = r.key(Field::test_case_id);
            test.source = {sheet.name, row};
            test.planned = r.date(Field::test_planned_date, Msg::term_test_planned_date);
            test.executed = r.date(Field::test_executed_date, Msg::term_test_executed_date);
            const std::string result_text = r.key(Field::test_result);
            if (!r.ok())
                return;
            const auto result = test_result(result_text);
            if (!result) {
                r.fail(Field::test_result, {Msg::test_result_unknown, {excerpt(result_text)}});
                return;
            }
            test.result = *result;
            if (test.result != TestCase::Result::none && !test.executed && layout.has(Field::test_executed_date))
                r.warn(Field::test_executed_date, Msg::test_result_without_date);
            else if (test.result == TestCase::Result::none && test.executed && layout.has(Field::test_result))
                r.warn(Field::test_result, Msg::test_date_without_result);
            id_key.assign(test.project_id).append(1, '\x1f').append(test.id);
            if (!test.id.empty() && !ids.insert(id_key)) {
                r.fail(Field::test_case_id, {Msg::duplicate_test_case_id, {test.id}});
                return;
            }
            result_.quality.test_cases.push_back(std::move(test));
        });
    }

    void read_defects(const Sheet& sheet, const Layout& layout) {
        auto& quality = result_.quality;
        if (!quality.has_defect_sheet)
            quality.defect_sheet = sheet.name;
        quality.has_defect_sheet = true;
        const std::size_t before = quality.defects.size();
        std::size_t closed_without_date = 0;
        std::size_t first_closed_without_date = 0;
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            DefectEntry defect;
            defect.project_id = r.key(Field::project_id);
            defect.id = r.key(Field::defect_id);
            defect.title = r.text(Field::defect_title);
            defect.severity = r.key(Field::severity);
            defect.phase = r.text(Field::phase);
            defect.source = {sheet.name, row};
            const auto found = r.date(Field::found_date, Msg::term_found_date);
            defect.closed = r.date(Field::closed, Msg::term_closed);
            const std::string status = r.key(Field::status);
            if (!r.ok())
                return;
            if (!found) {
                r.fail(Field::found_date, Msg::defect_needs_found_date);
                return;
            }
            defect.found = *found;
            if (defect.closed && *defect.closed < defect.found) {
                r.fail(Field::closed, Msg::defect_closed_before_found);
                return;
            }
            if (!defect.closed && is_closed_word(status)) {
                defect.closed = defect.found;  // closed, date not recorded: at the latest it is not open now
                if (closed_without_date++ == 0)
                    first_closed_without_date = row;
            }
            key_.assign(defect.project_id).append(1, '\x1f').append(defect.id);
            if (!defect.id.empty() && !defect_keys_.insert(key_)) {
                r.fail(Field::defect_id, {Msg::duplicate_defect_id, {defect.id}});
                return;
            }
            quality.defects.push_back(std::move(defect));
        });
        if (closed_without_date > 0)
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                           cell_address(first_closed_without_date,
                                                        layout.has(Field::status) ? layout.column(Field::status) : 0),
                                           {Msg::defect_closed_without_date, {closed_without_date}}});
        if (quality.defects.size() > before && !layout.has(Field::closed) && !layout.has(Field::status))
            result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name,
                                           cell_address(layout.header_row, 0), Msg::no_defect_closed_column});
    }

    // An Assignments sheet: its dates may wait for the task's (resolve_assignments).
    void read_assignments(const Sheet& sheet, const Layout& layout) {
        result_.resources.has_assignment_sheet = true;
        const double scale = share_scale(sheet, layout, Field::allocation, Msg::term_allocation);
        double hours_factor = 1;
        if (layout.has(Field::assigned_hours))
            if (const auto header = text_in(sheet.at(layout.header_row, layout.column(Field::assigned_hours)))) {
                const std::string unit = unit_in_header(*header);
                for (std::string_view days : {"人日", "person-days", "person days", "man-days", "man days", "pd", "md",
                                              "days", "日"})
                    if (unit == days) {
                        hours_factor = hours_per_working_day;
                        result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                                       cell_address(layout.header_row, layout.column(Field::assigned_hours)),
                                                       Msg::hours_in_person_days});
                        break;
                    }
            }
        bool above_one = false;
        pending_assignments_.reserve(pending_assignments_.size() + sheet.cells.rows());
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            PendingAssignment pending;
            Assignment& a = pending.assignment;
            a.person = excerpt(r.key(Field::resource));  // an error value there leaves no one to load
            a.project_id = r.key(Field::project_id);
            a.task_id = r.key(Field::task_id);
            a.task_name = r.text(Field::task_name);
            a.source = {sheet.name, row};
            pending.start = r.date(Field::planned_start, Msg::term_assignment_start);
            pending.finish = r.date(Field::planned_finish, Msg::term_assignment_finish);
            const auto allocation = r.number(Field::allocation, Msg::term_allocation, false);
            const auto hours = r.number(Field::assigned_hours, Msg::term_assigned_hours, true);
            if (!r.ok())
                return;
            if (a.person.empty()) {
                r.fail(Field::resource, Msg::assignment_needs_person);
                return;
            }
            if (allocation) {
                a.allocation = *allocation / scale_of(sheet, layout, row, Field::allocation, scale);
                if (a.allocation < 0 || a.allocation > largest_allocation) {
                    r.fail(Field::allocation, {Msg::allocation_out_of_range, {a.allocation}});
                    return;
                }
                above_one = above_one || a.allocation > 1;
            } else if (hours) {
                if (*hours < 0) {
                    r.fail(Field::assigned_hours, {Msg::hours_negative, {*hours}});
                    return;
                }
                a.hours = *hours * hours_factor;
            } else {
                r.fail(layout.has(Field::allocation) ? Field::allocation : Field::assigned_hours,
                       Msg::assignment_needs_share);
                return;
            }
            pending.start_column = static_cast<std::uint32_t>(
                layout.has(Field::planned_start) ? layout.column(Field::planned_start) : 0);
            pending.finish_column = static_cast<std::uint32_t>(
                layout.has(Field::planned_finish) ? layout.column(Field::planned_finish) : pending.start_column);
            pending.project_column = static_cast<std::uint32_t>(
                layout.has(Field::project_id) ? layout.column(Field::project_id) : 0);
            pending.task_column = static_cast<std::uint32_t>(
                layout.has(Field::task_id) ? layout.column(Field::task_id)
                                           : layout.has(Field::task_name) ? layout.column(Field::task_name) : 0);
            pending.hours_column = static_cast<std::uint32_t>(
                layout.has(Field::assigned_hours) ? layout.column(Field::assigned_hours) : 0);
            a.share_column = static_cast<std::uint32_t>(allocation ? layout.column(Field::allocation)
                                                                   : layout.column(Field::assigned_hours));
            pending_assignments_.push_back(std::move(pending));
        });
        if (above_one)
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                           cell_address(layout.header_row, layout.column(Field::allocation)),
                                           Msg::allocation_above_one});
    }

    // Allocations and capacities typed as 0–100 (50, 100, 150) rather than as
    // fractions (0.5, 1, 1.5): some value above 10 (1000 %, ten people), none
    // above 1000. Cells formatted as percent hold fractions already.
    double share_scale(const Sheet& sheet, const Layout& layout, Field field, Msg what) {
        if (!layout.has(field))
            return 1;
        const std::size_t column = layout.column(field);
        double largest = 0;
        for (std::size_t row = layout.header_row + 1; row < sheet.cells.rows(); ++row) {
            const CellValue cell = sheet.at(row, column);
            std::optional<double> value;
            if (const auto* number = std::get_if<double>(&cell))
                value = *number;
            else if (const auto* text = std::get_if<std::string_view>(&cell); text && text->find('%') == std::string::npos)
                value = parse_number_text(*text);
            if (value)
                largest = std::max(largest, *value);
        }
        if (largest <= largest_allocation || largest > 100 * largest_allocation)
            return 1;
        result_.diagnostics.push_back({Diagnostic::Severity::note, sheet.name, cell_address(layout.header_row, column),
                                       {Msg::percent_typed_0_100, {what}}});
        return 100;
    }

    // A cell typed "50%" is a fraction already, whatever the column's other cells are.
    static double scale_of(const Sheet& sheet, const Layout& layout, std::size_t row, Field field, double scale) {
        const auto text = text_in(sheet.at(row, layout.column(field)));
        return text && text->find('%') != std::string_view::npos ? 1 : scale;
    }

    void read_people(const Sheet& sheet, const Layout& layout) {
        result_.resources.has_people_sheet = true;
        const double scale = share_scale(sheet, layout, Field::capacity, Msg::term_capacity);
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, context_);
            PersonEntry person;
            person.name = excerpt(r.key(Field::resource));
            person.department = r.text(Field::department);
            person.source = {sheet.name, row};
            const auto capacity = r.number(Field::capacity, Msg::term_capacity, false);
            if (!r.ok())
                return;
            if (person.name.empty()) {
                r.fail(Field::resource, Msg::assignment_needs_person);
                return;
            }
            if (capacity) {
                person.capacity = *capacity / scale_of(sheet, layout, row, Field::capacity, scale);
                if (!(*person.capacity > 0) || *person.capacity > largest_capacity) {
                    r.fail(Field::capacity, {Msg::capacity_out_of_range, {*person.capacity}});
                    return;
                }
            }
            if (!person_keys_.insert(normalize_label(person.name))) {
                r.fail(Field::resource, {Msg::duplicate_person, {person.name}});
                return;
            }
            result_.resources.people.push_back(std::move(person));
        });
    }

    // After every sheet is read: each assignment's project (the only one when
    // the sheet has no project column), its task and the task's dates where
    // its own are blank; then each task owner without an Assignments row for
    // that task, at allocation 1 over the task. Unknown projects and tasks are
    // warnings: the person's load is still real.
    void resolve_assignments() {
        ResourceRecords& resources = result_.resources;
        const bool single = result_.projects.size() == 1;
        const auto owned = static_cast<std::size_t>(std::count_if(
            result_.tasks.begin(), result_.tasks.end(), [](const Task& task) { return !task.owner.empty(); }));
        if (pending_assignments_.empty() && owned == 0)
            return;
        resources.assignments.reserve(resources.assignments.size() + pending_assignments_.size());
        // Tasks by project + ID and by project + normalised name (the first
        // task of a key wins); the names are indexed only when an Assignments
        // row names a task that no ID matches.
        std::string key;
        auto task_key = [&key](std::string_view project, std::string_view text) -> std::string_view {
            key.assign(project).append(1, '\x1f').append(text);
            return key;
        };
        KeySet id_keys;
        std::vector<const Task*> by_id;
        if (!pending_assignments_.empty()) {
            id_keys.reserve(result_.tasks.size());
            by_id.reserve(result_.tasks.size());
            for (const Task& task : result_.tasks)
                if (!task.id.empty() && id_keys.emplace(task_key(task.project_id, task.id)).second)
                    by_id.push_back(&task);
        }
        KeySet name_keys;
        std::vector<const Task*> by_name;
        bool names_indexed = false;
        auto find_task = [&](const std::string& project, const std::string& text) -> const Task* {
            if (text.empty())
                return nullptr;
            if (const std::size_t found = id_keys.find(task_key(project, text)); found != KeySet::npos)
                return by_id[found];
            if (!names_indexed) {
                names_indexed = true;
                name_keys.reserve(result_.tasks.size());
                for (const Task& task : result_.tasks)
                    if (!task.name.empty() &&
                        name_keys.emplace(task_key(task.project_id, normalize_label(task.name))).second)
                        by_name.push_back(&task);
            }
            if (const std::size_t found = name_keys.find(task_key(project, normalize_label(text)));
                found != KeySet::npos)
                return by_name[found];
            return nullptr;
        };
        KeySet named;  // project + task + person of every Assignments row
        named.reserve(pending_assignments_.size() + owned);
        for (PendingAssignment& pending : pending_assignments_) {
            Assignment& a = pending.assignment;
            const std::string& sheet = a.source.sheet;
            const std::size_t row = a.source.row;
            if (a.project_id.empty() && single)
                a.project_id = result_.projects.front().id;
            else if (!a.project_id.empty() && !project_ids_.count(a.project_id))
                result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet,
                                               cell_address(row, pending.project_column),
                                               {Msg::assignment_unknown_project, {a.project_id}}});
            const std::string& task_text = a.task_id.empty() ? a.task_name : a.task_id;
            const Task* task = find_task(a.project_id, task_text);
            if (!task && !a.task_name.empty() && !a.task_id.empty())
                task = find_task(a.project_id, a.task_name);
            if (task) {
                a.task_id = task->id;
                if (a.task_name.empty())
                    a.task_name = task->name;
            } else if (!task_text.empty() && !result_.tasks.empty()) {
                result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet,
                                               cell_address(row, pending.task_column),
                                               {Msg::assignment_unknown_task, {task_text, a.project_id}}});
            }
            if (task) {
                pending.start = pending.start.value_or(task->start);
                pending.finish = pending.finish.value_or(task->finish);
            }
            if (!pending.start || !pending.finish) {
                result_.diagnostics.push_back({Diagnostic::Severity::error, sheet,
                                               cell_address(row, pending.start ? pending.finish_column
                                                                               : pending.start_column),
                                               Msg::assignment_needs_dates, true});
                continue;
            }
            a.start = *pending.start;
            a.finish = *pending.finish;
            if (a.finish < a.start) {
                result_.diagnostics.push_back({Diagnostic::Severity::error, sheet, cell_address(row, pending.finish_column),
                                               Msg::finish_before_start, true});
                continue;
            }
            if (a.hours && *a.hours <= hours_per_working_day && a.finish > a.start)
                result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet, cell_address(row, pending.hours_column),
                                               {Msg::hours_look_daily, {*a.hours, MessageArg::date(a.start),
                                                                        MessageArg::date(a.finish)}}});
            if (task)
                named.insert(owner_key(key, task->project_id, task->id.empty() ? task->name : task->id, a.person));
            resources.assignments.push_back(std::move(a));
        }
        std::vector<PendingAssignment>().swap(pending_assignments_);  // their memory too
        // An owner cell holding an error value (shown as it is, and said) names no one.
        auto owner_is_error = [&](const Task& task) {
            const auto found = std::find_if(sheets_.begin(), sheets_.end(),
                                            [&](const auto& s) { return s.first->name == task.source.sheet; });
            return found != sheets_.end() && found->second.has(Field::owner) &&
                   std::holds_alternative<CellError>(
                       found->first->at(task.source.row, found->second.column(Field::owner)));
        };
        for (const Task& task : result_.tasks) {
            if (task.owner.empty() || owner_is_error(task) ||
                !named.insert(owner_key(key, task.project_id, task.id.empty() ? task.name : task.id, task.owner)))
                continue;
            Assignment a;
            a.person = task.owner;
            a.project_id = task.project_id;
            a.task_id = task.id;
            a.task_name = task.name;
            a.start = task.start;
            a.finish = task.finish;
            a.allocation = 1;
            a.from_task_owner = true;
            a.source = task.source;
            resources.assignments.push_back(std::move(a));
        }
    }

    // project + task + normalised person, built in `key`.
    static std::string_view owner_key(std::string& key, const std::string& project, const std::string& task,
                                      const std::string& person) {
        key.assign(project).append(1, '\x1f').append(task).append(1, '\x1f').append(normalize_label(person));
        return key;
    }

    // Every record must belong to a known project. Without a project sheet the
    // projects are the IDs the tasks use; without any project column the
    // workbook is one project, named after the document.
    void link_projects() {
        if (!has_project_sheet_) {
            for (const Task& task : result_.tasks)
                if (project_ids_.insert(task.project_id).second)
                    result_.projects.push_back(
                        {task.project_id, task.project_id.empty() ? options_.document_name : task.project_id, "", "", ""});
        }
        const bool single = result_.projects.size() == 1;
        const std::string only_id = single ? result_.projects.front().id : std::string();
        auto belongs = [&](auto& record, Msg what) {
            if (record.project_id.empty() && single) {
                record.project_id = only_id;
                return true;
            }
            if (project_ids_.count(record.project_id))
                return true;
            const auto layout = std::find_if(sheets_.begin(), sheets_.end(),
                                             [&](const auto& s) { return s.first->name == record.source.sheet; });
            const auto column = layout->second.has(Field::project_id) ? layout->second.column(Field::project_id) : 0;
            result_.diagnostics.push_back(
                {Diagnostic::Severity::error, record.source.sheet, cell_address(record.source.row, column),
                 record.project_id.empty() ? Message{Msg::no_project_id_several_projects, {what}}
                                           : Message{Msg::unknown_project, {what, record.project_id}},
                 true});
            return false;
        };
        std::erase_if(result_.tasks, [&](Task& t) { return !belongs(t, Msg::term_the_task); });
        std::erase_if(result_.risks, [&](RiskEntry& r) { return !belongs(r, Msg::term_the_risk); });
        std::erase_if(result_.issues, [&](IssueEntry& i) { return !belongs(i, Msg::term_the_issue); });
        std::erase_if(result_.changes, [&](ChangeRequest& c) { return !belongs(c, Msg::term_the_change); });
        std::erase_if(result_.quality.test_counts, [&](TestCount& t) { return !belongs(t, Msg::term_the_test); });
        std::erase_if(result_.quality.test_cases, [&](TestCase& t) { return !belongs(t, Msg::term_the_test); });
        std::erase_if(result_.quality.defects, [&](DefectEntry& d) { return !belongs(d, Msg::term_the_defect); });
        std::erase_if(result_.milestones, [&](MilestoneEntry& m) { return !belongs(m, Msg::term_the_milestone); });
        std::erase_if(result_.selection.scores, [&](CriterionScore& c) { return !belongs(c, Msg::term_the_score); });
    }

    std::optional<Day> date_in_cell(const CellValue cell) const {
        if (const auto* number = std::get_if<double>(&cell)) {
            if (auto day = day_from_serial(*number, workbook_.null_date_offset))
                return *day;
            return std::nullopt;
        }
        if (const auto* text = std::get_if<std::string_view>(&cell))
            return parse_date_text(*text);
        return std::nullopt;
    }

    // The status date: a labelled cell anywhere near the top of a sheet; else
    // the one date above a task table (the evmtools layout); else a _YYYYMMDD
    // ending of the file name. Where it came from is kept, and said.
    void find_status_date() {
        if (find_labelled_status_date())
            return;
        for (const auto& [sheet, layout] : sheets_) {
            if (layout.kind != SheetKind::tasks || layout.header_row == 0)
                continue;
            std::optional<std::pair<std::size_t, std::size_t>> found;
            bool several = false;
            for (std::size_t row = 0; row < layout.header_row; ++row)
                for (std::size_t column = 0; column < sheet->cells.columns(); ++column) {
                    const CellValue cell = sheet->at(row, column);
                    if (!std::holds_alternative<double>(cell))
                        continue;
                    several = several || found.has_value() || !date_in_cell(cell);
                    found = std::pair{row, column};
                }
            if (!found || several)
                continue;
            result_.status_date = date_in_cell(sheet->at(found->first, found->second));
            result_.status_date_source = StatusDateSource::gantt;
            result_.diagnostics.push_back({Diagnostic::Severity::note, sheet->name,
                                           cell_address(found->first, found->second),
                                           {Msg::status_date_from_gantt, {MessageArg::date(*result_.status_date)}}});
            return;
        }
        if (const auto day = date_in_name(options_.document_name)) {
            result_.status_date = day;
            result_.status_date_source = StatusDateSource::file_name;
            result_.diagnostics.push_back(
                {Diagnostic::Severity::note, "", "", {Msg::status_date_from_file_name, {MessageArg::date(*day)}}});
        }
    }

    bool find_labelled_status_date() {
        for (const Sheet& sheet : workbook_.sheets) {
            if (std::find(options_.skip_sheets.begin(), options_.skip_sheets.end(), sheet.name) !=
                options_.skip_sheets.end())
                continue;
            const std::size_t rows = std::min(sheet.cells.rows(), header_search_rows);
            const std::size_t columns = std::min<std::size_t>(sheet.cells.columns(), 40);
            for (std::size_t row = 0; row < rows; ++row)
                for (std::size_t column = 0; column < columns; ++column) {
                    const auto label = text_in(sheet.at(row, column));
                    if (!label)
                        continue;
                    const auto rest = after_status_date_label(*label);
                    if (!rest)
                        continue;
                    if (!rest->empty()) {  // "基準日：2025/10/31" in one cell
                        if (const auto day = parse_date_text(*rest)) {
                            result_.status_date = day;
                            result_.status_date_source = StatusDateSource::label;
                            return true;
                        }
                        continue;
                    }
                    for (const auto& [r, c] : {std::pair{row, column + 1}, std::pair{row, column + 2},
                                               std::pair{row + 1, column}}) {
                        const CellValue cell = sheet.at(r, c);
                        if (is_empty_cell(cell))
                            continue;
                        if (const auto day = date_in_cell(cell)) {
                            result_.status_date = day;
                            result_.status_date_source = StatusDateSource::label;
                            return true;
                        }
                        result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(r, c),
                                                       {Msg::status_date_not_a_date, {trimmed(*label)}}});
                        break;
                    }
                }
        }
        return false;
    }

    // The unit of budgets and costs: from the budget header's qualifier, else a title above a table.
    void find_unit() {
        for (const auto& [sheet, layout] : sheets_)
            if (layout.kind == SheetKind::tasks && layout.has(Field::budget))
                if (const auto header = text_in(sheet->at(layout.header_row, layout.column(Field::budget))))
                    if (std::string unit = unit_in_header(*header); !unit.empty()) {
                        result_.unit = unit;
                        return;
                    }
        for (const auto& [sheet, layout] : sheets_) {
            if (layout.kind != SheetKind::tasks && layout.kind != SheetKind::projects)
                continue;
            for (std::size_t row = 0; row < layout.header_row; ++row)
                for (std::size_t column = 0; column < sheet->cells.columns(); ++column)
                    if (const auto title = text_in(sheet->at(row, column)))
                        if (std::string unit = unit_in_title(*title); !unit.empty()) {
                            result_.unit = unit;
                            return;
                        }
        }
    }

    // Without holidays only weekends are non-working: say so, since slip and PV count working days.
    void check_calendar() {
        if (result_.tasks.empty() || !result_.holidays.empty())
            return;
        if (holiday_sheets_.empty())
            result_.diagnostics.push_back({Diagnostic::Severity::warning, "", "", Msg::no_holiday_sheet});
        else
            result_.diagnostics.push_back(
                {Diagnostic::Severity::warning, holiday_sheets_.front()->name, "A1", Msg::holiday_sheet_empty});
    }

    // Impacts that are all whole numbers 1–5 are a rating scale, not amounts.
    void check_impacts() {
        const auto& risks = result_.risks;
        result_.impacts_are_ratings = !risks.empty() && std::all_of(risks.begin(), risks.end(), [](const RiskEntry& r) {
            return r.impact >= 1 && r.impact <= 5 && r.impact == std::floor(r.impact);
        });
        if (!result_.impacts_are_ratings)
            return;
        for (const auto& [sheet, layout] : sheets_)
            if (layout.kind == SheetKind::risks && layout.has(Field::impact)) {
                result_.diagnostics.push_back({Diagnostic::Severity::note, sheet->name,
                                               cell_address(layout.header_row, layout.column(Field::impact)),
                                               Msg::impacts_as_ratings});
                return;
            }
    }

    // Workbook-wide problems first, then sheet by sheet, row by row, left to right.
    void sort_in_reading_order() {
        std::map<std::string, std::size_t> sheet_order;
        for (std::size_t i = 0; i < workbook_.sheets.size(); ++i)
            sheet_order.emplace(workbook_.sheets[i].name, i + 1);
        auto key = [&](const Diagnostic& d) {
            const auto found = sheet_order.find(d.sheet);
            const std::size_t sheet = found == sheet_order.end() ? 0 : found->second;
            std::size_t column = 0;
            std::size_t at = 0;
            for (; at < d.cell.size() && d.cell[at] >= 'A' && d.cell[at] <= 'Z'; ++at)
                column = column * 26 + static_cast<std::size_t>(d.cell[at] - 'A' + 1);
            std::size_t row = 0;
            std::from_chars(d.cell.data() + at, d.cell.data() + d.cell.size(), row);
            return std::tuple{sheet, row, column};
        };
        std::stable_sort(result_.diagnostics.begin(), result_.diagnostics.end(),
                         [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    }

    const Workbook& workbook_;
    const ReadOptions& options_;
    Portfolio result_;
    TypedAsText typed_;
    DecimalMarks marks_;
    ReadContext context_;
    std::vector<std::pair<const Sheet*, Layout>> sheets_;
    std::vector<const Sheet*> holiday_sheets_;
    bool has_project_sheet_ = false;
    // Each Projects sheet read, with the row of each project it gave.
    struct ProjectSheet {
        const Sheet* sheet;
        const Layout* layout;
        std::vector<std::pair<std::size_t, std::string>> rows;  // (row, project ID)
    };
    std::vector<ProjectSheet> project_sheets_;
    std::unordered_set<std::string> project_ids_;
    KeySet task_keys_;  // project ID + '\x1f' + task ID
    std::string key_;
    KeySet risk_keys_;
    KeySet issue_keys_;
    KeySet defect_keys_;  // project ID + '\x1f' + defect ID
    std::size_t sized_without_unit_ = 0;
    // An Assignments row until its task's dates are known.
    struct PendingAssignment {
        Assignment assignment;
        std::optional<Day> start;
        std::optional<Day> finish;
        std::uint32_t start_column = 0;
        std::uint32_t finish_column = 0;
        std::uint32_t project_column = 0;
        std::uint32_t task_column = 0;
        std::uint32_t hours_column = 0;
    };
    std::vector<PendingAssignment> pending_assignments_;
    KeySet person_keys_;  // People names, normalised
};

}  // namespace

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options) {
    return PortfolioReader(workbook, options).read();
}

}  // namespace pmocalc
