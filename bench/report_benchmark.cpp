// Report generation against the bare bulk I/O floor, measured in one run.
//
//   report_benchmark WORKBOOK [ROUNDS]
//
// floor  = getDataArray of every input sheet in 20k-row blocks (no conversion)
//          + setDataArray of the cells the report wrote — its sheet and the
//          history rows it wrote — in 20k-row blocks (into scratch sheets,
//          removed again)
// report = the whole engine: read, analyse, lay out, write, format, charts
// Each is measured ROUNDS times (default 3) alternately; medians are printed.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "../src/office/office_session.hpp"
#include "../src/core/status_report.hpp"
#include "../src/core/reading/workbook_reader.hpp"
#include "../src/uno/document_io.hpp"
#include "../src/uno/report_engine.hpp"
#include "../src/uno/uno_values.hpp"

#include "timing.hpp"

namespace {

using namespace pmocalc;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using bench::Clock;
using bench::median;
using bench::seconds_since;

// The most memory this process has held so far, in bytes.
double peak_rss_bytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) * 1024.0;
}

// What the input's cells hold: 8 bytes per number or error, the UTF-8 bytes
// of each text; blanks nothing.
double cell_data_bytes(const Workbook& workbook) {
    double bytes = 0;
    for (const auto& sheet : workbook.sheets)
        for (std::size_t i = 0; i < sheet.cells.size(); ++i)
            switch (sheet.cells.kind(i)) {
            case CellKind::empty: break;
            case CellKind::text: bytes += static_cast<double>(sheet.cells.text(i).size()); break;
            default: bytes += 8; break;
            }
    return bytes;
}

double floor_read_seconds = 0;
constexpr sal_Int32 floor_block_rows = 20000;

// Rows of cells as setDataArray takes them: numbers, texts, blanks.
Sequence<Sequence<Any>> data_array(const std::vector<std::vector<Cell>>& rows, std::size_t first, std::size_t count,
                                   std::size_t columns) {
    Sequence<Sequence<Any>> out(static_cast<sal_Int32>(count));
    for (std::size_t r = 0; r < count; ++r) {
        Sequence<Any> row(static_cast<sal_Int32>(columns));
        const auto& cells = rows[first + r];
        for (std::size_t c = 0; c < columns; ++c) {
            const Cell& cell = c < cells.size() ? cells[c] : Cell{};
            if (const auto* number = std::get_if<double>(&cell))
                row.getArray()[c] <<= *number;
            else if (const auto* text = std::get_if<std::string>(&cell))
                row.getArray()[c] <<= uno::to_ouString(*text);
            else
                row.getArray()[c] <<= rtl::OUString();
        }
        out.getArray()[r] = std::move(row);
    }
    return out;
}

