// MS Project XML read (mspdi_reader.cpp) from texts written to Microsoft's
// schema reference, and written back (mspdi_writer.cpp).
#include <gtest/gtest.h>

#include <string>

#include "core/schedules/schedule_file.hpp"
#include "core/schedules/mspdi_writer.hpp"
#include "core/schedules/schedule_parsing.hpp"
#include "core/schedules/schedule_sheets.hpp"
#include "core/status_report.hpp"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

namespace pmocalc {
namespace {

Day day(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

// A project of Monday-to-Friday 8 h days with a holiday on 2024-01-17.
std::string project(const std::string& tasks, const std::string& extra = "") {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
<SaveVersion>14</SaveVersion><Title>Office move</Title><StartDate>2024-01-15T08:00:00</StartDate>
<StatusDate>2024-01-31T17:00:00</StatusDate><CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>
<DefaultStartTime>08:00:00</DefaultStartTime><CurrencyCode>EUR</CurrencyCode>)" +
           extra + R"(
<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID>
<WeekDays><WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking></WeekDay><WeekDay><DayType>3</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>4</DayType><DayWorking>1</DayWorking></WeekDay><WeekDay><DayType>5</DayType><DayWorking>1</DayWorking></WeekDay>
<WeekDay><DayType>6</DayType><DayWorking>1</DayWorking></WeekDay><WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
</WeekDays><Exceptions><Exception><TimePeriod><FromDate>2024-01-17T00:00:00</FromDate><ToDate>2024-01-17T23:59:00</ToDate></TimePeriod>
<Name>Founders' day</Name><DayWorking>0</DayWorking></Exception></Exceptions></Calendar></Calendars>
<Tasks>
<Task><UID>0</UID><ID>0</ID><Name>Office move</Name><OutlineLevel>0</OutlineLevel><Summary>1</Summary></Task>
)" + tasks + R"(</Tasks>
<Resources><Resource><UID>0</UID><ID>0</ID></Resource><Resource><UID>1</UID><ID>1</ID><Name>Aiko Sato</Name><MaxUnits>0.5</MaxUnits><Group>Facilities</Group></Resource></Resources>
<Assignments><Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID><Units>0.5</Units><Work>PT20H0M0S</Work></Assignment>
<Assignment><UID>2</UID><TaskUID>3</TaskUID><ResourceUID>-65535</ResourceUID><Units>1</Units></Assignment></Assignments>
</Project>)";
}

const std::string three_tasks = R"(
<Task><UID>1</UID><ID>1</ID><Name>Preparation</Name><WBS>1</WBS><OutlineLevel>1</OutlineLevel><Summary>1</Summary>
<Start>2024-01-15T08:00:00</Start><Finish>2024-01-19T17:00:00</Finish></Task>
<Task><UID>2</UID><ID>2</ID><Name>Pack</Name><WBS>1.1</WBS><OutlineLevel>2</OutlineLevel>
<Start>2024-01-15T08:00:00</Start><Finish>2024-01-16T17:00:00</Finish><Duration>PT16H0M0S</Duration>
<Cost>120000</Cost><PercentComplete>50</PercentComplete><ActualStart>2024-01-15T08:00:00</ActualStart><ActualCost>30000</ActualCost>
<Baseline><Number>0</Number><Start>2024-01-15T08:00:00</Start><Finish>2024-01-16T17:00:00</Finish><Cost>100000</Cost><BCWS>1000</BCWS></Baseline>
<Baseline><Number>1</Number><Start>2024-02-15T08:00:00</Start><Finish>2024-02-16T17:00:00</Finish></Baseline></Task>
<Task><UID>3</UID><ID>3</ID><Name>Move</Name><WBS>1.2</WBS><OutlineLevel>2</OutlineLevel>
<Start>2024-01-18T08:00:00</Start><Finish>2024-01-19T17:00:00</Finish><Duration>PT16H0M0S</Duration>
<ConstraintType>7</ConstraintType><ConstraintDate>2024-01-19T17:00:00</ConstraintDate><Deadline>2024-01-22T17:00:00</Deadline>
<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>
<PredecessorLink><PredecessorUID>99</PredecessorUID><Type>1</Type></PredecessorLink></Task>
<Task><UID>4</UID><ID>4</ID><Name>Open</Name><WBS>2</WBS><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone>
<Start>2024-01-19T17:00:00</Start><Finish>2024-01-19T17:00:00</Finish><Duration>PT0H0M0S</Duration>
<PredecessorLink><PredecessorUID>3</PredecessorUID><Type>0</Type></PredecessorLink>
<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>3</Type><LinkLag>-2400</LinkLag><LagFormat>5</LagFormat></PredecessorLink>
<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>2</Type><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink></Task>
)";

