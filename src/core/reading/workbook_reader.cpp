#include "workbook_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "../report_fingerprint.hpp"
#include "../text.hpp"
#include "column_map.hpp"
#include "header_glossary.hpp"
#include "reader_state.hpp"
#include "table_finder.hpp"
#include "title_block.hpp"
#include "value_words.hpp"

namespace pmocalc {

TableRead& ReaderState::read_of(const Table& table) {
    for (const auto& [t, index] : reads)
        if (t == &table)
            return result.tables_read[index];
    return result.tables_read.front();  // every table read has its record (WorkbookReader::find)
}

namespace {

// Holidays first (a task weighed by its working days needs them), then the
// projects (the records' projects), then the rest in sheet order.
int read_order(TableKind kind) {
    switch (kind) {
    case TableKind::holidays: return 0;
    case TableKind::projects: return 1;
    case TableKind::criteria: return 2;
    default: return 3;
    }
}

class WorkbookReader {
public:
    WorkbookReader(const Workbook& workbook, const ReadOptions& options) : state_(workbook, options) {}

    Portfolio read() {
        Portfolio& result = state_.result;
        map_ = parse_column_map(state_.options.column_map, result.diagnostics);
        check_map_sheets();
        find();
        const std::set<const Table*> copies = earlier_copies();
        std::vector<const Table*> order;
        for (const Table& table : state_.tables)
            if (!copies.count(&table))
                order.push_back(&table);
        std::stable_sort(order.begin(), order.end(),
                         [](const Table* a, const Table* b) { return read_order(a->kind) < read_order(b->kind); });
        for (const Table* table : order)
            read(*table);
        read_score_columns(state_);
        state_.notes.report(result.diagnostics);
        name_table_projects();
        link_projects();
        resolve_assignments(state_);
        check_scores(state_);
        find_status_date();
        find_unit();
        check_calendar();
        check_impacts();
        check_something_read();
        count_skipped_rows();
        result.weighting = weighting();
        sort_in_reading_order();
        return std::move(result);
    }

private:
    bool skipped(const Sheet& sheet) const {
        const auto& skip = state_.options.skip_sheets;
        return std::find(skip.begin(), skip.end(), sheet.name) != skip.end();
    }

    // Every sheet the column map names is in the workbook (each named once).
    void check_map_sheets() {
        std::set<std::string> said;
        for (const ColumnMapEntry& entry : map_.entries) {
            const bool found = std::any_of(state_.workbook.sheets.begin(), state_.workbook.sheets.end(),
                                           [&](const Sheet& sheet) { return trimmed(sheet.name) == entry.sheet; });
            if (!found && said.insert(entry.sheet).second)
                state_.result.diagnostics.push_back(
                    {Diagnostic::Severity::warning, "", "", {Msg::column_map_no_sheet, {entry.sheet}}});
        }
    }

    // A sheet the column map leaves out ("Sheet = -").
    bool map_skips(const Sheet& sheet) const {
        return std::any_of(map_.entries.begin(), map_.entries.end(), [&](const ColumnMapEntry& e) {
            return e.what == ColumnMapEntry::What::skip_sheet && e.sheet == trimmed(sheet.name);
        });
    }

    void ignore(const Sheet& sheet, TableRead::Ignored why) {
        TableRead read;
        read.sheet = sheet.name;
        read.ignored = why;
        read.last_row = sheet.cells.rows() == 0 ? 0 : sheet.cells.rows() - 1;
        read.last_column = sheet.cells.columns() == 0 ? 0 : sheet.cells.columns() - 1;
        state_.result.tables_read.push_back(std::move(read));
    }

