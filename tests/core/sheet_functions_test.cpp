// The PMO_* functions as Calc calls them: argument reading, shapes and errors.
#include "core/sheet_functions.hpp"
#include "core/status_report.hpp"

#include "test_support.hpp"
#include "workbook_builder.hpp"

namespace pmocalc::sheet {
namespace {

using test::date;
using test::has_value;
using test::d;
using test::make_sheet;
using test::Row;
using test::s;

CellRange num(double value) { return CellRange::single(value); }
CellRange text(std::string value) { return CellRange::single(std::move(value)); }
CellRange dates(std::initializer_list<Day> days) {
    std::vector<Cell> cells;
    for (Day d : days)
        cells.emplace_back(static_cast<double>(d));
    return CellRange::column(std::move(cells));
}
const Cell blank = std::monostate{};

TEST(SheetEvm, P6WorkedExample) {
    EXPECT_TRUE(has_value(sv(num(300), num(500)), -200));
    EXPECT_TRUE(has_value(cv(num(300), num(600)), -300));
    EXPECT_TRUE(has_value(spi(num(300), num(500)), 0.6));
    EXPECT_TRUE(has_value(cpi(num(300), num(600)), 0.5));
}

TEST(SheetEvm, RangesGiveTheIndexCorrectRatio) {
    // ΣEV/ΣPV = 150/300, not the mean of 1.0 and 0.25.
    const CellRange ev = CellRange::column({100.0, blank, 50.0});
    const CellRange pv = CellRange::column({100.0, 200.0, blank});
    EXPECT_TRUE(has_value(spi(ev, pv), 0.5));
}

TEST(SheetEvm, UndefinedAndInvalid) {
    EXPECT_TRUE(test::is_undefined(spi(num(10), num(0))));
    EXPECT_TRUE(test::is_undefined(cpi(num(10), num(0))));
    EXPECT_TRUE(test::is_invalid(spi(text("ten"), num(5))));
    EXPECT_TRUE(test::is_invalid(spi(num(10), CellRange::single(blank))));
    EXPECT_TRUE(test::is_invalid(sv(num(-1), num(5))));
}

TEST(SheetEvm, EacFamily) {
    EXPECT_TRUE(has_value(eac(num(1000), num(300), num(600), std::nullopt, std::nullopt), 2000));
    EXPECT_TRUE(has_value(eac(num(1000), num(300), num(600), text("Atypical"), std::nullopt), 1300));
    EXPECT_TRUE(has_value(eac(num(1000), num(300), num(600), text("composite"), num(500)), 600 + 700 / 0.3));
    EXPECT_TRUE(has_value(etc(num(1000), num(300), num(600), std::nullopt, std::nullopt), 1400));
    EXPECT_TRUE(has_value(vac(num(1000), num(300), num(600), std::nullopt, std::nullopt), -1000));
    EXPECT_TRUE(test::is_invalid(eac(num(1000), num(300), num(600), text("composite"), std::nullopt)));
    EXPECT_TRUE(test::is_invalid(eac(num(1000), num(300), num(600), text("magic"), std::nullopt)));
    // A blank cell for the optional method means the default.
    EXPECT_TRUE(has_value(eac(num(1000), num(300), num(600), CellRange::single(blank), std::nullopt), 2000));
}

TEST(SheetEvm, Tcpi) {
    EXPECT_TRUE(has_value(tcpi(num(200), num(125), num(150), std::nullopt), 1.5));  // MS Project TCPI doc
    EXPECT_TRUE(has_value(tcpi(num(200), num(125), num(150), num(240)), 75.0 / 90.0));
    EXPECT_TRUE(test::is_undefined(tcpi(num(200), num(125), num(200), std::nullopt)));
}

// Amounts near 1E308: a sum or a result beyond the largest double is never an
// infinity, nor a figure computed from one (ΣPV = ∞ made SPI 0 and EAC 0).
TEST(SheetEvm, FiguresBeyondTheLargestDoubleAreTooLarge) {
    const CellRange huge = CellRange::column({1e308, 1e308, 1e308});
    EXPECT_TRUE(test::is_too_large(spi(num(600), huge)));
    EXPECT_TRUE(test::is_too_large(cpi(num(600), huge)));
    EXPECT_TRUE(test::is_too_large(sv(huge, num(500))));
    EXPECT_TRUE(test::is_too_large(eac(num(1000), huge, num(500), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_too_large(eac(num(1000), num(600), num(500), std::nullopt, huge)));
    EXPECT_TRUE(test::is_too_large(tcpi(num(1000), num(600), huge, std::nullopt)));
    EXPECT_TRUE(test::is_too_large(es(CellRange::column({100.0, 250.0, 450.0}), huge)));
    // Each amount fits, the result does not.
    EXPECT_TRUE(test::is_too_large(spi(num(1e308), num(1e-300))));
    EXPECT_TRUE(test::is_too_large(vac(num(1e308), num(1), num(1e300), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_too_large(ieact(CellRange::column({100.0, 250.0, 450.0}), num(1), num(1e308))));
    EXPECT_TRUE(test::is_too_large(pv({}, huge, dates({date(2025, 1, 6), date(2025, 1, 6), date(2025, 1, 6)}),
                                      dates({date(2025, 1, 6), date(2025, 1, 6), date(2025, 1, 6)}),
                                      dates({date(2025, 1, 6)}), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_too_large(ev(huge, CellRange::column({1.0, 1.0, 1.0}))));
    EXPECT_TRUE(test::is_too_large(exposure(CellRange::column({1.0, 1.0}), CellRange::column({1e308, 1e308}))));
    EXPECT_TRUE(has_value(sv(num(1e308), num(1)), 1e308));
}

TEST(SheetPlannedValue, MsProjectSpiExample) {
    // A 4-day task (Mon–Thu), budget 100; after 2 days PV = 50; 60 % complete -> EV 60, SPI 1.2.
    const auto planned = pv({}, num(100), dates({date(2025, 1, 6)}), dates({date(2025, 1, 9)}),
                            dates({date(2025, 1, 7)}), std::nullopt, std::nullopt);
    EXPECT_TRUE(has_value(planned, 50));
    const auto earned = ev(num(100), num(0.6));
    EXPECT_TRUE(has_value(earned, 60));
    EXPECT_TRUE(has_value(spi(num(*earned), num(*planned)), 1.2));
}

TEST(SheetPlannedValue, SeveralTasksHolidaysAndWeekendMasks) {
    const CellRange budgets = CellRange::column({100.0, 40.0, blank});
    const CellRange starts = dates({date(2025, 1, 6), date(2025, 1, 13), 0});
    const CellRange finishes = dates({date(2025, 1, 10), date(2025, 1, 16), 0});
    CellRange starts_blank_row = CellRange::column({starts.number(0), starts.number(1), blank});
    CellRange finishes_blank_row = CellRange::column({finishes.number(0), finishes.number(1), blank});
    const auto status = dates({date(2025, 1, 14)});
    // Task 1 complete (100); task 2: 2 of 4 working days (20).
    EXPECT_TRUE(has_value(pv({}, budgets, starts_blank_row, finishes_blank_row, status, std::nullopt, std::nullopt),
                          120));
    // A holiday on 1/15 leaves task 2 with 3 working days, 2 of them done.
    EXPECT_TRUE(has_value(pv({}, budgets, starts_blank_row, finishes_blank_row, status, dates({date(2025, 1, 15)}),
                             std::nullopt),
                          100 + 40.0 * 2 / 3));
    // Sunday-only weekend (code 11) with task 1 running Mon..Sat.
    EXPECT_TRUE(has_value(pv({}, num(60), dates({date(2025, 1, 6)}), dates({date(2025, 1, 11)}),
                             dates({date(2025, 1, 8)}), std::nullopt, num(11)),
                          30));
    EXPECT_TRUE(has_value(pv({}, num(60), dates({date(2025, 1, 6)}), dates({date(2025, 1, 11)}),
                             dates({date(2025, 1, 8)}), std::nullopt, text("0000001")),
                          30));
}

TEST(SheetPlannedValue, RespectsTheDocumentNullDate) {
    // The same Monday..Friday task written with 1904-based serials.
    const Day offset = date(1904, 1, 1);
    const DateFrame frame{offset};
    const auto planned = pv(frame, num(50), dates({date(2025, 1, 6) - offset}), dates({date(2025, 1, 10) - offset}),
                            dates({date(2025, 1, 8) - offset}), std::nullopt, std::nullopt);
    EXPECT_TRUE(has_value(planned, 30));
}

TEST(SheetPlannedValue, BadRowsAreNamed) {
    const auto reversed = pv({}, num(10), dates({date(2025, 1, 10)}), dates({date(2025, 1, 6)}),
                             dates({date(2025, 1, 8)}), std::nullopt, std::nullopt);
    ASSERT_TRUE(test::is_invalid(reversed));
    EXPECT_EQ(reversed.problem().reason(), "finishes, row 1: the finish lies before the start");
    const auto no_dates = pv({}, CellRange::column({10.0, 20.0}), CellRange::column({blank, 45663.0}),
                             CellRange::column({blank, 45670.0}), dates({45665}), std::nullopt, std::nullopt);
    ASSERT_TRUE(test::is_invalid(no_dates));
    EXPECT_EQ(no_dates.problem().reason(), "starts, row 1: is blank while budgets has a value");
    EXPECT_TRUE(test::is_invalid(pv({}, CellRange::column({10.0, 20.0}), dates({45663}), dates({45670}),
                                    dates({45665}), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, text("ten"), dates({45663}), dates({45670}), dates({45665}), std::nullopt,
                                    std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, num(10), dates({45663}), dates({45670}), dates({45665}), std::nullopt,
                                    text("weekend"))));
    EXPECT_TRUE(test::is_invalid(pv({}, num(10), dates({45663}), dates({45670}), dates({45665}), text("1/1"),
                                    std::nullopt)));
}

// The functions read a task list as the report does: WBS summary rows (no
// budget, dates filled) carry no work, a task with one date lasts that day, a
// blank percent is 0 %. Same rows, same figures.
TEST(SheetFunctions, ReadTaskListsAsTheReportDoes) {
    const std::vector<Row> rows{
        {s("ID"), s("Task"), s("Budget"), s("Start"), s("Finish"), s("% complete")},
        {s("1"), s("Phase 1 (summary)"), blank, d(2025, 1, 6), d(2025, 1, 17), blank},
        {s("1.1"), s("Design"), 100.0, d(2025, 1, 6), d(2025, 1, 10), 1.0},
        {s("1.2"), s("Build"), 300.0, d(2025, 1, 13), d(2025, 1, 17), 0.4},
        {s("1.3"), s("Review"), 20.0, blank, d(2025, 1, 14), blank},
    };
    Workbook workbook;
    workbook.sheets.push_back(make_sheet("Tasks", rows));
    workbook.sheets.push_back(make_sheet("Holidays", {{s("Date")}, {d(2025, 1, 15)}}));
    Assessment report = assess(workbook, request_for({date(2025, 1, 15), {}, std::nullopt, EsPeriod::weeks, {}, std::nullopt, std::nullopt}, "WBS",
                                                     {date(2025, 1, 15), ""}));
    ASSERT_TRUE(report.reportable());
    auto column = [&](std::size_t c) {
        std::vector<Cell> cells;
        for (std::size_t r = 1; r < rows.size(); ++r)
            cells.push_back(rows[r][c]);
        return CellRange::column(cells);
    };
    const auto planned = pv({}, column(2), column(3), column(4), dates({date(2025, 1, 15)}),
                            dates({date(2025, 1, 15)}), std::nullopt);
    ASSERT_TRUE(planned.ok()) << planned.problem().reason();
    EXPECT_TRUE(has_value(planned, report.status->figures.pv));
    const auto earned = ev(column(2), column(5));
    ASSERT_TRUE(earned.ok()) << earned.problem().reason();
    EXPECT_TRUE(has_value(earned, report.status->figures.ev));
    // Progress without a budget is an error in both.
    EXPECT_TRUE(test::is_invalid(ev(CellRange::column({blank, 100.0}), CellRange::column({0.5, 0.5}))));
}

TEST(SheetEarnedValue, PercentMustBeAFraction) {
    EXPECT_TRUE(has_value(ev(CellRange::column({100.0, 50.0}), CellRange::column({0.5, 1.0})), 100));
    const auto percent_as_whole = ev(num(100), num(60));
    ASSERT_TRUE(test::is_invalid(percent_as_whole));
    EXPECT_NE(percent_as_whole.problem().reason().find("percentComplete, row 1"), std::string::npos);
    EXPECT_TRUE(test::is_invalid(ev(num(100), num(-0.1))));
}

TEST(SheetSlip, WorkingDaysBothWays) {
    EXPECT_TRUE(has_value(slip({}, dates({date(2025, 1, 10)}), dates({date(2025, 1, 13)}), std::nullopt,
                               std::nullopt),
                          1));
    EXPECT_TRUE(has_value(slip({}, dates({date(2025, 1, 13)}), dates({date(2025, 1, 10)}), std::nullopt,
                               std::nullopt),
                          -1));
    EXPECT_TRUE(test::is_invalid(slip({}, CellRange::single(blank), dates({45663}), std::nullopt, std::nullopt)));
}

TEST(SheetEarnedSchedule, P6WorkedExample) {
    std::vector<Cell> curve;
    for (int i = 1; i <= 10; ++i)
        curve.emplace_back(100.0 * i);
    curve.emplace_back(blank);  // a generous range
    const CellRange pv_curve = CellRange::column(curve);
    EXPECT_TRUE(has_value(es(pv_curve, num(300)), 3));
    EXPECT_TRUE(has_value(svt(pv_curve, num(300), num(5)), -2));
    EXPECT_TRUE(has_value(spit(pv_curve, num(300), num(5)), 0.6));
    EXPECT_TRUE(has_value(ieact(pv_curve, num(300), num(5)), 10 / 0.6));
    EXPECT_TRUE(has_value(es(pv_curve, num(-50)), 0));
    EXPECT_TRUE(test::is_invalid(es(CellRange::column({100.0, blank, 300.0}), num(50))));
}

TEST(SheetRisk, ExposureAndEmv) {
    const CellRange p = CellRange::column({0.5, 0.2, blank});
    const CellRange impact = CellRange::column({1000.0, 500.0, blank});
    EXPECT_TRUE(has_value(exposure(p, impact), 600));
    EXPECT_TRUE(has_value(emv(p, impact, CellRange::column({std::string("脅威"), std::string("Opportunity"), blank})),
                          -400));
    EXPECT_TRUE(test::is_invalid(emv(p, impact, CellRange::column({std::string("risk"), blank, blank}))));
    EXPECT_TRUE(test::is_invalid(emv(p, impact, CellRange::column({blank, blank, std::string("threat")}))));
    EXPECT_TRUE(test::is_invalid(exposure(CellRange::column({1.5}), CellRange::column({10.0}))));
    EXPECT_TRUE(test::is_invalid(exposure(p, CellRange::column({1000.0, 500.0}))));
}

// Found by fuzz_sheet_functions: with fewer impacts than probabilities and
// types, PMO_EMV read impacts beyond their range before comparing the sizes.
TEST(SheetRisk, EmvWithFewerImpactsIsInvalid) {
    const CellRange p = CellRange::column({0.5, 0.2, blank});
    const CellRange types = CellRange::column({std::string("threat"), std::string("threat"), std::string("threat")});
    EXPECT_TRUE(test::is_invalid(emv(p, CellRange::column({1000.0}), types)));
    EXPECT_TRUE(test::is_invalid(emv(p, CellRange(), types)));
}

TEST(SheetRag, ColoursAndThresholds) {
    EXPECT_EQ(*rag(num(1.0), num(0.95), std::nullopt, std::nullopt), "GREEN");
    EXPECT_EQ(*rag(num(1.0), num(0.85), std::nullopt, std::nullopt), "AMBER");
    EXPECT_EQ(*rag(num(0.5), num(1.0), std::nullopt, std::nullopt), "RED");
    EXPECT_EQ(*rag(num(0.97), num(1.0), num(1.0), num(0.9)), "AMBER");
    EXPECT_TRUE(test::is_invalid(rag(num(0.97), num(1.0), num(0.8), num(0.9))));
    EXPECT_TRUE(test::is_invalid(rag(text("good"), num(1.0), std::nullopt, std::nullopt)));
}

// Calc passes a reference to one blank cell as 0: optional settings then take
// their defaults, dates are refused, and an issue's blank closed date stays open.
TEST(SheetBlankCells, SingleBlankCellArrivesAsZero) {
    EXPECT_TRUE(has_value(eac(num(1000), num(300), num(600), num(0), num(0)), 2000));
    EXPECT_TRUE(has_value(tcpi(num(200), num(125), num(150), num(0)), 1.5));
    EXPECT_EQ(*rag(num(1.0), num(0.9), num(0), num(0)), "AMBER");
    EXPECT_TRUE(has_value(slip({}, dates({date(2025, 1, 10)}), dates({date(2025, 1, 13)}), num(0), num(0)), 1));
    EXPECT_TRUE(test::is_invalid(slip({}, num(0), dates({date(2025, 1, 13)}), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, num(10), dates({45663}), dates({45670}), num(0), std::nullopt,
                                    std::nullopt)));
    EXPECT_TRUE(has_value(openissues({}, dates({date(2025, 6, 1)}), num(0), dates({date(2025, 6, 30)}), num(0)), 1));
    EXPECT_TRUE(test::is_invalid(rag(num(1.0), num(0.9), num(-1), std::nullopt)));
}

TEST(SheetIssues, CountsOpenIssuesAtTheStatusDate) {
    const Day status = date(2025, 6, 30);
    const CellRange raised = dates({date(2025, 6, 1), date(2025, 6, 1), date(2025, 6, 29), date(2025, 7, 1),
                                    date(2025, 5, 1)});
    const CellRange closed = CellRange::column({blank, static_cast<double>(date(2025, 6, 30)), blank, blank,
                                                static_cast<double>(date(2025, 7, 2))});
    EXPECT_TRUE(has_value(openissues({}, raised, closed, dates({status}), std::nullopt), 3));
    EXPECT_TRUE(has_value(openissues({}, raised, closed, dates({status}), num(29)), 2));
    EXPECT_TRUE(has_value(openissues({}, raised, closed, dates({status}), num(30)), 1));
    const auto closed_first = openissues({}, dates({date(2025, 6, 2)}), dates({date(2025, 6, 1)}),
                                         dates({status}), std::nullopt);
    ASSERT_TRUE(test::is_invalid(closed_first));
    EXPECT_NE(closed_first.problem().reason().find("closed, row 1"), std::string::npos);
}

// The calendar ends where last_plausible_day says: every date argument takes
// 1900-01-01, 2199-12-30 and 2199-12-31, and refuses 1899-12-31 and 2200-01-01.
TEST(SheetDates, TheCalendarEndsHoldInEveryDateArgument) {
    const Day first = date(1900, 1, 1);
    const Day last = date(2199, 12, 31);
    ASSERT_EQ(first, first_plausible_day);
    ASSERT_EQ(last, last_plausible_day);
    auto day = [](Day d) { return dates({d}); };
    EXPECT_TRUE(has_value(pv({}, num(1), day(last - 1), day(last), day(last - 1), std::nullopt, std::nullopt), 0.5));
    EXPECT_TRUE(has_value(pv({}, num(1), day(last), day(last), day(last), std::nullopt, std::nullopt), 1));
    EXPECT_TRUE(has_value(pv({}, num(1), day(first), day(first), day(first), std::nullopt, std::nullopt), 1));
    EXPECT_TRUE(has_value(pv({}, num(1), day(last - 1), day(last), day(last - 1), day(last - 1), std::nullopt), 0));
    EXPECT_TRUE(test::is_invalid(pv({}, num(1), day(last), day(last + 1), day(last), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, num(1), day(last), day(last), day(last + 1), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, num(1), day(first - 1), day(first), day(first), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(pv({}, num(1), day(last - 1), day(last), day(last), day(last + 1), std::nullopt)));
    EXPECT_TRUE(has_value(slip({}, day(last - 1), day(last), std::nullopt, std::nullopt), 1));
    EXPECT_TRUE(has_value(slip({}, day(last), day(last - 1), std::nullopt, std::nullopt), -1));
    EXPECT_TRUE(has_value(slip({}, day(last - 1), day(last), day(last), std::nullopt), 0));
    EXPECT_TRUE(has_value(slip({}, day(first), day(first + 1), std::nullopt, std::nullopt), 1));
    EXPECT_TRUE(test::is_invalid(slip({}, day(last), day(last + 1), std::nullopt, std::nullopt)));
    EXPECT_TRUE(test::is_invalid(slip({}, day(first - 1), day(first), std::nullopt, std::nullopt)));
    EXPECT_TRUE(has_value(openissues({}, day(last), num(0), day(last), std::nullopt), 1));
    EXPECT_TRUE(has_value(openissues({}, day(last - 1), day(last), day(last), std::nullopt), 0));
    EXPECT_TRUE(has_value(openissues({}, day(first), num(0), day(first), std::nullopt), 1));
    EXPECT_TRUE(test::is_invalid(openissues({}, day(last - 1), day(last + 1), day(last), std::nullopt)));
    EXPECT_TRUE(test::is_invalid(openissues({}, day(last - 1), num(0), day(last + 1), std::nullopt)));
    EXPECT_TRUE(test::is_invalid(openissues({}, day(first - 1), num(0), day(first), std::nullopt)));
}

// In a 1904 document the serial of 2200-01-01 is that of 2195-12-31 in the
// default one: the document's null date decides what is a date.
TEST(SheetIssues, RespectTheDocumentNullDate) {
    const Day offset = date(1904, 1, 1);
    const DateFrame frame{offset};
    auto serial = [&](int y, unsigned m, unsigned d) { return dates({date(y, m, d) - offset}); };
    EXPECT_TRUE(has_value(openissues(frame, serial(2199, 12, 31), num(0), serial(2199, 12, 31), std::nullopt), 1));
    EXPECT_TRUE(test::is_invalid(openissues(frame, serial(2200, 1, 1), num(0), serial(2200, 1, 2), std::nullopt)));
    EXPECT_TRUE(test::is_invalid(openissues(frame, serial(2199, 12, 1), serial(2200, 1, 1), serial(2199, 12, 2),
                                            std::nullopt)));
    EXPECT_TRUE(has_value(openissues(frame, serial(1904, 1, 2), num(0), serial(1904, 1, 3), std::nullopt), 1));
    EXPECT_TRUE(has_value(openissues(frame, serial(1900, 1, 1), num(0), serial(1900, 1, 2), std::nullopt), 1));
}

}  // namespace
}  // namespace pmocalc::sheet
