// Numbers and dates typed as text, as PMO workbooks and CSV exports hold them
// in every locale: "1,234.5", "1.234,5", "1 234,5", "¥1,000", "６０％";
// "2025-01-06", "2025/1/6", "2025年1月6日". No locale is consulted: where a
// text can mean two numbers, both readings are returned and the caller
// decides (by the other cells of its column) or says so.
#pragma once

#include <optional>
#include <string_view>

#include "calendar.hpp"

namespace pmocalc {

struct NumberText {
    // Which mark the text uses as its decimal point, if it shows.
    enum class Decimal {
        none,   // "1500", "12,345,678", "1.000.000": no decimals, the grouping is clear
        dot,    // "1,234.5", "0.25"
        comma,  // "1,5", "1.000,50", "1 234,5"
        either, // "1,500" or "1.500": one mark followed by exactly three digits
    };
    double value = 0;           // as read with a dot decimal and comma groups (English, Japanese)
    double alternative = 0;     // with the roles of comma and dot swapped; == value unless ambiguous
    Decimal decimal = Decimal::none;
    char group = 0;             // the mark that groups thousands when it shows: ',', '.', ' ' or '\''
    bool ambiguous() const { return decimal == Decimal::either; }
};

// A number typed as text; nullopt when the text is no number. A trailing
// % divides by 100; currency marks (¥ ￥ $ € £ 円) are ignored; full-width
// digits are fine. Only finite values are numbers.
std::optional<NumberText> read_number_text(std::string_view text);

// The same with the English/Japanese reading of an ambiguous text.
std::optional<double> parse_number_text(std::string_view text);

// A date typed as text, as workbooks and exports hold it: "2025-01-06",
// "2025/1/6", "2025.01.06", "2025年1月6日", "1/6/2025" and "1/6/25" (month or
// day first), "Mon 1/6/25" (MS Project), "2025/01/06(月)", "Jan 6, 2025",
// "6-Jan-25", with a time of day after it ignored; two-digit years as a
// spreadsheet reads them (00–29 → 2000s, 30–99 → 1900s); years 1900–2199.
struct DateText {
    enum class Order { year_first, month_first, day_first, either };
    Day day = 0;               // the reading; for `either`, month first (1/6/2025 → 6 January)
    Day day_first = 0;         // for `either`: the day-first reading (1 June)
    Order order = Order::year_first;
    bool two_digit_year = false;
    // For three two-digit parts ("25/01/06"): the year/month/day reading
    // (2025-01-06) a Japanese "yy/mm/dd" means; only a column can tell it
    // from day/month/year (DateOrders).
    std::optional<Day> short_year_first;
};
std::optional<DateText> read_date_text(std::string_view text);

// The one reading of a date typed as text: as read_date_text, nullopt where
// the order of month and day cannot be told (6/1/2025).
std::optional<Day> parse_date_text(std::string_view text);

// The status date in a file name's "_YYYYMMDD" ending, as CSV exports name
// their files ("TestProject_20251216" → 2025-12-16).
std::optional<Day> date_in_name(std::string_view name);

}  // namespace pmocalc
