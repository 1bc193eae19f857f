// Task lists in every layout pmocalc reads: their leaf tasks (summaries and
// phase headings told by the outline), each weighed by its budget, else its
// planned effort, else its planned working days; progress from % complete,
// else from a status word or actual dates (the 50/50 rule); the schedule
// network's and the earning rules' columns; and the Milestones sheet.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../planned_value.hpp"
#include "../text.hpp"
#include "../typed_text.hpp"
#include "outline.hpp"
#include "reader_state.hpp"
#include "value_words.hpp"

namespace pmocalc {

namespace {

// Whether any data row of the table has a value in the column other than 0
// (a Cost column of zeros, as GanttProject exports it, weighs nothing).
bool column_has_values(const Table& table, Field field) {
    if (!table.has(field))
        return false;
    const Sheet& sheet = *table.sheet;
    const std::size_t column = table.column(field);
    for (std::size_t row = table.first_row(); row < table.end_row && row < sheet.cells.rows(); ++row) {
        const CellValue cell = sheet.at(row, column);
        if (holds_nothing(cell) || number_in(cell) == 0.0)
            continue;
        if (const auto text = text_in(cell); text && parse_number_text(*text) == 0.0)
            continue;
        return true;
    }
    return false;
}

Weighting weighting_of(const Table& table) {
    if (column_has_values(table, Field::budget))
        return Weighting::budget;
    if (column_has_values(table, Field::effort))
        return Weighting::effort;
    return Weighting::duration;
}

// Jira's estimates (Original Estimate, Time Spent): seconds, every one a whole
// number of minutes.
bool effort_in_seconds(const Table& table, Field field) {
    if (!table.has(field))
        return false;
    const std::string header = header_key(table.header_text(table.column(field)));
    if (header != "originalestimate" && header != "timespent" && header != "remainingestimate")
        return false;
    const Sheet& sheet = *table.sheet;
    bool any = false;
    for (std::size_t row = table.first_row(); row < std::min(table.end_row, sheet.cells.rows()); ++row) {
        const CellValue cell = sheet.at(row, table.column(field));
        std::optional<double> value = number_in(cell);
        if (const auto text = text_in(cell))
            value = parse_number_text(*text);
        if (!value)
            continue;
        if (std::fmod(*value, 60) != 0)
            return false;
        any = any || *value >= 3600;
    }
    return any;
}

// Hours in an effort column's header (工数(h), Estimated hours): its numbers are hours.
bool effort_in_hours(const Table& table) {
    if (!table.has(Field::effort))
        return false;
    const std::string header = header_key(table.header_text(table.column(Field::effort)));
    for (std::string_view word : {"(h)", "(hours)", "(hrs)", "(時間)", "hours", "時間", "(hr)"})
        if (header.find(word) != std::string::npos)
            return true;
    return false;
}

// How a table without a % complete column tells progress.
enum class ProgressFrom { percent, status, actual_dates, nothing };

ProgressFrom progress_source(const Table& table) {
    if (table.has(Field::percent_complete))
        return ProgressFrom::percent;
    if (table.has(Field::status))
        return ProgressFrom::status;
    if (table.has(Field::actual_start) || table.has(Field::actual_finish))
        return ProgressFrom::actual_dates;
    return ProgressFrom::nothing;
}

bool is_milestone_mark(const CellValue cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number != 0;
    if (const auto* text = std::get_if<std::string_view>(&cell))
        return is_milestone_word(*text);
    return false;
}

// Counts of rows not read as tasks, each said once per table.
struct Skipped {
    std::size_t count = 0;
    std::size_t first_row = 0;
    void add(std::size_t row) {
        if (count++ == 0)
            first_row = row;
    }
};

class TaskTableReader {
public:
    TaskTableReader(ReaderState& state, const Table& table)
        : state_(state), table_(table), read_(state.read_of(table)), outline_(read_outline(table)),
          weighting_(weighting_of(table)), progress_(progress_source(table)),
          calendar_(WeekendMask{}, state.result.holidays) {}

