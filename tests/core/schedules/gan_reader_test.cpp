#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/schedules/schedule_file.hpp"
#include "../test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

constexpr const char* monday_to_friday = R"(<calendars><day-types><day-type id="0"/><day-type id="1"/>
<default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
<only-show-weekends value="false"/><overriden-day-types/><days/></day-types></calendars>)";

constexpr const char* one_task =
    R"(<task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="0"/>)";

// A GanttProject 3 file around the given tasks; `rest` follows <tasks>.
std::string gan(const std::string& tasks, const std::string& rest = "<previous/>",
                const std::string& calendars = monday_to_friday) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project name=\"House\" company=\"\" webLink=\"\" "
           "view-date=\"2024-01-01\" version=\"3.3.3309\" locale=\"en\">\n<view id=\"gantt-chart\"/>\n" +
           calendars + "\n<tasks empty-milestones=\"true\"><taskproperties/>\n" + tasks + "\n</tasks>\n" + rest +
           "\n</project>\n";
}

ScheduleFile read_ok(const std::string& text) {
    const auto schedule = read_gan(text);
    EXPECT_TRUE(schedule.ok()) << (schedule.ok() ? "" : schedule.problem().reason());
    return schedule.ok() ? *schedule : ScheduleFile{};
}

const ScheduleTask& task(const ScheduleFile& schedule, const std::string& key) {
    const auto found = std::find_if(schedule.tasks.begin(), schedule.tasks.end(),
                                    [&](const ScheduleTask& t) { return t.key == key; });
    if (found == schedule.tasks.end())
        throw std::runtime_error("no task " + key);
    return *found;
}

// The notes of one message, rendered in English.
std::vector<std::string> notes(const ScheduleFile& schedule, Msg id) {
    std::vector<std::string> texts;
    for (const ScheduleNote& note : schedule.notes)
        if (note.message.id == id)
            texts.push_back(note.message.render(Language::en));
    return texts;
}

bool links_equal(const ScheduleLink& link, const std::string& predecessor, LinkType type, double lag) {
    return link.predecessor == predecessor && link.type == type && link.lag_days == lag;
}

TEST(GanReader, NestingGivesSummariesOutlineLevelsAndWbs) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="0" name="Phase" color="#8cb6ce" meeting="false" start="2024-01-15" duration="10" complete="0" expand="true">
  <task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="40" expand="true"/>
  <task id="2" name="B" meeting="false" start="2024-01-22" duration="5" complete="0" expand="true">
    <task id="3" name="B1" meeting="false" start="2024-01-22" duration="2" complete="0" expand="true"/>
  </task>
</task>
<task id="4" name="Close" meeting="false" start="2024-01-29" duration="1" complete="100" expand="true"/>)"));
    ASSERT_EQ(schedule.tasks.size(), 5u);
    const std::vector<std::string> keys{"0", "1", "2", "3", "4"};
    const std::vector<std::string> wbs{"1", "1.1", "1.2", "1.2.1", "2"};
    const std::vector<int> levels{1, 2, 2, 3, 1};
    const std::vector<bool> summaries{true, false, true, false, false};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(schedule.tasks[i].key, keys[i]);
        EXPECT_EQ(schedule.tasks[i].id, keys[i]);
        EXPECT_EQ(schedule.tasks[i].wbs, wbs[i]);
        EXPECT_EQ(schedule.tasks[i].outline_level, levels[i]);
        EXPECT_EQ(schedule.tasks[i].summary, summaries[i]) << i;
    }
    EXPECT_EQ(schedule.format, ScheduleFormat::gan);
    EXPECT_EQ(schedule.project_name, "House");
    EXPECT_EQ(schedule.application, "GanttProject 3.3.3309");
    EXPECT_EQ(task(schedule, "1").name, "A");
    EXPECT_EQ(task(schedule, "1").start, date(2024, 1, 15));
    EXPECT_EQ(task(schedule, "1").finish, date(2024, 1, 19));
    EXPECT_EQ(task(schedule, "1").duration_days, 5);
    EXPECT_EQ(task(schedule, "1").percent_complete, 0.4);
    EXPECT_EQ(task(schedule, "0").finish, date(2024, 1, 26));
    EXPECT_EQ(task(schedule, "4").percent_complete, 1.0);
    EXPECT_EQ(schedule.project_start, date(2024, 1, 15));
    EXPECT_EQ(schedule.project_finish, date(2024, 1, 29));
    EXPECT_TRUE(notes(schedule, Msg::schedule_element_ignored).empty());  // view is layout; taskproperties are columns
}

