// Numbers and dates typed as text (read_number_text, parse_number_text,
// parse_date_text, date_in_name), the panel's settings text, and CSV format
// detection, each over the whole input.
#include <array>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/csv_format.hpp"
#include "core/status_report.hpp"
#include "core/text.hpp"
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

    // The panel's fields: the input split in up to five at its tabs (status
    // date, amber, red, budget, people limit; the last ones blank when missing).
    std::array<std::string_view, 5> fields{};
    std::size_t count = 0;
    for (std::size_t start = 0; count < fields.size();) {
        const std::size_t tab = count + 1 == fields.size() ? std::string_view::npos : text.find('\t', start);
        fields[count++] = text.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    if (count >= 3) {
        ReportSettings kept;
        kept.budget = 1;  // a blank field must clear what was kept
        const auto settings = settings_from_text({.status_date = fields[0], .amber_below = fields[1],
                                                  .red_below = fields[2], .language = std::nullopt,
                                                  .es_period = EsPeriod::weeks, .budget = fields[3],
                                                  .people_limit = fields[4]},
                                                 kept);
        if (settings) {
            PMO_FUZZ_CHECK(std::isfinite(settings->thresholds.amber_below));
            PMO_FUZZ_CHECK(settings->thresholds.red_below <= settings->thresholds.amber_below);
            PMO_FUZZ_CHECK(!settings->status_date || (*settings->status_date >= first_plausible_day &&
                                                      *settings->status_date <= last_plausible_day));
            for (const auto& limit : {settings->budget, settings->people_limit})
                PMO_FUZZ_CHECK(!limit || (std::isfinite(*limit) && *limit >= 0));
            PMO_FUZZ_CHECK(settings->budget.has_value() == !is_blank(fields[3]));
        }
    }
    (void)es_period_from_code(text);
    (void)language_from_code(text);
    return 0;
}
