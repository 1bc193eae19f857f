// Header matching over any text: match_header for every table kind (alone and
// under a group cell, as in a two-row header), header_key, header_qualifier,
// sheet_name_affinity, the status-date, update-date and title labels,
// normalize_label, has_japanese. The text is the input (so libFuzzer's
// dictionary and mutations act on it directly); the part after a 0x1F byte,
// when there is one, is the group cell above the header.
#include <cstdint>
#include <string>

#include "core/reading/header_glossary.hpp"
#include "core/text.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t cut = input.find('\x1f');
    const std::string_view text = input.substr(0, cut);
    const std::string_view group = cut == std::string_view::npos ? std::string_view() : input.substr(cut + 1);
    const bool valid = fuzz::valid_utf8(text);

    const std::string normalized = normalize_label(text);
    PMO_FUZZ_CHECK(normalized.size() <= text.size());
    const std::string key = header_key(text);
    if (valid) {
        PMO_FUZZ_CHECK(fuzz::valid_utf8(normalized));
        PMO_FUZZ_CHECK(fuzz::valid_utf8(key));
        PMO_FUZZ_CHECK(normalize_label(normalized) == normalized);  // idempotent
        PMO_FUZZ_CHECK(header_key(key) == key);
        PMO_FUZZ_CHECK(!has_japanese(normalized) || has_japanese(text));  // folding only removes width
        PMO_FUZZ_CHECK(is_blank(text) == normalized.empty());
        PMO_FUZZ_CHECK(fuzz::valid_utf8(header_qualifier(text)));
    }

    for (TableKind kind : all_table_kinds()) {
        const auto match = match_header(kind, text, group);
        PMO_FUZZ_CHECK(!match || match->rank >= 0);
        PMO_FUZZ_CHECK(!match || match->level >= 0);
        // The keyed form is the same lookup (the table finder keys each cell once).
        const auto keyed = match_header_key(kind, key, header_key(group));
        PMO_FUZZ_CHECK(match.has_value() == keyed.has_value());
        PMO_FUZZ_CHECK(!match || (match->field == keyed->field && match->rank == keyed->rank));
        if (valid && fuzz::valid_utf8(group)) {
            const auto again = match_header(kind, normalized, normalize_label(group));
            PMO_FUZZ_CHECK(match.has_value() == again.has_value());
            PMO_FUZZ_CHECK(!match || (match->field == again->field && match->rank == again->rank));
        }
        PMO_FUZZ_CHECK(sheet_name_affinity(kind, text) >= 0);
        (void)table_kind_code(kind);
    }

    const bool label = is_status_date_label(text);
    const auto rest = after_status_date_label(text);
    if (rest && valid)
        PMO_FUZZ_CHECK(fuzz::valid_utf8(*rest));
    if (label)
        PMO_FUZZ_CHECK(rest.has_value());  // a bare label is a label with nothing after it
    (void)is_update_date_label(text);
    (void)title_label(text);
    (void)is_generic_title(text);
    return 0;
}
