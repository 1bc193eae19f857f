#include "core/reading/table_finder.hpp"

#include <map>
#include <string>
#include <vector>

#include "../test_support.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

// field code → column letters ("task_name" → "B"): readable when a test fails.
using Fields = std::map<std::string, std::string>;

Fields fields_of(const Table& table) {
    Fields out;
    for (const auto& [field, column] : table.columns)
        out.emplace(field_code(field), column_letters(column));
    return out;
}

// The tables of a sheet read without a column map; finding them says nothing.
std::vector<Table> tables_of(const Sheet& sheet, std::vector<UnknownTable>* unknown = nullptr) {
    std::vector<Diagnostic> out;
    auto tables = find_tables(sheet, ColumnMap{}, out, unknown);
    EXPECT_TRUE(out.empty());
    return tables;
}

TEST(TableFinder, FindsAHeaderBelowATitleBlockAndALegend) {
    const Sheet sheet = make_sheet("Schedule", {{s("Community Garden")},
                                                {s("Project Manager"), s("Ann Lee")},
                                                {s("Status date"), d(2025, 3, 31)},
                                                {s("Legend:"), s("■ on track"), s("■ late")},
                                                {},
                                                {s("ID"), s("Task"), s("Start"), s("Finish"), s("% Complete")},
                                                {s("1"), s("Dig beds"), d(2025, 3, 3), d(2025, 3, 14), 1.0},
                                                {s("2"), s("Plant"), d(2025, 3, 17), d(2025, 4, 4), 0.25}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.kind, TableKind::tasks);
    EXPECT_EQ(t.header_row, 5u);
    EXPECT_EQ(t.header_rows, 1u);
    EXPECT_EQ(t.first_row(), 6u);
    EXPECT_EQ(t.end_row, 8u);
    EXPECT_EQ(fields_of(t), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "C"},
                                    {"planned_finish", "D"}, {"percent_complete", "E"}}));
    EXPECT_EQ(t.english_headers, 5);
    EXPECT_EQ(t.japanese_headers, 0);
}

TEST(TableFinder, AGroupedHeaderGivesEachColumnItsPlannedOrActualField) {
    const Sheet sheet = make_sheet(
        "進捗管理", {{s("WBS"), s("作業名"), s("予定"), blank, blank, s("実績"), blank, blank},
                     {blank, blank, s("開始日"), s("工数"), s("終了日"), s("開始日"), s("進捗率"), s("終了日")},
                     {s("1.1"), s("設計"), d(2025, 6, 2), 5.0, d(2025, 6, 6), d(2025, 6, 3), 1.0, d(2025, 6, 9)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.kind, TableKind::tasks);
    EXPECT_EQ(t.header_row, 0u);
    EXPECT_EQ(t.header_rows, 2u);
    // The WBS number is the ID, there being no other.
    EXPECT_EQ(fields_of(t), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "C"}, {"effort", "D"},
                                    {"planned_finish", "E"}, {"actual_start", "F"}, {"percent_complete", "G"},
                                    {"actual_finish", "H"}}));
    EXPECT_EQ(t.header_text(2), "予定 開始日");
    EXPECT_EQ(t.header_text(7), "実績 終了日");
    EXPECT_EQ(t.header_text(1), "作業名");
    EXPECT_EQ(t.japanese_headers, 7);
}