bool says(const ScheduleFile& schedule, Msg id) {
    for (const ScheduleNote& n : schedule.notes)
        if (n.message.id == id)
            return true;
    return false;
}

TEST(MspdiReader, ReadsOutlineDatesProgressBaselineAndCosts) {
    const auto read = read_mspdi(project(three_tasks));
    ASSERT_TRUE(read.ok()) << read.problem().reason();
    const ScheduleFile& s = *read;
    EXPECT_EQ(s.project_name, "Office move");
    EXPECT_EQ(s.currency, "EUR");
    EXPECT_EQ(s.status_date, day(2024, 1, 31));
    ASSERT_EQ(s.tasks.size(), 4u);  // the project's own summary (level 0) is the project
    EXPECT_TRUE(s.tasks[0].summary);
    EXPECT_FALSE(s.tasks[1].summary);
    EXPECT_EQ(s.tasks[1].wbs, "1.1");
    EXPECT_EQ(s.tasks[1].outline_level, 2);
    EXPECT_EQ(s.tasks[1].start, day(2024, 1, 15));
    EXPECT_EQ(s.tasks[1].finish, day(2024, 1, 16));
    EXPECT_DOUBLE_EQ(s.tasks[1].duration_days, 2);
    EXPECT_DOUBLE_EQ(*s.tasks[1].cost, 1200);           // hundredths of the currency
    EXPECT_DOUBLE_EQ(*s.tasks[1].baseline_cost, 1000);  // baseline 0, not 1
    EXPECT_EQ(s.tasks[1].baseline_finish, day(2024, 1, 16));
    EXPECT_DOUBLE_EQ(*s.tasks[1].bcws, 1000);
    EXPECT_DOUBLE_EQ(*s.tasks[1].percent_complete, 0.5);
    EXPECT_DOUBLE_EQ(*s.tasks[1].actual_cost, 300);
    EXPECT_EQ(s.tasks[1].actual_start, day(2024, 1, 15));
    EXPECT_TRUE(s.has_baseline);
    EXPECT_EQ(s.tasks[2].constraint, ScheduleConstraint::finish_no_later_than);
    EXPECT_EQ(s.tasks[2].constraint_date, day(2024, 1, 19));
    EXPECT_EQ(s.tasks[2].deadline, day(2024, 1, 22));
    EXPECT_TRUE(says(s, Msg::schedule_deadline_as_baseline));  // "Move" has a deadline and no baseline
    EXPECT_TRUE(s.tasks[3].milestone);
    EXPECT_EQ(s.tasks[3].finish, day(2024, 1, 19));
}

TEST(MspdiReader, ReadsTheFourLinkTypesAndLagsInTheirUnits) {
    const auto read = read_mspdi(project(three_tasks));
    ASSERT_TRUE(read.ok());
    const auto& move = read->tasks[2].predecessors;
    ASSERT_EQ(move.size(), 1u);  // the link to UID 99 is left out, and said
    EXPECT_EQ(move[0].predecessor, "2");
    EXPECT_EQ(move[0].type, LinkType::finish_start);
    EXPECT_DOUBLE_EQ(move[0].lag_days, 1);  // 4800 tenths of a minute = one 8-hour day
    EXPECT_TRUE(says(*read, Msg::schedule_link_unknown));
    const auto& open = read->tasks[3].predecessors;
    ASSERT_EQ(open.size(), 3u);
    EXPECT_EQ(open[0].type, LinkType::finish_finish);
    EXPECT_EQ(open[1].type, LinkType::start_start);
    EXPECT_DOUBLE_EQ(open[1].lag_days, -0.5);  // a lead of 4 hours
    EXPECT_EQ(open[2].type, LinkType::start_finish);
    EXPECT_NEAR(open[2].lag_days, 10.0 / 7 * 5 / 10 * 1, 1e-9);  // one elapsed day: 5/7 of a working day
    EXPECT_TRUE(says(*read, Msg::schedule_lag_elapsed));
}