    void read() {
        Portfolio& result = state_.result;
        read_.weighting = weighting_;
        read_.outline = outline_.source;
        if (outline_.root && table_.has(Field::task_name))
            if (const auto name = text_in(sheet().at(*outline_.root, table_.column(Field::task_name)))) {
                read_.root_name = excerpt(trimmed(*name));
                read_.root_cell = cell_address(*outline_.root, table_.column(Field::task_name));
            }
        scale_ = percent_scale(table_, Field::percent_complete, result.diagnostics, Msg::term_percent_complete);
        wbs_ids_ = ids_are_wbs_numbers();
        hours_ = effort_in_hours(table_);
        seconds_ = effort_in_seconds(table_, Field::effort);
        actual_seconds_ = effort_in_seconds(table_, Field::actual_effort);
        etc_seconds_ = effort_in_seconds(table_, Field::estimate_to_complete);
        if (seconds_ || actual_seconds_)
            note(cell_of(seconds_ ? Field::effort : Field::actual_effort),
                 {Msg::effort_in_seconds, {header(seconds_ ? Field::effort : Field::actual_effort)}});
        pairs_ = pair_column(table_);
        choose_actual_column();
        result.tasks.reserve(result.tasks.size() + table_.sheet->cells.rows());
        state_.task_keys.reserve(state_.task_keys.size() + table_.sheet->cells.rows());
        const std::size_t before = result.tasks.size();
        for_each_row(table_, result.diagnostics, [&](std::size_t row) { read_row(row); });
        read_.rows_read = result.tasks.size() - before;
        say_dateless();
        read_.summary_rows = outline_rows_.count + heading_rows_.count + blank_weight_rows_.count;
        read_.undated_rows = undated_rows_.count;
        if (read_.rows_read > 0)
            say_weighting();
        say_skipped();
        if (!table_.has(Field::project_id))
            for (std::size_t i = before; i < result.tasks.size(); ++i)
                state_.tasks_of_table.emplace_back(i, &table_);
    }

private:
    const Sheet& sheet() const { return *table_.sheet; }
    std::string header(Field field) const { return table_.header_text(table_.column(field)); }
    std::string cell_of(Field field) const { return cell_address(table_.header_row, table_.column(field)); }

    void note(std::string cell, Message message, Diagnostic::Severity severity = Diagnostic::Severity::note) {
        state_.result.diagnostics.push_back({severity, sheet().name, std::move(cell), std::move(message)});
    }

    // Whether the sheet's task IDs are WBS numbers: then one that is not stands out.
    bool ids_are_wbs_numbers() const {
        if (!table_.has(Field::task_id))
            return false;
        const std::size_t column = table_.column(Field::task_id);
        std::size_t ids = 0;
        std::size_t wbs = 0;
        for (std::size_t row = table_.first_row(); row < table_.end_row && row < sheet().cells.rows(); ++row) {
            const CellValue cell = sheet().at(row, column);
            if (is_empty_cell(cell))
                continue;
            ++ids;
            if (const auto* number = std::get_if<double>(&cell))
                wbs += *number >= 0 ? 1 : 0;
            else if (const auto text = text_in(cell))
                wbs += is_wbs_like(*text) ? 1 : 0;
        }
        return wbs >= 2 && wbs >= 2 * (ids - wbs);  // at least two in three
    }

    void say_weighting() {
        switch (weighting_) {
        case Weighting::budget:
            break;
        case Weighting::effort:
            note(cell_of(Field::effort), {Msg::tasks_weighed_by_effort, {header(Field::effort)}});
            break;
        case Weighting::duration:
            note(cell_address(table_.header_row, 0), Msg::tasks_weighed_by_duration, Diagnostic::Severity::warning);
            break;
        }
        for (Field other : {Field::actual_cost, Field::actual_effort})
            if (other != actual_ && table_.has(other))
                note(cell_of(other), {Msg::actual_column_not_used, {header(other)}});
        switch (progress_) {
        case ProgressFrom::percent: break;
        case ProgressFrom::status:
            note(cell_of(Field::status), {Msg::progress_from_status, {header(Field::status)}});
            break;
        case ProgressFrom::actual_dates:
            note(cell_of(table_.has(Field::actual_finish) ? Field::actual_finish : Field::actual_start),
                 Msg::progress_from_actual_dates);
            break;
        case ProgressFrom::nothing:
            note(cell_address(table_.header_row, 0), Msg::no_progress_column, Diagnostic::Severity::warning);
            break;
        }
    }

