// Builds in-memory workbooks for reader and analysis tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/workbook.hpp"
#include "core/reading/workbook_reader.hpp"

namespace pmocalc::test {

using Row = std::vector<Cell>;

inline Sheet make_sheet(std::string name, const std::vector<Row>& rows) {
    std::size_t columns = 0;
    for (const Row& row : rows)
        columns = std::max(columns, row.size());
    std::vector<Cell> cells(rows.size() * columns);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells[r * columns + c] = rows[r][c];
    return Sheet{std::move(name), CellRange(rows.size(), columns, std::move(cells))};
}

inline Cell d(int y, unsigned m, unsigned day) { return static_cast<double>(day_from_civil({y, m, day})); }
inline Cell s(const char* text) { return std::string(text); }
inline const Cell blank{};

// A CSV file as Calc's import leaves it: cells that are plain numbers become
// numbers; everything else (dates such as 2025/01/13 included) stays text.
inline Sheet sheet_from_csv(const std::string& path, std::string name) {
    std::ifstream in(path);
    std::vector<Row> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        Row row;
        std::stringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ','))
            row.push_back(field.empty() ? Cell{} : Cell{field});
        if (!line.empty() && line.back() == ',')
            row.push_back(Cell{});
        for (Cell& cell : row)
            if (const auto* text = std::get_if<std::string>(&cell))
                if (text->find_first_not_of("0123456789.-") == std::string::npos && !text->empty() &&
                    std::count(text->begin(), text->end(), '-') == 0)
                    if (auto number = parse_number_text(*text))
                        cell = *number;
        rows.push_back(std::move(row));
    }
    return make_sheet(std::move(name), rows);
}

}  // namespace pmocalc::test
