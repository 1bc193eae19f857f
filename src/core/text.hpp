// Text as PMO sheets hold it: labels typed in English or Japanese, in full- or
// half-width forms, with stray spaces. No locale is consulted.
#pragma once

#include <string>
#include <string_view>

namespace pmocalc {

// Canonical form for comparing labels: full-width ASCII (Ａ, ０, ％ …) and the
// ideographic space folded to ASCII, ASCII letters lower-cased, surrounding
// white space removed and inner runs collapsed to one space. Invalid UTF-8
// bytes are kept as they are.
std::string normalize_label(std::string_view text);

// Full-width ASCII (３, ＦＳ, ＋, ，, ；) and the ideographic space folded to
// ASCII, 、 to a comma and the minus sign − to '-', surrounding white space
// removed; case and inner spaces kept (IDs are compared as typed).
std::string fold_width(std::string_view text);

// A number as an ID or a key typed as a number reads: the shortest text that
// reads back as the same double (3 → "3", 1.1 → "1.1"). The reader and the
// PMO_* functions both use it, so task IDs typed as numbers match in both.
std::string number_as_text(double value);

// True when the text holds only white space (ASCII or ideographic).
bool is_blank(std::string_view text);

// The text without the ASCII white space (spaces, tabs, line breaks) around it.
std::string trimmed(std::string_view text);

// The text on one line: each run of ASCII white space inside it (a header
// typed over two lines, "Planned Start\nDate") one space, none around it.
std::string one_line(std::string_view text);

// How many characters of a cell's text the report, the panel, the JSON and
// the messages show: a name longer than this is shortened with "…", so what
// pmocalc writes grows with the report, never with the length of the input's
// texts (a 100,000-character cell costs 250 characters in every output).
inline constexpr std::size_t display_text_limit = 250;

// The text itself when it has at most `limit` characters (code points);
// otherwise its first `limit` - 1 characters and "…". Never cuts a UTF-8
// sequence in two (a stray continuation byte stays with the character before it).
std::string excerpt(std::string_view text, std::size_t limit = display_text_limit);

}  // namespace pmocalc
