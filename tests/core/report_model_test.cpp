#include "core/report_model.hpp"

#include "core/summary_json.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

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
    p.risks = {{"P1", "R1", "=HYPERLINK(\"http://x\";\"y\")", 0.5, 100, RiskKind::threat, true, "", {}}};
    p.diagnostics = {{Diagnostic::Severity::error, "Tasks", "D7", "budget \"abc\"\nis text"}};
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
    const ReportLayout r = build_report(p, status_of(p), {Language::en, "2026-11-27 05:00", 0});
    EXPECT_EQ(r.sheet_name, "PMO Report");
    for (const auto& row : r.rows)
        ASSERT_EQ(row.size(), r.columns);
    for (const FormattedSpan& f : r.formats) {
        EXPECT_LE(f.span.row + f.span.rows, r.rows.size());
        EXPECT_LE(f.span.column + f.span.columns, r.columns);
    }
    EXPECT_EQ(std::get<double>(cell(r, 1, 1)), date(2025, 1, 10));
    EXPECT_EQ(std::get<double>(cell(r, r.portfolio_row, 0)), 2000);  // BAC
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row, 1)), "Web shop");
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row, 17)), "RED");
    // P2 has no actual cost and nothing planned yet: its CPI and RAG are "–", not 0.
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row + 1, 11)), "–");
    EXPECT_EQ(std::get<std::string>(cell(r, r.projects_first_row + 1, 17)), "–");
    ASSERT_EQ(r.charts.size(), 2u);
    EXPECT_EQ(r.charts[0].data.rows, 3u);  // header + two projects
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

TEST(ReportModel, JapaneseLabels) {
    const Portfolio p = sample();
    const ReportLayout r = build_report(p, status_of(p), {Language::ja, "", 0});
    EXPECT_EQ(r.sheet_name, "PMOレポート");
    EXPECT_EQ(std::get<std::string>(cell(r, 0, 0)), "PMOステータスレポート");
}

TEST(ReportModel, DatesFollowTheDocumentNullDate) {
    const Portfolio p = sample();
    const Day offset = date(1904, 1, 1);
    const ReportLayout r = build_report(p, status_of(p), {Language::en, "", offset});
    EXPECT_EQ(std::get<double>(cell(r, 1, 1)), date(2025, 1, 10) - offset);
}

TEST(SummaryJson, HasTheContractKeysAndNullsForUndefinedFigures) {
    const Portfolio p = sample();
    const std::string json = summary_json(p, status_of(p), {"in.ods", "PMO Report"});
    for (const char* key : {"\"status_date\": \"2025-01-10\"", "\"portfolio\": {", "\"bac\": 2000", "\"spit\": ",
                            "\"projects\": [", "\"slip_days\": 0", "\"risk_exposure\": 50", "\"rag\": \"RED\"",
                            "\"risks\": {\"count\": 1, \"open\": 1, \"exposure\": 50", "\"issues\": {\"open\": 0",
                            "\"aging\": {\"0-7\": 0", "\"diagnostics\": [{\"sheet\": \"Tasks\", \"cell\": \"D7\""})
        EXPECT_NE(json.find(key), std::string::npos) << key << "\n" << json;
    EXPECT_NE(json.find("\"cpi\": null"), std::string::npos);
    EXPECT_NE(json.find("budget \\\"abc\\\"\\nis text"), std::string::npos);
}

}  // namespace
}  // namespace pmocalc
