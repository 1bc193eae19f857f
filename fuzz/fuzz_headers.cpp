// Header matching over any text: match_header for every sheet kind,
// sheet_name_affinity, the status-date labels, normalize_label, has_japanese.
// The text is the whole input (so libFuzzer's dictionary and mutations act on
// it directly).
#include <cstdint>
#include <string>

#include "core/reading/header_glossary.hpp"
#include "core/text.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool valid = fuzz::valid_utf8(text);

    const std::string normalized = normalize_label(text);
    PMO_FUZZ_CHECK(normalized.size() <= text.size());
    if (valid) {
        PMO_FUZZ_CHECK(fuzz::valid_utf8(normalized));
        PMO_FUZZ_CHECK(normalize_label(normalized) == normalized);  // idempotent
        PMO_FUZZ_CHECK(!has_japanese(normalized) || has_japanese(text));  // folding only removes width
        PMO_FUZZ_CHECK(is_blank(text) == normalized.empty());
    }

    for (SheetKind kind : all_sheet_kinds()) {
        const auto match = match_header(kind, text);
        PMO_FUZZ_CHECK(!match || match->rank >= 0);
        if (valid) {
            const auto again = match_header(kind, normalized);
            PMO_FUZZ_CHECK(match.has_value() == again.has_value());
            PMO_FUZZ_CHECK(!match || (match->field == again->field && match->rank == again->rank));
        }
        const int affinity = sheet_name_affinity(kind, text);
        PMO_FUZZ_CHECK(affinity >= 0);
    }
    (void)sheet_kind_name(SheetKind::tasks);

    const bool label = is_status_date_label(text);
    const auto rest = after_status_date_label(text);
    if (rest && valid)
        PMO_FUZZ_CHECK(fuzz::valid_utf8(*rest));
    if (label)
        PMO_FUZZ_CHECK(rest.has_value());  // a bare label is a label with nothing after it
    return 0;
}
