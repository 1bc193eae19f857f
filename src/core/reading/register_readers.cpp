// Registers: risks (probability and impact as numbers, percents, 1–5 scales,
// words such as Rare … Almost Certain or 低/中/高, and bands such as "75% to
// 100%", each mapping said once), issues, change requests, lessons and holidays.
#include <algorithm>
#include <cmath>
#include <map>

#include "../issue_log.hpp"
#include "../risk.hpp"
#include "../text.hpp"
#include "../typed_text.hpp"
#include "reader_state.hpp"
#include "value_words.hpp"

namespace pmocalc {

namespace {

// How one column of a register types a rating (a probability or an impact).
class RatingColumn {
public:
    enum class Numbers { as_typed, percent, five_point };

    RatingColumn(const Table& table, Field field) : table_(table), field_(field) {
        if (!table.has(field))
            return;
        const Sheet& sheet = *table.sheet;
        const std::size_t column = table.column(field);
        bool all_small_integers = true, any_above_one = false, any_number = false;
        std::size_t non_zero = 0, above_one = 0;
        bool above_hundred = false;
        for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
            const CellValue cell = sheet.at(row, column);
            std::optional<double> value = number_in(cell);
            if (const auto text = text_in(cell)) {
                if (const auto word = rating_word(*text)) {
                    five_point_words_ = five_point_words_ || !word->three_point;
                    continue;
                }
                if (text->find('%') == std::string_view::npos)
                    value = parse_number_text(*text);
            }
            if (!value)
                continue;
            any_number = true;
            all_small_integers = all_small_integers && *value >= 1 && *value <= 5 && *value == std::floor(*value);
            any_above_one = any_above_one || *value > 1;
            if (*value != 0) {
                ++non_zero;
                above_one += *value > 1 ? 1 : 0;
            }
            above_hundred = above_hundred || *value > 100 || *value < 0;
        }
        if (field == Field::probability && any_number) {
            if (all_small_integers && any_above_one)
                numbers_ = Numbers::five_point;
            else if (!above_hundred && non_zero > 0 && above_one * 2 >= non_zero)
                numbers_ = Numbers::percent;
        }
    }

    Numbers numbers() const { return numbers_; }
    bool numbers_are_ratings() const { return numbers_ == Numbers::five_point || !seen_.empty(); }

    // The cell's value: a word or band mapped (and remembered for the note),
    // else nullopt with `typed` telling whether the cell holds such a text.
    std::optional<double> mapped(const CellValue& cell, bool& was_text) {
        was_text = false;
        const auto text = text_in(cell);
        if (!text)
            return std::nullopt;
        if (const auto word = rating_word(*text)) {
            was_text = true;
            const double value = value_of(*word);
            seen_.emplace(trimmed(*text), value);
            return value;
        }
        if (field_ == Field::probability) {
            if (const auto band = probability_band(*text); band && !read_number_text(*text)) {
                was_text = true;
                bands_.emplace(trimmed(*text), *band);
                return *band;
            }
        }
        return std::nullopt;
    }

    // A number as typed, on the column's scale.
    double scaled(double value) const {
        switch (numbers_) {
        case Numbers::as_typed: return value;
        case Numbers::percent: return value / 100;
        case Numbers::five_point: return (value - 0.5) / 5;
        }
        return value;
    }

    // One note for the column: the scale or the words and bands, as read.
    void say(std::vector<Diagnostic>& out) const {
        if (!table_.has(field_))
            return;
        const std::string where = cell_address(table_.header_row, table_.column(field_));
        const std::string header = table_.header_text(table_.column(field_));
        auto listing = [&](const std::map<std::string, double>& values) {
            std::vector<std::pair<std::string, double>> sorted(values.begin(), values.end());
            std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
            std::string text;
            for (const auto& [word, value] : sorted) {
                if (!text.empty())
                    text += ", ";
                text += word + " = " + (field_ == Field::probability ? format_number(value * 100, 1) + "%"
                                                                     : format_number(value, 2));
            }
            return text;
        };
        if (numbers_ == Numbers::percent)
            out.push_back({Diagnostic::Severity::note, table_.sheet->name, where,
                           {Msg::percent_typed_0_100, {Msg::term_probability}}});
        if (numbers_ == Numbers::five_point)
            out.push_back({Diagnostic::Severity::note, table_.sheet->name, where,
                           {Msg::probability_five_point_scale, {header}}});
        if (!seen_.empty())
            out.push_back({Diagnostic::Severity::note, table_.sheet->name, where,
                           {field_ == Field::probability ? Msg::probability_words_read : Msg::impact_words_read,
                            {header, listing(seen_)}}});
        if (!bands_.empty())
            out.push_back({Diagnostic::Severity::note, table_.sheet->name, where,
                           {Msg::probability_bands_read, {header, listing(bands_)}}});
    }

private:
    double value_of(const RatingWord& word) const {
        // Low / Medium / High alone: thirds of the scale; with Very … or
        // Rare … Almost certain: fifths.
        if (word.three_point && !five_point_words_) {
            const int third = word.level - 1;  // 1, 2, 3
            return field_ == Field::probability ? (third - 0.5) / 3 : 2.0 * third - 1;  // impact 1, 3, 5
        }
        return field_ == Field::probability ? (word.level - 0.5) / 5 : word.level;
    }

