// The reader over the quality sheets: Tests (per date or per case) and
// Defects, English and Japanese headers, and every bad cell named.
#include "core/reading/workbook_reader.hpp"

#include <algorithm>

#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

Sheet projects_sheet() {
    return make_sheet("Projects", {{s("Status date"), d(2025, 6, 30)},
                                   {s("Project ID"), s("Project name"), s("Size"), s("Size unit")},
                                   {s("P01"), s("Web shop"), 12.5, s("KLOC")},
                                   {s("P02"), s("ERP"), blank, blank}});
}

Sheet tasks_sheet() {
    return make_sheet("Tasks", {{s("Project ID"), s("Task name"), s("Budget"), s("Planned start"), s("Planned finish")},
                                {s("P01"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P02"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}});
}

Workbook with(std::vector<Sheet> quality_sheets) {
    Workbook wb;
    wb.sheets.push_back(projects_sheet());
    wb.sheets.push_back(tasks_sheet());
    for (Sheet& sheet : quality_sheets)
        wb.sheets.push_back(std::move(sheet));
    return wb;
}

const Diagnostic* find(const Portfolio& p, Msg id) {
    const auto it = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                 [&](const Diagnostic& d) { return d.message.id == id; });
    return it == p.diagnostics.end() ? nullptr : &*it;
}

TEST(WorkbookReaderQuality, ReadsCumulativeTestCountsPerDate) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Tests", {{s("Project ID"), s("Date"), s("Planned (cumulative)"), s("Executed (cumulative)"),
                                    s("Passed (cumulative)")},
                                   {s("P01"), d(2025, 6, 2), 10.0, 8.0, 7.0},
                                   {s("P01"), d(2025, 6, 9), 20.0, 15.0, 12.0},
                                   {s("P01"), d(2025, 6, 16), 30.0, blank, blank}})}),
        {});
    EXPECT_TRUE(p.quality.has_test_sheet);
    ASSERT_EQ(p.quality.test_counts.size(), 3u);
    EXPECT_EQ(p.quality.test_counts[1].project_id, "P01");
    EXPECT_EQ(*p.quality.test_counts[1].executed, 15);
    EXPECT_FALSE(p.quality.test_counts[2].passed);
    EXPECT_FALSE(find(p, Msg::test_counts_read_cumulative));  // the headers say cumulative
    ASSERT_EQ(p.quality.sizes.size(), 1u);  // P02 has none
    EXPECT_EQ(p.quality.sizes[0].project_id, "P01");
    EXPECT_EQ(p.quality.sizes[0].size, 12.5);
    EXPECT_EQ(p.quality.sizes[0].unit, "KLOC");
}

TEST(WorkbookReaderQuality, JapaneseDailyCountsAreAddedUp) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("プロジェクト", {{s("プロジェクトID"), s("プロジェクト名"), s("規模（KLOC）")},
                                                    {s("P01"), s("基幹"), 40.0}}));
    wb.sheets.push_back(make_sheet("タスク", {{s("プロジェクトID"), s("タスク名"), s("予算"), s("開始予定日"), s("終了予定日")},
                                              {s("P01"), s("製造"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}}));
    wb.sheets.push_back(make_sheet("テスト消化", {{s("プロジェクトID"), s("日付"), s("予定件数（日次）"),
                                                   s("実施件数（日次）"), s("合格件数（日次）")},
                                                  {s("P01"), d(2025, 6, 3), 5.0, 4.0, 4.0},
                                                  {s("P01"), d(2025, 6, 2), 5.0, 5.0, 3.0}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.quality.test_counts.size(), 2u);
    // In date order, added up: 06-02 5/5/3, 06-03 10/9/7.
    EXPECT_EQ(p.quality.test_counts[0].date, std::get<double>(d(2025, 6, 2)));
    EXPECT_EQ(*p.quality.test_counts[1].planned, 10);
    EXPECT_EQ(*p.quality.test_counts[1].executed, 9);
    EXPECT_EQ(*p.quality.test_counts[1].passed, 7);
    const Diagnostic* note = find(p, Msg::test_counts_per_period);
    ASSERT_TRUE(note);
    EXPECT_EQ(note->cell, "C1");
    ASSERT_EQ(p.quality.sizes.size(), 1u);
    EXPECT_EQ(p.quality.sizes[0].unit, "KLOC");
}

TEST(WorkbookReaderQuality, CountsThatNeitherHeaderExplainsAreCumulativeWithAWarning) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Tests", {{s("Project ID"), s("Date"), s("Planned"), s("Executed"), s("Passed")},
                                   {s("P01"), d(2025, 6, 2), 10.0, 8.0, 7.0},
                                   {s("P01"), d(2025, 6, 9), 20.0, 6.0, 5.0}})}),
        {});
    const Diagnostic* guess = find(p, Msg::test_counts_read_cumulative);
    ASSERT_TRUE(guess);
    EXPECT_EQ(guess->severity, Diagnostic::Severity::warning);
    EXPECT_TRUE(is_fallback(*guess));
    const Diagnostic* falls = find(p, Msg::cumulative_count_falls);
    ASSERT_TRUE(falls);
    EXPECT_EQ(falls->sheet, "Tests");
    EXPECT_EQ(falls->cell, "D3");
}

