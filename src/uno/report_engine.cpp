#include "report_engine.hpp"

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

}  // namespace pmocalc::uno
