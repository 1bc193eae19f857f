#include "column_map.hpp"

#include <charconv>

#include "../text.hpp"

namespace pmocalc {

namespace {

// The entries of a map's text: split at line ends and at ";" outside quotes,
// each with its line number.
std::vector<std::pair<std::string, std::size_t>> entries_of(std::string_view text) {
    std::vector<std::pair<std::string, std::size_t>> out;
    std::string current;
    std::size_t line = 1;
    bool quoted = false;
    bool comment = false;
    auto finish = [&] {
        if (!is_blank(current))
            out.emplace_back(trimmed(current), line);
        current.clear();
        comment = false;
    };
    for (const char c : text) {
        if (c == '\n') {
            finish();
            quoted = false;
            ++line;
            continue;
        }
        if (comment)
            continue;
        if (c == '\'')
            quoted = !quoted;
        if (!quoted && c == ';') {
            finish();
            continue;
        }
        // A comment after a space, once the entry has its value ("Tasks!A = #" is the header word #).
        const std::size_t equals = current.find('=');
        const bool valued = equals != std::string::npos && !is_blank(std::string_view(current).substr(equals + 1));
        if (!quoted && c == '#' && (is_blank(current) || (valued && (current.back() == ' ' || current.back() == '\t')))) {
            comment = true;
            continue;
        }
        if (c != '\r')
            current += c;
    }
    finish();
    return out;
}

// "C" → 2, "AB" → 27; nullopt for anything else.
std::optional<std::size_t> column_of_letters(std::string_view letters) {
    if (letters.empty() || letters.size() > 3)
        return std::nullopt;
    std::size_t column = 0;
    for (char c : letters) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return std::nullopt;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return column - 1;
}

void problem(std::vector<Diagnostic>& problems, std::size_t line, std::string_view entry) {
    problems.push_back({Diagnostic::Severity::warning, "", "", {Msg::column_map_unreadable, {line, excerpt(entry)}}});
}

}  // namespace

std::vector<const ColumnMapEntry*> ColumnMap::of_sheet(std::string_view sheet) const {
    std::vector<const ColumnMapEntry*> out;
    const std::string name = trimmed(sheet);
    for (const ColumnMapEntry& entry : entries)
        if (entry.sheet == name)
            out.push_back(&entry);
    return out;
}

std::optional<TableKind> table_kind_from_word(std::string_view word) {
    const std::string key = header_key(word);
    for (TableKind kind : all_table_kinds())
        if (key == header_key(table_kind_code(kind)))
            return kind;
    constexpr std::pair<std::string_view, TableKind> names[] = {
        {"プロジェクト", TableKind::projects}, {"タスク", TableKind::tasks},        {"wbs", TableKind::tasks},
        {"リスク", TableKind::risks},          {"課題", TableKind::issues},         {"変更要求", TableKind::changes},
        {"教訓", TableKind::lessons},          {"祝日", TableKind::holidays},       {"テスト", TableKind::tests},
        {"不具合", TableKind::defects},        {"マイルストーン", TableKind::milestones},
        {"アサイン", TableKind::assignments},  {"要員", TableKind::people},         {"評価基準", TableKind::criteria},
        {"スコア", TableKind::scores},         {"出来高", TableKind::evm_series},   {"evm", TableKind::evm_series},
        {"task", TableKind::tasks},            {"risk", TableKind::risks},          {"issue", TableKind::issues},
        {"change", TableKind::changes},        {"changes", TableKind::changes},     {"holiday", TableKind::holidays}};
    for (const auto& [name, kind] : names)
        if (key == header_key(name))
            return kind;
    return std::nullopt;
}

std::optional<Field> mapped_field(TableKind kind, std::string_view word) {
    if (const auto field = field_from_code(trimmed(word)))
        return field;
    if (const auto match = match_header(kind, word); match && match->field != Field::level_name)
        return match->field;
    return std::nullopt;
}

ColumnMap parse_column_map(std::string_view text, std::vector<Diagnostic>& problems) {
    ColumnMap map;
    for (const auto& [entry, line] : entries_of(text)) {
        // The sheet: quoted ('It''s'), or up to the last "!" before "=", or up to "=".
        std::string sheet;
        std::size_t at = 0;
        if (entry.front() == '\'') {
            std::size_t i = 1;
            for (; i < entry.size(); ++i) {
                if (entry[i] != '\'')
                    sheet += entry[i];
                else if (i + 1 < entry.size() && entry[i + 1] == '\'')
                    sheet += entry[++i];
                else
                    break;
            }
            if (i >= entry.size()) {
                problem(problems, line, entry);
                continue;
            }
            at = i + 1;
        } else {
            const std::size_t equals = entry.find('=');
            if (equals == std::string::npos) {
                problem(problems, line, entry);
                continue;
            }
            const std::size_t bang = entry.rfind('!', equals);
            at = bang == std::string::npos ? equals : bang;
            sheet = entry.substr(0, at);
        }
        const std::size_t equals = entry.find('=', at);
        if (equals == std::string::npos || trimmed(sheet).empty()) {
            problem(problems, line, entry);
            continue;
        }
        ColumnMapEntry out;
        out.sheet = trimmed(sheet);
        out.line = line;
        const std::string target = trimmed(std::string_view(entry).substr(at, equals - at));
        const std::string value = trimmed(std::string_view(entry).substr(equals + 1));
        const bool dash = value == "-" || normalize_label(value) == "none" || value == "なし";
        if (target.empty()) {
            if (dash) {
                out.what = ColumnMapEntry::What::skip_sheet;
            } else if (const auto kind = table_kind_from_word(value)) {
                out.what = ColumnMapEntry::What::kind;
                out.kind = kind;
            } else {
                problem(problems, line, entry);
                continue;
            }
            map.entries.push_back(std::move(out));
            continue;
        }
        if (target.front() != '!') {
            problem(problems, line, entry);
            continue;
        }
        const std::string place = trimmed(std::string_view(target).substr(1));
        std::size_t row = 0;
        const auto [end, error] = std::from_chars(place.data(), place.data() + place.size(), row);
        if (error == std::errc() && end == place.data() + place.size()) {
            const std::string key = normalize_label(value);
            if (row == 0 || (key != "header" && key != "見出し" && key != "ヘッダー" && key != "ヘッダ")) {
                problem(problems, line, entry);
                continue;
            }
            out.what = ColumnMapEntry::What::header_row;
            out.row = row - 1;
            map.entries.push_back(std::move(out));
            continue;
        }
        const auto column = column_of_letters(place);
        if (!column || value.empty()) {
            problem(problems, line, entry);
            continue;
        }
        out.column = *column;
        out.what = dash ? ColumnMapEntry::What::skip_column : ColumnMapEntry::What::field;
        out.word = value;
        map.entries.push_back(std::move(out));
    }
    return map;
}

}  // namespace pmocalc
