#include "core/report_model.hpp"
#include "core/report_fingerprint.hpp"

#include <charconv>
#include <cmath>
#include <random>

#include <nlohmann/json.hpp>

#include "core/summary_json.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using test::risk_entry;

Portfolio sample() {
    Portfolio p;
    p.projects = {{"P1", "Web shop", "Digital", "Sales", "Ann"}, {"P2", "ERP", "Core", "Finance", "Bob"}};
    Task a;
    a.project_id = "P1";
    a.id = "1";
    a.name = "Build";
    a.budget = 1000;
    a.start = date(2025, 1, 6);
    a.finish = date(2025, 1, 17);
    a.percent_complete = 0.3;
    a.actual_cost = 600;
    Task b = a;
    b.project_id = "P2";
    b.actual_cost.reset();
    b.start = date(2025, 2, 3);
    b.finish = date(2025, 2, 7);
    b.percent_complete = 0;
    p.tasks = {a, b};
    p.risks = {risk_entry("P1", "R1", "=HYPERLINK(\"http://x\";\"y\")", 0.5, 100, RiskKind::threat, true)};
    p.diagnostics = {{Diagnostic::Severity::error, "Tasks", "D7", {Msg::not_a_number, {Msg::term_budget, "abc\nis"}},
                      true}};
    return p;
}

PortfolioStatus status_of(const Portfolio& p) {
    AnalysisOptions options;
    options.status_date = date(2025, 1, 10);
    return analyse_portfolio(p, options);
}

const Cell& cell(const ReportLayout& r, std::size_t row, std::size_t column) { return r.rows.at(row).at(column); }

TEST(ReportModel, LaysOutEverySectionOnARectangularGrid) {
    const Portfolio p = sample();
    const ReportLayout r = build_report(p, status_of(p), {Language::en, "2026-11-27 05:00", 0, ""});
    test::expect_printable(r);
    EXPECT_EQ(r.sheet_name, "PMO Report");
    for (const auto& row : r.rows)
        ASSERT_EQ(row.size(), r.columns);
    for (const FormattedSpan& f : r.formats) {
        EXPECT_LE(f.span.row + f.span.rows, r.rows.size());
        EXPECT_LE(f.span.column + f.span.columns, r.columns);
    }
    EXPECT_EQ(std::get<double>(cell(r, 1, 2)), date(2025, 1, 10));
    namespace col = report_column;
    EXPECT_EQ(std::get<double>(cell(r, r.portfolio_row, col::bac)), 2000);
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row, col::project_name)), "Web shop");
    EXPECT_EQ(std::get<std::string>(cell(r, r.status_first_row, col::status_project_name)), "Web shop");
    EXPECT_EQ(std::get<std::string>(cell(r, r.status_first_row, col::rag)), "RED");
    EXPECT_EQ(std::get<std::string>(cell(r, r.status_first_row, col::forecast_method)), "earned schedule");
    // P2 has no actual cost and nothing planned yet: its CPI and RAG are "–", not 0.
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row + 1, col::cpi)), "–");
    EXPECT_EQ(std::get<std::string>(cell(r, r.status_first_row + 1, col::rag)), "–");
    ASSERT_EQ(r.charts.size(), 3u);  // SPI and CPI by program, by project; the S-curve
    EXPECT_EQ(r.charts[0].name, "pmocalc_breakdown");
    EXPECT_EQ(r.charts[1].data.rows, 3u);  // header + two projects
    EXPECT_EQ(std::get<std::string>(cell(r, r.diagnostics_first_row, 1)), "D7");
}

TEST(ReportModel, CopiedTextStaysText) {
    const Portfolio p = sample();
    const ReportLayout r = build_report(p, status_of(p), {});
    bool found = false;
    for (const auto& row : r.rows)
        for (const Cell& c : row)
            if (const auto* text = std::get_if<std::string>(&c); text && text->starts_with("=HYPERLINK"))
                found = true;
    EXPECT_TRUE(found);
}

