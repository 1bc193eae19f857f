// Helpers shared by the report model tests.
#pragma once

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>

#include <gtest/gtest.h>

#include "core/report/report_sheet.hpp"
#include "core/report_model.hpp"

namespace pmocalc::test {

// Whether some cell of the report holds exactly this text.
inline bool has_text(const ReportLayout& r, const std::string& text) {
    for (const auto& row : r.rows)
        for (const Cell& c : row)
            if (const auto* s = std::get_if<std::string>(&c); s && *s == text)
                return true;
    return false;
}

// What every report must hold to print well: page 1 in the bigger type and
// on one page, every printed table within the page's columns at the one
// scale, the numbers behind the charts past the print area, the guide last.
inline void expect_printable(const ReportLayout& r) {
    using namespace report;
    for (std::size_t row = 0; row < r.printed_rows; ++row)
        for (std::size_t c = printed_grid_columns; c < std::min(r.columns, chart_data_column); ++c)
            EXPECT_TRUE(std::holds_alternative<std::monostate>(r.rows[row][c]))
                << "row " << row << " column " << c << ": past the printed columns";
    EXPECT_EQ(r.printed_columns, printed_grid_columns);
    double width = 0;
    for (std::size_t c = 0; c < printed_grid_columns; ++c)
        width += r.column_widths_mm.at(c);
    EXPECT_NEAR(width, max_printed_width_mm, 1e-6) << "every page at the same scale";
    for (const ChartSpec& chart : r.charts) {
        EXPECT_LE(chart.anchor.column + chart.anchor.columns, printed_grid_columns) << chart.name;
        EXPECT_LE(chart.anchor.row + chart.anchor.rows, r.printed_rows) << chart.name;
        if (chart.name != "pmocalc_history_indices") {  // drawn from the printed trend table
            EXPECT_GE(chart.data.column, chart_data_column) << chart.name << ": its numbers would be printed";
        }
    }
    // Page 1: the summary's rows at their set heights fill at most one page.
    double height = 0;
    for (const ReportLayout::RowHeight& run : r.row_heights)
        if (run.row <= r.summary_last_row)
            height += run.height_mm * static_cast<double>(run.rows);
    constexpr double glance_header_mm = 15;
    EXPECT_LE(height + (r.glance_first_row > 0 ? glance_header_mm : 0), page_height_on_sheet_mm);
    for (const FormattedSpan& f : r.formats)
        if (f.span.row <= r.summary_last_row) {
            EXPECT_TRUE(f.large || f.format == CellFormat::title || f.format == CellFormat::heading)
                << "row " << f.span.row << " column " << f.span.column << ": page 1 is in the bigger type";
        }
    EXPECT_NE(std::find(r.page_breaks.begin(), r.page_breaks.end(), r.summary_last_row + 2), r.page_breaks.end())
        << "page 1 holds the summary alone";
    ASSERT_GT(r.guide_first_row, r.diagnostics_first_row) << "How to read this report comes last";
    EXPECT_NE(std::find(r.page_breaks.begin(), r.page_breaks.end(), r.guide_first_row), r.page_breaks.end());
}

}  // namespace pmocalc::test