    // Actual costs only count in the unit the tasks are weighed in.
    void choose_actual_column() {
        if (weighting_ != Weighting::duration)
            actual_ = weighting_ == Weighting::budget ? Field::actual_cost : Field::actual_effort;
    }

    // Tasks without a planned start or finish: an error on each row — or one
    // for the table when none of its tasks has one (the plan's date columns
    // are empty: every row saying so would bury the one thing to fix).
    void say_dateless() {
        if (dateless_rows_.empty())
            return;
        const Field field = table_.has(Field::planned_start) ? Field::planned_start : Field::planned_finish;
        const std::size_t column = table_.has(field) ? table_.column(field) : 0;
        std::string columns = table_.has(field) ? header(field) : std::string();
        for (Field other : {Field::planned_finish, Field::duration})
            if (other != field && table_.has(other))
                columns.append(columns.empty() ? "" : ", ").append(header(other));
        if (read_.rows_read == 0 && dateless_rows_.size() >= 2 && !columns.empty()) {
            note(cell_address(dateless_rows_.front(), column),
                 {Msg::tasks_all_dateless, {dateless_rows_.size(), columns}}, Diagnostic::Severity::error);
            read_.rows_skipped += dateless_rows_.size();
            return;
        }
        for (std::size_t row : dateless_rows_)
            state_.result.diagnostics.push_back({Diagnostic::Severity::error, sheet().name,
                                                 cell_address(row, column), Msg::task_needs_dates, true});
    }

    void say_skipped() {
        if (outline_rows_.count > 0)
            note(cell_address(outline_rows_.first_row, outline_.column),
                 {Msg::summary_rows_by_outline, {outline_rows_.count, Message{outline_term(outline_.source)}}});
        if (heading_rows_.count > 0)
            note(cell_address(heading_rows_.first_row, 0), {Msg::heading_rows_not_counted, {heading_rows_.count}});
        if (blank_weight_rows_.count > 0)
            note(cell_address(blank_weight_rows_.first_row, 0),
                 {weighting_ == Weighting::budget ? Msg::summary_rows_not_counted : Msg::summary_rows_without_effort,
                  {blank_weight_rows_.count}});
        if (undated_rows_.count > 0)
            note(cell_address(undated_rows_.first_row, table_.has(Field::planned_start)
                                                           ? table_.column(Field::planned_start)
                                                           : table_.column(Field::planned_finish)),
                 {Msg::undated_items_not_counted, {undated_rows_.count}});
        if (actual_rows_.count > 0)
            note(cell_address(actual_rows_.first_row, *pairs_), {Msg::actual_rows_not_read, {actual_rows_.count}});
        if (unweighted_rows_.count > 0)
            note(cell_address(unweighted_rows_.first_row,
                              table_.column(weighting_ == Weighting::budget ? Field::budget : Field::effort)),
                 {Msg::tasks_without_weight,
                  {unweighted_rows_.count, weighting_ == Weighting::budget ? Msg::term_budget : Msg::term_effort}});
        if (cancelled_rows_.count > 0)
            note(cell_address(cancelled_rows_.first_row, table_.column(Field::status)),
                 {Msg::cancelled_tasks_not_counted, {cancelled_rows_.count}});
    }


    // A row with a name and nothing to schedule: a phase or heading row. A
    // start alone, where the table gives others a finish or a duration, marks
    // a phase too (the phase rows of Microsoft's Gantt template).
    bool is_heading(RowReader& r) const {
        for (Field f : {Field::planned_finish, Field::budget, Field::effort, Field::duration, Field::percent_complete,
                        Field::actual_start, Field::actual_finish, Field::actual_cost, Field::actual_effort})
            if (table_.has(f) && !holds_nothing(r.cell(f)))
                return false;
        const bool spans = table_.has(Field::planned_finish) || table_.has(Field::duration);
        return !table_.has(Field::planned_start) || holds_nothing(r.cell(Field::planned_start)) || spans;
    }

