#include "cell_range.hpp"

#include <cmath>

#include "text.hpp"

namespace pmocalc {

namespace {

// Calc serials of 1970-01-01 and 2199-12-31 under the default null date: far
// wider than any project, narrow enough to catch most budgets typed into a date column.
constexpr double earliest_serial = 25569;
constexpr double latest_serial = 109572;

std::string describe(const Cell& cell) {
    if (const auto* text = std::get_if<std::string>(&cell))
        return "text \"" + *text + "\"";
    if (const auto* number = std::get_if<double>(&cell))
        return "the number " + std::to_string(*number);
    return "a blank cell";
}

Problem bad_cell(const Argument& arg, std::size_t index, std::string_view expected) {
    return invalid_input(std::string(arg.name) + ", " + arg.cells.position(index) + ": " + std::string(expected) +
                         " is needed, found " + describe(arg.cells[index]));
}

}  // namespace

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

std::string CellRange::position(std::size_t index) const {
    const std::size_t row = columns_ == 0 ? index + 1 : index / columns_ + 1;
    const std::size_t column = columns_ == 0 ? 1 : index % columns_ + 1;
    if (columns_ <= 1)
        return "row " + std::to_string(row);
    if (rows_ == 1)
        return "column " + std::to_string(column);
    return "row " + std::to_string(row) + ", column " + std::to_string(column);
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
            return bad_cell(arg, i, "a number");
        total += *number;
        any_number = true;
    }
    if (!any_number)
        return invalid_input(std::string(arg.name) + ": no number given (all cells are blank)");
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
            return bad_cell(arg, i, "a number");
        if (found)
            return invalid_input(std::string(arg.name) + ": one value is needed, the range holds several");
        found = *number;
    }
    if (!found)
        return invalid_input(std::string(arg.name) + ": a value is needed, the cell is blank");
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
            return bad_cell(arg, i, "a number");
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
            return bad_cell(arg, i, "text");
        texts[i] = *text;
    }
    return texts;
}

std::optional<Problem> check_same_size(const Argument& first, const Argument& second) {
    if (first.cells.size() == second.cells.size())
        return std::nullopt;
    return invalid_input(std::string(first.name) + " has " + std::to_string(first.cells.size()) + " cells but " +
                         std::string(second.name) + " has " + std::to_string(second.cells.size()) +
                         ": give one cell per row in each");
}

Outcome<Day> day_from_serial(double serial, Day null_date_offset) {
    if (serial == 0)
        return invalid_input("0 is not a date (Calc passes a blank cell as 0)");
    const double shifted = std::floor(serial) + static_cast<double>(null_date_offset);
    if (!std::isfinite(serial) || shifted < earliest_serial || shifted > latest_serial)
        return invalid_input("the value " + std::to_string(serial) + " is not a plausible date");
    return static_cast<Day>(shifted);
}

}  // namespace pmocalc
