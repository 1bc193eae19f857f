#include "core/reading/workbook_reader.hpp"
#include "core/text.hpp"

#include <algorithm>

#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

Workbook english_portfolio() {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Projects", {{s("PMO portfolio")},
                                                {s("Status date"), d(2025, 6, 30)},
                                                {},
                                                {s("Project ID"), s("Project name"), s("Program"), s("Department"), s("PM")},
                                                {s("P01"), s("Web shop"), s("Digital"), s("Sales"), s("Ann")},
                                                {s("P02"), s("ERP"), s("Core"), s("Finance"), s("Bob")}}));
    wb.sheets.push_back(make_sheet(
        "Tasks", {{s("Tasks (k¥)")},
                  {s("Project ID"), s("WBS"), s("Task name"), s("Budget (k¥)"), s("Planned start"), s("Planned finish"),
                   s("Baseline finish"), s("Forecast finish"), s("% complete"), s("Actual cost"), s("Milestone")},
                  {s("P01"), s("1.1"), s("Design"), 100.0, d(2025, 6, 2), d(2025, 6, 13), d(2025, 6, 13), d(2025, 6, 13), 1.0, 110.0, blank},
                  {s("P01"), s("1.2"), s("Build"), 200.0, d(2025, 6, 16), d(2025, 7, 11), d(2025, 7, 11), d(2025, 7, 18), 0.5, 90.0, blank},
                  {},
                  {s("P02"), 1.0, s("Go-live"), 0.0, d(2025, 7, 1), d(2025, 7, 1), d(2025, 7, 1), d(2025, 7, 3), 0.0, blank, s("Yes")}}));
    wb.sheets.push_back(make_sheet("Risks", {{s("Risk ID"), s("Project ID"), s("Risk"), s("Probability"), s("Impact"), s("Type"), s("Status")},
                                             {s("R1"), s("P01"), s("=HYPERLINK(\"x\")"), 0.5, 100.0, s("Threat"), s("Open")},
                                             {s("R2"), s("P02"), s("Reuse"), 0.2, 50.0, s("Opportunity"), s("Closed")}}));
    wb.sheets.push_back(make_sheet("Issues", {{s("Issue ID"), s("Project ID"), s("Issue"), s("Raised"), s("Due"), s("Closed")},
                                              {s("I1"), s("P01"), s("Late spec"), d(2025, 6, 1), d(2025, 6, 10), blank}}));
    wb.sheets.push_back(make_sheet("Holidays", {{s("Date"), s("Holiday")}, {d(2025, 7, 21), s("Marine Day")}}));
    return wb;
}

// Errors and warnings; notes only say how something was read.
std::vector<Diagnostic> problems(const Portfolio& p) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : p.diagnostics)
        if (d.severity != Diagnostic::Severity::note)
            out.push_back(d);
    return out;
}

// The codes of the diagnostics of a severity, in order.
std::vector<std::string> codes(const Portfolio& p, Diagnostic::Severity severity) {
    std::vector<std::string> out;
    for (const Diagnostic& d : p.diagnostics)
        if (d.severity == severity)
            out.emplace_back(code(d.message.id));
    return out;
}

std::vector<std::string> errors(const Portfolio& p) { return codes(p, Diagnostic::Severity::error); }
std::vector<std::string> warnings(const Portfolio& p) { return codes(p, Diagnostic::Severity::warning); }
using Codes = std::vector<std::string>;

std::string listing(const Portfolio& p) {
    std::string out;
    for (const Diagnostic& d : p.diagnostics)
        out += d.sheet + "!" + d.cell + ": " + d.text(Language::en) + "\n";
    return out;
}

TEST(WorkbookReader, ReadsAnEnglishPortfolioWithTitleRows) {
    const Portfolio p = read_portfolio(english_portfolio(), {});
    EXPECT_TRUE(problems(p).empty()) << listing(p);
    // The blank row between the tasks is skipped with a note.
    ASSERT_EQ(p.diagnostics.size(), 1u) << listing(p);
    EXPECT_EQ(p.diagnostics[0].severity, Diagnostic::Severity::note);
    EXPECT_EQ(p.diagnostics[0].cell, "A5");
    EXPECT_EQ(p.language, Language::en);
    ASSERT_EQ(p.projects.size(), 2u);
    EXPECT_EQ(p.projects[1].manager, "Bob");
    ASSERT_EQ(p.tasks.size(), 3u);
    EXPECT_EQ(p.tasks[1].name, "Build");
    EXPECT_EQ(p.tasks[1].budget, 200);
    EXPECT_EQ(p.tasks[1].forecast_finish, date(2025, 7, 18));
    EXPECT_EQ(p.tasks[2].id, "1");  // a numeric ID reads as text
    EXPECT_TRUE(p.tasks[2].milestone);
    EXPECT_FALSE(p.tasks[0].milestone);
    ASSERT_EQ(p.risks.size(), 2u);
    EXPECT_EQ(p.risks[0].title, "=HYPERLINK(\"x\")");
    EXPECT_FALSE(p.risks[1].open);
    EXPECT_EQ(p.risks[1].kind, RiskKind::opportunity);
    ASSERT_EQ(p.issues.size(), 1u);
    EXPECT_EQ(p.holidays, std::vector<Day>{date(2025, 7, 21)});
    EXPECT_EQ(p.status_date, date(2025, 6, 30));
}

