#include "core/reading/outline.hpp"

#include <vector>

#include "../test_support.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;
using Summaries = std::vector<bool>;

// The one table of a sheet, as found.
Table table_of(const Sheet& sheet) {
    std::vector<Diagnostic> out;
    auto tables = find_tables(sheet, ColumnMap{}, out);
    EXPECT_EQ(tables.size(), 1u);
    return tables.empty() ? Table{} : tables.front();
}

// A task list whose first column holds these codes (or names), each task a week long.
Sheet plan(const char* first_header, const std::vector<Cell>& firsts, const std::vector<Cell>& names = {}) {
    std::vector<Row> rows{{s(first_header), s("Task"), s("Start"), s("Finish")}};
    for (std::size_t i = 0; i < firsts.size(); ++i)
        rows.push_back({firsts[i], i < names.size() ? names[i] : s("work"), d(2025, 6, 2), d(2025, 6, 6)});
    return make_sheet("Plan", rows);
}

TEST(Outline, FromWbsNumbers) {
    const Sheet sheet = plan("WBS", {s("1"), s("1.1"), s("1.1.1"), s("1.1.2"), s("1.2"), s("2")});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::wbs_numbers);
    EXPECT_EQ(outline.column, 0u);
    EXPECT_EQ(outline.summary, (Summaries{true, true, false, false, false, false}));
    // Two rows at the top: neither is the project's own row.
    EXPECT_EQ(outline.root, std::nullopt);
}

TEST(Outline, FromHyphenatedWbsNumbers) {
    const Sheet sheet = plan("WBS", {s("1"), s("1-1"), s("1-1-1"), s("1-2"), s("2"), s("2-1")});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::wbs_numbers);
    EXPECT_EQ(outline.summary, (Summaries{true, true, false, false, true, false}));
}

TEST(Outline, ADeeperRowOfAnotherBranchMakesNoSummary) {
    // 2.1 is deeper than 1 but not under it.
    const Sheet sheet = plan("WBS", {s("1"), s("2.1"), s("2.2")});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::wbs_numbers);
    EXPECT_EQ(outline.summary, (Summaries{false, false, false}));
}

TEST(Outline, TheOneRowAboveAllOthersIsTheRoot) {
    const Sheet sheet = plan("WBS", {s("1"), s("1.1"), s("1.2"), s("1.2.1")});
    const Table table = table_of(sheet);
    const Outline outline = read_outline(table);
    EXPECT_EQ(outline.summary, (Summaries{true, false, true, false}));
    EXPECT_EQ(outline.root, 1u);
    EXPECT_TRUE(outline.is_summary(1, table.first_row()));
    EXPECT_FALSE(outline.is_summary(2, table.first_row()));
    EXPECT_FALSE(outline.is_summary(0, table.first_row()));  // the header
    EXPECT_FALSE(outline.is_summary(9, table.first_row()));  // below the table
}

TEST(Outline, TaskIdsThatAreNoWbsNumbersGiveNoOutline) {
    const Sheet sheet = plan("ID", {s("T-1"), s("T-2"), s("T-3")});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::none);
    EXPECT_TRUE(outline.summary.empty());
}

TEST(Outline, FromAnOutlineLevelColumn) {
    const Sheet sheet = plan("Outline Level", {1.0, 2.0, 3.0, s("2"), 1.0});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::outline_level);
    EXPECT_EQ(outline.column, 0u);
    EXPECT_EQ(outline.summary, (Summaries{true, true, false, false, false}));
}

