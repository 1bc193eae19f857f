// The message renderer: any message id with arguments of every kind (texts,
// numbers, dates, percents, nested messages), in both languages; and the
// locale-free number formats with arbitrary doubles.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/messages.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

// A message with up to four arguments; `depth` bounds the nesting. All the
// texts it holds are valid UTF-8 or `valid` is cleared.
Message message(FuzzInput& in, int depth, bool& valid) {
    const auto id = static_cast<Msg>(in.u16() % message_count());
    std::vector<MessageArg> args;
    const int count = in.byte() % 5;
    for (int i = 0; i < count; ++i) {
        switch (in.byte() % 6) {
        case 0: {
            std::string text = in.text();
            valid = valid && fuzz::valid_utf8(text);
            args.emplace_back(std::move(text));
            break;
        }
        case 1: args.emplace_back(in.number()); break;
        case 2: args.push_back(MessageArg::date(in.flag() ? in.i64() : in.day())); break;
        case 3: args.push_back(MessageArg::percent(in.number())); break;
        case 4: args.emplace_back(static_cast<Msg>(in.u16() % message_count())); break;
        default:
            if (depth < 4)
                args.emplace_back(message(in, depth + 1, valid));
            else
                args.emplace_back(static_cast<long long>(in.i64()));
            break;
        }
    }
    return Message(id, std::move(args));
}

bool plain_ascii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

void check_format_number(double value, int decimals) {
    const std::string text = format_number(value, decimals);
    PMO_FUZZ_CHECK(!text.empty());
    if (std::isnan(value)) {
        PMO_FUZZ_CHECK(text == "NaN");
        return;
    }
    if (std::isinf(value)) {
        PMO_FUZZ_CHECK(text == (value < 0 ? "-∞" : "∞"));
        return;
    }
    PMO_FUZZ_CHECK(plain_ascii(text));
    double back = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), back);
    PMO_FUZZ_CHECK(parsed.ec == std::errc() && parsed.ptr == text.data() + text.size());
    // Fixed notation loses at most half a unit of the last decimal; exponent form six digits.
    const double allowed = 0.5 * std::pow(10.0, -decimals) + std::fabs(value) * 1e-6;
    PMO_FUZZ_CHECK(std::fabs(back - value) <= allowed);
}

void check_format_grouped(double value) {
    const std::string text = format_grouped(value);
    if (!std::isfinite(value) || std::fabs(value) >= 1e15)
        return;
    std::string digits = text;
    std::erase(digits, ',');
    double back = 0;
    const auto parsed = std::from_chars(digits.data(), digits.data() + digits.size(), back);
    PMO_FUZZ_CHECK(parsed.ec == std::errc() && parsed.ptr == digits.data() + digits.size());
    PMO_FUZZ_CHECK(back == std::round(value) || (back == 0 && std::round(value) == 0));
    // Groups of three digits after the first group.
    const std::size_t first_comma = text.find(',');
    if (first_comma != std::string::npos)
        for (std::size_t i = first_comma; i < text.size(); i += 4)
            PMO_FUZZ_CHECK(text[i] == ',' && text.size() - i >= 4);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const double value = in.raw_double();
    check_format_number(value, in.byte() % 16);
    check_format_number(value, 6);
    check_format_grouped(value);
    const std::string index = format_index(in.flag() ? std::optional<double>(value) : std::nullopt);
    PMO_FUZZ_CHECK(fuzz::valid_utf8(index));

    bool valid = true;
    const Message m = message(in, 0, valid);
    for (Language language : {Language::en, Language::ja}) {
        const std::string text = m.render(language);
        if (valid)
            PMO_FUZZ_CHECK(fuzz::valid_utf8(text));
    }
    (void)code(m.id);
    (void)language_from_code(in.text());
    return 0;
}
