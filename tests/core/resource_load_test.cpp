// People across projects: weekly loads against hand-computed overlaps on the
// working-day calendar (2025-06-02 is a Monday; weekends Saturday and Sunday).
#include "core/resource_load.hpp"
#include "core/sheet_functions.hpp"

#include <algorithm>

#include "test_support.hpp"

namespace pmocalc {
namespace {

using namespace test;

Assignment row(std::string person, std::string project, Day start, Day finish, double allocation) {
    Assignment a;
    a.person = std::move(person);
    a.project_id = std::move(project);
    a.task_id = "1";
    a.start = start;
    a.finish = finish;
    a.allocation = allocation;
    a.source = {"Assignments", 1};
    return a;
}

const PersonLoad& person(const ResourceLoad& load, std::string_view name) {
    const auto it = std::find_if(load.people.begin(), load.people.end(),
                                 [&](const PersonLoad& p) { return p.name == name; });
    EXPECT_NE(it, load.people.end()) << name;
    return *it;
}

// The heat map's week k after the status week 2025-06-02 (index 4 is that week).
double week_load(const PersonLoad& p, std::size_t weeks_after_status) {
    return p.heat.at(heat_map_weeks_before + weeks_after_status);
}

const Day status = date(2025, 6, 2);

TEST(ResourceLoad, PartialWeeksCountTheirWorkingDaysOnly) {
    ResourceRecords records;
    // Wednesday 06-04 to Tuesday 06-10 full time: 3 of 5 days, then 2 of 5.
    records.assignments.push_back(row("A", "P1", date(2025, 6, 4), date(2025, 6, 10), 1.0));
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_EQ(load.heat_first_week, date(2025, 5, 5));
    EXPECT_EQ(load.heat_weeks, std::size_t{heat_map_weeks_before + heat_map_weeks_after + 1});
    const PersonLoad& a = person(load, "A");
    EXPECT_TRUE(close_enough(week_load(a, 0), 0.6));  // 1.0 × 3 / 5
    EXPECT_TRUE(close_enough(week_load(a, 1), 0.4));  // 1.0 × 2 / 5
    EXPECT_EQ(week_load(a, 2), 0);
    EXPECT_EQ(a.peak_week, date(2025, 6, 2));
    EXPECT_TRUE(load.overloads.empty());
}

TEST(ResourceLoad, TwoProjectsOverlappingOverloadWithTheirCauses) {
    ResourceRecords records;
    records.assignments.push_back(row("A", "P1", date(2025, 6, 2), date(2025, 6, 20), 0.8));
    records.assignments.push_back(row("A", "P2", date(2025, 6, 11), date(2025, 6, 27), 0.5));
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    const PersonLoad& a = person(load, "A");
    EXPECT_TRUE(close_enough(week_load(a, 0), 0.8));
    EXPECT_TRUE(close_enough(week_load(a, 1), 1.1));  // 0.8 + 0.5 × 3 / 5 (Wed–Fri)
    EXPECT_TRUE(close_enough(week_load(a, 2), 1.3));  // 0.8 + 0.5
    EXPECT_TRUE(close_enough(week_load(a, 3), 0.5));
    ASSERT_EQ(load.overloads.size(), 2u);
    const Overload& first = load.overloads[0];
    EXPECT_EQ(first.week, date(2025, 6, 9));
    EXPECT_TRUE(close_enough(first.of_capacity(), 1.1));
    ASSERT_EQ(first.causes.size(), 2u);
    EXPECT_EQ(first.causes[0].project_id, "P1");  // the larger part first
    EXPECT_TRUE(close_enough(first.causes[0].load, 0.8));
    EXPECT_EQ(first.causes[1].project_id, "P2");
    EXPECT_TRUE(close_enough(first.causes[1].load, 0.3));
    EXPECT_EQ(first.causes[1].allocation, 0.5);
    const Overload& second = load.overloads[1];
    EXPECT_EQ(second.week, date(2025, 6, 16));
    EXPECT_TRUE(close_enough(second.load, 1.3));  // shown as 130 %, not just "over"
    EXPECT_EQ(a.weeks_over, 2u);
    EXPECT_TRUE(close_enough(a.peak_load, 1.3));
    EXPECT_EQ(a.peak_week, date(2025, 6, 16));
}

TEST(ResourceLoad, AWeekNobodyWorksIsExactlyZeroNotRoundingNoise) {
    // Tenths that do not add up exactly in binary, ending in different weeks:
    // once all have ended the week is 0, never -1e-16 (a "-0%" in the heat map).
    ResourceRecords records;
    const double tenths[] = {0.1, 0.2, 0.3, 0.7, 0.1, 0.3};
    for (std::size_t k = 0; k < std::size(tenths); ++k)
        records.assignments.push_back(
            row("A", "P" + std::to_string(k), date(2025, 6, 2), date(2025, 6, 27) + 7 * static_cast<Day>(k), tenths[k]));
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    const PersonLoad& a = person(load, "A");
    for (std::size_t w = 0; w < a.heat.size(); ++w)
        EXPECT_GE(a.heat[w], 0.0) << "heat map week " << w;
    for (std::size_t k = std::size(tenths) + 3; k + heat_map_weeks_before < a.heat.size(); ++k)
        EXPECT_EQ(week_load(a, k), 0.0) << k << " weeks after the status week";
    EXPECT_TRUE(close_enough(week_load(a, 0), 1.7));
}

TEST(ResourceLoad, HolidaysShrinkTheWeekAndAWeekOfHolidaysCarriesNoLoad) {
    std::vector<Day> holidays{date(2025, 6, 4)};
    for (Day day = date(2025, 6, 9); day <= date(2025, 6, 13); ++day)
        holidays.push_back(day);
    const WorkCalendar calendar(WeekendMask(), holidays);
    ResourceRecords records;
    records.assignments.push_back(row("A", "P1", date(2025, 6, 2), date(2025, 6, 20), 1.0));
    // Monday to Wednesday, Wednesday a holiday: 2 of the week's 4 working days.
    records.assignments.push_back(row("B", "P1", date(2025, 6, 2), date(2025, 6, 4), 1.0));
    const ResourceLoad load = analyse_resource_load(records, calendar, status);
    const PersonLoad& a = person(load, "A");
    EXPECT_TRUE(close_enough(week_load(a, 0), 1.0));  // 4 of 4
    EXPECT_EQ(week_load(a, 1), 0);                    // no working day that week
    EXPECT_TRUE(close_enough(week_load(a, 2), 1.0));
    EXPECT_TRUE(close_enough(week_load(person(load, "B"), 0), 0.5));  // 1.0 × 2 / 4
    EXPECT_TRUE(load.overloads.empty());
}

TEST(ResourceLoad, PartTimeAndTeamCapacities) {
    ResourceRecords records;
    records.has_people_sheet = true;
    records.people.push_back({"C", 0.5, "Dev", {"People", 1}});
    records.people.push_back({"Team", 3.0, "QA", {"People", 2}});
    records.assignments.push_back(row("C", "P1", date(2025, 6, 2), date(2025, 6, 6), 0.6));
    for (double allocation : {1.0, 1.0, 0.9})
        records.assignments.push_back(row("Team", "P1", date(2025, 6, 2), date(2025, 6, 13), allocation));
    records.assignments.push_back(row("Team", "P2", date(2025, 6, 9), date(2025, 6, 13), 0.2));
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_EQ(load.defaulted_capacities, 0u);
    EXPECT_TRUE(load.diagnostics.empty());
    ASSERT_EQ(load.overloads.size(), 2u);
    // C: 0.6 against 0.5 = 120 %.
    EXPECT_EQ(load.people[load.overloads[0].person].name, "C");
    EXPECT_TRUE(close_enough(load.overloads[0].of_capacity(), 1.2));
    // The team: 2.9 in the first week is within 3; 3.1 in the second is 103.3 %.
    EXPECT_EQ(load.people[load.overloads[1].person].name, "Team");
    EXPECT_EQ(load.overloads[1].week, date(2025, 6, 9));
    EXPECT_TRUE(close_enough(load.overloads[1].of_capacity(), 3.1 / 3.0));
    EXPECT_EQ(person(load, "Team").department, "QA");
}

TEST(ResourceLoad, TheToleranceIgnoresRoundingNotRealOverloads) {
    ResourceRecords records;
    records.assignments.push_back(row("A", "P1", date(2025, 6, 2), date(2025, 6, 6), 0.333));
    records.assignments.push_back(row("A", "P2", date(2025, 6, 2), date(2025, 6, 6), 0.671));  // 100.4 %
    records.assignments.push_back(row("B", "P1", date(2025, 6, 2), date(2025, 6, 6), 0.5));
    records.assignments.push_back(row("B", "P2", date(2025, 6, 2), date(2025, 6, 6), 0.51));  // 101 %
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    ASSERT_EQ(load.overloads.size(), 1u);
    EXPECT_EQ(load.people[load.overloads[0].person].name, "B");
}

TEST(ResourceLoad, HoursAreSpreadOverTheWorkingDaysAtEightADay) {
    ResourceRecords records;
    Assignment a = row("A", "P1", date(2025, 6, 2), date(2025, 6, 13), 0);
    a.hours = 40;  // 40 h ÷ (8 h × 10 working days) = 0.5
    records.assignments.push_back(a);
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_TRUE(close_enough(week_load(person(load, "A"), 0), 0.5));
    EXPECT_TRUE(close_enough(week_load(person(load, "A"), 1), 0.5));
}

TEST(ResourceLoad, ATaskOwnerCountsLikeAnyOtherAssignment) {
    ResourceRecords records;
    records.has_task_owners = true;
    Assignment owner = row("Sato", "P2", date(2025, 6, 2), date(2025, 6, 6), 1.0);
    owner.from_task_owner = true;
    owner.task_id = "2";
    records.assignments.push_back(row("sato", "P1", date(2025, 6, 2), date(2025, 6, 6), 0.5));
    records.assignments.push_back(owner);
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    ASSERT_EQ(load.people.size(), 1u);  // one person, however the name is cased
    ASSERT_EQ(load.overloads.size(), 1u);
    EXPECT_TRUE(close_enough(load.overloads[0].load, 1.5));
    ASSERT_EQ(load.overloads[0].causes.size(), 2u);
    EXPECT_EQ(load.overloads[0].causes[0].task_id, "2");
}

TEST(ResourceLoad, DefaultedCapacitiesAreSaid) {
    ResourceRecords records;
    records.assignments.push_back(row("A", "P1", date(2025, 6, 2), date(2025, 6, 6), 0.5));
    const ResourceLoad without = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_EQ(without.defaulted_capacities, 1u);
    ASSERT_EQ(without.diagnostics.size(), 1u);
    EXPECT_EQ(without.diagnostics[0].message.id, Msg::capacity_no_people_sheet);
    EXPECT_EQ(without.diagnostics[0].severity, Diagnostic::Severity::warning);

    records.has_people_sheet = true;
    records.people.push_back({"B", 0.5, "", {"People", 1}});
    records.people.push_back({"C", std::nullopt, "", {"People", 2}});
    const ResourceLoad with = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_EQ(with.defaulted_capacities, 2u);  // A is not on the sheet, C has a blank capacity
    ASSERT_EQ(with.diagnostics.size(), 1u);
    EXPECT_EQ(with.diagnostics[0].message.id, Msg::capacities_defaulted);
    EXPECT_TRUE(person(with, "A").capacity_defaulted);
    EXPECT_FALSE(person(with, "B").capacity_defaulted);
    EXPECT_EQ(person(with, "C").capacity, 1);
}

TEST(ResourceLoad, TheHorizonIsBoundedAroundTheStatusDate) {
    ResourceRecords records;
    records.assignments.push_back(row("A", "P1", date(2025, 6, 2), date(2205, 6, 2), 1.0));  // a typo for 2025
    records.assignments.push_back(row("B", "P1", date(2025, 6, 7), date(2025, 6, 8), 1.0));  // a weekend
    const ResourceLoad load = analyse_resource_load(records, WorkCalendar(), status);
    EXPECT_EQ(load.last_week, status + 7 * load_weeks_after_status);
    EXPECT_EQ(load.first_week, load.heat_first_week);
    EXPECT_EQ(load.assignments, 1u);
    const auto said = [&](Msg id) {
        return std::any_of(load.diagnostics.begin(), load.diagnostics.end(),
                           [&](const Diagnostic& d) { return d.message.id == id; });
    };
    EXPECT_TRUE(said(Msg::load_horizon_clipped));
    EXPECT_TRUE(said(Msg::assignment_no_working_day));
    EXPECT_TRUE(close_enough(person(load, "A").peak_load, 1.0));
}

TEST(AverageLoad, SumsEachRowsWorkingDaysInThePeriod) {
    const std::vector<AllocationSpan> rows{{date(2025, 6, 2), date(2025, 6, 6), 1.0},
                                           {date(2025, 6, 5), date(2025, 6, 13), 0.5},
                                           {date(2025, 7, 1), date(2025, 7, 31), 1.0}};
    // (1.0 × 5 + 0.5 × 7 (Thu, Fri, then Mon–Fri) + 0) ÷ 10 working days = 0.85
    EXPECT_TRUE(has_value(average_load(rows, date(2025, 6, 2), date(2025, 6, 13), WorkCalendar()), 0.85));
    // With 06-04 a holiday: (1.0 × 4 + 0.5 × 7) ÷ 9
    const WorkCalendar calendar(WeekendMask(), {date(2025, 6, 4)});
    EXPECT_TRUE(has_value(average_load(rows, date(2025, 6, 2), date(2025, 6, 13), calendar), 7.5 / 9));
    EXPECT_TRUE(is_invalid(average_load(rows, date(2025, 6, 7), date(2025, 6, 8), WorkCalendar())));
    EXPECT_TRUE(is_invalid(average_load(rows, date(2025, 6, 13), date(2025, 6, 2), WorkCalendar())));
}

}  // namespace
}  // namespace pmocalc

