// The PMO_* functions against LibreOffice's own add-in and native formulas,
// measured in one run inside a real office with the freshly built extension.
//
//   function_benchmark [ROUNDS] [ROWS] [RANGE_ROWS] [ONLY]
//
// per row     ROWS rows (default 5,000) of project data; one document per
//             formula, the formula filled down a column; a full recalculation
//             (calculateAll) of each document, documents taken in turn, ROUNDS
//             times. Compared with =DELTA(A;B) (scaddins, LibreOffice's own
//             add-in: what any add-in call costs) and with =A/B (native).
// range form  one =PMO_PV over RANGE_ROWS task rows (default 100,000) against
//             the native alternative (a NETWORKDAYS helper column + SUM) and
//             against the floor: =PMO_EXPOSURE over as many cells, which does
//             nothing but take its ranges in and add them up.
// ONLY limits the per-row cases to those whose name contains it (the
// references DELTA and =A/B are always measured); RANGE_ROWS 0 skips the range form.
// Medians are printed, and the ratios the targets in docs/BENCHMARKS.md are about.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "core/calendar.hpp"
#include "support/pmocalc_office.hpp"
#include "uno/uno_values.hpp"

#include "timing.hpp"

namespace {

using namespace pmocalc;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using bench::Clock;
using bench::median;

// Calc's serial of a date in the default frame (1899-12-30 = 0).
double serial(int year, unsigned month, unsigned day) {
    return static_cast<double>(day_from_civil({year, month, day}) - day_from_civil({1899, 12, 30}));
}

Reference<css::sheet::XSpreadsheet> first_sheet(const uno::DocumentRef& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(0), UNO_QUERY_THROW);
}

void set_values(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 first_column,
                const std::vector<std::vector<Any>>& rows) {
    Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r)
        data.getArray()[r] = Sequence<Any>(rows[r].data(), static_cast<sal_Int32>(rows[r].size()));
    Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(first_column, 0, first_column + static_cast<sal_Int32>(rows[0].size()) - 1,
                                      static_cast<sal_Int32>(rows.size()) - 1),
        UNO_QUERY_THROW)
        ->setDataArray(data);
}

// Writes `formula` (for row 1) into column `column` and fills it down `rows` rows.
void fill_formula(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 rows,
                  const std::string& formula) {
    sheet->getCellByPosition(column, 0)->setFormula(uno::to_ouString(formula));
    if (rows > 1)
        Reference<css::sheet::XCellSeries>(sheet->getCellRangeByPosition(column, 0, column, rows - 1), UNO_QUERY_THROW)
            ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
}

// How many of a column's formulas gave an error (a benchmark of errors would measure the wrong path).
std::size_t errors_in(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 column, sal_Int32 rows) {
    const auto values = Reference<css::sheet::XCellRangeData>(
                            sheet->getCellRangeByPosition(column, 0, column, rows - 1), UNO_QUERY_THROW)
                            ->getDataArray();
    std::size_t errors = 0;
    for (const auto& row : values)
        errors += !row[0].hasValue();
    return errors;
}

struct Case {
    Case(std::string name_, std::string formula_) : name(std::move(name_)), formula(std::move(formula_)) {}
    std::string name;
    std::string formula;  // for row 1; relative references follow the fill
    uno::DocumentRef document;
    std::vector<double> seconds;
    std::size_t errors = 0;
};

// A project per row: EV, PV, AC, BAC, start, finish, percent complete, risk
// probability, impact, type, issue raised, closed, SPI, CPI, and in R:AK its
// cumulative PV by period (the earned-schedule curve); the status date in $P$1,
// the actual time (in periods) in $P$2.
void fill_project_rows(const Reference<css::sheet::XSpreadsheet>& sheet, int rows) {
    std::vector<std::vector<Any>> data;
    data.reserve(rows);
    const double start = serial(2025, 4, 1);
    for (int r = 0; r < rows; ++r) {
        const double ev = 100 + r % 97, pv = 110 + r % 89, ac = 105 + r % 83, bac = 1000 + r % 101;
        const double begin = start + r % 60, end = begin + 20 + r % 150;
        data.push_back({Any(ev), Any(pv), Any(ac), Any(bac), Any(begin), Any(end), Any((r % 100) / 100.0),
                        Any((r % 9 + 1) / 10.0), Any(1000.0 + r % 500),
                        Any(uno::to_ouString(r % 5 ? "threat" : "opportunity")), Any(begin),
                        Any(r % 3 ? end : serial(2026, 3, 31)), Any(ev / pv), Any(ev / ac)});
    }
    set_values(sheet, 0, data);
    set_values(sheet, 15, {{Any(serial(2025, 10, 31))}, {Any(7.0)}});
    std::vector<std::vector<Any>> curves(rows);
    for (int r = 0; r < rows; ++r)
        for (int period = 0; period < 20; ++period)
            curves[r].push_back(Any((20.0 + r % 7) * (period + 1)));
    set_values(sheet, 17, curves);
}

