// Numbers and dates typed as text (read_number_text, parse_number_text,
// parse_date_text, date_in_name), the panel's settings text, and CSV format
// detection, each over the whole input.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/csv_format.hpp"
#include "core/status_report.hpp"
#include "core/typed_text.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;

namespace {

void check_number(std::string_view text) {
    const auto number = read_number_text(text);
    const auto parsed = parse_number_text(text);
    PMO_FUZZ_CHECK(number.has_value() == parsed.has_value());
    if (!number)
        return;
    PMO_FUZZ_CHECK(std::isfinite(number->value) && std::isfinite(number->alternative));
    PMO_FUZZ_CHECK(*parsed == number->value);
    if (!number->ambiguous())
        PMO_FUZZ_CHECK(number->value == number->alternative);
}

void check_date(std::string_view text) {
    const auto day = parse_date_text(text);
    if (!day)
        return;
    PMO_FUZZ_CHECK(*day >= first_plausible_day && *day <= last_plausible_day);
    const std::string iso = iso_date(*day);
    PMO_FUZZ_CHECK(parse_date_text(iso) == day);  // round trip through ISO 8601
    const CivilDate c = civil_from_day(*day);
    PMO_FUZZ_CHECK(day_from_civil(c) == *day);
}

void check_name(std::string_view name) {
    const auto day = date_in_name(name);
    if (!day)
        return;
    PMO_FUZZ_CHECK(*day >= first_plausible_day && *day <= last_plausible_day);
    std::string digits = iso_date(*day);
    std::erase(digits, '-');
    PMO_FUZZ_CHECK(name.ends_with("_" + digits));
}

void check_csv(std::string_view bytes) {
    const auto format = detect_csv_format(bytes);
    std::string_view body = bytes;
    if (body.starts_with("\xEF\xBB\xBF"))
        body.remove_prefix(3);
    if (fuzz::valid_utf8(body)) {  // valid UTF-8 is always read as such
        PMO_FUZZ_CHECK(format.has_value());
        PMO_FUZZ_CHECK(format->encoding == TextEncoding::utf8 && format->invalid_bytes == 0);
    }
    if (!format)
        return;
    PMO_FUZZ_CHECK(format->separator == ',' || format->separator == ';' || format->separator == '\t');
    PMO_FUZZ_CHECK(format->invalid_bytes <= bytes.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_number(text);
    check_date(text);
    check_name(text);
    check_csv(text);

    // The panel's fields: the input split in three at its first two tabs.
    const std::size_t a = text.find('\t');
    const std::size_t b = a == std::string_view::npos ? a : text.find('\t', a + 1);
    if (b != std::string_view::npos) {
        const auto settings = settings_from_text(text.substr(0, a), text.substr(a + 1, b - a - 1), text.substr(b + 1),
                                                 std::nullopt, EsPeriod::weeks);
        if (settings) {
            PMO_FUZZ_CHECK(std::isfinite(settings->thresholds.amber_below));
            PMO_FUZZ_CHECK(settings->thresholds.red_below <= settings->thresholds.amber_below);
            PMO_FUZZ_CHECK(!settings->status_date || (*settings->status_date >= first_plausible_day &&
                                                      *settings->status_date <= last_plausible_day));
        }
    }
    (void)es_period_from_code(text);
    (void)language_from_code(text);
    return 0;
}
