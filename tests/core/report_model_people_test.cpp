// The report's and the JSON's people section: there with an Assignments sheet
// or task owners, absent without; overloads with their load in percent and
// their causes, the heat map in whole percent of capacity.
#include <nlohmann/json.hpp>

#include "core/report_model.hpp"
#include "core/summary_json.hpp"
#include "report_test_support.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;
using test::has_text;

const Day status_date = date(2025, 6, 2);  // a Monday

Portfolio without_people() {
    Portfolio p;
    p.projects = {{"P1", "Web shop", "", "", ""}, {"P2", "ERP", "", "", ""}};
    Task a;
    a.project_id = "P1";
    a.id = "1";
    a.name = "Build";
    a.budget = 1000;
    a.start = date(2025, 5, 5);
    a.finish = date(2025, 6, 27);
    a.percent_complete = 0.5;
    Task b = a;
    b.project_id = "P2";
    p.tasks = {a, b};
    return p;
}

Assignment assignment(std::string person, std::string project, Day start, Day finish, double allocation) {
    Assignment a;
    a.person = std::move(person);
    a.project_id = std::move(project);
    a.task_id = "1";
    a.task_name = "Build";
    a.start = start;
    a.finish = finish;
    a.allocation = allocation;
    return a;
}

// A (half time, Dev): 40 % on P1 for two weeks and 30 % on P2 in the second:
// 0.4 = 80 % of capacity, then 0.7 = 140 %. B (capacity not given): 100 % for a week.
Portfolio with_people() {
    Portfolio p = without_people();
    p.resources.has_assignment_sheet = true;
    p.resources.has_people_sheet = true;
    p.resources.people = {{"A", 0.5, "Dev", {"People", 1}}};
    p.resources.assignments = {assignment("A", "P1", date(2025, 6, 2), date(2025, 6, 13), 0.4),
                               assignment("A", "P2", date(2025, 6, 9), date(2025, 6, 13), 0.3),
                               assignment("B", "P1", date(2025, 6, 2), date(2025, 6, 6), 1.0)};
    return p;
}

Assessment assessed(const Portfolio& p) {
    AnalysisOptions options;
    options.status_date = status_date;
    Assessment assessment;
    assessment.portfolio = p;
    assessment.status = analyse_portfolio(p, options);
    return assessment;
}

TEST(ReportModelPeople, NoSectionWithoutAssignmentsOrOwners) {
    const Assessment assessment = assessed(without_people());
    EXPECT_FALSE(assessment.status->people);
    const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {Language::en, "", 0, ""});
    EXPECT_EQ(r.people_heat_first_row, 0u);
    EXPECT_FALSE(has_text(r, std::string(text(Msg::report_people, Language::en))));
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    EXPECT_TRUE(json["people"].is_null());
}

TEST(ReportModelPeople, OverloadsAndHeatMapInBothLanguages) {
    const Assessment assessment = assessed(with_people());
    ASSERT_TRUE(assessment.status->people);
    for (Language language : {Language::en, Language::ja}) {
        const ReportLayout r = build_report(assessment.portfolio, *assessment.status, {language, "", 0, ""});
        test::expect_printable(r);
        for (const auto& row : r.rows)
            ASSERT_EQ(row.size(), r.columns);
        EXPECT_TRUE(has_text(r, std::string(text(Msg::report_people, language))));
        const std::size_t o = r.overloads_first_row;
        ASSERT_GT(o, 0u);
        const auto& row = r.rows.at(o);
        EXPECT_EQ(std::get<std::string>(row[0]), "A");
        EXPECT_EQ(std::get<std::string>(row[1]), "Dev");
        EXPECT_EQ(std::get<double>(row[2]), static_cast<double>(date(2025, 6, 9)));
        EXPECT_TRUE(close_enough(std::get<double>(row[3]), 0.7));
        EXPECT_EQ(std::get<double>(row[4]), 0.5);
        EXPECT_TRUE(close_enough(std::get<double>(row[5]), 1.4));  // 140 %, not just "over"
        EXPECT_EQ(std::get<std::string>(row[6]), "P1 / 1 Build 40%; P2 / 1 Build 30%");
        // One overload only: the next row is no other person-week.
        const auto& after = r.rows.at(o + 1);
        EXPECT_FALSE(std::holds_alternative<std::string>(after[0]) && std::get<std::string>(after[0]) == "B *");
        // The heat map: A (peak 140 %) above B (100 %, capacity assumed: marked).
        const std::size_t h = r.people_heat_first_row;
        ASSERT_GT(h, o);
        EXPECT_EQ(std::get<std::string>(r.rows.at(h)[0]), "A");
        EXPECT_TRUE(close_enough(std::get<double>(r.rows.at(h)[3]), 1.4));
        EXPECT_EQ(std::get<double>(r.rows.at(h)[4]), 1);  // weeks over
        const std::size_t status_week = 5 + heat_map_weeks_before;
        EXPECT_EQ(std::get<double>(r.rows.at(h)[status_week]), 80);
        EXPECT_EQ(std::get<double>(r.rows.at(h)[status_week + 1]), 140);
        EXPECT_TRUE(std::holds_alternative<std::monostate>(r.rows.at(h)[status_week + 2]));
        EXPECT_EQ(std::get<std::string>(r.rows.at(h + 1)[0]), "B *");
        EXPECT_EQ(std::get<double>(r.rows.at(h + 1)[status_week]), 100);
        const auto red = std::find_if(r.formats.begin(), r.formats.end(), [&](const FormattedSpan& f) {
            return f.span.row == h && f.span.column == status_week + 1;
        });
        ASSERT_NE(red, r.formats.end());
        EXPECT_EQ(red->format, CellFormat::heat_5);  // above 120 %
        EXPECT_TRUE(has_text(r, Message{Msg::report_people_defaulted, {1}}.render(language)));
    }
}

TEST(SummaryJsonPeople, EveryOverloadWithItsCauses) {
    Assessment assessment = assessed(with_people());
    const auto json = nlohmann::json::parse(summary_json(assessment, {"in.ods", "PMO Report"}));
    const auto& people = json["people"];
    ASSERT_TRUE(people.is_object());
    EXPECT_EQ(people["defaulted_capacities"], 1);
    EXPECT_EQ(people["heat_map_weeks"].size(), static_cast<std::size_t>(heat_map_weeks_before + heat_map_weeks_after + 1));
    ASSERT_EQ(people["overloads"].size(), 1u);
    const auto& overload = people["overloads"][0];
    EXPECT_EQ(overload["person"], "A");
    EXPECT_EQ(overload["week"], "2025-06-09");
    EXPECT_NEAR(overload["load_of_capacity"].get<double>(), 1.4, 1e-9);
    ASSERT_EQ(overload["causes"].size(), 2u);
    EXPECT_EQ(overload["causes"][1]["project"], "P2");
    EXPECT_NEAR(overload["causes"][1]["load"].get<double>(), 0.3, 1e-9);
    EXPECT_EQ(people["people"][1]["name"], "B");
    EXPECT_EQ(people["people"][1]["capacity_defaulted"], true);
}

}  // namespace
}  // namespace pmocalc
