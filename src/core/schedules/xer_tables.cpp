// The text layer of the XER reader: encoding, lines, %T/%F/%R tables.
#include "xer_tables.hpp"

#include <algorithm>

#include "schedule_parsing.hpp"

namespace pmocalc::xer {

using schedule_parsing::trimmed;

// ---- Encoding -------------------------------------------------------------

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const std::size_t length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > s.size())
            return false;
        char32_t code = length == 1 ? b : b & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0) != 0x80)
                return false;
            code = code << 6 | (c & 0x3F);
        }
        constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

// Windows-1252 is Latin-1 but for 0x80–0x9F; its five unassigned bytes
// there stay the C1 controls of the same number (as Windows converts them).
std::string utf8_from_cp1252(std::string_view bytes) {
    static constexpr char16_t c1[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const char32_t code = b >= 0x80 && b < 0xA0 ? c1[b - 0x80] : b;
        if (code < 0x80) {
            out += c;
            continue;
        }
        if (code >= 0x800)
            out += static_cast<char>(0xE0 | code >> 12);
        out += static_cast<char>(code >= 0x800 ? 0x80 | (code >> 6 & 0x3F) : 0xC0 | code >> 6);
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
    return out;
}

// ---- Tables ---------------------------------------------------------------

void split_tabs(std::string_view text, std::vector<std::string_view>& out, char separator) {
    out.clear();
    for (std::size_t from = 0;;) {
        const std::size_t tab = text.find(separator, from);
        out.push_back(text.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from));
        if (tab == std::string_view::npos)
            return;
        from = tab + 1;
    }
}

void Row::load(const Record& record) {
    split_tabs(record.text, values_);
    line_ = record.line;
}

std::string_view Row::operator[](std::string_view field) const {
    const auto found = table_.columns.find(field);
    return found == table_.columns.end() || found->second >= values_.size() ? std::string_view{}
                                                                            : trimmed(values_[found->second]);
}

XerText tables_of(std::string_view text) {
    XerText xer;
    std::vector<std::string_view> parts;
    std::size_t line_number = 0;
    for (std::size_t from = 0; from < text.size();) {
        const std::size_t end = std::min(text.find('\n', from), text.size());
        std::string_view line = text.substr(from, end - from);
        from = end + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line_number == 1) {
            split_tabs(line, xer.header);
        } else if (line.starts_with("%T\t")) {
            xer.tables.push_back({trimmed(line.substr(3)), {}, {}});
        } else if (line.starts_with("%F\t") && !xer.tables.empty()) {
            split_tabs(line.substr(3), parts);
            for (std::size_t i = 0; i < parts.size(); ++i)
                xer.tables.back().columns.emplace(trimmed(parts[i]), i);
        } else if (line.starts_with("%R\t") && !xer.tables.empty()) {
            xer.tables.back().rows.push_back({line.substr(3), line_number});
        } else if (trimmed(line) == "%E") {
            break;
        } else if (!trimmed(line).empty() && xer.stray_lines++ == 0) {
            xer.first_stray_line = line_number;
        }
    }
    return xer;
}

}  // namespace pmocalc::xer