TEST(ReportModel, AnIdAsLongAsABookStaysACell) {
    // Names are shortened when read; an ID is kept whole for matching, but the
    // report never writes one longer than a cell can reasonably show.
    Portfolio p = sample();
    const std::string book(100000, 'P');
    p.projects[0].id = book;
    for (Task& task : p.tasks)
        if (task.project_id == "P1")
            task.project_id = book;
    const ReportLayout r = build_report(p, status_of(p), {});
    std::size_t longest = 0;
    for (const auto& row : r.rows)
        for (const Cell& c : row)
            if (const auto* text = std::get_if<std::string>(&c))
                longest = std::max(longest, text->size());
    EXPECT_GT(longest, 1000u);
    EXPECT_LE(longest, 2 * MessageArg::argument_text_limit + 3);
}

TEST(ReportModel, JapaneseLabels) {
    const Portfolio p = sample();
    const ReportLayout r = build_report(p, status_of(p), {Language::ja, "", 0, ""});
    test::expect_printable(r);
    EXPECT_EQ(r.sheet_name, "PMOレポート");
    EXPECT_EQ(std::get<std::string>(cell(r, 0, 0)), "PMOステータスレポート");
}

TEST(ReportModel, DatesFollowTheDocumentNullDate) {
    const Portfolio p = sample();
    const Day offset = date(1904, 1, 1);
    const ReportLayout r = build_report(p, status_of(p), {Language::en, "", offset, ""});
    EXPECT_EQ(std::get<double>(cell(r, 1, 2)), date(2025, 1, 10) - offset);
}

TEST(SummaryJson, HasTheContractKeysAndNullsForUndefinedFigures) {
    Assessment assessment;
    assessment.portfolio = sample();
    assessment.status = status_of(assessment.portfolio);
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    EXPECT_EQ(json["status_date"], "2025-01-10");
    EXPECT_EQ(json["language"], "en");
    EXPECT_EQ(json["portfolio"]["bac"], 2000);
    EXPECT_TRUE(json["portfolio"].contains("spit"));
    EXPECT_TRUE(json["portfolio"]["cpi"].is_number());
    ASSERT_EQ(json["projects"].size(), 2u);
    EXPECT_EQ(json["projects"][0]["slip_days"], 7);  // 30 % done half way: earned schedule says late
    EXPECT_EQ(json["projects"][0]["forecast_method"], "earned_schedule");
    EXPECT_EQ(json["problems"]["errors"], 1);
    EXPECT_EQ(json["es_period"], "weeks");
    EXPECT_EQ(json["projects"][0]["risk_exposure"], 50);
    EXPECT_EQ(json["projects"][0]["rag"], "RED");
    EXPECT_TRUE(json["projects"][1]["cpi"].is_null());
    EXPECT_TRUE(json["projects"][1]["rag"].is_null());
    EXPECT_EQ(json["risks"]["count"], 1);
    EXPECT_EQ(json["risks"]["exposure"], 50);
    EXPECT_EQ(json["issues"]["open"], 0);
    EXPECT_EQ(json["issues"]["aging"]["0-7"], 0);
    const auto& diagnostic = json["diagnostics"].at(0);
    EXPECT_EQ(diagnostic["sheet"], "Tasks");
    EXPECT_EQ(diagnostic["cell"], "D7");
    EXPECT_EQ(diagnostic["code"], "not_a_number");
    EXPECT_EQ(diagnostic["row_skipped"], true);
    EXPECT_EQ(diagnostic["message"], "budget must be a number, found text \"abc\nis\"; row skipped");
}

// sample() with a network in P1: 1 → 2 (FS), three-point estimates, and a second project P2 with a cycle.
Portfolio with_network() {
    Portfolio p = sample();
    p.schedule_columns.predecessors = true;
    p.schedule_columns.three_point = true;
    p.schedule_columns.baseline_finish = true;
    Task second = p.tasks[0];
    second.id = "2";
    second.name = "Test";
    second.start = date(2025, 1, 20);
    second.finish = date(2025, 1, 24);
    second.predecessors = "1";
    p.tasks.push_back(second);
    for (Task& t : p.tasks) {
        const double planned = t.id == "1" ? 10 : 5;  // working days, leaning late
        t.optimistic = planned * 0.8;
        t.likely = planned;
        t.pessimistic = planned * 1.8;
        t.source = {"Tasks", 2};
        t.predecessors_column = 10;  // K3
    }
    p.tasks[1].predecessors = "2";
    p.tasks[1].id = "2";
    return p;
}