TEST(TableFinder, AThreeRowHeaderTakesTheNearestGroup) {
    const Sheet sheet = make_sheet("Plan", {{s("No"), s("Task"), s("Schedule"), blank, blank, blank},
                                            {blank, blank, s("Plan"), blank, s("Actual"), blank},
                                            {blank, blank, s("Start"), s("Finish"), s("Start"), s("Finish")},
                                            {s("1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6), d(2025, 6, 3), blank}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.header_row, 0u);
    EXPECT_EQ(t.header_rows, 3u);
    EXPECT_EQ(t.first_row(), 3u);
    EXPECT_EQ(fields_of(t), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "C"},
                                    {"planned_finish", "D"}, {"actual_start", "E"}, {"actual_finish", "F"}}));
    EXPECT_EQ(t.header_text(4), "Actual Start");
}

TEST(TableFinder, ATitleRowAboveAOneRowHeaderIsNoGroup) {
    // A title in the row above a one-row header: the same columns without it.
    const Sheet sheet = make_sheet("Tasks", {{s("Website relaunch")},
                                             {s("Task"), s("Start"), s("Finish"), s("Owner")},
                                             {s("Design"), d(2025, 6, 2), d(2025, 6, 6), s("Ann")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].header_row, 1u);
    EXPECT_EQ(tables[0].header_rows, 1u);
    EXPECT_EQ(tables[0].header_text(0), "Task");
}

TEST(TableFinder, ReadsAUnitRowUnderAHeaderAsPartOfTheHeader) {
    const Sheet sheet = make_sheet("WBS", {{s("ID"), s("タスク名"), s("予定"), blank, s("工数")},
                                           {blank, blank, s("開始日"), s("終了日"), s("(MD)")},
                                           {s("1"), s("設計"), d(2025, 6, 2), d(2025, 6, 6), 5.0}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.header_rows, 2u);
    EXPECT_EQ(t.first_row(), 2u);
    EXPECT_EQ(fields_of(t), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "C"},
                                    {"planned_finish", "D"}, {"effort", "E"}}));
    EXPECT_EQ(t.header_text(4), "工数 (MD)");
}

TEST(TableFinder, ADayGridBesideTheTableIsNotReadAsColumns) {
    const Sheet sheet = make_sheet(
        "Gantt", {{blank, blank, blank, blank, s("January 2025"), blank, blank, s("W2")},
                  {s("Task"), s("Owner"), s("Start"), s("End"), d(2025, 1, 6), d(2025, 1, 7), d(2025, 1, 8), s("W2")},
                  {s("Kick-off"), s("Ann"), d(2025, 1, 6), d(2025, 1, 6), s("■"), blank, blank, blank},
                  {s("Design"), s("Bob"), d(2025, 1, 7), d(2025, 1, 17), blank, s("■"), s("■"), s("■")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.header_row, 1u);
    EXPECT_EQ(t.header_rows, 1u);
    EXPECT_EQ(fields_of(t), (Fields{{"task_name", "A"}, {"owner", "B"}, {"planned_start", "C"},
                                    {"planned_finish", "D"}}));
    EXPECT_EQ(t.used_columns().size(), 4u);
    EXPECT_TRUE(t.level_columns.empty());
}

TEST(TableFinder, FindsASecondTableAfterABlankGap) {
    const Sheet sheet = make_sheet("RAID", {{s("Risk ID"), s("Risk"), s("Probability"), s("Impact")},
                                            {s("R1"), s("Vendor late"), 0.3, 100.0},
                                            {s("R2"), s("Key person leaves"), 0.1, 50.0},
                                            {},
                                            {s("Issue ID"), s("Issue"), s("Raised"), s("Status")},
                                            {s("I1"), s("Spec open"), d(2025, 5, 2), s("Open")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].kind, TableKind::risks);
    EXPECT_EQ(tables[0].header_row, 0u);
    EXPECT_EQ(tables[0].end_row, 4u);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"risk_id", "A"}, {"risk_title", "B"}, {"probability", "C"},
                                            {"impact", "D"}}));
    EXPECT_EQ(tables[1].kind, TableKind::issues);
    EXPECT_EQ(tables[1].header_row, 4u);
    EXPECT_EQ(tables[1].end_row, 6u);
    EXPECT_EQ(fields_of(tables[1]), (Fields{{"issue_id", "A"}, {"issue_title", "B"}, {"raised", "C"},
                                            {"status", "D"}}));
}

