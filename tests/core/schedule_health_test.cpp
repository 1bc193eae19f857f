#include "core/schedule_health.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

struct Case {
    ScheduleNetwork network;
    std::vector<HealthTask> tasks;
};

Case make(const std::vector<NetworkTask>& links, const std::vector<double>& durations) {
    NetworkBuild build = build_network(links);
    EXPECT_TRUE(build.network);
    Case c{std::move(*build.network), {}};
    for (double d : durations)
        c.tasks.push_back({d, 10, false, false, date(2025, 12, 31), std::nullopt, std::nullopt});
    return c;
}

std::vector<HealthCheck> assess(const Case& c, std::optional<double> required, Day status, ScheduleColumns columns) {
    std::vector<double> durations;
    for (const HealthTask& t : c.tasks)
        durations.push_back(t.duration);
    const CriticalPath cpm = critical_path(c.network, durations, required);
    return assess_schedule_health(c.network, c.tasks, cpm, status, columns);
}

const HealthCheck& check(const std::vector<HealthCheck>& checks, HealthCheckId id) {
    return *std::find_if(checks.begin(), checks.end(), [&](const HealthCheck& c) { return c.id == id; });
}

ScheduleColumns all_columns() { return {true, true, true, true, true, true}; }

TEST(ScheduleHealth, ASoundChainPassesEveryCheckItCanMake) {
    const Case c = make({{"A", ""}, {"B", "A"}, {"C", "B"}}, {5, 5, 5});
    const auto checks = assess(c, 15.0, date(2025, 1, 1), all_columns());
    ASSERT_EQ(checks.size(), 14u);
    for (const HealthCheck& h : checks) {
        if (h.id == HealthCheckId::missed_tasks || h.id == HealthCheckId::bei) {
            EXPECT_EQ(h.status, HealthStatus::not_assessed);  // nothing was due yet
            EXPECT_EQ(h.note->id, Msg::health_note_nothing_due);
        } else {
            EXPECT_EQ(h.status, HealthStatus::pass) << health_check_code(h.id);
        }
    }
    EXPECT_EQ(*check(checks, HealthCheckId::logic).count, 0u);  // the first and last task are exempt
    EXPECT_DOUBLE_EQ(*check(checks, HealthCheckId::cpli).value, 1);
    EXPECT_DOUBLE_EQ(*check(checks, HealthCheckId::critical_path_test).value, 600);
}

// A 5 → B 50 (FS+2); C 3 (A SS-1) with no successor; D 2 alone and hard-constrained.
// Early finish 57 against a baseline of 50: A and B have −7 of float.
TEST(ScheduleHealth, EachCheckFailsWhereDcmaSaysSo) {
    Case c = make({{"A", ""}, {"B", "AFS+2"}, {"C", "ASS-1"}, {"D", ""}}, {5, 50, 3, 2});
    c.tasks[3].hard_constraint = true;
    c.tasks[3].forecast_finish = date(2025, 1, 20);  // before the status date, yet not finished
    c.tasks[2].budget = 0;
    c.tasks[0].baseline_finish = date(2025, 1, 10);  // due, not finished
    const Day status = date(2025, 2, 3);
    const auto checks = assess(c, 50.0, status, all_columns());
    auto expect = [&](HealthCheckId id, std::size_t count, std::size_t total) {
        const HealthCheck& h = check(checks, id);
        EXPECT_EQ(h.status, HealthStatus::fail) << health_check_code(id);
        EXPECT_EQ(h.count, count) << health_check_code(id);
        EXPECT_EQ(h.total, total) << health_check_code(id);
    };
    expect(HealthCheckId::logic, 2, 4);  // C has no successor, D no link at all
    expect(HealthCheckId::leads, 1, 2);
    expect(HealthCheckId::lags, 1, 2);
    expect(HealthCheckId::relationship_types, 1, 2);
    expect(HealthCheckId::hard_constraints, 1, 4);
    expect(HealthCheckId::high_float, 2, 4);  // C 54, D 55 working days
    expect(HealthCheckId::negative_float, 2, 4);
    expect(HealthCheckId::high_duration, 1, 4);
    expect(HealthCheckId::invalid_dates, 1, 4);
    expect(HealthCheckId::resources, 1, 4);
    expect(HealthCheckId::missed_tasks, 1, 1);
    expect(HealthCheckId::bei, 0, 1);
    EXPECT_NEAR(*check(checks, HealthCheckId::cpli).value, 50.0 / 57.0, 1e-12);
    EXPECT_EQ(check(checks, HealthCheckId::cpli).status, HealthStatus::fail);
}