TEST(ReportModel, ScheduleSectionWithChartsAndHealth) {
    const Portfolio p = with_network();
    const PortfolioStatus status = status_of(p);
    ASSERT_EQ(status.schedules.size(), 2u);
    for (Language language : {Language::en, Language::ja}) {
        const ReportLayout r = build_report(p, status, {language, "", 0, ""});
        test::expect_printable(r);
        for (const auto& row : r.rows)
            ASSERT_EQ(row.size(), r.columns);
        ASSERT_GT(r.schedule_first_row, 0u);
        EXPECT_EQ(std::get<std::string>(cell(r, r.schedule_first_row, 0)), "P1");
        EXPECT_EQ(std::get<std::string>(cell(r, r.schedule_first_row, 12)), "1 \u2192 2");
        EXPECT_EQ(std::get<double>(cell(r, r.schedule_first_row, 4)), date(2025, 1, 24));  // two weeks of work
        EXPECT_EQ(std::get<std::string>(cell(r, r.schedule_first_row + 1, 0)), "P2");
        EXPECT_TRUE(std::holds_alternative<std::string>(cell(r, r.schedule_first_row + 1, 2)));  // no figures
        ASSERT_EQ(r.charts.size(), 5u);  // the first: SPI and CPI by program
        EXPECT_EQ(r.charts[3].kind, ChartSpec::Kind::lines);
        EXPECT_EQ(r.charts[4].kind, ChartSpec::Kind::horizontal_bars);
        for (const ChartSpec& chart : r.charts) {
            EXPECT_LE(chart.data.row + chart.data.rows, r.rows.size());
            EXPECT_LE(chart.anchor.row + chart.anchor.rows, r.rows.size());
        }
        std::size_t checks = 0;
        for (const auto& row : r.rows)
            if (const auto* text = std::get_if<std::string>(&row[1]); text && text->starts_with("13 CPLI"))
                ++checks;
        EXPECT_EQ(checks, 1u);
    }
}

TEST(SummaryJson, ScheduleBlockPerProject) {
    Assessment assessment;
    assessment.portfolio = with_network();
    assessment.status = status_of(assessment.portfolio);
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    const auto& schedule = json["projects"][0]["schedule"];
    EXPECT_EQ(schedule["network"], "ok");
    EXPECT_EQ(schedule["critical_path"], nlohmann::json::array({"1", "2"}));
    EXPECT_EQ(schedule["early_finish"], "2025-01-24");
    EXPECT_EQ(schedule["risk"]["estimates"], "three_point");
    EXPECT_EQ(schedule["risk"]["iterations"], 10000);
    EXPECT_LT(schedule["risk"]["probability_on_time"].get<double>(), 0.5);  // the estimates lean late
    EXPECT_EQ(schedule["risk"]["criticality"][0]["value"], 1.0);
    ASSERT_EQ(schedule["health"].size(), 14u);
    EXPECT_EQ(schedule["health"][4]["check"], "hard_constraints");
    EXPECT_EQ(schedule["health"][4]["status"], "not_assessed");
    EXPECT_EQ(json["projects"][1]["schedule"]["network"], "problems");
}

TEST(SummaryJson, MessagesFollowTheReportLanguage) {
    Assessment assessment;
    assessment.portfolio = sample();
    assessment.status = status_of(assessment.portfolio);
    assessment.language = Language::ja;
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMOレポート"}));
    EXPECT_EQ(json["language"], "ja");
    EXPECT_EQ(json["diagnostics"][0]["message"], "予算が数値ではありません（「abc\nis」）。この行は集計から除外しました");
}

}  // namespace
}  // namespace pmocalc