TEST(WorkbookReaderQuality, BadTestCellsAreNamedAndTheirRowsSkipped) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Tests", {{s("Project ID"), s("Date"), s("Planned (cumulative)"), s("Executed (cumulative)"),
                                    s("Passed (cumulative)")},
                                   {s("P01"), d(2025, 6, 2), CellError{32767}, 8.0, 7.0},
                                   {s("P01"), s("soon"), 10.0, 8.0, 7.0},
                                   {s("P01"), d(2025, 6, 4), 10.0, 8.0, 9.0},
                                   {s("P01"), d(2025, 6, 5), 10.0, s("many"), 7.0},
                                   {s("P01"), blank, 10.0, 8.0, 7.0},
                                   {s("P09"), d(2025, 6, 6), 10.0, 8.0, 7.0},
                                   {s("P01"), d(2025, 6, 7), -1.0, 0.0, 0.0}})}),
        {});
    EXPECT_TRUE(p.quality.test_counts.empty());
    std::vector<std::pair<std::string, Msg>> seen;
    for (const Diagnostic& d : p.diagnostics)
        if (d.sheet == "Tests" && d.severity == Diagnostic::Severity::error) {
            EXPECT_TRUE(d.row_skipped);
            seen.emplace_back(d.cell, d.message.id);
        }
    const std::vector<std::pair<std::string, Msg>> expected{
        {"C2", Msg::cell_error},       {"B3", Msg::date_text_unreadable}, {"E4", Msg::test_counts_inconsistent},
        {"D5", Msg::not_a_number},     {"B6", Msg::test_row_needs_date},  {"A7", Msg::unknown_project},
        {"C8", Msg::test_count_negative}};
    EXPECT_EQ(seen, expected);
}

TEST(WorkbookReaderQuality, ReadsTestCasesWithResultsInBothLanguages) {
    const Portfolio p = read_portfolio(
        with({make_sheet("試験項目", {{s("プロジェクトID"), s("試験項目No"), s("実施予定日"), s("実施日"), s("結果")},
                                     {s("P01"), s("T1"), d(2025, 6, 2), d(2025, 6, 3), s("合格")},
                                     {s("P01"), s("T2"), d(2025, 6, 2), d(2025, 6, 4), s("NG")},
                                     {s("P01"), s("T3"), d(2025, 6, 9), blank, blank},
                                     {s("P01"), s("T4"), d(2025, 6, 9), blank, s("OK")},
                                     {s("P01"), s("T5"), d(2025, 6, 9), d(2025, 6, 5), s("maybe")},
                                     {s("P01"), s("T1"), d(2025, 6, 9), d(2025, 6, 5), s("Pass")},
                                     {s("P02"), s("T6"), d(2025, 6, 9), d(2025, 6, 5), blank}})}),
        {});
    ASSERT_EQ(p.quality.test_cases.size(), 5u);
    using R = TestCase::Result;
    EXPECT_EQ(p.quality.test_cases[0].result, R::pass);
    EXPECT_EQ(p.quality.test_cases[1].result, R::fail);
    EXPECT_EQ(p.quality.test_cases[2].result, R::none);
    EXPECT_FALSE(p.quality.test_cases[3].executed);
    const Diagnostic* undated = find(p, Msg::test_result_without_date);
    ASSERT_TRUE(undated);
    EXPECT_EQ(undated->cell, "D5");
    ASSERT_TRUE(find(p, Msg::test_result_unknown));
    EXPECT_EQ(find(p, Msg::test_result_unknown)->cell, "E6");
    ASSERT_TRUE(find(p, Msg::duplicate_test_case_id));
    EXPECT_EQ(find(p, Msg::duplicate_test_case_id)->cell, "B7");
    ASSERT_TRUE(find(p, Msg::test_date_without_result));
    EXPECT_EQ(find(p, Msg::test_date_without_result)->cell, "E8");
}

