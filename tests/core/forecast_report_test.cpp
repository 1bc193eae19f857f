// The forecast range and the EV methods in the report and its JSON.
#include <nlohmann/json.hpp>

#include "core/report_model.hpp"
#include "core/summary_json.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// P1: the P6 example (EV 300 of 1000, AC 600 on 10 Jan) with an ETC of 900
// and a 0/100 task; P2: not started, no actual costs.
Portfolio sample() {
    Portfolio p;
    p.projects = {{"P1", "Web shop", "", "", ""}, {"P2", "ERP", "", "", ""}};
    Task a;
    a.project_id = "P1";
    a.id = "1";
    a.name = "Build";
    a.budget = 1000;
    a.start = date(2025, 1, 6);
    a.finish = date(2025, 1, 17);
    a.percent_complete = 0.3;
    a.actual_cost = 600;
    a.etc = 900;
    Task gate = a;
    gate.id = "2";
    gate.budget = 0;
    gate.actual_cost.reset();
    gate.etc = 0;
    gate.earning_rule = EarningRule::zero_hundred;
    Task b = a;
    b.project_id = "P2";
    b.actual_cost.reset();
    b.etc.reset();
    b.start = date(2025, 2, 3);
    b.finish = date(2025, 2, 7);
    b.percent_complete = 0;
    p.tasks = {a, gate, b};
    p.has_etc_column = true;
    return p;
}

Assessment assessed(Language language = Language::en) {
    Assessment assessment;
    assessment.portfolio = sample();
    assessment.language = language;
    AnalysisOptions options;
    options.status_date = date(2025, 1, 10);
    assessment.status = analyse_portfolio(assessment.portfolio, options);
    return assessment;
}

const Cell& cell(const ReportLayout& r, std::size_t row, std::size_t column) { return r.rows.at(row).at(column); }

TEST(ForecastReport, OneRowForThePortfolioAndEachProject) {
    const Assessment a = assessed();
    const ReportLayout r = build_report(a.portfolio, *a.status, {Language::en, "2026-11-29 10:00", 0, ""});
    const std::size_t first = r.forecast_first_row;
    ASSERT_GT(first, r.projects_first_row);
    EXPECT_EQ(std::get<std::string>(cell(r, first - 1, 2)), "EAC (CPI)");
    EXPECT_EQ(std::get<std::string>(cell(r, first, 0)), "Portfolio");
    EXPECT_EQ(std::get<std::string>(cell(r, first + 1, 0)), "P1");
    EXPECT_DOUBLE_EQ(std::get<double>(cell(r, first + 1, 2)), 2000);  // BAC / CPI
    EXPECT_DOUBLE_EQ(std::get<double>(cell(r, first + 1, 3)), 1300);  // atypical
    EXPECT_DOUBLE_EQ(std::get<double>(cell(r, first + 1, 6)), 1500);  // bottom-up: 600 + 900
    EXPECT_DOUBLE_EQ(std::get<double>(cell(r, first + 1, 7)), 1300);  // low
    EXPECT_EQ(std::get<double>(cell(r, first + 1, 9)), date(2025, 1, 28));  // finish by earned schedule
    EXPECT_EQ(std::get<std::string>(cell(r, first + 1, 10)), "–");  // recent SPI: no history yet
    EXPECT_EQ(std::get<std::string>(cell(r, first + 1, 11)), "percent complete 1, 0/100 1");
    // P2 has no actual cost: every EAC undefined, never 0.
    for (std::size_t c = 2; c <= 8; ++c)
        EXPECT_EQ(std::get<std::string>(cell(r, first + 2, c)), "–") << c;
    // The portfolio's EACs come from its sums (BAC 2000, EV 300, AC 600), not from the projects' EACs.
    EXPECT_DOUBLE_EQ(std::get<double>(cell(r, first, 2)), 4000);
    EXPECT_EQ(std::get<std::string>(cell(r, first, 11)), "percent complete 2, 0/100 1");
    bool needs_history = false;
    for (const auto& row : r.rows)
        if (const auto* text = std::get_if<std::string>(&row[0]))
            needs_history = needs_history || text->find("needs status history") != std::string::npos;
    EXPECT_TRUE(needs_history);
}

TEST(ForecastReport, JapaneseLabelsAndRuleNames) {
    const Assessment a = assessed(Language::ja);
    const ReportLayout r = build_report(a.portfolio, *a.status, {Language::ja, "2026-11-29 10:00", 0, ""});
    const std::size_t first = r.forecast_first_row;
    EXPECT_EQ(std::get<std::string>(cell(r, first, 0)), "ポートフォリオ");
    EXPECT_EQ(std::get<std::string>(cell(r, first + 1, 11)), "進捗率 1件、0/100 1件");
    bool heading = false;
    for (const auto& row : r.rows)
        heading = heading || (std::holds_alternative<std::string>(row[0]) && std::get<std::string>(row[0]) == "予測の幅");
    EXPECT_TRUE(heading);
}

TEST(ForecastReport, RulesThatFellBackAreCounted) {
    Assessment a = assessed();
    a.status->projects[0].earning.fell_back = 1;
    const ReportLayout r = build_report(a.portfolio, *a.status, {Language::en, "", 0, ""});
    EXPECT_EQ(std::get<std::string>(cell(r, r.forecast_first_row + 1, 11)),
              "percent complete 1, 0/100 1 (of them 1 by percent complete instead: see Diagnostics)");
}

TEST(ForecastReport, JsonHasTheRangeAndTheRulesPerProjectAndPortfolio) {
    const Assessment a = assessed();
    const auto json = nlohmann::json::parse(summary_json(a, {"in.ods", "PMO Report"}));
    const auto& range = json["projects"][0]["forecast_range"];
    EXPECT_EQ(range["eac"]["cpi"], 2000);
    EXPECT_EQ(range["eac"]["atypical"], 1300);
    EXPECT_NEAR(range["eac"]["cpi_spi"].get<double>(), 600 + 700 / 0.3, 1e-9);
    EXPECT_NEAR(range["eac"]["cpi_spit"].get<double>(), 600 + 700 / 0.3, 1e-9);
    EXPECT_EQ(range["eac"]["bottom_up"], 1500);
    EXPECT_EQ(range["eac_low"], 1300);
    EXPECT_EQ(range["finish"]["earned_schedule"], "2025-01-28");
    EXPECT_TRUE(range["finish"]["recent_spi"].is_null());
    EXPECT_TRUE(range["recent_spi"].is_null());
    EXPECT_TRUE(json["projects"][1]["forecast_range"]["eac"]["cpi"].is_null());
    EXPECT_TRUE(json["projects"][1]["forecast_range"]["eac"]["atypical"].is_null());
    const auto& rules = json["projects"][0]["earning_rules"];
    EXPECT_EQ(rules["percent"], 1);
    EXPECT_EQ(rules["0/100"], 1);
    EXPECT_EQ(rules["milestones"], 0);
    EXPECT_EQ(rules["fell_back"], 0);
    EXPECT_EQ(json["portfolio"]["earning_rules"]["percent"], 2);
    EXPECT_EQ(json["portfolio"]["forecast_range"]["eac"]["cpi"], 4000);
    // P2 has not started: its finish is its plan; the portfolio's the latest of both.
    EXPECT_EQ(json["portfolio"]["forecast_range"]["finish"]["earned_schedule"], "2025-02-07");
}

}  // namespace
}  // namespace pmocalc
