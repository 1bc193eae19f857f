#include "core/executive_summary.hpp"

#include <gtest/gtest.h>

#include "core/status_report.hpp"
#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// Four projects at 2025-10-31, one of each colour and one not rated, and a
// history with the previous status date 2025-09-30.
struct Fixture {
    Portfolio portfolio;
    PortfolioStatus status;

    Fixture() {
        portfolio.projects = {{"P1", "Alpha", "Core", "", ""},
                              {"P2", "Beta", "Core", "", ""},
                              {"P3", "Gamma", "Web", "", ""},
                              {"P4", "Delta", "Web", "", ""}};
        status.status_date = date(2025, 10, 31);
        status.thresholds = {0.95, 0.85};
        status.figures.bac = 1000;
        status.figures.pv = 500;
        status.figures.ev = 465;
        status.figures.ac = 480;
        status.figures.spi = 0.93;
        status.figures.cpi = 0.97;
        status.figures.spit = 0.92;
        status.figures.eac = 1100;
        status.rag = Rag::amber;
        status.forecast_finish = date(2026, 4, 10);
        const auto project = [&](std::size_t i, double spi, double cpi, std::optional<Rag> rag, std::int64_t slip,
                                 int overdue) {
            ProjectStatus p;
            p.project = portfolio.projects[i];
            p.figures.spi = spi;
            p.figures.cpi = cpi;
            p.rag = rag;
            p.slip_days = slip;
            p.overdue_issues = overdue;
            p.baseline_finish = date(2026, 3, 10);
            p.forecast_finish = date(2026, 3, 10) + slip;
            return p;
        };
        // Listed best first: the summary must put them worst first.
        status.projects = {project(2, 1.0, 1.02, Rag::green, 0, 0), project(1, 0.9, 1.0, Rag::amber, 0, 0),
                           project(0, 0.8, 0.9, Rag::red, 12, 2), project(3, 0, 0, std::nullopt, 0, 0)};
        status.projects[3].figures.spi.reset();
        status.projects[3].figures.cpi.reset();

        HistoryAnalysis& h = status.history;
        h.dates = {date(2025, 8, 29), date(2025, 9, 30), date(2025, 10, 31)};
        h.previous_date = date(2025, 9, 30);
        const auto point = [](Day day, double spi, double cpi, double eac, Day finish) {
            TrendPoint p;
            p.date = day;
            p.spi = spi;
            p.cpi = cpi;
            p.spit = spi;
            p.eac = eac;
            p.forecast_finish = finish;
            return p;
        };
        // The status date's own point is in the history once recorded: the trend must not count it twice.
        h.portfolio.points = {point(date(2025, 8, 29), 0.97, 0.98, 1050, date(2026, 3, 25)),
                              point(date(2025, 9, 30), 0.95, 0.97, 1080, date(2026, 4, 1)),
                              point(date(2025, 10, 31), 0.93, 0.97, 1100, date(2026, 4, 10))};
        Trend p1{"P1", "Alpha", {point(date(2025, 9, 30), 0.86, 0.92, 0, date(2026, 3, 9))}};
        p1.points[0].rag = Rag::amber;
        p1.points[0].baseline_finish = date(2026, 3, 10);
        Trend p2{"P2", "Beta", {point(date(2025, 9, 30), 0.91, 1.0, 0, date(2026, 3, 10))}};
        p2.points[0].rag = Rag::amber;
        h.projects = {p1, p2};

        status.heat_map[4][3] = 2;  // probability rank 5 × impact rank 4 = 20: high
        status.heat_map[2][2] = 1;  // 3 × 3 = 9: not high
        status.risk_exposure = 321;
        status.open_issues = 5;
        status.overdue_issues = 2;
        status.pending_changes = 1;
    }
};

std::string en(const Message& m) { return m.render(Language::en); }

