#include "core/reading/title_block.hpp"

#include <vector>

#include "../test_support.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

std::vector<Table> tables_of(const Sheet& sheet) {
    std::vector<Diagnostic> out;
    return find_tables(sheet, ColumnMap{}, out);
}

// A template's title block above its schedule.
Sheet garden_plan() {
    return make_sheet("Schedule", {{s("Community Garden Renovation")},
                                   {s("PROJECT TITLE"), s("Community Garden")},
                                   {s("Project Manager"), blank, s("Ann Lee")},
                                   {},
                                   {s("Task"), s("Start"), s("Finish"), s("Owner")},
                                   {s("Dig beds"), d(2025, 3, 3), d(2025, 3, 14), s("Bob")}});
}

TEST(TitleBlock, LabelsWithTheirValuesToTheRight) {
    const Sheet sheet = garden_plan();
    const auto values = labelled_values(sheet, tables_of(sheet));
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0].label, "PROJECT TITLE");
    EXPECT_EQ(values[0].value, "Community Garden");
    EXPECT_EQ(values[0].cell, "B2");
    // Over the blank cells a merged label leaves.
    EXPECT_EQ(values[1].label, "Project Manager");
    EXPECT_EQ(values[1].value, "Ann Lee");
    EXPECT_EQ(values[1].cell, "C3");
    EXPECT_EQ(title_label(values[1].label), TitleLabel::manager);
}

TEST(TitleBlock, ALabelAndItsValueInOneCell) {
    const Sheet sheet = make_sheet("Plan", {{s("Project Name: Apollo")}, {s("ＰＭ：佐藤")}});
    const auto values = labelled_values(sheet, {});
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0].label, "Project Name");
    EXPECT_EQ(values[0].value, "Apollo");
    EXPECT_EQ(values[0].cell, "A1");
    EXPECT_EQ(values[1].label, "ＰＭ");
    EXPECT_EQ(values[1].value, "佐藤");
    EXPECT_EQ(values[1].cell, "A2");
}

TEST(TitleBlock, AValueBelowItsLabel) {
    // A one-row table of facts: each label's value is under it.
    const Sheet sheet = make_sheet("概要", {{s("プロジェクト名"), s("プロジェクトマネージャー")},
                                            {s("受注システム刷新"), s("佐藤")}});
    const auto values = labelled_values(sheet, {});
    ASSERT_EQ(values.size(), 2u);
    EXPECT_EQ(values[0].label, "プロジェクト名");
    EXPECT_EQ(values[0].value, "受注システム刷新");
    EXPECT_EQ(values[0].cell, "A2");
    EXPECT_EQ(values[1].value, "佐藤");
    EXPECT_EQ(values[1].cell, "B2");
}

TEST(TitleBlock, AColumnOfAListIsNoTitleBlock) {
    // "Project" heads a column of values with values beside it: a list, not a label.
    const Sheet sheet = make_sheet("Staff", {{s("Project"), s("Role")}, {s("Apollo"), s("Dev")}, {s("Gemini"), s("QA")}});
    EXPECT_TRUE(labelled_values(sheet, {}).empty());
}

TEST(TitleBlock, CellsOfATableAreNoLabels) {
    const Sheet sheet = make_sheet("Projects", {{s("Project ID"), s("Project"), s("PM"), s("Department")},
                                                {s("P1"), s("Apollo"), s("Ann"), s("IT")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(in_table(tables, sheet, 0, 2));
    EXPECT_TRUE(in_table(tables, sheet, 1, 1));
    EXPECT_FALSE(in_table(tables, sheet, 2, 1));  // below the table
    EXPECT_FALSE(in_table(tables, sheet, 0, 5));  // beside it
    EXPECT_TRUE(labelled_values(sheet, tables).empty());
}

// The status date of a workbook of this one sheet, if any, and what was said.
std::optional<LabelledDate> status_date_of(const Sheet& sheet, std::vector<Diagnostic>& out,
                                           DateLabel kind = DateLabel::status) {
    Workbook wb;
    wb.sheets.push_back(sheet);
    const auto tables = tables_of(wb.sheets[0]);
    return labelled_date(wb, tables, kind, [](const Sheet&) { return true; }, out);
}

TEST(TitleBlock, StatusDateToTheRightOfItsLabel) {
    std::vector<Diagnostic> out;
    const auto found = status_date_of(make_sheet("進捗", {{s("基準日"), blank, d(2025, 10, 31)}}), out);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->day, date(2025, 10, 31));
    EXPECT_EQ(found->sheet, "進捗");
    EXPECT_EQ(found->cell, "C1");
    EXPECT_TRUE(out.empty());
}

TEST(TitleBlock, StatusDateBelowItsLabel) {
    std::vector<Diagnostic> out;
    const auto found = status_date_of(make_sheet("進捗", {{s("基準日：")}, {s("2025/10/31")}}), out);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->day, date(2025, 10, 31));
    EXPECT_EQ(found->cell, "A2");
}

TEST(TitleBlock, StatusDateInTheLabelsCell) {
    std::vector<Diagnostic> out;
    const auto found = status_date_of(make_sheet("Plan", {{s("Title")}, {blank, s("基準日：2025/10/31")}}), out);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->day, date(2025, 10, 31));
    EXPECT_EQ(found->cell, "B2");
}