TEST(WorkbookReader, ReadsTheScheduleNetworkColumns) {
    Workbook wb;
    wb.sheets.push_back(make_sheet(
        "タスク", {{s("タスクID"), s("タスク名"), s("予算"), s("開始予定日"), s("終了予定日"), s("先行タスク"),
                    s("楽観（日）"), s("最頻（日）"), s("悲観（日）"), s("制約の種類")},
                   {s("1"), s("設計"), 10.0, d(2025, 6, 2), d(2025, 6, 6), blank, 4.0, 5.0, 7.0, s("MSO")},
                   {s("2"), s("製造"), 10.0, d(2025, 6, 9), d(2025, 6, 13), 1.0, 6.0, 5.0, 7.0, s("できるだけ早く")},
                   {s("3"), s("試験"), 10.0, d(2025, 6, 16), d(2025, 6, 20), s("1;2FS+1"), 4.0, blank, 6.0, s("weird")}}));
    wb.sheets.push_back(make_sheet("リスク", {{s("リスクID"), s("リスク"), s("発生確率"), s("影響度"), s("対象タスク"),
                                            s("スケジュール影響（日）")},
                                           {s("R1"), s("遅延"), 0.5, 3.0, s("2"), 4.0}}));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.tasks.size(), 3u) << listing(p);
    EXPECT_TRUE(p.schedule_columns.predecessors);
    EXPECT_TRUE(p.schedule_columns.three_point);
    EXPECT_TRUE(p.schedule_columns.constraint);
    EXPECT_EQ(p.tasks[1].predecessors, "1");
    EXPECT_EQ(p.tasks[2].predecessors, "1;2FS+1");
    EXPECT_EQ(cell_address(p.tasks[2].source.row, p.tasks[2].predecessors_column), "F4");
    EXPECT_EQ(p.tasks[0].likely, 5.0);
    EXPECT_TRUE(p.tasks[0].hard_constraint);
    EXPECT_FALSE(p.tasks[1].hard_constraint);
    // A bad or incomplete estimate and an unknown constraint are said; the rows still count.
    EXPECT_FALSE(p.tasks[1].optimistic);
    EXPECT_FALSE(p.tasks[2].optimistic);
    EXPECT_EQ(warnings(p), (Codes{"no_holiday_sheet", "no_progress_column", "three_point_invalid",
                                  "three_point_incomplete", "constraint_unknown", "no_risk_status_column"}))
        << listing(p);
    EXPECT_EQ(p.diagnostics[2].cell, "G3");
    EXPECT_EQ(p.diagnostics[3].cell, "H4");
    ASSERT_EQ(p.risks.size(), 1u);
    EXPECT_EQ(p.risks[0].affected_task, "2");
    EXPECT_EQ(p.risks[0].schedule_impact_days, 4.0);
    EXPECT_EQ(p.risks[0].affected_task_cell, "E2");
}

TEST(WorkbookReader, ReadsJapaneseHeadersInAnyWidth) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("進捗管理", {{s("基準日："), d(2025, 6, 30)},
                                                {s("ＷＢＳ番号"), s("タスク名"), s("予定工数（人日）"), s("開始日（予定）"),
                                                 s("終了日（予定）"), s("開始日（実績）"), s("進捗率（％）"), s("実績工数")},
                                                {s("1"), s("設計"), 5.0, d(2025, 6, 2), d(2025, 6, 6), d(2025, 6, 3), 1.0, 6.0}}));
    wb.sheets.push_back(make_sheet("課題管理表", {{s("課題No"), s("課題内容"), s("起票日"), s("期限"), s("完了日"), s("優先度")},
                                                  {1.0, s("仕様未確定"), s("2025/06/01"), blank, blank, s("高")}}));
    wb.sheets.push_back(make_sheet("リスク", {{s("リスクID"), s("リスク事象"), s("発生確率"), s("影響額（千円）"), s("種別"), s("状況")},
                                              {s("R1"), s("要員離脱"), s("30%"), 1000.0, s("脅威"), s("対応中")},
                                              {s("R2"), s("部品再利用"), 0.4, 500.0, s("好機"), s("完了")}}));
    const Portfolio p = read_portfolio(wb, {"受注システム", {}});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    EXPECT_EQ(warnings(p), Codes{"no_holiday_sheet"}) << listing(p);
    EXPECT_EQ(p.language, Language::ja);
    ASSERT_EQ(p.projects.size(), 1u);
    EXPECT_EQ(p.projects[0].name, "受注システム");
    ASSERT_EQ(p.tasks.size(), 1u);
    EXPECT_EQ(p.tasks[0].start, date(2025, 6, 2));  // 開始日（予定）, not 開始日（実績）
    EXPECT_EQ(p.tasks[0].actual_cost, 6.0);
    ASSERT_EQ(p.issues.size(), 1u);
    EXPECT_EQ(p.issues[0].raised, date(2025, 6, 1));
    ASSERT_EQ(p.risks.size(), 2u);
    EXPECT_DOUBLE_EQ(p.risks[0].probability, 0.3);
    EXPECT_TRUE(p.risks[0].open);
    EXPECT_FALSE(p.risks[1].open);
    EXPECT_EQ(p.status_date, date(2025, 6, 30));
}