// The floor: read every sheet in bulk, write the cells the report wrote (its
// sheet, and the history rows it wrote) in bulk, into scratch sheets.
double bulk_floor(const uno::DocumentRef& document, const uno::GeneratedReport& generated,
                  const std::vector<std::string>& outputs, std::size_t& cells_read) {
    const auto start = Clock::now();
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    cells_read = 0;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const std::string name = uno::to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (std::find(outputs.begin(), outputs.end(), name) != outputs.end())
            continue;
        const auto end = uno::end_of_used_area(sheet);
        // In blocks of rows, as the report reads: one getDataArray of a
        // million rows costs more than fifty of 20,000 (and holds them all).
        for (sal_Int32 first = 0; first <= end.Row; first += floor_block_rows) {
            const sal_Int32 last = std::min(end.Row, first + floor_block_rows - 1);
            const auto values = Reference<css::sheet::XCellRangeData>(
                                    sheet->getCellRangeByPosition(0, first, end.Column, last), UNO_QUERY_THROW)
                                    ->getDataArray();
            cells_read += static_cast<std::size_t>(values.getLength()) *
                          static_cast<std::size_t>(values.getLength() ? values[0].getLength() : 0);
        }
    }
    floor_read_seconds = seconds_since(start);
    auto write = [&](const char* name, const ReportLayout& layout) {
        if (layout.rows.empty())
            return;
        document->getSheets()->insertNewByName(rtl::OUString::createFromAscii(name), sheets->getCount());
        Reference<css::sheet::XSpreadsheet> scratch(
            document->getSheets()->getByName(rtl::OUString::createFromAscii(name)), UNO_QUERY_THROW);
        for (std::size_t first = 0; first < layout.rows.size(); first += floor_block_rows) {
            const std::size_t count = std::min<std::size_t>(floor_block_rows, layout.rows.size() - first);
            Reference<css::sheet::XCellRangeData>(
                scratch->getCellRangeByPosition(0, static_cast<sal_Int32>(first),
                                                static_cast<sal_Int32>(layout.columns) - 1,
                                                static_cast<sal_Int32>(first + count) - 1),
                UNO_QUERY_THROW)
                ->setDataArray(data_array(layout.rows, first, count, layout.columns));
        }
    };
    write("pmocalc_floor", *generated.layout);
    if (generated.history_write)
        write("pmocalc_floor_history", generated.history_write->layout);
    const double elapsed = seconds_since(start);
    for (const char* name : {"pmocalc_floor", "pmocalc_floor_history"})
        if (document->getSheets()->hasByName(rtl::OUString::createFromAscii(name)))
            document->getSheets()->removeByName(rtl::OUString::createFromAscii(name));
    return elapsed;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: report_benchmark WORKBOOK [ROUNDS]\n";
        return 2;
    }
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    try {
        office::OfficeSession office;
        rtl::OUString url;
        osl::FileBase::getFileURLFromSystemPath(
            uno::to_ouString(std::filesystem::absolute(argv[1]).string()), url);
        css::beans::PropertyValue hidden;
        hidden.Name = "Hidden";
        hidden.Value <<= true;
        const auto load_start = Clock::now();
        Reference<css::sheet::XSpreadsheetDocument> document(
            office.desktop()->loadComponentFromURL(url, "_blank", 0, Sequence<css::beans::PropertyValue>(&hidden, 1)),
            UNO_QUERY_THROW);
        const double load = seconds_since(load_start);

        const ReportRequest request = request_for({}, "benchmark", {day_from_civil({2025, 10, 31}), "benchmark"});
        std::vector<double> report_times, floor_times, floor_read_times, read_times, prepare_times, write_times;
        std::size_t rows = 0, columns = 0, cells_read = 0, tasks = 0, projects = 0;
        std::vector<double> regenerate_times;
        // The report runs first, before any floor: the peak it reaches is its own.
        const double peak_before = peak_rss_bytes();
        double peak_report = 0, input_bytes = 0, workbook_bytes = 0;
        std::string created_history;
        for (int round = 0; round < rounds; ++round) {
            // Each round reports on the workbook as the user has it: the previous
            // round's report sheet, and the history sheet it created, are removed
            // first, outside the timing (each round is a first report).
            if (const auto previous = uno::existing_report_sheet(document))
                document->getSheets()->removeByName(uno::to_ouString(*previous));
            if (!created_history.empty() && document->getSheets()->hasByName(uno::to_ouString(created_history)))
                document->getSheets()->removeByName(uno::to_ouString(created_history));
            const auto start = Clock::now();
            const auto generated = uno::generate(document, request, nullptr, uno::Fetch::background);
            created_history = generated.history && generated.history->created ? generated.history->sheet_name : "";
            // What the report wrote is no input: the floor and the stages skip it.
            const std::vector<std::string> outputs{generated.sheet_name.value_or(""), created_history};
            report_times.push_back(seconds_since(start));
            if (round == 0)
                peak_report = peak_rss_bytes();
            rows = generated.layout->rows.size();
            columns = generated.layout->columns;
            tasks = generated.assessment.portfolio.tasks.size();
            projects = generated.assessment.portfolio.projects.size();
            const std::size_t history_rows = generated.history_write ? generated.history_write->layout.rows.size() : 0;
            floor_times.push_back(bulk_floor(document, generated, outputs, cells_read));
            floor_read_times.push_back(floor_read_seconds);
            std::printf("round %d              report %.3f s, floor %.3f s: %.2f (history rows written: %zu)\n", round,
                        report_times.back(), floor_times.back(), report_times.back() / floor_times.back(),
                        history_rows);
            // The same engine in its three stages, to see where the time goes.
            auto stage = Clock::now();
            const auto previous = uno::existing_report_sheet(document);
            const Workbook workbook = uno::read_workbook(document, outputs, uno::Fetch::background);
            read_times.push_back(seconds_since(stage));
            if (round == 0) {
                input_bytes = cell_data_bytes(workbook);
                for (const auto& sheet : workbook.sheets)
                    workbook_bytes += static_cast<double>(sheet.cells.memory_bytes());
            }
            stage = Clock::now();
            const Assessment assessment = assess(workbook, request);
            const ReportLayout prepared = layout_report(assessment, request);
            prepare_times.push_back(seconds_since(stage));
            if (round == 0) {
                const auto t = Clock::now();
                const auto history = history_to_write(assessment);
                std::printf("core history        %zu rows to write, laid out in %.3f s\n",
                            history ? history->layout.rows.size() : 0, seconds_since(t));
            }
            if (round == 0) {
                // The core's own stages, once.
                auto t = Clock::now();
                const Portfolio portfolio = read_portfolio(workbook, {});
                const double reading = seconds_since(t);
                t = Clock::now();
                AnalysisOptions options;
                options.status_date = portfolio.status_date.value_or(request.now.today);
                const PortfolioStatus status = analyse_portfolio(portfolio, options);
                const double analysing = seconds_since(t);
                t = Clock::now();
                const ReportLayout layout = build_report(portfolio, status, {});
                std::printf("core                read %.3f s, analyse %.3f s, lay out %.3f s\n", reading, analysing,
                            seconds_since(t));
            }
            stage = Clock::now();
            uno::write_report(document, prepared, nullptr, previous);
            write_times.push_back(seconds_since(stage));
            // Regenerating over an existing report (it replaces that sheet).
            stage = Clock::now();
            uno::generate(document, request, nullptr, uno::Fetch::background);
            regenerate_times.push_back(seconds_since(stage));
            if (round == 0)
                std::printf("diagnostics         %zu\n", assessment.portfolio.diagnostics.size());
        }
        const double report = median(report_times);
        const double floor = median(floor_times);
        std::printf("workbook            %s\n", argv[1]);
        std::printf("portfolio           %zu projects, %zu tasks, %zu cells read, report %zu x %zu cells\n", projects,
                    tasks, cells_read, rows, columns);
        std::printf("load (not counted)  %.2f s\n", load);
        std::printf("bulk I/O floor      %.3f s (median of %d)\n", floor, rounds);
        std::printf("  of which reading  %.3f s\n", median(floor_read_times));
        std::printf("report              %.3f s (median of %d)\n", report, rounds);
        std::printf("  read (bulk in)    %.3f s\n", median(read_times));
        std::printf("  analyse + layout  %.3f s\n", median(prepare_times));
        std::printf("  write (bulk out)  %.3f s\n", median(write_times));
        std::printf("report / floor      %.2f   (target <= 1.5; medians)\n", report / floor);
        std::printf("regenerate          %.3f s (over an existing report; median of %d)\n", median(regenerate_times),
                    rounds);
        std::printf("report <= 3 s       %s\n", report <= 3.0 ? "yes" : "NO");
        constexpr double mb = 1024.0 * 1024.0;
        std::printf("input cell data     %.1f MB (numbers 8 B, texts their UTF-8 bytes); held as %.1f MB of cells\n",
                    input_bytes / mb, workbook_bytes / mb);
        std::printf("memory              %.1f MB before the report, peak %.1f MB during it: +%.1f MB\n",
                    peak_before / mb, peak_report / mb, (peak_report - peak_before) / mb);
        std::printf("peak / input data   %.2f   (target <= 2; the growth during the report)\n",
                    (peak_report - peak_before) / input_bytes);
        Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
    } catch (const std::exception& e) {
        std::cerr << "report_benchmark: " << e.what() << "\n";
        return 1;
    } catch (const css::uno::Exception& e) {
        std::cerr << "report_benchmark: " << uno::to_utf8(e.Message) << "\n";
        return 1;
    }
    return 0;
}
