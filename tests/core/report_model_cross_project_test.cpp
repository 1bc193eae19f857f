// The report's and the JSON's cross-project dependencies: there only when a
// predecessor names another project's task, each link with its push or
// slack, and the projects each slip reaches.
#include <nlohmann/json.hpp>

#include "core/report_model.hpp"
#include "core/summary_json.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using test::has_text;

Task task(std::string project, std::string id, std::string name, Day start, Day finish, std::string predecessors) {
    Task t;
    t.project_id = std::move(project);
    t.id = std::move(id);
    t.name = std::move(name);
    t.budget = 1000;
    t.start = start;
    t.finish = finish;
    t.predecessors = std::move(predecessors);
    t.source = {"Tasks", 1};
    return t;
}

// Monday to Friday, no holidays, status date Mon 2 June 2025, nothing started.
// P1:1 Build is forecast to finish Tue 10 June; P2:1 Integrate (FS) was
// planned to start Mon 9: it can start Wed 11, 2 working days later.
// P2:2 Test starts Mon 16; P3:1 Rollout (SS+2) can start Wed 18, planned Tue
// 17: 1 working day. So P1's slip reaches P2 and, through it, P3.
Portfolio three_projects(const std::string& rollout_predecessor = "P2:2 SS+2") {
    Portfolio p;
    p.projects = {{"P1", "Web shop", "", "", ""}, {"P2", "ERP", "", "", ""}, {"P3", "CRM", "", "", ""}};
    p.tasks = {task("P1", "1", "Build", date(2025, 6, 2), date(2025, 6, 6), ""),
               task("P2", "1", "Integrate", date(2025, 6, 9), date(2025, 6, 13), "P1:1"),
               task("P2", "2", "Test", date(2025, 6, 16), date(2025, 6, 20), "1"),
               task("P3", "1", "Rollout", date(2025, 6, 17), date(2025, 6, 20), rollout_predecessor)};
    p.tasks[0].forecast_finish = date(2025, 6, 10);
    p.schedule_columns.predecessors = true;
    return p;
}

Assessment assessed(const Portfolio& p) {
    AnalysisOptions options;
    options.status_date = date(2025, 6, 2);
    options.schedule.iterations = 100;
    Assessment assessment;
    assessment.portfolio = p;
    assessment.status = analyse_portfolio(p, options);
    return assessment;
}

TEST(ReportModelCrossProject, NoSectionWithoutCrossProjectLinks) {
    Portfolio p = three_projects("1");
    p.tasks[1].predecessors = "";
    const Assessment assessment = assessed(p);
    EXPECT_FALSE(assessment.status->cross_project);
    const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {Language::en, "", 0, ""});
    EXPECT_EQ(r.cross_project_first_row, 0u);
    EXPECT_FALSE(has_text(r, std::string(text(Msg::report_cross_project, Language::en))));
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    EXPECT_TRUE(json["cross_project"].is_null());
}

TEST(ReportModelCrossProject, LinksAndTheProjectsASlipReachesInBothLanguages) {
    const Assessment assessment = assessed(three_projects());
    ASSERT_TRUE(assessment.status->cross_project);
    for (Language language : {Language::en, Language::ja}) {
        const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {language, "", 0, ""});
        test::expect_printable(r);
        for (const auto& row : r.rows)
            ASSERT_EQ(row.size(), r.columns);
        EXPECT_TRUE(has_text(r, std::string(text(Msg::report_cross_project, language))));
        const std::size_t first = r.cross_project_first_row;
        ASSERT_GT(first, 0u);
        const auto& a = r.rows.at(first);
        EXPECT_EQ(std::get<std::string>(a[0]), "P1:1 Build");
        EXPECT_EQ(std::get<std::string>(a[1]), "P2:1 Integrate");
        EXPECT_EQ(std::get<std::string>(a[2]), "FS");
        EXPECT_EQ(std::get<double>(a[3]), static_cast<double>(date(2025, 6, 10)));
        EXPECT_EQ(std::get<double>(a[4]), static_cast<double>(date(2025, 6, 9)));
        EXPECT_EQ(std::get<double>(a[5]), 2);
        EXPECT_EQ(std::get<double>(a[6]), 0);
        EXPECT_EQ(std::get<std::string>(a[7]), std::string(text(Msg::cross_propagates_mark, language)));
        const auto& b = r.rows.at(first + 1);
        EXPECT_EQ(std::get<std::string>(b[0]), "P2:2 Test");
        EXPECT_EQ(std::get<std::string>(b[2]), "SS+2");
        EXPECT_EQ(std::get<double>(b[5]), 1);
    }
    const auto en = build_report(assessment.portfolio, *assessment.status, {Language::en, "", 0, ""});
    EXPECT_TRUE(has_text(en, "A slip in P1 reaches P2, P3"));
    EXPECT_TRUE(has_text(en, "A slip in P2 reaches P3"));
    const auto ja = build_report(assessment.portfolio, *assessment.status, {Language::ja, "", 0, ""});
    EXPECT_TRUE(has_text(ja, "P1の遅延は P2、P3 に波及します"));
}