TEST(MspdiReader, ReadsTheCalendarResourcesAndAssignments) {
    const auto read = read_mspdi(project(three_tasks));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->calendar.name, "Standard");
    EXPECT_EQ(read->calendar.holidays, std::vector<Day>{day(2024, 1, 17)});
    ASSERT_EQ(read->resources.size(), 1u);  // resource 0 is MS Project's placeholder
    EXPECT_EQ(read->resources[0].name, "Aiko Sato");
    EXPECT_DOUBLE_EQ(read->resources[0].max_units, 0.5);
    EXPECT_EQ(read->resources[0].group, "Facilities");
    ASSERT_EQ(read->assignments.size(), 1u);  // "unassigned" (-65535) is no assignment
    EXPECT_DOUBLE_EQ(read->assignments[0].units, 0.5);
    EXPECT_DOUBLE_EQ(*read->assignments[0].work_hours, 20);
}

TEST(MspdiReader, AFinishAtTheStartOfTheDayEndsTheWorkingDayBefore) {
    // 2024-01-18 08:00 ends Tuesday the 16th: the 17th is a holiday.
    const auto read = read_mspdi(project(R"(<Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>
<Start>2024-01-15T08:00:00</Start><Finish>2024-01-18T08:00:00</Finish></Task>)"));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->tasks[0].finish, day(2024, 1, 16));
}

TEST(MspdiReader, SaysWhatItDoesNotRead) {
    const auto read = read_mspdi(project(R"(<Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel>
<Start>2024-01-15T08:00:00</Start><Finish>2024-01-15T17:00:00</Finish><Start>x</Start></Task>)",
                                         "<Spaceship>1</Spaceship><Spaceship>2</Spaceship>"));
    ASSERT_TRUE(read.ok());
    bool named = false;
    for (const ScheduleNote& n : read->notes)
        named |= n.message.id == Msg::schedule_element_ignored && n.message.render(Language::en).find("<Spaceship>") == 0 &&
                 n.message.render(Language::en).find("2 in the file") != std::string::npos;
    EXPECT_TRUE(named);
    EXPECT_TRUE(says(*read, Msg::schedule_no_baseline));
}

TEST(MspdiReader, RefusesWhatIsNotMsProjectXml) {
    EXPECT_FALSE(read_mspdi("not xml at all <").ok());
    EXPECT_FALSE(read_mspdi("<?xml version=\"1.0\"?><project><tasks/></project>").ok());
    const auto empty = read_mspdi(project(""));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.problem().message.id, Msg::schedule_no_tasks);
}

TEST(MspdiReader, FindsTheXmlOfAProjectLibrePod) {
    const auto read = read_mspdi("\x01\x02binary part\n----\n" + project(three_tasks));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->tasks.size(), 4u);
}

TEST(ScheduleFormat, KnowsAFileByItsNameAndFirstBytes) {
    EXPECT_EQ(schedule_format_of("plan.XER", "ERMHDR\t8.0"), ScheduleFormat::xer);
    EXPECT_EQ(schedule_format_of("plan.gan", "<?xml"), ScheduleFormat::gan);
    EXPECT_EQ(schedule_format_of("plan.xml", project("")), ScheduleFormat::mspdi);
    EXPECT_EQ(schedule_format_of("plan.xml", "<?xml version=\"1.0\"?><feed/>"), std::nullopt);
    EXPECT_EQ(schedule_format_of("plan.ods", ""), std::nullopt);
}

TEST(ScheduleParsing, ReadsTheTextFormsOfTheFiles) {
    using namespace schedule_parsing;
    EXPECT_EQ(day_of("2024-02-29T08:00:00"), day(2024, 2, 29));
    EXPECT_EQ(day_of("2024-02-30"), std::nullopt);
    EXPECT_EQ(day_of("2024-1-5"), std::nullopt);
    EXPECT_DOUBLE_EQ(hour_of("2024-01-15 17:30"), 17.5);
    EXPECT_DOUBLE_EQ(*hours_of("PT40H30M0S"), 40.5);
    EXPECT_DOUBLE_EQ(*hours_of("P1DT4H"), 28);
    EXPECT_EQ(hours_of("40h"), std::nullopt);
    EXPECT_DOUBLE_EQ(*number_of(" 12.5 "), 12.5);
    EXPECT_EQ(number_of("12,5"), std::nullopt);
}

