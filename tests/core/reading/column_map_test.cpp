#include "core/reading/column_map.hpp"

#include <map>
#include <string>
#include <vector>

#include "core/reading/table_finder.hpp"
#include "../test_support.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;
using What = ColumnMapEntry::What;

// A map that must read without a problem.
ColumnMap map_of(std::string_view text) {
    std::vector<Diagnostic> problems;
    ColumnMap map = parse_column_map(text, problems);
    EXPECT_TRUE(problems.empty()) << text;
    return map;
}

TEST(ColumnMap, AColumnNamedByAFieldCode) {
    const ColumnMap map = map_of("Tasks!C = task_name");
    ASSERT_EQ(map.entries.size(), 1u);
    const ColumnMapEntry& entry = map.entries[0];
    EXPECT_EQ(entry.what, What::field);
    EXPECT_EQ(entry.sheet, "Tasks");
    EXPECT_EQ(entry.column, 2u);
    EXPECT_EQ(entry.word, "task_name");
    EXPECT_EQ(entry.line, 1u);
}

TEST(ColumnMap, AColumnNamedByAHeaderWord) {
    const ColumnMap map = map_of("Tasks!AB = タスク名");
    ASSERT_EQ(map.entries.size(), 1u);
    EXPECT_EQ(map.entries[0].what, What::field);
    EXPECT_EQ(map.entries[0].column, 27u);
    EXPECT_EQ(map.entries[0].word, "タスク名");
}

TEST(ColumnMap, ADashLeavesAColumnOrASheetUnread) {
    const ColumnMap map = map_of("Tasks!F = -\nNotes = -\nTasks!g = none");
    ASSERT_EQ(map.entries.size(), 3u);
    EXPECT_EQ(map.entries[0].what, What::skip_column);
    EXPECT_EQ(map.entries[0].column, 5u);
    EXPECT_EQ(map.entries[1].what, What::skip_sheet);
    EXPECT_EQ(map.entries[1].sheet, "Notes");
    EXPECT_EQ(map.entries[2].what, What::skip_column);
    EXPECT_EQ(map.entries[2].column, 6u);
}

TEST(ColumnMap, ASheetsKindInEnglishOrJapanese) {
    const ColumnMap map = map_of("Tasks = tasks\n進捗 = タスク\nLog = 課題\nWeekly = EVM");
    ASSERT_EQ(map.entries.size(), 4u);
    for (const ColumnMapEntry& entry : map.entries)
        EXPECT_EQ(entry.what, What::kind) << entry.sheet;
    EXPECT_EQ(map.entries[0].kind, TableKind::tasks);
    EXPECT_EQ(map.entries[1].kind, TableKind::tasks);
    EXPECT_EQ(map.entries[1].sheet, "進捗");
    EXPECT_EQ(map.entries[2].kind, TableKind::issues);
    EXPECT_EQ(map.entries[3].kind, TableKind::evm_series);
}

TEST(ColumnMap, AHeaderRowIsCountedFromOne) {
    const ColumnMap map = map_of("Tasks!5 = header\nTasks!6 = 見出し");
    ASSERT_EQ(map.entries.size(), 2u);
    EXPECT_EQ(map.entries[0].what, What::header_row);
    EXPECT_EQ(map.entries[0].row, 4u);
    EXPECT_EQ(map.entries[1].what, What::header_row);
    EXPECT_EQ(map.entries[1].row, 5u);
}

TEST(ColumnMap, QuotedSheetNamesMayHoldTheMarksOfTheMap) {
    const ColumnMap map = map_of("'WBS (v2)'!E = 作業名\n"
                                 "'A!B=C;D#E'!C = task_name\n"
                                 "'It''s mine'!D = start\n"
                                 "'Risks' = risks");
    ASSERT_EQ(map.entries.size(), 4u);
    EXPECT_EQ(map.entries[0].sheet, "WBS (v2)");
    EXPECT_EQ(map.entries[0].column, 4u);
    EXPECT_EQ(map.entries[1].sheet, "A!B=C;D#E");
    EXPECT_EQ(map.entries[1].column, 2u);
    EXPECT_EQ(map.entries[1].word, "task_name");
    EXPECT_EQ(map.entries[2].sheet, "It's mine");
    EXPECT_EQ(map.entries[2].word, "start");
    EXPECT_EQ(map.entries[3].sheet, "Risks");
    EXPECT_EQ(map.entries[3].kind, TableKind::risks);
}

