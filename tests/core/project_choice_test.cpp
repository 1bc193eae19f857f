// Choosing projects from the workbook: the Criteria and Scores sheets and the
// Projects sheet's cost estimate, people and candidate columns (en/ja), every
// bad cell named; weighted scores, ranks and the selection with its reasons.
#include "core/project_choice.hpp"

#include <algorithm>

#include "core/status_report.hpp"
#include "core/summary_json.hpp"
#include "core/reading/workbook_reader.hpp"
#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

Sheet tasks_sheet() {
    return make_sheet("Tasks", {{s("Project ID"), s("Task name"), s("Budget"), s("Planned start"), s("Planned finish")},
                                {s("P01"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P02"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P03"), s("Build"), 60.0, d(2025, 6, 2), d(2025, 6, 13)},
                                {s("P04"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}});
}

// Greedy by score per cost is wrong here (budget 10): P03 has the best ratio
// (10/6) but leaves no room; P01 + P02 (cost 5 + 5, score 6 + 6 = 12) is best.
Workbook workbook(std::vector<Sheet> extra) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Projects", {{s("Status date"), d(2025, 6, 30)},
                                                {s("Project ID"), s("Project name"), s("Cost estimate"),
                                                 s("People needed"), s("Candidate")},
                                                {s("P01"), s("Alpha"), 5.0, 2.0, s("yes")},
                                                {s("P02"), s("Beta"), 5.0, 2.0, s("○")},
                                                {s("P03"), s("Gamma"), blank, 1.0, s("yes")},
                                                {s("P04"), s("Delta"), 1.0, 1.0, s("no")}}));
    wb.sheets.push_back(tasks_sheet());
    for (Sheet& sheet : extra)
        wb.sheets.push_back(std::move(sheet));
    return wb;
}

// Weights 3 and 1 (sum 4, normalised): P01 = (6·3 + 6·1)/4 = 6, P02 = 6,
// P03 = (12·3 + 4·1)/4 = 10; P04 (not a candidate) = (20·3 + 0)/4 = 15 with one score missing.
Sheet criteria() {
    return make_sheet("Criteria", {{s("Criterion"), s("Weight")}, {s("Strategy"), 3.0}, {s("Risk"), 1.0}});
}
Sheet scores() {
    return make_sheet("Scores", {{s("Project"), s("Criterion"), s("Score")},
                                 {s("P01"), s("Strategy"), 6.0}, {s("P01"), s("Risk"), 6.0},
                                 {s("P02"), s("Strategy"), 6.0}, {s("P02"), s("Risk"), 6.0},
                                 {s("P03"), s("Strategy"), 12.0}, {s("P03"), s("Risk"), 4.0},
                                 {s("P04"), s("Strategy"), 20.0}});
}

std::vector<ProjectStatus> statuses(const Portfolio& p) {
    AnalysisOptions options;
    options.status_date = date(2025, 6, 30);
    return analyse_portfolio(p, options).projects;
}

const Diagnostic* find(const Portfolio& p, Msg id) {
    const auto it = std::find_if(p.diagnostics.begin(), p.diagnostics.end(),
                                 [&](const Diagnostic& d) { return d.message.id == id; });
    return it == p.diagnostics.end() ? nullptr : &*it;
}

// Whether the first diagnostic `id` is said at sheet!cell.
::testing::AssertionResult said_at(const Portfolio& p, Msg id, std::string_view sheet, std::string_view cell) {
    const Diagnostic* found = find(p, id);
    if (!found)
        return ::testing::AssertionFailure() << "not said at all";
    if (found->sheet != sheet || found->cell != cell)
        return ::testing::AssertionFailure() << "said at " << found->sheet << "!" << found->cell;
    return ::testing::AssertionSuccess();
}

bool has_note(const ProjectChoice& c, Msg id) {
    return std::any_of(c.notes.begin(), c.notes.end(), [&](const Message& m) { return m.id == id; });
}

