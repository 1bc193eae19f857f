#include "workbook.hpp"

namespace pmocalc {

CellValue Sheet::at(std::size_t row, std::size_t column) const {
    if (row >= cells.rows() || column >= cells.columns())
        return std::monostate{};
    return cells[row * cells.columns() + column];
}

std::string cell_address(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

}  // namespace pmocalc
