#include "portfolio.hpp"

namespace pmocalc {

std::string_view weighting_code(Weighting weighting) {
    switch (weighting) {
    case Weighting::budget: return "budget";
    case Weighting::effort: return "effort";
    case Weighting::duration: return "duration";
    }
    return "budget";
}

std::string_view outline_code(OutlineKind outline) {
    switch (outline) {
    case OutlineKind::none: return "none";
    case OutlineKind::outline_level: return "outline_level";
    case OutlineKind::wbs_numbers: return "wbs_numbers";
    case OutlineKind::level_columns: return "level_columns";
    case OutlineKind::indentation: return "indentation";
    case OutlineKind::parents: return "parents";
    }
    return "none";
}

Msg outline_term(OutlineKind outline) {
    switch (outline) {
    case OutlineKind::outline_level: return Msg::outline_by_level_column;
    case OutlineKind::wbs_numbers: return Msg::outline_by_wbs_numbers;
    case OutlineKind::level_columns: return Msg::outline_by_level_columns;
    case OutlineKind::indentation: return Msg::outline_by_indentation;
    case OutlineKind::parents: return Msg::outline_by_parents;
    case OutlineKind::none: break;
    }
    return Msg::outline_by_wbs_numbers;
}

ProblemCounts count_problems(const std::vector<Diagnostic>& diagnostics) {
    ProblemCounts counts;
    for (const Diagnostic& d : diagnostics) {
        switch (d.severity) {
        case Diagnostic::Severity::error: ++counts.errors; break;
        case Diagnostic::Severity::warning: ++counts.warnings; break;
        case Diagnostic::Severity::note: ++counts.notes; break;
        }
    }
    return counts;
}

bool is_fallback(const Diagnostic& diagnostic) {
    if (diagnostic.severity != Diagnostic::Severity::warning)
        return false;
    switch (diagnostic.message.id) {
    case Msg::status_date_fallback_today:
    case Msg::no_holiday_sheet:
    case Msg::holiday_sheet_empty:
    case Msg::duplicate_column:
    case Msg::no_risk_status_column:
    case Msg::no_issue_closed_column:
    case Msg::no_defect_closed_column:
    case Msg::test_counts_read_cumulative:
    case Msg::number_text_ambiguous:
    case Msg::csv_invalid_bytes:
    case Msg::schedule_uncertainty_used:
    case Msg::schedule_iterations_reduced:
    case Msg::schedule_not_simulated:
    case Msg::schedule_beyond_calendar:
    case Msg::earning_rule_fallback:
    case Msg::earning_rule_cell_error:
    case Msg::apportioned_needs_base:
    case Msg::apportioned_base_unknown:
    case Msg::apportioned_base_apportioned:
    case Msg::milestones_missing:
    case Msg::milestones_weigh_nothing:
    case Msg::etc_missing:
    case Msg::capacity_no_people_sheet:
    case Msg::capacities_defaulted:
        return true;
    default:
        return false;
    }
}

std::string located_text(const Diagnostic& d, Language language) {
    if (d.sheet.empty())
        return d.text(language);
    if (d.cell.empty())
        return Message{Msg::diagnostic_sheet_location, {d.sheet, MessageArg::rendered(d.text(language))}}.render(language);
    return Message{Msg::diagnostic_location, {d.sheet, d.cell, MessageArg::rendered(d.text(language))}}.render(language);
}

}  // namespace pmocalc
