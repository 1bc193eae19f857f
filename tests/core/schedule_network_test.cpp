#include "core/schedule_network.hpp"

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

ScheduleNetwork network_of(const std::vector<NetworkTask>& tasks) {
    NetworkBuild build = build_network(tasks);
    EXPECT_TRUE(build.problems.empty()) << build.problems.front().message.render(Language::en);
    return std::move(*build.network);
}

std::string first_problem(const std::vector<NetworkTask>& tasks) {
    const NetworkBuild build = build_network(tasks);
    EXPECT_FALSE(build.network);
    return build.problems.empty() ? "" : build.problems.front().message.render(Language::en);
}

// Hillier & Lieberman, "Introduction to Operations Research", 9th ed., §22.3–22.4:
// the Reliable Construction Co. project (durations in weeks). Length 44,
// critical path A B C E F J L N; slack 4 for D G H M, 2 for I, 1 for K.
const std::vector<NetworkTask> reliable_construction{
    {"A", ""}, {"B", "A"}, {"C", "B"}, {"D", "C"}, {"E", "C"}, {"F", "E"}, {"G", "D"},
    {"H", "E;G"}, {"I", "C"}, {"J", "F;I"}, {"K", "J"}, {"L", "J"}, {"M", "H"}, {"N", "K;L"}};
const std::vector<double> reliable_durations{2, 4, 10, 6, 4, 5, 7, 9, 7, 8, 4, 5, 2, 6};

TEST(ScheduleNetwork, TextbookProjectLengthFloatsAndCriticalPath) {
    const ScheduleNetwork network = network_of(reliable_construction);
    const CriticalPath cpm = critical_path(network, reliable_durations);
    EXPECT_DOUBLE_EQ(cpm.finish, 44);
    const std::vector<double> total{0, 0, 0, 4, 0, 0, 4, 4, 2, 0, 1, 0, 4, 0};
    EXPECT_EQ(cpm.total_float, total);
    // Free float: D, G and H share their 4 weeks of total float with M, which holds it alone.
    const std::vector<double> free{0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 4, 0};
    EXPECT_EQ(cpm.free_float, free);
    EXPECT_EQ(cpm.driving_path, (std::vector<std::uint32_t>{0, 1, 2, 4, 5, 9, 11, 13}));
    EXPECT_DOUBLE_EQ(cpm.early_start[7], 29);  // H waits for G
    EXPECT_DOUBLE_EQ(cpm.late_start[7], 33);
    const std::vector<bool> critical{true, true, true, false, true, true, false, false, false, true, false, true, false, true};
    EXPECT_EQ(cpm.critical, critical);
}

// All four link types with lags and a lead (worked by hand):
// A 5; B 3 after A SS+2; C 4 after B FF+1; D 2 after C SF+3; E 1 after A FS-1.
const std::vector<NetworkTask> four_types{{"A", ""}, {"B", "A SS+2"}, {"C", "BFF+1"}, {"D", "CSF+3"}, {"E", "AFS-1"}};
const std::vector<double> four_durations{5, 3, 4, 2, 1};

TEST(ScheduleNetwork, FourLinkTypesWithLagsAndLeads) {
    const CriticalPath cpm = critical_path(network_of(four_types), four_durations);
    EXPECT_EQ(cpm.early_start, (std::vector<double>{0, 2, 2, 3, 4}));
    EXPECT_EQ(cpm.early_finish, (std::vector<double>{5, 5, 6, 5, 5}));
    EXPECT_DOUBLE_EQ(cpm.finish, 6);
    EXPECT_EQ(cpm.late_finish, (std::vector<double>{5, 5, 6, 6, 6}));
    EXPECT_EQ(cpm.total_float, (std::vector<double>{0, 0, 0, 1, 1}));
    EXPECT_EQ(cpm.free_float, (std::vector<double>{0, 0, 0, 1, 1}));
    EXPECT_EQ(cpm.driving_path, (std::vector<std::uint32_t>{0, 1, 2}));
}

