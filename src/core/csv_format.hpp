// How a CSV file is written, read from its first bytes: the text encoding
// (UTF-8 with or without BOM, UTF-16 with BOM, Shift-JIS/Windows-31J as
// Japanese Excel saves CSVs) and the field separator (comma, semicolon as in
// European locales, or tab). No guessing beyond what the bytes show.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace pmocalc {

enum class TextEncoding { utf8, utf16, windows_31j };

struct CsvFormat {
    TextEncoding encoding = TextEncoding::utf8;
    char separator = ',';
    // Bytes that are not UTF-8 in a file that otherwise is (a pasted stray
    // byte): tolerated when few (at most 4, or 1 in 100), and to be said.
    std::size_t invalid_bytes = 0;
};

// nullopt when the bytes are in none of the encodings above.
std::optional<CsvFormat> detect_csv_format(std::string_view bytes);

}  // namespace pmocalc