TEST(ScheduleHealth, CriticalPathTestFailsWhenADelayDoesNotReachTheFinish) {
    // B may start with A (SS): a delay to A moves the finish only by what exceeds B's length.
    const Case c = make({{"A", ""}, {"B", "ASS"}}, {5, 50});
    const auto checks = assess(c, 50.0, date(2025, 1, 1), all_columns());
    const HealthCheck& test = check(checks, HealthCheckId::critical_path_test);
    EXPECT_EQ(test.status, HealthStatus::fail);
    EXPECT_DOUBLE_EQ(*test.value, 555);
}

TEST(ScheduleHealth, FinishedTasksAreLeftOutAndIndexRatiosUseThem) {
    Case c = make({{"A", ""}, {"B", "A"}, {"C", "B"}}, {5, 5, 5});
    const Day status = date(2025, 3, 1);
    c.tasks[0].finished = true;
    c.tasks[0].actual_finish = date(2025, 1, 10);
    c.tasks[0].baseline_finish = date(2025, 1, 10);
    c.tasks[1].finished = true;
    c.tasks[1].actual_finish = date(2025, 3, 5);  // after the status date
    c.tasks[1].baseline_finish = date(2025, 2, 1);
    const auto checks = assess(c, 15.0, status, all_columns());
    EXPECT_EQ(check(checks, HealthCheckId::high_duration).total, 1u);  // only C is unfinished
    EXPECT_EQ(check(checks, HealthCheckId::invalid_dates).count, 1u);
    EXPECT_EQ(check(checks, HealthCheckId::missed_tasks).count, 1u);  // B finished after its baseline
    EXPECT_DOUBLE_EQ(*check(checks, HealthCheckId::bei).value, 1);  // both due tasks are finished
    EXPECT_EQ(check(checks, HealthCheckId::bei).status, HealthStatus::pass);
}

TEST(ScheduleHealth, ChecksWithoutTheirColumnAreNotAssessedAndSayWhichColumn) {
    const Case c = make({{"A", ""}, {"B", "A"}}, {5, 5});
    const auto checks = assess(c, 10.0, date(2025, 1, 1), ScheduleColumns{true, false, false, false, false, false});
    for (HealthCheckId id : {HealthCheckId::hard_constraints, HealthCheckId::invalid_dates, HealthCheckId::cpli}) {
        const HealthCheck& h = check(checks, id);
        EXPECT_EQ(h.status, HealthStatus::not_assessed) << health_check_code(id);
        ASSERT_TRUE(h.note);
        EXPECT_EQ(h.note->id, Msg::health_note_not_assessed_column);
    }
    EXPECT_EQ(check(checks, HealthCheckId::hard_constraints).note->render(Language::en),
              "not assessed: no constraint column");
    EXPECT_EQ(check(checks, HealthCheckId::hard_constraints).note->render(Language::ja), "評価なし: 制約の列がありません");
}

TEST(ScheduleHealth, ASharePassesOnTheLimit) {
    // 20 unfinished tasks in a chain, one of them over 44 working days: exactly 5 %.
    std::vector<NetworkTask> links{{"1", ""}};
    std::vector<double> durations{45};
    for (int i = 2; i <= 20; ++i) {
        links.push_back({std::to_string(i), std::to_string(i - 1)});
        durations.push_back(1);
    }
    const Case c = make(links, durations);
    const auto checks = assess(c, 64.0, date(2025, 1, 1), all_columns());
    EXPECT_EQ(check(checks, HealthCheckId::high_duration).status, HealthStatus::pass);
    EXPECT_DOUBLE_EQ(*check(checks, HealthCheckId::high_duration).value, 0.05);
}

}  // namespace
}  // namespace pmocalc