bool has_diagnostic(const Portfolio& p, const std::string& sheet, const std::string& cell, const std::string& words) {
    return std::any_of(p.diagnostics.begin(), p.diagnostics.end(), [&](const Diagnostic& d) {
        return d.sheet == sheet && d.cell == cell && d.text(Language::en).find(words) != std::string::npos;
    });
}


TEST(WorkbookReader, EveryCellProblemIsNamedAndItsRowSkipped) {
    Workbook wb = english_portfolio();
    Sheet& tasks = wb.sheets[1];
    const auto columns = tasks.cells.columns();
    std::vector<Row> rows;
    for (std::size_t r = 0; r < tasks.cells.rows(); ++r) {
        Row row;
        for (std::size_t c = 0; c < columns; ++c)
            row.push_back(owned(tasks.at(r, c)));
        rows.push_back(row);
    }
    rows.push_back({s("P01"), s("2.1"), s("Text budget"), s("abc"), d(2025, 6, 2), d(2025, 6, 6)});                 // row 7
    rows.push_back({s("P01"), s("2.2"), s("Bad date"), 10.0, s("2025/13/45"), d(2025, 6, 6)});                      // row 8
    rows.push_back({s("P01"), s("2.3"), s("Text date"), 10.0, s("2025/05/07"), d(2025, 6, 6)});                     // row 9: fine
    rows.push_back({s("P01"), s("2.4"), s("Too done"), 10.0, d(2025, 6, 2), d(2025, 6, 6), blank, blank, 1.5});     // row 10
    rows.push_back({s("P01"), s("2.5"), s("Backwards"), 10.0, d(2025, 6, 9), d(2025, 6, 6)});                       // row 11
    rows.push_back({s("P01"), s("1.1"), s("Duplicate"), 10.0, d(2025, 6, 2), d(2025, 6, 6)});                       // row 12
    rows.push_back({s("P99"), s("9.1"), s("Orphan"), 10.0, d(2025, 6, 2), d(2025, 6, 6)});                          // row 13
    tasks = make_sheet("Tasks", rows);
    wb.sheets[2] = make_sheet("Risks", {{s("Risk ID"), s("Project ID"), s("Risk"), s("Probability"), s("Impact")},
                                        {s("R1"), s("P01"), s("Vague"), s("soon"), 10.0}});
    wb.sheets[3] = make_sheet("Issues", {{s("Issue ID"), s("Project ID"), s("Issue"), s("Raised"), s("Due"), s("Closed")},
                                         {s("I1"), s("P01"), s("Time travel"), d(2025, 6, 10), blank, d(2025, 6, 1)}});
    const Portfolio p = read_portfolio(wb, {});
    const std::string text = listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "D7", "budget must be a number, found text \"abc\"")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "E8", "planned start must be a date")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "I10", "percent complete must lie in 0..1 (0% … 100%), got 150%")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "F11", "the finish lies before the start")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "B12", "appears twice")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "A13", "not on the Projects sheet")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Risks", "D2", "probability must be a number")) << text;
    EXPECT_TRUE(has_diagnostic(p, "Issues", "F2", "closed date lies before the raised date")) << text;
    EXPECT_EQ(problems(p).size(), 8u) << text;
    // In reading order: sheet by sheet, row by row.
    std::vector<std::string> order;
    for (const Diagnostic& d : problems(p))
        order.push_back(d.sheet + "!" + d.cell);
    EXPECT_EQ(order, (std::vector<std::string>{"Tasks!D7", "Tasks!E8", "Tasks!I10", "Tasks!F11", "Tasks!B12",
                                               "Tasks!A13", "Risks!D2", "Issues!F2"}));
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "E9", "1 date(s) in this column are typed as text")) << text;
    // The good rows survive: the three original tasks and the readable text date.
    ASSERT_EQ(p.tasks.size(), 4u);
    EXPECT_EQ(p.tasks[3].start, date(2025, 5, 7));
}

TEST(WorkbookReader, MissingSheetsAndColumnsReduceNotStop) {
    Workbook wb;
    wb.sheets.push_back(make_sheet("Sheet1", {{s("Task"), s("Start"), s("Finish"), s("Budget")},
                                              {s("Only task"), d(2025, 6, 2), d(2025, 6, 6), 5.0}}));
    const Portfolio p = read_portfolio(wb, {"Solo", {}});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    // No % complete: every task is not started, and said.
    EXPECT_EQ(warnings(p), (Codes{"no_holiday_sheet", "no_progress_column"})) << listing(p);
    ASSERT_EQ(p.tasks.size(), 1u);
    EXPECT_FALSE(p.tasks[0].actual_cost.has_value());
    EXPECT_FALSE(p.status_date.has_value());
    EXPECT_TRUE(p.risks.empty());

    Workbook empty;
    empty.sheets.push_back(make_sheet("Notes", {{s("hello")}}));
    const Portfolio nothing = read_portfolio(empty, {});
    ASSERT_EQ(nothing.diagnostics.size(), 1u);
    EXPECT_NE(nothing.diagnostics[0].text(Language::en).find("no task sheet"), std::string::npos);
}

