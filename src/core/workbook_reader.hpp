// Reads a PMO workbook (sheets found by name or by their header row, in
// English or Japanese) into a Portfolio. Every cell problem becomes a
// diagnostic naming sheet, cell and what was expected; a bad row is reported
// and skipped, missing optional columns only reduce what can be reported.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "workbook.hpp"

namespace pmocalc {

struct ReadOptions {
    // The project's name when the tasks carry no project column (one project).
    std::string single_project_name = "Project";
    // Sheets to leave out, such as pmocalc's own report.
    std::vector<std::string> skip_sheets;
};

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options);

// "2025-01-06", "2025/1/6", "2025.01.06", "2025年1月6日" (a time after it is
// ignored; full-width digits are fine). nullopt when it is no valid date.
std::optional<Day> parse_date_text(std::string_view text);

// "1,234.5", "60%", "６０％", " 12 " → a number; nullopt otherwise.
std::optional<double> parse_number_text(std::string_view text);

}  // namespace pmocalc
