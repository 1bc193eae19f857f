// What the readers of one workbook share while they read it: the portfolio
// being filled, what is learnt per column, the keys seen, and records that
// wait for others (an Assignments row for its task's dates). One reader per
// kind of table (tasks, registers, quality, people, choosing projects, earned
// value by period) fills it; workbook_reader.cpp runs them and finishes up.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "../key_set.hpp"
#include "../portfolio.hpp"
#include "../workbook.hpp"
#include "cell_reader.hpp"
#include "table_finder.hpp"
#include "workbook_reader.hpp"

namespace pmocalc {

struct ReaderState {
    ReaderState(const Workbook& book, const ReadOptions& read_options)
        : workbook(book), options(read_options),
          context{result.diagnostics, notes, marks, orders, book.null_date_offset} {}

    const Workbook& workbook;
    const ReadOptions& options;
    Portfolio result;
    ColumnNotes notes;
    DecimalMarks marks;
    DateOrders orders;
    ReadContext context;

    // Every table found, and the record in result.tables_read of each.
    std::vector<Table> tables;
    std::vector<std::pair<const Table*, std::size_t>> reads;
    TableRead& read_of(const Table& table);

    // Projects: the Projects sheets' rows, the IDs known.
    bool has_project_sheet = false;
    struct ProjectSheet {
        const Table* table;
        std::vector<std::pair<std::size_t, std::string>> rows;  // (row, project ID)
    };
    std::vector<ProjectSheet> project_sheets;
    std::unordered_set<std::string> project_ids;
    std::size_t sized_without_unit = 0;
    // A project's name as a task table's project name column gives it (a
    // tool's export: Backlog's プロジェクト名), by project ID.
    std::map<std::string, std::string> project_names;

    // Keys seen, for duplicates: project ID + '\x1f' + the record's ID.
    KeySet task_keys;
    KeySet risk_keys;
    KeySet issue_keys;
    KeySet defect_keys;
    KeySet person_keys;  // People names, normalised
    std::string key;     // a buffer for building keys

    // Tasks weighed by their planned duration: their working days are counted
    // once the holidays are known.
    std::vector<std::size_t> duration_weighted;
    // Tasks whose project is their table's (an implicit project, named later).
    std::vector<std::pair<std::size_t, const Table*>> tasks_of_table;

    std::vector<const Sheet*> holiday_sheets;

    // An Assignments row until its task's dates are known.
    struct PendingAssignment {
        Assignment assignment;
        std::optional<Day> start;
        std::optional<Day> finish;
        std::uint32_t start_column = 0;
        std::uint32_t finish_column = 0;
        std::uint32_t project_column = 0;
        std::uint32_t task_column = 0;
        std::uint32_t hours_column = 0;
    };
    std::vector<PendingAssignment> pending_assignments;
};

// Each reads the rows of a table of its kind into the state's portfolio.
void read_projects(ReaderState& state, const Table& table);
void read_criteria(ReaderState& state, const Table& table);
void read_scores(ReaderState& state, const Table& table);
void read_score_columns(ReaderState& state);  // scores kept as Projects columns, after the criteria
void check_scores(ReaderState& state);

void read_tasks(ReaderState& state, const Table& table);
void read_milestones(ReaderState& state, const Table& table);
void read_evm_series(ReaderState& state, const Table& table);

void read_risks(ReaderState& state, const Table& table);
void read_issues(ReaderState& state, const Table& table);
void read_changes(ReaderState& state, const Table& table);
void read_lessons(ReaderState& state, const Table& table);
void read_holidays(ReaderState& state, const Table& table);

void read_tests(ReaderState& state, const Table& table);
void read_defects(ReaderState& state, const Table& table);

void read_assignments(ReaderState& state, const Table& table);
void read_people(ReaderState& state, const Table& table);
// After every sheet: each assignment's task and dates, then the task owners.
void resolve_assignments(ReaderState& state);

}  // namespace pmocalc