    const Table& table_;
    Field field_;
    Numbers numbers_ = Numbers::as_typed;
    bool five_point_words_ = false;
    std::map<std::string, double> seen_;
    std::map<std::string, double> bands_;
};

// A rating cell: a word, a band, else a number on the column's scale.
std::optional<double> rating_of(RowReader& r, RatingColumn& column, Field field, Msg what, bool amount) {
    bool was_text = false;
    if (const auto value = column.mapped(r.cell(field), was_text))
        return value;
    const bool percent_text = [&] {
        const auto text = text_in(r.cell(field));
        return text && text->find('%') != std::string_view::npos;
    }();
    const auto number = r.number(field, what, amount);
    if (!number)
        return std::nullopt;
    return percent_text ? *number : column.scaled(*number);
}

// A type column of categories (Quality, Legal …) rather than threats and
// opportunities: none of its values is one.
bool types_are_categories(const Table& table) {
    if (!table.has(Field::risk_type))
        return false;
    const Sheet& sheet = *table.sheet;
    const std::size_t column = table.column(Field::risk_type);
    std::size_t kinds = 0, others = 0;
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        const auto text = text_in(sheet.at(row, column));
        if (!text || is_blank(*text))
            continue;
        (parse_risk_kind(*text) ? kinds : others) += 1;
    }
    return kinds == 0 && others > 0;
}

// A RAID log keeps risks, issues, assumptions and dependencies in one list,
// told apart by a type column.
enum class RaidItem { risk, issue, other };

std::optional<RaidItem> raid_item(std::string_view text) {
    const std::string key = normalize_label(text);
    for (std::string_view word : {"risk", "risks", "r", "リスク", "threat", "opportunity", "脅威", "好機", "機会"})
        if (key == word)
            return RaidItem::risk;
    for (std::string_view word : {"issue", "issues", "i", "課題", "問題", "懸案", "problem"})
        if (key == word)
            return RaidItem::issue;
    for (std::string_view word : {"assumption", "assumptions", "a", "dependency", "dependencies", "d", "action",
                                  "actions", "decision", "decisions", "前提", "前提条件", "依存", "依存関係", "アクション",
                                  "決定", "決定事項"})
        if (key == word)
            return RaidItem::other;
    return std::nullopt;
}

// Whether the type column is a RAID log's: every value an item type, and some not a risk.
bool types_are_raid_items(const Table& table) {
    if (!table.has(Field::risk_type))
        return false;
    const Sheet& sheet = *table.sheet;
    const std::size_t column = table.column(Field::risk_type);
    bool other_than_risk = false;
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        const auto text = text_in(sheet.at(row, column));
        if (!text || is_blank(*text))
            continue;
        const auto item = raid_item(*text);
        if (!item)
            return false;
        other_than_risk = other_than_risk || *item != RaidItem::risk;
    }
    return other_than_risk;
}

// An issue row of a RAID log: its ID, title, status and dates where the log has them.
void read_raid_issue(ReaderState& state, const Table& table, RowReader& r) {
    IssueEntry issue;
    issue.project_id = r.key(Field::project_id);
    issue.id = r.key(Field::risk_id);
    issue.title = r.text(Field::risk_title);
    issue.source = {table.sheet->name, r.row()};
    const std::string status = r.key(Field::status);
    if (!r.ok())
        return;
    issue.raised_unknown = true;
    issue.raised = first_plausible_day;
    if (is_closed_word(status))
        issue.closed = first_plausible_day;
    if (!issue.id.empty() && !state.issue_keys.insert(issue.id)) {
        r.fail(Field::risk_id, {Msg::duplicate_issue_id, {issue.id}});
        return;
    }
    state.result.issues.push_back(std::move(issue));
}

}  // namespace