TEST(GanReader, DependsSitUnderThePredecessorAndNameTheSuccessor) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="P" meeting="false" start="2024-01-15" duration="5" complete="0">
  <depend id="2" type="1" difference="0" hardness="Strong"/>
  <depend id="3" type="2" difference="2" hardness="Strong"/>
  <depend id="4" type="3" difference="-1" hardness="Rubber"/>
  <depend id="5" type="4" difference="0" hardness="Strong"/>
  <depend id="6" type="9" difference="0" hardness="Strong"/>
  <depend id="77" type="2" difference="0" hardness="Strong"/>
</task>
<task id="2" name="SS" meeting="false" start="2024-01-15" duration="1" complete="0"/>
<task id="3" name="FS" meeting="false" start="2024-01-24" duration="1" complete="0"/>
<task id="4" name="FF" meeting="false" start="2024-01-18" duration="1" complete="0"/>
<task id="5" name="SF" meeting="false" start="2024-01-12" duration="1" complete="0"/>
<task id="6" name="odd" meeting="false" start="2024-01-22" duration="1" complete="0"/>)"));
    EXPECT_TRUE(task(schedule, "1").predecessors.empty());
    const auto only_link = [&](const std::string& key) {
        const auto& links = task(schedule, key).predecessors;
        EXPECT_EQ(links.size(), 1u) << key;
        return links.empty() ? ScheduleLink{} : links.front();
    };
    EXPECT_TRUE(links_equal(only_link("2"), "1", LinkType::start_start, 0));
    EXPECT_TRUE(links_equal(only_link("3"), "1", LinkType::finish_start, 2));
    EXPECT_TRUE(links_equal(only_link("4"), "1", LinkType::finish_finish, -1));
    EXPECT_TRUE(links_equal(only_link("5"), "1", LinkType::start_finish, 0));
    EXPECT_TRUE(links_equal(only_link("6"), "1", LinkType::finish_start, 0));
    EXPECT_EQ(notes(schedule, Msg::schedule_link_type_unknown),
              std::vector<std::string>{"task 6: link type \"9\" unknown; read as finish-to-start"});
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_successor_unknown),
              std::vector<std::string>{"task 1: successor 77 is no task of the file; the link is left out"});
}

TEST(GanReader, MilestonesEndWhereTheyStart) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="Go" meeting="true" start="2024-01-17" duration="0" complete="0"/>
<task id="2" name="Old style" meeting="true" start="2024-01-18" duration="1" complete="0"/>)"));
    for (const ScheduleTask& t : schedule.tasks) {
        EXPECT_TRUE(t.milestone);
        EXPECT_EQ(t.duration_days, 0);
        EXPECT_EQ(t.finish, t.start);
    }
}

TEST(GanReader, TheDefaultWeekDecidesTheWorkingDays) {
    // Sunday to Thursday, as in much of the Middle East.
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="Five" meeting="false" start="2024-01-14" duration="5" complete="0"/>
<task id="2" name="Six" meeting="false" start="2024-01-14" duration="6" complete="0"/>)",
                                              "<previous/>", R"(<calendars><day-types>