TEST(TableFinder, AHeaderOfNoKnownKindEndsTheTableAbove) {
    const Sheet sheet = make_sheet("Plan", {{s("ID"), s("Task"), s("Start"), s("Finish")},
                                            {s("1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {s("2"), s("Build"), d(2025, 6, 9), d(2025, 6, 20)},
                                            {},
                                            {s("Resource Name"), s("Role"), s("Department"), s("Email")},
                                            {s("Ann"), s("PM"), s("IT"), s("ann@example.com")},
                                            {s("Bob"), s("Dev"), s("IT"), s("bob@example.com")}});
    std::vector<UnknownTable> unknown;
    const auto tables = tables_of(sheet, &unknown);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::tasks);
    EXPECT_EQ(tables[0].end_row, 4u);
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].header_row, 4u);
    EXPECT_EQ(unknown[0].end_row, 7u);
}

TEST(TableFinder, ARiskRegisterIsNotATaskList) {
    // ID, Owner, Status and a due date would make a usable task list too.
    const Sheet sheet = make_sheet("Register", {{s("ID"), s("Description"), s("Owner"), s("Likelihood"), s("Impact"),
                                                 s("Status"), s("Due Date")},
                                                {s("1"), s("Supplier insolvency"), s("Ann"), s("Possible"),
                                                 s("Major"), s("Open"), d(2025, 9, 30)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::risks);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"risk_id", "A"}, {"risk_title", "B"}, {"owner", "C"},
                                            {"probability", "D"}, {"impact", "E"}, {"status", "F"}}));
}

TEST(TableFinder, AnIssueLogOfKenanWordsIsIssuesNotChanges) {
    // The sheet's name suggests changes as much as issues.
    const Sheet sheet = make_sheet("変更・懸案", {{s("No"), s("件名"), s("懸案内容"), s("起票日"), s("ステータス"),
                                                  s("担当者")},
                                                 {1.0, s("帳票レイアウト"), s("帳票の様式が未確定"), d(2025, 5, 12),
                                                  s("対応中"), s("佐藤")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.kind, TableKind::issues);
    // Of 件名 and 懸案内容 the more specific name is the title.
    EXPECT_EQ(fields_of(t), (Fields{{"issue_id", "A"}, {"issue_title", "C"}, {"raised", "D"}, {"status", "E"},
                                    {"owner", "F"}}));
    ASSERT_EQ(t.unused.size(), 1u);
    EXPECT_EQ(t.unused[0], (std::pair<std::size_t, std::size_t>{1, 2}));
}

TEST(TableFinder, ValuesPerPeriodAreAnEvmSeriesNotHolidays) {
    // Date and Name would make a holiday list too.
    const Sheet sheet = make_sheet("Weekly", {{s("Date"), s("Name"), s("PV"), s("EV"), s("AC")},
                                              {d(2025, 1, 31), s("M1"), 100.0, 90.0, 95.0},
                                              {d(2025, 2, 28), s("M2"), 200.0, 170.0, 190.0}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::evm_series);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"period", "A"}, {"pv", "C"}, {"ev", "D"}, {"ac", "E"}}));
}

TEST(TableFinder, AHolidayListIsHolidays) {
    const Sheet sheet = make_sheet("Calendar", {{s("Date"), s("Holiday")},
                                                {d(2025, 1, 1), s("New Year's Day")},
                                                {d(2025, 1, 13), s("Coming of Age Day")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::holidays);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"holiday_date", "A"}, {"holiday_name", "B"}}));
}

TEST(TableFinder, ChangeRequestsAreToldByTheirImpactColumns) {
    const Sheet sheet = make_sheet("Log", {{s("CR No"), s("Change Request"), s("Cost Impact"),
                                            s("Schedule Impact (days)"), s("Decision")},
                                           {s("CR-1"), s("Add SSO"), 1200.0, 5.0, s("Approved")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::changes);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"change_id", "A"}, {"change_title", "B"}, {"cost_impact", "C"},
                                            {"schedule_impact", "D"}, {"status", "E"}}));
}