// A schedule impact column of Yes / No (whether the risk would delay, not
// by how many days): not read as days, and said.
bool yes_no_column(const Table& table, Field field) {
    if (!table.has(field))
        return false;
    const Sheet& sheet = *table.sheet;
    const std::size_t column = table.column(field);
    bool words = false;
    for (std::size_t row = table.first_row(); row < std::min(table.end_row, sheet.cells.rows()); ++row) {
        const CellValue cell = sheet.at(row, column);
        if (number_in(cell))
            return false;
        if (const auto text = text_in(cell); text && !is_blank(*text)) {
            if (read_number_text(*text))
                return false;
            const std::string key = normalize_label(*text);
            if (key != "yes" && key != "no" && key != "y" && key != "n" && key != "はい" && key != "いいえ" &&
                key != "あり" && key != "なし" && key != "有" && key != "無" && key != "○" && key != "×")
                return false;
            words = true;
        }
    }
    return words;
}

void read_risks(ReaderState& state, const Table& table_as_found) {
    Portfolio& result = state.result;
    Table table = table_as_found;
    if (yes_no_column(table, Field::schedule_impact)) {
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(table.header_row, table.column(Field::schedule_impact)),
                                      {Msg::yes_no_not_days, {table.header_text(table.column(Field::schedule_impact))}}});
        table.columns.erase(Field::schedule_impact);
        table.index_columns();
    }
    RatingColumn probability(table, Field::probability);
    RatingColumn impact(table, Field::impact);
    const bool raid = types_are_raid_items(table);
    const bool type_is_category = !raid && types_are_categories(table);
    std::size_t raid_issues = 0, raid_others = 0;
    if (raid)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(table.header_row, table.column(Field::risk_type)),
                                      {Msg::raid_log_split, {table.header_text(table.column(Field::risk_type))}}});
    if (type_is_category)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(table.header_row, table.column(Field::risk_type)),
                                      {Msg::risk_types_are_categories,
                                       {table.header_text(table.column(Field::risk_type))}}});
    const std::size_t before = result.risks.size();
    std::size_t negative_impacts = 0, first_negative_impact = 0;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        if (raid) {
            const auto text = text_in(r.cell(Field::risk_type));
            const auto item = text ? raid_item(*text) : std::nullopt;
            if (item == RaidItem::issue) {
                ++raid_issues;
                read_raid_issue(state, table, r);
                return;
            }
            if (item == RaidItem::other) {
                ++raid_others;
                return;
            }
        }
        RiskEntry risk;
        risk.project_id = r.key(Field::project_id);
        risk.id = r.key(Field::risk_id);
        risk.title = r.text(Field::risk_title);
        risk.owner = r.text(Field::owner);
        risk.category = r.text(Field::risk_category);
        if (type_is_category && risk.category.empty())
            risk.category = r.text(Field::risk_type);
        risk.source = {table.sheet->name, row};
        risk.affected_task = r.key(Field::affected_task);
        risk.schedule_impact_days = r.number(Field::schedule_impact, Msg::term_schedule_impact, true);
        if (table.has(Field::affected_task) || table.has(Field::schedule_impact))
            risk.affected_task_cell = cell_address(
                row, table.column(table.has(Field::affected_task) ? Field::affected_task : Field::schedule_impact));
        const auto p = rating_of(r, probability, Field::probability, Msg::term_probability, false);
        auto i = rating_of(r, impact, Field::impact, Msg::term_impact, true);
        const std::string type = type_is_category || raid ? std::string() : r.key(Field::risk_type);
        const std::string status = r.key(Field::status);
        if (!r.ok())
            return;
        if (!p || !i) {
            r.fail(!p ? Field::probability : Field::impact, Msg::risk_needs_probability_and_impact);
            return;
        }
        const auto checked_p = checked_probability(*p);
        if (!checked_p) {
            r.fail(Field::probability, checked_p.problem().message);
            return;
        }
        // A negative impact amount, without a type saying otherwise: an opportunity (a saving).
        std::optional<RiskKind> kind_by_sign;
        if (*i < 0 && type.empty() && !impact.numbers_are_ratings()) {
            kind_by_sign = RiskKind::opportunity;
            i = -*i;
            if (negative_impacts++ == 0)
                first_negative_impact = row;
        }
        const auto checked_i = checked_impact(*i);
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
        risk.kind = kind_by_sign.value_or(*kind);
        risk.open = !is_closed_word(status);
        if (!risk.id.empty() && !state.risk_keys.insert(risk.id)) {
            r.fail(Field::risk_id, {Msg::duplicate_risk_id, {risk.id}});
            return;
        }
        result.risks.push_back(std::move(risk));
    });
    probability.say(result.diagnostics);
    impact.say(result.diagnostics);
    if (negative_impacts > 0)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(first_negative_impact, table.column(Field::impact)),
                                      {Msg::negative_impacts_are_opportunities, {negative_impacts}}});
    state.read_of(table_as_found).rows_read = result.risks.size() - before + raid_issues;
    if (raid_others > 0)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(table.header_row, table.column(Field::risk_type)),
                                      {Msg::raid_others_not_read, {raid_others}}});
    if (result.risks.size() > before && !table.has(Field::status))
        result.diagnostics.push_back({Diagnostic::Severity::warning, table.sheet->name,
                                      cell_address(table.header_row, 0), Msg::no_risk_status_column});
}

