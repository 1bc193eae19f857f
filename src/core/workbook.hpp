// A workbook as read from Calc in bulk: each sheet's used area from A1 as a
// grid of cells, nothing interpreted yet. The reader turns it into a portfolio.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "cell_range.hpp"

namespace pmocalc {

struct Sheet {
    std::string name;
    CellRange cells;  // row 0 / column 0 is cell A1

    CellValue at(std::size_t row, std::size_t column) const;  // blank outside the grid
};

struct Workbook {
    std::vector<Sheet> sheets;
    Day null_date_offset = 0;  // days to add to the document's date serials (0 for 1899-12-30)
};

// "A1"-style address of a 0-based row and column: (0, 0) -> "A1", (4, 27) -> "AB5".
std::string cell_address(std::size_t row, std::size_t column);

}  // namespace pmocalc
