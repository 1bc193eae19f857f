#include "report_sheet.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "../text.hpp"

namespace pmocalc::report {

namespace {

// Widths that text needs when printed (10 pt; column headers bold): a
// full-width character (Japanese) takes about twice an ASCII one. Column
// headers get the width of their longest line, so that Japanese words never
// break in the middle or before a closing bracket or a long vowel mark (the
// lines are broken on purpose in the message table); text in table cells up
// to a limit, beyond which it is cut at the column's edge. The summary's
// larger type takes its share more.
constexpr double ascii_character_mm = 2.0;
constexpr double wide_character_mm = 3.7;
constexpr double cell_padding_mm = 2.5;
constexpr double widest_text_column_mm = 45;
constexpr double large_type_factor = 1.3;  // 13 pt against 10
// A line of running text (a sentence, a list's line) takes less than a
// column's fitted width: proportional letters average about this much at 10 pt.
constexpr double running_ascii_mm = 1.75;

double line_width_mm(std::string_view line) {
    double width = cell_padding_mm;
    for (std::size_t i = 0; i < line.size();) {
        const auto lead = static_cast<unsigned char>(line[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        width += length >= 3 ? wide_character_mm : ascii_character_mm;
        i += length;
    }
    return width;
}

// "2025-10-31", as the report's dates are shown.
constexpr double date_width_mm = cell_padding_mm + 10 * ascii_character_mm;

// "12,345,678.9": the characters an amount takes in the report's money format.
double amount_width_mm(double amount) {
    const double whole = std::floor(std::abs(amount) + 0.05);
    std::size_t digits = 1;
    for (double d = whole; d >= 10; d /= 10)
        ++digits;
    const std::size_t characters = digits + (digits - 1) / 3 + 2 + (amount < 0 ? 1 : 0);
    return cell_padding_mm + ascii_character_mm * static_cast<double>(characters);
}

}  // namespace

double text_width_mm(std::string_view text) {
    double widest = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, line_width_mm(text.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

std::vector<std::string> wrap_text(std::string_view text, double width_mm, bool large) {
    const double factor = large ? large_type_factor : 1.0;
    const auto length_at = [&](std::size_t i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        return std::min<std::size_t>(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, text.size() - i);
    };
    // Closing marks stay with the character before them (禁則).
    const auto closing = [](std::string_view c) {
        for (std::string_view mark : {"、", "。", "）", "」", "』", "，", "．", "ー", "・", "：", ")", ",", "."})
            if (c == mark)
                return true;
        return false;
    };
    std::vector<std::string> lines;
    std::size_t start = 0, last_break = std::string_view::npos;
    double width = cell_padding_mm;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = length_at(i);
        const std::string_view c = text.substr(i, n);
        // Not inside a number and its counter ("5件"): after an ASCII letter or digit, no break.
        const bool after_ascii_word = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]));
        if (c == " ")
            last_break = i + 1;
        else if (n >= 3 && i > start && !closing(c) && !after_ascii_word)
            last_break = i;
        width += factor * (n >= 3 ? wide_character_mm : running_ascii_mm);
        if (width > width_mm && last_break != std::string_view::npos && last_break > start) {
            std::string_view line = text.substr(start, last_break - start);
            while (!line.empty() && line.back() == ' ')
                line.remove_suffix(1);
            lines.emplace_back(line);
            start = last_break;
            last_break = std::string_view::npos;
            width = cell_padding_mm;
            i = start;
            continue;
        }
        i += n;
    }
    if (start < text.size() || lines.empty())
        lines.emplace_back(text.substr(start));
    return lines;
}

std::string fit_text(std::string_view text, double width_mm, bool large) {
    const double factor = large ? large_type_factor : 1.0;
    const double ellipsis = factor * running_ascii_mm;
    double width = cell_padding_mm;
    std::size_t fits = 0;  // the bytes that fit with room for the ellipsis
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t n = std::min<std::size_t>(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4,
                                                    text.size() - i);
        width += factor * (n >= 3 ? wide_character_mm : running_ascii_mm);
        if (width > width_mm) {
            std::string cut(text.substr(0, fits));
            while (!cut.empty() && cut.back() == ' ')
                cut.pop_back();
            return cut + "…";
        }
        i += n;
        if (width + ellipsis <= width_mm)
            fits = i;
    }
    return std::string(text);
}