TEST(ColumnMap, AnUnquotedSheetNameEndsAtTheLastBangBeforeTheEquals) {
    const ColumnMap map = map_of("Plan!v2!C = task_name");
    ASSERT_EQ(map.entries.size(), 1u);
    EXPECT_EQ(map.entries[0].sheet, "Plan!v2");
    EXPECT_EQ(map.entries[0].column, 2u);
}

TEST(ColumnMap, EntriesSeparatedBySemicolonsKeepTheirLine) {
    const ColumnMap map = map_of("Tasks = tasks; Tasks!C = task_name;Tasks!D = start\nRisks = risks");
    ASSERT_EQ(map.entries.size(), 4u);
    EXPECT_EQ(map.entries[1].column, 2u);
    EXPECT_EQ(map.entries[2].column, 3u);
    EXPECT_EQ(map.entries[2].word, "start");
    EXPECT_EQ(map.entries[2].line, 1u);
    EXPECT_EQ(map.entries[3].line, 2u);
}

TEST(ColumnMap, CommentsAtTheStartOfALineOrAfterASpace) {
    const ColumnMap map = map_of("# what the plan's columns are\n"
                                 "  # indented comment\n"
                                 "Tasks!C = task_name  # the name column\n"
                                 "Sheet#2!D = start\n");
    ASSERT_EQ(map.entries.size(), 2u);
    EXPECT_EQ(map.entries[0].word, "task_name");
    EXPECT_EQ(map.entries[0].line, 3u);
    // A "#" inside a word is part of it.
    EXPECT_EQ(map.entries[1].sheet, "Sheet#2");
    EXPECT_EQ(map.entries[1].line, 4u);
}

TEST(ColumnMap, AHashAloneAfterTheEqualsIsTheHeaderWordHash) {
    const ColumnMap map = map_of("Tasks!A = #\nTasks!B = task_name # a comment once the entry has its value");
    ASSERT_EQ(map.entries.size(), 2u);
    EXPECT_EQ(map.entries[0].word, "#");
    EXPECT_EQ(map.entries[1].word, "task_name");
}

TEST(ColumnMap, WindowsLineEnds) {
    const ColumnMap map = map_of("Tasks = tasks\r\nTasks!C = task_name\r\n\r\nTasks!5 = header\r\n");
    ASSERT_EQ(map.entries.size(), 3u);
    EXPECT_EQ(map.entries[1].word, "task_name");
    EXPECT_EQ(map.entries[1].line, 2u);
    EXPECT_EQ(map.entries[2].what, What::header_row);
    EXPECT_EQ(map.entries[2].line, 4u);
}

TEST(ColumnMap, UnreadableLinesAreWarningsNamingTheLineAndAreLeftOut) {
    std::vector<Diagnostic> problems;
    const ColumnMap map = parse_column_map("Tasks!C = task_name\n"
                                           "Tasks!C task_name\n"
                                           "Tasks!ZZZZ = task_name\n"
                                           "= tasks\n"
                                           "Tasks = kittens\n"
                                           "Tasks!0 = header\n"
                                           "Tasks!5 = top\n"
                                           "Tasks!D =\n"
                                           "'Unclosed!C = task_name\n"
                                           "Risks = risks",
                                           problems);
    ASSERT_EQ(map.entries.size(), 2u);
    EXPECT_EQ(map.entries[0].line, 1u);
    EXPECT_EQ(map.entries[1].line, 10u);
    ASSERT_EQ(problems.size(), 8u);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        EXPECT_EQ(problems[i].severity, Diagnostic::Severity::warning);
        EXPECT_EQ(problems[i].message.id, Msg::column_map_unreadable);
        const std::string line = "line " + std::to_string(i + 2) + ":";
        EXPECT_NE(problems[i].text(Language::en).find(line), std::string::npos) << problems[i].text(Language::en);
    }
    EXPECT_NE(problems[0].text(Language::en).find("\"Tasks!C task_name\""), std::string::npos);
}