    // A construction 工程表's row pairs: a 予定 (plan) row with the task's dates
    // and an 実施 / 実績 (actual) row under it, told apart by a column of those words.
    static std::optional<std::size_t> pair_column(const Table& table) {
        auto plan_word = [](const std::string& key) {
            return key == "予定" || key == "計画" || key == "plan" || key == "planned" || key == "予";
        };
        auto actual_word = [](const std::string& key) {
            return key == "実施" || key == "実績" || key == "actual" || key == "actuals" || key == "実";
        };
        const Sheet& sheet = *table.sheet;
        const auto& used = table.used_columns();
        const std::size_t last = used.empty() ? 0 : *std::max_element(used.begin(), used.end());
        for (std::size_t c = 0; c <= last; ++c) {
            if (std::find(used.begin(), used.end(), c) != used.end())
                continue;
            bool plan = false, actual = false, other = false;
            for (std::size_t row = table.first_row(); row < std::min(table.end_row, sheet.cells.rows()) && !other;
                 ++row) {
                const CellValue cell = sheet.at(row, c);
                if (is_empty_cell(cell))
                    continue;
                const auto text = text_in(cell);
                const std::string key = text ? normalize_label(*text) : std::string();
                plan = plan || plan_word(key);
                actual = actual || actual_word(key);
                other = !plan_word(key) && !actual_word(key);
            }
            if (plan && actual && !other)
                return c;
        }
        return std::nullopt;
    }