<default-week id="1" name="Gulf" sun="0" mon="0" tue="0" wed="0" thu="0" fri="1" sat="1"/></day-types></calendars>)"));
    EXPECT_EQ(task(schedule, "1").finish, date(2024, 1, 18));
    EXPECT_EQ(task(schedule, "2").finish, date(2024, 1, 21));
    EXPECT_EQ(schedule.calendar.name, "Gulf");
    EXPECT_EQ(schedule.calendar.working, (std::array<bool, 7>{true, true, true, true, false, false, true}));
    EXPECT_EQ(notes(schedule, Msg::schedule_calendar_week),
              std::vector<std::string>{"the calendar \"Gulf\" works on Monday, Tuesday, Wednesday, Thursday, Sunday: "
                                       "pmocalc counts Monday to Friday, so dates on other days may differ"});
}

TEST(GanReader, OnlyShowWeekendsMeansTheWeekendIsWorked) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="Over a weekend" meeting="false" start="2024-01-19" duration="3" complete="0"/>)",
                                              "<previous/>", R"(<calendars><day-types>
<default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/>
<only-show-weekends value="true"/></day-types></calendars>)"));
    EXPECT_EQ(task(schedule, "1").finish, date(2024, 1, 21));
    EXPECT_EQ(schedule.calendar.working, (std::array<bool, 7>{true, true, true, true, true, true, true}));
    EXPECT_EQ(notes(schedule, Msg::schedule_calendar_week).size(), 1u);
}

TEST(GanReader, HolidaysDatedAndYearlyMoveTheFinish) {
    const std::string calendars = R"(<calendars><day-types>
<default-week id="1" name="default" sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/></day-types>
<date year="2024" month="1" date="17" type="HOLIDAY"/>
<date year="" month="1" date="1" type="HOLIDAY"/>
<date year="2024" month="3" date="1" type="NEUTRAL"/></calendars>)";
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="Across a holiday" meeting="false" start="2024-01-15" duration="5" complete="0"/>
<task id="2" name="Across new year" meeting="false" start="2024-12-30" duration="3" complete="0"/>)",
                                              "<previous/>", calendars));
    EXPECT_EQ(task(schedule, "1").finish, date(2024, 1, 22));
    // 1 January recurs: 2025's is a holiday too, though no task starts in 2025.
    EXPECT_EQ(task(schedule, "2").finish, date(2025, 1, 2));
    EXPECT_EQ(schedule.calendar.holidays, (std::vector<Day>{date(2024, 1, 1), date(2024, 1, 17), date(2025, 1, 1)}));
    EXPECT_TRUE(notes(schedule, Msg::schedule_calendar_week).empty());
}

TEST(GanReader, OldCalendarsAndUnreadableDaysAreSaid) {
    // GanttProject 2.0 kept the week in <calendar>; 2024-01-20 is a Saturday.
    const std::string calendars = R"(<calendars><day-types>
<calendar id="1" name="default">
<default-week sun="1" mon="0" tue="0" wed="0" thu="0" fri="0" sat="1"/></calendar></day-types>
<date year="2024" month="1" date="20" type="WORKING_DAY"/>
<date year="2024" month="1" date="22" type="WORKING_DAY"/>
<date year="2024" month="2" date="30" type="HOLIDAY"/></calendars>)";
    const ScheduleFile schedule = read_ok(gan(one_task, "<previous/>", calendars));
    EXPECT_EQ(schedule.calendar.name, "default");
    EXPECT_EQ(schedule.calendar.extra_working, std::vector<Day>{date(2024, 1, 20)});
    EXPECT_EQ(notes(schedule, Msg::schedule_calendar_extra_working).size(), 1u);
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_calendar_date_unreadable).size(), 1u);
    EXPECT_TRUE(schedule.calendar.holidays.empty());
    EXPECT_EQ(task(schedule, "1").finish, date(2024, 1, 19));
}