TEST(WorkbookReaderQuality, ReadsDefectsAndNamesBadCells) {
    const Portfolio p = read_portfolio(
        with({make_sheet("Defects", {{s("Defect ID"), s("Project ID"), s("Summary"), s("Found"), s("Closed"),
                                      s("Severity"), s("Phase"), s("Status")},
                                     {s("B1"), s("P01"), s("Crash"), d(2025, 6, 2), d(2025, 6, 4), s("High"), s("ST"), s("Closed")},
                                     {s("B2"), s("P01"), s("Typo"), d(2025, 6, 3), blank, s("Low"), s("ST"), s("Closed")},
                                     {s("B3"), s("P01"), s("Slow"), CellError{32767}, blank, s("Low"), s("ST"), s("Open")},
                                     {s("B4"), s("P01"), s("Late"), d(2025, 6, 5), d(2025, 6, 1), s("Low"), s("ST"), s("Closed")},
                                     {s("B5"), s("P01"), s("None"), blank, blank, s("Low"), s("ST"), s("Open")},
                                     {s("B1"), s("P01"), s("Again"), d(2025, 6, 5), blank, s("Low"), s("ST"), s("Open")},
                                     {s("B1"), s("P02"), s("Other"), d(2025, 6, 5), blank, CellError{0x7FFF}, s("ST"), s("Open")}})}),
        {});
    EXPECT_TRUE(p.quality.has_defect_sheet);
    EXPECT_EQ(p.quality.defect_sheet, "Defects");
    ASSERT_EQ(p.quality.defects.size(), 2u);
    EXPECT_EQ(p.quality.defects[0].severity, "High");
    EXPECT_EQ(*p.quality.defects[1].closed, p.quality.defects[1].found);  // closed without a date
    ASSERT_TRUE(find(p, Msg::defect_closed_without_date));
    std::vector<std::pair<std::string, Msg>> seen;
    for (const Diagnostic& d : p.diagnostics)
        if (d.sheet == "Defects" && d.severity == Diagnostic::Severity::error)
            seen.emplace_back(d.cell, d.message.id);
    const std::vector<std::pair<std::string, Msg>> expected{
        {"D4", Msg::cell_error},           {"E5", Msg::defect_closed_before_found}, {"D6", Msg::defect_needs_found_date},
        {"A7", Msg::duplicate_defect_id},  {"F8", Msg::cell_error}};
    EXPECT_EQ(seen, expected);
}

TEST(WorkbookReaderQuality, JapaneseDefectHeaders) {
    const Portfolio p = read_portfolio(
        with({make_sheet("不具合管理", {{s("不具合No"), s("プロジェクトID"), s("件名"), s("発見日"), s("完了日"),
                                        s("重要度"), s("発見工程")},
                                       {s("B1"), s("P01"), s("異常終了"), d(2025, 6, 2), blank, s("高"), s("結合テスト")}})}),
        {});
    ASSERT_EQ(p.quality.defects.size(), 1u);
    EXPECT_EQ(p.quality.defects[0].phase, "結合テスト");
    EXPECT_EQ(p.quality.defects[0].severity, "高");
    EXPECT_FALSE(p.quality.defects[0].closed);
}

TEST(WorkbookReaderQuality, ABadSizeIsSaidAndTheProjectStands) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Projects", {{s("Project ID"), s("Project name"), s("Size (FP)")},
                                                {s("P01"), s("Web shop"), s("big")},
                                                {s("P02"), s("ERP"), -3.0},
                                                {s("P03"), s("CRM"), CellError{32767}}}));
    wb.sheets.push_back(tasks_sheet());
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.projects.size(), 3u);
    EXPECT_TRUE(p.quality.sizes.empty());
    const Diagnostic* text = find(p, Msg::not_a_number);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->cell, "C2");
    EXPECT_FALSE(text->row_skipped);
    ASSERT_TRUE(find(p, Msg::size_not_positive));
    EXPECT_EQ(find(p, Msg::size_not_positive)->cell, "C3");
    ASSERT_TRUE(find(p, Msg::cell_error));
    EXPECT_EQ(find(p, Msg::cell_error)->cell, "C4");
}

TEST(WorkbookReaderQuality, WorkbooksWithoutQualitySheetsHaveNone) {
    const Portfolio p = read_portfolio(with({}), {});
    EXPECT_FALSE(p.quality.has_test_sheet);
    EXPECT_FALSE(p.quality.has_defect_sheet);
}

}  // namespace
}  // namespace pmocalc
