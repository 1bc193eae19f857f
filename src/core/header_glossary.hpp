// The headers PMO sheets use, in Japanese and English (../shared/pmo-domain.md
// glossary), and how a header cell is recognised.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace pmocalc {

enum class SheetKind { projects, tasks, risks, issues, changes, lessons, holidays, tests, defects, milestones,
                       assignments, people, criteria, scores };

enum class Field {
    project_id, project_name, program, department, manager,
    task_id, task_name, level_name, phase, owner, budget, planned_start, planned_finish, baseline_finish,
    forecast_finish, actual_start, actual_finish, percent_complete, actual_cost, milestone,
    predecessors, optimistic_duration, likely_duration, pessimistic_duration, constraint_type,
    risk_id, risk_title, probability, impact, risk_type, status, affected_task,
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
    resource, allocation, assigned_hours, capacity,  // capacity last: the reader sizes its column table by it
};

std::span<const SheetKind> all_sheet_kinds();
std::string_view sheet_kind_name(SheetKind kind);  // "Tasks", "Risks" …

struct HeaderMatch {
    Field field;
    int rank;  // 0 for the field's most specific name; higher for more generic ones ("#", "No")
};

// The field a header cell names on a sheet of this kind, if any. Headers are
// compared after normalize_label; a trailing qualifier in brackets such as
// （千円）, (人日) or (k¥) is ignored when the bare header is known, while
// 開始日（実績） and 開始日（予定） stay different fields.
std::optional<HeaderMatch> match_header(SheetKind kind, std::string_view header);

// How strongly a sheet name suggests a kind (0 = not at all).
int sheet_name_affinity(SheetKind kind, std::string_view sheet_name);

// A label that marks the status date cell (基準日, Status date, As of …).
bool is_status_date_label(std::string_view text);
// For a cell that starts with such a label and goes on with the date itself
// ("基準日：2025/10/31", "As of 2025-10-31"): the rest after the label.
std::optional<std::string> after_status_date_label(std::string_view text);

// Whether the text (normalised) holds Japanese characters.
bool has_japanese(std::string_view text);

}  // namespace pmocalc