    void read_row(std::size_t row) {
        RowReader r(table_, row, state_.context);
        if (pairs_) {
            const auto text = text_in(sheet().at(row, *pairs_));
            const std::string key = text ? normalize_label(*text) : std::string();
            if (key == "実施" || key == "実績" || key == "actual" || key == "actuals" || key == "実") {
                actual_rows_.add(row);
                return;
            }
        }
        if (outline_.is_summary(row, table_.first_row())) {
            outline_rows_.add(row);
            return;
        }
        if (is_heading(r)) {
            // A name alone is a heading; with a status or an owner, an item not yet scheduled.
            const bool item = (table_.has(Field::status) && !holds_nothing(r.cell(Field::status))) ||
                              (table_.has(Field::owner) && !holds_nothing(r.cell(Field::owner)));
            (item ? undated_rows_ : heading_rows_).add(row);
            return;
        }
        Task task;
        task.project_id = r.key(Field::project_id);
        if (table_.has(Field::project_name))
            if (std::string name = r.text(Field::project_name); !name.empty())
                state_.project_names.try_emplace(task.project_id, std::move(name));
        task.id = r.key(Field::task_id);
        task.name = r.present(Field::task_name) ? r.text(Field::task_name) : r.level_name();
        task.owner = r.owners();
        state_.result.resources.has_task_owners = state_.result.resources.has_task_owners || table_.has(Field::owner);
        if (task.name.empty())
            task.name = r.level_name();
        task.source = {sheet().name, row};
        std::optional<double> weight;
        switch (weighting_) {
        case Weighting::budget: weight = r.number(Field::budget, Msg::term_budget, true); break;
        case Weighting::effort:
            weight = r.days(Field::effort, Msg::term_effort);
            if (weight && seconds_)
                weight = *weight / 3600;
            else if (weight && hours_ && text_in(r.cell(Field::effort)) && !number_in(r.cell(Field::effort)))
                weight = *weight * hours_per_working_day;  // "2 days" in an hours column
            break;
        case Weighting::duration: break;
        }
        const auto typed_percent = progress_ == ProgressFrom::percent
                                       ? r.number(Field::percent_complete, Msg::term_percent_complete, false)
                                       : std::nullopt;
        auto actual_cost = actual_ ? r.number(*actual_, Msg::term_actual_cost, true) : std::nullopt;
        if (actual_cost && actual_seconds_ && *actual_ == Field::actual_effort)
            actual_cost = *actual_cost / 3600;
        if (!r.ok())
            return;
        if (weighting_ != Weighting::duration && !weight && outline_.source != OutlineKind::none) {
            // The outline says what is a summary: a task without a weight of its own weighs nothing.
            weight = 0.0;
            unweighted_rows_.add(row);
        } else if (weighting_ != Weighting::duration && !weight) {
            // A summary or heading row (a parent in the WBS) carries no work of its own.
            if (typed_percent.value_or(0) == 0 && !actual_cost) {
                blank_weight_rows_.add(row);
                return;
            }
            r.fail(weighting_ == Weighting::budget ? Field::budget : Field::effort,
                   weighting_ == Weighting::budget ? Msg::budget_blank_with_progress : Msg::effort_blank_with_progress);
            return;
        }
        auto start = r.date(Field::planned_start, Msg::term_planned_start);
        auto finish = r.date(Field::planned_finish, Msg::term_planned_finish);
        task.baseline_finish = r.date(Field::baseline_finish, Msg::term_baseline_finish);
        task.forecast_finish = r.date(Field::forecast_finish, Msg::term_forecast_finish);
        const auto actual_start = r.date(Field::actual_start, Msg::term_actual_start);
        task.actual_finish = r.date(Field::actual_finish, Msg::term_actual_finish);
        const auto duration = table_.has(Field::duration) && (!start || !finish)
                                  ? r.days(Field::duration, Msg::term_duration)
                                  : std::nullopt;
        if (!r.ok())
            return;
        if (!start && !finish) {
            dateless_rows_.push_back(row);  // said by say_dateless(): row by row, or once for the table
            return;
        }
        // A start and a duration give the finish (and a finish and a duration the start).
        if (duration && *duration >= 1 && *duration < 100000) {
            const auto days = static_cast<std::int64_t>(std::ceil(*duration));
            if (start && !finish)
                finish = calendar_.nth_working_day(*start, days);
            else if (finish && !start)
                start = first_of_working_days(*finish, days);
        }
        if (weighting_ == Weighting::duration) {
            const Day first = start.value_or(*finish);
            const Day last = finish.value_or(*start);
            weight = last < first ? 0.0 : static_cast<double>(std::max<std::int64_t>(1, calendar_.working_days(first, last)));
        }
        const auto plan = make_task_plan(*weight, start.value_or(*finish), finish.value_or(*start));
        if (!plan) {
            r.fail(*weight < 0 ? (weighting_ == Weighting::budget ? Field::budget : Field::effort)
                               : Field::planned_finish,
                   plan.problem().message);
            return;
        }
        task.budget = plan->budget;
        task.start = plan->start;
        task.finish = plan->finish;
        const auto percent = progress(r, actual_start, task.actual_finish, typed_percent, row);
        if (!percent)
            return;
        const auto fraction = checked_percent_complete(*percent);
        if (!fraction) {
            r.fail(Field::percent_complete, fraction.problem().message);
            return;
        }
        task.percent_complete = *fraction;
        if (actual_cost && *actual_cost < 0) {
            r.fail(*actual_, Msg::actual_cost_negative);
            return;
        }
        task.actual_cost = actual_cost;
        if (table_.has(Field::milestone)) {
            const CellValue mark = r.cell(Field::milestone);
            if (std::holds_alternative<CellError>(mark))
                r.text(Field::milestone);  // says so; an error is no milestone mark
            task.milestone = is_milestone_mark(mark);
        }
        if (table_.has(Field::task_id)) {
            if (task.id.empty())
                state_.context.notes.add(Msg::task_without_id, sheet().name, table_.column(Field::task_id), row, {},
                                         Diagnostic::Severity::warning);
            else if (wbs_ids_ && !number_in(r.cell(Field::task_id)) && !is_wbs_like(task.id))
                r.warn(Field::task_id, {Msg::task_id_unusual, {task.id}});
        }
        read_schedule_columns(r, task);
        if (!r.ok())
            return;
        read_earning_columns(r, task);
        if (!r.ok())
            return;
        // Tables without a project column become projects of their own (one
        // per table): their IDs are told apart by the table, not the project.
        if (table_.has(Field::project_id))
            state_.key.assign(task.project_id);
        else
            state_.key.assign(sheet().name).append(1, '\x1e').append(std::to_string(table_.header_row));
        state_.key.append(1, '\x1f').append(task.id);
        if (!task.id.empty() && !state_.task_keys.insert(state_.key)) {
            r.fail(Field::task_id, {Msg::duplicate_task_id, {task.id}});
            return;
        }
        state_.result.tasks.push_back(std::move(task));
    }