TEST(ScheduleNetwork, StartToStartWithAShortPredecessorCanOutlastIt) {
    // B (10) may start 1 day after A (2) starts: A's start drives B, so A is
    // critical though it finishes long before B.
    const CriticalPath cpm = critical_path(network_of({{"A", ""}, {"B", "ASS+1"}}), std::vector<double>{2, 10});
    EXPECT_DOUBLE_EQ(cpm.finish, 11);
    EXPECT_EQ(cpm.total_float, (std::vector<double>{0, 0}));
    EXPECT_EQ(cpm.free_float, (std::vector<double>{0, 0}));
    EXPECT_EQ(cpm.driving_path, (std::vector<std::uint32_t>{0, 1}));
}

TEST(ScheduleNetwork, EarlyStartsNeverPrecedeTheProjectStart) {
    // A finish-to-finish link to a short predecessor would pull B before time 0.
    const CriticalPath cpm = critical_path(network_of({{"A", ""}, {"B", "AFF"}}), std::vector<double>{1, 5});
    EXPECT_EQ(cpm.early_start, (std::vector<double>{0, 0}));
    EXPECT_DOUBLE_EQ(cpm.finish, 5);
    EXPECT_DOUBLE_EQ(cpm.total_float[0], 4);
}

TEST(ScheduleNetwork, FreeFloatNeverExceedsTheProjectFinish) {
    // C may start 10 days before A finishes, but not before the project starts:
    // A's link to C leaves it 10 days, the project only 2 (found by
    // fuzz_schedule_network: free float above total float).
    const CriticalPath cpm =
        critical_path(network_of({{"A", ""}, {"B", ""}, {"C", "AFS-10"}}), std::vector<double>{0, 2, 0});
    EXPECT_DOUBLE_EQ(cpm.finish, 2);
    EXPECT_EQ(cpm.total_float, (std::vector<double>{2, 0, 2}));
    EXPECT_EQ(cpm.free_float, (std::vector<double>{2, 0, 2}));
}

TEST(ScheduleNetwork, ARequiredFinishGivesNegativeFloat) {
    const CriticalPath cpm = critical_path(network_of(reliable_construction), reliable_durations, 40.0);
    EXPECT_DOUBLE_EQ(cpm.total_float[0], -4);
    EXPECT_DOUBLE_EQ(cpm.total_float[3], 0);  // D: 4 of float against the network's 44, none against 40
    EXPECT_TRUE(cpm.critical[0]);
    EXPECT_FALSE(cpm.critical[3]);
    EXPECT_DOUBLE_EQ(cpm.free_float[12], 4);  // free float ignores the required finish
}

TEST(ScheduleNetwork, ParallelPathsOfEqualLengthAreAllCritical) {
    const CriticalPath cpm = critical_path(network_of({{"1", ""}, {"2", "1"}, {"3", "1"}, {"4", "2,3"}}),
                                           std::vector<double>{1, 0.1 + 0.2, 0.3, 1});
    EXPECT_EQ(cpm.critical, (std::vector<bool>{true, true, true, true}));  // 0.1 + 0.2 ≠ 0.3 in doubles
}

TEST(ScheduleNetwork, OrderFollowsTheLinksNotTheRows) {
    const ScheduleNetwork network = network_of({{"3", "2"}, {"2", "1"}, {"1", ""}});
    EXPECT_EQ(std::vector<std::uint32_t>(network.topological_order().begin(), network.topological_order().end()),
              (std::vector<std::uint32_t>{2, 1, 0}));
    const CriticalPath cpm = critical_path(network, std::vector<double>{1, 2, 3});
    EXPECT_DOUBLE_EQ(cpm.early_start[0], 5);
    EXPECT_EQ(network.successor_count(2), 1u);
    EXPECT_EQ(network.successor_count(0), 0u);
}

