#include "cell_range.hpp"

#include <cmath>

#include "text.hpp"

namespace pmocalc {

namespace {

Problem bad_cell(const Argument& arg, std::size_t index, Msg needed) {
    return arg.at(index, {needed, {describe(arg.cells[index])}});
}

}  // namespace

std::string error_name(const CellError& error) {
    // Calc's FormulaError codes (formula/errorcodes.hxx) and how Calc shows them.
    switch (error.code) {
    case 0: return "#ERR";
    case 502: return "Err:502";
    case 503: return "#NUM!";
    case 504: return "Err:504";
    case 507: return "Err:507";
    case 508: return "Err:508";
    case 509: return "Err:509";
    case 510: return "Err:510";
    case 511: return "Err:511";
    case 519: return "#VALUE!";
    case 521: return "#NULL!";
    case 522: return "Err:522";
    case 523: return "Err:523";
    case 524: return "#REF!";
    case 525: return "#NAME?";
    case 532: return "#DIV/0!";
    case 0x7FFF: return "#N/A";
    }
    return "Err:" + std::to_string(error.code);
}

Message describe(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return {Msg::found_text, {*text}};
    if (const auto* number = std::get_if<double>(&cell))
        return {Msg::found_number, {*number}};
    if (const auto* error = std::get_if<CellError>(&cell))
        return {Msg::found_error, {error_name(*error)}};
    return Msg::found_blank;
}

Problem Argument::at(std::size_t index, Message what) const {
    return invalid_input({Msg::argument_cell_problem, {name, cells.position(index), std::move(what)}});
}

Problem Argument::problem(Message what) const {
    return invalid_input({Msg::argument_problem, {name, std::move(what)}});
}

CellRange::CellRange(std::size_t rows, std::size_t columns, std::vector<Cell> cells)
    : rows_(rows), columns_(columns), cells_(std::move(cells)) {
    if (cells_.size() != rows_ * columns_) {  // a ragged input reads as one column
        rows_ = cells_.size();
        columns_ = 1;
    }
}

CellRange CellRange::column(std::vector<Cell> cells) {
    const std::size_t n = cells.size();
    return CellRange(n, 1, std::move(cells));
}

CellRange CellRange::single(Cell cell) { return CellRange(1, 1, {std::move(cell)}); }

Message CellRange::position(std::size_t index) const {
    const std::size_t row = columns_ == 0 ? index + 1 : index / columns_ + 1;
    const std::size_t column = columns_ == 0 ? 1 : index % columns_ + 1;
    if (columns_ <= 1)
        return {Msg::position_row, {row}};
    if (rows_ == 1)
        return {Msg::position_column, {column}};
    return {Msg::position_row_column, {row, column}};
}

bool is_empty_cell(const Cell& cell) {
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    const auto* text = std::get_if<std::string>(&cell);
    return text && is_blank(*text);
}

Outcome<double> sum_of(const Argument& arg) {
    double total = 0;
    bool any_number = false;
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        const Cell& cell = arg.cells[i];
        if (is_empty_cell(cell))
            continue;
        const auto* number = std::get_if<double>(&cell);
        if (!number)
            return bad_cell(arg, i, Msg::number_needed);
        total += *number;
        any_number = true;
    }
    if (!any_number)
        return arg.problem(Msg::no_number_given);
    return total;
}

Outcome<double> single_number_of(const Argument& arg) {
    std::optional<double> found;
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        const Cell& cell = arg.cells[i];
        if (is_empty_cell(cell))
            continue;
        const auto* number = std::get_if<double>(&cell);
        if (!number)
            return bad_cell(arg, i, Msg::number_needed);
        if (found)
            return arg.problem(Msg::several_values);
        found = *number;
    }
    if (!found)
        return arg.problem(Msg::value_blank);
    return *found;
}

Outcome<std::vector<std::optional<double>>> numbers_of(const Argument& arg) {
    std::vector<std::optional<double>> numbers(arg.cells.size());
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        const Cell& cell = arg.cells[i];
        if (is_empty_cell(cell))
            continue;
        const auto* number = std::get_if<double>(&cell);
        if (!number)
            return bad_cell(arg, i, Msg::number_needed);
        numbers[i] = *number;
    }
    return numbers;
}

Outcome<std::vector<std::string>> texts_of(const Argument& arg) {
    std::vector<std::string> texts(arg.cells.size());
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        const Cell& cell = arg.cells[i];
        if (is_empty_cell(cell))
            continue;
        const auto* text = std::get_if<std::string>(&cell);
        if (!text)
            return bad_cell(arg, i, Msg::text_needed);
        texts[i] = *text;
    }
    return texts;
}

std::optional<Problem> check_same_size(const Argument& first, const Argument& second) {
    if (first.cells.size() == second.cells.size())
        return std::nullopt;
    return invalid_input({Msg::sizes_differ, {first.name, first.cells.size(), second.name, second.cells.size()}});
}

Outcome<Day> day_from_serial(double serial, Day null_date_offset) {
    if (serial == 0)
        return invalid_input(Msg::date_is_zero);
    const double shifted = std::floor(serial) + static_cast<double>(null_date_offset);
    if (!std::isfinite(serial) || shifted < static_cast<double>(first_plausible_day) ||
        shifted > static_cast<double>(last_plausible_day))
        return invalid_input({Msg::date_implausible, {serial}});
    return static_cast<Day>(shifted);
}

}  // namespace pmocalc
