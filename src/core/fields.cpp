#include "fields.hpp"

#include <array>

#include "text.hpp"

namespace pmocalc {

namespace {

struct FieldName {
    Field field;
    std::string_view code;
    Msg label;
};

// In the order of the Field enumeration.
constexpr std::array<FieldName, field_count> field_names{{
    {Field::project_id, "project_id", Msg::field_project_id},
    {Field::project_name, "project_name", Msg::field_project_name},
    {Field::program, "program", Msg::field_program},
    {Field::department, "department", Msg::field_department},
    {Field::manager, "manager", Msg::field_manager},
    {Field::task_id, "task_id", Msg::field_task_id},
    {Field::wbs, "wbs", Msg::field_wbs},
    {Field::outline_level, "outline_level", Msg::field_outline_level},
    {Field::parent, "parent", Msg::field_parent},
    {Field::task_name, "task_name", Msg::field_task_name},
    {Field::level_name, "level", Msg::field_level_name},
    {Field::phase, "phase", Msg::field_phase},
    {Field::owner, "owner", Msg::field_owner},
    {Field::budget, "budget", Msg::field_budget},
    {Field::effort, "effort", Msg::field_effort},
    {Field::actual_effort, "actual_effort", Msg::field_actual_effort},
    {Field::duration, "duration", Msg::field_duration},
    {Field::planned_start, "planned_start", Msg::field_planned_start},
    {Field::planned_finish, "planned_finish", Msg::field_planned_finish},
    {Field::baseline_finish, "baseline_finish", Msg::field_baseline_finish},
    {Field::forecast_finish, "forecast_finish", Msg::field_forecast_finish},
    {Field::actual_start, "actual_start", Msg::field_actual_start},
    {Field::actual_finish, "actual_finish", Msg::field_actual_finish},
    {Field::percent_complete, "percent_complete", Msg::field_percent_complete},
    {Field::actual_cost, "actual_cost", Msg::field_actual_cost},
    {Field::milestone, "milestone", Msg::field_milestone},
    {Field::predecessors, "predecessors", Msg::field_predecessors},
    {Field::optimistic_duration, "optimistic", Msg::field_optimistic_duration},
    {Field::likely_duration, "most_likely", Msg::field_likely_duration},
    {Field::pessimistic_duration, "pessimistic", Msg::field_pessimistic_duration},
    {Field::constraint_type, "constraint", Msg::field_constraint_type},
    {Field::risk_id, "risk_id", Msg::field_risk_id},
    {Field::risk_title, "risk_title", Msg::field_risk_title},
    {Field::probability, "probability", Msg::field_probability},
    {Field::impact, "impact", Msg::field_impact},
    {Field::risk_score, "risk_score", Msg::field_risk_score},
    {Field::risk_type, "risk_type", Msg::field_risk_type},
    {Field::status, "status", Msg::field_status},
    {Field::affected_task, "affected_task", Msg::field_affected_task},
    {Field::issue_id, "issue_id", Msg::field_issue_id},
    {Field::issue_title, "issue_title", Msg::field_issue_title},
    {Field::raised, "raised", Msg::field_raised},
    {Field::due, "due", Msg::field_due},
    {Field::closed, "closed", Msg::field_closed},
    {Field::priority, "priority", Msg::field_priority},
    {Field::change_id, "change_id", Msg::field_change_id},
    {Field::change_title, "change_title", Msg::field_change_title},
    {Field::cost_impact, "cost_impact", Msg::field_cost_impact},
    {Field::schedule_impact, "schedule_impact", Msg::field_schedule_impact},
    {Field::lesson_category, "lesson_category", Msg::field_lesson_category},
    {Field::lesson_text, "lesson", Msg::field_lesson_text},
    {Field::risk_category, "risk_category", Msg::field_risk_category},
    {Field::earning_rule, "ev_method", Msg::field_earning_rule},
    {Field::estimate_to_complete, "etc", Msg::field_estimate_to_complete},
    {Field::milestone_name, "milestone_name", Msg::field_milestone_name},
    {Field::milestone_weight, "milestone_weight", Msg::field_milestone_weight},
    {Field::milestone_done, "milestone_done", Msg::field_milestone_done},
    {Field::holiday_date, "holiday_date", Msg::field_holiday_date},
    {Field::holiday_name, "holiday_name", Msg::field_holiday_name},
    {Field::project_size, "size", Msg::field_project_size},
    {Field::size_unit, "size_unit", Msg::field_size_unit},
    {Field::test_date, "test_date", Msg::field_test_date},
    {Field::tests_planned, "tests_planned", Msg::field_tests_planned},
    {Field::tests_executed, "tests_executed", Msg::field_tests_executed},
    {Field::tests_passed, "tests_passed", Msg::field_tests_passed},
    {Field::test_case_id, "test_case_id", Msg::field_test_case_id},
    {Field::test_planned_date, "test_planned_date", Msg::field_test_planned_date},
    {Field::test_executed_date, "test_executed_date", Msg::field_test_executed_date},
    {Field::test_result, "test_result", Msg::field_test_result},
    {Field::criterion_name, "criterion", Msg::field_criterion_name},
    {Field::criterion_weight, "criterion_weight", Msg::field_criterion_weight},
    {Field::criterion_score, "score", Msg::field_criterion_score},
    {Field::selection_cost, "selection_cost", Msg::field_selection_cost},
    {Field::people_needed, "people_needed", Msg::field_people_needed},
    {Field::candidate, "candidate", Msg::field_candidate},
    {Field::defect_id, "defect_id", Msg::field_defect_id},
    {Field::defect_title, "defect_title", Msg::field_defect_title},
    {Field::found_date, "found", Msg::field_found_date},
    {Field::severity, "severity", Msg::field_severity},
    {Field::resource, "resource", Msg::field_resource},
    {Field::allocation, "allocation", Msg::field_allocation},
    {Field::assigned_hours, "hours", Msg::field_assigned_hours},
    {Field::capacity, "capacity", Msg::field_capacity},
    {Field::period, "period", Msg::field_period},
    {Field::period_pv, "pv", Msg::field_period_pv},
    {Field::period_ev, "ev", Msg::field_period_ev},
    {Field::period_ac, "ac", Msg::field_period_ac},
    {Field::period_bac, "period_bac", Msg::field_period_bac},
}};

struct KindName {
    TableKind kind;
    std::string_view code;
    Msg label;
};

// In order of precedence: a table that fits two kinds equally well is the first.
constexpr std::array<KindName, 15> kind_names{{
    {TableKind::projects, "projects", Msg::kind_projects},
    {TableKind::tasks, "tasks", Msg::kind_tasks},
    {TableKind::risks, "risks", Msg::kind_risks},
    {TableKind::issues, "issues", Msg::kind_issues},
    {TableKind::changes, "changes", Msg::kind_changes},
    {TableKind::lessons, "lessons", Msg::kind_lessons},
    {TableKind::holidays, "holidays", Msg::kind_holidays},
    {TableKind::tests, "tests", Msg::kind_tests},
    {TableKind::defects, "defects", Msg::kind_defects},
    {TableKind::milestones, "milestones", Msg::kind_milestones},
    {TableKind::assignments, "assignments", Msg::kind_assignments},
    {TableKind::people, "people", Msg::kind_people},
    {TableKind::criteria, "criteria", Msg::kind_criteria},
    {TableKind::scores, "scores", Msg::kind_scores},
    {TableKind::evm_series, "evm_series", Msg::kind_evm_series},
}};

constexpr std::array<TableKind, kind_names.size()> kinds = [] {
    std::array<TableKind, kind_names.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = kind_names[i].kind;
    return out;
}();

constexpr bool in_enum_order() {
    for (std::size_t i = 0; i < field_names.size(); ++i)
        if (static_cast<std::size_t>(field_names[i].field) != i)
            return false;
    for (std::size_t i = 0; i < kind_names.size(); ++i)
        if (static_cast<std::size_t>(kind_names[i].kind) != i)
            return false;
    return true;
}
static_assert(in_enum_order(), "field_names and kind_names follow their enumerations");

}  // namespace

std::span<const TableKind> all_table_kinds() { return kinds; }

std::string_view table_kind_code(TableKind kind) { return kind_names[static_cast<std::size_t>(kind)].code; }

Msg table_kind_label(TableKind kind) { return kind_names[static_cast<std::size_t>(kind)].label; }

std::string_view field_code(Field field) { return field_names[static_cast<std::size_t>(field)].code; }

Msg field_label(Field field) { return field_names[static_cast<std::size_t>(field)].label; }

std::optional<Field> field_from_code(std::string_view code) {
    const std::string key = normalize_label(code);
    for (const FieldName& name : field_names)
        if (name.code == key)
            return name.field;
    return std::nullopt;
}

}  // namespace pmocalc