TEST(ScheduleNetwork, IdsMayLookLikeLinks) {
    // "1-2" is a task here, so it is read as the task, not as 1 with a lead of 2.
    const ScheduleNetwork network = network_of({{"1", ""}, {"1-2", ""}, {"X", "1-2"}, {"Y", "1-3"}});
    ASSERT_EQ(network.predecessors_of(2).size(), 1u);
    EXPECT_EQ(network.predecessors_of(2)[0].predecessor, 1u);
    EXPECT_EQ(network.predecessors_of(3)[0].predecessor, 0u);
    EXPECT_DOUBLE_EQ(network.predecessors_of(3)[0].lag, -3);
}

TEST(ScheduleNetwork, ProblemsNameTheCell) {
    EXPECT_EQ(first_problem({{"1", ""}, {"2", "9"}}), "\"9\" is neither a task ID nor ID[FS|SS|FF|SF][+/-lag], e.g. 3FS+2");
    EXPECT_EQ(first_problem({{"1", ""}, {"2", "9FS+2"}}), "no task has the ID \"9\" (entry \"9FS+2\")");
    EXPECT_EQ(first_problem({{"1", ""}, {"2", "1FS+20%"}}),
              "\"1FS+20%\": a lag in percent is not supported, give it in working days (e.g. 3FS+2)");
    EXPECT_EQ(first_problem({{"1", ""}, {"1", ""}}), "the ID \"1\" is used by more than one task");
    const NetworkBuild build = build_network(std::vector<NetworkTask>{{"1", ""}, {"2", "1;9"}, {"3", "8"}});
    ASSERT_EQ(build.problems.size(), 2u);  // every bad entry, not only the first
    EXPECT_EQ(build.problems[0].task, 1u);
    EXPECT_EQ(build.problems[1].task, 2u);
    EXPECT_EQ(build.problems[1].field, NetworkProblem::Field::predecessors);
}

TEST(ScheduleNetwork, CyclesNameTheIdsAroundThem) {
    EXPECT_EQ(first_problem({{"1", "3"}, {"2", "1"}, {"3", "2"}, {"4", "3"}}),
              "the predecessors form a cycle: 1 \u2192 2 \u2192 3 \u2192 1");
    EXPECT_EQ(first_problem({{"7", "7"}}), "the predecessors form a cycle: 7 \u2192 7");
    const NetworkBuild two = build_network(std::vector<NetworkTask>{{"a", "b"}, {"b", "a"}, {"c", "d"}, {"d", "c"}});
    ASSERT_EQ(two.problems.size(), 2u);
    EXPECT_EQ(two.problems[1].task, 2u);
    EXPECT_EQ(two.problems[0].message.render(Language::ja), "先行関係が循環しています: a \u2192 b \u2192 a");
}

TEST(ScheduleNetwork, EmptyNetwork) {
    const ScheduleNetwork network = network_of({});
    const CriticalPath cpm = critical_path(network, {});
    EXPECT_EQ(cpm.finish, 0);
    EXPECT_TRUE(cpm.driving_path.empty());
}

// ---- predecessors in another project ("P02:15") ----

ProjectDirectory two_projects() {
    ProjectDirectory directory;
    directory.add("P01", "1", 0);
    directory.add("P01", "2", 1);
    directory.add("P01", "A:1", 2);
    directory.add("P02", "15", 10);
    directory.add("P02", "1", 11);
    directory.add("A", "1", 20);
    directory.add_project("P03");  // a project without tasks
    return directory;
}

TEST(ScheduleNetworkCrossProject, AnotherProjectsTaskIsKeptOutOfTheNetwork) {
    const ProjectDirectory directory = two_projects();
    const std::vector<NetworkTask> tasks{{"1", ""}, {"2", "1; P02:15FS+2d"}};
    const NetworkBuild build = build_network(tasks, &directory, "P01");
    ASSERT_TRUE(build.network) << build.problems.front().message.render(Language::en);
    EXPECT_EQ(build.network->link_count(), 1u);  // 1 → 2 only
    ASSERT_EQ(build.external_links.size(), 1u);
    const ExternalLink& link = build.external_links[0];
    EXPECT_EQ(link.task, 1u);
    EXPECT_EQ(link.project, "P02");
    EXPECT_EQ(link.predecessor, "15");
    EXPECT_EQ(link.predecessor_index, 10u);
    EXPECT_EQ(link.type, LinkType::finish_start);
    EXPECT_DOUBLE_EQ(link.lag, 2);
    EXPECT_TRUE(build.notes.empty());
}