// A schedule's sheets assessed as the report would, at `status`.
Assessment assessed(const ScheduleFile& schedule, Day status) {
    ReportSettings settings;
    settings.status_date = status;
    return assess(workbook_of(schedule_sheets(schedule, "plan.xml", Language::en)),
                  request_for(settings, "plan", LocalTime{status, "2026-12-07 12:00"}));
}

// Every work task's links and CPM dates by a key both files keep: the name.
struct NetworkView {
    std::set<std::tuple<std::string, std::string, LinkType, double>> links;  // predecessor, successor, type, lag
    std::map<std::string, std::pair<Day, Day>> dates;                        // early start, early finish
};

NetworkView network_of(const ScheduleFile& schedule, const Assessment& a) {
    NetworkView view;
    std::map<std::string, std::string> name_of;
    for (const ScheduleTask& t : schedule.tasks)
        name_of[t.key] = t.name;
    for (const ScheduleTask& t : schedule.tasks)
        for (const ScheduleLink& l : t.predecessors)
            view.links.insert({name_of[l.predecessor], t.name, l.type, std::round(l.lag_days * 1000) / 1000});
    EXPECT_TRUE(a.status.has_value());
    if (a.status && !a.status->schedules.empty())
        for (const ScheduledTask& s : a.status->schedules.front().tasks)
            view.dates[a.portfolio.tasks[s.task].name] = {s.early_start, s.early_finish};
    return view;
}

std::string real_schedule(const char* name) {
    std::ifstream in(std::filesystem::path(PMOCALC_SOURCE_DIR) / "tests" / "real-schedules" / name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

TEST(MspdiWriter, ExportThenImportGivesTheSameNetworkAndCpmDates) {
    // MS Project 2019's own file with the four link types and lags, and
    // ProjectLibre's with links on summary tasks (carried onto their tasks).
    for (const char* name : {"mspdi_mpxj_task-links-project2019.xml", "mspdi_projectlibre_new-product.xml"}) {
        SCOPED_TRACE(name);
        const auto original = read_mspdi(real_schedule(name));
        ASSERT_TRUE(original.ok()) << original.problem().reason();
        const Day status = original->project_start.value_or(day(2024, 1, 1));
        const Assessment before = assessed(*original, status);
        const MspdiExport exported = mspdi_of(before.portfolio, "");
        EXPECT_TRUE(exported.notes.empty());
        const auto again = read_mspdi(exported.xml);
        ASSERT_TRUE(again.ok()) << again.problem().reason();
        const Assessment after = assessed(*again, status);
        const NetworkView a = network_of(*original, before);
        const NetworkView b = network_of(*again, after);
        // The original's links between work tasks are the export's links.
        std::set<std::tuple<std::string, std::string, LinkType, double>> work_links;
        std::set<std::string> work;
        for (const ScheduleTask& t : original->tasks)
            if (!t.summary)
                work.insert(t.name);
        for (const auto& link : a.links)
            if (work.contains(std::get<0>(link)) && work.contains(std::get<1>(link)))
                work_links.insert(link);
        EXPECT_EQ(b.links, work_links);
        EXPECT_EQ(exported.links, work_links.size());
        EXPECT_EQ(b.dates, a.dates);
        EXPECT_FALSE(a.dates.empty());
    }
}

TEST(MspdiWriter, WritesTheCalendarPeopleAndAssignments) {
    const auto original = read_mspdi(project(three_tasks));
    ASSERT_TRUE(original.ok());
    const Assessment a = assessed(*original, day(2024, 1, 31));
    const MspdiExport exported = mspdi_of(a.portfolio, "");
    const auto again = read_mspdi(exported.xml);
    ASSERT_TRUE(again.ok()) << again.problem().reason();
    EXPECT_EQ(again->calendar.holidays, std::vector<Day>{day(2024, 1, 17)});
    EXPECT_EQ(again->status_date, day(2024, 1, 31));
    ASSERT_EQ(again->resources.size(), 1u);
    EXPECT_EQ(again->resources[0].name, "Aiko Sato");
    ASSERT_EQ(again->assignments.size(), 1u);
    EXPECT_DOUBLE_EQ(again->assignments[0].units, 0.5);
    bool milestone = false;
    for (const ScheduleTask& t : again->tasks)
        milestone |= t.name == "Open" && t.milestone && t.start == day(2024, 1, 19) && t.finish == day(2024, 1, 19);
    EXPECT_TRUE(milestone);
}

}  // namespace
}  // namespace pmocalc
