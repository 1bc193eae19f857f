// The reader over the Assignments and People sheets, and the task owners that
// count as assignments: English and Japanese headers, every bad cell named.
#include <algorithm>

#include "core/reading/workbook_reader.hpp"
#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

Sheet projects_sheet() {
    return make_sheet("Projects", {{s("Status date"), d(2025, 6, 30)},
                                   {s("Project ID"), s("Project name")},
                                   {s("P01"), s("Web shop")},
                                   {s("P02"), s("ERP")}});
}

Sheet tasks_sheet() {
    return make_sheet("Tasks", {{s("Project ID"), s("Task ID"), s("Task name"), s("Owner"), s("Budget"),
                                 s("Planned start"), s("Planned finish")},
                                {s("P01"), s("1"), s("Build"), s("Yamada"), 100.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P02"), s("1"), s("Build"), blank, 100.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P02"), s("2"), s("Test"), s("Sato"), 50.0, d(2025, 6, 16), d(2025, 6, 20)}});
}

Workbook with(std::vector<Sheet> more) {
    Workbook wb;
    wb.sheets.push_back(projects_sheet());
    wb.sheets.push_back(tasks_sheet());
    for (Sheet& sheet : more)
        wb.sheets.push_back(std::move(sheet));
    return wb;
}

const Diagnostic* find(const Portfolio& p, Msg id) {
    const auto it = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                 [&](const Diagnostic& d) { return d.message.id == id; });
    return it == p.diagnostics.end() ? nullptr : &*it;
}

const Assignment* assignment_of(const Portfolio& p, std::string_view person, std::string_view project) {
    const auto& all = p.resources.assignments;
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const Assignment& a) { return a.person == person && a.project_id == project; });
    return it == all.end() ? nullptr : &*it;
}

TEST(WorkbookReaderPeople, ReadsAssignmentsTakingBlankDatesFromTheTask) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Assignments",
                         {{s("Resource"), s("Project"), s("Task"), s("Start"), s("Finish"), s("Allocation")},
                          {s("Yamada"), s("P01"), s("Build"), blank, blank, 0.5},
                          {s("Suzuki"), s("P02"), s("1"), d(2025, 6, 2), d(2025, 6, 6), s("50%")},
                          {s("Kato"), s("P02"), s("Design"), d(2025, 6, 2), d(2025, 6, 6), 1.0}})}),
        {});
    EXPECT_TRUE(p.resources.has_assignment_sheet);
    EXPECT_FALSE(p.resources.has_people_sheet);
    const Assignment* yamada = assignment_of(p, "Yamada", "P01");
    ASSERT_TRUE(yamada);
    EXPECT_EQ(yamada->task_id, "1");  // found by the task's name
    EXPECT_EQ(yamada->start, date(2025, 6, 2));
    EXPECT_EQ(yamada->finish, date(2025, 6, 13));
    EXPECT_EQ(yamada->allocation, 0.5);
    EXPECT_FALSE(yamada->from_task_owner);
    const Assignment* suzuki = assignment_of(p, "Suzuki", "P02");
    ASSERT_TRUE(suzuki);
    EXPECT_EQ(suzuki->allocation, 0.5);
    EXPECT_EQ(suzuki->task_name, "Build");
    // An unknown task is a warning; the row counts with its own dates.
    const Diagnostic* unknown = find(p, Msg::assignment_unknown_task);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->sheet, "Assignments");
    EXPECT_EQ(unknown->cell, "C4");
    EXPECT_EQ(unknown->severity, Diagnostic::Severity::warning);
    EXPECT_TRUE(assignment_of(p, "Kato", "P02"));
}

TEST(WorkbookReaderPeople, TaskOwnersCountOnceAtFullTime) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Assignments", {{s("Resource"), s("Project"), s("Task"), s("Allocation")},
                                         {s("yamada"), s("P01"), s("1"), 0.25}})}),
        {});
    EXPECT_TRUE(p.resources.has_task_owners);
    // Yamada owns P01 task 1 and the Assignments sheet names him there (in
    // other case): its 25 % stands, no second row at 100 %. Sato owns P02
    // task 2 and no Assignments row names him: 100 % over the task.
    ASSERT_EQ(p.resources.assignments.size(), 2u);
    EXPECT_EQ(p.resources.assignments[0].allocation, 0.25);
    const Assignment* sato = assignment_of(p, "Sato", "P02");
    ASSERT_TRUE(sato);
    EXPECT_TRUE(sato->from_task_owner);
    EXPECT_EQ(sato->allocation, 1);
    EXPECT_EQ(sato->task_id, "2");
    EXPECT_EQ(sato->start, date(2025, 6, 16));
    EXPECT_EQ(sato->finish, date(2025, 6, 20));
}