namespace pmocalc {
namespace {

TEST(ReportFingerprint, SurvivesSavingAndSeesAChange) {
    const CellRange written(1, 3, {std::string("PMO Status Report"), 1.0 / 3.0, Cell{}});
    const CellRange saved_as_odf(1, 3, {std::string("PMO Status Report"), 0.333333333333333, Cell{}});
    const CellRange changed(1, 3, {std::string("PMO Status Report"), 0.34, Cell{}});
    EXPECT_EQ(content_fingerprint(written), content_fingerprint(saved_as_odf));
    EXPECT_NE(content_fingerprint(written), content_fingerprint(changed));
    EXPECT_TRUE(fingerprint_matches(content_fingerprint(written), saved_as_odf));
    EXPECT_FALSE(fingerprint_matches(content_fingerprint(written), changed));
    EXPECT_FALSE(fingerprint_matches("", written));
    EXPECT_TRUE(looks_like_report(written));
    EXPECT_TRUE(looks_like_report(CellRange::single(std::string("PMOステータスレポート"))));
    EXPECT_FALSE(looks_like_report(CellRange::single(std::string("Lessons"))));
    // Page 1 titled after the workbook's one project or program is still a report.
    EXPECT_TRUE(looks_like_report(CellRange::single(std::string("PMO Status Report: Web shop"))));
    EXPECT_TRUE(looks_like_report(CellRange::single(std::string("PMOステータスレポート：基幹刷新"))));
    EXPECT_FALSE(looks_like_report(CellRange::single(std::string("PMO Status Report: "))));
}

// A number as LibreOffice 7.4 saves it in ODF (seen in its files): 15
// significant digits rounded half up from the number's 16
// (0.82317321953344247 is saved 0.823173219533443), and between 1e-15 and
// 1e-5 at most 20 decimals (2.0285995105950901e-12 is 0.00000000000202859951).
double saved_by_libreoffice(double v) {
    if (v == 0)
        return v;
    char text[40];
    const auto end = std::to_chars(text, text + sizeof text, std::abs(v), std::chars_format::scientific, 15).ptr;
    const std::string s(text, end);  // d.ddddddddddddddde±x: 16 digits
    const auto e = s.find('e');
    const std::uint64_t sixteen = std::stoull(s.substr(0, 1) + s.substr(2, e - 2));
    const int exponent = std::stoi(s.substr(e + 1));
    const int kept = exponent >= -14 && exponent <= -6 ? 21 + exponent : 15;
    std::uint64_t scale = 1;
    for (int i = kept; i < 16; ++i)
        scale *= 10;
    const std::uint64_t digits = (sixteen + scale / 2) / scale;  // half up, from the 16 digits at once
    const std::string back = (v < 0 ? "-" : "") + std::to_string(digits) + "e" + std::to_string(exponent - (kept - 1));
    double read = 0;
    std::from_chars(back.data(), back.data() + back.size(), read);
    return read;
}

double saved_exactly(double v, int digits) {
    char text[40];
    const auto end = std::to_chars(text, text + sizeof text, v, std::chars_format::general, digits).ptr;
    double back = 0;
    std::from_chars(text, end, back);
    return back;
}

// Every number of a large report must fingerprint the same once saved and
// opened again. Rounded at the fingerprint only, about one number in 2,000
// crossed a rounding edge when saved, and a 200-project report was kept as
// "changed by hand" (a second report sheet); written as_saved, each number
// reads back as the same double, whichever way the file rounds.
TEST(ReportFingerprint, EveryNumberWrittenAsSavedSurvivesSavingAsOdfAndXlsx) {
    EXPECT_EQ(saved_by_libreoffice(0.82317321953344247), 0.823173219533443);  // seen in a saved report
    EXPECT_EQ(saved_by_libreoffice(1.000491390345625), 1.00049139034563);
    EXPECT_EQ(saved_by_libreoffice(2.0285995105950901e-12), 0.00000000000202859951);
    EXPECT_EQ(saved_by_libreoffice(8.231732195334425e-14), 0.00000000000008231732);
    EXPECT_EQ(saved_by_libreoffice(-1.5206996695750018e-8), -0.00000001520699669575);
    EXPECT_EQ(saved_by_libreoffice(8.231732195334425e-15), 8.23173219533443e-15);
    std::mt19937_64 random(20261129);
    std::uniform_real_distribution<double> mantissa(0.0, 1.0);
    std::uniform_int_distribution<int> exponent(-18, 18);
    std::vector<Cell> raw, raw_as_odf, written, as_odf, as_odf_rounded_once, as_xlsx;
    for (int i = 0; i < 100'000; ++i) {
        const double v = mantissa(random) * std::pow(10.0, exponent(random)) * (i % 3 == 0 ? -1 : 1);
        raw.emplace_back(v);
        raw_as_odf.emplace_back(saved_by_libreoffice(v));
        const double w = as_saved(v);
        EXPECT_LE(std::abs(w - v), std::max(1e-14 * std::abs(v), 1e-20));
        written.emplace_back(w);
        as_odf.emplace_back(saved_by_libreoffice(w));
        as_odf_rounded_once.emplace_back(saved_exactly(w, 15));
        as_xlsx.emplace_back(saved_exactly(w, 17));
    }
    const std::size_t n = written.size();
    const CellRange report(n, 1, std::move(written));
    for (std::size_t i = 0; i < n; ++i) {
        ASSERT_EQ(std::get<double>(as_odf[i]), std::get<double>(report[i])) << i;
        ASSERT_EQ(std::get<double>(as_xlsx[i]), std::get<double>(report[i])) << i;
    }
    const std::string stored = content_fingerprint(report);
    EXPECT_TRUE(fingerprint_matches(stored, CellRange(n, 1, std::move(as_odf))));
    EXPECT_TRUE(fingerprint_matches(stored, CellRange(n, 1, std::move(as_odf_rounded_once))));
    EXPECT_TRUE(fingerprint_matches(stored, CellRange(n, 1, std::move(as_xlsx))));
    // Numbers not written as_saved do not survive: the reason for as_saved.
    EXPECT_FALSE(fingerprint_matches(content_fingerprint(CellRange(n, 1, std::move(raw))),
                                     CellRange(n, 1, std::move(raw_as_odf))));
}

TEST(ReportFingerprint, EveryNumberOfAReportIsWrittenAsSaved) {
    const Portfolio portfolio = sample();
    const ReportLayout report = build_report(portfolio, status_of(portfolio), {});
    std::size_t numbers = 0;
    for (const auto& row : report.rows)
        for (const Cell& cell : row)
            if (const auto* v = std::get_if<double>(&cell)) {
                ++numbers;
                EXPECT_EQ(as_saved(*v), *v);
                EXPECT_EQ(saved_by_libreoffice(*v), *v);
            }
    EXPECT_GT(numbers, 50u);
}

// A report written by an earlier pmocalc carries a 12-digit fingerprint
// without "2:": it is still recognised, so upgrading does not turn every
// report into a kept copy.
TEST(ReportFingerprint, AnEarlierFingerprintStillMatches) {
    const CellRange report(1, 3, {std::string("PMO Status Report"), 1.0 / 3.0, Cell{}});
    const std::string earlier = "e348c3a9dbc1c2f4";  // FNV-1a of `report` as the earlier pmocalc hashed it
    EXPECT_TRUE(fingerprint_matches(earlier, report));
    EXPECT_FALSE(fingerprint_matches(earlier, CellRange(1, 3, {std::string("PMO Status Report"), 0.34, Cell{}})));
    EXPECT_FALSE(fingerprint_matches("2:" + earlier, report));
    EXPECT_TRUE(content_fingerprint(report).starts_with("2:"));
}

std::optional<std::size_t> row_starting(const ReportLayout& r, const std::string& text, std::size_t column = 0) {
    for (std::size_t i = 0; i < r.rows.size(); ++i)
        if (const auto* t = std::get_if<std::string>(&r.rows[i][column]); t && *t == text)
            return i;
    return std::nullopt;
}

TEST(ReportModel, BreakdownTablesAndTheirChart) {
    const Portfolio p = sample();
    const ReportLayout r = build_report(p, status_of(p), {});
    test::expect_printable(r);
    const auto caption = row_starting(r, "By program");
    ASSERT_TRUE(caption);
    EXPECT_EQ(std::get<std::string>(cell(r, *caption + 1, 0)), "Program");
    EXPECT_EQ(std::get<std::string>(cell(r, *caption + 2, 0)), "Digital");
    EXPECT_EQ(std::get<double>(cell(r, *caption + 2, 3)), 1000);  // BAC
    EXPECT_TRUE(row_starting(r, "By department"));
    EXPECT_TRUE(row_starting(r, "By project manager"));
    EXPECT_FALSE(row_starting(r, "By assignee"));  // no task names one
    EXPECT_EQ(r.charts.front().title, "By program: SPI and CPI");
    EXPECT_EQ(r.charts.front().data.rows, 3u);  // header + two programs
}

TEST(ReportModel, LessonsAndTheRisksTheyMatch) {
    Portfolio p = sample();
    p.lessons = {{"OLD", "Vendor", "Agree acceptance criteria in the contract", "Procurement", {}},
                 {"OLD2", "vendor", "Check the vendor's staffing plan", "", {}}};
    p.risks.front().category = "Vendor";
    const ReportLayout r = build_report(p, status_of(p), {});
    test::expect_printable(r);
    const auto heading = row_starting(r, "Lessons from past projects");
    ASSERT_TRUE(heading);
    EXPECT_EQ(std::get<std::string>(cell(r, *heading + 1, 0)),
              "2 lesson(s) from 2 project(s); 1 categor(ies) recur across projects.");
    EXPECT_EQ(std::get<std::string>(cell(r, *heading + 3, 0)), "Vendor");
    const auto matches = row_starting(r, "Open risks matching past lessons");
    ASSERT_TRUE(matches);
    EXPECT_EQ(std::get<std::string>(cell(r, *matches + 2, 1)), "R1");
    EXPECT_EQ(std::get<double>(cell(r, *matches + 2, 4)), 50);  // 0.5 × 100
    EXPECT_EQ(std::get<std::string>(cell(r, *matches + 2, 6)), "OLD: Agree acceptance criteria in the contract");
}

}  // namespace
}  // namespace pmocalc