TEST(ScheduleNetworkCrossProject, FullWidthColonTypesAndLeads) {
    const ProjectDirectory directory = two_projects();
    const std::vector<NetworkTask> tasks{{"1", "Ｐ０２：１５ＳＳ－１、P02 : 1 FF"}};
    const NetworkBuild build = build_network(tasks, &directory, "P01");
    ASSERT_TRUE(build.network);
    ASSERT_EQ(build.external_links.size(), 2u);
    EXPECT_EQ(build.external_links[0].predecessor, "15");
    EXPECT_EQ(build.external_links[0].type, LinkType::start_start);
    EXPECT_DOUBLE_EQ(build.external_links[0].lag, -1);
    EXPECT_EQ(build.external_links[1].predecessor, "1");
    EXPECT_EQ(build.external_links[1].type, LinkType::finish_finish);
}

TEST(ScheduleNetworkCrossProject, ThisProjectsOwnIdWithAColonWinsWithANote) {
    // "A:1" is a task of P01 and could also be task 1 of project A.
    const ProjectDirectory directory = two_projects();
    const std::vector<NetworkTask> tasks{{"A:1", ""}, {"2", "A:1"}, {"3", "P01:2"}};
    const NetworkBuild build = build_network(tasks, &directory, "P01");
    ASSERT_TRUE(build.network);
    EXPECT_EQ(build.network->link_count(), 2u);  // A:1 → 2 and 2 → 3 (P01 is this project)
    EXPECT_TRUE(build.external_links.empty());
    ASSERT_EQ(build.notes.size(), 1u);
    EXPECT_EQ(build.notes[0].task, 1u);
    EXPECT_EQ(build.notes[0].message.render(Language::en),
              "\"A:1\" is read as this project's task \"A:1\", not as task 1 of project A");
}

TEST(ScheduleNetworkCrossProject, UnknownProjectOrTaskIsAProblemInEnglishAndJapanese) {
    const ProjectDirectory directory = two_projects();
    const std::vector<NetworkTask> tasks{{"1", "P09:15"}, {"2", "P02:99FS+2"}, {"3", "P03:1"}};
    const NetworkBuild build = build_network(tasks, &directory, "P01");
    EXPECT_FALSE(build.network);
    ASSERT_EQ(build.problems.size(), 3u);
    EXPECT_EQ(build.problems[0].task, 0u);
    EXPECT_EQ(build.problems[0].message.render(Language::en),
              "no project has the ID \"P09\" (entry \"P09:15\"; another project's task is written project ID:task ID, e.g. P02:15)");
    EXPECT_EQ(build.problems[1].task, 1u);
    EXPECT_EQ(build.problems[1].message.render(Language::en),
              "project P02 has no task with the ID \"99\" (entry \"P02:99FS+2\")");
    EXPECT_EQ(build.problems[1].message.render(Language::ja), "プロジェクトP02に ID「99」のタスクがありません（「P02:99FS+2」）");
    EXPECT_EQ(build.problems[2].message.render(Language::en),
              "project P03 has no task with the ID \"1\" (entry \"P03:1\")");
}

TEST(ScheduleNetworkCrossProject, WithoutADirectoryAColonIsMalformedAsBefore) {
    const std::vector<NetworkTask> tasks{{"1", "P02:15"}};
    EXPECT_EQ(first_problem(tasks), "\"P02:15\" is neither a task ID nor ID[FS|SS|FF|SF][+/-lag], e.g. 3FS+2");
}

}  // namespace
}  // namespace pmocalc