TEST(GanReader, TheFirstPreviousTasksSetIsTheBaseline) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="0"/>
<task id="2" name="Done" meeting="true" start="2024-01-22" duration="0" complete="0"/>
<task id="3" name="New" meeting="false" start="2024-01-22" duration="2" complete="0"/>)",
                                              R"(<previous>
<previous-tasks name="baseline 1">
  <previous-task id="1" start="2024-01-08" duration="5" meeting="false" super="false"/>
  <previous-task id="2" start="2024-01-19" duration="0" meeting="true" super="false"/>
  <previous-task id="99" start="2024-01-19" duration="3" meeting="false" super="false"/>
</previous-tasks>
<previous-tasks name="baseline 2">
  <previous-task id="1" start="2024-01-15" duration="5" meeting="false" super="false"/>
</previous-tasks></previous>)"));
    EXPECT_TRUE(schedule.has_baseline);
    EXPECT_EQ(task(schedule, "1").baseline_start, date(2024, 1, 8));
    EXPECT_EQ(task(schedule, "1").baseline_finish, date(2024, 1, 12));
    EXPECT_EQ(task(schedule, "2").baseline_start, date(2024, 1, 19));
    EXPECT_EQ(task(schedule, "2").baseline_finish, date(2024, 1, 19));
    EXPECT_FALSE(task(schedule, "3").baseline_finish);
    EXPECT_TRUE(notes(schedule, Msg::schedule_no_baseline).empty());
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_baselines),
              std::vector<std::string>{
                  "the file holds 2 baselines; the first, \"baseline 1\", is read as the baseline"});
}

TEST(GanReader, NoBaselineIsSaid) {
    const ScheduleFile schedule = read_ok(gan(one_task));
    EXPECT_FALSE(schedule.has_baseline);
    EXPECT_FALSE(task(schedule, "1").baseline_finish);
    EXPECT_EQ(notes(schedule, Msg::schedule_no_baseline).size(), 1u);
}

TEST(GanReader, AllocationsAreAssignmentsAndCostsFollowGanttProject) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="0" name="Phase" meeting="false" start="2024-01-15" duration="5" complete="0">
  <task id="1" name="Build" meeting="false" start="2024-01-15" duration="5" complete="0"/>
  <task id="2" name="Fixed" meeting="false" start="2024-01-15" duration="5" complete="0"
        cost-manual-value="123.5" cost-calculated="false"/>
</task>
<task id="3" name="Unpriced" meeting="false" start="2024-01-15" duration="5" complete="0"/>)",
                                              R"(<resources>
  <resource id="0" name="Ann" function="4" contacts="" phone=""><rate name="standard" value="800"/></resource>
  <resource id="1" name="Bob" function="Default:1" contacts="" phone=""/>
</resources>
<allocations>
  <allocation task-id="1" resource-id="0" function="4" responsible="true" load="50.0"/>
  <allocation task-id="3" resource-id="1" function="Default:1" responsible="false" load="100.0"/>
</allocations>
<previous/>
<roles roleset-name="Default"/>
<roles><role id="4" name="Bricklayer"/></roles>)"));
    ASSERT_EQ(schedule.resources.size(), 2u);
    EXPECT_EQ(schedule.resources[0].key, "0");
    EXPECT_EQ(schedule.resources[0].name, "Ann");
    EXPECT_EQ(schedule.resources[0].group, "Bricklayer");
    EXPECT_EQ(schedule.resources[0].standard_rate, 100.0);  // 800 a day over 8 hours
    EXPECT_EQ(schedule.resources[1].group, "");
    EXPECT_FALSE(schedule.resources[1].standard_rate);
    ASSERT_EQ(schedule.assignments.size(), 2u);
    EXPECT_EQ(schedule.assignments[0].task, "1");
    EXPECT_EQ(schedule.assignments[0].resource, "0");
    EXPECT_EQ(schedule.assignments[0].units, 0.5);
    EXPECT_EQ(schedule.assignments[1].units, 1.0);
    EXPECT_EQ(task(schedule, "1").cost, 2000.0);  // 800 × 50% × 5 days
    EXPECT_EQ(task(schedule, "2").cost, 123.5);
    EXPECT_EQ(task(schedule, "0").cost, 2123.5);  // its subtasks'
    EXPECT_FALSE(task(schedule, "3").cost);        // no rate, no typed cost: no cost
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_rate_per_day).size(), 1u);
}

