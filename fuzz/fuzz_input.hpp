// What the fuzz targets share: a reader that turns libFuzzer's bytes into the
// values pmocalc's core takes (numbers including NaN, ±inf and huge ones,
// dates, texts from the glossary or raw bytes, cells, cell ranges), and the
// checks of their invariants. Reading past the end gives zeros, so a short
// input is a small, blank-filled case rather than no case.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.hpp"
#include "core/cell_range.hpp"
#include "words.hpp"

namespace pmocalc::fuzz {

// An invariant that does not hold is a finding: say which and stop (libFuzzer
// saves the input as a crash).
#define PMO_FUZZ_CHECK(condition)                                                               \
    do {                                                                                         \
        if (!(condition)) {                                                                      \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            std::abort();                                                                        \
        }                                                                                        \
    } while (0)

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
inline bool valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t length = 0;
        char32_t code = 0;
        if (b0 < 0x80) {
            ++i;
            continue;
        } else if ((b0 & 0xE0) == 0xC0) {
            length = 2;
            code = b0 & 0x1F;
        } else if ((b0 & 0xF0) == 0xE0) {
            length = 3;
            code = b0 & 0x0F;
        } else if ((b0 & 0xF8) == 0xF0) {
            length = 4;
            code = b0 & 0x07;
        } else {
            return false;
        }
        if (i + length > s.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (b & 0x3F);
        }
        const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

class FuzzInput {
public:
    FuzzInput(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    bool empty() const { return position_ >= size_; }
    std::size_t remaining() const { return empty() ? 0 : size_ - position_; }

    std::uint8_t byte() { return empty() ? 0 : data_[position_++]; }
    bool flag() { return byte() & 1; }
    // Little-endian; each byte read in its own statement (operands of | have no order).
    std::uint16_t u16() {
        const std::uint16_t low = byte();
        return static_cast<std::uint16_t>(low | byte() << 8);
    }
    std::uint32_t u32() {
        const std::uint32_t low = u16();
        return low | static_cast<std::uint32_t>(u16()) << 16;
    }
    std::uint64_t u64() {
        const std::uint64_t low = u32();
        return low | static_cast<std::uint64_t>(u32()) << 32;
    }
    std::int64_t i64() { return static_cast<std::int64_t>(u64()); }

    // Eight bytes as they are: any double, NaN and denormals included.
    double raw_double() {
        const std::uint64_t bits = u64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }

    // A number as cells and arguments hold them: raw, a value at an edge, a
    // small count, a date serial of this century, a fraction, a negative one.
    double number() {
        static constexpr double edges[] = {
            0.0, -0.0, 1.0, -1.0, 0.5, 0.95, 0.85, 1.0000001, 100.0, 101.0, 1e15, 1e15 + 2, -1e15, 1e300, -1e300,
            std::numeric_limits<double>::max(), -std::numeric_limits<double>::max(),
            std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min(),
            std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
            -std::numeric_limits<double>::infinity(), 2.0, 1.0, 109574.0, 109575.0, 45000.75, 9.3e18, -9.3e18, 1e19,
            0.2, 0.4, 0.6, 0.8, 5.0, 7.0, 11.0, 17.0, 1462.0};
        switch (byte() % 6) {
        case 0: return raw_double();
        case 1: return edges[byte() % std::size(edges)];
        case 2: return byte();
        case 3: return 36526.0 + u16();  // 2000-01-01 on
        case 4: return byte() / 200.0;
        default: return -static_cast<double>(u16());
        }
    }

    // `count` bytes as they are (any byte, invalid UTF-8 included).
    std::string bytes(std::size_t count) {
        std::string out;
        while (count-- > 0 && !empty())
            out += static_cast<char>(byte());
        return out;
    }

    // A text as a cell holds it: a known word, raw bytes, a word with bytes
    // after it, or a date written as text.
    std::string text() {
        switch (byte() % 4) {
        case 0: return std::string(word());
        case 1: return bytes(byte() % 64);
        case 2: {
            std::string out(word());
            return out + bytes(byte() % 8);
        }
        default: return date_text();
        }
    }

    std::string_view word() { return words[u16() % std::size(words)]; }

    std::string date_text() {
        const Day day = first_plausible_day - 400 + static_cast<Day>(u32() % 110000);
        const CivilDate c = civil_from_day(day);
        char buffer[64];
        switch (byte() % 4) {
        case 0: std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day); break;
        case 1: std::snprintf(buffer, sizeof buffer, "%d/%u/%u", c.year, c.month, c.day); break;
        case 2: std::snprintf(buffer, sizeof buffer, "%d年%u月%u日", c.year, c.month, c.day); break;
        default: std::snprintf(buffer, sizeof buffer, "%u/%u/%d", c.month, c.day, c.year); break;
        }
        return buffer;
    }

    CellError error() {
        static constexpr std::uint16_t codes[] = {0, 502, 503, 504, 519, 522, 523, 524, 525, 532, 0x7FFF};
        return CellError{flag() ? codes[byte() % std::size(codes)] : u16()};
    }

    // Blank, a number, a text or an error value.
    Cell cell() {
        switch (byte() % 5) {
        case 0: return std::monostate{};
        case 1: return number();
        case 2:
        case 3: return text();
        default: return error();
        }
    }

    // A rectangle of up to max_rows × max_columns cells; now and then a
    // ragged one (fewer or more cells than rows × columns).
    CellRange range(std::size_t max_rows = 6, std::size_t max_columns = 3) {
        const std::size_t rows = byte() % max_rows + 1;
        const std::size_t columns = byte() % max_columns + 1;
        std::size_t count = rows * columns;
        if (byte() % 16 == 0)
            count = byte() % (count + 2);
        std::vector<Cell> cells;
        for (std::size_t i = 0; i < count; ++i)
            cells.push_back(cell());
        return CellRange(rows, columns, std::move(cells));
    }

    // A day anywhere a plausible or slightly implausible date could be.
    Day day() { return first_plausible_day - 1000 + static_cast<Day>(u32() % (last_plausible_day + 2000)); }

private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t position_ = 0;
};

}  // namespace pmocalc::fuzz
