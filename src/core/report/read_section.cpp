// What pmocalc read of the workbook (each table, the columns it took, each
// sheet not read), then the diagnostics: whether it understood the workbook.
#include <array>

#include "../read_summary.hpp"
#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

enum DiagnosticColumn : std::size_t { diagnostic_sheet, diagnostic_cell, diagnostic_severity, diagnostic_message,
                                      diagnostic_column_count };
constexpr std::array<Msg, diagnostic_column_count> diagnostic_headers{
    Msg::header_sheet, Msg::header_cell, Msg::header_severity, Msg::header_message};

// What pmocalc read: a row per table, and under it the columns it read (a
// long list, on a row of its own so that it runs on into empty cells).
enum ReadColumn : std::size_t { read_sheet, read_range, read_kind, read_rows, read_skipped, read_summaries,
                                read_notes, read_column_count };
constexpr std::array<Msg, read_column_count> read_headers{
    Msg::header_sheet,        Msg::header_range,        Msg::header_read_as, Msg::header_rows_read,
    Msg::header_rows_skipped, Msg::header_summary_rows, Msg::header_read_notes};

constexpr std::array<Msg, 3> severity_labels{Msg::severity_error, Msg::severity_warning, Msg::severity_note};

class ReadSection : Section {
public:
    using Section::Section;

    // Each table read (sheet, range, kind, which column became which field)
    // and each sheet not read: whether pmocalc understood the workbook.
    void what_was_read() {
        heading(Msg::report_read_heading);
        const std::size_t header = new_row();
        column_headers(header, 0, read_headers);
        for (const ReadLine& line : read_lines(portfolio, options.language)) {
            const std::size_t row = new_row();
            put(row, read_sheet, line.sheet);
            put(row, read_range, line.range);
            put(row, read_kind, line.kind);
            if (line.rows_read)
                put(row, read_rows, static_cast<double>(*line.rows_read));
            if (line.rows_skipped)
                put(row, read_skipped, static_cast<double>(*line.rows_skipped));
            if (line.summary_rows)
                put(row, read_summaries, static_cast<double>(*line.summary_rows));
            put(row, read_notes, line.notes);
            format(row, read_sheet, 1, 3, CellFormat::text);
            format(row, read_rows, 1, 3, CellFormat::count);
            format(row, read_notes, 1, 1, CellFormat::note);
            if (!line.columns.empty()) {
                const std::size_t columns = new_row();
                put(columns, read_range, label(Msg::header_columns_read) + ": " + line.columns);
                format(columns, read_range, 1, 1, CellFormat::note);
            }
        }
    }

    void diagnostics() {
        heading(Msg::report_diagnostics);
        const std::size_t header = new_row();
        column_headers(header, 0, diagnostic_headers);
        layout.diagnostics_first_row = header + 1;
        for (const Diagnostic& d : portfolio.diagnostics) {
            const std::size_t row = new_row();
            put(row, diagnostic_sheet, d.sheet);
            put(row, diagnostic_cell, d.cell);
            put(row, diagnostic_severity, label(severity_labels[static_cast<std::size_t>(d.severity)]));
            put(row, diagnostic_message, d.text(options.language));
            format(row, 0, 1, diagnostic_column_count,
                   d.severity == Diagnostic::Severity::error     ? CellFormat::diagnostic_error
                   : d.severity == Diagnostic::Severity::warning ? CellFormat::diagnostic_warning
                                                                 : CellFormat::note);
        }
    }
};

}  // namespace

void what_was_read(ReportSheet& sheet) {
    ReadSection section(sheet);
    section.what_was_read();
    section.diagnostics();
}

}  // namespace pmocalc::report