TEST(GanReader, NotXmlOrNotGanttProjectIsRefused) {
    const auto not_xml = read_gan("Task,Start\nA,2024-01-15\n");
    ASSERT_TRUE(test::is_invalid(not_xml));
    EXPECT_EQ(not_xml.problem().message.id, Msg::schedule_not_xml);
    const auto empty = read_gan("");
    ASSERT_TRUE(test::is_invalid(empty));
    EXPECT_EQ(empty.problem().message.id, Msg::schedule_not_xml);
    const auto mspdi = read_gan(R"(<Project xmlns="http://schemas.microsoft.com/project"><Tasks/></Project>)");
    ASSERT_TRUE(test::is_invalid(mspdi));
    EXPECT_EQ(mspdi.problem().reason(), "not a GanttProject file: the root element is <Project>, not <project>");
    const auto no_tasks = read_gan(R"(<project name="x" version="3.2"><resources/></project>)");
    ASSERT_TRUE(test::is_invalid(no_tasks));
    EXPECT_EQ(no_tasks.problem().reason(), "not a GanttProject file: <project> has no <tasks>");
    const auto empty_tasks = read_gan(R"(<project name="x" version="3.2"><tasks/></project>)");
    ASSERT_TRUE(test::is_invalid(empty_tasks));
    EXPECT_EQ(empty_tasks.problem().message.id, Msg::schedule_no_tasks);
}

TEST(GanReader, WhatIsNotReadIsNamedOncePerElement) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="0" priority="3">
  <notes><![CDATA[call the client]]></notes>
  <customproperty taskproperty-id="tpc0" value="x"/>
</task>
<task id="2" name="B" meeting="false" start="2024-01-15" duration="5" complete="0" priority="1">
  <customproperty taskproperty-id="tpc0" value="y"/>
</task>)",
                                              R"(<vacations>
<vacation start="2024-01-16" end="2024-01-17" resourceid="0"/>
<vacation start="2024-02-16" end="2024-02-17" resourceid="0"/></vacations>
<description><![CDATA[The house]]></description>
<taskdisplaycolumns><displaycolumn property-id="tpd3" order="0" width="75" visible="true"/></taskdisplaycolumns>
<previous/><roles roleset-name="Default"/>
<flux-capacitor charge="1.21"/>)"));
    std::vector<std::string> ignored = notes(schedule, Msg::schedule_element_ignored);
    std::sort(ignored.begin(), ignored.end());
    EXPECT_EQ(ignored, (std::vector<std::string>{
                           "<customproperty> not read (2 in the file): pmocalc has no use for it",
                           "<description> not read (1 in the file): pmocalc has no use for it",
                           "<flux-capacitor> not read (1 in the file): pmocalc has no use for it",
                           "<notes> not read (1 in the file): pmocalc has no use for it",
                           "<vacation> not read (2 in the file): pmocalc has no use for it",
                       }));
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_attribute_ignored),
              std::vector<std::string>{"the task attribute priority is not read (2 tasks): pmocalc has no use for it"});
}

TEST(GanReader, AnElementWithContentIsNamedEvenWhenUnknown) {
    const ScheduleFile schedule = read_ok(gan(one_task,
                                              "<previous/><risks><risk id=\"1\"/><risk id=\"2\"/></risks>"));
    EXPECT_EQ(notes(schedule, Msg::schedule_element_ignored),
              std::vector<std::string>{"<risk> not read (2 in the file): pmocalc has no use for it"});
}

