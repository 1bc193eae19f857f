#include "cell_range.hpp"

#include <cmath>
#include <algorithm>
#include <cstring>
#include <type_traits>

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

Message describe(const CellValue& cell) {
    if (const auto* text = std::get_if<std::string_view>(&cell))
        return {Msg::found_text, {std::string(*text)}};
    if (const auto* number = std::get_if<double>(&cell))
        return {Msg::found_number, {*number}};
    if (const auto* error = std::get_if<CellError>(&cell))
        return {Msg::found_error, {error_name(*error)}};
    return Msg::found_blank;
}

namespace {

CellValue view_of(const Cell& cell) {
    return std::visit([](const auto& value) -> CellValue { return value; }, cell);
}

}  // namespace

Message describe(const Cell& cell) { return describe(view_of(cell)); }

Cell owned(const CellValue& cell) {
    return std::visit(
        [](const auto& value) -> Cell {
            if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::string_view>)
                return std::string(value);
            else
                return value;
        },
        cell);
}

Problem Argument::at(std::size_t index, Message what) const {
    return invalid_input({Msg::argument_cell_problem, {name, cells.position(index), std::move(what)}});
}

Problem Argument::problem(Message what) const {
    return invalid_input({Msg::argument_problem, {name, std::move(what)}});
}

CellRange::CellRange(std::size_t rows, std::size_t columns, const std::vector<Cell>& cells) {
    reserve(cells.size());
    for (const Cell& cell : cells)
        push(cell);
    shape(rows, columns);
}

CellRange CellRange::column(const std::vector<Cell>& cells) { return CellRange(cells.size(), 1, cells); }

CellRange CellRange::single(const Cell& cell) { return CellRange(1, 1, {cell}); }

CellValue CellRange::operator[](std::size_t index) const {
    switch (kinds_[index]) {
    case CellKind::number: return number(index);
    case CellKind::text: return text(index);
    case CellKind::error: return error(index);
    case CellKind::empty: break;
    }
    return std::monostate{};
}

double CellRange::number(std::size_t index) const {
    double value;
    std::memcpy(&value, &slots_[index], sizeof value);
    return value;
}

std::string_view CellRange::text(std::size_t index) const {
    const std::string& chunk = chunks_[slots_[index] >> 32];
    const char* at = chunk.data() + (slots_[index] & 0xFFFFFFFFu);
    std::uint32_t length;
    std::memcpy(&length, at, sizeof length);
    return {at + sizeof length, length};
}

CellError CellRange::error(std::size_t index) const { return {static_cast<std::uint16_t>(slots_[index])}; }

void CellRange::reserve(std::size_t cells) {
    kinds_.reserve(cells);
    slots_.reserve(cells);
}

void CellRange::push_empty() {
    kinds_.push_back(CellKind::empty);
    slots_.push_back(0);
}

void CellRange::push_number(double number) {
    std::uint64_t bits;
    std::memcpy(&bits, &number, sizeof bits);
    kinds_.push_back(CellKind::number);
    slots_.push_back(bits);
}

void CellRange::push_text(std::string_view text) {
    // Calc's cells hold at most 2^31 UTF-16 units; a longer text than 4 GB
    // cannot reach us, and would be cut here, never wrapped.
    const auto length = static_cast<std::uint32_t>(std::min<std::size_t>(text.size(), UINT32_MAX - 8));
    const std::size_t needed = sizeof length + length;
    std::size_t chunk;
    if (needed > next_chunk_bytes_ / 2) {
        // Large for the chunks so far: a chunk of its own, exactly its size.
        chunk = chunks_.size();
        chunks_.emplace_back().reserve(needed);
        if (current_chunk_ == chunk)
            current_chunk_ = chunks_.size();
    } else {
        if (current_chunk_ >= chunks_.size() ||
            chunks_[current_chunk_].size() + needed > chunks_[current_chunk_].capacity()) {
            // Chunks start small (a per-row function call holds one short
            // text) and double up to 1 MiB.
            current_chunk_ = chunks_.size();
            chunks_.emplace_back().reserve(next_chunk_bytes_);
            next_chunk_bytes_ = std::min<std::size_t>(next_chunk_bytes_ * 2, std::size_t{1} << 20);
        }
        chunk = current_chunk_;
    }
    std::string& target = chunks_[chunk];
    kinds_.push_back(CellKind::text);
    slots_.push_back(static_cast<std::uint64_t>(chunk) << 32 | target.size());
    target.append(reinterpret_cast<const char*>(&length), sizeof length);
    target.append(text.data(), length);
}

