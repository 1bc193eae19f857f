#include "messages.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

#include "calendar.hpp"
#include "text.hpp"

namespace pmocalc {

namespace {

struct Entry {
    std::string_view code;
    std::string_view en;
    std::string_view ja;
};

constexpr Entry entries[] = {
#define PMOCALC_MESSAGE(id, en, ja) {#id, en, ja},
#include "message_table.hpp"
#undef PMOCALC_MESSAGE
};

const Entry& entry(Msg id) { return entries[static_cast<std::size_t>(id)]; }

// A date argument's Day back from the double it is kept in: the largest Days
// round up to 2^63, which no Day holds (civil_from_day clamps them anyway).
Day day_of(double kept) {
    constexpr double limit = 9.2e18;
    return static_cast<Day>(std::clamp(kept, -limit, limit));
}

}  // namespace

std::string_view language_code(Language language) { return language == Language::ja ? "ja" : "en"; }

std::optional<Language> language_from_code(std::string_view code) {
    const std::string key = normalize_label(code);
    if (key == "en")
        return Language::en;
    if (key == "ja")
        return Language::ja;
    return std::nullopt;
}

std::string_view text(Msg id, Language language) {
    return language == Language::ja ? entry(id).ja : entry(id).en;
}

std::string_view code(Msg id) { return entry(id).code; }

std::size_t message_count() { return std::size(entries); }

std::string format_number(double value, int decimals) {
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-∞" : "∞";
    char buffer[64];
    const double magnitude = std::fabs(value);
    std::to_chars_result result;
    if (magnitude != 0 && (magnitude >= 1e15 || magnitude < 1e-6))
        result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 6);
    else
        result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string out(buffer, result.ptr);
    if (out.find('e') == std::string::npos && out.find('.') != std::string::npos) {
        while (out.back() == '0')
            out.pop_back();
        if (out.back() == '.')
            out.pop_back();
    }
    if (out == "-0")
        out = "0";
    return out;
}

std::string format_grouped(double value) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e15)
        return format_number(value);
    const double rounded = std::round(value);
    const std::string digits = format_number(std::fabs(rounded), 0);
    std::string out = rounded < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

std::string format_index(const std::optional<double>& value) {
    if (!value)
        return std::string(text(Msg::not_defined, Language::en));
    if (!std::isfinite(*value) || std::fabs(*value) >= 1e15)
        return format_number(*value);  // in exponent form: two decimals of it would not fit
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value, std::chars_format::fixed, 2);
    return std::string(buffer, result.ptr);
}

MessageArg MessageArg::rendered(std::string text) {
    MessageArg arg(std::string{});
    arg.text_ = std::move(text);
    return arg;
}

std::string MessageArg::bounded(std::string text) {
    return text.size() <= argument_text_limit ? std::move(text) : excerpt(text, argument_text_limit);
}

MessageArg::MessageArg(Msg term) : kind_(Kind::nested), nested_(std::make_shared<const Message>(term)) {}

MessageArg::MessageArg(Message nested)
    : kind_(Kind::nested), nested_(std::make_shared<const Message>(std::move(nested))) {}

MessageArg MessageArg::date(std::int64_t day) {
    MessageArg arg(static_cast<double>(day));
    arg.kind_ = Kind::date;
    return arg;
}

MessageArg MessageArg::percent(double fraction) {
    MessageArg arg(fraction);
    arg.kind_ = Kind::percent;
    return arg;
}

std::string MessageArg::render(Language language) const {
    switch (kind_) {
    case Kind::text: return text_;
    case Kind::number: return format_number(number_);
    case Kind::date: return iso_date(day_of(number_));
    case Kind::percent: return format_number(number_ * 100, 4) + "%";
    case Kind::nested: return nested_->render(language);
    }
    return text_;
}

std::string Message::render(Language language) const {
    const std::string_view pattern = text(id, language);
    std::string out;
    out.reserve(pattern.size() + 16 * args.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{') {
            const std::size_t close = pattern.find('}', i);
            std::size_t index = 0;
            const char* end = close == std::string_view::npos ? pattern.data() + i + 1 : pattern.data() + close;
            const auto parsed = std::from_chars(pattern.data() + i + 1, end, index);
            if (close != std::string_view::npos && parsed.ec == std::errc() && parsed.ptr == end &&
                index < args.size()) {
                out += args[index].render(language);
                i = close;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace pmocalc