TEST(ExecutiveSummary, ProjectsWorstFirstEachWithWhy) {
    const Fixture f;
    const ExecutiveSummary s = summarise(f.portfolio, f.status);
    ASSERT_EQ(s.projects.size(), 4u);
    EXPECT_EQ(s.projects[0].project->project.id, "P1");
    EXPECT_EQ(s.projects[1].project->project.id, "P2");
    EXPECT_EQ(s.projects[2].project->project.id, "P3");
    EXPECT_EQ(s.projects[3].project->project.id, "P4") << "not rated last";
    EXPECT_EQ(en(s.projects[0].reason), "SPI 0.80, CPI 0.90, 12 working days late, 2 overdue issue(s)");
    EXPECT_EQ(en(s.projects[0].short_reason), "SPI 0.80, CPI 0.90");
    EXPECT_EQ(en(s.projects[1].reason), "SPI 0.90");
    EXPECT_EQ(en(s.projects[2].reason), "on track");
    EXPECT_EQ(en(s.projects[3].reason), "not rated yet");
    EXPECT_EQ(s.projects[0].previous_spi, 0.86);
    EXPECT_EQ(s.projects[0].previous_rag, Rag::amber);
}

TEST(ExecutiveSummary, OneSentenceNamesTheRedProjects) {
    const Fixture f;
    const ExecutiveSummary s = summarise(f.portfolio, f.status);
    EXPECT_EQ(en(s.overall), "Portfolio AMBER (SPI 0.93, CPI 0.97). 1 of 3 rated projects red: P1 Alpha (SPI 0.80, "
                             "CPI 0.90, 12 working days late, 2 overdue issue(s)).");
    EXPECT_EQ(s.overall.render(Language::ja),
              "ポートフォリオはAMBER（SPI 0.93、CPI 0.97）。評価対象3件中1件がRED：P1 Alpha（SPI 0.80、CPI 0.90、"
              "12営業日遅れ、期限超過の課題2件）。");
    Fixture green;
    for (ProjectStatus& p : green.status.projects)
        if (p.rag)
            p.rag = Rag::green;
    green.status.rag = Rag::green;
    EXPECT_EQ(en(summarise(green.portfolio, green.status).overall),
              "Portfolio GREEN (SPI 0.93, CPI 0.97). All 3 rated project(s) green.");
    Fixture none;
    none.status.rag.reset();
    EXPECT_EQ(summarise(none.portfolio, none.status).overall.id, Msg::summary_no_rating);
}

TEST(ExecutiveSummary, IndicatorsCarryTheirChangeAndTrend) {
    const Fixture f;
    const ExecutiveSummary s = summarise(f.portfolio, f.status);
    ASSERT_EQ(s.kpis.size(), 8u);
    const Kpi& spi = s.kpis[0];
    EXPECT_EQ(spi.id, KpiId::spi);
    EXPECT_EQ(spi.value, 0.93);
    EXPECT_EQ(spi.previous, 0.95);
    EXPECT_EQ(improved(spi), false);
    EXPECT_EQ(spi.trend, (std::vector<double>{0.97, 0.95, 0.93})) << "this date once, last";
    const Kpi& finish = s.kpis[3];
    EXPECT_EQ(finish.id, KpiId::forecast_finish);
    EXPECT_EQ(finish.previous, static_cast<double>(date(2026, 4, 1)));
    EXPECT_EQ(improved(finish), false) << "a later finish is worse";
    EXPECT_EQ(finish.reference, static_cast<double>(date(2026, 3, 10))) << "the latest baseline finish";
    const Kpi& eac = s.kpis[4];
    EXPECT_EQ(eac.reference, 1000) << "against the BAC";
    EXPECT_EQ(improved(eac), false);
    // Risks, issues and decisions are not in the history: said, never a made-up change.
    for (std::size_t i = 5; i < 8; ++i) {
        EXPECT_FALSE(s.kpis[i].recorded);
        EXPECT_FALSE(improved(s.kpis[i]));
        EXPECT_TRUE(s.kpis[i].trend.empty());
    }
    EXPECT_EQ(s.high_risks, 2) << "only the red zone, probability × impact rank 15 or more";
    EXPECT_EQ(s.kpis[5].value, 2);
    EXPECT_EQ(s.kpis[6].value, 2);
    EXPECT_EQ(s.kpis[6].reference, 5);
}