TEST(WorkbookReaderPeople, OwnersWithoutAnAssignmentsSheetAreLoadedAtFullTime) {
    const Portfolio p = read_portfolio(with({}), {});
    EXPECT_FALSE(p.resources.has_assignment_sheet);
    ASSERT_EQ(p.resources.assignments.size(), 2u);
    const Assignment* yamada = assignment_of(p, "Yamada", "P01");
    ASSERT_TRUE(yamada);
    EXPECT_TRUE(yamada->from_task_owner);
    EXPECT_EQ(yamada->task_id, "1");
    ASSERT_TRUE(assignment_of(p, "Sato", "P02"));
}

// A name two tasks of a project share finds the first of them, an ID before
// any name (the ID "2" of task "Build" wins over the task named "2"), and a
// name in another project is no match.
TEST(WorkbookReaderPeople, AssignmentsFindTasksByIdFirstThenByTheirFirstName) {
    Workbook wb;
    wb.sheets.push_back(projects_sheet());
    wb.sheets.push_back(make_sheet("Tasks", {{s("Project ID"), s("Task ID"), s("Task name"), s("Budget"),
                                              s("Planned start"), s("Planned finish")},
                                             {s("P01"), s("1"), s("2"), 10.0, d(2025, 6, 2), d(2025, 6, 6)},
                                             {s("P01"), s("2"), s("Build"), 10.0, d(2025, 6, 9), d(2025, 6, 13)},
                                             {s("P01"), s("3"), s("Build"), 10.0, d(2025, 6, 16), d(2025, 6, 20)},
                                             {s("P02"), s("1"), s("Test"), 10.0, d(2025, 6, 2), d(2025, 6, 6)}}));
    wb.sheets.push_back(make_sheet("Assignments", {{s("Resource"), s("Project"), s("Task"), s("Allocation")},
                                                   {s("Ito"), s("P01"), s("2"), 0.5},
                                                   {s("Ueda"), s("P01"), s(" build "), 0.5},
                                                   {s("Mori"), s("P01"), s("Test"), 0.5}}));
    const Portfolio p = read_portfolio(wb, {});
    const Assignment* ito = assignment_of(p, "Ito", "P01");
    ASSERT_TRUE(ito);
    EXPECT_EQ(ito->task_id, "2");
    EXPECT_EQ(ito->start, date(2025, 6, 9));
    const Assignment* ueda = assignment_of(p, "Ueda", "P01");
    ASSERT_TRUE(ueda);
    EXPECT_EQ(ueda->task_id, "2");
    const Diagnostic* unknown = find(p, Msg::assignment_unknown_task);
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->cell, "C4");
    EXPECT_FALSE(assignment_of(p, "Mori", "P01"));  // no dates of its own, no task to take them from
}

TEST(WorkbookReaderPeople, AnOwnerCellWithAnErrorNamesNoOne) {
    Workbook wb;
    wb.sheets.push_back(projects_sheet());
    wb.sheets.push_back(make_sheet("Tasks", {{s("Project ID"), s("Task ID"), s("Task name"), s("Owner"), s("Budget"),
                                              s("Planned start"), s("Planned finish")},
                                             {s("P01"), s("1"), s("Build"), CellError{0x7FFF}, 100.0, d(2025, 6, 2),
                                              d(2025, 6, 13)}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.tasks.size(), 1u);
    EXPECT_TRUE(p.resources.has_task_owners);
    EXPECT_TRUE(p.resources.assignments.empty());
}

TEST(WorkbookReaderPeople, BadAssignmentCellsAreNamedAndTheirRowsSkipped) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Assignments",
                         {{s("Resource"), s("Project"), s("Task"), s("Start"), s("Finish"), s("Allocation")},
                          {blank, s("P01"), s("1"), d(2025, 6, 2), d(2025, 6, 6), 0.5},
                          {s("Kato"), s("P01"), s("1"), d(2025, 6, 6), d(2025, 6, 2), 0.5},
                          {s("Kato"), s("P01"), s("1"), d(2025, 6, 2), d(2025, 6, 6), -0.5},
                          {s("Kato"), s("P01"), s("9"), blank, blank, 0.5},
                          {s("Kato"), s("P01"), s("1"), d(2025, 6, 2), d(2025, 6, 6), blank},
                          {s("Kato"), s("P09"), blank, d(2025, 6, 2), d(2025, 6, 6), 1.0},
                          {CellError{0x7FFF}, s("P01"), s("1"), d(2025, 6, 2), d(2025, 6, 6), 0.5}})}),
        {});
    auto at = [&](std::string_view cell) {
        return std::find_if(p.diagnostics.begin(), p.diagnostics.end(), [&](const Diagnostic& d) {
            return d.sheet == "Assignments" && d.cell == cell;
        });
    };
    ASSERT_NE(at("A2"), p.diagnostics.end());
    EXPECT_EQ(at("A2")->message.id, Msg::assignment_needs_person);
    ASSERT_NE(at("E3"), p.diagnostics.end());
    EXPECT_EQ(at("E3")->message.id, Msg::finish_before_start);
    EXPECT_TRUE(at("E3")->row_skipped);
    ASSERT_NE(at("F4"), p.diagnostics.end());
    EXPECT_EQ(at("F4")->message.id, Msg::allocation_out_of_range);
    ASSERT_NE(at("D5"), p.diagnostics.end());  // unknown task, no dates of its own
    EXPECT_EQ(at("D5")->message.id, Msg::assignment_needs_dates);
    ASSERT_NE(at("F6"), p.diagnostics.end());
    EXPECT_EQ(at("F6")->message.id, Msg::assignment_needs_share);
    ASSERT_NE(at("B7"), p.diagnostics.end());  // an unknown project is a warning: the load is real
    EXPECT_EQ(at("B7")->message.id, Msg::assignment_unknown_project);
    EXPECT_EQ(at("B7")->severity, Diagnostic::Severity::warning);
    ASSERT_NE(at("A8"), p.diagnostics.end());  // #N/A is no one's name
    EXPECT_EQ(at("A8")->message.id, Msg::cell_error);
    EXPECT_TRUE(at("A8")->row_skipped);
    // The P09 row, then the owners of the tasks (no valid row names them).
    ASSERT_EQ(p.resources.assignments.size(), 3u);
    EXPECT_EQ(p.resources.assignments[0].project_id, "P09");
}