    // The first of `days` working days ending on `finish`.
    std::optional<Day> first_of_working_days(Day finish, std::int64_t days) const {
        Day day = finish;
        std::int64_t counted = calendar_.is_working_day(day) ? 1 : 0;
        while (counted < days && day > first_plausible_day) {
            --day;
            counted += calendar_.is_working_day(day) ? 1 : 0;
        }
        return day;
    }

    // The task's progress as a fraction: typed, else from its status word or
    // actual dates by the 50/50 rule (half when started, all when finished).
    // nullopt when the row is not to be read (said).
    std::optional<double> progress(RowReader& r, const std::optional<Day>& actual_start,
                                   const std::optional<Day>& actual_finish, const std::optional<double>& typed,
                                   std::size_t row) {
        switch (progress_) {
        case ProgressFrom::percent: return typed.value_or(0) / scale_;
        case ProgressFrom::status: {
            const std::string status = r.key(Field::status);
            if (!r.ok())
                return std::nullopt;
            if (status.empty())
                return actual_finish ? 1.0 : actual_start ? 0.5 : 0.0;
            const auto word = status_word(status);
            if (!word) {
                r.warn(Field::status, {Msg::task_status_unknown, {excerpt(status)}});
                return actual_finish ? 1.0 : actual_start ? 0.5 : 0.0;
            }
            switch (*word) {
            case StatusWord::done: return 1.0;
            case StatusWord::cancelled: cancelled_rows_.add(row); return std::nullopt;
            case StatusWord::in_progress: return 0.5;
            case StatusWord::on_hold: return actual_start ? 0.5 : 0.0;
            case StatusWord::not_started: return actual_finish ? 1.0 : actual_start ? 0.5 : 0.0;
            }
            return 0.0;
        }
        case ProgressFrom::actual_dates: return actual_finish ? 1.0 : actual_start ? 0.5 : 0.0;
        case ProgressFrom::nothing: return 0.0;
        }
        return 0.0;
    }

    // The schedule network's columns of a task row. A bad estimate or an
    // unknown constraint is said and left out; the task's other figures stand.
    void read_schedule_columns(RowReader& r, Task& task) {
        ScheduleColumns& columns = state_.result.schedule_columns;
        columns.predecessors = columns.predecessors || table_.has(Field::predecessors);
        columns.three_point = columns.three_point || (table_.has(Field::optimistic_duration) &&
                                                      table_.has(Field::likely_duration) &&
                                                      table_.has(Field::pessimistic_duration));
        columns.constraint = columns.constraint || table_.has(Field::constraint_type);
        columns.baseline_finish = columns.baseline_finish || table_.has(Field::baseline_finish);
        columns.forecast_finish = columns.forecast_finish || table_.has(Field::forecast_finish);
        columns.actual_finish = columns.actual_finish || table_.has(Field::actual_finish);
        if (table_.has(Field::predecessors) && !holds_nothing(r.cell(Field::predecessors))) {
            // Read whole: a shortened list would name tasks that do not exist.
            task.predecessors = r.whole_text(Field::predecessors);
            task.predecessors_column = static_cast<std::uint32_t>(table_.column(Field::predecessors));
        } else if (table_.has(Field::predecessors)) {
            task.predecessors_column = static_cast<std::uint32_t>(table_.column(Field::predecessors));
        }
        const auto optimistic = r.number(Field::optimistic_duration, Msg::term_optimistic, true);
        const auto likely = r.number(Field::likely_duration, Msg::term_likely, true);
        const auto pessimistic = r.number(Field::pessimistic_duration, Msg::term_pessimistic, true);
        if (!r.ok())
            return;
        if (optimistic || likely || pessimistic) {
            const Field first = table_.has(Field::optimistic_duration) ? Field::optimistic_duration
                                : table_.has(Field::likely_duration)   ? Field::likely_duration
                                                                       : Field::pessimistic_duration;
            if (!optimistic || !likely || !pessimistic) {
                const Field missing = !optimistic ? Field::optimistic_duration
                                      : !likely   ? Field::likely_duration
                                                  : Field::pessimistic_duration;
                r.warn(table_.has(missing) ? missing : first, Msg::three_point_incomplete);
            } else if (!(*optimistic >= 0 && *optimistic <= *likely && *likely <= *pessimistic)) {
                r.warn(first, {Msg::three_point_invalid, {*optimistic, *likely, *pessimistic}});
            } else {
                task.optimistic = optimistic;
                task.likely = likely;
                task.pessimistic = pessimistic;
            }
        }
        if (table_.has(Field::constraint_type)) {
            const CellValue cell = r.cell(Field::constraint_type);
            if (std::holds_alternative<CellError>(cell)) {
                r.text(Field::constraint_type);  // says so; an error is no constraint
            } else if (const auto text = text_in(cell)) {
                const auto kind = constraint_kind(*text);
                if (!kind)
                    r.warn(Field::constraint_type, {Msg::constraint_unknown, {excerpt(trimmed(*text))}});
                task.hard_constraint = kind == ConstraintKind::hard;
            }
        }
    }

