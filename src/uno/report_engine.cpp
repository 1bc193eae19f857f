#include "report_engine.hpp"

#include <chrono>
#include <ctime>

#include "../core/rollup/roll_up_report.hpp"
#include "../core/rollup/sources_sheet.hpp"
#include "document_loading.hpp"

namespace pmocalc::uno {

namespace {

// The assessment of the workbook without pmocalc's own report, and that report's sheet.
Assessment assess_without_report(const DocumentRef& document, ReportRequest request, Fetch fetch,
                                 std::optional<std::string>& report) {
    const auto marked = marked_report_sheet(document);
    if (marked && marked->ours) {
        report = marked->name;
        request.skip_sheets.push_back(marked->name);
    }
    Assessment assessment = pmocalc::assess(read_workbook(document, request.skip_sheets, fetch), request);
    if (marked && !marked->ours)
        assessment.portfolio.diagnostics.insert(assessment.portfolio.diagnostics.begin(),
                                                {Diagnostic::Severity::warning, marked->name, "",
                                                 {Msg::report_kept, {marked->name}}});
    return assessment;
}

}  // namespace

Assessment assess(const DocumentRef& document, ReportRequest request, Fetch fetch) {
    std::optional<std::string> report;
    return assess_without_report(document, std::move(request), fetch, report);
}

GeneratedReport generate(const DocumentRef& document, const ReportRequest& request, const Progress& progress,
                         Fetch fetch, const Changed& changed) {
    std::optional<std::string> previous;
    GeneratedReport result{assess_without_report(document, request, fetch, previous), std::nullopt, std::nullopt};
    if (progress)
        progress(40);
    if (!result.assessment.reportable())
        return result;
    result.layout = layout_report(result.assessment, request);
    if (progress)
        progress(60);
    result.sheet_name = write_report(document, *result.layout, progress, previous, changed);
    result.history_write = history_to_write(result.assessment);
    if (result.history_write)
        result.history = write_history(document, *result.history_write, changed);
    return result;
}

RecordedStatus record_status(const DocumentRef& document, const ReportRequest& request, Fetch fetch,
                             const Changed& changed) {
    RecordedStatus result{assess(document, request, fetch), std::nullopt, std::nullopt};
    result.history_write = history_to_write(result.assessment);
    if (result.history_write)
        result.history = write_history(document, *result.history_write, changed);
    return result;
}

SourceFile describe_source(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    SourceFile described;
    described.name = file.filename().string();
    std::error_code ec;
    described.path = fs::weakly_canonical(fs::absolute(file), ec).string();
    if (ec)
        described.path = fs::absolute(file).lexically_normal().string();
    const auto written = fs::last_write_time(file, ec);
    if (!ec) {
        const auto system = std::chrono::file_clock::to_sys(written);
        const std::time_t seconds = std::chrono::system_clock::to_time_t(
            std::chrono::time_point_cast<std::chrono::system_clock::duration>(system));
        std::tm local{};
        localtime_r(&seconds, &local);
        char text[32];
        if (std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &local))
            described.modified = text;
    }
    return described;
}

SourceCells read_source_cells(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                              const std::filesystem::path& file, Fetch fetch) {
    SourceCells cells;
    const LoadedDocument loaded = load_for_reading(desktop, file, {property("ReadOnly", css::uno::Any(true))});
    if (loaded.csv())
        cells.csv_invalid_bytes = loaded.csv()->invalid_bytes;
    if (!loaded) {
        cells.failure = loaded.failure().value_or(Message(Msg::cli_cannot_open));
        return cells;
    }
    std::vector<std::string> skip;
    if (const auto marked = marked_report_sheet(loaded.document()); marked && marked->ours)
        skip.push_back(marked->name);
    cells.workbook = read_workbook(loaded.document(), skip, fetch);
    return cells;
}

SourceInput read_source_file(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                             const std::filesystem::path& file, const std::string& column_map, Fetch fetch) {
    SourceFile described = describe_source(file);
    SourceCells cells = read_source_cells(desktop, file, fetch);
    if (!cells.workbook)
        return unreadable_source(std::move(described), *cells.failure);
    SourceInput input = read_source(std::move(described), *cells.workbook, column_map);
    if (cells.csv_invalid_bytes > 0)
        input.portfolio->diagnostics.insert(
            input.portfolio->diagnostics.begin(),
            {Diagnostic::Severity::warning, "[" + input.file.name + "]", "", {Msg::csv_invalid_bytes, {cells.csv_invalid_bytes}}});
    return input;
}

GeneratedReport roll_up(const DocumentRef& document, std::vector<SourceInput> sources, const ReportRequest& request,
                        const Progress& progress, Fetch fetch, const Changed& changed) {
    ReportRequest without_report = request;
    std::optional<std::string> previous;
    const auto marked = marked_report_sheet(document);
    if (marked && marked->ours) {
        previous = marked->name;
        without_report.skip_sheets.push_back(marked->name);
    }
    RollUpAssessment rolled =
        assess_roll_up(std::move(sources), read_workbook(document, without_report.skip_sheets, fetch), without_report);
    GeneratedReport result{std::move(rolled.assessment), std::nullopt, std::nullopt};
    if (marked && !marked->ours)
        result.assessment.portfolio.diagnostics.insert(result.assessment.portfolio.diagnostics.begin(),
                                                       {Diagnostic::Severity::warning, marked->name, "",
                                                        {Msg::report_kept, {marked->name}}});
    if (progress)
        progress(40);
    if (!result.assessment.reportable())
        return result;
    result.layout = layout_report(result.assessment, request);
    if (progress)
        progress(60);
    result.sheet_name = write_report(document, *result.layout, progress, previous, changed);
    result.history_write = history_to_write(result.assessment);
    if (result.history_write)
        result.history = write_history(document, *result.history_write, changed);
    result.sources_write = sources_to_write(*result.assessment.roll_up, result.assessment, rolled.sources_sheet);
    result.sources = write_history(document, *result.sources_write, changed);
    return result;
}

}  // namespace pmocalc::uno
