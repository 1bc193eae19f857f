// People across projects: Assignments rows (an allocation or total hours per
// person and task) and the People sheet's capacities; each assignment's task
// and dates resolved once every sheet is read, and each task's owners (one
// or several: "Arun, Bex", 担当者1 … 担当者8) loaded where no row names them.
#include <algorithm>

#include "../text.hpp"
#include "../typed_text.hpp"
#include "reader_state.hpp"

namespace pmocalc {

namespace {

// Allocations and capacities typed as 0–100 (50, 100, 150) rather than as
// fractions (0.5, 1, 1.5): some value above 10 (1000 %, ten people), none
// above 1000. Cells formatted as percent hold fractions already.
double share_scale(std::vector<Diagnostic>& diagnostics, const Table& table, Field field, Msg what) {
    if (!table.has(field))
        return 1;
    const std::size_t column = table.column(field);
    double largest = 0;
    for (std::size_t row = table.first_row(); row < table.end_row && row < table.sheet->cells.rows(); ++row) {
        const CellValue cell = table.sheet->at(row, column);
        std::optional<double> value;
        if (const auto* number = std::get_if<double>(&cell))
            value = *number;
        else if (const auto* text = std::get_if<std::string_view>(&cell); text && text->find('%') == std::string::npos)
            value = parse_number_text(*text);
        if (value)
            largest = std::max(largest, *value);
    }
    if (largest <= largest_allocation || largest > 100 * largest_allocation)
        return 1;
    diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name, cell_address(table.header_row, column),
                           {Msg::percent_typed_0_100, {what}}});
    return 100;
}

// A cell typed "50%" is a fraction already, whatever the column's other cells are.
double scale_of(const Table& table, std::size_t row, Field field, double scale) {
    const auto text = text_in(table.sheet->at(row, table.column(field)));
    return text && text->find('%') != std::string_view::npos ? 1 : scale;
}

// project + task + normalised person, built in `key`.
std::string_view owner_key(std::string& key, const std::string& project, const std::string& task,
                                  const std::string& person) {
    key.assign(project).append(1, '\x1f').append(task).append(1, '\x1f').append(normalize_label(person));
    return key;
}

// The people an owner cell names: "Arun, Bex", "山田、佐藤", "A; B", "A & B".
std::vector<std::string> people_named(const std::string& owner) {
    std::vector<std::string> people;
    std::string folded = fold_width(owner);
    for (char& c : folded)
        if (c == ';' || c == '&' || c == '\n')
            c = ',';
    // MS Project's "Dev Team B[50%]": the share in brackets is no part of the name.
    for (std::size_t open = folded.find('['); open != std::string::npos; open = folded.find('[', open)) {
        const std::size_t close = folded.find(']', open);
        if (close == std::string::npos)
            break;
        folded.erase(open, close - open + 1);
    }
    std::size_t begin = 0;
    while (begin <= folded.size()) {
        const std::size_t end = std::min(folded.find(',', begin), folded.size());
        std::string name = trimmed(std::string_view(folded).substr(begin, end - begin));
        if (!name.empty() && std::find(people.begin(), people.end(), name) == people.end())
            people.push_back(std::move(name));
        begin = end + 1;
    }
    return people;
}

}  // namespace

