#include "typed_text.hpp"

#include <charconv>
#include <cmath>
#include <string>
#include <vector>

#include "text.hpp"

namespace pmocalc {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view s) {
    for (char c : s)
        if (!is_digit(c))
            return false;
    return !s.empty();
}

bool strip_prefix(std::string& s, std::string_view prefix) {
    if (!s.starts_with(prefix))
        return false;
    s.erase(0, prefix.size());
    return true;
}

bool strip_suffix(std::string& s, std::string_view suffix) {
    if (!s.ends_with(suffix))
        return false;
    s.erase(s.size() - suffix.size());
    return true;
}

void trim_spaces(std::string& s) {
    while (!s.empty() && s.front() == ' ')
        s.erase(0, 1);
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
}

std::optional<double> to_double(const std::string& plain) {
    double value = 0;
    const auto result = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (result.ec != std::errc() || result.ptr != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool is_separator(char c) { return c == ',' || c == '.' || c == ' ' || c == '\''; }

// Digits grouped by threes after a first group of one to three digits.
bool grouped(const std::vector<std::string_view>& parts, std::size_t count) {
    if (count == 0 || parts[0].size() < 1 || parts[0].size() > 3)
        return false;
    for (std::size_t i = 1; i < count; ++i)
        if (parts[i].size() != 3)
            return false;
    return true;
}

std::string joined(const std::vector<std::string_view>& parts, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += parts[i];
    return out;
}

// Yen marks and full-width digits are written the Japanese way: a comma only
// ever groups thousands, a dot only ever starts decimals.
bool written_the_japanese_way(std::string_view raw) {
    for (std::string_view mark : {"¥", "￥", "円"})
        if (raw.find(mark) != std::string_view::npos)
            return true;
    for (std::size_t i = 0; i + 2 < raw.size(); ++i)
        if (raw[i] == '\xEF' && raw[i + 1] == '\xBC' &&
            ((raw[i + 2] >= '\x90' && raw[i + 2] <= '\x99') || raw[i + 2] == '\x8C' || raw[i + 2] == '\x8E'))
            return true;  // ０–９, ，, ．
    return false;
}

}  // namespace

std::optional<NumberText> read_number_text(std::string_view raw) {
    std::string s = normalize_label(raw);
    // Currency marks before or after the amount, and the percent sign.
    for (std::string_view mark : {"¥", "￥", "us$", "a$", "c$", "$", "€", "£"})
        if (strip_prefix(s, mark))
            break;
    strip_suffix(s, "円");
    // An ISO currency code before or after the amount: "2,400,000 CHF", "USD 1,500".
    for (std::string_view code : {"usd", "eur", "jpy", "gbp", "chf", "cny", "aud", "cad", "inr", "krw", "sgd",
                                  "hkd", "sek", "nok", "dkk", "nzd"}) {
        const std::string spaced_suffix = " " + std::string(code);
        const std::string spaced_prefix = std::string(code) + " ";
        if (strip_suffix(s, spaced_suffix) || strip_prefix(s, spaced_prefix))
            break;
    }
    trim_spaces(s);
    const bool percent = strip_suffix(s, "%");
    trim_spaces(s);
    bool negative = false;
    if (strip_prefix(s, "-") || strip_prefix(s, "−"))
        negative = true;
    else
        strip_prefix(s, "+");
    if (s.empty() || !(is_digit(s.front()) || s.front() == '.' || s.front() == ','))
        return std::nullopt;

    NumberText out;
    std::string plain;          // the English reading, for from_chars
    std::string alternative;    // the other reading of an ambiguous text
    if (s.find('e') != std::string::npos) {
        // Scientific notation: only without grouping ("1.5e308").
        for (char c : s)
            if (c == ',' || c == ' ' || c == '\'')
                return std::nullopt;
        plain = s;
        out.decimal = s.find('.') != std::string::npos ? NumberText::Decimal::dot : NumberText::Decimal::none;
    } else {
        std::vector<std::string_view> parts;
        std::string separators;
        std::size_t begin = 0;
        for (std::size_t i = 0; i <= s.size(); ++i) {
            if (i == s.size() || is_separator(s[i])) {
                parts.push_back(std::string_view(s).substr(begin, i - begin));
                if (i < s.size())
                    separators += s[i];
                begin = i + 1;
            } else if (!is_digit(s[i])) {
                return std::nullopt;
            }
        }
        for (std::size_t i = 1; i < parts.size(); ++i)
            if (parts[i].empty())
                return std::nullopt;  // "1,,5", "5,"
        if (separators.empty()) {
            plain = s;
        } else if (separators.find_first_not_of(separators[0]) == std::string::npos) {
            const char mark = separators[0];
            if (separators.size() >= 2) {
                if (!grouped(parts, parts.size()))
                    return std::nullopt;  // "1.2.3" is no number
                plain = joined(parts, parts.size());
                out.group = mark;
            } else if (mark == ' ' || mark == '\'') {
                if (!grouped(parts, 2))
                    return std::nullopt;
                plain = joined(parts, 2);
                out.group = mark;
            } else if (parts[1].size() == 3 && grouped(parts, 2) && parts[0] != "0" &&
                       !written_the_japanese_way(raw)) {
                // "1,500" / "1.500": thousands in one locale, decimals in another.
                out.decimal = NumberText::Decimal::either;
                const std::string whole = joined(parts, 2);
                const std::string decimal = std::string(parts[0]) + "." + std::string(parts[1]);
                plain = mark == ',' ? whole : decimal;
                alternative = mark == ',' ? decimal : whole;
            } else if (mark == ',' && written_the_japanese_way(raw)) {
                if (!grouped(parts, 2))
                    return std::nullopt;
                plain = joined(parts, 2);  // ¥1,000
                out.group = ',';
            } else {
                out.decimal = mark == '.' ? NumberText::Decimal::dot : NumberText::Decimal::comma;
                plain = std::string(parts[0].empty() ? "0" : parts[0]) + "." + std::string(parts[1]);
            }
        } else {
            // Mixed marks: the last is the decimal point, the others one grouping mark.
            const char decimal_mark = separators.back();
            const char group_mark = separators[0];
            if (decimal_mark != ',' && decimal_mark != '.')
                return std::nullopt;
            for (std::size_t i = 0; i + 1 < separators.size(); ++i)
                if (separators[i] != group_mark || group_mark == decimal_mark)
                    return std::nullopt;
            if (!grouped(parts, parts.size() - 1))
                return std::nullopt;
            out.decimal = decimal_mark == '.' ? NumberText::Decimal::dot : NumberText::Decimal::comma;
            out.group = group_mark;
            plain = joined(parts, parts.size() - 1) + "." + std::string(parts.back());
        }
    }
    const auto value = to_double(plain);
    if (!value)
        return std::nullopt;
    const double sign = negative ? -1.0 : 1.0;
    const double scale = percent ? 100.0 : 1.0;
    out.value = sign * *value / scale;
    out.alternative = out.value;
    if (!alternative.empty()) {
        const auto other = to_double(alternative);
        if (!other)
            return std::nullopt;
        out.alternative = sign * *other / scale;
    }
    return out;
}

std::optional<double> parse_number_text(std::string_view text) {
    const auto number = read_number_text(text);
    if (!number)
        return std::nullopt;
    return number->value;
}

namespace {

bool parse_part(std::string_view digits, int& out) {
    if (digits.empty() || digits.size() > 4 || !all_digits(digits))
        return false;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return result.ec == std::errc();
}

}  // namespace

namespace {

constexpr std::string_view month_names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};

// 1 … 12 for "jan", "january", "sept" …; 0 otherwise.
int month_of_name(std::string_view word) {
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m)
        if (word.substr(0, 3) == month_names[m] && (word.size() == 3 || (word.size() <= 9 && word[3] >= 'a' &&
                                                                           word[3] <= 'z')))
            return m + 1;
    return 0;
}

