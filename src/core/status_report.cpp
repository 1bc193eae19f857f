#include "status_report.hpp"

#include "workbook_reader.hpp"

namespace pmocalc {

Outcome<StatusReport> prepare_status_report(const Workbook& workbook, const ReportRequest& request) {
    StatusReport report;
    report.portfolio = read_portfolio(workbook, {request.single_project_name, request.skip_sheets});
    if (report.portfolio.tasks.empty()) {
        std::string reason = "no task could be read from the workbook";
        for (const Diagnostic& d : report.portfolio.diagnostics)
            reason += "\n  " + (d.sheet.empty() ? std::string() : d.sheet + (d.cell.empty() ? "" : "!" + d.cell) + ": ") +
                      d.message;
        return invalid_input(reason);
    }
    AnalysisOptions analysis;
    analysis.status_date = request.status_date.value_or(report.portfolio.status_date.value_or(request.today));
    analysis.thresholds = request.thresholds;
    report.status = analyse_portfolio(report.portfolio, analysis);
    ReportOptions layout;
    layout.language = request.language.value_or(report.portfolio.language);
    layout.generated_at = request.generated_at;
    layout.null_date_offset = workbook.null_date_offset;
    report.layout = build_report(report.portfolio, report.status, layout);
    return report;
}

}  // namespace pmocalc