void read_issues(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.issues.size();
    std::size_t closed_without_date = 0;
    std::size_t first_closed_without_date = 0;
    const bool raised_column = table.has(Field::raised);
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        IssueEntry issue;
        issue.project_id = r.key(Field::project_id);
        issue.id = r.key(Field::issue_id);
        issue.title = r.text(Field::issue_title);
        issue.priority = r.text(Field::priority);
        issue.source = {table.sheet->name, row};
        const auto raised = r.date(Field::raised, Msg::term_raised);
        issue.due = r.date(Field::due, Msg::term_due);
        issue.closed = r.date(Field::closed, Msg::term_closed);
        const std::string status = r.key(Field::status);
        if (!r.ok())
            return;
        if (!raised && raised_column) {
            r.fail(Field::raised, Msg::issue_needs_raised_date);
            return;
        }
        issue.raised_unknown = !raised;
        const auto dates = make_issue_dates(raised.value_or(first_plausible_day), issue.closed);
        if (!dates) {
            r.fail(Field::closed, dates.problem().message);
            return;
        }
        issue.raised = dates->raised;
        if (!issue.closed && is_closed_word(status)) {
            // Closed, date not recorded: at the latest it is not open now.
            issue.closed = raised ? issue.raised : first_plausible_day;
            if (closed_without_date++ == 0)
                first_closed_without_date = row;
        }
        if (!issue.id.empty() && !state.issue_keys.insert(issue.id)) {
            r.fail(Field::issue_id, {Msg::duplicate_issue_id, {issue.id}});
            return;
        }
        result.issues.push_back(std::move(issue));
    });
    state.read_of(table).rows_read = result.issues.size() - before;
    if (closed_without_date > 0)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(first_closed_without_date,
                                                   table.has(Field::status) ? table.column(Field::status) : 0),
                                      {Msg::closed_without_date, {closed_without_date}}});
    if (result.issues.size() > before && !raised_column)
        result.diagnostics.push_back({Diagnostic::Severity::warning, table.sheet->name,
                                      cell_address(table.header_row, 0), Msg::no_issue_raised_column});
    if (result.issues.size() > before && !table.has(Field::closed) && !table.has(Field::status))
        result.diagnostics.push_back({Diagnostic::Severity::warning, table.sheet->name,
                                      cell_address(table.header_row, 0), Msg::no_issue_closed_column});
}

void read_changes(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.changes.size();
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        ChangeRequest change;
        change.project_id = r.key(Field::project_id);
        change.id = r.key(Field::change_id);
        change.title = r.text(Field::change_title);
        change.source = {table.sheet->name, row};
        change.cost_impact = r.number(Field::cost_impact, Msg::term_cost_impact, true);
        change.schedule_impact_days = r.number(Field::schedule_impact, Msg::term_schedule_impact, true);
        const std::string status_text = r.key(Field::status);
        if (!r.ok())
            return;
        const auto status = change_state(status_text);
        if (!status) {
            r.fail(Field::status, {Msg::change_status_unknown, {status_text}});
            return;
        }
        change.status = *status == ChangeState::pending    ? ChangeRequest::Status::pending
                        : *status == ChangeState::approved ? ChangeRequest::Status::approved
                                                           : ChangeRequest::Status::rejected;
        result.changes.push_back(std::move(change));
    });
    state.read_of(table).rows_read = result.changes.size() - before;
}

void read_lessons(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.lessons.size();
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        Lesson lesson{r.key(Field::project_id), r.text(Field::lesson_category), r.text(Field::lesson_text),
                      r.text(Field::phase), {table.sheet->name, row}};
        if (!r.ok() || lesson.text.empty())
            return;
        result.lessons.push_back(std::move(lesson));
    });
    state.read_of(table).rows_read = result.lessons.size() - before;
}

void read_holidays(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    result.has_holiday_sheet = true;
    state.holiday_sheets.push_back(table.sheet);
    const std::size_t before = result.holidays.size();
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        if (const auto day = r.date(Field::holiday_date, Msg::term_holiday_date))
            result.holidays.push_back(*day);
    });
    state.read_of(table).rows_read = result.holidays.size() - before;
}

}  // namespace pmocalc
