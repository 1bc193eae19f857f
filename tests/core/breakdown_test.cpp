// EVM figures by program, department, PM and assignee (PortfolioStatus::breakdowns).
#include "core/portfolio_analysis.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

Task task(std::string project, std::string owner, double budget, Day start, Day finish, double percent,
          std::optional<double> actual_cost) {
    Task t = test::task_entry(std::move(project), "1", budget, start, finish, percent, actual_cost);
    t.owner = std::move(owner);
    return t;
}

// On Friday 10 Jan 2025 (weeks from Monday 6 Jan):
//   A (program X, PM Ito): 1000 over 6–17 Jan, 30 % done, AC 600 → PV 500, EV 300
//   B (program X, PM Ito):  250 over 6–10 Jan, done, no AC      → PV 250, EV 250
//   C (no program, PM Ono): 200 over 3–7 Feb, not started       → PV 0,   EV 0
Portfolio portfolio() {
    Portfolio p;
    p.projects = {{"A", "Alpha", "X", "", "Ito"}, {"B", "Beta", "X", "", "Ito"}, {"C", "Gamma", "", "", "Ono"}};
    p.tasks.push_back(task("A", "Sato", 1000, date(2025, 1, 6), date(2025, 1, 17), 0.3, 600.0));
    p.tasks.push_back(task("B", "Sato", 250, date(2025, 1, 6), date(2025, 1, 10), 1.0, std::nullopt));
    p.tasks.push_back(task("C", "", 200, date(2025, 2, 3), date(2025, 2, 7), 0.0, std::nullopt));
    return p;
}

PortfolioStatus analysed() {
    AnalysisOptions options;
    options.status_date = date(2025, 1, 10);
    return analyse_portfolio(portfolio(), options);
}

const Breakdown* find(const PortfolioStatus& s, BreakdownKey key) {
    for (const Breakdown& b : s.breakdowns)
        if (b.key == key)
            return &b;
    return nullptr;
}

TEST(Breakdown, ProgramFiguresAreRatiosOfTheGroupsSums) {
    const PortfolioStatus s = analysed();
    const Breakdown* program = find(s, BreakdownKey::program);
    ASSERT_NE(program, nullptr);
    ASSERT_EQ(program->groups.size(), 2u);
    const BreakdownGroup& x = program->groups[0];
    EXPECT_EQ(x.name, "X");
    EXPECT_EQ(x.projects, 2u);
    EXPECT_EQ(x.tasks, 2u);
    EXPECT_DOUBLE_EQ(x.figures.bac, 1250);
    EXPECT_DOUBLE_EQ(x.figures.pv, 750);
    EXPECT_DOUBLE_EQ(x.figures.ev, 550);
    EXPECT_EQ(x.figures.ac, 600.0);
    // ΣEV / ΣPV = 550 / 750, not the mean of 0.6 and 1.0 (0.8).
    EXPECT_NEAR(*x.figures.spi, 550.0 / 750.0, 1e-12);
    EXPECT_NEAR(*x.figures.cpi, 550.0 / 600.0, 1e-12);
    EXPECT_NEAR(*x.figures.eac, 1250 / (550.0 / 600.0), 1e-9);
    // The program's own curve: 750 planned in week 1, so ES = 550 / 750 of a
    // week at AT = 1 week: SV(t) = −200/750 weeks.
    EXPECT_NEAR(*x.figures.svt, 550.0 / 750.0 - 1, 1e-12);
    // The projects without a program come last, unnamed.
    EXPECT_EQ(program->groups[1].name, "");
    EXPECT_EQ(program->groups[1].projects, 1u);
    EXPECT_FALSE(program->groups[1].figures.spi);  // PV 0: undefined, not 0 or 1
}

TEST(Breakdown, EveryBreakdownAddsUpToThePortfolio) {
    const PortfolioStatus s = analysed();
    ASSERT_EQ(s.breakdowns.size(), 3u);  // program, PM, assignee: no department is named
    for (const Breakdown& b : s.breakdowns) {
        double bac = 0, pv = 0, ev = 0, ac = 0;
        for (const BreakdownGroup& g : b.groups) {
            bac += g.figures.bac;
            pv += g.figures.pv;
            ev += g.figures.ev;
            ac += g.figures.ac.value_or(0);
        }
        EXPECT_DOUBLE_EQ(bac, s.figures.bac);
        EXPECT_DOUBLE_EQ(pv, s.figures.pv);
        EXPECT_DOUBLE_EQ(ev, s.figures.ev);
        EXPECT_DOUBLE_EQ(ac, s.figures.ac.value_or(0));
    }
    EXPECT_EQ(find(s, BreakdownKey::department), nullptr);
}

TEST(Breakdown, AssigneesGroupTasksAcrossProjects) {
    const PortfolioStatus s = analysed();
    const Breakdown* assignee = find(s, BreakdownKey::assignee);
    ASSERT_NE(assignee, nullptr);
    ASSERT_EQ(assignee->groups.size(), 2u);
    EXPECT_EQ(assignee->groups[0].name, "Sato");
    EXPECT_EQ(assignee->groups[0].projects, 2u);
    EXPECT_EQ(assignee->groups[0].tasks, 2u);
    EXPECT_DOUBLE_EQ(assignee->groups[0].figures.ev, 550);
    EXPECT_EQ(assignee->groups[1].name, "");
    EXPECT_EQ(assignee->groups[1].tasks, 1u);
}

TEST(Breakdown, ManagersInOrderOfFirstAppearance) {
    const PortfolioStatus s = analysed();
    const Breakdown* manager = find(s, BreakdownKey::manager);
    ASSERT_NE(manager, nullptr);
    ASSERT_EQ(manager->groups.size(), 2u);
    EXPECT_EQ(manager->groups[0].name, "Ito");
    EXPECT_EQ(manager->groups[1].name, "Ono");
    EXPECT_DOUBLE_EQ(manager->groups[1].figures.bac, 200);
}

}  // namespace
}  // namespace pmocalc