TEST(WorkbookReaderPeople, JapaneseSheetsWithHoursAndPercentCapacities) {
    const Portfolio p = read_portfolio(
        with({make_sheet("要員計画", {{s("要員"), s("プロジェクト"), s("タスク"), s("開始日"), s("終了日"), s("工数")},
                                      {s("山田"), s("P01"), s("1"), d(2025, 6, 2), d(2025, 6, 6), 20.0},
                                      {s("佐藤"), s("P02"), s("2"), d(2025, 6, 16), d(2025, 6, 20), 4.0}}),
              make_sheet("要員", {{s("氏名"), s("稼働上限"), s("部門")},
                                  {s("山田"), 50.0, s("開発部")},
                                  {s("佐藤"), 100.0, s("品質保証部")},
                                  {s("鈴木"), blank, blank},
                                  {s("山田"), 80.0, blank},
                                  {s("田中"), s("60%"), blank}})}),
        {});
    EXPECT_TRUE(p.resources.has_assignment_sheet);
    EXPECT_TRUE(p.resources.has_people_sheet);
    const Assignment* yamada = assignment_of(p, "山田", "P01");
    ASSERT_TRUE(yamada);
    EXPECT_EQ(yamada->hours, 20);
    // 4 h over a week looks like hours per day: said, read as the total.
    const Diagnostic* daily = find(p, Msg::hours_look_daily);
    ASSERT_TRUE(daily);
    EXPECT_EQ(daily->cell, "F3");
    ASSERT_EQ(p.resources.people.size(), 4u);  // the second 山田 is a duplicate
    EXPECT_EQ(*p.resources.people[0].capacity, 0.5);  // 50 read as percent (the column goes above 10)
    EXPECT_EQ(p.resources.people[0].department, "開発部");
    EXPECT_EQ(*p.resources.people[1].capacity, 1.0);
    EXPECT_FALSE(p.resources.people[2].capacity);
    EXPECT_DOUBLE_EQ(*p.resources.people[3].capacity, 0.6);  // "60%" is a fraction already, not 0.6 %
    EXPECT_TRUE(find(p, Msg::duplicate_person));
    EXPECT_TRUE(find(p, Msg::percent_typed_0_100));
}

TEST(WorkbookReaderPeople, WorkbooksWithoutThemHaveNone) {
    Workbook wb;
    wb.sheets.push_back(projects_sheet());
    wb.sheets.push_back(make_sheet("Tasks", {{s("Project ID"), s("Task name"), s("Budget"), s("Planned start"),
                                              s("Planned finish")},
                                             {s("P01"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}}));
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_FALSE(p.resources.has_assignment_sheet);
    EXPECT_FALSE(p.resources.has_task_owners);
    EXPECT_TRUE(p.resources.assignments.empty());
    EXPECT_EQ(p.tasks.size(), 1u);
}

}  // namespace
}  // namespace pmocalc