TEST(Outline, FromIndentation) {
    const Sheet sheet = make_sheet("Plan", {{s("Task"), s("Start"), s("Finish")},
                                            {s("Phase A"), d(2025, 6, 2), d(2025, 6, 13)},
                                            {s("  Design"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {s("  Build"), d(2025, 6, 9), d(2025, 6, 13)},
                                            {s("Phase B"), d(2025, 6, 16), d(2025, 6, 20)},
                                            {s("\u3000Test"), d(2025, 6, 16), d(2025, 6, 20)}});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::indentation);
    EXPECT_EQ(outline.column, 0u);
    EXPECT_EQ(outline.summary, (Summaries{true, false, false, true, false}));
}

TEST(Outline, OneStrayLeadingSpaceIsNoOutline) {
    const Sheet sheet = make_sheet("Plan", {{s("Task"), s("Start"), s("Finish")},
                                            {s("Design"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {s(" Build"), d(2025, 6, 9), d(2025, 6, 13)},
                                            {s("Test"), d(2025, 6, 16), d(2025, 6, 20)}});
    EXPECT_EQ(read_outline(table_of(sheet)).source, OutlineKind::none);
}

TEST(Outline, FromLevelColumns) {
    const Sheet sheet = make_sheet("WBS", {{s("LV1"), s("LV2"), s("LV3"), s("Owner"), s("Start"), s("Finish")},
                                           {s("Plan"), blank, blank, s("Ann"), d(2025, 6, 2), d(2025, 6, 13)},
                                           {blank, s("Scope"), blank, s("Ann"), d(2025, 6, 2), d(2025, 6, 6)},
                                           {blank, blank, s("Interviews"), s("Bob"), d(2025, 6, 2), d(2025, 6, 4)},
                                           {blank, s("Budget"), blank, s("Ann"), d(2025, 6, 9), d(2025, 6, 13)},
                                           {s("Build"), blank, blank, s("Cy"), d(2025, 6, 16), d(2025, 6, 27)}});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::level_columns);
    EXPECT_EQ(outline.column, 0u);
    EXPECT_EQ(outline.summary, (Summaries{true, true, false, false, false}));
}

TEST(Outline, FromWbsNumbersAtTheStartOfTheNames) {
    const Sheet sheet = make_sheet("Plan", {{s("Task"), s("Start"), s("Finish")},
                                            {s("1 Plan"), d(2025, 6, 2), d(2025, 6, 13)},
                                            {s("1.1 Scope"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {s("1.2. Budget"), d(2025, 6, 9), d(2025, 6, 13)},
                                            {s("2 Build"), d(2025, 6, 16), d(2025, 6, 27)}});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::wbs_numbers);
    EXPECT_EQ(outline.column, 0u);
    EXPECT_EQ(outline.summary, (Summaries{true, false, false, false}));
}

TEST(Outline, FromAParentColumn) {
    const Sheet sheet = make_sheet("Backlog", {{s("ID"), s("Parent"), s("Task"), s("Start"), s("Finish")},
                                               {s("10"), blank, s("Website"), d(2025, 6, 2), d(2025, 6, 27)},
                                               {s("11"), s("10"), s("Design"), d(2025, 6, 2), d(2025, 6, 6)},
                                               {s("12"), s("10"), s("Build"), d(2025, 6, 9), d(2025, 6, 27)},
                                               {s("13"), s("12"), s("Backend"), d(2025, 6, 9), d(2025, 6, 20)}});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::parents);
    EXPECT_EQ(outline.column, 1u);
    EXPECT_EQ(outline.summary, (Summaries{true, false, true, false}));
    EXPECT_EQ(outline.root, 1u);
}

TEST(Outline, AnOutlineLevelColumnComesBeforeWbsNumbers) {
    const Sheet sheet = make_sheet("Plan", {{s("WBS"), s("Outline Level"), s("Task"), s("Start"), s("Finish")},
                                            {s("1"), 1.0, s("Plan"), d(2025, 6, 2), d(2025, 6, 13)},
                                            {s("1.1"), 1.0, s("Scope"), d(2025, 6, 2), d(2025, 6, 6)},
                                            {s("1.2"), 2.0, s("Budget"), d(2025, 6, 9), d(2025, 6, 13)}});
    const Outline outline = read_outline(table_of(sheet));
    EXPECT_EQ(outline.source, OutlineKind::outline_level);
    EXPECT_EQ(outline.column, 1u);
    EXPECT_EQ(outline.summary, (Summaries{false, true, false}));
}

TEST(Outline, IndentationInSpaces) {
    EXPECT_EQ(indentation("Design"), 0u);
    EXPECT_EQ(indentation(""), 0u);
    EXPECT_EQ(indentation("  Design"), 2u);
    EXPECT_EQ(indentation("\tDesign"), 4u);
    EXPECT_EQ(indentation("\u3000Design"), 2u);
    EXPECT_EQ(indentation("\u00A0\u00A0Design"), 2u);
    EXPECT_EQ(indentation(" \u3000\tDesign  "), 7u);
}

TEST(Outline, WbsLikeCodes) {
    for (const char* code : {"1", "12", "1.2.3", "１．２"})
        EXPECT_TRUE(is_wbs_like(code)) << code;
    for (const char* code : {"", "1.", ".1", "1..2", "A.1", "1-2", "T1"})
        EXPECT_FALSE(is_wbs_like(code)) << code;
}

TEST(Outline, OutlineCodesMoreWidely) {
    for (const char* code : {"1.2.3", "A.1", "project.dev.backend", "1-2-3", "WP_1.2"})
        EXPECT_TRUE(is_outline_code(code)) << code;
    for (const char* code : {"", "1.", ".1", "1..2", "設計.1", "1 2"})
        EXPECT_FALSE(is_outline_code(code)) << code;
}

}  // namespace
}  // namespace pmocalc