const RankedProject& project(const ProjectChoice& c, const std::string& id) {
    return *std::find_if(c.projects.begin(), c.projects.end(), [&](const RankedProject& r) { return r.id == id; });
}

TEST(ProjectChoice, ReadsCriteriaScoresAndProjectFacts) {
    const Portfolio p = read_portfolio(workbook({criteria(), scores()}), {});
    ASSERT_EQ(p.selection.criteria.size(), 2u);
    EXPECT_EQ(p.selection.criteria[0].weight, 3);
    EXPECT_EQ(p.selection.scores.size(), 7u);
    ASSERT_EQ(p.selection.facts.size(), 4u);
    EXPECT_EQ(*p.selection.facts[0].cost, 5);
    EXPECT_FALSE(p.selection.facts[2].cost);
    EXPECT_EQ(*p.selection.facts[2].people, 1);
    EXPECT_TRUE(*p.selection.facts[1].candidate);
    EXPECT_FALSE(*p.selection.facts[3].candidate);
}

TEST(ProjectChoice, RanksAndChoosesTheOptimumNotTheGreedySet) {
    const Portfolio p = read_portfolio(workbook({criteria(), scores()}), {});
    const ProjectChoice c = choose_projects(p.selection, statuses(p), 10.0, std::nullopt);
    ASSERT_TRUE(c.applies);
    ASSERT_EQ(c.projects.size(), 4u);
    EXPECT_EQ(c.projects[0].id, "P04");
    EXPECT_DOUBLE_EQ(c.projects[0].score, 15);
    EXPECT_EQ(c.projects[1].id, "P03");
    EXPECT_DOUBLE_EQ(c.projects[1].score, 10);
    EXPECT_EQ(c.projects[2].rank, 3);
    EXPECT_EQ(c.projects[3].rank, 3);  // P01 and P02 tie at 6
    EXPECT_TRUE(has_note(c, Msg::choice_weights_normalised));
    EXPECT_TRUE(has_note(c, Msg::choice_missing_scores));  // P04's Risk
    EXPECT_TRUE(has_note(c, Msg::choice_cost_from_bac));   // P03: its BAC 60 as cost
    EXPECT_DOUBLE_EQ(project(c, "P03").cost, 60);
    ASSERT_TRUE(c.selected);
    EXPECT_TRUE(project(c, "P01").chosen);
    EXPECT_TRUE(project(c, "P02").chosen);
    EXPECT_FALSE(project(c, "P03").chosen);
    EXPECT_FALSE(project(c, "P04").chosen);  // not a candidate
    EXPECT_DOUBLE_EQ(c.total_score, 12);
    EXPECT_DOUBLE_EQ(c.total_cost, 10);
    // P03 added to the chosen set: 10 + 60 − 10 = 60 over the budget.
    EXPECT_DOUBLE_EQ(*project(c, "P03").over_budget, 60);
}

TEST(ProjectChoice, PeopleLimitAndLeftOutReasons) {
    const Portfolio p = read_portfolio(workbook({criteria(), scores()}), {});
    // Budget 100 holds P01 + P02 + P03 (cost 70); 3 people hold P03 (1) + one of P01/P02 (2):
    // 10 + 6 = 16; the tie goes to P01 (the first row).
    const ProjectChoice c = choose_projects(p.selection, statuses(p), 100.0, 3.0);
    ASSERT_TRUE(c.selected);
    EXPECT_TRUE(project(c, "P01").chosen);
    EXPECT_FALSE(project(c, "P02").chosen);
    EXPECT_TRUE(project(c, "P03").chosen);
    EXPECT_FALSE(project(c, "P02").over_budget);       // 65 + 5 ≤ 100
    EXPECT_DOUBLE_EQ(*project(c, "P02").over_people, 2);  // 3 + 2 − 3
}

TEST(ProjectChoice, WithoutABudgetOnlyTheRanking) {
    const Portfolio p = read_portfolio(workbook({criteria(), scores()}), {});
    const ProjectChoice c = choose_projects(p.selection, statuses(p), std::nullopt, std::nullopt);
    EXPECT_TRUE(c.applies);
    EXPECT_FALSE(c.selected);
    EXPECT_TRUE(has_note(c, Msg::choice_needs_budget));
    EXPECT_EQ(c.projects.size(), 4u);
}

