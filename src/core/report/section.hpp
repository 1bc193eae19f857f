// The base of a section written in its own file: the report's sheet under the
// names a section's code uses (portfolio, status, options, layout, put,
// format, heading …), so that a section reads as if it were the sheet, and
// what more than one section shares.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report_sheet.hpp"

namespace pmocalc::report {

// Rows a chart covers.
constexpr std::size_t chart_rows = 20;
// Rows a chart of the quality section covers (the choice's chart is as tall).
constexpr std::size_t quality_chart_rows = 16;

class Section {
public:
    explicit Section(ReportSheet& sheet)
        : portfolio(sheet.portfolio), status(sheet.status), options(sheet.options), layout(sheet.layout),
          sheet_(sheet) {}

protected:
    using DataFormat = ReportSheet::DataFormat;

    const Portfolio& portfolio;
    const PortfolioStatus& status;
    const ReportOptions& options;
    ReportLayout& layout;

    std::string label(Msg id) const { return sheet_.label(id); }
    std::string render(const Message& message) const { return sheet_.render(message); }

    std::size_t new_row() { return sheet_.new_row(); }
    std::size_t next_row() const { return sheet_.next_row(); }
    void put(std::size_t row, std::size_t column, Cell value) { sheet_.put(row, column, std::move(value)); }
    void format(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, CellFormat f,
                bool large = false) {
        sheet_.format(row, column, rows, columns, f, large);
    }
    void merge(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns) {
        sheet_.merge(row, column, rows, columns);
    }
    void page_break_before(std::size_t row) { sheet_.page_break_before(row); }

    Cell day_cell(Day day) const { return sheet_.day_cell(day); }
    Cell optional_cell(const std::optional<double>& value) const { return sheet_.optional_cell(value); }
    Cell rag_cell(const std::optional<Rag>& rag) const { return sheet_.rag_cell(rag); }

    void heading(Msg text) { sheet_.heading(text); }
    void note_lines(const std::string& text, bool large = false) { sheet_.note_lines(text, large); }
    template <class Headers>
    void column_headers(std::size_t row, std::size_t first, const Headers& headers, bool large = false) {
        sheet_.column_headers(row, first, headers, large);
    }
    template <class Columns>
    void column_formats(std::size_t first_row, std::size_t rows, std::size_t first_column, const Columns& columns) {
        sheet_.column_formats(first_row, rows, first_column, columns);
    }
    Msg header_text(Msg header) const { return sheet_.header_text(header); }
    Span data_block(std::size_t top, std::vector<std::vector<Cell>> cells, const std::vector<DataFormat>& formats) {
        return sheet_.data_block(top, std::move(cells), formats);
    }

    // A project's name by its ID (the ID when no project has it).
    std::string project_name(const std::string& id) const {
        for (const Project& p : portfolio.projects)
            if (p.id == id)
                return p.name;
        return id;
    }

private:
    ReportSheet& sheet_;
};

}  // namespace pmocalc::report
