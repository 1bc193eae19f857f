// The kinds of tables a PMO workbook holds and the fields of their records,
// by name: what the reader recognises, what "what pmocalc read" lists and
// what a column map names (their codes are a file format: documents keep them).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "messages.hpp"

namespace pmocalc {

// What a table holds, decided by its columns.
enum class TableKind { projects, tasks, risks, issues, changes, lessons, holidays, tests, defects, milestones,
                       assignments, people, criteria, scores, evm_series };

enum class Field : std::uint8_t {
    project_id, project_name, program, department, manager,
    task_id, wbs, outline_level, parent, task_name, level_name, phase, owner, budget, effort, actual_effort, duration,
    planned_start, planned_finish, baseline_finish, forecast_finish, actual_start, actual_finish, percent_complete,
    actual_cost, milestone, predecessors, optimistic_duration, likely_duration, pessimistic_duration, constraint_type,
    risk_id, risk_title, probability, impact, risk_score, risk_type, status, affected_task,
    issue_id, issue_title, raised, due, closed, priority,
    change_id, change_title, cost_impact, schedule_impact,
    lesson_category, lesson_text, risk_category,
    earning_rule, estimate_to_complete, milestone_name, milestone_weight, milestone_done,
    holiday_date, holiday_name,
    project_size, size_unit,
    test_date, tests_planned, tests_executed, tests_passed,                // tests per date
    test_case_id, test_planned_date, test_executed_date, test_result,    // tests per case
    criterion_name, criterion_weight, criterion_score,                  // choosing projects
    selection_cost, people_needed, candidate,                           // … in the Projects sheet
    defect_id, defect_title, found_date, severity,
    resource, allocation, assigned_hours, capacity,
    period, period_pv, period_ev, period_ac, period_bac,                // a table of PV / EV / AC per period
    field_count
};
inline constexpr std::size_t field_count = static_cast<std::size_t>(Field::field_count);

std::span<const TableKind> all_table_kinds();
std::string_view table_kind_code(TableKind kind);  // "tasks", "risks" … (JSON, the column map)

// A field's code: "task_name", "planned_start" … (JSON, the column map).
std::string_view field_code(Field field);
std::optional<Field> field_from_code(std::string_view code);

// The field's name as a person reads it, in the report's language.
Msg field_label(Field field);
Msg table_kind_label(TableKind kind);

}  // namespace pmocalc
