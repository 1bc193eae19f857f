// Primavera P6 XER read (xer_reader.cpp; the CALENDAR parser, xer_calendar.cpp, also alone) from texts
// description (ERMHDR, %T/%F/%R tables, %E), and the real exports in
// tests/real-schedules.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "core/schedules/schedule_file.hpp"
#include "core/schedules/xer_calendar.hpp"
#include "core/schedules/xer_tables.hpp"

namespace pmocalc {
namespace {

Day day(int y, unsigned m, unsigned d) { return day_from_civil({y, m, d}); }

// Values written with ';' between them, as XER has tabs.
std::string tabs(std::string_view values) {
    std::string out(values);
    std::replace(out.begin(), out.end(), ';', '\t');
    return out;
}

class Xer {
public:
    Xer& table(std::string_view name, std::string_view fields, std::initializer_list<std::string> rows = {}) {
        text_ += "%T\t" + std::string(name) + "\n%F\t" + tabs(fields) + "\n";
        for (const std::string& row : rows)
            text_ += "%R\t" + tabs(row) + "\n";
        return *this;
    }
    std::string text() const { return text_ + "%E\n"; }

private:
    std::string text_ = "ERMHDR\t8.4\t2024-01-31\tProject\tadmin\tAdmin\tdbxDatabaseNoName\tProject Management\tUSD\n";
};

// clndr_data of a week (P6 days: 1 = Sunday … 7 = Saturday) working
// 08:00–12:00 and 13:00–17:00, with the exceptions given.
std::string week(std::string_view working_days, const std::string& exceptions = "",
                 const std::string& intervals = "(0||0(s|08:00|f|12:00)())(0||1(s|13:00|f|17:00)())") {
    std::string days;
    for (char d = '1'; d <= '7'; ++d)
        days += std::string("(0||") + d + "()(" + (working_days.find(d) != std::string_view::npos ? intervals : "") + "))";
    return "(0||CalendarData()((0||DaysOfWeek()(" + days + "))(0||Exceptions()(" + exceptions + "))))";
}

std::string holiday(Day d) { return "(0||0(d|" + std::to_string(d) + ")())"; }
std::string working_exception(Day d) { return "(0||1(d|" + std::to_string(d) + ")((0||0(s|08:00|f|12:00)())))"; }

const char* const task_fields =
    "task_id;proj_id;wbs_id;clndr_id;task_code;task_name;task_type;status_code;complete_pct_type;phys_complete_pct;"
    "target_drtn_hr_cnt;remain_drtn_hr_cnt;act_start_date;act_end_date;early_start_date;early_end_date;"
    "target_start_date;target_end_date;cstr_type;cstr_date";

// An office move: WBS OFFICE (the project) > PREP > PACK, and MOVE; a
// Monday-to-Friday 8-hour calendar with a holiday on Wednesday 2024-01-17,
// and a 10-hour one for the movers.
Xer office() {
    Xer xer;
    xer.table("PROJECT", "proj_id;proj_short_name;clndr_id;last_recalc_date;plan_start_date;scd_end_date",
              {"1;OFFICE;10;2024-01-17 00:00;2024-01-15 08:00;2024-01-23 00:00"})
        .table("CALENDAR", "clndr_id;default_flag;clndr_name;day_hr_cnt;clndr_data",
               {"10;Y;Standard;8;" + week("23456", holiday(day(2024, 1, 17))),
                "20;N;Long days;10;" + week("23456", "", "(0||0(s|07:00|f|17:00)())")})
        .table("PROJWBS", "wbs_id;proj_id;parent_wbs_id;seq_num;proj_node_flag;wbs_short_name;wbs_name",
               {"100;1;;0;Y;OFFICE;Office move", "103;1;100;20;N;MOVE;Moving", "101;1;100;10;N;PREP;Preparation",
                "102;1;101;10;N;PACK;Packing", "104;1;101;20;N;EMPTY;Nothing yet"})
        .table("TASK", task_fields,
               {"1000;1;102;10;A100;Pack boxes;TT_Task;TK_Active;CP_Phys;50;16;8;2024-01-15 08:00;;"
                "2024-01-15 08:00;2024-01-16 17:00;2024-01-15 08:00;2024-01-16 17:00;;",
                "1001;1;102;10;A110;Label boxes;TT_Task;TK_NotStart;CP_Drtn;0;8;8;;;"
                "2024-01-18 08:00;2024-01-18 17:00;2024-01-18 08:00;2024-01-18 17:00;CS_MSOA;2024-01-18 00:00",
                "1002;1;103;20;A200;Move furniture;TT_Task;TK_NotStart;CP_Drtn;0;20;20;;;"
                "2024-01-19 07:00;2024-01-22 17:00;2024-01-19 07:00;2024-01-22 17:00;CS_MEOB;2024-01-22 17:00",
                "1003;1;100;10;M1;Office open;TT_FinMile;TK_NotStart;CP_Drtn;0;0;0;;;"
                "2024-01-22 17:00;2024-01-22 17:00;2024-01-22 17:00;2024-01-22 17:00;;",
                "1004;1;101;10;A120;Sort archive;TT_Task;TK_NotStart;CP_Drtn;0;8;8;;;"
                "2024-01-15 12:00;2024-01-16 12:00;2024-01-15 12:00;2024-01-16 12:00;;"})
        .table("TASKPRED", "task_pred_id;task_id;pred_task_id;pred_type;lag_hr_cnt",
               {"1;1001;1000;PR_FS;0", "2;1004;1000;PR_SS;4", "3;1002;1001;PR_FF;20", "4;1003;1002;PR_SF;-8",
                "5;1003;9999;PR_FS;0", "6;1002;1000;PR_ZZ;0"})
        .table("ACTVCODE", "actv_code_id;actv_code_name", {"1;Phase A", "2;Phase B"});
    return xer;
}

ScheduleFile read(const std::string& text) {
    auto result = read_xer(text);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.problem().reason());
    return result.ok() ? std::move(result).value() : ScheduleFile{};
}

const ScheduleTask& task(const ScheduleFile& schedule, std::string_view id) {
    const auto found = std::find_if(schedule.tasks.begin(), schedule.tasks.end(),
                                    [&](const ScheduleTask& t) { return t.id == id; });
    if (found == schedule.tasks.end())
        throw std::runtime_error("no task " + std::string(id));
    return *found;
}

// The English text of each note of the kind, joined.
std::string notes(const ScheduleFile& schedule, Msg id) {
    std::string out;
    for (const ScheduleNote& n : schedule.notes)
        if (n.message.id == id)
            out += n.message.render(Language::en) + "\n";
    return out;
}

TEST(XerReader, ReadsTheProjectItsCalendarAndHeader) {
    const ScheduleFile s = read(office().text());
    EXPECT_EQ(s.format, ScheduleFormat::xer);
    EXPECT_EQ(s.application, "Primavera P6 8.4");
    EXPECT_EQ(s.currency, "USD");
    EXPECT_EQ(s.project_id, "OFFICE");
    EXPECT_EQ(s.project_name, "Office move");  // the project's WBS node
    EXPECT_EQ(s.status_date, day(2024, 1, 17));
    EXPECT_EQ(s.project_start, day(2024, 1, 15));
    EXPECT_EQ(s.project_finish, day(2024, 1, 22));  // 00:00 on the 23rd: the end of the 22nd
    EXPECT_EQ(s.calendar.name, "Standard");
    EXPECT_EQ(s.calendar.hours_per_day, 8);
    EXPECT_EQ(s.calendar.holidays, std::vector<Day>{day(2024, 1, 17)});
    EXPECT_FALSE(s.has_baseline);
    EXPECT_NE(notes(s, Msg::schedule_no_baseline_xer), "");
    EXPECT_NE(notes(s, Msg::schedule_task_calendars).find("1 task(s)"), std::string::npos);
}

TEST(XerReader, LinksOfTheFourTypesWithLagsInWorkingDaysOfTheSuccessorsCalendar) {
    const ScheduleFile s = read(office().text());
    const auto link = [&](std::string_view successor, std::string_view predecessor) {
        for (const ScheduleLink& l : task(s, successor).predecessors)
            if (l.predecessor == predecessor)
                return l;
        throw std::runtime_error("no link");
    };
    EXPECT_EQ(link("A110", "1000").type, LinkType::finish_start);
    EXPECT_EQ(link("A110", "1000").lag_days, 0);
    EXPECT_EQ(link("A120", "1000").type, LinkType::start_start);
    EXPECT_EQ(link("A120", "1000").lag_days, 0.5);  // 4 h of an 8-hour day
    EXPECT_EQ(link("A200", "1001").type, LinkType::finish_finish);
    EXPECT_EQ(link("A200", "1001").lag_days, 2);  // 20 h of the movers' 10-hour days
    EXPECT_EQ(link("M1", "1002").type, LinkType::start_finish);
    EXPECT_EQ(link("M1", "1002").lag_days, -1);  // a lead
    EXPECT_EQ(link("A200", "1000").type, LinkType::finish_start);
    EXPECT_NE(notes(s, Msg::schedule_link_type_unknown).find("PR_ZZ"), std::string::npos);
}

TEST(XerReader, LinksToUnknownActivitiesAreDroppedWithANote) {
    const ScheduleFile s = read(office().text());
    EXPECT_EQ(task(s, "M1").predecessors.size(), 1u);
    EXPECT_NE(notes(s, Msg::schedule_link_unknown).find("9999"), std::string::npos);
}

TEST(XerReader, WbsElementsBecomeSummariesInP6sOrder) {
    const ScheduleFile s = read(office().text());
    std::vector<std::string> order;
    for (const ScheduleTask& t : s.tasks)
        order.push_back(t.id + "@" + std::to_string(t.outline_level) + (t.summary ? "S" : ""));
    // The project's own activities first; each element's activities (by start) before its child elements;
    // the element without activities is left out.
    EXPECT_EQ(order, (std::vector<std::string>{"M1@1", "PREP@1S", "A120@2", "PREP.PACK@2S", "A100@3", "A110@3",
                                               "MOVE@1S", "A200@2"}));
    const ScheduleTask& pack = task(s, "PREP.PACK");
    EXPECT_EQ(pack.key, "wbs:102");
    EXPECT_EQ(pack.name, "Packing");
    EXPECT_EQ(pack.start, day(2024, 1, 15));
    EXPECT_EQ(pack.finish, day(2024, 1, 18));
    EXPECT_EQ(task(s, "A100").wbs, "PREP.PACK");
    EXPECT_EQ(task(s, "M1").wbs, "");
    EXPECT_EQ(task(s, "PREP").finish, day(2024, 1, 18));
}

TEST(XerReader, ActivitiesDatesDurationsProgressAndConstraints) {
    const ScheduleFile s = read(office().text());
    const ScheduleTask& pack = task(s, "A100");
    EXPECT_EQ(pack.key, "1000");
    EXPECT_EQ(pack.name, "Pack boxes");
    EXPECT_EQ(pack.actual_start, day(2024, 1, 15));
    EXPECT_FALSE(pack.actual_finish);
    EXPECT_EQ(pack.finish, day(2024, 1, 16));
    EXPECT_EQ(pack.duration_days, 2);
    EXPECT_EQ(pack.percent_complete, 0.5);
    EXPECT_EQ(task(s, "A200").duration_days, 2);  // 20 h of 10-hour days
    EXPECT_EQ(task(s, "A110").constraint, ScheduleConstraint::start_no_earlier_than);
    EXPECT_EQ(task(s, "A110").constraint_date, day(2024, 1, 18));
    EXPECT_EQ(task(s, "A200").constraint, ScheduleConstraint::finish_no_later_than);
    EXPECT_EQ(task(s, "A200").constraint_date, day(2024, 1, 22));
    EXPECT_EQ(task(s, "A110").percent_complete, 0);
}

TEST(XerReader, MilestonesKeepTheirOneDay) {
    Xer xer = office();
    xer.table("TASK", task_fields,
              {"2000;1;101;10;S1;Start;TT_Mile;TK_NotStart;CP_Drtn;0;0;0;;;"
               "2024-01-15 08:00;2024-01-15 08:00;2024-01-15 08:00;2024-01-15 08:00;;"});
    const ScheduleFile s = read(xer.text());
    for (const char* id : {"S1", "M1"}) {
        EXPECT_TRUE(task(s, id).milestone) << id;
        EXPECT_EQ(task(s, id).duration_days, 0) << id;
        EXPECT_EQ(task(s, id).start, task(s, id).finish) << id;
    }
    EXPECT_EQ(task(s, "S1").start, day(2024, 1, 15));
    EXPECT_EQ(task(s, "M1").finish, day(2024, 1, 22));
}

TEST(XerReader, AFinishAtTheDaysStartEndsThePreviousWorkingDay) {
    Xer xer;
    xer.table("CALENDAR", "clndr_id;default_flag;clndr_name;day_hr_cnt;clndr_data",
              {"10;Y;Standard;8;" + week("23456", holiday(day(2024, 1, 17)))})
        .table("TASK", task_fields,
               {"1;;;10;MIDNIGHT;Ends Friday;TT_Task;TK_NotStart;CP_Drtn;0;40;40;;;"
                "2024-01-15 08:00;2024-01-20 00:00;;;;",
                "2;;;10;MORNING;Ends before the holiday;TT_Task;TK_NotStart;CP_Drtn;0;8;8;;;"
                "2024-01-16 08:00;2024-01-18 08:00;;;;",
                "3;;;10;EVENING;Starts Monday;TT_Task;TK_NotStart;CP_Drtn;0;8;8;;;"
                "2024-01-19 17:00;2024-01-22 17:00;;;;"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(task(s, "MIDNIGHT").finish, day(2024, 1, 19));
    EXPECT_EQ(task(s, "MORNING").finish, day(2024, 1, 16));  // back over the holiday on the 17th
    EXPECT_EQ(task(s, "EVENING").start, day(2024, 1, 22));
    EXPECT_EQ(task(s, "EVENING").early_start, day(2024, 1, 22));
}

TEST(XerReader, PercentCompleteIsPhysicalOrComputedFromDurationOrUnits) {
    Xer xer;
    xer.table("TASK",
              "task_id;task_code;complete_pct_type;status_code;phys_complete_pct;target_drtn_hr_cnt;"
              "remain_drtn_hr_cnt;act_work_qty;remain_work_qty;early_start_date;early_end_date",
              {"1;PHYS;CP_Phys;TK_Active;40;16;4;;;2024-01-15 08:00;2024-01-16 17:00",
               "2;DRTN;CP_Drtn;TK_Active;40;16;4;;;2024-01-15 08:00;2024-01-16 17:00",
               "3;UNITS;CP_Units;TK_Active;40;16;4;25;75;2024-01-15 08:00;2024-01-16 17:00",
               "4;DONE;CP_Drtn;TK_Complete;0;16;0;;;2024-01-15 08:00;2024-01-16 17:00",
               "5;OVER;CP_Phys;TK_Active;140;16;4;;;2024-01-15 08:00;2024-01-16 17:00"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(task(s, "PHYS").percent_complete, 0.4);
    EXPECT_EQ(task(s, "DRTN").percent_complete, 0.75);
    EXPECT_EQ(task(s, "UNITS").percent_complete, 0.25);
    EXPECT_EQ(task(s, "DONE").percent_complete, 1);
    EXPECT_EQ(task(s, "OVER").percent_complete, 1);
    EXPECT_NE(notes(s, Msg::schedule_xer_percent_derived).find("3 task(s)"), std::string::npos);
    EXPECT_NE(notes(s, Msg::schedule_calendar_missing), "");
}

TEST(XerReader, CalendarWeekHolidaysAndWorkingWeekends) {
    const Day sunday = day(2024, 1, 21), wednesday = day(2024, 1, 17), saturday = day(2024, 1, 20);
    // Monday to Saturday, written with DEL and line breaks between parts and finish-first intervals.
    std::string data = week("234567", holiday(wednesday) + holiday(saturday) + working_exception(sunday),
                            "(0||0(f|16:00|s|06:00)())");
    for (std::size_t at = 0; (at = data.find(")(", at)) != std::string::npos; at += 3)
        data.insert(at + 1, "\x7f\x7f");
    Xer xer;
    xer.table("PROJECT", "proj_id;proj_short_name;clndr_id", {"1;SIX;30"})
        .table("CALENDAR", "clndr_id;default_flag;clndr_name;day_hr_cnt;clndr_data",
               {"10;Y;Standard;8;" + week("23456"), "30;N;Six days;;" + data, "40;N;Broken;8;(0||CalendarData()("})
        .table("TASK", task_fields,
               {"1;1;;30;A;On six days;TT_Task;TK_NotStart;CP_Drtn;0;20;20;;;"
                "2024-01-15 06:00;2024-01-16 06:00;;;;",
                "2;1;;40;B;On a broken calendar;TT_Task;TK_NotStart;CP_Drtn;0;8;8;;;"
                "2024-01-15 08:00;2024-01-15 17:00;;;;"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(s.calendar.name, "Six days");
    EXPECT_EQ(s.calendar.working, (std::array<bool, 7>{true, true, true, true, true, true, false}));
    EXPECT_EQ(s.calendar.hours_per_day, 10);  // no day_hr_cnt: the week's hours
    EXPECT_EQ(s.calendar.holidays, (std::vector<Day>{wednesday, saturday}));
    EXPECT_EQ(s.calendar.extra_working, std::vector<Day>{sunday});
    EXPECT_NE(notes(s, Msg::schedule_calendar_week).find("Saturday"), std::string::npos);
    EXPECT_NE(notes(s, Msg::schedule_calendar_extra_working).find("2024-01-21"), std::string::npos);
    EXPECT_NE(notes(s, Msg::schedule_xer_calendar_unreadable).find("Broken"), std::string::npos);
    EXPECT_EQ(task(s, "A").duration_days, 2);
    EXPECT_EQ(task(s, "A").finish, day(2024, 1, 15));  // 06:00, the six-day calendar's first hour
}

// A CALENDAR row's calendar as xer_calendar.cpp reads it, the row given by the text layer.
xer::XerCalendar calendar_of(const std::string& clndr_data, const std::string& day_hr_cnt = "") {
    const std::string text =
        Xer().table("CALENDAR", "clndr_name;day_hr_cnt;clndr_data", {"Cal;" + day_hr_cnt + ";" + clndr_data}).text();
    const xer::XerText tables = xer::tables_of(text);
    xer::XerCalendar read;
    xer::each_row(tables, "CALENDAR", [&](const xer::Row& row) { read = xer::read_calendar(row); });
    return read;
}

TEST(XerCalendar, TheWorkingDaysHoursAndTheirFirstAndLastHour) {
    const xer::XerCalendar standard = calendar_of(week("23456"));
    EXPECT_TRUE(standard.readable);
    EXPECT_EQ(standard.calendar.name, "Cal");
    EXPECT_EQ(standard.calendar.working, (std::array<bool, 7>{true, true, true, true, true, false, false}));
    EXPECT_EQ(standard.calendar.hours_per_day, 8);  // the week's hours when day_hr_cnt is blank
    EXPECT_EQ(standard.day_start, 8);
    EXPECT_EQ(standard.day_end, 17);
    EXPECT_EQ(calendar_of(week("23456"), "7.5").calendar.hours_per_day, 7.5);
    EXPECT_EQ(calendar_of(week("23456"), "25").calendar.hours_per_day, 8);  // beyond a day: the week's
    const xer::XerCalendar round_the_clock = calendar_of(week("1234567", "", "(0||0(s|00:00|f|00:00)())"));
    EXPECT_EQ(round_the_clock.calendar.hours_per_day, 24);
    EXPECT_EQ(round_the_clock.day_start, 0);
    EXPECT_EQ(round_the_clock.day_end, 24);
}

TEST(XerCalendar, ATextCutShortKeepsWhatParsedAndAWeekWithoutWorkIsUnreadable) {
    const std::string full = week("23456", holiday(day(2024, 1, 17)));
    const xer::XerCalendar cut = calendar_of(full.substr(0, full.find("(0||5")));
    EXPECT_TRUE(cut.readable);
    EXPECT_EQ(cut.calendar.working, (std::array<bool, 7>{true, true, true, false, false, false, false}));
    EXPECT_TRUE(cut.calendar.holidays.empty());
    EXPECT_EQ(calendar_of(full).calendar.holidays, std::vector<Day>{day(2024, 1, 17)});
    for (const std::string& unreadable : {week(""), std::string("(0||CalendarData()("), std::string()}) {
        const xer::XerCalendar cal = calendar_of(unreadable, "8");
        EXPECT_FALSE(cal.readable) << unreadable;
        EXPECT_EQ(cal.calendar.working, ScheduleCalendar{}.working);
        EXPECT_EQ(cal.calendar.hours_per_day, 8);
    }
}

TEST(XerReader, Windows1252BytesAreConvertedAndNoted) {
    Xer xer;
    xer.table("TASK", "task_id;task_code;task_name;early_start_date;early_end_date",
              {"1;A;Caf\xe9 \x80 budget;2024-01-15 08:00;2024-01-15 17:00"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(task(s, "A").name, "Caf\xc3\xa9 \xe2\x82\xac budget");
    EXPECT_NE(notes(s, Msg::schedule_read_cp1252), "");
}

TEST(XerReader, Utf8IsReadAsItIs) {
    Xer xer;
    xer.table("TASK", "task_id;task_code;task_name", {"1;A;\xe6\x90\xac\xe5\x85\xa5"});
    const ScheduleFile s = read("\xEF\xBB\xBF" + xer.text());
    EXPECT_EQ(task(s, "A").name, "\xe6\x90\xac\xe5\x85\xa5");
    EXPECT_EQ(notes(s, Msg::schedule_read_cp1252), "");
}

TEST(XerReader, RefusesATextThatIsNoXer) {
    for (const std::string text : {"", "<Project xmlns=\"http://schemas.microsoft.com/project\"/>", "%T\tTASK\n"}) {
        const auto result = read_xer(text);
        ASSERT_FALSE(result.ok()) << text;
        EXPECT_EQ(result.problem().message.id, Msg::schedule_not_format);
        EXPECT_NE(result.problem().reason().find("ERMHDR"), std::string::npos);
    }
    EXPECT_EQ(read_xer(Xer().text()).problem().message.id, Msg::schedule_no_tasks);
}

TEST(XerReader, NotesEachTableItDoesNotReadByName) {
    const ScheduleFile s = read(office().text());
    EXPECT_EQ(notes(s, Msg::schedule_table_ignored), "table ACTVCODE not read (2 rows): pmocalc has no use for it\n");
}

TEST(XerReader, ABadDateOrNumberIsNotedAndLeftBlank) {
    Xer xer;
    xer.table("TASK", "task_id;task_code;early_start_date;early_end_date;target_start_date;target_drtn_hr_cnt",
              {"1;A;2024-13-45 08:00;2024-01-16 17:00;2024-01-15 08:00;eight"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(task(s, "A").start, day(2024, 1, 15));  // the planned start instead
    EXPECT_EQ(task(s, "A").duration_days, 0);
    const std::string said = notes(s, Msg::schedule_value_unreadable);
    EXPECT_NE(said.find("task A: early_start_date \"2024-13-45 08:00\""), std::string::npos) << said;
    EXPECT_NE(said.find("target_drtn_hr_cnt \"eight\""), std::string::npos) << said;
}

TEST(XerReader, ResourcesAssignmentsAndCosts) {
    Xer xer = office();
    xer.table("ROLES", "role_id;role_name", {"600;Mover"})
        .table("RSRC", "rsrc_id;rsrc_name;rsrc_short_name;role_id", {"500;Aiko Sato;AS;600", "501;;VAN;"})
        .table("RSRCRATE", "rsrc_rate_id;rsrc_id;max_qty_per_hr;cost_per_qty;start_date",
               {"1;500;0.5;40;2023-01-01 00:00", "2;500;1;50;2024-06-01 00:00"})
        .table("TASKRSRC",
               "taskrsrc_id;task_id;proj_id;rsrc_id;target_qty_per_hr;target_qty;target_cost;act_reg_cost;"
               "act_ot_cost;target_start_date;target_end_date",
               {"1;1000;1;500;0.5;8;320;150;10;2024-01-15 08:00;2024-01-16 17:00", "2;1000;1;;1;8;100;0;0;;"})
        .table("PROJCOST", "cost_item_id;task_id;target_cost;act_cost", {"1;1002;1000;250"});
    const ScheduleFile s = read(xer.text());
    ASSERT_EQ(s.resources.size(), 2u);
    EXPECT_EQ(s.resources[0].name, "Aiko Sato");
    EXPECT_EQ(s.resources[0].group, "Mover");
    EXPECT_EQ(s.resources[0].max_units, 0.5);  // the rate in force on the status date
    EXPECT_EQ(s.resources[0].standard_rate, 40);
    EXPECT_EQ(s.resources[1].name, "VAN");
    ASSERT_EQ(s.assignments.size(), 1u);
    EXPECT_EQ(s.assignments[0].task, "1000");
    EXPECT_EQ(s.assignments[0].resource, "500");
    EXPECT_EQ(s.assignments[0].units, 0.5);
    EXPECT_EQ(s.assignments[0].work_hours, 8);
    EXPECT_EQ(s.assignments[0].finish, day(2024, 1, 16));
    EXPECT_EQ(task(s, "A100").cost, 420);
    EXPECT_EQ(task(s, "A100").actual_cost, 160);
    EXPECT_EQ(task(s, "A200").cost, 1000);
    EXPECT_EQ(task(s, "A200").actual_cost, 250);
    EXPECT_EQ(task(s, "PREP").cost, 420);
    EXPECT_NE(notes(s, Msg::schedule_xer_role_assignments), "");
}

TEST(XerReader, SeveralProjectsReadTheFirstWithActivities) {
    Xer xer;
    xer.table("PROJECT", "proj_id;proj_short_name", {"1;EMPTY", "2;REAL", "3;OTHER"})
        .table("TASK", "task_id;proj_id;task_code;early_start_date;early_end_date",
               {"10;2;A;2024-01-15 08:00;2024-01-15 17:00", "11;3;B;2024-01-15 08:00;2024-01-15 17:00"})
        .table("TASKPRED", "task_id;pred_task_id;pred_type", {"11;10;PR_FS", "10;11;PR_FS"});
    const ScheduleFile s = read(xer.text());
    EXPECT_EQ(s.project_id, "REAL");
    ASSERT_EQ(s.tasks.size(), 1u);
    EXPECT_EQ(s.tasks[0].id, "A");
    EXPECT_EQ(notes(s, Msg::schedule_several_projects), "the file holds 3 projects; only the first, REAL, is read\n");
}

TEST(XerReader, EachActivityKnowsItsLine) {
    const std::string text = office().text();
    const ScheduleFile s = read(text);
    std::istringstream lines(text);
    std::vector<std::string> all;
    for (std::string line; std::getline(lines, line);)
        all.push_back(line);
    for (const char* id : {"A100", "M1", "A120"}) {
        const ScheduleTask& t = task(s, id);
        ASSERT_GT(t.line, 0u);
        EXPECT_EQ(all[t.line - 1].rfind("%R\t" + t.key + "\t", 0), 0u) << id;
    }
}

TEST(XerReader, StrayLinesAndCarriageReturnsAreTolerated) {
    std::string text = office().text();
    text.insert(text.find("%T\tTASK\n"), "this is no record\n");
    std::string crlf;
    for (const char c : text)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    const ScheduleFile s = read(crlf);
    EXPECT_EQ(task(s, "A100").finish, day(2024, 1, 16));
    EXPECT_NE(notes(s, Msg::schedule_xer_lines_skipped).find("1 line(s)"), std::string::npos);
}

// The real exports gathered in tests/real-schedules (SOURCES.md says where from).
std::vector<std::filesystem::path> real_exports() {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path folder = std::filesystem::path(PMOCALC_SOURCE_DIR) / "tests" / "real-schedules";
    if (std::filesystem::is_directory(folder))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".xer")
                files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

std::string bytes_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(XerReader, ReadsEveryRealExport) {
    for (const auto& path : real_exports()) {
        SCOPED_TRACE(path.filename().string());
        const auto result = read_xer(bytes_of(path));
        ASSERT_TRUE(result.ok()) << result.problem().reason();
        EXPECT_GT(result->tasks.size(), 0u);
        EXPECT_TRUE(result->application.starts_with("Primavera P6 "));
        for (const ScheduleTask& t : result->tasks)
            if (!t.actual_start)  // not started: the dates P6 scheduled
                EXPECT_TRUE(t.start && t.finish && *t.start <= *t.finish) << t.id;
    }
}

TEST(XerReader, RealExportsFiguresAsP6ShowsThem) {
    const auto files = real_exports();
    const auto named = [&](std::string_view name) {
        return std::find_if(files.begin(), files.end(), [&](const auto& p) { return p.filename() == name; });
    };
    if (const auto path = named("xer_mpxj_percent-complete-8.4.xer"); path != files.end()) {
        const ScheduleFile s = read(bytes_of(*path));
        EXPECT_EQ(s.tasks.size(), 12u);
        EXPECT_EQ(s.calendar.holidays.size(), 24u);
        EXPECT_EQ(s.calendar.hours_per_day, 8);
        EXPECT_EQ(task(s, "A1010").percent_complete, 0.25);  // duration: 600 of 800 h remain
        EXPECT_EQ(task(s, "A1060").percent_complete, 0.75);  // physical
        EXPECT_EQ(task(s, "A1090").percent_complete, 0.25);  // units
        EXPECT_EQ(task(s, "A1000").duration_days, 100);
        EXPECT_NE(notes(s, Msg::schedule_read_cp1252), "");
    }
    if (const auto path = named("xer_mpxj_resource-rates-20.12.xer"); path != files.end()) {
        const ScheduleFile s = read(bytes_of(*path));
        EXPECT_EQ(s.application, "Primavera P6 20.12");
        EXPECT_EQ(s.assignments.size(), 5u);
        EXPECT_EQ(task(s, "A1000").cost, 27600);
        EXPECT_EQ(task(s, "A1000").start, day(2022, 8, 22));
        EXPECT_EQ(task(s, "A1000").finish, day(2022, 9, 30));
    }
    if (const auto path = named("xer_mpxj_predecessor-calendar-8.2.xer"); path != files.end()) {
        const ScheduleFile s = read(bytes_of(*path));
        EXPECT_EQ(task(s, "A1000").actual_start, day(2019, 6, 10));
        EXPECT_EQ(task(s, "A1000").actual_finish, day(2019, 6, 12));
        EXPECT_EQ(task(s, "A1000").percent_complete, 1);
        EXPECT_EQ(s.calendar.holidays.size(), 14u);
    }
}

}  // namespace
}  // namespace pmocalc