TEST(ColumnMap, EntriesOfASheetAreFoundWhateverTheSpacesAround) {
    const ColumnMap map = map_of("Tasks!C = task_name\nRisks = risks\n  Tasks  !D = start");
    EXPECT_EQ(map.of_sheet("Tasks").size(), 2u);
    EXPECT_EQ(map.of_sheet(" Tasks ").size(), 2u);
    EXPECT_EQ(map.of_sheet("Risks").size(), 1u);
    EXPECT_TRUE(map.of_sheet("tasks").empty());  // sheet names are compared as typed
    EXPECT_TRUE(ColumnMap{}.empty());
}

TEST(ColumnMap, AMappedWordIsAFieldCodeElseAHeaderWordOfTheKind) {
    EXPECT_EQ(mapped_field(TableKind::tasks, "task_name"), Field::task_name);
    EXPECT_EQ(mapped_field(TableKind::tasks, " planned_start "), Field::planned_start);
    EXPECT_EQ(mapped_field(TableKind::tasks, "タスク名"), Field::task_name);
    EXPECT_EQ(mapped_field(TableKind::tasks, "Start"), Field::planned_start);
    EXPECT_EQ(mapped_field(TableKind::tasks, "開始日（実績）"), Field::actual_start);
    EXPECT_EQ(mapped_field(TableKind::risks, "Likelihood"), Field::probability);
    EXPECT_EQ(mapped_field(TableKind::tasks, "Likelihood"), std::nullopt);
    EXPECT_EQ(mapped_field(TableKind::tasks, "Remarks"), std::nullopt);
    // A hierarchy header names no one column.
    EXPECT_EQ(mapped_field(TableKind::tasks, "LV1"), std::nullopt);
}

TEST(ColumnMap, TableKindsByTheirCodesAndNames) {
    EXPECT_EQ(table_kind_from_word("tasks"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("Tasks"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("task"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("WBS"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("タスク"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("ﾀｽｸ"), TableKind::tasks);
    EXPECT_EQ(table_kind_from_word("リスク"), TableKind::risks);
    EXPECT_EQ(table_kind_from_word("課題"), TableKind::issues);
    EXPECT_EQ(table_kind_from_word("変更要求"), TableKind::changes);
    EXPECT_EQ(table_kind_from_word("evm_series"), TableKind::evm_series);
    EXPECT_EQ(table_kind_from_word("出来高"), TableKind::evm_series);
    EXPECT_EQ(table_kind_from_word("kittens"), std::nullopt);
    for (TableKind kind : all_table_kinds())
        EXPECT_EQ(table_kind_from_word(table_kind_code(kind)), kind) << table_kind_code(kind);
}

// ---- the map applied where tables are found ------------------------------------

// field code → column letters ("task_name" → "B"): readable when a test fails.
using Fields = std::map<std::string, std::string>;

Fields fields_of(const Table& table) {
    Fields out;
    for (const auto& [field, column] : table.columns)
        out.emplace(field_code(field), column_letters(column));
    return out;
}

// The codes of the messages said, in order.
std::vector<std::string> codes(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diagnostics)
        out.emplace_back(code(d.message.id));
    return out;
}

// A plan whose headers pmocalc does not know, but for "Done?".
Sheet own_words_plan() {
    return make_sheet("Plan", {{s("Ref"), s("What"), s("Kick-off"), s("Wrap-up"), s("Done?")},
                               {s("A1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6), 1.0},
                               {s("A2"), s("Build"), d(2025, 6, 9), d(2025, 6, 20), 0.5}});
}

TEST(ColumnMapApplied, AKindAndColumnsMakeAHeaderOfUnknownWordsReadable) {
    const Sheet sheet = own_words_plan();
    std::vector<Diagnostic> out;
    EXPECT_TRUE(find_tables(sheet, ColumnMap{}, out).empty());
    const ColumnMap map = map_of("Plan = tasks\nPlan!A = task_id\nPlan!B = タスク名\nPlan!C = Start\nPlan!D = planned_finish");
    const auto tables = find_tables(sheet, map, out);
    EXPECT_EQ(codes(out), std::vector<std::string>{});
    ASSERT_EQ(tables.size(), 1u);
    const Table& t = tables[0];
    EXPECT_EQ(t.kind, TableKind::tasks);
    EXPECT_TRUE(t.kind_mapped);
    EXPECT_EQ(t.header_row, 0u);
    EXPECT_EQ(fields_of(t), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "C"},
                                    {"planned_finish", "D"}, {"percent_complete", "E"}}));
    EXPECT_EQ(t.mapped, (std::vector<std::size_t>{0, 1, 2, 3}));
    EXPECT_TRUE(usable(t));
}

TEST(ColumnMapApplied, ColumnsAloneMakeAHeaderOfUnknownWordsReadable) {
    const Sheet sheet = own_words_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Plan!B = task_name\nPlan!C = 開始日\nPlan!D = 終了日"), out);
    EXPECT_EQ(codes(out), std::vector<std::string>{});
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::tasks);
    EXPECT_FALSE(tables[0].kind_mapped);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"task_name", "B"}, {"planned_start", "C"}, {"planned_finish", "D"},
                                            {"percent_complete", "E"}}));
}