TEST(ReportModelCrossProject, EveryLinkHasSlackNoSlipPropagates) {
    // Rollout planned Mon 23 June: SS+2 from Mon 16 allows Wed 18, 3 days of slack;
    // P1 still pushes P2, whose slip reaches no one.
    Portfolio p = three_projects();
    p.tasks[3].start = date(2025, 6, 23);
    p.tasks[3].finish = date(2025, 6, 24);
    p.tasks[0].forecast_finish.reset();  // Build on time (Fri 6): Integrate keeps its Mon 9 start
    const Assessment assessment = assessed(p);
    const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {Language::en, "", 0, ""});
    EXPECT_EQ(std::get<double>(r.rows.at(r.cross_project_first_row + 1)[6]), 3);
    EXPECT_TRUE(has_text(r, std::string(text(Msg::report_cross_none, Language::en))));
}

TEST(ReportModelCrossProject, AtMostAHundredLinksTheLargestPushFirst) {
    // 120 tasks of P3 each after P2:2 (Mon 16 – Fri 20 June) FS: task k planned
    // to start on day 16 + k % 10 of June; the ones planned before Mon 23 are pushed.
    Portfolio p = three_projects();
    for (int k = 0; k < 120; ++k) {
        const Day start = date(2025, 6, 16) + k % 10;
        p.tasks.push_back(task("P3", "x" + std::to_string(k), "", start, start, "P2:2"));
    }
    const Assessment assessment = assessed(p);
    ASSERT_EQ(assessment.status->cross_project->links.size(), 122u);
    const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {Language::en, "", 0, ""});
    // Planned Mon 16 June: P2:2 ends Fri 20, so the start moves to Mon 23, 5 working days.
    EXPECT_EQ(std::get<double>(r.rows.at(r.cross_project_first_row)[5]), 5);
    EXPECT_EQ(std::get<std::string>(r.rows.at(r.cross_project_first_row)[1]), "P3:x0");
    EXPECT_TRUE(has_text(r, Message{Msg::report_cross_more_links, {22}}.render(Language::en)));
}

TEST(SummaryJsonCrossProject, LinksAndReaches) {
    const Assessment assessment = assessed(three_projects());
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    const auto& c = json["cross_project"];
    ASSERT_TRUE(c.is_object());
    ASSERT_EQ(c["links"].size(), 2u);
    const auto& a = c["links"][0];
    EXPECT_EQ(a["from_project"], "P1");
    EXPECT_EQ(a["from_task"], "1");
    EXPECT_EQ(a["to_project"], "P2");
    EXPECT_EQ(a["to_task"], "1");
    EXPECT_EQ(a["type"], "FS");
    EXPECT_EQ(a["lag_days"], 0);
    EXPECT_EQ(a["predecessor_forecast_finish"], "2025-06-10");
    EXPECT_EQ(a["successor_planned_start"], "2025-06-09");
    EXPECT_EQ(a["push_days"], 2);
    EXPECT_EQ(a["slack_days"], 0);
    EXPECT_EQ(a["propagates"], true);
    EXPECT_EQ(c["links"][1]["type"], "SS");
    EXPECT_EQ(c["links"][1]["lag_days"], 2);
    ASSERT_EQ(c["projects"].size(), 2u);
    EXPECT_EQ(c["projects"][0]["project"], "P1");
    EXPECT_EQ(c["projects"][0]["direct"], nlohmann::json({"P2"}));
    EXPECT_EQ(c["projects"][0]["reaches"], nlohmann::json({"P2", "P3"}));
    EXPECT_EQ(c["projects"][1]["reaches"], nlohmann::json({"P3"}));
}

}  // namespace
}  // namespace pmocalc