void CellRange::push_error(CellError error) {
    kinds_.push_back(CellKind::error);
    slots_.push_back(error.code);
}

void CellRange::push(const Cell& cell) {
    std::visit(
        [this](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, double>)
                push_number(value);
            else if constexpr (std::is_same_v<T, std::string>)
                push_text(value);
            else if constexpr (std::is_same_v<T, CellError>)
                push_error(value);
            else
                push_empty();
        },
        cell);
}

void CellRange::shape(std::size_t rows, std::size_t columns) {
    rows_ = rows;
    columns_ = columns;
    if (size() != rows_ * columns_) {  // a ragged input reads as one column
        rows_ = size();
        columns_ = 1;
    }
}

void CellRange::set_error_code(std::size_t index, std::uint16_t code) {
    if (kinds_[index] == CellKind::error)
        slots_[index] = code;
}

std::size_t CellRange::memory_bytes() const {
    std::size_t bytes = kinds_.capacity() * sizeof(CellKind) + slots_.capacity() * sizeof(std::uint64_t) +
                        chunks_.capacity() * sizeof(std::string);
    for (const auto& chunk : chunks_)
        bytes += chunk.capacity();
    return bytes;
}

Message CellRange::position(std::size_t index) const {
    const std::size_t row = columns_ == 0 ? index + 1 : index / columns_ + 1;
    const std::size_t column = columns_ == 0 ? 1 : index % columns_ + 1;
    if (columns_ <= 1)
        return {Msg::position_row, {row}};
    if (rows_ == 1)
        return {Msg::position_column, {column}};
    return {Msg::position_row_column, {row, column}};
}

bool is_empty_cell(const CellValue& cell) {
    if (std::holds_alternative<std::monostate>(cell))
        return true;
    const auto* text = std::get_if<std::string_view>(&cell);
    return text && is_blank(*text);
}

bool is_empty_cell(const Cell& cell) { return is_empty_cell(view_of(cell)); }

namespace {

// Empty, or text that is only white space.
bool is_blank_at(const CellRange& cells, std::size_t i) {
    const CellKind kind = cells.kind(i);
    return kind == CellKind::empty || (kind == CellKind::text && is_blank(cells.text(i)));
}

}  // namespace

Outcome<double> sum_of(const Argument& arg) {
    double total = 0;
    bool any_number = false;
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        if (arg.cells.kind(i) == CellKind::number) {
            total += arg.cells.number(i);
            any_number = true;
        } else if (!is_blank_at(arg.cells, i)) {
            return bad_cell(arg, i, Msg::number_needed);
        }
    }
    if (!any_number)
        return arg.problem(Msg::no_number_given);
    return total;
}

Outcome<double> single_number_of(const Argument& arg) {
    std::optional<double> found;
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        if (is_blank_at(arg.cells, i))
            continue;
        if (arg.cells.kind(i) != CellKind::number)
            return bad_cell(arg, i, Msg::number_needed);
        if (found)
            return arg.problem(Msg::several_values);
        found = arg.cells.number(i);
    }
    if (!found)
        return arg.problem(Msg::value_blank);
    return *found;
}

Outcome<std::vector<std::optional<double>>> numbers_of(const Argument& arg) {
    std::vector<std::optional<double>> numbers(arg.cells.size());
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        if (arg.cells.kind(i) == CellKind::number)
            numbers[i] = arg.cells.number(i);
        else if (!is_blank_at(arg.cells, i))
            return bad_cell(arg, i, Msg::number_needed);
    }
    return numbers;
}

Outcome<std::vector<std::string>> texts_of(const Argument& arg) {
    std::vector<std::string> texts(arg.cells.size());
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        if (is_blank_at(arg.cells, i))
            continue;
        if (arg.cells.kind(i) != CellKind::text)
            return bad_cell(arg, i, Msg::text_needed);
        texts[i] = arg.cells.text(i);
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