TEST(WorkbookReader, SkipsItsOwnReportSheet) {
    Workbook wb = english_portfolio();
    wb.sheets.push_back(make_sheet("PMO Report", {{s("Project ID"), s("Task name"), s("Budget"), s("Planned start")},
                                                  {s("P01"), s("Not a task"), 1.0, d(2025, 1, 1)}}));
    const Portfolio p = read_portfolio(wb, {"", {"PMO Report"}});
    EXPECT_EQ(p.tasks.size(), 3u);
}

// --- silent wrong figures: every one is right or said ---------------------

Workbook one_task_sheet(std::vector<Row> rows, std::vector<Cell> holidays = {d(2025, 7, 21)}) {
    Workbook wb;
    rows.insert(rows.begin(), {s("Task ID"), s("Task"), s("Budget"), s("Start"), s("Finish"), s("% complete"),
                               s("Actual cost")});
    wb.sheets.push_back(make_sheet("Tasks", rows));
    std::vector<Row> holiday_rows{{s("Date")}};
    for (const Cell& day : holidays)
        holiday_rows.push_back({day});
    wb.sheets.push_back(make_sheet("Holidays", holiday_rows));
    return wb;
}

TEST(WorkbookReader, ErrorCellsAreErrorsNeverBlanks) {
    // getDataArray hands an error cell over as void; the adapter fetches its code.
    const Portfolio p = read_portfolio(
        one_task_sheet({{s("1"), s("Build"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, CellError{0x7FFF}},
                        {s("2"), s("Test"), CellError{524}, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0},
                        {s("3"), CellError{522}, 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0},
                        {s("4"), s("Docs"), 100.0, CellError{532}, d(2025, 6, 13), 0.5, 10.0}}),
        {});
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "G2", "\"Actual cost\" contains the error #N/A")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "C3", "\"Budget\" contains the error #REF!")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "B4", "\"Task\" contains the error Err:522; shown as it is"))
        << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "D5", "\"Start\" contains the error #DIV/0!")) << listing(p);
    // The rows with an error in a figure are left out, not counted with a blank or 0.
    ASSERT_EQ(p.tasks.size(), 1u) << listing(p);
    EXPECT_EQ(p.tasks[0].name, "Err:522");
}

TEST(WorkbookReader, TextsAsLongAsABookAreShownShortened) {
    // A 100,000-character name and budget: what is kept and said of them is short.
    const std::string book = "Chapter one. " + std::string(100000, 'x');
    const Portfolio p = read_portfolio(
        one_task_sheet({{s("1"), Cell(book), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0},
                        {s("2"), s("Test"), Cell(book), d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0}}),
        {});
    ASSERT_EQ(p.tasks.size(), 1u) << listing(p);
    EXPECT_EQ(p.tasks[0].name, excerpt(book));
    EXPECT_EQ(p.tasks[0].name.substr(0, 13), "Chapter one. ");
    EXPECT_TRUE(p.tasks[0].name.ends_with("\u2026"));
    bool said = false;
    for (const Diagnostic& diagnostic : p.diagnostics) {
        const std::string text = diagnostic.text(Language::en);
        EXPECT_LT(text.size(), 2 * display_text_limit + 500) << text.substr(0, 300);
        said = said || (diagnostic.cell == "C3" && text.find("Chapter one. xxx") != std::string::npos);
    }
    EXPECT_TRUE(said) << listing(p);
}

TEST(WorkbookReader, NumbersTypedInOtherLocales) {
    const Portfolio p = read_portfolio(
        one_task_sheet({{s("1"), s("A"), s("1.000,50"), d(2025, 6, 2), d(2025, 6, 13), s("0,5"), s("1,500")},
                        {s("2"), s("B"), s("2.500"), d(2025, 6, 2), d(2025, 6, 13), 0.5, s("1,5")}}),
        {});
    ASSERT_EQ(p.tasks.size(), 2u) << listing(p);
    EXPECT_EQ(p.tasks[0].budget, 1000.5);
    EXPECT_EQ(p.tasks[0].percent_complete, 0.5);
    // Column C writes decimals with a comma ("1.000,50"): its "2.500" is 2500.
    EXPECT_EQ(p.tasks[1].budget, 2500);
    // Column G has "1,5", a decimal comma: its "1,500" is 1.5.
    EXPECT_EQ(p.tasks[0].actual_cost, 1.5);
    EXPECT_TRUE(warnings(p) == Codes{}) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "C2", "number(s) in this column are typed as text")) << listing(p);

    // With no evidence in its column, "1,500" is read the English/Japanese way, and said.
    const Portfolio q = read_portfolio(
        one_task_sheet({{s("1"), s("A"), s("1,500"), d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0}}), {});
    ASSERT_EQ(q.tasks.size(), 1u);
    EXPECT_EQ(q.tasks[0].budget, 1500);
    EXPECT_TRUE(has_diagnostic(q, "Tasks", "C2", "\"1,500\" can be read as 1500 or as 1.5; read as 1500"))
        << listing(q);
}