// A plan pmocalc reads by itself.
Sheet plain_plan() {
    return make_sheet("Tasks", {{s("ID"), s("Task"), s("Start"), s("Finish"), s("Kick-off"), s("Owner")},
                                {s("1"), s("Design"), d(2025, 6, 2), d(2025, 6, 6), d(2025, 6, 3), s("Ann")}});
}

TEST(ColumnMapApplied, MovesAFieldToAnotherColumn) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!E = planned_start"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    // Start (C) is no longer read: the field has moved to E.
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"planned_start", "E"},
                                            {"planned_finish", "D"}, {"owner", "F"}}));
    EXPECT_EQ(tables[0].column(Field::planned_start), 4u);
}

TEST(ColumnMapApplied, GivesAColumnAnotherField) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!C = actual_start"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"task_id", "A"}, {"task_name", "B"}, {"actual_start", "C"},
                                            {"planned_finish", "D"}, {"owner", "F"}}));
}

TEST(ColumnMapApplied, LeavesAColumnUnread) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!F = -"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_FALSE(tables[0].has(Field::owner));
    EXPECT_EQ(tables[0].column(Field::owner), Table::no_column);
    EXPECT_EQ(tables[0].mapped, (std::vector<std::size_t>{5}));
    EXPECT_EQ(tables[0].used_columns().size(), 4u);
}

TEST(ColumnMapApplied, ALevelColumnJoinsTheLevelsOfTheOutline) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!F = level"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].level_columns, (std::vector<std::size_t>{5}));
    EXPECT_FALSE(tables[0].has(Field::level_name));
    EXPECT_FALSE(tables[0].has(Field::owner));
}

TEST(ColumnMapApplied, ForcesASheetsKind) {
    // Read by itself this is an issue log; its owner says it is their risk register.
    const Sheet sheet = make_sheet("Log", {{s("ID"), s("Title"), s("Raised"), s("Due"), s("Impact"), s("Status")},
                                           {s("L1"), s("Vendor late"), d(2025, 5, 2), d(2025, 5, 30), 100.0,
                                            s("Open")}});
    std::vector<Diagnostic> out;
    ASSERT_EQ(find_tables(sheet, ColumnMap{}, out).at(0).kind, TableKind::issues);
    const auto tables = find_tables(sheet, map_of("Log = risks"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].kind, TableKind::risks);
    EXPECT_TRUE(tables[0].kind_mapped);
    EXPECT_EQ(fields_of(tables[0]), (Fields{{"risk_id", "A"}, {"risk_title", "B"}, {"impact", "E"},
                                            {"status", "F"}}));
}