    // How the task earns its value and its estimate to complete. An EV method
    // that cannot be read is said, and the task earns by percent complete; a
    // bad ETC is an error of the row, as in any number column.
    void read_earning_columns(RowReader& r, Task& task) {
        if (table_.has(Field::estimate_to_complete)) {
            state_.result.has_etc_column = true;
            task.etc_column = static_cast<std::uint32_t>(table_.column(Field::estimate_to_complete));
            task.etc = r.number(Field::estimate_to_complete, Msg::term_estimate_to_complete, true);
            if (task.etc && etc_seconds_)
                task.etc = *task.etc / 3600;
            if (!r.ok())
                return;
            if (task.etc && *task.etc < 0) {
                r.fail(Field::estimate_to_complete, Msg::etc_negative);
                return;
            }
        }
        if (!table_.has(Field::earning_rule))
            return;
        const std::size_t column = table_.column(Field::earning_rule);
        task.earning_column = static_cast<std::uint32_t>(column);
        const CellValue cell = r.cell(Field::earning_rule);
        if (const auto error = error_in(cell)) {
            r.warn(column, {Msg::earning_rule_cell_error, {table_.header_text(column), error_name(*error)}});
            task.earning_fallback = true;
            return;
        }
        std::string typed;
        if (const auto* number = std::get_if<double>(&cell))
            typed = number_as_text(*number);
        else if (const auto text = text_in(cell))
            typed = trimmed(*text);
        const auto method = parse_earning_method(typed);
        if (!method) {
            r.warn(column, {Msg::earning_rule_fallback, {method.problem().message}});
            task.earning_fallback = true;
            return;
        }
        if (method->rule == EarningRule::apportioned && method->base_task.empty()) {
            r.warn(column, {Msg::apportioned_needs_base, {excerpt(typed)}});
            task.earning_fallback = true;
            return;
        }
        task.earning_rule = method->rule;
        task.apportioned_to = method->base_task;
    }

    ReaderState& state_;
    const Table& table_;
    TableRead& read_;
    Outline outline_;
    Weighting weighting_;
    ProgressFrom progress_;
    WorkCalendar calendar_;
    std::optional<Field> actual_;
    double scale_ = 1;
    bool wbs_ids_ = false;
    bool hours_ = false;
    bool seconds_ = false;         // Jira's estimates, in seconds: read in hours
    bool actual_seconds_ = false;
    bool etc_seconds_ = false;
    std::optional<std::size_t> pairs_;
    Skipped outline_rows_, heading_rows_, blank_weight_rows_, cancelled_rows_, unweighted_rows_, actual_rows_,
        undated_rows_;
    std::vector<std::size_t> dateless_rows_;  // tasks with neither a planned start nor finish
};

}  // namespace

void read_tasks(ReaderState& state, const Table& table) { TaskTableReader(state, table).read(); }

}  // namespace pmocalc