TEST(WorkbookReader, OverflowingAmountsAreErrors) {
    const Portfolio p = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.5e308, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0},
                        {s("2"), s("B"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, s("1e300")},
                        {s("3"), s("C"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0}}),
        {});
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "C2", "budget is too large to be an amount")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "G3", "actual cost is too large")) << listing(p);
    EXPECT_EQ(p.tasks.size(), 1u);
}

TEST(WorkbookReader, DateCellsAndDateTextAreAlike) {
    const Portfolio p = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.0, d(1950, 4, 3), d(1950, 4, 7), 1.0, 1.0},
                        {s("2"), s("B"), 1.0, s("1950-04-03"), s("1950/4/7"), 1.0, 1.0},
                        {s("3"), s("C"), 1.0, d(2199, 12, 30), d(2199, 12, 31), 0.0, blank}}),
        {});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    ASSERT_EQ(p.tasks.size(), 3u);
    EXPECT_EQ(p.tasks[0].start, p.tasks[1].start);
    EXPECT_EQ(p.tasks[0].finish, p.tasks[1].finish);
    EXPECT_EQ(p.tasks[2].finish, date(2199, 12, 31));
}

// "25/01/06" is 6 January 2025 in a Japanese workbook (yy/mm/dd), 25 January
// 2006 in a British one (dd/mm/yy): the column tells — yy/mm/dd keeps its
// first part while the last varies, dd/mm/yy the other way round.
TEST(WorkbookReader, TwoDigitDatePartsAreReadInTheOrderTheColumnShows) {
    const Portfolio japanese = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.0, s("25/01/06"), s("25/01/17"), 1.0, 1.0},
                        {s("2"), s("B"), 1.0, s("25/01/20"), s("25/02/07"), 0.5, 1.0},
                        {s("3"), s("C"), 1.0, s("25/02/10"), s("25/02/28"), 0.0, blank}}),
        {});
    EXPECT_TRUE(errors(japanese).empty()) << listing(japanese);
    ASSERT_EQ(japanese.tasks.size(), 3u);
    EXPECT_EQ(japanese.tasks[0].start, date(2025, 1, 6));
    EXPECT_EQ(japanese.tasks[2].finish, date(2025, 2, 28));
    EXPECT_NE(codes(japanese, Diagnostic::Severity::note), Codes{}) << listing(japanese);
    const auto notes = codes(japanese, Diagnostic::Severity::note);
    EXPECT_EQ(std::count(notes.begin(), notes.end(), "dates_read_short_year_first"), 2) << listing(japanese);

    const Portfolio british = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.0, s("06/01/25"), s("17/01/25"), 1.0, 1.0},
                        {s("2"), s("B"), 1.0, s("20/01/25"), s("07/02/25"), 0.5, 1.0},
                        {s("3"), s("C"), 1.0, s("10/02/25"), s("28/02/25"), 0.0, blank}}),
        {});
    EXPECT_TRUE(errors(british).empty()) << listing(british);
    ASSERT_EQ(british.tasks.size(), 3u);
    EXPECT_EQ(british.tasks[0].start, date(2025, 1, 6));
    EXPECT_EQ(british.tasks[2].finish, date(2025, 2, 28));
    const auto british_notes = codes(british, Diagnostic::Severity::note);
    EXPECT_EQ(std::count(british_notes.begin(), british_notes.end(), "dates_read_short_year_first"), 0);

    // Two rows tell already; one tells nothing: day/month/year, the one order
    // a date alone shows, with its two-digit year said.
    const Portfolio two = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.0, s("25/01/06"), s("25/01/17"), 1.0, 1.0},
                        {s("2"), s("B"), 1.0, s("25/01/20"), s("25/02/07"), 0.5, 1.0}}),
        {});
    ASSERT_EQ(two.tasks.size(), 2u) << listing(two);
    EXPECT_EQ(two.tasks[1].finish, date(2025, 2, 7));
    const Portfolio one = read_portfolio(
        one_task_sheet({{s("1"), s("A"), 1.0, s("25/01/06"), s("25/01/17"), 1.0, 1.0}}), {});
    ASSERT_EQ(one.tasks.size(), 1u) << listing(one);
    EXPECT_EQ(one.tasks[0].start, date(2006, 1, 25));
    const auto one_notes = codes(one, Diagnostic::Severity::note);
    EXPECT_EQ(std::count(one_notes.begin(), one_notes.end(), "two_digit_years"), 2) << listing(one);
}

TEST(WorkbookReader, AStrayValueFarBelowGivesOneNoteNotOnePerRow) {
    std::vector<Row> rows{{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0}};
    rows.resize(50000);
    rows.push_back({blank, blank, 7.0});
    const Portfolio p = read_portfolio(one_task_sheet(rows), {});
    EXPECT_LE(p.diagnostics.size(), 4u) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "A3", "49999 blank row(s) inside the table")) << listing(p);
    EXPECT_EQ(p.tasks.size(), 1u);
}

