// The reader's EV method and ETC columns and the Milestones sheet.
#include "core/reading/workbook_reader.hpp"

#include <algorithm>

#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

std::string listing(const Portfolio& p) {
    std::string out;
    for (const Diagnostic& d : p.diagnostics)
        out += d.sheet + "!" + d.cell + ": " + d.text(Language::en) + "\n";
    return out;
}

const Diagnostic* find(const Portfolio& p, const std::string& sheet, const std::string& cell) {
    const auto found = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                    [&](const Diagnostic& d) { return d.sheet == sheet && d.cell == cell; });
    return found == p.diagnostics.end() ? nullptr : &*found;
}

Row task_row(const char* id, Cell method, Cell etc) {
    return {s("P1"), s(id), s("Task"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, 40.0, method, etc};
}

Workbook with_methods(std::vector<Row> rows, const char* method_header = "EV method",
                      const char* etc_header = "ETC") {
    rows.insert(rows.begin(), Row{s("Project"), s("WBS"), s("Task name"), s("Budget"), s("Planned start"),
                                  s("Planned finish"), s("% complete"), s("Actual cost"), s(method_header),
                                  s(etc_header)});
    Workbook wb;
    wb.sheets.push_back(make_sheet("Tasks", rows));
    return wb;
}

TEST(WorkbookReaderEarning, ReadsTheEvMethodAndEtcColumns) {
    const Portfolio p = read_portfolio(
        with_methods({task_row("1", s("0/100"), 60.0), task_row("2", s("50-50"), blank), task_row("3", s("LOE"), 0.0),
                      task_row("4", s("加重マイルストーン"), blank), task_row("5", s("apportioned:1"), blank),
                      task_row("6", s("配分：4"), blank), task_row("7", blank, blank), task_row("8", s("20/80"), blank)}),
        {});
    ASSERT_EQ(p.tasks.size(), 8u) << listing(p);
    EXPECT_EQ(p.tasks[0].earning_rule, EarningRule::zero_hundred);
    EXPECT_EQ(p.tasks[1].earning_rule, EarningRule::fifty_fifty);
    EXPECT_EQ(p.tasks[2].earning_rule, EarningRule::level_of_effort);
    EXPECT_EQ(p.tasks[3].earning_rule, EarningRule::weighted_milestones);
    EXPECT_EQ(p.tasks[4].earning_rule, EarningRule::apportioned);
    EXPECT_EQ(p.tasks[4].apportioned_to, "1");
    EXPECT_EQ(p.tasks[5].earning_rule, EarningRule::apportioned);
    EXPECT_EQ(p.tasks[5].apportioned_to, "4");
    EXPECT_EQ(p.tasks[6].earning_rule, EarningRule::percent_complete);
    EXPECT_EQ(p.tasks[7].earning_rule, EarningRule::twenty_eighty);
    for (const Task& t : p.tasks)
        EXPECT_FALSE(t.earning_fallback);
    EXPECT_TRUE(p.has_etc_column);
    EXPECT_EQ(p.tasks[0].etc, 60.0);
    EXPECT_FALSE(p.tasks[1].etc);
    EXPECT_EQ(p.tasks[2].etc, 0.0);
    EXPECT_TRUE(p.diagnostics.empty() || std::none_of(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic& d) {
                    return d.severity != Diagnostic::Severity::note && d.sheet == "Tasks";
                })) << listing(p);
}

TEST(WorkbookReaderEarning, JapaneseHeadersAreRecognised) {
    const Portfolio p = read_portfolio(
        with_methods({task_row("1", s("レベル・オブ・エフォート"), 12.0)}, "出来高計上方法", "残作業見積"), {});
    ASSERT_EQ(p.tasks.size(), 1u) << listing(p);
    EXPECT_EQ(p.tasks[0].earning_rule, EarningRule::level_of_effort);
    EXPECT_EQ(p.tasks[0].etc, 12.0);
}

TEST(WorkbookReaderEarning, ABadMethodIsAWarningAtItsCellAndTheTaskEarnsByPercentComplete) {
    const Portfolio p = read_portfolio(
        with_methods({task_row("1", s("earned somehow"), blank), task_row("2", s("apportioned"), blank),
                      task_row("3", CellError{0x7FFF}, blank), task_row("4", 50.0, blank)}),
        {});
    ASSERT_EQ(p.tasks.size(), 4u) << listing(p);  // no row is skipped
    for (const Task& t : p.tasks) {
        EXPECT_EQ(t.earning_rule, EarningRule::percent_complete);
        EXPECT_TRUE(t.earning_fallback);
    }
    const Diagnostic* unknown = find(p, "Tasks", "I2");
    ASSERT_TRUE(unknown) << listing(p);
    EXPECT_EQ(unknown->severity, Diagnostic::Severity::warning);
    EXPECT_FALSE(unknown->row_skipped);
    EXPECT_EQ(unknown->text(Language::en),
              "unknown EV method \"earned somehow\": use percent, 0/100, 50/50, 20/80, milestones, loe or apportioned; "
              "the task earns by percent complete");
    EXPECT_NE(unknown->text(Language::ja).find("出来高計上方法「earned somehow」は使えません"), std::string::npos);
    EXPECT_NE(unknown->text(Language::ja).find("進捗率で計上します"), std::string::npos);
    const Diagnostic* no_base = find(p, "Tasks", "I3");
    ASSERT_TRUE(no_base) << listing(p);
    EXPECT_EQ(code(no_base->message.id), "apportioned_needs_base");
    const Diagnostic* error = find(p, "Tasks", "I4");
    ASSERT_TRUE(error) << listing(p);
    EXPECT_EQ(code(error->message.id), "earning_rule_cell_error");
    const Diagnostic* number = find(p, "Tasks", "I5");
    ASSERT_TRUE(number) << listing(p);
    EXPECT_NE(number->text(Language::en).find("\"50\""), std::string::npos);
    EXPECT_TRUE(is_fallback(*unknown));
}