    // Every sheet's tables, and a record of what is read of each sheet.
    void find() {
        Portfolio& result = state_.result;
        std::vector<std::vector<Table>> per_sheet;
        for (const Sheet& sheet : state_.workbook.sheets) {
            per_sheet.emplace_back();
            if (sheet.name == state_.options.history_sheet && !sheet.name.empty()) {
                ignore(sheet, TableRead::Ignored::history_sheet);
                continue;
            }
            if (skipped(sheet) || looks_like_report(sheet.cells)) {
                if (looks_like_report(sheet.cells))
                    result.diagnostics.push_back(
                        {Diagnostic::Severity::note, sheet.name, "A1", {Msg::report_sheet_not_read, {sheet.name}}});
                ignore(sheet, TableRead::Ignored::report_sheet);
                continue;
            }
            if (map_skips(sheet)) {
                ignore(sheet, TableRead::Ignored::map_skipped);
                continue;
            }
            std::vector<UnknownTable> unknown;
            per_sheet.back() = find_tables(sheet, map_, result.diagnostics, &unknown);
            if (per_sheet.back().empty())
                ignore(sheet, sheet.cells.size() == 0 ? TableRead::Ignored::empty : TableRead::Ignored::unknown_table);
            for (const UnknownTable& table : unknown) {
                ignore(sheet, TableRead::Ignored::unknown_table);
                result.tables_read.back().first_row = table.header_row;
                result.tables_read.back().last_row = table.end_row == 0 ? 0 : table.end_row - 1;
            }
        }
        for (auto& tables : per_sheet)
            for (Table& table : tables)
                state_.tables.push_back(std::move(table));
        // Records in sheet order: each sheet's ignored record stays where it was put.
        std::vector<TableRead> ignored = std::move(result.tables_read);
        result.tables_read.clear();
        int japanese = 0;
        int english = 0;
        std::size_t next_table = 0;
        for (const Sheet& sheet : state_.workbook.sheets) {
            for (; next_table < state_.tables.size() && state_.tables[next_table].sheet == &sheet; ++next_table) {
                const Table& table = state_.tables[next_table];
                japanese += table.japanese_headers;
                english += table.english_headers;
                report_header_problems(table);
                state_.reads.emplace_back(&table, result.tables_read.size());
                result.tables_read.push_back(record_of(table));
            }
            for (TableRead& read : ignored)
                if (read.sheet == sheet.name && !read.sheet.empty()) {
                    result.tables_read.push_back(std::move(read));
                    read.sheet.clear();
                }
        }
        result.language = japanese > english ? Language::ja : Language::en;
    }

    TableRead record_of(const Table& table) const {
        TableRead read;
        read.sheet = table.sheet->name;
        read.kind = table.kind;
        read.kind_mapped = table.kind_mapped;
        read.first_row = table.header_row;
        read.header_rows = table.header_rows;
        const auto& columns = table.used_columns();
        read.first_column = table.first_column();
        read.last_column = columns.empty() ? 0 : *std::max_element(columns.begin(), columns.end());
        // The last row that holds something in the table's columns.
        read.last_row = table.first_row() - 1;
        for (std::size_t row = std::min(table.end_row, table.sheet->cells.rows()); row-- > table.first_row();)
            if (std::any_of(columns.begin(), columns.end(),
                            [&](std::size_t c) { return !is_empty_cell(table.sheet->at(row, c)); })) {
                read.last_row = row;
                break;
            }
        auto add = [&](std::size_t column, Field field) {
            const bool mapped = std::find(table.mapped.begin(), table.mapped.end(), column) != table.mapped.end();
            read.columns.push_back({column, table.header_text(column), field, mapped});
        };
        for (const auto& [field, column] : table.columns)
            add(column, field);
        for (std::size_t column : table.level_columns)
            add(column, Field::level_name);
        for (std::size_t column : table.owner_columns)
            add(column, Field::owner);
        std::sort(read.columns.begin(), read.columns.end(),
                  [](const ColumnRead& a, const ColumnRead& b) { return a.column < b.column; });
        return read;
    }