TEST(WorkbookReader, DuplicateColumnsAndMissingColumnsAreSaid) {
    Workbook wb = one_task_sheet({{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0, 9.0}});
    wb.sheets[0] = make_sheet("Tasks", {{s("Task ID"), s("Task"), s("Budget"), s("Start"), s("Finish"), s("% complete"),
                                         s("Actual cost"), s("Budget")},
                                        {s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0, 9.0}});
    wb.sheets.push_back(make_sheet("Risks", {{s("Risk"), s("Probability"), s("Impact")}, {s("R"), 0.5, 100.0}}));
    wb.sheets.push_back(make_sheet("Issues", {{s("Issue"), s("Raised")}, {s("I"), d(2025, 6, 3)}}));
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_TRUE(has_diagnostic(p, "Tasks", "H1", "\"Budget\" appears again in column H: column C is used")) << listing(p);
    EXPECT_EQ(p.tasks.at(0).budget, 1.0);
    EXPECT_TRUE(has_diagnostic(p, "Risks", "A1", "every risk is counted as open")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "Issues", "A1", "every issue is counted as open")) << listing(p);
}

TEST(WorkbookReader, StatusDateConventions) {
    auto with_label = [](Cell label, Cell value) {
        Workbook wb = one_task_sheet({{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0}});
        wb.sheets.push_back(make_sheet("Cover", {{label, value}}));
        return read_portfolio(wb, {});
    };
    for (const char* label : {"基準日", "進捗基準日", "報告日", "集計日", "評価日", "As of", "Data date", "Status date:"}) {
        const Portfolio p = with_label(s(label), d(2025, 6, 30));
        EXPECT_EQ(p.status_date, date(2025, 6, 30)) << label;
        EXPECT_EQ(p.status_date_source, StatusDateSource::label) << label;
    }
    EXPECT_EQ(with_label(s("基準日：2025/6/27"), blank).status_date, date(2025, 6, 27));
    EXPECT_EQ(with_label(s("As of 2025-06-26"), blank).status_date, date(2025, 6, 26));

    // The evmtools layout: one date cell above the task table, no label.
    Workbook gantt;
    gantt.sheets.push_back(make_sheet("ガントチャート", {{blank, blank, d(2025, 1, 10)},
                                                        {s("ID"), s("タスク名"), s("予定工数"), s("予定開始日"), s("予定終了日")},
                                                        {s("1"), s("設計"), 5.0, d(2025, 1, 6), d(2025, 1, 10)}}));
    const Portfolio g = read_portfolio(gantt, {});
    EXPECT_EQ(g.status_date, date(2025, 1, 10));
    EXPECT_EQ(g.status_date_source, StatusDateSource::gantt);
    EXPECT_TRUE(has_diagnostic(g, "ガントチャート", "C1", "status date 2025-01-10 taken from the date above"))
        << listing(g);

    // CSV exports: the file name's _YYYYMMDD.
    Workbook csv = one_task_sheet({{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0}});
    const Portfolio f = read_portfolio(csv, {"TestProject_20251216", {}});
    EXPECT_EQ(f.status_date, date(2025, 12, 16));
    EXPECT_EQ(f.status_date_source, StatusDateSource::file_name);
    EXPECT_TRUE(has_diagnostic(f, "", "", "status date 2025-12-16 taken from the file name")) << listing(f);
    EXPECT_EQ(read_portfolio(csv, {"TestProject", {}}).status_date, std::nullopt);
}

TEST(WorkbookReader, UnitAsTheWorkbookSaysIt) {
    EXPECT_EQ(read_portfolio(english_portfolio(), {}).unit, "k¥");  // "Budget (k¥)"
    Workbook titled = one_task_sheet({{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0}});
    titled.sheets.push_back(make_sheet("Projects", {{s("PMOポートフォリオ 2025年度（金額単位：千円）")},
                                                    {s("プロジェクトID"), s("プロジェクト名")},
                                                    {s("P1"), s("受注")}}));
    titled.sheets[0] = make_sheet("Tasks", {{s("Project ID"), s("Task"), s("Budget"), s("Start"), s("Finish")},
                                            {s("P1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6)}});
    EXPECT_EQ(read_portfolio(titled, {}).unit, "千円");
    EXPECT_EQ(read_portfolio(one_task_sheet({{s("1"), s("A"), 1.0, d(2025, 6, 2), d(2025, 6, 6), 0.5, 1.0}}), {}).unit,
              "");
}

// --- the real workbooks of ../shared/real-workbooks (evmtools-node fixtures) ---

const std::string real = PMOCALC_SOURCE_DIR "/tests/real-workbooks/evmtools-node/";

TEST(RealWorkbooks, TestProjectCsv) {
    Workbook wb;
    wb.sheets.push_back(sheet_from_csv(real + "TestProject_20251216.csv", "TestProject"));
    const Portfolio p = read_portfolio(wb, {"TestProject", {}});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    EXPECT_EQ(warnings(p), Codes{"no_holiday_sheet"}) << listing(p);
    EXPECT_EQ(p.language, Language::ja);
    ASSERT_EQ(p.tasks.size(), 3u);
    EXPECT_EQ(p.tasks[1].name, "実装");
    EXPECT_EQ(p.tasks[1].budget, 10);
    EXPECT_EQ(p.tasks[1].start, date(2025, 1, 13));
    EXPECT_DOUBLE_EQ(p.tasks[1].percent_complete, 0.5);
    EXPECT_EQ(p.tasks[0].actual_finish, date(2025, 1, 10));
}

TEST(RealWorkbooks, MixedDateFormats) {
    Workbook wb;
    wb.sheets.push_back(sheet_from_csv(real + "DateFormat_20251216.csv", "DateFormat"));
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    EXPECT_EQ(warnings(p), Codes{"no_holiday_sheet"}) << listing(p);
    ASSERT_EQ(p.tasks.size(), 2u);
    EXPECT_EQ(p.tasks[0].start, date(2025, 1, 6));
    EXPECT_EQ(p.tasks[1].start, date(2025, 1, 13));
}

TEST(RealWorkbooks, PercentAsZeroToHundred) {
    Workbook wb;
    wb.sheets.push_back(sheet_from_csv(real + "PercentProgress_20251216.csv", "PercentProgress"));
    const Portfolio p = read_portfolio(wb, {});
    ASSERT_EQ(p.tasks.size(), 3u);
    EXPECT_DOUBLE_EQ(p.tasks[0].percent_complete, 1.0);
    EXPECT_DOUBLE_EQ(p.tasks[1].percent_complete, 0.5);
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    EXPECT_EQ(warnings(p), Codes{"no_holiday_sheet"}) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "PercentProgress", "I1", "typed as 0–100")) << listing(p);
}

TEST(RealWorkbooks, InvalidRowsAreCountedAndSaidSo) {
    Workbook wb;
    wb.sheets.push_back(sheet_from_csv(real + "InvalidRows_20251216.csv", "InvalidRows"));
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_TRUE(errors(p).empty()) << listing(p);
    EXPECT_EQ(warnings(p), (Codes{"no_holiday_sheet", "task_without_id", "task_id_unusual"})) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "InvalidRows", "A3", "1 task(s) in this column have no ID")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "InvalidRows", "A4", "task ID \"abc\" does not look like")) << listing(p);
    ASSERT_EQ(p.tasks.size(), 4u);
    EXPECT_EQ(p.tasks[1].id, "");
    EXPECT_EQ(p.tasks[2].id, "abc");
}

