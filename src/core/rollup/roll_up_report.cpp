#include "roll_up_report.hpp"

namespace pmocalc {

RollUpAssessment assess_roll_up(std::vector<SourceInput> sources, Workbook&& portfolio_workbook,
                                const ReportRequest& request) {
    RollUpAssessment result;
    SourcesSheet sources_sheet = find_sources_sheet(portfolio_workbook, Language::en);
    HistorySheet history = find_history(portfolio_workbook);
    if (history.writable && !history.sheet_name.empty())
        for (Sheet& sheet : portfolio_workbook.sheets)
            if (sheet.name == history.sheet_name) {
                history.cells = std::move(sheet.cells);
                sheet.cells = CellRange();  // its name still counts when a new sheet is named
            }
    RollUpOptions options;
    options.status_date = request.settings.status_date;
    options.stale_days = request.settings.stale_days;
    options.memory = sources_sheet.memory;
    options.history = history.rows;
    Consolidated consolidated = consolidate(std::move(sources), options);
    consolidated.portfolio.diagnostics.insert(consolidated.portfolio.diagnostics.begin(),
                                              sources_sheet.diagnostics.begin(), sources_sheet.diagnostics.end());
    ReportRequest roll_up_request = request;
    roll_up_request.history_tasks = HistoryTasks::milestones;
    result.assessment = assess_read(std::move(consolidated.portfolio), std::move(history),
                                    portfolio_workbook.null_date_offset, roll_up_request);
    if (!sources_sheet.exists) {
        // A new Sources sheet is named in the report's language.
        sources_sheet = find_sources_sheet(portfolio_workbook, result.assessment.language);
    }
    result.assessment.roll_up = std::move(consolidated.roll_up);
    result.assessment.sources_sheet = sources_sheet.sheet_name;
    result.sources_sheet = std::move(sources_sheet);
    return result;
}

}  // namespace pmocalc
