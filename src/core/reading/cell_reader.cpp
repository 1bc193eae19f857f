#include "cell_reader.hpp"

#include <cmath>
#include <set>
#include <string>

#include "../text.hpp"
#include "../typed_text.hpp"
#include "value_words.hpp"

namespace pmocalc {

void ColumnNotes::add(Msg what, const std::string& sheet, std::size_t column, std::size_t row, std::string example,
                      Diagnostic::Severity severity) {
    auto [it, inserted] = columns_.try_emplace({what, sheet, column}, Column{row, 0, std::move(example), severity});
    ++it->second.count;
}

void ColumnNotes::report(std::vector<Diagnostic>& out) const {
    for (const auto& [where, column] : columns_) {
        Message message{std::get<0>(where), {column.count}};
        if (!column.example.empty())
            message.args.emplace_back(column.example);
        out.push_back({column.severity, std::get<1>(where), cell_address(column.first_row, std::get<2>(where)),
                       std::move(message)});
    }
}

DecimalMarks::Mark DecimalMarks::of(const Sheet& sheet, std::size_t first_row, std::size_t end_row,
                                    std::size_t column) {
    const auto key = std::make_pair(&sheet, column);
    if (const auto found = marks_.find(key); found != marks_.end())
        return found->second;
    bool dot = false;
    bool comma = false;
    for (std::size_t row = first_row; row < end_row && row < sheet.cells.rows(); ++row) {
        const auto text = text_in(sheet.at(row, column));
        if (!text)
            continue;
        const auto number = read_number_text(*text);
        if (!number)
            continue;
        dot = dot || number->decimal == NumberText::Decimal::dot || number->group == ',';
        comma = comma || number->decimal == NumberText::Decimal::comma || number->group == '.';
    }
    const Mark mark = dot && comma ? Mark::conflicting : dot ? Mark::dot : comma ? Mark::comma : Mark::unknown;
    marks_.emplace(key, mark);
    return mark;
}

DateOrders::Order DateOrders::of(const Sheet& sheet, std::size_t first_row, std::size_t end_row,
                                 std::size_t column) {
    const auto key = std::make_pair(&sheet, column);
    if (const auto found = orders_.find(key); found != orders_.end())
        return found->second;
    bool month = false;
    bool day = false;
    // Dates of three two-digit parts: whether each reads as yy/mm/dd, and
    // the distinct first and last parts (yy/mm/dd keeps its first).
    bool all_short_year = true;
    std::size_t short_dates = 0;
    std::set<std::string> firsts, lasts;
    for (std::size_t row = first_row; row < end_row && row < sheet.cells.rows(); ++row) {
        const auto text = text_in(sheet.at(row, column));
        if (!text)
            continue;
        const auto date = read_date_text(*text);
        if (!date)
            continue;
        month = month || date->order == DateText::Order::month_first;
        day = day || date->order == DateText::Order::day_first;
        const std::string typed = trimmed(*text);
        const std::size_t first_mark = typed.find_first_of("-/.");
        const std::size_t last_mark = typed.find_last_of("-/.");
        if (first_mark == 2 && last_mark == 5 && (typed.size() == 8 || typed[8] == ' ')) {
            ++short_dates;
            all_short_year = all_short_year && date->short_year_first.has_value();
            if (firsts.size() < 3)
                firsts.insert(typed.substr(0, 2));
            if (lasts.size() < 3)
                lasts.insert(typed.substr(6, 2));
        } else {
            all_short_year = false;
        }
    }
    const bool short_year = short_dates >= 2 && all_short_year &&
                            ((firsts.size() == 1 && lasts.size() >= 2) || (firsts.size() == 2 && lasts.size() >= 3));
    const Order order = short_year        ? Order::short_year_first
                        : month && day    ? Order::conflicting
                        : month           ? Order::month_first
                        : day             ? Order::day_first
                                          : Order::unknown;
    orders_.emplace(key, order);
    return order;
}

bool holds_nothing(const CellValue& cell) {
    if (is_empty_cell(cell))
        return true;
    const auto text = text_in(cell);
    return text && is_blank_mark(*text);
}

CellValue RowReader::cell(Field field) const {
    const std::size_t column = table_.column(field);
    return column == Table::no_column ? CellValue{} : sheet_.at(row_, column);
}

std::string RowReader::owners() {
    std::string out = text(Field::owner);
    for (std::size_t column : table_.owner_columns) {
        const std::string more = excerpt(text_of(column, false));
        if (more.empty())
            continue;
        if (!out.empty())
            out += ", ";
        out += more;
    }
    return out;
}

std::string RowReader::level_name() const {
    for (auto it = table_.level_columns.rbegin(); it != table_.level_columns.rend(); ++it)
        if (const auto value = text_in(sheet_.at(row_, *it)); value && !is_blank(*value))
            return excerpt(trimmed(*value));
    return {};
}

std::size_t RowReader::level_depth() const {
    for (std::size_t i = table_.level_columns.size(); i-- > 0;)
        if (!is_empty_cell(sheet_.at(row_, table_.level_columns[i])))
            return i + 1;
    return 0;
}

bool RowReader::blank_mark_at(std::size_t column, const CellValue& cell) {
    const auto text = text_in(cell);
    if (!text || !is_blank_mark(*text))
        return false;
    context_.notes.add(Msg::blank_marks_read_as_blank, sheet_.name, column, row_, trimmed(*text));
    return true;
}

std::optional<double> RowReader::number(Field field, Msg what, bool amount) {
    const std::size_t column = table_.column(field);
    if (column == Table::no_column)
        return std::nullopt;
    const CellValue cell = sheet_.at(row_, column);
    if (is_empty_cell(cell) || error_at(column) || blank_mark_at(column, cell))
        return std::nullopt;
    double value = 0;
    if (const auto* number = std::get_if<double>(&cell)) {
        value = *number;
    } else {
        const auto& text = std::get<std::string_view>(cell);
        const auto typed = read_number_text(text);
        if (!typed) {
            fail(column, {Msg::not_a_number, {what, excerpt(text)}});
            return std::nullopt;
        }
        value = typed->value;
        if (typed->ambiguous()) {
            switch (context_.marks.of(sheet_, table_.first_row(), table_.end_row, column)) {
            case DecimalMarks::Mark::comma: value = typed->alternative; break;
            case DecimalMarks::Mark::dot: break;
            case DecimalMarks::Mark::unknown:
            case DecimalMarks::Mark::conflicting:
                warn(column, {Msg::number_text_ambiguous, {excerpt(trimmed(text)), typed->value, typed->alternative}});
            }
        }
        context_.notes.add(Msg::numbers_typed_as_text, sheet_.name, column, row_);
    }
    if (!std::isfinite(value) || (amount && std::fabs(value) > largest_amount)) {
        fail(column, {Msg::value_too_large, {what, value}});
        return std::nullopt;
    }
    return value;
}

std::optional<double> RowReader::days(Field field, Msg what) {
    const std::size_t column = table_.column(field);
    if (column == Table::no_column)
        return std::nullopt;
    const auto text = text_in(sheet_.at(row_, column));
    if (text && !is_blank_mark(*text) && !read_number_text(*text)) {
        if (const auto duration = read_duration_text(*text)) {
            context_.notes.add(Msg::durations_typed_as_text, sheet_.name, column, row_, trimmed(*text));
            return duration->days;
        }
    }
    return number(field, what, true);
}

std::optional<Day> RowReader::date(Field field, Msg what) {
    const std::size_t column = table_.column(field);
    if (column == Table::no_column)
        return std::nullopt;
    const CellValue cell = sheet_.at(row_, column);
    if (is_empty_cell(cell) || error_at(column) || blank_mark_at(column, cell))
        return std::nullopt;
    if (const auto* number = std::get_if<double>(&cell)) {
        const auto day = day_from_serial(*number, context_.null_date_offset);
        if (!day) {
            fail(column, {Msg::not_a_date, {what, day.problem().message}});
            return std::nullopt;
        }
        return *day;
    }
    const auto& value = std::get<std::string_view>(cell);
    const auto typed = read_date_text(value);
    if (!typed) {
        fail(column, {Msg::date_text_unreadable, {what, excerpt(value)}});
        return std::nullopt;
    }
    Day day = typed->day;
    if (typed->short_year_first &&
        context_.orders.of(sheet_, table_.first_row(), table_.end_row, column) ==
            DateOrders::Order::short_year_first) {
        day = *typed->short_year_first;
        context_.notes.add(Msg::dates_read_short_year_first, sheet_.name, column, row_, trimmed(value));
    } else if (typed->order == DateText::Order::either) {
        switch (context_.orders.of(sheet_, table_.first_row(), table_.end_row, column)) {
        case DateOrders::Order::day_first: day = typed->day_first; break;
        case DateOrders::Order::month_first: break;
        case DateOrders::Order::short_year_first: break;  // not all two-digit parts: month first
        case DateOrders::Order::unknown:
            context_.notes.add(Msg::dates_read_month_first, sheet_.name, column, row_, trimmed(value),
                               Diagnostic::Severity::warning);
            break;
        case DateOrders::Order::conflicting:
            fail(column, {Msg::date_text_ambiguous, {what, excerpt(trimmed(value))}});
            return std::nullopt;
        }
    }
    if (typed->two_digit_year)
        context_.notes.add(Msg::two_digit_years, sheet_.name, column, row_, trimmed(value));
    context_.notes.add(Msg::dates_typed_as_text, sheet_.name, column, row_);
    return day;
}

void RowReader::fail(Field field, Message message) {
    const std::size_t column = table_.column(field);
    fail(column == Table::no_column ? 0 : column, std::move(message));
}

void RowReader::fail(std::size_t column, Message message) {
    ok_ = false;
    context_.diagnostics.push_back(
        {Diagnostic::Severity::error, sheet_.name, cell_address(row_, column), std::move(message), skip_row_});
}

void RowReader::warn(Field field, Message message) { warn(table_.column(field), std::move(message)); }

void RowReader::warn(std::size_t column, Message message) {
    context_.diagnostics.push_back(
        {Diagnostic::Severity::warning, sheet_.name, cell_address(row_, column), std::move(message)});
}

bool RowReader::error_at(std::size_t column) {
    const auto error = error_in(sheet_.at(row_, column));
    if (!error)
        return false;
    fail(column, {Msg::cell_error, {table_.header_text(column), error_name(*error)}});
    return true;
}

std::string RowReader::text_of(std::size_t column, bool identifying) {
    if (column == Table::no_column)
        return {};
    const CellValue cell = sheet_.at(row_, column);
    if (const auto* number = std::get_if<double>(&cell))
        return number_as_text(*number);
    if (const auto* value = std::get_if<std::string_view>(&cell))
        return trimmed(*value);
    if (const auto* error = std::get_if<CellError>(&cell)) {
        if (identifying) {
            error_at(column);
            return {};
        }
        warn(column, {Msg::cell_error_shown, {table_.header_text(column), error_name(*error)}});
        return error_name(*error);
    }
    return {};
}

double percent_scale(const Table& table, Field field, std::vector<Diagnostic>& out, Msg what) {
    if (!table.has(field))
        return 1;
    const Sheet& sheet = *table.sheet;
    const std::size_t column = table.column(field);
    std::size_t non_zero = 0;
    std::size_t above_one = 0;
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        const CellValue cell = sheet.at(row, column);
        std::optional<double> value;
        if (const auto* number = std::get_if<double>(&cell))
            value = *number;
        else if (const auto* text = std::get_if<std::string_view>(&cell); text && text->find('%') == std::string::npos)
            value = parse_number_text(*text);
        if (!value || *value == 0)
            continue;
        if (*value > 100 || *value < 0)
            return 1;
        ++non_zero;
        above_one += *value > 1 ? 1 : 0;
    }
    if (non_zero == 0 || above_one * 2 < non_zero)
        return 1;
    out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(table.header_row, column),
                   {Msg::percent_typed_0_100, {what}}});
    return 100;
}

}  // namespace pmocalc