TEST(GanReader, UnreadableValuesAreSaidAndTheRestKept) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="0" name="Phase" meeting="false" start="someday" duration="x" complete="0">
  <task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="150"/>
  <task id="2" name="B" meeting="false" start="2024-01-22" duration="2" complete="50"/>
</task>
<task id="3" name="Lost" meeting="false" start="2024-02-31" duration="5" complete="0"/>
<task name="No id" meeting="false" start="2024-01-15" duration="5" complete="0"/>
<task id="4" name="Negative" meeting="false" start="2024-01-15" duration="-3" complete="0"/>)"));
    // The summary spans its subtasks; a leaf without a start is left out.
    EXPECT_EQ(task(schedule, "0").start, date(2024, 1, 15));
    EXPECT_EQ(task(schedule, "0").finish, date(2024, 1, 23));
    EXPECT_FALSE(task(schedule, "1").percent_complete);
    EXPECT_EQ(task(schedule, "2").percent_complete, 0.5);
    EXPECT_EQ(schedule.tasks.size(), 3u);
    EXPECT_EQ(notes(schedule, Msg::schedule_task_without_dates),
              (std::vector<std::string>{"task 3 has no start or finish; left out",
                                        "task 4 has no start or finish; left out"}));
    EXPECT_EQ(notes(schedule, Msg::schedule_value_unreadable),
              (std::vector<std::string>{
                  "task 0: start \"someday\" could not be read; left blank",
                  "task 0: duration \"x\" could not be read; left blank",
                  "task 1: complete \"150\" could not be read; left blank",
                  "task 3: start \"2024-02-31\" could not be read; left blank",
                  "task No id: id \"\" could not be read; left blank",
                  "task 4: duration \"-3\" could not be read; left blank",
              }));
}

TEST(GanReader, TasksKnowTheirLines) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="0">

  <task id="2" name="B" meeting="false" start="2024-01-15" duration="5" complete="0"/>
</task>)"));
    // Line 1 the declaration, 2 <project>, 3 <view>, 4–6 <calendars>, 7 <tasks>, 8 blank.
    EXPECT_EQ(task(schedule, "1").line, 9u);
    EXPECT_EQ(task(schedule, "2").line, 11u);
}

TEST(GanReader, AnEarliestBeginInForceIsAStartNoEarlierThan) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="A" meeting="false" start="2024-01-15" duration="5" complete="0"
      thirdDate="2024-01-15" thirdDate-constraint="1"/>
<task id="2" name="B" meeting="false" start="2024-01-15" duration="5" complete="0"
      thirdDate="2022-02-24" thirdDate-constraint="0"/>)"));
    EXPECT_EQ(task(schedule, "1").constraint, ScheduleConstraint::start_no_earlier_than);
    EXPECT_EQ(task(schedule, "1").constraint_date, date(2024, 1, 15));
    EXPECT_EQ(task(schedule, "2").constraint, ScheduleConstraint::as_soon_as_possible);
    EXPECT_FALSE(task(schedule, "2").constraint_date);
}

