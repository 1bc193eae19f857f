#include "text.hpp"

#include <charconv>
#include <cstdint>

namespace pmocalc {

namespace {

struct Decoded {
    char32_t code;
    std::size_t length;  // 0 when the bytes are not valid UTF-8
};

Decoded decode_utf8(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80)
        return {b0, 1};
    const std::size_t length = (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > s.size())
        return {0, 0};
    char32_t code = b0 & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0) != 0x80)
            return {0, 0};
        code = (code << 6) | (b & 0x3F);
    }
    return {code, length};
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// Half-width katakana (U+FF61–U+FF9F, as old systems and some exports write
// ﾀｽｸID) as full-width: ｦ … ﾝ, the long mark ｰ and the corner brackets.
constexpr char32_t half_width_katakana[] = {
    0x3002, 0x300C, 0x300D, 0x3001, 0x30FB, 0x30F2, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30E3, 0x30E5, 0x30E7,
    0x30C3, 0x30FC, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA, 0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7,
    0x30B9, 0x30BB, 0x30BD, 0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CA, 0x30CB, 0x30CC, 0x30CD, 0x30CE, 0x30CF,
    0x30D2, 0x30D5, 0x30D8, 0x30DB, 0x30DE, 0x30DF, 0x30E0, 0x30E1, 0x30E2, 0x30E4, 0x30E6, 0x30E8, 0x30E9, 0x30EA,
    0x30EB, 0x30EC, 0x30ED, 0x30EF, 0x30F3};

// A full-width kana with the voiced (ﾞ) or semi-voiced (ﾟ) mark added, or 0.
char32_t voiced(char32_t kana, bool semi) {
    if (!semi && kana == 0x30A6)
        return 0x30F4;  // ヴ
    // カ … チ take it on odd code points; after ッ, ツ テ ト on even ones.
    const bool has_voiced = (kana >= 0x30AB && kana <= 0x30C1 && kana % 2 == 1) || kana == 0x30C4 ||
                            kana == 0x30C6 || kana == 0x30C8 ||
                            (kana >= 0x30CF && kana <= 0x30DB && (kana - 0x30CF) % 3 == 0);
    if (!has_voiced)
        return 0;
    if (!semi)
        return kana + 1;
    return kana >= 0x30CF ? kana + 2 : 0;
}

}  // namespace

std::string normalize_label(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        if (d.length == 0) {
            out += text[i++];
            pending_space = false;
            continue;
        }
        char32_t c = d.code;
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;  // full-width ASCII block
        if (is_space(c)) {
            pending_space = !out.empty();
        } else {
            if (pending_space)
                out += ' ';
            pending_space = false;
            if (c < 0x80) {
                out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            } else if (c >= 0xFF61 && c <= 0xFF9D) {
                char32_t kana = half_width_katakana[c - 0xFF61];
                // A voiced mark after it joins it: ｶﾞ → ガ, ﾊﾟ → パ.
                if (i + d.length < text.size()) {
                    const Decoded next = decode_utf8(text, i + d.length);
                    if (next.length != 0 && (next.code == 0xFF9E || next.code == 0xFF9F))
                        if (const char32_t joined = voiced(kana, next.code == 0xFF9F)) {
                            kana = joined;
                            i += next.length;
                        }
                }
                append_utf8(out, kana);
            } else {
                out.append(text.substr(i, d.length));
            }
        }
        i += d.length;
    }
    return out;
}

std::string number_as_text(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string fold_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t kept = 0;  // out's length up to its last non-space character
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        if (d.length == 0) {
            out += text[i++];
            kept = out.size();
            continue;
        }
        char32_t c = d.code;
        if (c >= 0xFF01 && c <= 0xFF5E)
            c -= 0xFEE0;
        else if (c == 0x3001)  // 、
            c = ',';
        else if (c == 0x2212)  // −
            c = '-';
        if (is_space(c)) {
            if (!out.empty())
                out += ' ';
        } else {
            if (c < 0x80)
                out += static_cast<char>(c);
            else
                out.append(text.substr(i, d.length));
            kept = out.size();
        }
        i += d.length;
    }
    out.resize(kept);
    return out;
}

bool is_blank(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded d = decode_utf8(text, i);
        if (d.length == 0 || !is_space(d.code))
            return false;
        i += d.length;
    }
    return true;
}

std::string trimmed(std::string_view text) {
    // Most cells have nothing to trim: told by their two ends (the reader trims every text).
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (text.empty() || (!space(text.front()) && !space(text.back())))
        return std::string(text);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

std::string one_line(std::string_view text) {
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
    std::string out;
    out.reserve(text.size());
    bool pending = false;
    for (char c : text) {
        if (space(c)) {
            pending = !out.empty();
            continue;
        }
        if (pending)
            out.push_back(' ');
        pending = false;
        out.push_back(c);
    }
    return out;
}

std::string excerpt(std::string_view text, std::size_t limit) {
    if (text.size() <= limit)  // never more characters than bytes
        return std::string(text);
    if (limit == 0)
        return {};
    // Where each character starts: a byte that is not a UTF-8 continuation byte.
    const auto starts_character = [](char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; };
    std::size_t characters = 0, cut = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!starts_character(text[i]))
            continue;
        if (characters == limit - 1 && cut == std::string_view::npos)
            cut = i;
        if (++characters > limit)
            return std::string(text.substr(0, cut)) + "\u2026";
    }
    return std::string(text);
}

}  // namespace pmocalc

