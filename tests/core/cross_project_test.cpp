#include "core/cross_project.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// January 2025 on a Monday-to-Friday calendar with a holiday on Monday
// 13 January: working days 6–10, 14–17, 20–24.
struct Fixture {
    Portfolio portfolio;
    std::vector<CrossProjectLink> links;
    WorkCalendar calendar{WeekendMask(), {date(2025, 1, 13)}};

    std::size_t add(std::string project, std::string id, Day start, Day finish) {
        if (std::none_of(portfolio.projects.begin(), portfolio.projects.end(),
                         [&](const Project& p) { return p.id == project; }))
            portfolio.projects.push_back({project, "Project " + project, "", "", ""});
        Task t;
        t.project_id = std::move(project);
        t.id = std::move(id);
        t.start = start;
        t.finish = finish;
        portfolio.tasks.push_back(t);
        return portfolio.tasks.size() - 1;
    }
    void link(std::size_t from, std::size_t to, LinkType type = LinkType::finish_start, double lag = 0) {
        const Task& a = portfolio.tasks[from];
        const Task& b = portfolio.tasks[to];
        links.push_back({a.project_id, a.id, b.project_id, b.id, type, lag, from, to});
    }
    CrossProjectAnalysis analyse(Day status = date(2025, 1, 6)) {
        return analyse_cross_project(portfolio, links, calendar, status);
    }
};

TEST(CrossProject, AForecastFinishOverAHolidayPushesTheSuccessor) {
    // A forecast to finish Tue 14 (planned Fri 10); X planned to start on Mon
    // 13, the holiday, i.e. Tue 14. After A it can start Wed 15: 1 working day.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 10));
    f.portfolio.tasks[a].forecast_finish = date(2025, 1, 14);
    const std::size_t x = f.add("P2", "X", date(2025, 1, 13), date(2025, 1, 17));
    f.link(a, x);
    const CrossProjectAnalysis r = f.analyse();
    ASSERT_EQ(r.links.size(), 1u);
    EXPECT_EQ(r.links[0].predecessor_finish, date(2025, 1, 14));
    EXPECT_EQ(r.links[0].successor_start, date(2025, 1, 13));
    EXPECT_DOUBLE_EQ(r.links[0].push, 1);
    EXPECT_DOUBLE_EQ(r.links[0].slack, 0);
    EXPECT_TRUE(r.links[0].propagates());
    ASSERT_EQ(r.projects.size(), 1u);
    EXPECT_EQ(r.projects[0].project, "P1");
    EXPECT_EQ(r.projects[0].reaches, (std::vector<std::string>{"P2"}));
}

TEST(CrossProject, SlackIsCountedInWorkingDays) {
    // A finishes Wed 8, X starts Wed 15: Thu 9, Fri 10 and Tue 14 between, 3 days of slack.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 8));
    const std::size_t x = f.add("P2", "X", date(2025, 1, 15), date(2025, 1, 17));
    f.link(a, x);
    const CrossProjectAnalysis r = f.analyse();
    EXPECT_DOUBLE_EQ(r.links[0].push, 0);
    EXPECT_DOUBLE_EQ(r.links[0].slack, 3);
    EXPECT_TRUE(r.projects.empty());
}

TEST(CrossProject, ALagCountsWorkingDays) {
    // A finishes Fri 10, FS+2: the lag is Tue 14 and Wed 15 (Mon 13 is a
    // holiday), so X can start Thu 16, not Wed 15 as planned: 1 day.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 10));
    const std::size_t x = f.add("P2", "X", date(2025, 1, 15), date(2025, 1, 17));
    f.link(a, x, LinkType::finish_start, 2);
    EXPECT_DOUBLE_EQ(f.analyse().links[0].push, 1);
}

TEST(CrossProject, StartToStartUsesTheForecastStartNotBeforeTheStatusDate) {
    // A planned to start Mon 6 has not started by the status date Wed 8: it
    // starts Wed 8 at the earliest. X SS+1 planned Wed 8 can start Thu 9: 1 day.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 10));
    const std::size_t x = f.add("P2", "X", date(2025, 1, 8), date(2025, 1, 17));
    f.link(a, x, LinkType::start_start, 1);
    CrossProjectAnalysis r = f.analyse(date(2025, 1, 8));
    EXPECT_EQ(r.links[0].predecessor_date, date(2025, 1, 8));
    EXPECT_DOUBLE_EQ(r.links[0].push, 1);
    // Started on time (some progress), A's start is its planned one: X may
    // start Tue 7 (Mon 6 + 1) and is planned Wed 8, 1 day of slack.
    f.portfolio.tasks[a].percent_complete = 0.2;
    r = f.analyse(date(2025, 1, 8));
    EXPECT_DOUBLE_EQ(r.links[0].push, 0);
    EXPECT_DOUBLE_EQ(r.links[0].slack, 1);
}

