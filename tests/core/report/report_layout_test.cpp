// The report as paper: page 1 fits one page whatever the portfolio's size
// and language, every printed table within the page's columns.
#include "core/report_model.hpp"

#include <gtest/gtest.h>

#include "../report_test_support.hpp"
#include "../test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// `count` projects with a long name each, half of them late, with risks and
// issues: more than page 1 can show.
Portfolio many_projects(std::size_t count) {
    Portfolio p;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string id = "P" + std::to_string(100 + i);
        p.projects.push_back({id, "A project with a rather long name number " + std::to_string(i), "Program " +
                                  std::to_string(i % 3), "Dept", "PM " + std::to_string(i)});
        Task t;
        t.project_id = id;
        t.id = "1";
        t.name = "Build";
        t.budget = 1000 + static_cast<double>(i) * 10;
        t.start = date(2025, 1, 6);
        t.finish = date(2025, 3, 28);
        t.percent_complete = i % 2 == 0 ? 0.2 : 0.6;
        t.actual_cost = 500;
        p.tasks.push_back(t);
        p.risks.push_back(test::risk_entry(id, "R" + std::to_string(i), "A risk that might happen one day", 0.9,
                                           900, RiskKind::threat, true));
        IssueEntry issue;
        issue.project_id = id;
        issue.id = "I" + std::to_string(i);
        issue.title = "An issue past its due date";
        issue.raised = date(2025, 1, 10);
        issue.due = date(2025, 1, 20);
        p.issues.push_back(issue);
    }
    return p;
}

ReportLayout report_of(const Portfolio& p, Language language) {
    AnalysisOptions options;
    options.status_date = date(2025, 2, 14);
    const PortfolioStatus status = analyse_portfolio(p, options);
    return build_report(p, status, {language, "2026-12-07 10:00", 0, ""});
}

TEST(ReportLayout, PageOneHoldsTheWorstProjectsAndSaysWhereTheRestAre) {
    for (const Language language : {Language::en, Language::ja}) {
        const Portfolio p = many_projects(40);
        const ReportLayout r = report_of(p, language);
        test::expect_printable(r);
        ASSERT_GT(r.glance_first_row, 0u);
        std::size_t shown = 0;
        while (std::holds_alternative<std::string>(r.rows[r.glance_first_row + shown][0]) &&
               std::get<std::string>(r.rows[r.glance_first_row + shown][0]).starts_with("P1"))
            ++shown;
        EXPECT_GE(shown, 3u);
        EXPECT_LE(shown, 8u);
        EXPECT_TRUE(test::has_text(
            r, Message{Msg::summary_more_projects, {40 - shown, std::string("RED")}}.render(language)))
            << "every project is red here: the rest are no better than the last one shown";
        // The names are cut to the column, visibly.
        const auto& name = std::get<std::string>(r.rows[r.glance_first_row][1]);
        EXPECT_TRUE(name.ends_with("…")) << name;
    }
}

// Calc at 100 % on a 1400 × 900 screen (96 dpi: 3.78 pixels a millimetre)
// shows about 1340 × 620 pixels of the sheet past its toolbars, row and
// column headers: the title, the overall RAG and the headline indicators
// must be there, and the projects' columns up to their reason.
TEST(ReportLayout, TheSummaryIsTheFirstScreenInCalc) {
    constexpr double first_screen_width_mm = 1340 / 3.78;
    constexpr double first_screen_height_mm = 620 / 3.78;
    for (const Language language : {Language::en, Language::ja}) {
        const ReportLayout r = report_of(many_projects(12), language);
        double height = 0;
        for (const ReportLayout::RowHeight& run : r.row_heights)
            for (std::size_t row = run.row; row < run.row + run.rows; ++row)
                if (row < r.kpi_first_row + 8)
                    height += run.height_mm;
        EXPECT_LE(height, first_screen_height_mm) << "the headline indicators on the first screen";
        double width = 0;
        for (std::size_t c = 0; c <= 8; ++c)  // the projects at a glance: ID … why
            width += r.column_widths_mm[c];
        EXPECT_LE(width, first_screen_width_mm);
        EXPECT_EQ(r.frozen_rows, 3u) << "the title and dates stay in view";
    }
}

TEST(ReportLayout, ARegisterAloneStillHasItsSummaryAndGuide) {
    Portfolio p;
    p.projects = {{"P1", "Alpha", "", "", ""}};
    p.risks = {test::risk_entry("P1", "R1", "Vendor delay", 0.5, 100, RiskKind::threat, true)};
    const ReportLayout r = report_of(p, Language::en);
    test::expect_printable(r);
    EXPECT_EQ(r.glance_first_row, 0u) << "no earned value: no projects at a glance";
    EXPECT_EQ(std::get<std::string>(r.rows[0][0]), "PMO Status Report: Alpha");
}

}  // namespace
}  // namespace pmocalc
