#include "outline.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

#include "../text.hpp"
#include "../typed_text.hpp"
#include "value_words.hpp"

namespace pmocalc {

namespace {

// An outline code with its parts joined by dots: "1-2-3" (digits joined by
// hyphens, as Japanese WBS numbers often are) reads as 1.2.3.
std::string dotted(const std::string& code) {
    if (code.find('-') == std::string::npos ||
        !std::all_of(code.begin(), code.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; }) ||
        code.front() == '-' || code.back() == '-')
        return code;
    std::string out = code;
    std::replace(out.begin(), out.end(), '-', '.');
    return out;
}

std::optional<std::string> code_in(const CellValue& cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number >= 0 ? std::optional<std::string>(number_as_text(*number)) : std::nullopt;
    if (const auto text = text_in(cell); text && !is_blank(*text)) {
        // Plain codes (1.2.3, t-12) are already in their folded form.
        const bool plain = std::all_of(text->begin(), text->end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '_';
        });
        return plain ? std::string(*text) : normalize_label(*text);
    }
    return std::nullopt;
}

// Whether `code` is below `parent` in a WBS: 1.2.1 under 1.2.
bool under_code(const std::string& code, const std::string& parent) {
    return code.size() > parent.size() && code.compare(0, parent.size(), parent) == 0 && code[parent.size()] == '.';
}

// A column of WBS numbers: most of its codes look like one, and some have a dot.
bool holds_wbs_numbers(const Table& table, std::size_t column) {
    const Sheet& sheet = *table.sheet;
    std::size_t codes = 0, wbs = 0, with_parts = 0;
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        auto code = code_in(sheet.at(row, column));
        if (!code)
            continue;
        code = dotted(*code);
        ++codes;
        if (is_outline_code(*code)) {
            ++wbs;
            with_parts += code->find('.') != std::string::npos ? 1 : 0;
        }
    }
    return with_parts > 0 && wbs >= 2 && wbs >= 2 * (codes - wbs);
}

struct RowDepth {
    std::optional<std::size_t> depth;
    std::string code;                // the WBS number, for the descendant check
    std::vector<std::string> names;  // the names per level (level columns), for the same check
};

// Whether a row's level names place it under another's: each level above
// the other's depth blank (carried down) or the same name.
bool is_under(const RowDepth& child, const RowDepth& parent) {
    for (std::size_t k = 0; k < parent.names.size() && k < child.names.size() && k < *parent.depth; ++k)
        if (!child.names[k].empty() && child.names[k] != parent.names[k])
            return false;
    return true;
}

// The WBS numbers at the start of the names ("1.2.1 Create Trello board"), one
// per row from the first data row ("" where a name has none), when most names
// have one and some have a dot; else nothing.
std::vector<std::string> leading_codes(const Table& table, std::size_t name_column) {
    if (name_column == Table::no_column)
        return {};
    const Sheet& sheet = *table.sheet;
    const std::size_t first = table.first_row();
    const std::size_t end = std::min(table.end_row, sheet.cells.rows());
    std::vector<std::string> codes(end > first ? end - first : 0);
    std::size_t names = 0, with_code = 0, dotted_codes = 0;
    for (std::size_t row = first; row < end; ++row) {
        const auto text = text_in(sheet.at(row, name_column));
        if (!text || is_blank(*text))
            continue;
        ++names;
        const std::string name = trimmed(*text);
        const std::size_t space = name.find(' ');
        if (space == std::string::npos)
            continue;
        std::string code = name.substr(0, space);
        while (!code.empty() && code.back() == '.')
            code.pop_back();
        if (code.empty() || !is_wbs_like(code))
            continue;
        ++with_code;
        dotted_codes += code.find('.') != std::string::npos ? 1 : 0;
        codes[row - first] = code;
    }
    if (names < 3 || dotted_codes == 0 || with_code * 4 < names * 3)
        return {};
    return codes;
}

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
    // Most cells are plain ASCII digits and dots: told without folding width.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    const std::string key = plain ? std::string(text) : normalize_label(text);
    return !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
           key.front() != '.' &&
           key.back() != '.' && key.find("..") == std::string::npos;
}