TEST(ProjectChoice, JapaneseHeaders) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("プロジェクト", {{s("プロジェクトID"), s("プロジェクト名"), s("投資額"), s("必要要員"), s("候補")},
                                                   {s("P01"), s("基幹"), 5.0, 2.0, s("候補")}}));
    wb.sheets.push_back(make_sheet("タスク", {{s("プロジェクトID"), s("タスク名"), s("予算"), s("開始予定日"), s("終了予定日")},
                                              {s("P01"), s("設計"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}}));
    wb.sheets.push_back(make_sheet("評価基準", {{s("評価基準"), s("ウェイト")}, {s("戦略適合"), 1.0}}));
    wb.sheets.push_back(make_sheet("スコア", {{s("プロジェクト"), s("評価基準"), s("点数")}, {s("P01"), s("戦略適合"), 4.0}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.selection.criteria.size(), 1u);
    ASSERT_EQ(p.selection.scores.size(), 1u);
    ASSERT_EQ(p.selection.facts.size(), 1u);
    EXPECT_TRUE(*p.selection.facts[0].candidate);
    EXPECT_EQ(*p.selection.facts[0].people, 2);
}

TEST(ProjectChoice, BadCellsAreNamed) {
    const Portfolio p = read_portfolio(
        workbook({make_sheet("Criteria", {{s("Criterion"), s("Weight")}, {s("Strategy"), -1.0}, {s("Risk"), 1.0},
                                          {s("Risk"), 2.0}}),
                  make_sheet("Scores", {{s("Project"), s("Criterion"), s("Score")},
                                        {s("P01"), s("Strategy"), 6.0},
                                        {s("P01"), s("Risk"), s("high")},
                                        {s("P09"), s("Risk"), 3.0},
                                        {s("P02"), s("Risk"), 3.0},
                                        {s("P02"), s("Risk"), 4.0}})}),
        {});
    const Diagnostic* weight = find(p, Msg::criterion_weight_invalid);
    ASSERT_TRUE(weight);
    EXPECT_EQ(weight->sheet, "Criteria");
    EXPECT_EQ(weight->cell, "B2");
    const Diagnostic* duplicate = find(p, Msg::criterion_duplicate);
    ASSERT_TRUE(duplicate);
    EXPECT_EQ(duplicate->cell, "A4");
    const Diagnostic* unknown = find(p, Msg::score_unknown_criterion);  // Strategy was refused
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->cell, "B2");
    const Diagnostic* text = find(p, Msg::not_a_number);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->cell, "C3");
    const Diagnostic* project = find(p, Msg::unknown_project);
    ASSERT_TRUE(project);
    EXPECT_EQ(project->sheet, "Scores");
    EXPECT_EQ(project->cell, "A4");
    const Diagnostic* twice = find(p, Msg::score_duplicate);
    ASSERT_TRUE(twice);
    EXPECT_EQ(twice->cell, "B6");
    ASSERT_EQ(p.selection.scores.size(), 1u);  // P02's first Risk score
}

// The same scores kept as columns of the Projects sheet, one a criterion.
Workbook workbook_with_score_columns(std::vector<Row> project_rows, std::vector<Sheet> extra = {}) {
    Workbook wb;
    std::vector<Row> rows{{s("Status date"), d(2025, 6, 30)},
                          {s("Project ID"), s("Project name"), s("Cost estimate"), s("People needed"), s("Candidate"),
                           s("Strategy"), s(" risk ")}};  // as typed: case and spaces do not matter
    rows.insert(rows.end(), project_rows.begin(), project_rows.end());
    wb.sheets.push_back(make_sheet("Projects", rows));
    wb.sheets.push_back(tasks_sheet());
    wb.sheets.push_back(criteria());
    for (Sheet& sheet : extra)
        wb.sheets.push_back(std::move(sheet));
    return wb;
}