TEST(RealWorkbooks, EmptyProjectHasNoTasksAndNoCrash) {
    Workbook wb;
    wb.sheets.push_back(sheet_from_csv(real + "EmptyProject_20251216.csv", "EmptyProject"));
    const Portfolio p = read_portfolio(wb, {});
    EXPECT_TRUE(p.tasks.empty());
    EXPECT_TRUE(p.diagnostics.empty()) << listing(p);
}

// The layout of ExcelTest.xlsx's ガントチャート sheet: a title row, the header on
// row 2, the task name spread over LV1…LV9, a summary row without effort, a
// day-by-day Gantt area whose header cells are date serials; and 休日テーブル.
TEST(RealWorkbooks, EvmtoolsGanttLayout) {
    Workbook wb;
    Row header{s("#"), s("ID"), s("工程"), s("種別")};
    for (int level = 1; level <= 9; ++level)
        header.push_back(std::string("LV") + std::to_string(level));
    for (const char* h : {"担当", "予定工数", "予定開始日", "予定終了日", "実績開始日", "実績終了日", "進捗率", "稼働予定日数", "PV", "EV"})
        header.push_back(std::string(h));
    header.push_back(45662.0);
    header.push_back(45663.0);
    auto task_row = [](double n, Cell lv1, Cell lv2, Cell owner, Cell effort, Cell start, Cell finish, Cell astart,
                       Cell afinish, Cell pct) {
        Row row{n, n, blank, blank, lv1, lv2, blank, blank, blank, blank, blank, blank, blank,
                owner, effort, start, finish, astart, afinish, pct};
        return row;
    };
    wb.sheets.push_back(make_sheet(
        "ガントチャート",
        {{blank},
         header,
         task_row(1, s("開発"), blank, blank, blank, 45663.0, 45674.0, blank, blank, blank),
         task_row(2, blank, s("設計"), s("田中"), 5.0, 45663.0, 45667.0, 45663.0, 45667.0, 1.0),
         task_row(3, blank, s("実装"), s("鈴木"), 8.0, 45665.0, 45673.0, 45665.0, blank, 0.4),
         task_row(4, blank, s("テスト"), s("田中"), 3.0, 45672.0, 45674.0, blank, blank, 0.0)}));
    wb.sheets.push_back(make_sheet("休日テーブル", {{s("日付"), s("祝日"), s("祝日定義ルール"), s("振替")},
                                                    {45658.0, s("元日"), s("固定")},
                                                    {45671.0, s("テスト祝日"), s("固定")}}));
    const Portfolio p = read_portfolio(wb, {"ExcelTest", {}});
    EXPECT_TRUE(problems(p).empty()) << listing(p);
    // "#" numbers the rows; "ID" is the task ID. The parent row 開発 is no task.
    EXPECT_TRUE(has_diagnostic(p, "ガントチャート", "A2", "\"#\" is not read: \"ID\" (column B)")) << listing(p);
    EXPECT_TRUE(has_diagnostic(p, "ガントチャート", "E3", "1 summary row(s) (parents of other rows, by the column each name"))
        << listing(p);
    EXPECT_EQ(p.language, Language::ja);  // #, ID, LV1…, PV are not English
    ASSERT_EQ(p.tasks.size(), 3u);  // the summary row 開発 carries no effort of its own
    EXPECT_EQ(p.tasks[0].name, "設計");
    EXPECT_EQ(p.tasks[1].id, "3");
    EXPECT_EQ(p.tasks[1].budget, 8);
    EXPECT_EQ(p.holidays, (std::vector<Day>{45658, 45671}));
    EXPECT_EQ(p.projects.size(), 1u);
    EXPECT_EQ(p.projects[0].name, "ExcelTest");
}