std::string amount_text(double amount) {
    const double rounded = std::round(std::abs(amount) * 10) / 10;
    const auto whole = static_cast<long long>(std::floor(rounded));
    const int tenth = static_cast<int>(std::lround((rounded - static_cast<double>(whole)) * 10)) % 10;
    std::string digits = std::to_string(whole);
    for (std::size_t at = digits.size(); at > 3; at -= 3)
        digits.insert(at - 3, ",");
    return (amount < 0 && rounded > 0 ? "-" : "") + digits + "." + std::to_string(tenth);
}

std::size_t ReportSheet::new_row() {
    layout.rows.emplace_back();
    return layout.rows.size() - 1;
}

void ReportSheet::put(std::size_t row, std::size_t column, Cell value) {
    auto& cells = layout.rows[row];
    if (cells.size() <= column)
        cells.resize(column + 1);
    // An ID as long as a book stays a cell (names are shortened when read;
    // a warning line quoting one stays whole).
    constexpr std::size_t cell_text_limit = 2 * MessageArg::argument_text_limit;
    if (const auto* text = std::get_if<std::string>(&value); text && text->size() > cell_text_limit)
        value = excerpt(*text, cell_text_limit);
    cells[column] = std::move(value);
    width_ = std::max(width_, column + 1);
    if (column < chart_data_column)
        printed_width_ = std::max(printed_width_, column + 1);
}

void ReportSheet::format(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, CellFormat f,
                         bool large) {
    layout.formats.push_back({{row, column, rows, columns}, f, large});
}

void ReportSheet::merge(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns) {
    layout.merges.push_back({row, column, rows, columns});
}

void ReportSheet::heading(Msg text) {
    new_row();
    const std::size_t row = new_row();
    put(row, 0, label(text));
    format(row, 0, 1, 1, CellFormat::heading);
}

void ReportSheet::note_lines(const std::string& text, bool large) {
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::size_t row = new_row();
        put(row, 0, text.substr(start, end - start));
        format(row, 0, 1, 1, CellFormat::note, large);
        start = end + 1;
    }
}

Msg ReportSheet::header_text(Msg header) const {
    if (header == Msg::header_svt_weeks && status.es_period == EsPeriod::working_days)
        return Msg::header_svt_working_days;
    return header;
}

Span ReportSheet::data_block(std::size_t top, std::vector<std::vector<Cell>> cells,
                             const std::vector<DataFormat>& formats) {
    std::size_t columns = 0;
    for (const auto& row : cells)
        columns = std::max(columns, row.size());
    const std::size_t row = std::max(top, data_free_row_);
    data_free_row_ = row + cells.size() + 1;
    const Span span{row, chart_data_column, cells.size(), columns};
    // The first row names the series: formats are for the numbers below it.
    if (cells.size() > 1)
        for (const DataFormat& f : formats)
            format(row + 1, chart_data_column + f.column, cells.size() - 1, 1, f.format);
    width_ = std::max(width_, chart_data_column + columns);
    data_blocks_.push_back({row, std::move(cells)});
    return span;
}

// The width a column header needs: its longest line, or in a line of ASCII
// words its longest word (the header wraps at spaces; Japanese headers are
// broken into lines in the message table, never inside a word).
double header_width_mm(std::string_view header) {
    double widest = 0;
    for (std::size_t start = 0; start <= header.size();) {
        const std::size_t end = std::min(header.find('\n', start), header.size());
        const std::string_view line = header.substr(start, end - start);
        const bool ascii = std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii)
            for (std::size_t w = 0; w <= line.size();) {
                const std::size_t space = std::min(line.find(' ', w), line.size());
                widest = std::max(widest, line_width_mm(line.substr(w, space - w)));
                w = space + 1;
            }
        else
            widest = std::max(widest, line_width_mm(line));
        start = end + 1;
    }
    return widest;
}