TEST(ProjectChoice, ScoresAsProjectsColumnsChooseAsTheScoresSheetDoes) {
    const Portfolio columns = read_portfolio(
        workbook_with_score_columns({{s("P01"), s("Alpha"), 5.0, 2.0, s("yes"), 6.0, 6.0},
                                     {s("P02"), s("Beta"), 5.0, 2.0, s("○"), 6.0, 6.0},
                                     {s("P03"), s("Gamma"), blank, 1.0, s("yes"), 12.0, 4.0},
                                     {s("P04"), s("Delta"), 1.0, 1.0, s("no"), 20.0, blank}}),
        {});
    const Portfolio sheet = read_portfolio(workbook({criteria(), scores()}), {});
    EXPECT_EQ(columns.selection.scores.size(), 7u);  // P04's blank Risk is a missing score
    for (const auto* p : {&columns, &sheet})
        EXPECT_EQ(std::count_if(p->diagnostics.begin(), p->diagnostics.end(),
                                [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::error; }),
                  0);
    const ProjectChoice a = choose_projects(columns.selection, statuses(columns), 10.0, std::nullopt);
    const ProjectChoice b = choose_projects(sheet.selection, statuses(sheet), 10.0, std::nullopt);
    ASSERT_EQ(a.projects.size(), b.projects.size());
    for (std::size_t k = 0; k < a.projects.size(); ++k) {
        EXPECT_EQ(a.projects[k].id, b.projects[k].id);
        EXPECT_DOUBLE_EQ(a.projects[k].score, b.projects[k].score);
        EXPECT_EQ(a.projects[k].chosen, b.projects[k].chosen);
        EXPECT_EQ(a.projects[k].missing_scores, b.projects[k].missing_scores);
    }
    EXPECT_DOUBLE_EQ(a.total_score, 12);
}

TEST(ProjectChoice, ScoreColumnsInJapanese) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("プロジェクト", {{s("プロジェクトID"), s("プロジェクト名"), s("戦略適合"), s("収益性")},
                                                   {s("P01"), s("基幹"), 4.0, s("３")}}));  // full-width digit typed as text
    wb.sheets.push_back(make_sheet("タスク", {{s("プロジェクトID"), s("タスク名"), s("予算"), s("開始予定日"), s("終了予定日")},
                                              {s("P01"), s("設計"), 100.0, d(2025, 6, 2), d(2025, 6, 13)}}));
    wb.sheets.push_back(make_sheet("評価基準", {{s("評価基準"), s("ウェイト")}, {s("戦略適合"), 1.0}, {s("収益性"), 1.0}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.selection.scores.size(), 2u);
    EXPECT_EQ(p.selection.scores[0].criterion, "戦略適合");
    EXPECT_EQ(p.selection.scores[0].score, 4);
    EXPECT_EQ(p.selection.scores[1].criterion, "収益性");
    EXPECT_EQ(p.selection.scores[1].score, 3);
    EXPECT_TRUE(find(p, Msg::numbers_typed_as_text)) << "a number typed as text is said";
}

TEST(ProjectChoice, BadScoreCellsInProjectsColumnsAreNamed) {
    const Portfolio p = read_portfolio(
        workbook_with_score_columns({{s("P01"), s("Alpha"), 5.0, 2.0, s("yes"), s("high"), 6.0},
                                     {s("P02"), s("Beta"), 5.0, 2.0, s("yes"), -1.0, CellError{503}},
                                     {s("P03"), s("Gamma"), 5.0, 1.0, s("yes"), 7.0, 4.0}},
                                    {make_sheet("Scores", {{s("Project"), s("Criterion"), s("Score")},
                                                           {s("P03"), s("Strategy"), 8.0}})}),
        {});
    EXPECT_TRUE(said_at(p, Msg::not_a_number, "Projects", "F3"));
    EXPECT_TRUE(said_at(p, Msg::score_invalid, "Projects", "F4"));
    const auto error_said = std::any_of(p.diagnostics.begin(), p.diagnostics.end(), [](const Diagnostic& d) {
        return d.sheet == "Projects" && d.cell == "G4";
    });
    EXPECT_TRUE(error_said) << "the error value in P02's Risk is said";
    EXPECT_TRUE(said_at(p, Msg::score_duplicate, "Projects", "F5"));  // P03's Strategy on Scores and in the column
    // Kept: P03 Strategy 8 (the Scores sheet's), P01 Risk 6, P03 Risk 4.
    ASSERT_EQ(p.selection.scores.size(), 3u);
    EXPECT_EQ(p.selection.scores[0].score, 8);
}

TEST(ProjectChoice, ASecondScoreColumnOfACriterionIsSaidAndNotRead) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Projects", {{s("Project ID"), s("Project name"), s("Strategy"), s("strategy")},
                                                {s("P01"), s("Alpha"), 4.0, 9.0}}));
    wb.sheets.push_back(tasks_sheet());
    wb.sheets.push_back(criteria());
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_TRUE(said_at(p, Msg::duplicate_column, "Projects", "D1"));
    ASSERT_EQ(p.selection.scores.size(), 1u);
    EXPECT_EQ(p.selection.scores[0].score, 4);
}