TEST(WorkbookReader, AnIssueListAboveTheTasksIsReadAndItsDateIsNoStatusDate) {
    Workbook wb;
    wb.sheets.push_back(make_sheet(
        "Plan", {{s("Issue ID"), s("Issue"), s("Raised")},
                 {s("I1"), s("Spec open"), d(2025, 5, 2)},
                 {},
                 {s("ID"), s("Task"), s("Owner"), s("Start"), s("Finish"), s("Work"), s("% Complete")},
                 {s("1"), s("Design"), s("Ann"), d(2025, 6, 2), d(2025, 6, 6), 5.0, 1.0},
                 {s("2"), s("Build"), s("Bob"), d(2025, 6, 9), d(2025, 6, 20), 10.0, 0.5}}));
    const Portfolio p = read_portfolio(wb, {"plan", {}});
    ASSERT_EQ(p.issues.size(), 1u) << listing(p);
    EXPECT_EQ(p.issues[0].title, "Spec open");
    EXPECT_EQ(p.tasks.size(), 2u);
    EXPECT_FALSE(p.status_date.has_value());  // the issue's raised date is not the date above the tasks
    EXPECT_TRUE(errors(p).empty()) << listing(p);
}

// A task without dates is an error on its row; when no task of the table has
// one (the plan's date columns left empty), the table gets one error naming
// the columns, not one per row.
TEST(WorkbookReader, TasksWithoutDatesAreSaidRowByRowOrOnceWhenNoneHasOne) {
    const Portfolio some = read_portfolio(
        one_task_sheet({{s("1"), s("Design"), 100.0, d(2025, 6, 2), d(2025, 6, 13), 0.5, 10.0},
                        {s("2"), s("Build"), 100.0, blank, blank, 0.0, blank},
                        {s("3"), s("Test"), 100.0, blank, blank, 0.0, blank}}),
        {});
    EXPECT_EQ(errors(some), (Codes{"task_needs_dates", "task_needs_dates"})) << listing(some);
    EXPECT_EQ(some.tasks.size(), 1u);
    EXPECT_EQ(some.tables_read.at(0).rows_skipped, 2u);

    const Portfolio none = read_portfolio(one_task_sheet({{s("1"), s("Design"), 100.0, blank, blank, 1.0, 10.0},
                                                          {s("2"), s("Build"), 100.0, blank, blank, 0.5, 5.0},
                                                          {s("3"), s("Test"), 100.0, blank, blank, 0.0, blank}}),
                                          {});
    ASSERT_EQ(errors(none), (Codes{"tasks_all_dateless"})) << listing(none);
    const auto said = std::find_if(none.diagnostics.begin(), none.diagnostics.end(), [](const Diagnostic& d) {
        return d.message.id == Msg::tasks_all_dateless;
    });
    EXPECT_EQ(said->cell, "D2");
    EXPECT_EQ(said->text(Language::en),
              "no task of this table has a planned start or finish (Start, Finish: empty): its 3 row(s) are not counted");
    EXPECT_TRUE(none.tasks.empty());
    EXPECT_EQ(none.tables_read.at(0).rows_skipped, 3u);

    // One row alone without dates is that row's error.
    const Portfolio one = read_portfolio(one_task_sheet({{s("1"), s("Design"), 100.0, blank, blank, 1.0, 10.0}}), {});
    EXPECT_EQ(errors(one), (Codes{"task_needs_dates"})) << listing(one);
}

// A plan left unfinished long before the status date: with a status date the
// workbook gives, only years away are implausible; with today for want of one,
// a quarter already says that the progress was recorded on some other day.
TEST(WorkbookReader, APlanLongPastTodayIsSaidWhenTodayStandsInForTheStatusDate) {
    const auto checked = [](Day status_date, bool today) {
        Portfolio p = read_portfolio(
            one_task_sheet({{s("1"), s("Build"), 100.0, d(2025, 1, 6), d(2025, 2, 14), 0.4, 10.0}}), {});
        p.diagnostics.clear();
        check_dates_against(p, status_date, today);
        return warnings(p);
    };
    EXPECT_EQ(checked(date(2025, 12, 1), false), Codes{}) << "the workbook's own date: late, not implausible";
    EXPECT_EQ(checked(date(2025, 12, 1), true), Codes{"plan_ended_long_before_today"});
    EXPECT_EQ(checked(date(2025, 4, 1), true), Codes{}) << "within a quarter of the plan's end";
    EXPECT_EQ(checked(date(2027, 6, 1), false), Codes{"dates_implausible"});
    EXPECT_EQ(checked(date(2027, 6, 1), true), Codes{"dates_implausible"}) << "said once";
}

}  // namespace
}  // namespace pmocalc