TEST(TitleBlock, AStatusDateLabelBesideNoDateIsAWarning) {
    std::vector<Diagnostic> out;
    EXPECT_EQ(status_date_of(make_sheet("Plan", {{s("Status date"), s("TBD")}}), out), std::nullopt);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].severity, Diagnostic::Severity::warning);
    EXPECT_EQ(out[0].message.id, Msg::status_date_not_a_date);
    EXPECT_EQ(out[0].cell, "B1");
}

TEST(TitleBlock, TheDayOfTheLastUpdate) {
    std::vector<Diagnostic> out;
    const Sheet sheet = make_sheet("Plan", {{s("最終更新日"), d(2025, 9, 1)}, {s("基準日"), d(2025, 10, 31)}});
    const auto update = status_date_of(sheet, out, DateLabel::update);
    ASSERT_TRUE(update);
    EXPECT_EQ(update->day, date(2025, 9, 1));
    EXPECT_EQ(update->cell, "B1");
    const auto status = status_date_of(sheet, out);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->day, date(2025, 10, 31));
}

TEST(TitleBlock, OnlyTheSheetsAskedForAreLookedAt) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Report", {{s("Status date"), d(2025, 1, 31)}}));
    wb.sheets.push_back(make_sheet("Plan", {{s("Status date"), d(2025, 10, 31)}}));
    std::vector<Diagnostic> out;
    const auto found = labelled_date(wb, {}, DateLabel::status,
                                     [](const Sheet& sheet) { return sheet.name != "Report"; }, out);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->day, date(2025, 10, 31));
    EXPECT_EQ(found->sheet, "Plan");
}

TEST(TitleBlock, ATitleAboveTheTable) {
    const Sheet sheet = garden_plan();
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const auto title = title_above(tables[0]);
    ASSERT_TRUE(title);
    EXPECT_EQ(title->text, "Community Garden Renovation");
    EXPECT_EQ(title->row, 0u);
    EXPECT_EQ(title->column, 0u);
}

TEST(TitleBlock, AGenericTitleOrALabelIsNoTitle) {
    for (const char* top : {"Gantt Chart", "課題管理表", "基準日", "2025/10/31", "Project Name: Apollo"}) {
        const Sheet sheet = make_sheet("Plan", {{s(top)},
                                                {},
                                                {s("Task"), s("Start"), s("Finish"), s("Owner")},
                                                {s("Dig beds"), d(2025, 3, 3), d(2025, 3, 14), s("Bob")}});
        const auto tables = tables_of(sheet);
        ASSERT_EQ(tables.size(), 1u) << top;
        EXPECT_EQ(title_above(tables[0]), std::nullopt) << top;
    }
}

TEST(TitleBlock, InstructionsAreSkippedOnTheWayToATitle) {
    const Sheet sheet = make_sheet("Plan", {{s("Enter your tasks below. Keep one task per row.")},
                                            {s("Warehouse Move")},
                                            {s("Task"), s("Start"), s("Finish"), s("Owner")},
                                            {s("Pack"), d(2025, 3, 3), d(2025, 3, 14), s("Bob")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    const auto title = title_above(tables[0]);
    ASSERT_TRUE(title);
    EXPECT_EQ(title->text, "Warehouse Move");
    EXPECT_EQ(title->row, 1u);
}

TEST(TitleBlock, ARowOfSeveralTextsIsNoTitle) {
    const Sheet sheet = make_sheet("Plan", {{s("Phase 1"), s("Phase 2"), s("Phase 3")},
                                            {s("Task"), s("Start"), s("Finish"), s("Owner")},
                                            {s("Pack"), d(2025, 3, 3), d(2025, 3, 14), s("Bob")}});
    const auto tables = tables_of(sheet);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(title_above(tables[0]), std::nullopt);
}

TEST(TitleBlock, UnitsInHeaders) {
    EXPECT_EQ(unit_in_header("予算（千円）"), "千円");
    EXPECT_EQ(unit_in_header("Budget (k¥)"), "k¥");
    EXPECT_EQ(unit_in_header("工数(人日)"), "人日");
    EXPECT_EQ(unit_in_header("Cost (USD)"), "usd");
    // Plan, actual and percent in brackets are no units.
    EXPECT_EQ(unit_in_header("開始日（予定）"), "");
    EXPECT_EQ(unit_in_header("工数(実績)"), "");
    EXPECT_EQ(unit_in_header("進捗(%)"), "");
    EXPECT_EQ(unit_in_header("Budget"), "");
    EXPECT_EQ(unit_in_header("()"), "");
}

TEST(TitleBlock, UnitsInTitles) {
    EXPECT_EQ(unit_in_title("（金額単位：千円）"), "千円");
    EXPECT_EQ(unit_in_title("予算実績表　単位:百万円"), "百万円");
    EXPECT_EQ(unit_in_title("Project costs (amounts in thousand yen)"), "thousand yen");
    EXPECT_EQ(unit_in_title("Budget in k¥"), "k¥");
    EXPECT_EQ(unit_in_title("Community Garden"), "");
}

TEST(TitleBlock, DatesInCells) {
    EXPECT_EQ(date_in_cell(CellValue{static_cast<double>(date(2025, 10, 31))}, 0), date(2025, 10, 31));
    EXPECT_EQ(date_in_cell(CellValue{std::string_view("2025/10/31")}, 0), date(2025, 10, 31));
    EXPECT_EQ(date_in_cell(CellValue{std::string_view("soon")}, 0), std::nullopt);
    EXPECT_EQ(date_in_cell(CellValue{}, 0), std::nullopt);
}

}  // namespace
}  // namespace pmocalc