void ReportSheet::fit_columns_to_text() {
    auto& widths = layout.column_widths_mm;
    // Numbers must show whole (never "###"): their widths are not given back below.
    std::vector<double> base = widths;
    for (const FormattedSpan& f : layout.formats) {
        if (f.format != CellFormat::money && f.format != CellFormat::date)
            continue;
        const double factor = f.large ? large_type_factor : 1.0;
        for (std::size_t r = f.span.row; r < f.span.row + f.span.rows && r < layout.rows.size(); ++r)
            for (std::size_t c = f.span.column; c < f.span.column + f.span.columns && c < widths.size(); ++c)
                if (const auto* number = std::get_if<double>(&layout.rows[r][c]))
                    base[c] = std::max(base[c], factor * (f.format == CellFormat::money ? amount_width_mm(*number)
                                                                                         : date_width_mm));
    }
    widths = base;
    for (const FormattedSpan& f : layout.formats) {
        const bool text_format = f.format == CellFormat::column_header || f.format == CellFormat::text;
        if (!text_format)
            continue;
        const double factor = f.large ? large_type_factor : 1.0;
        for (std::size_t r = f.span.row; r < f.span.row + f.span.rows && r < layout.rows.size(); ++r)
            for (std::size_t c = f.span.column; c < f.span.column + f.span.columns && c < widths.size(); ++c) {
                const Cell& cell = layout.rows[r][c];
                if (const auto* text = std::get_if<std::string>(&cell))
                    widths[c] = std::max(widths[c], f.format == CellFormat::column_header
                                                        ? factor * header_width_mm(*text)
                                                        : std::min(factor * text_width_mm(*text), widest_text_column_mm));
            }
    }
    // The printed columns within the page's readable width: what text
    // widened beyond the base widths gives back in proportion (the text is
    // cut at the column's edge rather than the page shrunk below 7 pt).
    const std::size_t printed = std::min(layout.printed_columns, widths.size());
    double total = 0, widened = 0;
    for (std::size_t c = 0; c < printed; ++c) {
        total += widths[c];
        widened += widths[c] - base[c];
    }
    if (total > max_printed_width_mm && widened > 0) {
        const double keep = std::max(0.0, 1 - (total - max_printed_width_mm) / widened);
        for (std::size_t c = 0; c < printed; ++c)
            widths[c] = base[c] + (widths[c] - base[c]) * keep;
    } else if (total < max_printed_width_mm && total > 0) {
        // The room left goes to every column alike: the page is always
        // scaled the same (printed_scale), so the summary's length is known.
        for (std::size_t c = 0; c < printed; ++c)
            widths[c] *= max_printed_width_mm / total;
    }
}

ReportLayout ReportSheet::finish(const std::vector<double>& column_widths_mm, double default_width_mm) {
    layout.printed_rows = layout.rows.size();
    for (PendingBlock& block : data_blocks_) {
        while (layout.rows.size() < block.row + block.cells.size())
            layout.rows.emplace_back();
        for (std::size_t r = 0; r < block.cells.size(); ++r) {
            auto& cells = layout.rows[block.row + r];
            for (std::size_t c = 0; c < block.cells[r].size(); ++c) {
                if (std::holds_alternative<std::monostate>(block.cells[r][c]))
                    continue;
                if (cells.size() <= chart_data_column + c)
                    cells.resize(chart_data_column + c + 1);
                cells[chart_data_column + c] = std::move(block.cells[r][c]);
            }
        }
    }
    data_blocks_.clear();
    width_ = std::max(width_, printed_grid_columns);  // the print area's columns, even when empty
    layout.columns = width_;
    layout.printed_columns = std::max(printed_width_, printed_grid_columns);
    for (auto& row : layout.rows) {
        row.resize(width_);
        for (Cell& cell : row)  // as the file will keep them: the fingerprint holds after a save
            if (auto* number = std::get_if<double>(&cell))
                *number = as_saved(*number);
    }
    layout.column_widths_mm = column_widths_mm;
    layout.column_widths_mm.resize(width_, default_width_mm);
    fit_columns_to_text();
    return std::move(layout);
}

}  // namespace pmocalc::report
