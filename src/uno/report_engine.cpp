#include "report_engine.hpp"

namespace pmocalc::uno {

Assessment assess(const DocumentRef& document, ReportRequest request, Fetch fetch) {
    if (const auto previous = existing_report_sheet(document))
        request.skip_sheets.push_back(*previous);
    return pmocalc::assess(read_workbook(document, request.skip_sheets, fetch), request);
}

GeneratedReport generate(const DocumentRef& document, const ReportRequest& request, const Progress& progress,
                         Fetch fetch) {
    GeneratedReport result{assess(document, request, fetch), std::nullopt, std::nullopt};
    if (progress)
        progress(40);
    if (!result.assessment.reportable())
        return result;
    result.layout = layout_report(result.assessment, request);
    if (progress)
        progress(60);
    result.sheet_name = write_report(document, *result.layout, progress);
    return result;
}

}  // namespace pmocalc::uno