TEST(ColumnMapApplied, SaysWhereTheHeaderIs) {
    // The real header is under a row of words pmocalc knows too.
    const Sheet sheet = make_sheet("Tasks", {{s("Task"), s("Start"), s("Finish"), s("Owner")},
                                             {s("Name"), s("From"), s("To"), s("Who")},
                                             {s("Design"), d(2025, 6, 2), d(2025, 6, 6), s("Ann")}});
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!2 = header"), out);
    EXPECT_TRUE(out.empty());
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].header_row, 1u);
    EXPECT_EQ(tables[0].header_rows, 1u);
    EXPECT_EQ(tables[0].header_text(0), "Name");
}

TEST(ColumnMapApplied, TwoHeaderRowsInEitherOrder) {
    const Sheet sheet = make_sheet("Tasks", {{s("Tracker")},
                                             {s("Task"), s("Plan"), blank, s("Actual")},
                                             {blank, s("Start"), s("Finish"), s("Start")},
                                             {s("Design"), d(2025, 6, 2), d(2025, 6, 6), d(2025, 6, 3)}});
    for (const char* text : {"Tasks!2 = header\nTasks!3 = header", "Tasks!3 = header\nTasks!2 = header"}) {
        std::vector<Diagnostic> out;
        const auto tables = find_tables(sheet, map_of(text), out);
        EXPECT_TRUE(out.empty()) << text;
        ASSERT_EQ(tables.size(), 1u) << text;
        EXPECT_EQ(tables[0].header_row, 1u) << text;
        EXPECT_EQ(tables[0].header_rows, 2u) << text;
        EXPECT_EQ(tables[0].column(Field::actual_start), 3u) << text;
    }
}

TEST(ColumnMapApplied, LeavesASheetOut) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    EXPECT_TRUE(find_tables(sheet, map_of("Tasks = -"), out).empty());
    EXPECT_TRUE(out.empty());
}

TEST(ColumnMapApplied, AWordOfNoFieldIsSaidWithItsLine) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("# the plan\nTasks!E = Likelihood"), out);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_EQ(tables[0].column(Field::planned_start), 2u);  // the table stands as found
    ASSERT_EQ(codes(out), std::vector<std::string>{"column_map_unknown_field"});
    EXPECT_NE(out[0].text(Language::en).find("line 2"), std::string::npos) << out[0].text(Language::en);
    EXPECT_EQ(out[0].sheet, "Tasks");
}

TEST(ColumnMapApplied, AColumnPastTheSheetsLastIsSaidAndLeftOut) {
    const Sheet sheet = plain_plan();  // A … F
    std::vector<Diagnostic> out;
    const auto tables = find_tables(sheet, map_of("Tasks!Z = level\nTasks!H = planned_start"), out);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_TRUE(tables[0].level_columns.empty());
    EXPECT_EQ(tables[0].column(Field::planned_start), 2u);  // still Start
    ASSERT_EQ(codes(out), (std::vector<std::string>{"column_map_no_column", "column_map_no_column"}));
    EXPECT_NE(out[0].text(Language::en).find("line 1: sheet \"Tasks\" has nothing in column Z (its last column is F)"),
              std::string::npos)
        << out[0].text(Language::en);
    EXPECT_NE(out[1].text(Language::ja).find("シート「Tasks」のH列"), std::string::npos) << out[1].text(Language::ja);
}

TEST(ColumnMapApplied, SaysWhenTheSheetHasNoTable) {
    const Sheet sheet = make_sheet("Notes", {{s("Meeting notes")}, {s("Nothing decided.")}});
    std::vector<Diagnostic> out;
    EXPECT_TRUE(find_tables(sheet, map_of("Notes!A = task_name"), out).empty());
    EXPECT_EQ(codes(out), std::vector<std::string>{"column_map_no_table"});
}

TEST(ColumnMapApplied, SaysWhenTheMappedTableStillLacksAColumn) {
    const Sheet sheet = plain_plan();
    std::vector<Diagnostic> out;
    // The kind said, the table stands though the map leaves it no dates.
    const auto tables = find_tables(sheet, map_of("Tasks = tasks\nTasks!C = -\nTasks!D = -\nTasks!E = -"), out);
    ASSERT_EQ(tables.size(), 1u);
    EXPECT_FALSE(usable(tables[0]));
    EXPECT_EQ(codes(out), std::vector<std::string>{"column_map_table_unusable"});
}

}  // namespace
}  // namespace pmocalc
