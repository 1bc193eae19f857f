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

// Empty, a number, text or an error. Text that is only white space counts as
// empty. Cell owns its text: ranges are built from it in tests and small inputs.
using Cell = std::variant<std::monostate, double, std::string, CellError>;

// A cell as a range holds it: the same alternatives, text borrowed from the
// range (valid while the range lives).
using CellValue = std::variant<std::monostate, double, std::string_view, CellError>;

enum class CellKind : std::uint8_t { empty, number, text, error };

// A cell value with its own copy of the text.
Cell owned(const CellValue& cell);

// What a cell value holds, if it holds that (the text stays borrowed from its range).
inline std::optional<double> number_in(const CellValue& cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number;
    return std::nullopt;
}
inline std::optional<std::string_view> text_in(const CellValue& cell) {
    if (const auto* text = std::get_if<std::string_view>(&cell))
        return *text;
    return std::nullopt;
}
inline std::optional<CellError> error_in(const CellValue& cell) {
    if (const auto* error = std::get_if<CellError>(&cell))
        return *error;
    return std::nullopt;
}

// Cells stored compactly, row-major: one kind byte and one 8-byte slot per
// cell (the number, the text's place in one shared buffer, or the error code),
// so that a million task rows take about 9 bytes a cell plus their text.
class CellRange {
public:
    CellRange() = default;
    CellRange(std::size_t rows, std::size_t columns, const std::vector<Cell>& cells);
    // One column, one cell per row (tests and inline lists).
    static CellRange column(const std::vector<Cell>& cells);
    static CellRange single(const Cell& cell);

    std::size_t rows() const { return rows_; }
    std::size_t columns() const { return columns_; }
    std::size_t size() const { return kinds_.size(); }
    CellValue operator[](std::size_t index) const;

    CellKind kind(std::size_t index) const { return kinds_[index]; }
    // Precondition: kind(index) is number / text / error.
    double number(std::size_t index) const;
    std::string_view text(std::size_t index) const;
    CellError error(std::size_t index) const;

    // "row 3", "column 2" or "row 3, column 2" for the cell at index (row-major).
    Message position(std::size_t index) const;

    // Building cell by cell, row-major; shape() gives the rows and columns at
    // the end (a count that does not fit them reads as one column).
    void reserve(std::size_t cells);
    void push_empty();
    void push_number(double number);
    void push_text(std::string_view text);
    void push_error(CellError error);
    void push(const Cell& cell);
    void shape(std::size_t rows, std::size_t columns);
    // Names the error of a cell already holding one (its code known later).
    void set_error_code(std::size_t index, std::uint16_t code);

    // Bytes held (for the benchmarks' memory figures).
    std::size_t memory_bytes() const;

private:
    std::size_t rows_ = 0;
    std::size_t columns_ = 0;
    std::vector<CellKind> kinds_;
    std::vector<std::uint64_t> slots_;
    // Texts, each as a 4-byte length and its bytes, in chunks that never move
    // or grow past what they reserved (no reallocation doubles the memory);
    // a text's slot holds its chunk (high 32 bits) and offset (low 32 bits).
    std::vector<std::string> chunks_;
    std::size_t current_chunk_ = 0;  // where small texts go; chunks_.size() when none
    std::size_t next_chunk_bytes_ = 256;
};

bool is_empty_cell(const CellValue& cell);
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
Message describe(const CellValue& cell);
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
