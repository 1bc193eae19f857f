// A rectangle of cell values as Calc hands it over (a range, an inline array or
// a single value), and the readings of it that the PMO functions need. Every
// reading names the argument and the position of a bad cell.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "calendar.hpp"
#include "outcome.hpp"

namespace pmocalc {

// A cell holding an error value instead of a result: #N/A, #REF!, #DIV/0!,
// Err:502, a circular reference (Err:522) … by Calc's error code; 0 when the
// office did not say which (an add-in sees only that there is one).
struct CellError {
    std::uint16_t code = 0;
    bool operator==(const CellError&) const = default;
};

// "#N/A", "#REF!", "Err:522" …; "an error value" when the code is unknown.
std::string error_name(const CellError& error);

// Empty, a number, text or an error. Text that is only white space counts as empty.
using Cell = std::variant<std::monostate, double, std::string, CellError>;

class CellRange {
public:
    CellRange() = default;
    CellRange(std::size_t rows, std::size_t columns, std::vector<Cell> cells);
    // One column, one cell per row (tests and inline lists).
    static CellRange column(std::vector<Cell> cells);
    static CellRange single(Cell cell);

    std::size_t rows() const { return rows_; }
    std::size_t columns() const { return columns_; }
    std::size_t size() const { return cells_.size(); }
    const Cell& operator[](std::size_t index) const { return cells_[index]; }

    // "row 3", "column 2" or "row 3, column 2" for the cell at index (row-major).
    Message position(std::size_t index) const;

private:
    std::size_t rows_ = 0;
    std::size_t columns_ = 0;
    std::vector<Cell> cells_;
};

bool is_empty_cell(const Cell& cell);

// A named argument, so that problems can say which one is wrong.
struct Argument {
    std::string_view name;
    const CellRange& cells;

    // "<name>, row 3: <what>": a problem with one of its cells.
    Problem at(std::size_t index, Message what) const;
    // "<name>: <what>": a problem with the argument as a whole.
    Problem problem(Message what) const;
};

// What a cell holds, for messages: text "abc", the number 5, a blank cell.
Message describe(const Cell& cell);

// The sum of the numbers; blank cells ignored; text is an error; at least one number.
Outcome<double> sum_of(const Argument& arg);
// Exactly one non-blank cell, holding a number.
Outcome<double> single_number_of(const Argument& arg);
// One entry per cell, row-major: a number, or nullopt for a blank cell; text is an error.
Outcome<std::vector<std::optional<double>>> numbers_of(const Argument& arg);
// One entry per cell: the text, "" for a blank cell; a number is an error.
Outcome<std::vector<std::string>> texts_of(const Argument& arg);

// Several per-row arguments must hold the same number of cells.
std::optional<Problem> check_same_size(const Argument& first, const Argument& second);

// A date serial of the calling document moved into the core's Day frame:
// date-times keep their day; 0 (what Calc passes for a blank cell) and values
// outside first_plausible_day … last_plausible_day (1900–2199) are rejected.
Outcome<Day> day_from_serial(double serial, Day null_date_offset);

}  // namespace pmocalc
