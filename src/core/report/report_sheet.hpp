// The report's builder core: the sheet being laid out row by row, and what
// every section does with it — put a value, format a span, start a heading or
// a table, keep the numbers behind a chart off the printed page. Each section
// of the report writes into one of these; none knows another's columns.
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "../messages.hpp"
#include "../report_model.hpp"

namespace pmocalc::report {

// A column of a table: its header and how its values are shown.
struct ColumnSpec {
    Msg header;
    CellFormat format;
};

// The printed page: A4 landscape less its margins, and the width the sheet's
// printed columns may take so that 10-pt text prints at 7 pt or more (and the
// summary's 13-pt text at 9 pt or more) when the page is scaled to its width.
constexpr double printable_width_mm = 277;
constexpr double printable_height_mm = 172;  // less the page's header and footer
constexpr double max_printed_width_mm = 380;
// Every printed table fits in this many columns (A…N); wider ones are split.
constexpr std::size_t printed_grid_columns = 14;
// The printed columns take max_printed_width_mm exactly (their widths are
// fitted to the text, then scaled to it): every page prints at this scale,
// and the sheet's length a page holds is known.
constexpr double printed_scale = printable_width_mm / max_printed_width_mm;
constexpr double page_height_on_sheet_mm = printable_height_mm / printed_scale;
// The numbers behind the charts are kept from this column on, past the print area.
constexpr std::size_t chart_data_column = 40;

// The width a text takes when printed at 10 pt, the longest of its lines (a
// full-width character, Japanese, about twice an ASCII one).
double text_width_mm(std::string_view text);

// A text broken into lines that print within `width_mm` (at the larger type
// when `large`): at spaces, or between full-width characters but never
// before a closing bracket or punctuation mark.
std::vector<std::string> wrap_text(std::string_view text, double width_mm, bool large = false);

// The text as far as it prints within `width_mm` on one line, cut with "…"
// when longer (the whole of it is elsewhere in the report).
std::string fit_text(std::string_view text, double width_mm, bool large = false);

// 1234.5 → "1,234.5", as the report's amounts are shown.
std::string amount_text(double amount);

class ReportSheet {
public:
    ReportSheet(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options)
        : portfolio(portfolio), status(status), options(options) {}

    const Portfolio& portfolio;
    const PortfolioStatus& status;
    const ReportOptions& options;
    ReportLayout layout;

    std::string label(Msg id) const { return std::string(text(id, options.language)); }
    std::string render(const Message& message) const { return message.render(options.language); }

    // The next row of the printed report.
    std::size_t new_row();
    std::size_t next_row() const { return layout.rows.size(); }
    void put(std::size_t row, std::size_t column, Cell value);
    // `large`: the summary page's bigger type.
    void format(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, CellFormat f,
                bool large = false);
    void merge(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns);
    void page_break_before(std::size_t row) { layout.page_breaks.push_back(row); }

    Cell day_cell(Day day) const { return static_cast<double>(day - options.null_date_offset); }
    Cell optional_cell(const std::optional<double>& value) const {
        return value ? Cell(*value) : Cell(label(Msg::not_defined));
    }
    Cell rag_cell(const std::optional<Rag>& rag) const {
        return rag ? Cell(std::string(rag_label(*rag))) : Cell(label(Msg::not_defined));
    }

    // A blank row, then the section's title.
    void heading(Msg text);
    // A long note one row per line (its lines broken in the message table),
    // so that it prints within the page's width.
    void note_lines(const std::string& text, bool large = false);
    // A header row of a table from `first` on: ColumnSpecs or Msgs.
    template <class Headers>
    void column_headers(std::size_t row, std::size_t first, const Headers& headers, bool large = false) {
        std::size_t column = first;
        for (const auto& header : headers) {
            if constexpr (std::is_same_v<std::decay_t<decltype(header)>, ColumnSpec>)
                put(row, column++, label(header_text(header.header)));
            else
                put(row, column++, label(header));
        }
        format(row, first, 1, column - first, CellFormat::column_header, large);
    }
    template <class Columns>
    void column_formats(std::size_t first_row, std::size_t rows, std::size_t first_column, const Columns& columns) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            format(first_row, first_column + i, rows, 1, columns[i].format);
    }
    // SV(t) is counted in the periods earned schedule uses.
    Msg header_text(Msg header) const;

    // The numbers behind a chart, past the printed columns and beside the
    // chart's rows (`top`) or below the last such block: kept in the sheet,
    // never printed. Its first row is usually the series' names. Returns where
    // the block is (its formats are given relative to it).
    struct DataFormat {
        std::size_t column;  // within the block
        CellFormat format;
    };
    Span data_block(std::size_t top, std::vector<std::vector<Cell>> cells, const std::vector<DataFormat>& formats);

    // The layout as written: every row as wide as the widest, numbers as a
    // file keeps them, the chart data placed, the print area, column widths.
    ReportLayout finish(const std::vector<double>& column_widths_mm, double default_width_mm);

private:
    void fit_columns_to_text();

    std::size_t width_ = 0;
    std::size_t printed_width_ = 0;
    std::size_t data_free_row_ = 0;  // the first row below the last chart data block
    struct PendingBlock {
        std::size_t row;
        std::vector<std::vector<Cell>> cells;
    };
    std::vector<PendingBlock> data_blocks_;
};

}  // namespace pmocalc::report