void read_assignments(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = state.pending_assignments.size();
    result.resources.has_assignment_sheet = true;
    const double scale = share_scale(result.diagnostics, table, Field::allocation, Msg::term_allocation);
    double hours_factor = 1;
    if (table.has(Field::assigned_hours))
        if (const auto header = text_in(table.sheet->at(table.header_row, table.column(Field::assigned_hours)))) {
            const std::string unit = header_qualifier(*header);
            for (std::string_view days : {"人日", "person-days", "persondays", "man-days", "mandays", "pd", "md",
                                          "days", "日"})
                if (unit == days) {
                    hours_factor = hours_per_working_day;
                    result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                                   cell_address(table.header_row, table.column(Field::assigned_hours)),
                                                   Msg::hours_in_person_days});
                    break;
                }
        }
    bool above_one = false;
    state.pending_assignments.reserve(state.pending_assignments.size() + table.sheet->cells.rows());
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        ReaderState::PendingAssignment pending;
        Assignment& a = pending.assignment;
        a.person = excerpt(r.key(Field::resource));  // an error value there leaves no one to load
        a.project_id = r.key(Field::project_id);
        a.task_id = r.key(Field::task_id);
        a.task_name = r.text(Field::task_name);
        a.source = {table.sheet->name, row};
        pending.start = r.date(Field::planned_start, Msg::term_assignment_start);
        pending.finish = r.date(Field::planned_finish, Msg::term_assignment_finish);
        const auto allocation = r.number(Field::allocation, Msg::term_allocation, false);
        const auto hours = r.number(Field::assigned_hours, Msg::term_assigned_hours, true);
        if (!r.ok())
            return;
        if (a.person.empty()) {
            r.fail(Field::resource, Msg::assignment_needs_person);
            return;
        }
        if (allocation) {
            a.allocation = *allocation / scale_of(table, row, Field::allocation, scale);
            if (a.allocation < 0 || a.allocation > largest_allocation) {
                r.fail(Field::allocation, {Msg::allocation_out_of_range, {a.allocation}});
                return;
            }
            above_one = above_one || a.allocation > 1;
        } else if (hours) {
            if (*hours < 0) {
                r.fail(Field::assigned_hours, {Msg::hours_negative, {*hours}});
                return;
            }
            a.hours = *hours * hours_factor;
        } else {
            r.fail(table.has(Field::allocation) ? Field::allocation : Field::assigned_hours,
                   Msg::assignment_needs_share);
            return;
        }
        pending.start_column = static_cast<std::uint32_t>(
            table.has(Field::planned_start) ? table.column(Field::planned_start) : 0);
        pending.finish_column = static_cast<std::uint32_t>(
            table.has(Field::planned_finish) ? table.column(Field::planned_finish) : pending.start_column);
        pending.project_column = static_cast<std::uint32_t>(
            table.has(Field::project_id) ? table.column(Field::project_id) : 0);
        pending.task_column = static_cast<std::uint32_t>(
            table.has(Field::task_id) ? table.column(Field::task_id)
                                       : table.has(Field::task_name) ? table.column(Field::task_name) : 0);
        pending.hours_column = static_cast<std::uint32_t>(
            table.has(Field::assigned_hours) ? table.column(Field::assigned_hours) : 0);
        a.share_column = static_cast<std::uint32_t>(allocation ? table.column(Field::allocation)
                                                               : table.column(Field::assigned_hours));
        state.pending_assignments.push_back(std::move(pending));
    });
    state.read_of(table).rows_read = state.pending_assignments.size() - before;
    if (above_one)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                       cell_address(table.header_row, table.column(Field::allocation)),
                                       Msg::allocation_above_one});
}

void read_people(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.resources.people.size();
    result.resources.has_people_sheet = true;
    const double scale = share_scale(result.diagnostics, table, Field::capacity, Msg::term_capacity);
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        PersonEntry person;
        person.name = excerpt(r.key(Field::resource));
        person.department = r.text(Field::department);
        person.source = {table.sheet->name, row};
        const auto capacity = r.number(Field::capacity, Msg::term_capacity, false);
        if (!r.ok())
            return;
        if (person.name.empty()) {
            r.fail(Field::resource, Msg::assignment_needs_person);
            return;
        }
        if (capacity) {
            person.capacity = *capacity / scale_of(table, row, Field::capacity, scale);
            if (!(*person.capacity > 0) || *person.capacity > largest_capacity) {
                r.fail(Field::capacity, {Msg::capacity_out_of_range, {*person.capacity}});
                return;
            }
        }
        if (!state.person_keys.insert(normalize_label(person.name))) {
            r.fail(Field::resource, {Msg::duplicate_person, {person.name}});
            return;
        }
        result.resources.people.push_back(std::move(person));
    });
    state.read_of(table).rows_read = result.resources.people.size() - before;
}

