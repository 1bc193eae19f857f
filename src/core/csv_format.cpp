#include "csv_format.hpp"

#include <algorithm>
#include <array>

namespace pmocalc {

namespace {

// How many bytes are not part of a valid UTF-8 sequence.
std::size_t invalid_utf8_bytes(std::string_view s) {
    std::size_t invalid = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t length = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
        bool valid = length != 0 && i + length <= s.size() && !(length == 2 && b < 0xC2);  // no overlong forms
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        if (!valid) {
            ++invalid;
            length = 1;
        }
        i += length;
    }
    return invalid;
}

// Shift-JIS with Microsoft's extensions: single bytes (ASCII, half-width
// katakana A1–DF) and two-byte characters (lead 81–9F or E0–FC, trail 40–7E or 80–FC).
bool valid_windows_31j(std::string_view s) {
    bool any_double = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80 || (b >= 0xA1 && b <= 0xDF))
            continue;
        if (!((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC)) || i + 1 >= s.size())
            return false;
        const auto trail = static_cast<unsigned char>(s[++i]);
        if (!((trail >= 0x40 && trail <= 0x7E) || (trail >= 0x80 && trail <= 0xFC)))
            return false;
        any_double = true;
    }
    return any_double;
}

// The separator used most in the first line, outside quotes (ASCII in every
// encoding handled here; UTF-16 is searched in its low bytes).
char separator_of(std::string_view bytes, std::size_t step) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates{',', ';', '\t'};
    bool quoted = false;
    for (std::size_t i = 0; i < bytes.size(); i += step) {
        const char c = bytes[i];
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\n' || c == '\r')
            break;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            counts[k] += c == candidates[k] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best])
            best = k;
    return candidates[best];
}

}  // namespace

std::optional<CsvFormat> detect_csv_format(std::string_view bytes) {
    CsvFormat format;
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        format.encoding = TextEncoding::utf16;
        const bool little = bytes[0] == '\xFF';
        // The low bytes of the characters after the BOM (none for a BOM alone).
        format.separator = separator_of(bytes.substr(std::min<std::size_t>(bytes.size(), little ? 2 : 3)), 2);
        return format;
    }
    if (bytes.starts_with("\xEF\xBB\xBF"))
        bytes.remove_prefix(3);
    const std::size_t invalid = invalid_utf8_bytes(bytes);
    if (invalid == 0) {
        format.encoding = TextEncoding::utf8;
    } else if (valid_windows_31j(bytes)) {
        format.encoding = TextEncoding::windows_31j;
    } else if (invalid <= 4 || invalid * 100 <= bytes.size()) {
        format.encoding = TextEncoding::utf8;
        format.invalid_bytes = invalid;
    } else {
        return std::nullopt;
    }
    format.separator = separator_of(bytes, 1);
    return format;
}

}  // namespace pmocalc