TEST(TableFinder, ASheetWithoutATableGivesNone) {
    const Sheet sheet = make_sheet("Notes", {{s("Meeting notes")},
                                             {s("Agreed to move the go-live by a week.")},
                                             {s("Budget"), 1200.0},
                                             {s("Next review"), d(2025, 7, 1)}});
    EXPECT_TRUE(tables_of(sheet).empty());
    EXPECT_TRUE(tables_of(make_sheet("Empty", {})).empty());
}

TEST(TableFinder, AHeaderFarBelowALongLegendIsFound) {
    std::vector<Row> rows;
    for (int i = 0; i < 45; ++i)
        rows.push_back({s("Fill in one row per task; leave the grey columns alone.")});
    rows.push_back({s("Task"), s("Start"), s("Finish"), s("Owner")});
    rows.push_back({s("Design"), d(2025, 6, 2), d(2025, 6, 6), s("Ann")});
    const Sheet sheet = make_sheet("Tasks", rows);
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].header_row, 45u);
    EXPECT_EQ(tables[0].kind, TableKind::tasks);
}

TEST(TableFinder, NamesSpreadOverLevelColumnsAreLevels) {
    const Sheet sheet = make_sheet("WBS", {{s("大項目"), s("中項目"), s("小項目"), s("担当"), s("開始日"), s("終了日")},
                                           {s("設計"), blank, blank, s("佐藤"), d(2025, 6, 2), d(2025, 6, 13)},
                                           {blank, s("画面設計"), blank, s("佐藤"), d(2025, 6, 2), d(2025, 6, 6)},
                                           {blank, blank, s("一覧画面"), s("鈴木"), d(2025, 6, 2), d(2025, 6, 3)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].level_columns, (std::vector<std::size_t>{0, 1, 2}));
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"owner", "D"}, {"planned_start", "E"}, {"planned_finish", "F"}}));
}

TEST(TableFinder, MoreOwnerColumnsBesideTheOwner) {
    const Sheet sheet = make_sheet("Tasks", {{s("タスク名"), s("担当者1"), s("担当者2"), s("担当者3"), s("開始日"),
                                              s("終了日")},
                                             {s("設計"), s("佐藤"), s("鈴木"), blank, d(2025, 6, 2), d(2025, 6, 6)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].column(Field::owner), 1u);
    EXPECT_EQ(tables[0].owner_columns, (std::vector<std::size_t>{2, 3}));
}

TEST(TableFinder, AStartAndACompletionDateAloneAreThePlan) {
    // 完了日 beside 開始日 with no actual start: no pair of plan and actual to tell it from.
    const Sheet sheet = make_sheet("Tasks", {{s("タスク名"), s("開始日"), s("完了日")},
                                             {s("設計"), d(2025, 6, 2), d(2025, 6, 6)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"task_name", "A"}, {"planned_start", "B"}, {"planned_finish", "C"}}));
}

