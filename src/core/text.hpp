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

// True when the text holds only white space (ASCII or ideographic).
bool is_blank(std::string_view text);

}  // namespace pmocalc