namespace pmocalc::sheet {
namespace {

using test::date;

Cell day_cell(Day day) { return static_cast<double>(day); }

TEST(LoadFunction, AveragesOneResourceOverTheWorkingDaysOfThePeriod) {
    const Cell blank = std::monostate{};
    const CellRange resources = CellRange::column({std::string("Yamada"), std::string("Sato"), blank,
                                                   std::string("ＹＡＭＡＤＡ")});
    const CellRange starts = CellRange::column({day_cell(date(2025, 6, 2)), day_cell(date(2025, 6, 2)), blank,
                                                day_cell(date(2025, 6, 5))});
    const CellRange finishes = CellRange::column({day_cell(date(2025, 6, 6)), day_cell(date(2025, 6, 13)), blank,
                                                  day_cell(date(2025, 6, 13))});
    const CellRange allocations = CellRange::column({1.0, 1.0, blank, 0.5});
    const LoadRows rows{resources, starts, finishes, allocations};
    const CellRange from = CellRange::single(day_cell(date(2025, 6, 2)));
    const CellRange to = CellRange::single(day_cell(date(2025, 6, 13)));
    // Yamada (and ＹＡＭＡＤＡ, the same name in full width): (1.0 × 5 + 0.5 × 7) ÷ 10 = 0.85
    EXPECT_TRUE(test::has_value(load({}, rows, CellRange::single(std::string("yamada")), from, to, std::nullopt), 0.85));
    // With 06-04 a holiday: (1.0 × 4 + 0.5 × 7) ÷ 9
    const Optional holidays = CellRange::single(day_cell(date(2025, 6, 4)));
    EXPECT_TRUE(test::has_value(load({}, rows, CellRange::single(std::string("Yamada")), from, to, holidays), 7.5 / 9));
    EXPECT_TRUE(test::has_value(load({}, rows, CellRange::single(std::string("Suzuki")), from, to, std::nullopt), 0));
    // Bad input: Err:502, never a silent 0.
    EXPECT_TRUE(test::is_invalid(load({}, rows, CellRange::single(blank), from, to, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(load({}, rows, CellRange::single(std::string("Sato")), to, from, std::nullopt)));
    const CellRange weekend_from = CellRange::single(day_cell(date(2025, 6, 7)));
    const CellRange weekend_to = CellRange::single(day_cell(date(2025, 6, 8)));
    EXPECT_TRUE(test::is_invalid(
        load({}, rows, CellRange::single(std::string("Sato")), weekend_from, weekend_to, std::nullopt)));
    const CellRange too_much = CellRange::column({1.0, 11.0, blank, 0.5});
    EXPECT_TRUE(test::is_invalid(load({}, {resources, starts, finishes, too_much},
                                      CellRange::single(std::string("Yamada")), from, to, std::nullopt)));
    const CellRange missing_start = CellRange::column({day_cell(date(2025, 6, 2)), blank, blank,
                                                       day_cell(date(2025, 6, 5))});
    EXPECT_TRUE(test::is_invalid(load({}, {resources, missing_start, finishes, allocations},
                                      CellRange::single(std::string("Yamada")), from, to, std::nullopt)));
    const CellRange short_column = CellRange::column({1.0, 1.0});
    EXPECT_TRUE(test::is_invalid(load({}, {resources, starts, finishes, short_column},
                                      CellRange::single(std::string("Yamada")), from, to, std::nullopt)));
}

}  // namespace
}  // namespace pmocalc::sheet
