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

TEST(DateText, MonthOrDayFirstShowsWhereADayIsAbove12) {
    const auto june = read_date_text("6/13/25");
    ASSERT_TRUE(june);
    EXPECT_EQ(june->day, date(2025, 6, 13));
    EXPECT_EQ(june->order, DateText::Order::month_first);
    EXPECT_TRUE(june->two_digit_year);
    EXPECT_EQ(read_date_text("13/6/25")->order, DateText::Order::day_first);
    EXPECT_EQ(read_date_text("13/6/25")->day, date(2025, 6, 13));
    EXPECT_EQ(read_date_text("12/31/2025")->day, date(2025, 12, 31));
    EXPECT_FALSE(read_date_text("12/31/2025")->two_digit_year);
    // The same month and day twice reads one way only.
    EXPECT_EQ(parse_date_text("1/1/25"), date(2025, 1, 1));
}

TEST(DateText, EitherOrderCarriesBothReadings) {
    const auto text = read_date_text("1/6/25");
    ASSERT_TRUE(text);
    EXPECT_EQ(text->order, DateText::Order::either);
    EXPECT_EQ(text->day, date(2025, 1, 6));
    EXPECT_EQ(text->day_first, date(2025, 6, 1));
    EXPECT_EQ(parse_date_text("1/6/25"), std::nullopt);
}

TEST(DateText, ThreeTwoDigitPartsAlsoCarryTheYearFirstReading) {
    const auto text = read_date_text("25/01/06");
    ASSERT_TRUE(text);
    EXPECT_EQ(text->order, DateText::Order::day_first);
    EXPECT_EQ(text->day, date(2006, 1, 25)) << "alone, day/month/year: only a column tells yy/mm/dd";
    EXPECT_EQ(text->short_year_first, date(2025, 1, 6));
    for (const char* other : {"25/02/30", "06/01/2025"}) {
        const auto read = read_date_text(other);  // 25/02/30: 25 February 2030
        ASSERT_TRUE(read) << other;
        EXPECT_EQ(read->short_year_first, std::nullopt) << other << ": no 30 February; a four-digit year";
    }
    EXPECT_EQ(read_date_text("25/1/6"), std::nullopt) << "a one-digit last part is no year, and no yy/mm/dd either";
}

TEST(DateText, TwoDigitYearsAsASpreadsheetReadsThem) {
    EXPECT_EQ(parse_date_text("6/13/29"), date(2029, 6, 13));
    EXPECT_EQ(parse_date_text("6/13/30"), date(1930, 6, 13));
    EXPECT_EQ(parse_date_text("6/13/99"), date(1999, 6, 13));
}

TEST(DateText, MonthNames) {
    const auto text = read_date_text("Jan 5, 2025");
    ASSERT_TRUE(text);
    EXPECT_EQ(text->day, date(2025, 1, 5));
    EXPECT_EQ(text->order, DateText::Order::year_first);  // the name says which is the month
    EXPECT_EQ(parse_date_text("January 5, 2025"), date(2025, 1, 5));
    EXPECT_EQ(parse_date_text("5 Jan 2025"), date(2025, 1, 5));
    EXPECT_EQ(parse_date_text("5-Jan-25"), date(2025, 1, 5));
    EXPECT_TRUE(read_date_text("5-Jan-25")->two_digit_year);
    EXPECT_EQ(parse_date_text("30-SEP-2025"), date(2025, 9, 30));
    EXPECT_EQ(parse_date_text("Sept 30, 2025"), date(2025, 9, 30));
    EXPECT_EQ(parse_date_text("Jan 5, 2025 10:30 AM"), date(2025, 1, 5));
}

TEST(DateText, MonthNamesWithoutAYearOrDayAreNoDates) {
    for (const char* text : {"Jan 5", "5-Jan", "Jan 2025", "Feb 30, 2025", "Jan 5, 202"})
        EXPECT_EQ(read_date_text(text), std::nullopt) << text;
}

TEST(DateText, AWeekdayBeforeOrAfterTheDateIsIgnored) {
    EXPECT_EQ(parse_date_text("2025/01/06(月)"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025/01/06（月）"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025/1/6 (Mon)"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("2025年1月6日(月)"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("Mon, Jan 6, 2025"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("Tue 2025-01-07"), date(2025, 1, 7));
    EXPECT_EQ(parse_date_text("火 2025/01/07"), date(2025, 1, 7));
    // 月 and 日 are weekdays here, not the separators of 2025年1月6日.
    EXPECT_EQ(parse_date_text("月 2025/01/06"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("日 2025/01/05"), date(2025, 1, 5));
    EXPECT_EQ(parse_date_text("月曜日 2025/01/06"), date(2025, 1, 6));
    EXPECT_EQ(parse_date_text("月 2025年1月6日"), date(2025, 1, 6));
    // MS Project's "Mon 1/6/25": the column decides the order.
    const auto project = read_date_text("Mon 1/6/25");
    ASSERT_TRUE(project);
    EXPECT_EQ(project->order, DateText::Order::either);
    EXPECT_EQ(project->day, date(2025, 1, 6));
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