bool is_weekday_word(std::string_view word) {
    for (std::string_view day : {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "tues", "thur", "thurs", "monday",
                                 "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
        if (word == day)
            return true;
    for (std::string_view day : {"月", "火", "水", "木", "金", "土", "日"})
        if (word == day || word == std::string(day) + "曜" || word == std::string(day) + "曜日")
            return true;
    return false;
}

Day civil_day(int year, int month, int day) {
    return day_from_civil({year, static_cast<unsigned>(month), static_cast<unsigned>(day)});
}

bool valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    return civil_from_day(civil_day(year, month, day)).month == static_cast<unsigned>(month);
}

int full_year(int year, std::size_t digits) {
    if (digits != 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

}  // namespace

std::optional<DateText> read_date_text(std::string_view raw) {
    std::string normalized = normalize_label(raw);
    // A weekday first ("mon 1/6/25", "月 2025/01/06", "mon, jan 6, 2025"): before
    // 月 and 日 become separators below.
    if (const std::size_t space = normalized.find_first_of(" ,"); space != std::string::npos &&
                                                                   is_weekday_word(normalized.substr(0, space))) {
        normalized.erase(0, space);
        while (!normalized.empty() && (normalized.front() == ' ' || normalized.front() == ','))
            normalized.erase(0, 1);
    }
    // 2025年1月6日 → 2025-1-6; a weekday in brackets after it is dropped.
    std::string text;
    for (std::size_t i = 0; i < normalized.size();) {
        const std::string_view rest = std::string_view(normalized).substr(i);
        if (rest.starts_with("年") || rest.starts_with("月") || rest.starts_with("日")) {
            text += rest.starts_with("日") ? ' ' : '-';
            i += 3;  // each is three UTF-8 bytes
        } else if (rest.starts_with("(") || rest.starts_with("（")) {
            break;
        } else {
            text += normalized[i++];
        }
    }
    // Month names: "jan 6, 2025", "6 jan 2025", "6-jan-25" → numbers in y/m/d order.
    std::vector<std::string> words;
    {
        std::string word;
        for (char c : text) {
            if (c == ' ' || c == ',' || c == '-' || c == '/' || c == '.') {
                if (!word.empty())
                    words.push_back(std::move(word));
                word.clear();
            } else {
                word += c;
            }
        }
        if (!word.empty())
            words.push_back(std::move(word));
    }
    for (std::size_t i = 0; i < words.size() && i < 3; ++i) {
        const int month = month_of_name(words[i]);
        if (month == 0)
            continue;
        if (words.size() < 3)
            return std::nullopt;
        // "jan 6 2025" (month day year) or "6 jan 2025" (day month year); a time may follow.
        const std::string& day_word = i == 0 ? words[1] : words[0];
        const std::string& year_word = i == 2 ? words[0] : words[2];
        if (i == 2 || day_word.size() > 2 || !all_digits(day_word) || !all_digits(year_word) ||
            (year_word.size() != 2 && year_word.size() != 4))
            return std::nullopt;
        const int year = full_year(std::stoi(year_word), year_word.size());
        const int day = std::stoi(day_word);
        if (!valid_date(year, month, day))
            return std::nullopt;
        DateText out;
        out.day = civil_day(year, month, day);
        out.order = DateText::Order::year_first;  // the month shows by its name
        out.two_digit_year = year_word.size() == 2;
        return out;
    }
    if (const std::size_t time = text.find_first_of(" t"); time != std::string::npos)
        text.erase(time);  // a time of day after the date
    int parts[3];
    std::size_t lengths[3];
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t stop = i < 2 ? text.find_first_of("-/.", start) : text.size();
        if (stop == std::string::npos)
            return std::nullopt;
        const std::string_view part = std::string_view(text).substr(start, stop - start);
        if (!parse_part(part, parts[i]))
            return std::nullopt;
        lengths[i] = part.size();
        start = stop + 1;
    }
    DateText out;
    if (lengths[0] == 4) {
        if (!valid_date(parts[0], parts[1], parts[2]))
            return std::nullopt;
        out.day = civil_day(parts[0], parts[1], parts[2]);
        return out;
    }
    if ((lengths[2] != 4 && lengths[2] != 2) || lengths[0] > 2 || lengths[1] > 2)
        return std::nullopt;
    out.two_digit_year = lengths[2] == 2;
    if (lengths[0] == 2 && lengths[1] == 2 && lengths[2] == 2) {
        const int short_year = full_year(parts[0], 2);
        if (valid_date(short_year, parts[1], parts[2]))
            out.short_year_first = civil_day(short_year, parts[1], parts[2]);
    }
    const int year = full_year(parts[2], lengths[2]);
    const bool month_first = valid_date(year, parts[0], parts[1]);
    const bool day_first = valid_date(year, parts[1], parts[0]);
    if (month_first && day_first && parts[0] != parts[1]) {
        out.order = DateText::Order::either;
        out.day = civil_day(year, parts[0], parts[1]);
        out.day_first = civil_day(year, parts[1], parts[0]);
    } else if (month_first) {
        out.order = parts[0] == parts[1] ? DateText::Order::year_first : DateText::Order::month_first;
        out.day = civil_day(year, parts[0], parts[1]);
    } else if (day_first) {
        out.order = DateText::Order::day_first;
        out.day = civil_day(year, parts[1], parts[0]);
    } else {
        return std::nullopt;
    }
    return out;
}

std::optional<Day> parse_date_text(std::string_view raw) {
    const auto date = read_date_text(raw);
    if (!date || date->order == DateText::Order::either)
        return std::nullopt;
    return date->day;
}

std::optional<Day> date_in_name(std::string_view name) {
    if (name.size() < 9)
        return std::nullopt;
    const std::string_view tail = name.substr(name.size() - 9);
    if (tail[0] != '_' || !all_digits(tail.substr(1)))
        return std::nullopt;
    const std::string iso = std::string(tail.substr(1, 4)) + "-" + std::string(tail.substr(5, 2)) + "-" +
                            std::string(tail.substr(7, 2));
    return parse_date_text(iso);
}

}  // namespace pmocalc