TEST(ProjectChoice, ReportSectionAndJson) {
    const Workbook wb = workbook({criteria(), scores()});
    ReportSettings settings;
    settings.status_date = date(2025, 6, 30);
    settings.language = Language::en;
    settings.budget = 10.0;
    const ReportRequest request = request_for(settings, "Book", {date(2025, 6, 30), "2025-06-30 09:00"});
    const Assessment a = assess(wb, request);
    ASSERT_TRUE(a.reportable());
    const ReportLayout r = layout_report(a, request);
    ASSERT_GT(r.choice_first_row, 0u);
    // Rank 1: P04 (15), not a candidate.
    EXPECT_EQ(std::get<std::string>(r.rows[r.choice_first_row][1]), "P04");
    EXPECT_EQ(std::get<std::string>(r.rows[r.choice_first_row][6]), "Not a candidate");
    // Rank 2: P03, left out: 10 + 60 − 10 = 60 over the budget.
    EXPECT_EQ(std::get<std::string>(r.rows[r.choice_first_row + 1][6]), "Left out");
    EXPECT_NE(std::get<std::string>(r.rows[r.choice_first_row + 1][7]).find("exceed the budget by 60"),
              std::string::npos);
    EXPECT_EQ(std::get<std::string>(r.rows[r.choice_first_row + 2][6]), "Chosen");
    const auto scatter = std::find_if(r.charts.begin(), r.charts.end(),
                                      [](const ChartSpec& c) { return c.name == "pmocalc_choice"; });
    ASSERT_NE(scatter, r.charts.end());
    EXPECT_EQ(scatter->kind, ChartSpec::Kind::scatter);
    EXPECT_EQ(scatter->data.rows, 5u);  // header + four projects
    const std::string json = summary_json(a, {"book.ods", "PMO Report"});
    EXPECT_NE(json.find("\"selection\""), std::string::npos);
    EXPECT_NE(json.find("\"chosen\": [\n   \"P01\",\n   \"P02\"\n  ]"), std::string::npos) << json;
    EXPECT_NE(json.find("\"total_cost\": 10.0"), std::string::npos);
}

TEST(ProjectChoice, NoCriteriaSheetNoSection) {
    Workbook wb = workbook({});
    ReportSettings settings;
    settings.status_date = date(2025, 6, 30);
    const ReportRequest request = request_for(settings, "Book", {date(2025, 6, 30), ""});
    const Assessment a = assess(wb, request);
    EXPECT_FALSE(a.choice.applies);
    EXPECT_EQ(layout_report(a, request).choice_first_row, 0u);
    EXPECT_NE(summary_json(a, {"book.ods", "PMO Report"}).find("\"selection\": null"), std::string::npos);
}

}  // namespace
}  // namespace pmocalc
