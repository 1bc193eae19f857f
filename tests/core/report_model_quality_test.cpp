// The report's and the JSON's quality section: there with a Tests or Defects
// sheet, absent (no heading, no key figures) without.
#include "core/report_model.hpp"

#include <cmath>

#include <nlohmann/json.hpp>

#include "core/summary_json.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using test::has_text;

Portfolio without_quality() {
    Portfolio p;
    Project web;
    web.id = "P1";
    web.name = "Web shop";
    Project erp;
    erp.id = "P2";
    erp.name = "ERP";
    p.projects = {web, erp};
    Task a;
    a.project_id = "P1";
    a.id = "1";
    a.name = "Build";
    a.budget = 1000;
    a.start = date(2025, 1, 6);
    a.finish = date(2025, 6, 27);
    a.percent_complete = 0.5;
    Task b = a;
    b.project_id = "P2";
    p.tasks = {a, b};
    return p;
}

// P1: a Gompertz series of 400 defects over 20 weeks to the status date
// (fitted); P2: three defects in two weeks (too few for a curve).
Portfolio with_quality() {
    Portfolio p = without_quality();
    p.quality.has_test_sheet = true;
    p.quality.has_defect_sheet = true;
    p.quality.defect_sheet = "Defects";
    p.quality.sizes = {{"P1", 4, "KLOC"}};
    const Day status = date(2025, 5, 30);
    p.quality.test_counts = {{"P1", status - 14, 100, 80, 70, {}}, {"P1", status, 200, 150, 120, {}},
                             {"P1", status + 7, 250, std::nullopt, std::nullopt, {}}};
    double before = 0;
    for (int k = 0; k < 20; ++k) {
        const double now = std::round(400 * std::exp(-6 * std::exp(-0.03 * 7 * k)));
        for (int n = 0; n < static_cast<int>(now - before); ++n)
            p.quality.defects.push_back({"P1", std::to_string(k) + "-" + std::to_string(n), "", status - 7 * (19 - k),
                                         std::nullopt, k % 3 == 0 ? "High" : "Low", "", {}});
        before = now;
    }
    p.quality.defects.push_back({"P2", "B1", "", status - 3, status - 1, "High", "", {}});
    p.quality.defects.push_back({"P2", "B2", "", status - 2, std::nullopt, "Low", "", {}});
    p.quality.defects.push_back({"P2", "B3", "", status - 9, std::nullopt, "Low", "", {}});
    return p;
}

PortfolioStatus status_of(const Portfolio& p) {
    AnalysisOptions options;
    options.status_date = date(2025, 5, 30);
    return analyse_portfolio(p, options);
}

const Cell& cell(const ReportLayout& r, std::size_t row, std::size_t column) { return r.rows.at(row).at(column); }

TEST(ReportModelQuality, NoSectionWithoutQualitySheets) {
    const Portfolio p = without_quality();
    const PortfolioStatus status = status_of(p);
    EXPECT_FALSE(status.quality);
    for (Language language : {Language::en, Language::ja}) {
        const ReportLayout r = build_report(p, status, {language, "", 0, ""});
        EXPECT_EQ(r.quality_first_row, 0u);
        EXPECT_FALSE(has_text(r, std::string(text(Msg::report_quality, language))));
        for (const ChartSpec& chart : r.charts)
            EXPECT_FALSE(chart.name.starts_with("pmocalc_defects") || chart.name == "pmocalc_tests");
    }
    Assessment assessment;
    assessment.portfolio = p;
    assessment.status = status;
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    EXPECT_TRUE(json["quality"].is_null());
    EXPECT_TRUE(json["projects"][0]["quality"].is_null());
}