// Right of every data column.
constexpr sal_Int32 formula_column = 40;

std::vector<Case> per_row_cases() {
    return {
        {"native =A/B", "=A1/B1"},
        {"DELTA (scaddins)", "=DELTA(A1;B1)"},
        {"PMO_SV", "=PMO_SV(A1;B1)"},
        {"PMO_CV", "=PMO_CV(A1;C1)"},
        {"PMO_SPI", "=PMO_SPI(A1;B1)"},
        {"PMO_CPI", "=PMO_CPI(A1;C1)"},
        {"PMO_EAC", "=PMO_EAC(D1;A1;C1)"},
        {"PMO_ETC", "=PMO_ETC(D1;A1;C1)"},
        {"PMO_VAC", "=PMO_VAC(D1;A1;C1)"},
        {"PMO_TCPI", "=PMO_TCPI(D1;A1;C1)"},
        {"PMO_PV", "=PMO_PV(D1;E1;F1;$P$1)"},
        {"PMO_EV", "=PMO_EV(D1;G1)"},
        {"PMO_SLIP", "=PMO_SLIP(E1;F1)"},
        {"PMO_ES", "=PMO_ES(R1:AK1;A1)"},
        {"PMO_SVT", "=PMO_SVT(R1:AK1;A1;$P$2)"},
        {"PMO_SPIT", "=PMO_SPIT(R1:AK1;A1;$P$2)"},
        {"PMO_IEACT", "=PMO_IEACT(R1:AK1;A1;$P$2)"},
        {"PMO_EXPOSURE", "=PMO_EXPOSURE(H1;I1)"},
        {"PMO_EMV", "=PMO_EMV(H1;I1;J1)"},
        {"PMO_RAG", "=PMO_RAG(M1;N1)"},
        {"PMO_OPENISSUES", "=PMO_OPENISSUES(K1;L1;$P$1)"},
    };
}

// Task rows for the range form: budget, start, finish; the status date in $K$1;
// for the floor two columns holding as many cells as PMO_PV's three.
void fill_task_rows(const Reference<css::sheet::XSpreadsheet>& sheet, int rows) {
    std::vector<std::vector<Any>> data;
    data.reserve(rows);
    const double monday = serial(2025, 1, 6);
    for (int r = 0; r < rows; ++r) {
        // Every task starts on a working day, so the native formula never divides by 0.
        const double begin = monday + 7 * (r % 40) + r % 5, end = begin + r % 40;
        data.push_back({Any(10.0 + r % 50), Any(begin), Any(end)});
    }
    set_values(sheet, 0, data);
    std::vector<std::vector<Any>> floor;
    const int floor_rows = rows * 3 / 2;
    floor.reserve(floor_rows);
    for (int r = 0; r < floor_rows; ++r)
        floor.push_back({Any((r % 9 + 1) / 10.0), Any(100.0 + r % 50)});
    set_values(sheet, 5, floor);
    set_values(sheet, 10, {{Any(serial(2025, 10, 31))}});
}

void time_in_turn(std::vector<Case>& cases, int rounds) {
    for (int round = 0; round < rounds; ++round)
        for (auto& c : cases) {
            Reference<css::sheet::XCalculatable> calc(c.document, UNO_QUERY_THROW);
            const auto start = Clock::now();
            calc->calculateAll();
            c.seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
        }
}

