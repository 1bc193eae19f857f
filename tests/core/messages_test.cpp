#include "core/messages.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace pmocalc {
namespace {

// The placeholders {0}, {1} … a text uses.
std::set<int> placeholders(std::string_view text) {
    std::set<int> found;
    for (std::size_t i = 0; i + 2 < text.size(); ++i)
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}')
            found.insert(text[i + 1] - '0');
    return found;
}

TEST(Messages, EveryEntryHasBothLanguagesAndTheSameArguments) {
    for (std::size_t i = 0; i < message_count(); ++i) {
        const auto id = static_cast<Msg>(i);
        SCOPED_TRACE(std::string(code(id)));
        EXPECT_FALSE(text(id, Language::en).empty());
        EXPECT_FALSE(text(id, Language::ja).empty());
        EXPECT_EQ(placeholders(text(id, Language::en)), placeholders(text(id, Language::ja)));
        const auto used = placeholders(text(id, Language::en));
        if (!used.empty()) {
            EXPECT_EQ(*used.rbegin() + 1, static_cast<int>(used.size())) << "placeholders are numbered from 0";
        }
    }
}

TEST(Messages, CodesAreUniqueAndStable) {
    std::set<std::string_view> codes;
    for (std::size_t i = 0; i < message_count(); ++i)
        EXPECT_TRUE(codes.insert(code(static_cast<Msg>(i))).second);
    EXPECT_EQ(code(Msg::not_a_number), "not_a_number");
}

TEST(Messages, ArgumentsAreRenderedInTheMessagesLanguage) {
    const Message nested{Msg::not_a_number, {Msg::term_budget, "abc"}};
    EXPECT_EQ(nested.render(Language::en), "budget must be a number, found text \"abc\"");
    EXPECT_EQ(nested.render(Language::ja), "予算が数値ではありません（「abc」）");
    const Message japanese_order{Msg::argument_cell_problem, {"budgets", Message{Msg::position_row, {3}}, nested}};
    EXPECT_EQ(japanese_order.render(Language::ja), "budgetsの3行目: 予算が数値ではありません（「abc」）");
}

TEST(Messages, NumbersIgnoreTheProcessLocale) {
    EXPECT_EQ(format_number(1.5), "1.5");
    EXPECT_EQ(format_number(1500000), "1500000");
    EXPECT_EQ(format_number(-0.0), "0");
    EXPECT_EQ(format_number(1.0 / 3), "0.333333");
    EXPECT_EQ(format_number(1.5e308), "1.500000e+308");
    EXPECT_EQ(format_grouped(49378.6), "49,379");
    EXPECT_EQ(format_grouped(-1234567), "-1,234,567");
    EXPECT_EQ(format_grouped(999), "999");
    EXPECT_EQ(format_index(0.955), "0.95");  // 0.955 is 0.95499… in binary
    EXPECT_EQ(format_index(std::nullopt), "–");
    // Found by fuzz_messages: a huge index overflowed the buffer of its fixed
    // form and came out as uninitialised bytes.
    EXPECT_EQ(format_index(1e300), "1.000000e+300");
    EXPECT_EQ(format_index(-2.5e20), "-2.500000e+20");
    EXPECT_EQ(format_index(123456789.126), "123456789.13");
    EXPECT_EQ(MessageArg::percent(0.25).render(Language::en), "25%");
    EXPECT_EQ(MessageArg::date(45667).render(Language::ja), "2025-01-10");
}

TEST(Messages, LanguageCodes) {
    EXPECT_EQ(language_code(Language::ja), "ja");
    EXPECT_EQ(language_from_code(" JA "), Language::ja);
    EXPECT_EQ(language_from_code("en"), Language::en);
    EXPECT_EQ(language_from_code("fr"), std::nullopt);
}

TEST(Messages, ATextArgumentIsShortenedButARenderedMessageIsNot) {
    const std::string huge(5000, 'y');
    const std::string quoted = Message{Msg::not_a_number, {"budget", huge}}.render(Language::en);
    EXPECT_LT(quoted.size(), MessageArg::argument_text_limit + 100);
    EXPECT_NE(quoted.find("yyy\u2026"), std::string::npos);
    const std::string kept = Message{Msg::not_a_number, {"budget", MessageArg::rendered(huge)}}.render(Language::en);
    EXPECT_GT(kept.size(), huge.size());
}

}  // namespace
}  // namespace pmocalc