bool is_outline_code(std::string_view text) {
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' ||
               c == '_';
    });
    const std::string key = plain ? std::string(text) : normalize_label(text);
    if (key.empty() || key.front() == '.' || key.back() == '.' || key.find("..") != std::string::npos)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == '-' ||
               c == '_';
    });
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
            if (const auto code = code_in(sheet.at(row, *wbs_column)); code && is_outline_code(*code)) {
                const std::string parts = dotted(*code);
                depths[row - first].depth = static_cast<std::size_t>(std::count(parts.begin(), parts.end(), '.')) + 1;
                depths[row - first].code = parts;
            }
    } else if (table.has(Field::parent) && (table.has(Field::task_id) || table.has(Field::wbs))) {
        // A row named as the parent of another is a summary; the one row with
        // no parent above a tree of them is its root.
        outline.source = OutlineKind::parents;
        outline.column = table.column(Field::parent);
        std::vector<std::size_t> key_columns{table.has(Field::task_id) ? table.column(Field::task_id)
                                                                       : table.column(Field::wbs)};
        for (const auto& [column, used] : table.unused)
            if (used == key_columns.front())
                key_columns.push_back(column);  // Backlog's キー beside its ID
        std::set<std::string> parents;
        for (std::size_t row = first; row < end; ++row)
            if (const auto code = code_in(sheet.at(row, outline.column)); code && !is_blank_mark(*code))
                parents.insert(*code);
        outline.summary.assign(end - first, false);
        std::optional<std::size_t> root;
        std::size_t without_parent = 0;
        for (std::size_t row = first; row < end; ++row) {
            if (!participates(row))
                continue;
            for (std::size_t column : key_columns)
                if (const auto code = code_in(sheet.at(row, column)); code && parents.count(*code))
                    outline.summary[row - first] = true;
            const auto parent = code_in(sheet.at(row, outline.column));
            if (!parent || is_blank_mark(*parent)) {
                ++without_parent;
                root = row;
            }
        }
        if (without_parent == 1 && outline.summary[*root - first])
            outline.root = root;
        return outline;
    } else if (table.level_columns.size() >= 2) {
        outline.source = OutlineKind::level_columns;
        outline.column = table.level_columns.front();
        for (std::size_t row = first; row < end; ++row) {
            RowDepth& here = depths[row - first];
            for (std::size_t i = 0; i < table.level_columns.size(); ++i) {
                const auto text = text_in(sheet.at(row, table.level_columns[i]));
                here.names.push_back(text && !is_blank(*text) ? normalize_label(*text) : std::string());
                if (!here.names.back().empty())
                    here.depth = i + 1;
            }
        }
    } else if (const auto codes = leading_codes(table, name_column); !codes.empty()) {
        // WBS numbers written at the start of each name: "1.2.1 Create Trello board".
        outline.source = OutlineKind::wbs_numbers;
        outline.column = name_column;
        for (std::size_t row = first; row < end; ++row)
            if (!codes[row - first].empty()) {
                depths[row - first].depth = static_cast<std::size_t>(
                                                std::count(codes[row - first].begin(), codes[row - first].end(), '.')) +
                                            1;
                depths[row - first].code = codes[row - first];
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
    std::optional<std::size_t> top;  // the first row, and whether it is the only one of its depth
    std::size_t at_top_depth = 0;
    for (std::size_t row = first; row < end; ++row) {
        if (!participates(row))
            continue;
        const RowDepth& here = depths[row - first];
        if (!top)
            top = row;
        if (here.depth && depths[*top - first].depth && *here.depth <= *depths[*top - first].depth)
            ++at_top_depth;
        if (previous) {
            const RowDepth& before = depths[*previous - first];
            if (before.depth && here.depth && *here.depth > *before.depth &&
                (outline.source != OutlineKind::wbs_numbers || under_code(here.code, before.code)) &&
                (outline.source != OutlineKind::level_columns || is_under(here, before)))
                outline.summary[*previous - first] = true;
        }
        previous = row;
    }
    // One summary above all the others (MS Project's and GanttProject's project row).
    if (top && at_top_depth == 1 && outline.summary[*top - first])
        outline.root = *top;
    return outline;
}

}  // namespace pmocalc
