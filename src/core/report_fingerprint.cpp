#include "report_fingerprint.hpp"

#include <charconv>
#include <cstdint>
#include <cstdio>

#include "messages.hpp"

namespace pmocalc {

namespace {

// FNV-1a over the shape and every cell, numbers to `digits` significant digits.
std::uint64_t fingerprint_hash(const CellRange& cells, int digits) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    auto add = [&](const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            hash ^= bytes[i];
            hash *= 0x100000001b3ULL;
        }
    };
    const std::uint64_t shape[2] = {cells.rows(), cells.columns()};
    add(shape, sizeof shape);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const CellValue cell = cells[i];
        const auto kind = static_cast<unsigned char>(is_empty_cell(cell) ? 0 : cell.index());
        add(&kind, 1);
        if (const auto* number = std::get_if<double>(&cell)) {
            char text[32];
            const auto written = std::to_chars(text, text + sizeof text, *number, std::chars_format::general, digits);
            add(text, static_cast<std::size_t>(written.ptr - text));
        } else if (const auto* text = std::get_if<std::string_view>(&cell); text && kind != 0) {
            const char end = 0;  // each text with its terminator, as stored reports were fingerprinted
            add(text->data(), text->size());
            add(&end, 1);
        }
        else if (const auto* error = std::get_if<CellError>(&cell))
            add(&error->code, sizeof error->code);
    }
    return hash;
}

std::string hex(std::uint64_t hash) {
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(hash));
    return digits;
}

// Numbers to 15 significant digits: a number the report wrote as_saved reads
// back from ODF and xlsx as the same double. Any rounding of a number that
// was not written so has edges a saved file crosses: to 12 digits,
// 0.1520699669575002 is 0.152069966958, and saved as 0.1520699669575 it is
// 0.152069966957 (one number in ~2,000 — what earlier fingerprints did).
constexpr int fingerprint_digits = 15;
constexpr int legacy_fingerprint_digits = 12;  // fingerprints stored before "2:"
constexpr std::string_view fingerprint_version = "2:";

}  // namespace

std::string content_fingerprint(const CellRange& cells) {
    return std::string(fingerprint_version) + hex(fingerprint_hash(cells, fingerprint_digits));
}

bool fingerprint_matches(std::string_view stored, const CellRange& cells) {
    if (stored.starts_with(fingerprint_version))
        return stored == content_fingerprint(cells);
    return !stored.empty() && stored == hex(fingerprint_hash(cells, legacy_fingerprint_digits));
}

bool looks_like_report(const CellRange& cells) {
    if (cells.size() == 0)
        return false;
    const CellValue first = cells[0];
    const auto* title = std::get_if<std::string_view>(&first);
    if (!title)
        return false;
    // "PMO Status Report", or "PMO Status Report: <the project or program>" (page 1's title).
    for (const Language language : {Language::en, Language::ja}) {
        if (*title == text(Msg::report_title, language))
            return true;
        const std::string_view named = text(Msg::summary_title_of, language);
        const std::string_view prefix = named.substr(0, named.find("{0}"));
        if (title->size() > prefix.size() && title->starts_with(prefix))
            return true;
    }
    return false;
}

}  // namespace pmocalc