TEST(GanReader, ATaskNoStrongLinkPlacesKeepsItsStart) {
    const ScheduleFile schedule = read_ok(gan(R"(
<task id="1" name="First" meeting="false" start="2024-01-15" duration="5" complete="0">
  <depend id="3" type="2" difference="0" hardness="Strong"/>
  <depend id="4" type="2" difference="0" hardness="Rubber"/>
</task>
<task id="2" name="Put later" meeting="false" start="2024-01-22" duration="2" complete="0"/>
<task id="3" name="Placed" meeting="false" start="2024-01-22" duration="2" complete="0"/>
<task id="4" name="Pushed and put" meeting="false" start="2024-01-29" duration="2" complete="0"/>
<task id="5" name="Summary" meeting="false" start="2024-01-22" duration="2" complete="0">
  <task id="6" name="Under it" meeting="false" start="2024-01-22" duration="2" complete="0"/>
</task>)"));
    const auto snet = [&](const std::string& key) {
        const ScheduleTask& t = task(schedule, key);
        return t.constraint == ScheduleConstraint::start_no_earlier_than && t.constraint_date == t.start;
    };
    EXPECT_FALSE(snet("1"));  // on the first day
    EXPECT_TRUE(snet("2"));
    EXPECT_FALSE(snet("3"));
    EXPECT_TRUE(snet("4"));
    EXPECT_FALSE(snet("5"));
    EXPECT_TRUE(snet("6"));
    EXPECT_EQ(notes(schedule, Msg::schedule_gan_start_kept),
              std::vector<std::string>{"3 task(s) that no Strong link places stay on the day set in GanttProject: "
                                       "read as start no earlier than that day"});
}

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const std::filesystem::path real_schedules = std::filesystem::path(PMOCALC_SOURCE_DIR) / "tests" / "real-schedules";

TEST(GanReader, EveryRealGanFileIsRead) {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(real_schedules)) {
        if (entry.path().extension() != ".gan")
            continue;
        ++files;
        SCOPED_TRACE(entry.path().filename().string());
        const auto schedule = read_gan(file_bytes(entry.path()));
        ASSERT_TRUE(schedule.ok()) << schedule.problem().reason();
        EXPECT_GT(schedule->tasks.size(), 0u);
        for (const ScheduleTask& t : schedule->tasks) {
            ASSERT_TRUE(t.start && t.finish) << t.id;
            EXPECT_LE(*t.start, *t.finish) << t.id;
            EXPECT_GT(t.line, 0u) << t.id;
        }
        for (const ScheduleNote& note : schedule->notes)
            EXPECT_FALSE(note.error) << note.message.render(Language::en);
    }
    EXPECT_GT(files, 0u);
}

TEST(GanReader, GanttProjectsHouseBuildingSample) {
    const auto path = real_schedules / "gan_ganttproject_house-building-sample.gan";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "not among the real schedules";
    const auto schedule = read_gan(file_bytes(path));
    ASSERT_TRUE(schedule.ok()) << schedule.problem().reason();
    EXPECT_EQ(schedule->application, "GanttProject 3.3.3309");
    EXPECT_EQ(schedule->tasks.size(), 20u);
    const auto& tasks = schedule->tasks;
    EXPECT_EQ(std::count_if(tasks.begin(), tasks.end(), [](const ScheduleTask& t) { return t.summary; }), 4);
    EXPECT_EQ(std::count_if(tasks.begin(), tasks.end(), [](const ScheduleTask& t) { return t.milestone; }), 4);
    // Depends between work tasks as the file has them (those of summaries are
    // carried onto their tasks by finished()).
    const auto has_link = [&](const std::string& successor, const std::string& predecessor) {
        const auto& links = task(*schedule, successor).predecessors;
        return std::any_of(links.begin(), links.end(), [&](const ScheduleLink& l) {
            return links_equal(l, predecessor, LinkType::finish_start, 0);
        });
    };
    EXPECT_TRUE(has_link("10", "9"));
    EXPECT_TRUE(has_link("1", "17"));
    EXPECT_TRUE(has_link("20", "15"));
    EXPECT_EQ(schedule->resources.size(), 7u);
    EXPECT_EQ(schedule->assignments.size(), 30u);
    EXPECT_EQ(schedule->calendar.holidays, std::vector<Day>{date(2006, 2, 14)});
    // "Create draft of architecture": 10 working days from Monday 27 May 2024.
    EXPECT_EQ(task(*schedule, "9").finish, date(2024, 6, 7));
    EXPECT_EQ(task(*schedule, "9").percent_complete, 1.0);
    EXPECT_EQ(task(*schedule, "9").wbs, "1.1");
    EXPECT_EQ(notes(*schedule, Msg::schedule_no_baseline).size(), 1u);
}

}  // namespace
}  // namespace pmocalc