TEST(ExecutiveSummary, AChangeSmallerThanShownIsNoChange) {
    Kpi k;
    k.value = 0.931;
    k.previous = 0.929;
    EXPECT_FALSE(improved(k)) << "both show as 0.93";
    k.value = 0.94;
    EXPECT_EQ(improved(k), true);
    k.higher_is_better = false;
    EXPECT_EQ(improved(k), false);
    k.previous.reset();
    EXPECT_FALSE(improved(k));
}

TEST(ExecutiveSummary, WhatChangedSinceThePreviousStatusDate) {
    const Fixture f;
    const ExecutiveSummary s = summarise(f.portfolio, f.status);
    ASSERT_EQ(s.changes.size(), 2u);
    EXPECT_EQ(en(s.changes[0]), "P1 Alpha: AMBER → RED");
    EXPECT_EQ(en(s.changes[1]), "P1 Alpha: now forecast to finish 2026-03-22, after its baseline 2026-03-10");
    // P2 stayed amber: not a change. Without a previous date there is nothing to compare.
    Fixture first;
    first.status.history.previous_date.reset();
    EXPECT_TRUE(summarise(first.portfolio, first.status).changes.empty());
}

TEST(ExecutiveSummary, TitleIsTheProjectOrItsProgram) {
    Fixture f;
    EXPECT_EQ(summarise(f.portfolio, f.status).title, "") << "four projects of two programs: the portfolio";
    for (Project& p : f.portfolio.projects)
        p.program = "Core";
    EXPECT_EQ(summarise(f.portfolio, f.status).title, "Core");
    f.portfolio.projects.resize(1);
    EXPECT_EQ(summarise(f.portfolio, f.status).title, "Alpha");
}

TEST(PanelGlance, TheSameFiguresWithTheirChangeAndTheRedsNamed) {
    const Fixture f;
    Assessment assessment;
    assessment.portfolio = f.portfolio;
    assessment.status = f.status;
    const std::string en = health_summary(assessment, Language::en);
    EXPECT_NE(en.find("SPI 0.93 ▼0.02   CPI 0.97    SPI(t) 0.92"), std::string::npos) << en;
    EXPECT_NE(en.find("Forecast finish 2026-04-10 ▲9 d"), std::string::npos) << en;
    EXPECT_NE(en.find("Red: P1 Alpha (SPI 0.80, CPI 0.90)"), std::string::npos) << en;
    EXPECT_NE(en.find("Open risks 0 (high 2, exposure 321); issues open 5, overdue 2"), std::string::npos) << en;
    EXPECT_NE(en.find("Status date 2025-10-31 (previous 2025-09-30)"), std::string::npos) << en;
    const std::string ja = health_summary(assessment, Language::ja);
    EXPECT_NE(ja.find("RED: P1 Alpha（SPI 0.80、CPI 0.90）"), std::string::npos) << ja;
    EXPECT_NE(ja.find("基準日 2025-10-31（前回 2025-09-30）"), std::string::npos) << ja;
}

TEST(Sparkline, ScalesASeriesToEightLevels) {
    EXPECT_EQ(sparkline({1, 2, 3}), "▁▅█");
    EXPECT_EQ(sparkline({5, 5}), "▄▄") << "flat: the middle";
    EXPECT_EQ(sparkline({1}), "");
    EXPECT_EQ(sparkline({1, 2, 3, 4}, 2), "▁█") << "the last values only";
}

}  // namespace
}  // namespace pmocalc
