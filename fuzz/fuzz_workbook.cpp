// The whole front door over an arbitrary workbook: the bytes become 1–3 sheets
// of blanks, numbers (NaN, ±inf, huge, negative, dates), texts (headers of the
// glossary in English and Japanese, status-date labels, numbers and dates as
// text, raw and invalid bytes) and error values; then read_portfolio through
// assess(), layout_report(), summary_json(), health_summary() and failure_text().
//
// Layout of the bytes (fuzz/make_seeds.py writes seeds in it):
//   sheets-1, null-date flag, request flags [status date u16] [thresholds],
//   today u16, document name?, then per sheet: name, rows-1, columns-1, cells
//   row by row (FuzzInput::cell). Missing bytes are blank cells.
#include <cmath>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "core/report_fingerprint.hpp"
#include "core/report_model.hpp"
#include "core/status_report.hpp"
#include "core/summary_json.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

constexpr std::size_t max_rows = 24;
constexpr std::size_t max_columns = 20;  // the history sheet has 18

Workbook workbook_from(FuzzInput& in, std::size_t sheets) {
    Workbook workbook;
    for (std::size_t s = 0; s < sheets; ++s) {
        Sheet sheet;
        sheet.name = in.text();
        const std::size_t rows = in.byte() % max_rows + 1;
        const std::size_t columns = in.byte() % max_columns + 1;
        std::vector<Cell> cells;
        cells.reserve(rows * columns);
        for (std::size_t i = 0; i < rows * columns; ++i)
            cells.push_back(in.cell());
        sheet.cells = CellRange(rows, columns, std::move(cells));
        workbook.sheets.push_back(std::move(sheet));
    }
    return workbook;
}

bool is_number_or_null(const nlohmann::json& value) { return value.is_null() || value.is_number(); }

void check_figures(const EvmFigures& f) {
    // Sums of amounts no larger than 10^15 each, over a few hundred cells.
    PMO_FUZZ_CHECK(std::isfinite(f.bac) && f.bac >= 0);
    PMO_FUZZ_CHECK(std::isfinite(f.pv) && f.pv >= 0 && f.pv <= f.bac * (1 + 1e-9));
    PMO_FUZZ_CHECK(std::isfinite(f.ev) && f.ev >= 0 && f.ev <= f.bac * (1 + 1e-9));
    PMO_FUZZ_CHECK(!f.spi || (std::isfinite(*f.spi) && *f.spi >= 0));
    PMO_FUZZ_CHECK(!f.es || (std::isfinite(*f.es) && *f.es >= 0));
    PMO_FUZZ_CHECK(!f.at || (std::isfinite(*f.at) && *f.at >= 0));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const std::size_t sheets = in.byte() % 3 + 1;
    const bool epoch_1904 = in.flag();
    const std::uint8_t flags = in.byte();

    ReportSettings settings;
    if (flags & 1)
        settings.status_date = in.day();
    if (flags & 2)
        settings.language = (flags & 4) ? Language::ja : Language::en;
    settings.es_period = (flags & 8) ? EsPeriod::working_days : EsPeriod::weeks;
    if (flags & 16) {
        const auto thresholds = make_rag_thresholds(in.number(), in.number());
        if (thresholds)
            settings.thresholds = *thresholds;
    }
    const Day today = 36526 + in.u16();
    const std::string document_name = (flags & 32) ? in.text() : std::string();
    ReportRequest request = request_for(settings, document_name, {today, "2026-01-02 03:04"});
    if (flags & 128)
        request.found_before_reading.push_back(
            {Diagnostic::Severity::warning, "", "", {Msg::csv_invalid_bytes, {std::size_t{3}}}});

    Workbook workbook = workbook_from(in, sheets);
    workbook.null_date_offset = epoch_1904 ? 1462 : 0;
    if (flags & 64)
        request.skip_sheets.push_back(workbook.sheets.front().name);

    for (const Sheet& sheet : workbook.sheets)
        (void)looks_like_report(sheet.cells);

    const Assessment assessment = assess(workbook, request);
    const Language language = assessment.language;
    (void)health_summary(assessment, language);
    if (!assessment.reportable()) {
        (void)failure_text(assessment, language);
        return 0;
    }
    check_figures(assessment.status->figures);
    for (const ProjectStatus& project : assessment.status->projects)
        check_figures(project.figures);

    const ReportLayout layout = layout_report(assessment, request);
    for (const auto& row : layout.rows)
        PMO_FUZZ_CHECK(row.size() == layout.columns);
    for (const FormattedSpan& f : layout.formats)
        PMO_FUZZ_CHECK(f.span.row + f.span.rows <= layout.rows.size() &&
                       f.span.column + f.span.columns <= layout.columns);
    PMO_FUZZ_CHECK(layout.column_widths_mm.size() == layout.columns);
    std::vector<Cell> cells;
    for (const auto& row : layout.rows)
        cells.insert(cells.end(), row.begin(), row.end());
    const CellRange grid(layout.rows.size(), layout.columns, std::move(cells));
    PMO_FUZZ_CHECK(fingerprint_matches(content_fingerprint(grid), grid));
    for (std::size_t i = 0; i < grid.size(); ++i)
        if (grid.kind(i) == CellKind::number)
            PMO_FUZZ_CHECK(as_saved(grid.number(i)) == grid.number(i) || std::isnan(grid.number(i)));

    // The history writes only rows below those it keeps, and keeps what it replaces.
    if (const auto history = history_to_write(assessment)) {
        PMO_FUZZ_CHECK(history->first_row <= history->rows_before);
        PMO_FUZZ_CHECK(history->replaced.rows() == history->rows_before - history->first_row);
        PMO_FUZZ_CHECK(history->exists || (history->first_row == 0 && history->rows_before == 0));
        for (const FormattedSpan& f : history->layout.formats)
            PMO_FUZZ_CHECK(f.span.row >= history->first_row &&
                           f.span.row + f.span.rows <= history->first_row + history->layout.rows.size());
    }
    PMO_FUZZ_CHECK(looks_like_report(grid));

    const std::string json_text = summary_json(assessment, {"input.fods", layout.sheet_name});
    const auto json = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
    PMO_FUZZ_CHECK(!json.is_discarded());
    PMO_FUZZ_CHECK(json["portfolio"]["bac"].is_number());
    PMO_FUZZ_CHECK(json["projects"].is_array() && json["projects"].size() == assessment.status->projects.size());
    for (const char* key : {"pv", "ev", "ac", "spi", "cpi", "eac", "svt", "spit"})
        PMO_FUZZ_CHECK(is_number_or_null(json["portfolio"][key]));
    PMO_FUZZ_CHECK(json["diagnostics"].size() == assessment.portfolio.diagnostics.size());
    return 0;
}
