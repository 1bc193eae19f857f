#include "core/typed_text.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using Decimal = NumberText::Decimal;

TEST(NumberText, PlainAndGroupedNumbers) {
    EXPECT_EQ(parse_number_text("1500"), 1500);
    EXPECT_EQ(parse_number_text(" 12 "), 12);
    EXPECT_EQ(parse_number_text("1,234.5"), 1234.5);
    EXPECT_EQ(parse_number_text("12,345,678"), 12345678);
    EXPECT_EQ(parse_number_text("-2.5"), -2.5);
    EXPECT_EQ(parse_number_text("６０％"), 0.6);
    EXPECT_EQ(parse_number_text("１，０００"), 1000);
    EXPECT_EQ(parse_number_text("¥1,000"), 1000);
    EXPECT_EQ(parse_number_text("1,000円"), 1000);
    EXPECT_EQ(parse_number_text("1.5e3"), 1500);
}

TEST(NumberText, OtherLocalesAreReadRightWhereUnambiguous) {
    // German/French style: the decimal comma shows by the digits after it.
    EXPECT_EQ(parse_number_text("1,5"), 1.5);
    EXPECT_EQ(parse_number_text("1.000,50"), 1000.5);
    EXPECT_EQ(parse_number_text("1 234,5"), 1234.5);
    EXPECT_EQ(parse_number_text("1.000.000"), 1000000);
    EXPECT_EQ(parse_number_text("1'234.5"), 1234.5);
    EXPECT_EQ(read_number_text("1.000,50")->decimal, Decimal::comma);
    EXPECT_EQ(read_number_text("1.000,50")->group, '.');
    EXPECT_EQ(read_number_text("12,345,678")->group, ',');
}

TEST(NumberText, AmbiguousTextsCarryBothReadings) {
    const auto comma = read_number_text("1,500");
    ASSERT_TRUE(comma);
    EXPECT_TRUE(comma->ambiguous());
    EXPECT_EQ(comma->value, 1500);       // English and Japanese: a thousands separator
    EXPECT_EQ(comma->alternative, 1.5);  // German: a decimal comma
    const auto dot = read_number_text("1.500");
    ASSERT_TRUE(dot);
    EXPECT_TRUE(dot->ambiguous());
    EXPECT_EQ(dot->value, 1.5);
    EXPECT_EQ(dot->alternative, 1500);
    EXPECT_FALSE(read_number_text("0,500")->ambiguous());  // no thousands start with 0
    // Yen and full-width digits are Japanese: a comma groups thousands.
    EXPECT_FALSE(read_number_text("¥1,000")->ambiguous());
    EXPECT_EQ(read_number_text("¥1,000")->value, 1000);
    EXPECT_EQ(read_number_text("１，０００")->value, 1000);
    EXPECT_EQ(read_number_text("1,500円")->value, 1500);
    EXPECT_FALSE(read_number_text("1,5000")->ambiguous());
}

TEST(NumberText, NotNumbers) {
    for (const char* text : {"abc", "12abc", "1.2.3", "1,,5", "5,", "", "-", "=1000*1000", "1e999", "+cmd"})
        EXPECT_EQ(parse_number_text(text), std::nullopt) << text;
}

TEST(DateText, FormatsPmosType) {
    EXPECT_EQ(parse_date_text("2025-01-06"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025/1/6"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("２０２５年１月６日"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025.01.06 09:30"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025-01-06T09:00"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("13/6/2025"), date(2025, 6, 13));
    EXPECT_EQ(parse_date_text("6/13/2025"), date(2025, 6, 13));
    EXPECT_EQ(parse_date_text("6/1/2025"), std::nullopt);  // 6 Jan or 1 Jun: only YYYY-MM-DD says
    EXPECT_EQ(parse_date_text("1950-04-01"), date(1950, 4, 1));
    EXPECT_EQ(parse_date_text("2199-12-31"), date(2199, 12, 31));
    EXPECT_EQ(parse_date_text("2200-01-01"), std::nullopt);
    EXPECT_EQ(parse_date_text("2025/13/45"), std::nullopt);
    EXPECT_EQ(parse_date_text("2025/02/30"), std::nullopt);
    EXPECT_EQ(parse_date_text("soon"), std::nullopt);
}

TEST(DateText, StatusDateInAFileName) {
    EXPECT_EQ(date_in_name("TestProject_20251216"), date(2025, 12, 16));
    EXPECT_EQ(date_in_name("進捗_20250110"), date(2025, 1, 10));
    EXPECT_EQ(date_in_name("TestProject-20251216"), std::nullopt);
    EXPECT_EQ(date_in_name("plan_20251340"), std::nullopt);
    EXPECT_EQ(date_in_name("budget"), std::nullopt);
}

}  // namespace
}  // namespace pmocalc