    // A column name given twice (only the first is read), a generic column
    // left for a more specific one, and header cells that hold an error value.
    void report_header_problems(const Table& table) {
        auto& out = state_.result.diagnostics;
        const Sheet& sheet = *table.sheet;
        const std::size_t row = table.header_row + table.header_rows - 1;
        for (const auto& [column, used] : table.unused)
            out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(row, column),
                           {Msg::column_not_read, {table.header_text(column), table.header_text(used),
                                                   column_letters(used)}}});
        for (const auto& [column, used] : table.repeats)
            out.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(row, column),
                           {Msg::duplicate_column,
                            {table.header_text(column), column_letters(column), column_letters(used)}}});
        for (std::size_t column : table.error_headers)
            out.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(row, column),
                           {Msg::cell_error_shown,
                            {column_letters(column), error_name(*error_in(sheet.at(row, column)))}}});
    }

    void read(const Table& table) {
        switch (table.kind) {
        case TableKind::projects: read_projects(state_, table); break;
        case TableKind::tasks: read_tasks(state_, table); break;
        case TableKind::risks: read_risks(state_, table); break;
        case TableKind::issues: read_issues(state_, table); break;
        case TableKind::changes: read_changes(state_, table); break;
        case TableKind::lessons: read_lessons(state_, table); break;
        case TableKind::holidays: read_holidays(state_, table); break;
        case TableKind::tests: read_tests(state_, table); break;
        case TableKind::defects: read_defects(state_, table); break;
        case TableKind::milestones: read_milestones(state_, table); break;
        case TableKind::assignments: read_assignments(state_, table); break;
        case TableKind::people: read_people(state_, table); break;
        case TableKind::criteria: read_criteria(state_, table); break;
        case TableKind::scores: read_scores(state_, table); break;
        case TableKind::evm_series: read_evm_series(state_, table); break;
        }
    }

    // ---- projects -----------------------------------------------------------------

    // A plan copied sheet by sheet at each status date: task tables without a
    // project column whose task names are mostly a later one's (four in five
    // of either). A register kept twice, the later one refined (a risk log
    // below its first draft): four in five of the earlier one's names are in
    // the later one. Only the last copy is read; the earlier ones are said and listed.
    std::set<const Table*> earlier_copies() {
        Portfolio& result = state_.result;
        struct Names {
            const Table* table;
            std::set<std::string> names;
        };
        std::vector<Names> names;
        for (const Table& table : state_.tables) {
            const Field name = table.kind == TableKind::tasks    ? Field::task_name
                               : table.kind == TableKind::risks  ? Field::risk_title
                               : table.kind == TableKind::issues ? Field::issue_title
                                                                 : Field::field_count;
            if (name == Field::field_count || table.has(Field::project_id) || !table.has(name))
                continue;
            std::set<std::string> own;
            const std::size_t column = table.column(name);
            for (std::size_t row = table.first_row(); row < std::min(table.end_row, table.sheet->cells.rows()); ++row)
                if (const auto text = text_in(table.sheet->at(row, column)); text && !is_blank(*text))
                    own.insert(normalize_label(*text));
            names.push_back({&table, std::move(own)});
        }
        std::set<const Table*> earlier;
        for (std::size_t i = 0; i < names.size(); ++i)
            for (std::size_t j = i + 1; j < names.size(); ++j) {
                const auto& [copy, copy_names] = names[i];
                const auto& [later, later_names] = names[j];
                if (copy->kind != later->kind || copy_names.size() < 3)
                    continue;
                std::size_t shared = 0;
                for (const std::string& name : copy_names)
                    shared += later_names.count(name);
                const std::size_t of = copy->kind == TableKind::tasks
                                           ? std::max(copy_names.size(), later_names.size())
                                           : copy_names.size();
                if (shared * 5 < 4 * of || !earlier.insert(copy).second)
                    continue;
                const std::string at = cell_address(copy->header_row, copy->first_column());
                if (copy->kind == TableKind::tasks && copy->sheet != later->sheet)
                    result.diagnostics.push_back({Diagnostic::Severity::note, copy->sheet->name, at,
                                                  {Msg::earlier_copies_not_read, {copy->sheet->name, later->sheet->name}}});
                else
                    result.diagnostics.push_back(
                        {Diagnostic::Severity::note, copy->sheet->name, at,
                         {Msg::earlier_table_not_read,
                          {at, later->sheet->name + "!" + cell_address(later->header_row, later->first_column()),
                           table_kind_label(copy->kind)}}});
            }
        for (const Table* copy : earlier) {
            TableRead& read = state_.read_of(*copy);
            read.ignored = TableRead::Ignored::earlier_copy;
        }
        return earlier;
    }

    // Several task tables without a project column: each is a project of its own,
    // named after its title or its sheet.
    void name_table_projects() {
        Portfolio& result = state_.result;
        if (state_.has_project_sheet)
            return;
        std::vector<const Table*> tables;
        for (const auto& [task, table] : state_.tasks_of_table)
            if (std::find(tables.begin(), tables.end(), table) == tables.end())
                tables.push_back(table);
        if (tables.size() < 2)
            return;
        std::map<const Table*, std::string> ids;
        std::set<std::string> taken;
        for (const Table* table : tables) {
            std::string id = table->sheet->name;
            for (int n = 2; !taken.insert(id).second; ++n)
                id = table->sheet->name + " (" + std::to_string(n) + ")";
            ids[table] = id;
            state_.read_of(*table).project = id;
            result.diagnostics.push_back({Diagnostic::Severity::note, table->sheet->name,
                                          cell_address(table->header_row, 0), {Msg::table_is_a_project, {id}}});
        }
        for (const auto& [task, table] : state_.tasks_of_table)
            result.tasks[task].project_id = ids[table];
    }

    // The projects: the Projects sheet's; else the IDs the tasks use; else (a
    // register, a table of earned value by period) the IDs the records use.
    // Without any project column the workbook is one project, named after its
    // title or the document. Every record must belong to a known project.
    void link_projects() {
        Portfolio& result = state_.result;
        auto add = [&](const std::string& id) {
            if (!state_.project_ids.insert(id).second)
                return;
            const auto named = state_.project_names.find(id);
            result.projects.push_back({id, named == state_.project_names.end() ? id : named->second, "", "", ""});
        };
        if (!state_.has_project_sheet) {
            // Tasks come project by project: a run of one ID is looked up once.
            const std::string* previous = nullptr;
            for (const Task& task : result.tasks)
                if (!previous || *previous != task.project_id) {
                    add(task.project_id);
                    previous = &task.project_id;
                }
            if (result.tasks.empty()) {
                for (const RiskEntry& r : result.risks)
                    add(r.project_id);
                for (const IssueEntry& i : result.issues)
                    add(i.project_id);
                for (const ChangeRequest& c : result.changes)
                    add(c.project_id);
                for (const PeriodFigures& p : result.periods)
                    add(p.project_id);
                for (const DefectEntry& d : result.quality.defects)
                    add(d.project_id);
                for (const TestCount& t : result.quality.test_counts)
                    add(t.project_id);
                for (const TestCase& t : result.quality.test_cases)
                    add(t.project_id);
            }
            for (Project& project : result.projects)
                if (project.id.empty() && !state_.project_names.count(project.id))
                    name_the_project(project);
        }
        const bool single = result.projects.size() == 1;
        const std::string only_id = single ? result.projects.front().id : std::string();
        std::string known;  // the last ID found known: records come project by project
        auto belongs = [&](auto& record, Msg what) {
            if (record.project_id.empty() && single) {
                record.project_id = only_id;
                return true;
            }
            if (record.project_id == known && !known.empty())
                return true;
            if (state_.project_ids.count(record.project_id)) {
                known = record.project_id;
                return true;
            }
            std::size_t column = 0;
            for (const Table& table : state_.tables)
                if (table.sheet->name == record.source.sheet && record.source.row >= table.first_row() &&
                    record.source.row < table.end_row && table.has(Field::project_id))
                    column = table.column(Field::project_id);
            result.diagnostics.push_back(
                {Diagnostic::Severity::error, record.source.sheet, cell_address(record.source.row, column),
                 record.project_id.empty() ? Message{Msg::no_project_id_several_projects, {what}}
                                           : Message{Msg::unknown_project, {what, record.project_id}},
                 true});
            return false;
        };
        std::erase_if(result.tasks, [&](Task& t) { return !belongs(t, Msg::term_the_task); });
        std::erase_if(result.risks, [&](RiskEntry& r) { return !belongs(r, Msg::term_the_risk); });
        std::erase_if(result.issues, [&](IssueEntry& i) { return !belongs(i, Msg::term_the_issue); });
        std::erase_if(result.changes, [&](ChangeRequest& c) { return !belongs(c, Msg::term_the_change); });
        std::erase_if(result.quality.test_counts, [&](TestCount& t) { return !belongs(t, Msg::term_the_test); });
        std::erase_if(result.quality.test_cases, [&](TestCase& t) { return !belongs(t, Msg::term_the_test); });
        std::erase_if(result.quality.defects, [&](DefectEntry& d) { return !belongs(d, Msg::term_the_defect); });
        std::erase_if(result.milestones, [&](MilestoneEntry& m) { return !belongs(m, Msg::term_the_milestone); });
        std::erase_if(result.selection.scores, [&](CriterionScore& c) { return !belongs(c, Msg::term_the_score); });
        std::erase_if(result.periods, [&](PeriodFigures& p) { return !belongs(p, Msg::term_the_period); });
    }

    // The one project of a workbook without a project column: named as a
    // title block says (PROJECT TITLE / プロジェクト名 and its value), else by a
    // title above the first table, else after the document; its manager when
    // the title block names one.
    void name_the_project(Project& project) {
        Portfolio& result = state_.result;
        project.name = state_.options.document_name;
        for (const Sheet& sheet : state_.workbook.sheets) {
            if (skipped(sheet))
                continue;
            for (const auto& [label, value, cell] : labelled_values(sheet, state_.tables)) {
                const auto which = title_label(label);
                if (!which)
                    continue;
                if (*which == TitleLabel::manager && project.manager.empty()) {
                    project.manager = excerpt(value);
                } else if (*which == TitleLabel::project_name && !named_) {
                    named_ = true;
                    project.name = excerpt(value);
                    result.diagnostics.push_back({Diagnostic::Severity::note, sheet.name, cell,
                                                  {Msg::project_named_from_title, {project.name}}});
                }
            }
        }
        if (named_ || state_.tables.empty())
            return;
        // The one summary over all tasks (the project's own row of an export).
        for (const TableRead& read : result.tables_read)
            if (read.ignored == TableRead::Ignored::no && read.kind == TableKind::tasks && !read.root_name.empty()) {
                named_ = true;
                project.name = read.root_name;
                result.diagnostics.push_back({Diagnostic::Severity::note, read.sheet, read.root_cell,
                                              {Msg::project_named_from_root, {project.name}}});
                return;
            }
        // The title: the first text above the first table, near its top.
        if (const auto title = title_above(state_.tables.front())) {
            named_ = true;
            project.name = excerpt(title->text);
            result.diagnostics.push_back({Diagnostic::Severity::note, state_.tables.front().sheet->name,
                                          cell_address(title->row, title->column),
                                          {Msg::project_named_from_title, {project.name}}});
        }
    }

    // ---- the status date ------------------------------------------------------------

    // The status date: a labelled cell anywhere near the top of a sheet; else
    // one labelled as the day of the last update; else the one date above a
    // task table (the evmtools layout); else the last period of a table of
    // earned value by period; else a _YYYYMMDD ending of the file name. Where
    // it came from is kept, and said.
    void find_status_date() {
        Portfolio& result = state_.result;
        auto read = [this](const Sheet& sheet) { return !skipped(sheet) && sheet.name != state_.options.history_sheet; };
        if (const auto found = labelled_date(state_.workbook, state_.tables, DateLabel::status, read, result.diagnostics)) {
            result.status_date = found->day;
            result.status_date_source = StatusDateSource::label;
            return;
        }
        if (const auto found = labelled_date(state_.workbook, state_.tables, DateLabel::update, read, result.diagnostics)) {
            result.status_date = found->day;
            result.status_date_source = StatusDateSource::update;
            result.diagnostics.push_back({Diagnostic::Severity::note, found->sheet, found->cell,
                                          {Msg::status_date_from_update, {MessageArg::date(*result.status_date)}}});
            return;
        }
        for (const Table& table : state_.tables) {
            if (table.kind != TableKind::tasks || table.header_row == 0 ||
                state_.read_of(table).ignored != TableRead::Ignored::no)
                continue;
            const Sheet& sheet = *table.sheet;
            std::optional<std::pair<std::size_t, std::size_t>> found;
            bool several = false;
            for (std::size_t row = 0; row < table.header_row; ++row)
                for (std::size_t column = 0; column < sheet.cells.columns(); ++column) {
                    const CellValue cell = sheet.at(row, column);
                    if (!std::holds_alternative<double>(cell) || in_table(state_.tables, sheet, row, column))
                        continue;  // a date of another table above (an issue's raised date) is none
                    several = several || found.has_value() || !date_in_cell(cell, state_.workbook.null_date_offset);
                    found = std::pair{row, column};
                }
            if (!found || several)
                continue;
            result.status_date = date_in_cell(sheet.at(found->first, found->second), state_.workbook.null_date_offset);
            result.status_date_source = StatusDateSource::gantt;
            result.diagnostics.push_back({Diagnostic::Severity::note, sheet.name,
                                          cell_address(found->first, found->second),
                                          {Msg::status_date_from_gantt, {MessageArg::date(*result.status_date)}}});
            return;
        }
        const PeriodFigures* last = nullptr;
        for (const PeriodFigures& p : result.periods)
            if (p.ev && (!last || p.date > last->date))
                last = &p;
        if (last) {
            result.status_date = last->date;
            result.status_date_source = StatusDateSource::periods;
            result.diagnostics.push_back({Diagnostic::Severity::note, last->source.sheet, cell_address(last->source.row, 0),
                                          {Msg::status_date_from_periods, {MessageArg::date(last->date)}}});
            return;
        }
        if (const auto day = date_in_name(state_.options.document_name)) {
            result.status_date = day;
            result.status_date_source = StatusDateSource::file_name;
            result.diagnostics.push_back(
                {Diagnostic::Severity::note, "", "", {Msg::status_date_from_file_name, {MessageArg::date(*day)}}});
        }
    }

    // ---- the unit, the calendar, the impacts ------------------------------------------

    // The unit of budgets and costs: from the budget's (else the effort's)
    // header qualifier, else a title above a table.
    void find_unit() {
        Portfolio& result = state_.result;
        for (Field field : {Field::budget, Field::effort})
            for (const Table& table : state_.tables)
                if (table.kind == TableKind::tasks && table.has(field) &&
                    state_.read_of(table).weighting == (field == Field::budget ? Weighting::budget : Weighting::effort))
                    if (const auto header = text_in(table.sheet->at(table.header_row + table.header_rows - 1,
                                                                    table.column(field))))
                        if (std::string unit = unit_in_header(*header); !unit.empty()) {
                            result.unit = unit;
                            return;
                        }
        for (const Table& table : state_.tables) {
            if (table.kind != TableKind::tasks && table.kind != TableKind::projects)
                continue;
            const Sheet& sheet = *table.sheet;
            for (std::size_t row = 0; row < table.header_row; ++row)
                for (std::size_t column = 0; column < sheet.cells.columns(); ++column)
                    if (const auto title = text_in(sheet.at(row, column)))
                        if (std::string unit = unit_in_title(*title); !unit.empty()) {
                            result.unit = unit;
                            return;
                        }
        }
    }

    // Without holidays only weekends are non-working: say so, since slip and PV count working days.
    void check_calendar() {
        Portfolio& result = state_.result;
        if (result.tasks.empty() || !result.holidays.empty())
            return;
        if (state_.holiday_sheets.empty())
            result.diagnostics.push_back({Diagnostic::Severity::warning, "", "", Msg::no_holiday_sheet});
        else
            result.diagnostics.push_back(
                {Diagnostic::Severity::warning, state_.holiday_sheets.front()->name, "A1", Msg::holiday_sheet_empty});
    }

    // Impacts that are all whole numbers 1–5 are a rating scale, not amounts.
    void check_impacts() {
        Portfolio& result = state_.result;
        const auto& risks = result.risks;
        result.impacts_are_ratings = !risks.empty() && std::all_of(risks.begin(), risks.end(), [](const RiskEntry& r) {
            return r.impact >= 1 && r.impact <= 5 && r.impact == std::floor(r.impact);
        });
        if (!result.impacts_are_ratings)
            return;
        for (const Table& table : state_.tables)
            if (table.kind == TableKind::risks && table.has(Field::impact) &&
                state_.read_of(table).ignored == TableRead::Ignored::no) {
                result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                              cell_address(table.header_row, table.column(Field::impact)),
                                              Msg::impacts_as_ratings});
                return;
            }
    }

    // Nothing a report could be made of: one error saying what is missing —
    // where a table of tasks nearly was, what it lacks.
    void check_something_read() {
        Portfolio& result = state_.result;
        if (!result.tasks.empty() || !result.risks.empty() || !result.issues.empty() || !result.changes.empty() ||
            !result.periods.empty() || !result.quality.defects.empty() || !result.quality.test_counts.empty() ||
            !result.quality.test_cases.empty())
            return;
        const bool task_table = std::any_of(state_.tables.begin(), state_.tables.end(),
                                            [](const Table& t) { return t.kind == TableKind::tasks; });
        if (task_table)
            return;  // its rows' problems say why no task was read
        for (const Sheet& sheet : state_.workbook.sheets) {
            if (skipped(sheet) || map_skips(sheet) || sheet.name == state_.options.history_sheet)
                continue;
            if (const auto near = nearest_task_table(sheet)) {
                result.diagnostics.push_back({Diagnostic::Severity::error, sheet.name,
                                              cell_address(near->header_row + near->header_rows - 1, 0),
                                              {near->has(Field::task_name) || !near->level_columns.empty()
                                                   ? Msg::tasks_without_dates
                                                   : Msg::tasks_without_names,
                                               {sheet.name}}});
                return;
            }
        }
        result.diagnostics.push_back({Diagnostic::Severity::error, "", "", Msg::no_task_sheet});
    }

    // The best header of a sheet for a task table, usable or not, with at least two columns known.
    static std::optional<Table> nearest_task_table(const Sheet& sheet) {
        ColumnMap map;
        map.entries.push_back({ColumnMapEntry::What::kind, trimmed(sheet.name), 0, 0, {}, TableKind::tasks, 0});
        std::vector<Diagnostic> ignored;
        auto tables = find_tables(sheet, map, ignored);
        if (tables.empty() || tables.front().columns.size() + tables.front().level_columns.size() < 2)
            return std::nullopt;
        return std::move(tables.front());
    }

    // How the portfolio's tasks are weighed: the way most of them are.
    Weighting weighting() const {
        std::map<Weighting, std::size_t> tasks;
        for (const TableRead& read : state_.result.tables_read)
            if (read.weighting)
                tasks[*read.weighting] += read.rows_read;
        Weighting most = Weighting::budget;
        std::size_t count = 0;
        for (const auto& [weighting, n] : tasks)
            if (n > count) {
                most = weighting;
                count = n;
            }
        return most;
    }

    // Each table's rows left out for a problem.
    void count_skipped_rows() {
        Portfolio& result = state_.result;
        std::set<std::pair<std::string, std::size_t>> rows;
        for (const Diagnostic& d : result.diagnostics) {
            if (!d.row_skipped || d.cell.empty())
                continue;
            std::size_t at = 0;
            while (at < d.cell.size() && d.cell[at] >= 'A' && d.cell[at] <= 'Z')
                ++at;
            std::size_t row = 0;
            std::from_chars(d.cell.data() + at, d.cell.data() + d.cell.size(), row);
            if (row > 0)
                rows.emplace(d.sheet, row - 1);
        }
        for (const auto& [sheet, row] : rows)
            for (const auto& [table, index] : state_.reads)
                if (table->sheet->name == sheet && row >= table->first_row() && row < table->end_row)
                    ++result.tables_read[index].rows_skipped;
    }

    // Workbook-wide problems first, then sheet by sheet, row by row, left to right.
    void sort_in_reading_order() {
        Portfolio& result = state_.result;
        std::map<std::string, std::size_t> sheet_order;
        for (std::size_t i = 0; i < state_.workbook.sheets.size(); ++i)
            sheet_order.emplace(state_.workbook.sheets[i].name, i + 1);
        auto key = [&](const Diagnostic& d) {
            const auto found = sheet_order.find(d.sheet);
            const std::size_t sheet = found == sheet_order.end() ? 0 : found->second;
            std::size_t column = 0;
            std::size_t at = 0;
            for (; at < d.cell.size() && d.cell[at] >= 'A' && d.cell[at] <= 'Z'; ++at)
                column = column * 26 + static_cast<std::size_t>(d.cell[at] - 'A' + 1);
            std::size_t row = 0;
            std::from_chars(d.cell.data() + at, d.cell.data() + d.cell.size(), row);
            return std::tuple{sheet, row, column};
        };
        std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                         [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    }

    ReaderState state_;
    ColumnMap map_;
    bool named_ = false;
};

}  // namespace

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options) {
    return WorkbookReader(workbook, options).read();
}

