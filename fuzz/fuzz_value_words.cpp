// The values people type instead of numbers and dates, over any text: status
// words, blank marks, rating words, probability bands, durations as text,
// change states, constraint types, test results, yes/no marks, and dates as
// text in every order (read_date_text). The text is the whole input.
//
// Checked: a band is a probability (0–1) and a range's midpoint lies within
// it; a rating is 1–5 (low/medium/high: 2–4); a duration is finite and not
// negative; a closed word is a done or cancelled status; a date read is
// plausible, its day-first reading too, and parse_date_text agrees with it
// wherever the order is not in doubt; the readings are the same on the text
// with spaces around it.
#include <cmath>
#include <cstdint>
#include <string>

#include "core/calendar.hpp"
#include "core/reading/value_words.hpp"
#include "core/typed_text.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string spaced = " " + std::string(text) + " ";

    const auto status = status_word(text);
    PMO_FUZZ_CHECK(status == status_word(spaced));
    if (is_closed_word(text))
        PMO_FUZZ_CHECK(status == StatusWord::done || status == StatusWord::cancelled);
    PMO_FUZZ_CHECK(is_blank_mark(text) == is_blank_mark(spaced));

    if (const auto rating = rating_word(text)) {
        PMO_FUZZ_CHECK(rating->level >= 1 && rating->level <= 5);
        PMO_FUZZ_CHECK(!rating->three_point || (rating->level >= 2 && rating->level <= 4));
        const auto again = rating_word(spaced);
        PMO_FUZZ_CHECK(again && again->level == rating->level && again->three_point == rating->three_point);
    }
    if (const auto band = probability_band(text))
        PMO_FUZZ_CHECK(std::isfinite(*band) && *band >= 0 && *band <= 1);
    if (const auto duration = read_duration_text(text)) {
        PMO_FUZZ_CHECK(std::isfinite(duration->days) && duration->days >= 0);
        const auto again = read_duration_text(spaced);
        PMO_FUZZ_CHECK(again && again->days == duration->days);
    }
    (void)change_state(text);
    (void)constraint_kind(text);
    (void)test_outcome(text);
    (void)done_mark(text);
    (void)is_milestone_word(text);
    (void)candidate_mark(text);

    if (const auto date = read_date_text(text)) {
        PMO_FUZZ_CHECK(date->day >= first_plausible_day && date->day <= last_plausible_day);
        if (date->order == DateText::Order::either)
            PMO_FUZZ_CHECK(date->day_first >= first_plausible_day && date->day_first <= last_plausible_day);
        const auto one = parse_date_text(text);
        if (date->order != DateText::Order::either || date->day == date->day_first)
            PMO_FUZZ_CHECK(one && *one == date->day);
    }
    return 0;
}
