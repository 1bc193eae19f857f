// The Lessons sheet across projects: categories by phase, recurring ones, and
// the open risks of current projects whose category matches past lessons.
#include "core/lessons.hpp"

#include "core/reading/workbook_reader.hpp"
#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

Lesson lesson(std::string project, std::string category, std::string phase) {
    return {std::move(project), std::move(category), "text of " + category, std::move(phase), {}};
}

RiskEntry categorised(std::string project, std::string id, std::string category, double p, double impact,
                      bool open = true) {
    RiskEntry risk = risk_entry(std::move(project), std::move(id), "risk " + category, p, impact, RiskKind::threat, open);
    risk.category = std::move(category);
    return risk;
}

Portfolio portfolio() {
    Portfolio p;
    p.projects = {{"P01", "Current", "", "", ""}, {"P02", "Also current", "", "", ""}};
    p.lessons = {lesson("OLD-1", "Vendor management", "Design"), lesson("OLD-2", "vendor  management", "Test"),
                 lesson("OLD-1", "Testing", "Test"), lesson("OLD-1", "Testing", "Test"),
                 lesson("OLD-3", "Migration", ""), lesson("OLD-3", "", "Design"), lesson("OLD-1", "Testing", "Design")};
    p.risks = {categorised("P01", "R1", "Vendor Management", 0.5, 100),  // exposure 50
               categorised("P02", "R2", "Testing", 0.2, 1000),           // exposure 200
               categorised("P01", "R3", "Testing", 0.9, 1000, false),    // closed
               categorised("OLD-1", "R4", "Testing", 0.9, 1000),         // not a current project
               categorised("P02", "R5", "Staffing", 0.5, 10),            // no lesson about it
               categorised("P02", "R6", "", 0.5, 10)};                   // no category
    return p;
}

TEST(Lessons, CategoriesByPhaseMostLessonsFirstUnnamedLast) {
    const LessonsAnalysis l = analyse_lessons(portfolio());
    EXPECT_EQ(l.lessons, 7u);
    EXPECT_EQ(l.projects, 3u);  // OLD-1, OLD-2, OLD-3
    EXPECT_EQ(l.phases, (std::vector<std::string>{"Design", "Test", ""}));
    ASSERT_EQ(l.categories.size(), 4u);
    EXPECT_EQ(l.categories[0].name, "Testing");
    EXPECT_EQ(l.categories[0].lessons, 3u);
    EXPECT_EQ(l.categories[0].by_phase, (std::vector<std::size_t>{1, 2, 0}));
    // Case and spacing are ignored; the first spelling is shown.
    EXPECT_EQ(l.categories[1].name, "Vendor management");
    EXPECT_EQ(l.categories[1].lessons, 2u);
    EXPECT_EQ(l.categories[2].name, "Migration");
    EXPECT_EQ(l.categories[2].by_phase, (std::vector<std::size_t>{0, 0, 1}));
    EXPECT_EQ(l.categories[3].name, "");
}

TEST(Lessons, ACategoryRecursWhenTwoProjectsRecordedIt) {
    const LessonsAnalysis l = analyse_lessons(portfolio());
    EXPECT_FALSE(l.categories[0].recurs);  // Testing: three lessons, all from OLD-1
    EXPECT_TRUE(l.categories[1].recurs);   // Vendor management: OLD-1 and OLD-2
    EXPECT_EQ(l.categories[1].projects, (std::vector<std::string>{"OLD-1", "OLD-2"}));
    EXPECT_FALSE(l.categories[3].recurs);  // no category is no pattern
}

TEST(Lessons, WithoutProjectIdsRepeatedLessonsRecur) {
    Portfolio p;
    p.lessons = {lesson("", "Planning", ""), lesson("", "planning", ""), lesson("", "Testing", "")};
    const LessonsAnalysis l = analyse_lessons(p);
    EXPECT_EQ(l.projects, 0u);
    EXPECT_TRUE(l.categories[0].recurs);
    EXPECT_FALSE(l.categories[1].recurs);
}

TEST(Lessons, OpenRisksOfCurrentProjectsMatchingALessonMostExposedFirst) {
    const Portfolio p = portfolio();
    const LessonsAnalysis l = analyse_lessons(p);
    ASSERT_EQ(l.matched_risks.size(), 2u);
    EXPECT_EQ(p.risks[l.matched_risks[0].risk].id, "R2");
    EXPECT_DOUBLE_EQ(l.matched_risks[0].exposure, 200);
    EXPECT_EQ(l.categories[l.matched_risks[0].category].name, "Testing");
    EXPECT_EQ(p.risks[l.matched_risks[1].risk].id, "R1");
    EXPECT_EQ(l.categories[l.matched_risks[1].category].name, "Vendor management");
    EXPECT_EQ(p.lessons[l.matched_risks[1].first_lesson].project_id, "OLD-1");
    EXPECT_EQ(l.risks_with_category, 3u);  // R1, R2, R5: open, current, categorised
}

TEST(Lessons, TheReaderKeepsPhasesAndRiskCategoriesInBothLanguages) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Projects", {{s("プロジェクトID"), s("プロジェクト名")}, {s("P01"), s("基幹刷新")}}));
    wb.sheets.push_back(make_sheet("Tasks", {{s("プロジェクトID"), s("タスク名"), s("予算"), s("開始日"), s("終了日")},
                                             {s("P01"), s("設計"), 10.0, d(2025, 6, 2), d(2025, 6, 13)}}));
    wb.sheets.push_back(make_sheet("リスク", {{s("リスクID"), s("プロジェクトID"), s("リスク事象"), s("発生確率"),
                                               s("影響額"), s("種別"), s("リスク分類")},
                                              {s("R1"), s("P01"), s("納期遅延"), 0.3, 100.0, s("脅威"), s("ベンダー管理")}}));
    wb.sheets.push_back(make_sheet("教訓", {{s("プロジェクトID"), s("カテゴリ"), s("フェーズ"), s("教訓")},
                                           {s("旧P"), s("ベンダー管理"), s("設計"), s("受入基準は契約時に合意する")}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.risks.size(), 1u);
    EXPECT_EQ(p.risks[0].category, "ベンダー管理");
    EXPECT_EQ(p.risks[0].kind, RiskKind::threat);
    ASSERT_EQ(p.lessons.size(), 1u);
    EXPECT_EQ(p.lessons[0].phase, "設計");
    EXPECT_EQ(p.lessons[0].source.sheet, "教訓");
    EXPECT_EQ(analyse_lessons(p).matched_risks.size(), 1u);
}

}  // namespace
}  // namespace pmocalc