void check_dates_against(Portfolio& portfolio, Day status_date, bool status_date_is_today) {
    // More than two years past a plan that is not finished, or before it
    // starts; past it by more than a quarter when the date is only today.
    constexpr Day late = 730;
    constexpr Day late_for_today = 91;
    constexpr Day early = 730;
    std::map<std::string, std::tuple<Day, Day, bool, const Task*>> plans;  // first, last, unfinished, a task
    for (const Task& task : portfolio.tasks) {
        auto [it, inserted] = plans.try_emplace(task.project_id, task.start, task.finish, false, &task);
        auto& [first, last, unfinished, where] = it->second;
        first = std::min(first, task.start);
        last = std::max(last, task.finish);
        unfinished = unfinished || task.percent_complete < 1;
    }
    for (const Project& project : portfolio.projects) {
        const auto found = plans.find(project.id);
        if (found == plans.end())
            continue;
        const auto& [first, last, unfinished, task] = found->second;
        const bool implausible = (unfinished && status_date - last > late) || first - status_date > early;
        const bool stale = status_date_is_today && unfinished && status_date - last > late_for_today;
        if (!implausible && !stale)
            continue;
        portfolio.diagnostics.push_back({Diagnostic::Severity::warning, task->source.sheet,
                                         cell_address(task->source.row, 0),
                                         {implausible ? Msg::dates_implausible : Msg::plan_ended_long_before_today,
                                          {project.name.empty() ? project.id : project.name, MessageArg::date(first),
                                           MessageArg::date(last), MessageArg::date(status_date)}}});
    }
}

}  // namespace pmocalc
