#include "report_engine.hpp"

#include <stdexcept>

namespace pmocalc::uno {

GeneratedReport generate_report(const DocumentRef& document, ReportRequest request, const Progress& progress,
                                Fetch fetch) {
    if (const auto previous = existing_report_sheet(document))
        request.skip_sheets.push_back(*previous);
    const Workbook workbook = read_workbook(document, request.skip_sheets, fetch);
    if (progress)
        progress(40);
    auto prepared = prepare_status_report(workbook, request);
    if (!prepared)
        throw std::runtime_error(prepared.problem().reason);
    if (progress)
        progress(60);
    GeneratedReport result{std::move(prepared).value(), {}};
    result.sheet_name = write_report(document, result.report.layout, progress);
    return result;
}

}  // namespace pmocalc::uno