namespace pmocalc {
namespace {

// Every text of column A, where sections put their headings and notes.
std::vector<std::string> first_column_texts(const ReportLayout& r) {
    std::vector<std::string> out;
    for (const auto& row : r.rows)
        if (!row.empty())
            if (const auto* text = std::get_if<std::string>(&row[0]))
                out.push_back(*text);
    return out;
}

bool has(const std::vector<std::string>& texts, std::string_view text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

TEST(ReportModel, ARegisterWithNothingOpenIsOneLineNotEmptyTables) {
    Portfolio p = sample();
    p.risks.clear();
    auto texts = first_column_texts(build_report(p, status_of(p), {}));
    EXPECT_TRUE(has(texts, "No risks recorded: no top risks or heat map."));
    EXPECT_TRUE(has(texts, "No issues recorded: no issue aging."));
    EXPECT_FALSE(has(texts, "Top 10 risks by exposure"));
    EXPECT_FALSE(has(texts, "Risk heat map (open risks)"));
    EXPECT_FALSE(has(texts, "Issue aging (open issues, days since raised)"));

    p.risks = {test::risk_entry("P1", "R1", "Vendor late", 0.5, 100, RiskKind::threat, false)};  // closed
    texts = first_column_texts(build_report(p, status_of(p), {Language::ja}));
    EXPECT_TRUE(has(texts, "未完了のリスクはありません（記録1件はすべて完了）。リスク上位・ヒートマップはありません。"));

    const Portfolio open = sample();  // one open risk
    texts = first_column_texts(build_report(open, status_of(open), {}));
    EXPECT_TRUE(has(texts, "Top 10 risks by exposure"));
    EXPECT_TRUE(has(texts, "Risk heat map (open risks)"));
}

}  // namespace
}  // namespace pmocalc

namespace {

std::size_t cells_of(const std::vector<pmocalc::Span>& spans) {
    std::size_t cells = 0;
    for (const auto& s : spans)
        cells += s.rows * s.columns;
    return cells;
}

}  // namespace

TEST(CoalescedSpans, ATableColumnOfOneFormatIsOneRange) {
    std::vector<pmocalc::Span> spans;
    for (std::size_t row = 10; row < 20; ++row) {
        spans.push_back({row, 2, 1, 1});
        spans.push_back({row, 3, 1, 2});  // beside it: the same rows, one rectangle
    }
    const auto joined = pmocalc::coalesced(spans);
    ASSERT_EQ(joined.size(), 1u);
    EXPECT_EQ(joined[0].row, 10u);
    EXPECT_EQ(joined[0].rows, 10u);
    EXPECT_EQ(joined[0].column, 2u);
    EXPECT_EQ(joined[0].columns, 3u);
}

TEST(CoalescedSpans, KeepsEveryCellAndJoinsNothingThatIsApart) {
    // A gap row, different widths and a span further right stay separate.
    const std::vector<pmocalc::Span> spans{{0, 0, 1, 2}, {2, 0, 1, 2}, {3, 0, 1, 3}, {0, 5, 1, 1}, {1, 5, 1, 1}};
    const auto joined = pmocalc::coalesced(spans);
    EXPECT_EQ(cells_of(joined), cells_of(spans));
    EXPECT_EQ(joined.size(), 4u);  // rows 0 and 2 of A:B apart, row 3 wider, F1:F2 joined
}