// After every sheet is read: each assignment's project (the only one when
// the sheet has no project column), its task and the task's dates where
// its own are blank; then each task owner without an Assignments row for
// that task, at allocation 1 over the task. Unknown projects and tasks are
// warnings: the person's load is still real.
void resolve_assignments(ReaderState& state) {
    Portfolio& result = state.result;
    ResourceRecords& resources = result.resources;
    const bool single = result.projects.size() == 1;
    const auto owned = static_cast<std::size_t>(std::count_if(
        result.tasks.begin(), result.tasks.end(), [](const Task& task) { return !task.owner.empty(); }));
    if (state.pending_assignments.empty() && owned == 0)
        return;
    resources.assignments.reserve(resources.assignments.size() + state.pending_assignments.size());
    // Tasks by project + ID and by project + normalised name (the first
    // task of a key wins); the names are indexed only when an Assignments
    // row names a task that no ID matches.
    std::string key;
    auto task_key = [&key](std::string_view project, std::string_view text) -> std::string_view {
        key.assign(project).append(1, '\x1f').append(text);
        return key;
    };
    KeySet id_keys;
    std::vector<const Task*> by_id;
    if (!state.pending_assignments.empty()) {
        id_keys.reserve(result.tasks.size());
        by_id.reserve(result.tasks.size());
        for (const Task& task : result.tasks)
            if (!task.id.empty() && id_keys.emplace(task_key(task.project_id, task.id)).second)
                by_id.push_back(&task);
    }
    KeySet name_keys;
    std::vector<const Task*> by_name;
    bool names_indexed = false;
    auto find_task = [&](const std::string& project, const std::string& text) -> const Task* {
        if (text.empty())
            return nullptr;
        if (const std::size_t found = id_keys.find(task_key(project, text)); found != KeySet::npos)
            return by_id[found];
        if (!names_indexed) {
            names_indexed = true;
            name_keys.reserve(result.tasks.size());
            for (const Task& task : result.tasks)
                if (!task.name.empty() &&
                    name_keys.emplace(task_key(task.project_id, normalize_label(task.name))).second)
                    by_name.push_back(&task);
        }
        if (const std::size_t found = name_keys.find(task_key(project, normalize_label(text)));
            found != KeySet::npos)
            return by_name[found];
        return nullptr;
    };
    KeySet named;  // project + task + person of every Assignments row
    named.reserve(state.pending_assignments.size() + owned);
    for (ReaderState::PendingAssignment& pending : state.pending_assignments) {
        Assignment& a = pending.assignment;
        const std::string& sheet = a.source.sheet;
        const std::size_t row = a.source.row;
        if (a.project_id.empty() && single)
            a.project_id = result.projects.front().id;
        else if (!a.project_id.empty() && !state.project_ids.count(a.project_id))
            result.diagnostics.push_back({Diagnostic::Severity::warning, sheet,
                                           cell_address(row, pending.project_column),
                                           {Msg::assignment_unknown_project, {a.project_id}}});
        const std::string& task_text = a.task_id.empty() ? a.task_name : a.task_id;
        const Task* task = find_task(a.project_id, task_text);
        if (!task && !a.task_name.empty() && !a.task_id.empty())
            task = find_task(a.project_id, a.task_name);
        if (task) {
            a.task_id = task->id;
            if (a.task_name.empty())
                a.task_name = task->name;
        } else if (!task_text.empty() && !result.tasks.empty()) {
            result.diagnostics.push_back({Diagnostic::Severity::warning, sheet,
                                           cell_address(row, pending.task_column),
                                           {Msg::assignment_unknown_task, {task_text, a.project_id}}});
        }
        if (task) {
            pending.start = pending.start.value_or(task->start);
            pending.finish = pending.finish.value_or(task->finish);
        }
        if (!pending.start || !pending.finish) {
            result.diagnostics.push_back({Diagnostic::Severity::error, sheet,
                                           cell_address(row, pending.start ? pending.finish_column
                                                                           : pending.start_column),
                                           Msg::assignment_needs_dates, true});
            continue;
        }
        a.start = *pending.start;
        a.finish = *pending.finish;
        if (a.finish < a.start) {
            result.diagnostics.push_back({Diagnostic::Severity::error, sheet, cell_address(row, pending.finish_column),
                                           Msg::finish_before_start, true});
            continue;
        }
        if (a.hours && *a.hours <= hours_per_working_day && a.finish > a.start)
            result.diagnostics.push_back({Diagnostic::Severity::warning, sheet, cell_address(row, pending.hours_column),
                                           {Msg::hours_look_daily, {*a.hours, MessageArg::date(a.start),
                                                                    MessageArg::date(a.finish)}}});
        if (task)
            named.insert(owner_key(key, task->project_id, task->id.empty() ? task->name : task->id, a.person));
        resources.assignments.push_back(std::move(a));
    }
    std::vector<ReaderState::PendingAssignment>().swap(state.pending_assignments);  // their memory too
    // An owner cell holding an error value (shown as it is, and said) names no one.
    auto owner_is_error = [&](const Task& task) {
        const auto found = std::find_if(state.tables.begin(), state.tables.end(), [&](const Table& t) {
            return t.kind == TableKind::tasks && t.sheet->name == task.source.sheet &&
                   task.source.row >= t.first_row() && task.source.row < t.end_row;
        });
        return found != state.tables.end() && found->has(Field::owner) &&
               std::holds_alternative<CellError>(found->sheet->at(task.source.row, found->column(Field::owner)));
    };
    for (const Task& task : result.tasks) {
        if (task.owner.empty() || owner_is_error(task))
            continue;
        for (const std::string& person : people_named(task.owner)) {
            if (!named.insert(owner_key(key, task.project_id, task.id.empty() ? task.name : task.id, person)))
                continue;
            Assignment a;
            a.person = person;
            a.project_id = task.project_id;
            a.task_id = task.id;
            a.task_name = task.name;
            a.start = task.start;
            a.finish = task.finish;
            a.allocation = 1;
            a.from_task_owner = true;
            a.source = task.source;
            resources.assignments.push_back(std::move(a));
        }
    }
}

}  // namespace pmocalc