TEST(WorkbookReaderEarning, ABadEtcIsAnErrorOfItsRowLikeAnyNumber) {
    const Portfolio p = read_portfolio(with_methods({task_row("1", blank, s("lots")), task_row("2", blank, -5.0),
                                                     task_row("3", blank, 10.0)}),
                                       {});
    ASSERT_EQ(p.tasks.size(), 1u) << listing(p);
    EXPECT_TRUE(find(p, "Tasks", "J2") && find(p, "Tasks", "J2")->row_skipped) << listing(p);
    EXPECT_EQ(code(find(p, "Tasks", "J3")->message.id), "etc_negative");
}

TEST(WorkbookReaderEarning, WithoutTheColumnsNothingChanges) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Tasks", {{s("WBS"), s("Task name"), s("Budget"), s("Planned start"),
                                              s("Planned finish"), s("% complete")},
                                             {s("1"), s("A"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.tasks.size(), 1u);
    EXPECT_FALSE(p.has_etc_column);
    EXPECT_EQ(p.tasks[0].earning_rule, EarningRule::percent_complete);
    EXPECT_FALSE(p.tasks[0].earning_fallback);
    EXPECT_TRUE(p.milestones.empty());
}

TEST(WorkbookReaderEarning, ReadsTheMilestonesSheet) {
    Workbook wb = with_methods({task_row("1", s("milestones"), blank)});
    wb.sheets.push_back(make_sheet(
        "Milestones", {{s("Project ID"), s("Task ID"), s("Milestone"), s("Weight"), s("Done")},
                       {s("P1"), s("1"), s("Design approved"), 30.0, d(2025, 6, 5)},
                       {s("P1"), s("1"), s("Code complete"), 50.0, s("済")},
                       {s("P1"), s("1"), s("Tested"), 20.0, blank},
                       {s("P1"), s("1"), s("Signed"), 0.0, s("no")},
                       {s("P1"), s("1"), s("Typed date"), 5.0, s("2025-06-06")},
                       {s("P1"), s("1"), s("Boolean"), 5.0, 1.0},
                       {s("P1"), s("1"), s("Odd mark"), 5.0, s("maybe")},
                       {s("P1"), s("1"), s("Error"), 5.0, CellError{0x7FFF}},
                       {s("P1"), s("1"), s("Negative"), -5.0, blank},
                       {s("P1"), blank, s("No task"), 5.0, blank},
                       {s("P1"), s("1"), s("No weight"), blank, blank}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.milestones.size(), 7u) << listing(p);
    const MilestoneEntry& first = p.milestones[0];
    EXPECT_EQ(first.project_id, "P1");
    EXPECT_EQ(first.task_id, "1");
    EXPECT_EQ(first.name, "Design approved");
    EXPECT_DOUBLE_EQ(first.weight, 30);
    EXPECT_TRUE(first.achieved);
    EXPECT_EQ(first.achieved_on, date(2025, 6, 5));
    EXPECT_TRUE(p.milestones[1].achieved);
    EXPECT_FALSE(p.milestones[1].achieved_on);
    EXPECT_FALSE(p.milestones[2].achieved);
    EXPECT_FALSE(p.milestones[3].achieved);
    EXPECT_EQ(p.milestones[4].achieved_on, date(2025, 6, 6));
    EXPECT_TRUE(p.milestones[5].achieved);
    EXPECT_FALSE(p.milestones[6].achieved);
    EXPECT_EQ(code(find(p, "Milestones", "E8")->message.id), "milestone_done_unknown");
    EXPECT_EQ(find(p, "Milestones", "E8")->severity, Diagnostic::Severity::warning);
    EXPECT_TRUE(find(p, "Milestones", "E9")->row_skipped) << listing(p);
    EXPECT_EQ(code(find(p, "Milestones", "D10")->message.id), "milestone_weight_negative");
    EXPECT_EQ(code(find(p, "Milestones", "B11")->message.id), "milestone_needs_task");
    EXPECT_EQ(code(find(p, "Milestones", "D12")->message.id), "milestone_needs_weight");
}

TEST(WorkbookReaderEarning, AJapaneseMilestonesSheetOfOneProject) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("タスク", {{s("WBS番号"), s("タスク名"), s("予算"), s("開始予定日"), s("終了予定日"),
                                              s("進捗率"), s("出来高計上方法")},
                                             {s("1"), s("設計"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5,
                                              s("マイルストーン")}}));
    wb.sheets.push_back(make_sheet("マイルストーン", {{s("WBS番号"), s("マイルストーン"), s("重み"), s("達成日")},
                                                     {s("1"), s("基本設計レビュー"), 0.4, d(2025, 6, 6)},
                                                     {s("1"), s("詳細設計レビュー"), 0.6, blank}}));
    const Portfolio p = read_portfolio(wb, {"案件", {}});
    ASSERT_EQ(p.milestones.size(), 2u) << listing(p);
    EXPECT_EQ(p.milestones[0].project_id, p.tasks[0].project_id);
    EXPECT_EQ(p.tasks[0].earning_rule, EarningRule::weighted_milestones);
}

}  // namespace
}  // namespace pmocalc
