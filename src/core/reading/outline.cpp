#include "outline.hpp"

#include <algorithm>
#include <optional>

#include "../text.hpp"
#include "../typed_text.hpp"

namespace pmocalc {

namespace {

std::optional<std::string> code_in(const CellValue& cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number >= 0 ? std::optional<std::string>(number_as_text(*number)) : std::nullopt;
    if (const auto text = text_in(cell); text && !is_blank(*text))
        return normalize_label(*text);
    return std::nullopt;
}

// A column of WBS numbers: most of its codes look like one, and some have a dot.
bool holds_wbs_numbers(const Table& table, std::size_t column) {
    const Sheet& sheet = *table.sheet;
    std::size_t codes = 0, wbs = 0, dotted = 0;
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        const auto code = code_in(sheet.at(row, column));
        if (!code)
            continue;
        ++codes;
        if (is_wbs_like(*code)) {
            ++wbs;
            dotted += code->find('.') != std::string::npos ? 1 : 0;
        }
    }
    return dotted > 0 && wbs >= 2 && wbs >= 2 * (codes - wbs);
}

struct RowDepth {
    std::optional<std::size_t> depth;
    std::string code;  // the WBS number, for the descendant check
};

}  // namespace

std::size_t indentation(std::string_view name) {
    std::size_t spaces = 0;
    for (std::size_t i = 0; i < name.size();) {
        if (name[i] == ' ' || name[i] == '\xA0') {
            ++spaces;
            ++i;
        } else if (name[i] == '\t') {
            spaces += 4;
            ++i;
        } else if (name.substr(i).starts_with("\u3000")) {
            spaces += 2;
            i += 3;
        } else if (name.substr(i).starts_with("\xC2\xA0")) {
            ++spaces;
            i += 2;
        } else {
            break;
        }
    }
    return spaces;
}

bool is_wbs_like(std::string_view text) {
    const std::string key = normalize_label(text);
    return !key.empty() && key.find_first_not_of("0123456789.") == std::string::npos && key.front() != '.' &&
           key.back() != '.' && key.find("..") == std::string::npos;
}

Outline read_outline(const Table& table) {
    Outline outline;
    const Sheet& sheet = *table.sheet;
    const std::size_t first = table.first_row();
    const std::size_t end = std::min(table.end_row, sheet.cells.rows());
    if (end <= first)
        return outline;
    const std::size_t name_column = table.has(Field::task_name) ? table.column(Field::task_name) : Table::no_column;
    std::vector<RowDepth> depths(end - first);
    auto participates = [&](std::size_t row) {
        for (std::size_t c : table.content_columns())
            if (!is_empty_cell(sheet.at(row, c)))
                return true;
        return false;
    };

    // The first source the table has.
    std::optional<std::size_t> wbs_column;
    if (table.has(Field::wbs) && holds_wbs_numbers(table, table.column(Field::wbs)))
        wbs_column = table.column(Field::wbs);
    else if (table.has(Field::task_id) && holds_wbs_numbers(table, table.column(Field::task_id)))
        wbs_column = table.column(Field::task_id);
    if (table.has(Field::outline_level)) {
        outline.source = OutlineKind::outline_level;
        outline.column = table.column(Field::outline_level);
        for (std::size_t row = first; row < end; ++row) {
            const CellValue cell = sheet.at(row, outline.column);
            std::optional<double> level = number_in(cell);
            if (const auto text = text_in(cell))
                level = parse_number_text(*text);
            if (level && *level >= 0 && *level < 100 && *level == static_cast<std::size_t>(*level))
                depths[row - first].depth = static_cast<std::size_t>(*level);
        }
    } else if (wbs_column) {
        outline.source = OutlineKind::wbs_numbers;
        outline.column = *wbs_column;
        for (std::size_t row = first; row < end; ++row)
            if (const auto code = code_in(sheet.at(row, *wbs_column)); code && is_wbs_like(*code)) {
                depths[row - first].depth = static_cast<std::size_t>(std::count(code->begin(), code->end(), '.')) + 1;
                depths[row - first].code = *code;
            }
    } else if (table.level_columns.size() >= 2) {
        outline.source = OutlineKind::level_columns;
        outline.column = table.level_columns.front();
        for (std::size_t row = first; row < end; ++row)
            for (std::size_t i = table.level_columns.size(); i-- > 0;)
                if (const auto text = text_in(sheet.at(row, table.level_columns[i])); text && !is_blank(*text)) {
                    depths[row - first].depth = i + 1;
                    break;
                }
    } else if (name_column != Table::no_column) {
        // Indentation is an outline when several names are indented and some are not
        // (one name typed with a stray leading space is none).
        std::size_t indented = 0;
        bool flush = false;
        for (std::size_t row = first; row < end; ++row)
            if (const auto text = text_in(sheet.at(row, name_column)); text && !is_blank(*text)) {
                const std::size_t spaces = indentation(*text);
                depths[row - first].depth = spaces;
                indented += spaces > 0 ? 1 : 0;
                flush = flush || spaces == 0;
            }
        if (indented >= 2 && flush) {
            outline.source = OutlineKind::indentation;
            outline.column = name_column;
        }
    }
    if (outline.source == OutlineKind::none)
        return outline;

    // A row is a summary when the next row that says anything is deeper (for
    // WBS numbers: one of its descendants, 1.2 under 1).
    outline.summary.assign(end - first, false);
    std::optional<std::size_t> previous;
    for (std::size_t row = first; row < end; ++row) {
        if (!participates(row))
            continue;
        const RowDepth& here = depths[row - first];
        if (previous) {
            const RowDepth& before = depths[*previous - first];
            if (before.depth && here.depth && *here.depth > *before.depth &&
                (outline.source != OutlineKind::wbs_numbers || here.code.starts_with(before.code + ".")))
                outline.summary[*previous - first] = true;
        }
        previous = row;
    }
    return outline;
}

}  // namespace pmocalc
