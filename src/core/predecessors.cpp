#include "predecessors.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "text.hpp"

namespace pmocalc {

namespace {

// Entries are separated by , or ; (、 ， ； fold to them) or by & and line
// breaks ("1.2.1 & 1.1.6", one ID a line).
bool is_separator(char c) { return c == ',' || c == ';' || c == '&'; }

std::string without_spaces(std::string_view text) {
    std::string out;
    for (char c : text)
        if (c != ' ')
            out += c;
    return out;
}

bool ends_with_folded(std::string_view text, std::string_view suffix) {
    if (text.size() < suffix.size())
        return false;
    const auto tail = text.substr(text.size() - suffix.size());
    return std::equal(tail.begin(), tail.end(), suffix.begin(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
    });
}

// Drops a lag unit ("d", "day", "days", "wd", "日", "日間") from the end.
std::string_view without_lag_unit(std::string_view text) {
    for (std::string_view unit : {"days", "day", "wd", "d", "日間", "日"})
        if (ends_with_folded(text, unit))
            return text.substr(0, text.size() - unit.size());
    return text;
}

struct Split {
    std::string_view head;  // what precedes the lag
    double lag = 0;
    bool has_lag = false;
};

// "3FS+2d" → head "3FS", lag 2. The lag is a sign and an unsigned decimal
// number at the end; without one the head is the whole text.
Split split_lag(std::string_view text) {
    const std::string_view number = without_lag_unit(text);
    std::size_t begin = number.size();
    while (begin > 0 && (std::isdigit(static_cast<unsigned char>(number[begin - 1])) || number[begin - 1] == '.'))
        --begin;
    if (begin == number.size() || begin == 0 || (number[begin - 1] != '+' && number[begin - 1] != '-'))
        return {text};
    const std::string_view digits = number.substr(begin);
    if (digits.front() == '.' || digits.back() == '.' || std::count(digits.begin(), digits.end(), '.') > 1)
        return {text};
    double value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size())
        return {text};
    const bool lead = number[begin - 1] == '-';
    return {number.substr(0, begin - 1), lead ? -value : value, true};
}

void add_reading(std::vector<PredecessorReading>& readings, PredecessorReading reading) {
    if (reading.id.empty() || std::find(readings.begin(), readings.end(), reading) != readings.end())
        return;
    readings.push_back(std::move(reading));
}

PredecessorEntry parse_entry(std::string_view entry) {
    PredecessorEntry parsed{std::string(entry), {}, false};
    add_reading(parsed.readings, {std::string(entry), LinkType::finish_start, 0});
    const std::string compact = without_spaces(entry);
    if (!compact.empty() && compact.back() == '%') {
        parsed.percent_lag = split_lag(std::string_view(compact).substr(0, compact.size() - 1)).has_lag;
        return parsed;
    }
    const Split split = split_lag(compact);
    constexpr std::pair<std::string_view, LinkType> types[] = {{"fs", LinkType::finish_start},
                                                               {"ss", LinkType::start_start},
                                                               {"ff", LinkType::finish_finish},
                                                               {"sf", LinkType::start_finish}};
    for (const auto& [code, type] : types)
        if (split.head.size() > code.size() && ends_with_folded(split.head, code))
            add_reading(parsed.readings,
                        {std::string(split.head.substr(0, split.head.size() - code.size())), type, split.lag});
    if (split.has_lag)
        add_reading(parsed.readings, {std::string(split.head), LinkType::finish_start, split.lag});
    return parsed;
}

}  // namespace

std::string_view link_type_code(LinkType type) {
    switch (type) {
    case LinkType::finish_start: return "FS";
    case LinkType::start_start: return "SS";
    case LinkType::finish_finish: return "FF";
    case LinkType::start_finish: return "SF";
    }
    return "FS";
}

std::vector<PredecessorEntry> parse_predecessors(std::string_view cell) {
    std::string lines(cell);
    std::replace(lines.begin(), lines.end(), '\n', ';');  // fold_width would make it a space
    const std::string folded = fold_width(lines);
    std::vector<PredecessorEntry> entries;
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && !is_separator(folded[i]))
            continue;
        const std::string trimmed = fold_width(std::string_view(folded).substr(begin, i - begin));
        if (!trimmed.empty())
            entries.push_back(parse_entry(trimmed));
        begin = i + 1;
    }
    return entries;
}

}  // namespace pmocalc