TEST(CrossProject, FinishToFinishAgainstTheSuccessorsPlannedFinish) {
    // A finished (actual) Thu 16; X planned to finish Wed 15 needs A by then: 1 day.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 10));
    f.portfolio.tasks[a].actual_finish = date(2025, 1, 16);
    const std::size_t x = f.add("P2", "X", date(2025, 1, 6), date(2025, 1, 15));
    f.link(a, x, LinkType::finish_finish);
    const CrossProjectAnalysis r = f.analyse(date(2025, 1, 20));
    EXPECT_EQ(r.links[0].successor_date, date(2025, 1, 15));
    EXPECT_DOUBLE_EQ(r.links[0].push, 1);
}

TEST(CrossProject, UnfinishedWorkFinishesNoEarlierThanTheStatusDate) {
    // A planned to finish Wed 8, unfinished on the status date Fri 10; X
    // planned Fri 10 → it can start Tue 14: 1 day.
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 8));
    const std::size_t x = f.add("P2", "X", date(2025, 1, 10), date(2025, 1, 17));
    f.link(a, x);
    const CrossProjectAnalysis r = f.analyse(date(2025, 1, 10));
    EXPECT_EQ(r.links[0].predecessor_finish, date(2025, 1, 10));
    EXPECT_DOUBLE_EQ(r.links[0].push, 1);
}

// P1:A → P2:X pushes, P2:Y → P3:Z pushes; P3:W → P4:V has slack.
Fixture chain() {
    Fixture f;
    const std::size_t a = f.add("P1", "A", date(2025, 1, 6), date(2025, 1, 9));
    f.portfolio.tasks[a].forecast_finish = date(2025, 1, 10);
    const std::size_t x = f.add("P2", "X", date(2025, 1, 10), date(2025, 1, 14));
    const std::size_t y = f.add("P2", "Y", date(2025, 1, 6), date(2025, 1, 16));
    const std::size_t z = f.add("P3", "Z", date(2025, 1, 16), date(2025, 1, 17));
    const std::size_t w = f.add("P3", "W", date(2025, 1, 6), date(2025, 1, 7));
    const std::size_t v = f.add("P4", "V", date(2025, 1, 20), date(2025, 1, 21));
    f.link(a, x);
    f.link(y, z);
    f.link(w, v);
    return f;
}

TEST(CrossProject, ASlipReachesProjectsThroughAChain) {
    const CrossProjectAnalysis r = chain().analyse();
    ASSERT_EQ(r.links.size(), 3u);
    EXPECT_DOUBLE_EQ(r.links[0].push, 1);  // A by Fri 10, X planned Fri 10
    EXPECT_DOUBLE_EQ(r.links[1].push, 1);  // Y by Thu 16, Z planned Thu 16
    EXPECT_DOUBLE_EQ(r.links[2].slack, 7);  // W by Tue 7, V on Mon 20: 8, 9, 10, 14, 15, 16, 17
    ASSERT_EQ(r.projects.size(), 2u);
    EXPECT_EQ(r.projects[0].project, "P1");
    EXPECT_EQ(r.projects[0].direct, (std::vector<std::string>{"P2"}));
    EXPECT_EQ(r.projects[0].reaches, (std::vector<std::string>{"P2", "P3"}));
    EXPECT_EQ(r.projects[1].project, "P2");
    EXPECT_EQ(r.projects[1].reaches, (std::vector<std::string>{"P3"}));
}

TEST(CrossProject, ACycleBetweenProjectsEndsWhereItBegan) {
    Fixture f = chain();
    // P3:Z → P1:B pushes too: P1 → P2 → P3 → P1.
    const std::size_t b = f.add("P1", "B", date(2025, 1, 17), date(2025, 1, 20));
    f.link(3, b);  // Z (row 3) finishes Fri 17, B planned to start Fri 17
    const CrossProjectAnalysis r = f.analyse();
    EXPECT_DOUBLE_EQ(r.links[3].push, 1);
    ASSERT_EQ(r.projects.size(), 3u);
    EXPECT_EQ(r.projects[0].reaches, (std::vector<std::string>{"P2", "P3"}));
    EXPECT_EQ(r.projects[1].reaches, (std::vector<std::string>{"P1", "P3"}));
    EXPECT_EQ(r.projects[2].project, "P3");
    EXPECT_EQ(r.projects[2].direct, (std::vector<std::string>{"P1"}));
    EXPECT_EQ(r.projects[2].reaches, (std::vector<std::string>{"P1", "P2"}));
}

}  // namespace
}  // namespace pmocalc