double median_of(const std::vector<Case>& cases, const std::string& name) {
    for (const auto& c : cases)
        if (c.name == name)
            return median(c.seconds);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const int rows = argc > 2 ? std::max(10, std::atoi(argv[2])) : 5000;
    const int range_rows = argc > 3 ? std::atoi(argv[3]) : 100000;
    const std::string only = argc > 4 ? argv[4] : "";
    try {
        test::PmocalcOffice office;

        // Per row: one document per formula.
        std::vector<Case> cases = per_row_cases();
        std::erase_if(cases, [&](const Case& c) {
            return c.name.find(only) == std::string::npos && c.name.rfind("PMO_", 0) == 0;
        });
        for (auto& c : cases) {
            c.document = office.open_new(test::Window::hidden);
            const auto sheet = first_sheet(c.document);
            fill_project_rows(sheet, rows);
            fill_formula(sheet, formula_column, rows, c.formula);
            Reference<css::sheet::XCalculatable>(c.document, UNO_QUERY_THROW)->calculateAll();
            c.errors = errors_in(sheet, formula_column, rows);
        }
        time_in_turn(cases, rounds);
        const double native = median_of(cases, "native =A/B");
        const double delta = median_of(cases, "DELTA (scaddins)");
        std::printf("per row: %d rows x 4 columns, full recalculation, median of %d rounds\n", rows, rounds);
        std::printf("%-18s %9s %12s %9s %s\n", "formula", "recalc", "per call", "/ DELTA", "");
        bool all_within = true;
        for (const auto& c : cases) {
            const double t = median(c.seconds);
            const double per_call_us = (t - native) / rows * 1e6;
            const bool ours = c.name.rfind("PMO_", 0) == 0;
            const double ratio = t / delta;
            if (ours && ratio > 0.7)
                all_within = false;
            std::printf("%-18s %7.1f ms %9.2f us %9.2f %s%s\n", c.name.c_str(), t * 1e3, per_call_us, ratio,
                        ours ? (ratio <= 0.7 ? "" : "  ABOVE 0.7") : "",
                        c.errors ? ("  (" + std::to_string(c.errors) + " error results)").c_str() : "");
        }
        std::printf("every PMO_* <= 0.7 x DELTA: %s\n\n", all_within ? "yes" : "NO");
        for (auto& c : cases)
            Reference<css::util::XCloseable>(c.document, UNO_QUERY_THROW)->close(true);

        if (range_rows <= 0)
            return 0;
        // Range form.
        const std::string n = std::to_string(range_rows), f = std::to_string(range_rows * 3 / 2);
        std::vector<Case> range_cases = {
            {"PMO_PV range", "=PMO_PV(A1:A" + n + ";B1:B" + n + ";C1:C" + n + ";$K$1)"},
            {"native helper + SUM", ""},
            {"floor PMO_EXPOSURE", "=PMO_EXPOSURE(F1:F" + f + ";G1:G" + f + ")"},
        };
        for (auto& c : range_cases) {
            c.document = office.open_new(test::Window::hidden);
            const auto sheet = first_sheet(c.document);
            fill_task_rows(sheet, range_rows);
            if (c.formula.empty()) {
                fill_formula(sheet, 3, range_rows,
                             "=IF($K$1<B1;0;A1*NETWORKDAYS(B1;MIN($K$1;C1))/NETWORKDAYS(B1;C1))");
                sheet->getCellByPosition(11, 0)->setFormula(uno::to_ouString("=SUM(D1:D" + n + ")"));
            } else {
                sheet->getCellByPosition(11, 0)->setFormula(uno::to_ouString(c.formula));
            }
            Reference<css::sheet::XCalculatable>(c.document, UNO_QUERY_THROW)->calculateAll();
            c.errors = errors_in(sheet, 11, 1);
            c.formula = std::to_string(sheet->getCellByPosition(11, 0)->getValue());
        }
        time_in_turn(range_cases, rounds);
        const double pv = median_of(range_cases, "PMO_PV range");
        const double helper = median_of(range_cases, "native helper + SUM");
        const double floor = median_of(range_cases, "floor PMO_EXPOSURE");
        std::printf("range form: %d task rows, full recalculation, median of %d rounds\n", range_rows, rounds);
        for (const auto& c : range_cases)
            std::printf("%-20s %8.1f ms   result %s%s\n", c.name.c_str(), median(c.seconds) * 1e3, c.formula.c_str(),
                        c.errors ? "  (ERROR)" : "");
        std::printf("PMO_PV / native     %6.2f   (target <= 0.25)\n", pv / helper);
        std::printf("PMO_PV / floor      %6.2f   (target <= 1.5)\n", pv / floor);
        for (auto& c : range_cases)
            Reference<css::util::XCloseable>(c.document, UNO_QUERY_THROW)->close(true);
    } catch (const std::exception& e) {
        std::cerr << "function_benchmark: " << e.what() << "\n";
        return 1;
    } catch (const css::uno::Exception& e) {
        std::cerr << "function_benchmark: " << uno::to_utf8(e.Message) << "\n";
        return 1;
    }
    return 0;
}
