#include "title_block.hpp"

#include <algorithm>
#include <utility>

#include "../cell_range.hpp"
#include "../text.hpp"
#include "../typed_text.hpp"
#include "header_glossary.hpp"

namespace pmocalc {
namespace {

bool is_label_or_header(std::string_view text) {
    if (title_label(text) || is_status_date_label(text) || is_update_date_label(text))
        return true;
    for (TableKind kind : all_table_kinds())
        if (match_header(kind, text))
            return true;
    return false;
}

// "Project Name : Apollo" in one cell.
bool has_label_and_value(std::string_view text) {
    const std::size_t colon = std::min(text.find(':'), text.find("："));
    return colon != std::string_view::npos && title_label(text.substr(0, colon));
}

// A template's instructions beside its title block ("Create a project
// schedule in this worksheet. Enter the title …"): sentences, not a name.
bool is_instruction(std::string_view text) {
    const std::string t = trimmed(text);
    if (t.size() > 120)
        return true;
    for (std::string_view end : {". ", "。"})
        if (const std::size_t at = t.find(end); at != std::string::npos && at + end.size() < t.size())
            return true;
    return false;
}

// A title names a project: a text that is no label, no date, no number,
// no header word and not merely what the sheet is ("WBS", "Risk Register").
bool is_title(std::string_view text) {
    const std::string t = trimmed(text);
    if (t.size() < 2 || t.size() > 200 || is_generic_title(t) || is_status_date_label(t) || is_update_date_label(t) ||
        title_label(t) || parse_date_text(t) || parse_number_text(t) || t.find('\n') != std::string::npos ||
        t.ends_with(":") || t.ends_with("："))
        return false;
    for (TableKind kind : all_table_kinds())
        if (match_header(kind, t))
            return false;
    return !after_status_date_label(t) && !has_label_and_value(t);
}

// A title stands alone in its row, maybe beside a label and its value:
// a row of several texts is a header's groups (Step 1 … Step 2 …, Responsibles | Status).
bool row_has_other_texts(const Sheet& sheet, std::size_t row, std::size_t column) {
    std::size_t others = 0;
    for (std::size_t c = 0; c < sheet.cells.columns(); ++c)
        if (const auto text = text_in(sheet.at(row, c));
            c != column && text && !is_blank(*text) && !is_instruction(*text))
            ++others;
    return others >= 2;
}

}  // namespace

bool in_table(const std::vector<Table>& tables, const Sheet& sheet, std::size_t row, std::size_t column) {
    for (const Table& table : tables)
        if (table.sheet == &sheet && row >= table.header_row && row < table.end_row) {
            const auto& used = table.used_columns();
            if (std::find(used.begin(), used.end(), column) != used.end())
                return true;
        }
    return false;
}

std::vector<LabelledValue> labelled_values(const Sheet& sheet, const std::vector<Table>& tables) {
    std::vector<LabelledValue> out;
    const std::size_t rows = std::min(sheet.cells.rows(), label_search_rows);
    const std::size_t columns = std::min(sheet.cells.columns(), label_search_columns);
    for (std::size_t row = 0; row < rows; ++row)
        for (std::size_t column = 0; column < columns; ++column) {
            if (in_table(tables, sheet, row, column))
                continue;
            const auto text = text_in(sheet.at(row, column));
            if (!text || is_blank(*text))
                continue;
            const std::string label = trimmed(*text);
            for (std::string_view colon : {":", "："})
                if (const std::size_t at = label.find(colon); at != std::string::npos && at > 0) {
                    std::string value = trimmed(label.substr(at + colon.size()));
                    if (!value.empty() && title_label(label.substr(0, at)))
                        out.push_back({label.substr(0, at), std::move(value), cell_address(row, column)});
                }
            if (!title_label(label))
                continue;
            // The value to the right; below when the right is another label
            // (a one-row table of project facts: Project Name | Project Manager | …).
            // A label with values both right and below heads a column of a
            // list (Name | Department | Project | Role): no title block.
            std::size_t next = column + 1;
            while (next < column + max_label_span && is_empty_cell(sheet.at(row, next)))
                ++next;
            const auto right = text_in(sheet.at(row, next));
            const CellValue below = sheet.at(row + 1, column);
            const bool right_value = right && !is_blank(*right) && !is_label_or_header(*right);
            const auto below_text = text_in(below);
            if (right_value && !is_empty_cell(below) && !(below_text && is_label_or_header(*below_text)))
                continue;
            bool right_is_label = false;
            // To the right as far as a merged label reaches (graph-paper
            // templates merge a label over a dozen columns), else below.
            for (const auto& [r, c] : {std::pair{row, next}, std::pair{row + 1, column}}) {
                const auto value = text_in(sheet.at(r, c));
                if (!value || is_blank(*value) || (r == row && right_is_label))
                    continue;
                if (is_label_or_header(*value)) {
                    right_is_label = r == row;
                    if (right_is_label)
                        continue;
                    break;
                }
                out.push_back({label, trimmed(*value), cell_address(r, c)});
                break;
            }
        }
    return out;
}

std::optional<SheetText> title_above(const Table& table) {
    const Sheet& sheet = *table.sheet;
    for (std::size_t row = 0; row < std::min(table.header_row, title_rows); ++row)
        for (std::size_t column = 0; column < std::min(sheet.cells.columns(), label_search_columns); ++column) {
            const auto text = text_in(sheet.at(row, column));
            if (!text || is_blank(*text) || is_instruction(*text))
                continue;
            if (is_title(*text) && !row_has_other_texts(sheet, row, column))
                return SheetText{trimmed(*text), row, column};
            return std::nullopt;
        }
    return std::nullopt;
}

std::optional<Day> date_in_cell(const CellValue& cell, Day null_date_offset) {
    if (const auto* number = std::get_if<double>(&cell)) {
        if (auto day = day_from_serial(*number, null_date_offset))
            return *day;
        return std::nullopt;
    }
    if (const auto* text = std::get_if<std::string_view>(&cell))
        return parse_date_text(*text);
    return std::nullopt;
}

std::optional<LabelledDate> labelled_date_in(const Sheet& sheet, const std::vector<Table>& tables, DateLabel kind,
                                             Day null_date_offset, std::vector<Diagnostic>& out) {
    const std::size_t rows = std::min(sheet.cells.rows(), label_search_rows);
    const std::size_t columns = std::min(sheet.cells.columns(), label_search_columns);
    for (std::size_t row = 0; row < rows; ++row)
        for (std::size_t column = 0; column < columns; ++column) {
            const auto label = text_in(sheet.at(row, column));
            if (!label || in_table(tables, sheet, row, column))
                continue;
            std::optional<std::string> rest;
            if (kind == DateLabel::status)
                rest = after_status_date_label(*label);
            else if (is_update_date_label(*label))
                rest = std::string();
            if (!rest)
                continue;
            if (!rest->empty()) {  // "基準日：2025/10/31" in one cell
                if (const auto day = parse_date_text(*rest))
                    return LabelledDate{*day, sheet.name, cell_address(row, column)};
                continue;
            }
            std::size_t right = column + 1;
            while (right < column + max_label_span && is_empty_cell(sheet.at(row, right)))
                ++right;
            for (const auto& [r, c] : {std::pair{row, right}, std::pair{row + 1, column}}) {
                const CellValue cell = sheet.at(r, c);
                if (is_empty_cell(cell))
                    continue;
                if (const auto day = date_in_cell(cell, null_date_offset))
                    return LabelledDate{*day, sheet.name, cell_address(r, c)};
                if (kind == DateLabel::status)
                    out.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(r, c),
                                   {Msg::status_date_not_a_date, {trimmed(*label)}}});
                break;
            }
        }
    return std::nullopt;
}

// The unit in a header's brackets: 予算（千円）, Budget (k¥), 工数(人日).
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

// "（金額単位：千円）", "(amounts in thousand yen)".
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
        if (key.rfind(" in " + std::string(unit)) != std::string::npos)
            return std::string(unit);
    return {};
}

}  // namespace pmocalc
