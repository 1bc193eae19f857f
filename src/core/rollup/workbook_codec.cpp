#include "workbook_codec.hpp"

#include <cstdint>
#include <cstring>

namespace pmocalc {
namespace {

constexpr std::string_view magic = "pmocalc-workbook 1\n";

void put_u64(std::string& out, std::uint64_t value) {
    for (int i = 0; i < 8; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

void put_text(std::string& out, std::string_view text) {
    put_u64(out, text.size());
    out.append(text);
}

class Bytes {
public:
    explicit Bytes(std::string_view bytes) : bytes_(bytes) {}

    std::optional<std::uint64_t> u64() {
        if (bytes_.size() - at_ < 8)
            return std::nullopt;
        std::uint64_t value = 0;
        for (int i = 0; i < 8; ++i)
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes_[at_ + i])) << (8 * i);
        at_ += 8;
        return value;
    }
    std::optional<std::uint8_t> byte() {
        if (at_ >= bytes_.size())
            return std::nullopt;
        return static_cast<std::uint8_t>(bytes_[at_++]);
    }
    std::optional<std::string_view> text() {
        const auto size = u64();
        if (!size || *size > bytes_.size() - at_)
            return std::nullopt;
        const std::string_view text = bytes_.substr(at_, *size);
        at_ += *size;
        return text;
    }
    bool skip(std::string_view expected) {
        if (bytes_.substr(at_, expected.size()) != expected)
            return false;
        at_ += expected.size();
        return true;
    }
    std::size_t left() const { return bytes_.size() - at_; }

private:
    std::string_view bytes_;
    std::size_t at_ = 0;
};

}  // namespace

std::string encode_workbook(const Workbook& workbook) {
    std::string out(magic);
    put_u64(out, static_cast<std::uint64_t>(workbook.null_date_offset));
    put_u64(out, workbook.sheets.size());
    for (const Sheet& sheet : workbook.sheets) {
        put_text(out, sheet.name);
        const CellRange& cells = sheet.cells;
        put_u64(out, cells.rows());
        put_u64(out, cells.columns());
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const CellKind kind = cells.kind(i);
            out.push_back(static_cast<char>(kind));
            if (kind == CellKind::number) {
                std::uint64_t bits = 0;
                const double number = cells.number(i);
                std::memcpy(&bits, &number, sizeof bits);
                put_u64(out, bits);
            } else if (kind == CellKind::text) {
                put_text(out, cells.text(i));
            } else if (kind == CellKind::error) {
                put_u64(out, cells.error(i).code);
            }
        }
    }
    return out;
}

std::optional<Workbook> decode_workbook(std::string_view bytes) {
    Bytes in(bytes);
    if (!in.skip(magic))
        return std::nullopt;
    Workbook workbook;
    const auto offset = in.u64();
    const auto sheets = in.u64();
    // Every sheet takes at least its name's and its shape's 24 bytes.
    if (!offset || !sheets || *sheets > in.left() / 24)
        return std::nullopt;
    workbook.null_date_offset = static_cast<Day>(static_cast<std::int64_t>(*offset));
    workbook.sheets.reserve(*sheets);
    for (std::uint64_t s = 0; s < *sheets; ++s) {
        const auto name = in.text();
        const auto rows = in.u64();
        const auto columns = in.u64();
        // Every cell takes at least its kind's byte.
        if (!name || !rows || !columns || (*columns != 0 && *rows > in.left() / *columns))
            return std::nullopt;
        Sheet sheet{std::string(*name), {}};
        const std::uint64_t count = *rows * *columns;
        sheet.cells.reserve(count);
        for (std::uint64_t i = 0; i < count; ++i) {
            const auto kind = in.byte();
            if (!kind)
                return std::nullopt;
            switch (static_cast<CellKind>(*kind)) {
            case CellKind::empty:
                sheet.cells.push_empty();
                break;
            case CellKind::number: {
                const auto bits = in.u64();
                if (!bits)
                    return std::nullopt;
                double number = 0;
                std::memcpy(&number, &*bits, sizeof number);
                sheet.cells.push_number(number);
                break;
            }
            case CellKind::text: {
                const auto text = in.text();
                if (!text)
                    return std::nullopt;
                sheet.cells.push_text(*text);
                break;
            }
            case CellKind::error: {
                const auto code = in.u64();
                if (!code || *code > 0xFFFF)
                    return std::nullopt;
                sheet.cells.push_error({static_cast<std::uint16_t>(*code)});
                break;
            }
            default:
                return std::nullopt;
            }
        }
        sheet.cells.shape(*rows, *columns);
        workbook.sheets.push_back(std::move(sheet));
    }
    if (in.left() != 0)
        return std::nullopt;
    return workbook;
}

}  // namespace pmocalc