TEST(TableFinder, AColumnOfTheSameNameTwiceIsARepeat) {
    const Sheet sheet = make_sheet("Tasks", {{s("Task"), s("Start"), s("Finish"), s("Start")},
                                             {s("Design"), d(2025, 6, 2), d(2025, 6, 6), d(2025, 6, 3)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].column(Field::planned_start), 1u);
    EXPECT_EQ(tables[0].repeats, (std::vector<std::pair<std::size_t, std::size_t>>{{3, 1}}));
}

TEST(TableFinder, UsableTablesHaveTheColumnsTheirKindNeeds) {
    Table t;
    const Sheet sheet = make_sheet("Sheet1", {});
    t.sheet = &sheet;
    t.kind = TableKind::tasks;
    t.columns = {{Field::task_name, 0}, {Field::planned_start, 1}};
    EXPECT_FALSE(usable(t));  // three columns at least
    t.columns.emplace(Field::owner, 2);
    EXPECT_TRUE(usable(t));
    t.kind = TableKind::risks;
    t.columns = {{Field::risk_title, 0}, {Field::owner, 1}};
    EXPECT_FALSE(usable(t));  // no rating
    t.columns.emplace(Field::impact, 2);
    EXPECT_TRUE(usable(t));
}

TEST(TableFinder, ColumnLetters) {
    EXPECT_EQ(column_letters(0), "A");
    EXPECT_EQ(column_letters(25), "Z");
    EXPECT_EQ(column_letters(26), "AA");
    EXPECT_EQ(column_letters(27), "AB");
}

TEST(TableFinder, AUnitRowUnderAOneRowHeaderIsPartOfIt) {
    const Sheet sheet = make_sheet("WBS", {{s("ID"), s("Task"), s("Start"), s("Finish"), s("予定工数")},
                                           {blank, blank, blank, blank, s("(MD)")},
                                           {s("1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6), 5.0}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].header_rows, 2u);
    EXPECT_EQ(tables[0].first_row(), 2u);
    EXPECT_EQ(tables[0].header_text(4), "予定工数 (MD)");
}

TEST(TableFinder, FindsATableAboveTheOneWithMoreColumns) {
    const Sheet sheet = make_sheet(
        "Plan", {{s("Issue ID"), s("Issue"), s("Raised")},
                 {s("I1"), s("Spec open"), d(2025, 5, 2)},
                 {},
                 {s("ID"), s("Task"), s("Owner"), s("Start"), s("Finish"), s("Work"), s("% Complete"),
                  s("Predecessors")},
                 {s("1"), s("Design"), s("Ann"), d(2025, 6, 2), d(2025, 6, 6), 5.0, 1.0, blank}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].kind, TableKind::issues);
    EXPECT_EQ(tables[0].header_row, 0u);
    EXPECT_EQ(tables[0].end_row, 3u);
    EXPECT_EQ(tables[1].kind, TableKind::tasks);
    EXPECT_EQ(tables[1].header_row, 3u);
}

TEST(TableFinder, ATableBelowOneOfNoKnownKindIsFound) {
    const Sheet sheet = make_sheet("Plan", {{s("ID"), s("Task"), s("Start"), s("Finish")},
                                            {s("1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {},
                                            {s("Resource Name"), s("Role"), s("Department"), s("Email")},
                                            {s("Ann"), s("PM"), s("IT"), s("ann@example.com")},
                                            {},
                                            {s("Risk ID"), s("Risk"), s("Probability"), s("Impact")},
                                            {s("R1"), s("Vendor late"), 0.3, 100.0}});
    std::vector<UnknownTable> unknown;
    const auto tables = tables_of(sheet, &unknown);
    ASSERT_EQ(tables.size(), 2u);
    EXPECT_EQ(tables[0].end_row, 3u);
    EXPECT_EQ(tables[1].kind, TableKind::risks);
    EXPECT_EQ(tables[1].header_row, 6u);
    EXPECT_EQ(tables[1].header_rows, 1u);
    ASSERT_EQ(unknown.size(), 1u);
    EXPECT_EQ(unknown[0].header_row, 3u);
    EXPECT_EQ(unknown[0].end_row, 6u);
}

TEST(TableFinder, NamesOverLevelColumnsCountAsTheNameColumn) {
    const Sheet sheet = make_sheet("WBS", {{s("大項目"), s("中項目"), s("小項目"), s("開始日"), s("終了日")},
                                           {s("設計"), s("基本設計"), s("画面"), d(2025, 6, 2), d(2025, 6, 6)}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::tasks);
    EXPECT_EQ(tables[0].level_columns, (std::vector<std::size_t>{0, 1, 2}));
}

}  // namespace
}  // namespace pmocalc