TEST(ReportModelQuality, TableAndChartsInBothLanguages) {
    const Portfolio p = with_quality();
    const PortfolioStatus status = status_of(p);
    ASSERT_TRUE(status.quality);
    for (Language language : {Language::en, Language::ja}) {
        const ReportLayout r = build_report(p, status, {language, "", 0, ""});
        test::expect_printable(r);
        for (const auto& row : r.rows)
            ASSERT_EQ(row.size(), r.columns);
        EXPECT_TRUE(has_text(r, std::string(text(Msg::report_quality, language))));
        const std::size_t first = r.quality_first_row;
        ASSERT_GT(first, 0u);
        EXPECT_EQ(std::get<std::string>(cell(r, first, 1)), text(Msg::report_quality_portfolio, language));
        EXPECT_EQ(std::get<std::string>(cell(r, first + 1, 0)), "P1");
        EXPECT_EQ(std::get<double>(cell(r, first + 1, 2)), 200);   // planned to the status date
        EXPECT_EQ(std::get<double>(cell(r, first + 1, 5)), 0.75);  // 消化率 150 / 200
        EXPECT_EQ(std::get<double>(cell(r, first + 1, 6)), 0.8);   // 合格率 120 / 150
        // The defects in a table of their own below, so that each prints within the page.
        const std::size_t defects_row = r.quality_defects_first_row;
        ASSERT_GT(defects_row, first + 2);
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 1, 0)), "P1");
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 1, 4)), "4 KLOC");
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 1, 6)), text(Msg::growth_model_gompertz, language));
        EXPECT_NEAR(std::get<double>(cell(r, defects_row + 1, 7)), 400, 4);
        // P2 has no curve yet, and says why.
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 2, 0)), "P2");
        EXPECT_EQ(std::get<double>(cell(r, defects_row + 2, 2)), 3);
        EXPECT_EQ(std::get<double>(cell(r, defects_row + 2, 3)), 2);
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 2, 7)), text(Msg::not_defined, language));
        EXPECT_EQ(std::get<std::string>(cell(r, defects_row + 2, 10)), text(Msg::growth_problem_too_few_points, language));
        std::vector<std::string> names;
        for (const ChartSpec& chart : r.charts) {
            names.push_back(chart.name);
            EXPECT_LE(chart.data.row + chart.data.rows, r.rows.size());
            EXPECT_LE(chart.anchor.row + chart.anchor.rows, r.rows.size());
        }
        EXPECT_NE(std::find(names.begin(), names.end(), "pmocalc_tests"), names.end());
        EXPECT_NE(std::find(names.begin(), names.end(), "pmocalc_defects_0"), names.end());
        EXPECT_NE(std::find(names.begin(), names.end(), "pmocalc_defects_1"), names.end());  // P2: actual only
        const auto defects = std::find_if(r.charts.begin(), r.charts.end(),
                                          [](const ChartSpec& c) { return c.name == "pmocalc_defects_0"; });
        EXPECT_EQ(defects->kind, ChartSpec::Kind::lines);
        EXPECT_EQ(defects->data.columns, 3u);
        EXPECT_EQ(defects->data.rows, 1u + 20 + 5);  // header, 20 weeks, 5 weeks of the fitted curve beyond
    }
}

TEST(SummaryJsonQuality, ProjectsAndPortfolioCarryQualityFigures) {
    Assessment assessment;
    assessment.portfolio = with_quality();
    assessment.status = status_of(assessment.portfolio);
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    const auto& p1 = json["projects"][0]["quality"];
    EXPECT_EQ(p1["tests"]["planned"], 200);
    EXPECT_EQ(p1["tests"]["executed"], 150);
    EXPECT_EQ(p1["tests"]["planned_total"], 250);
    EXPECT_EQ(p1["tests"]["execution_rate"], 0.75);
    EXPECT_EQ(p1["tests"]["pass_rate"], 0.8);
    EXPECT_EQ(p1["defects"]["size_unit"], "KLOC");
    EXPECT_EQ(p1["defects"]["reliability_growth"]["model"], "gompertz");
    EXPECT_NEAR(p1["defects"]["reliability_growth"]["estimated_total"].get<double>(), 400, 4);
    EXPECT_EQ(p1["defects"]["reliability_growth"]["weeks"], 20);
    EXPECT_TRUE(p1["defects"]["reliability_growth"]["problem"].is_null());
    EXPECT_EQ(p1["defects"]["by_severity"][0]["severity"], "High");
    const auto& p2 = json["projects"][1]["quality"];
    EXPECT_TRUE(p2["tests"].is_null());
    EXPECT_EQ(p2["defects"]["found"], 3);
    EXPECT_EQ(p2["defects"]["open"], 2);
    EXPECT_TRUE(p2["defects"]["density"].is_null());
    EXPECT_EQ(p2["defects"]["reliability_growth"]["problem"], "too_few_points");
    EXPECT_TRUE(p2["defects"]["reliability_growth"]["estimated_total"].is_null());
    EXPECT_EQ(json["quality"]["defects"]["found"], p1["defects"]["found"].get<int>() + 3);
    EXPECT_EQ(json["quality"]["tests"]["planned"], 200);
}

}  // namespace
}  // namespace pmocalc
