// The core without UNO at the sizes a large PMO reaches: a portfolio of up to
// a million task rows read from its cells, analysed (EVM, earned schedule,
// PV curves, forecasts, slip) and laid out as the report.
//
//   build/core_benchmark [--benchmark_filter=…]   (Google Benchmark)
//
// Targets (docs/BENCHMARKS.md): EVM + ES + PV over 1M task rows ≤ 150 ms on one
// core; a P6 export of 10,000 activities read in under 2 s (issue 25).

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/portfolio_analysis.hpp"
#include "core/portfolio_selection.hpp"
#include "core/report_model.hpp"
#include "core/resource_load.hpp"
#include "core/schedules/schedule_file.hpp"
#include "core/schedules/schedule_sheets.hpp"
#include "core/workbook.hpp"
#include "core/reading/workbook_reader.hpp"

namespace {

using namespace pmocalc;

constexpr std::size_t tasks_per_project = 500;
const Day status_date = day_from_civil({2025, 10, 31});

// A deterministic portfolio shaped like tools/generate_portfolio.py's: each
// project a chain of tasks over about a year, some done, some late, some with
// actual costs and PM forecasts, a milestone in twenty.
Portfolio make_portfolio(std::size_t task_count) {
    Portfolio portfolio;
    const std::size_t projects = std::max<std::size_t>(1, task_count / tasks_per_project);
    const Day first = day_from_civil({2025, 1, 6});
    for (std::size_t p = 0; p < projects; ++p)
    {
        std::string id = "P", name = "Project ";
        id += std::to_string(p);
        name += std::to_string(p);
        portfolio.projects.push_back({std::move(id), std::move(name), "", "", ""});
    }
    portfolio.tasks.reserve(task_count);
    for (std::size_t i = 0; i < task_count; ++i) {
        const std::size_t p = i / tasks_per_project, k = i % tasks_per_project;
        Task task;
        task.project_id = portfolio.projects[p].id;
        task.id = std::to_string(k + 1);
        task.name = "Task ";
        task.name += task.id;
        task.budget = 10.0 + static_cast<double>(i % 37);
        task.start = first + static_cast<Day>(p % 60 + k * 2 / 3);
        task.finish = task.start + static_cast<Day>(1 + i % 19);
        task.milestone = k % 20 == 19;
        if (task.finish < status_date) {
            task.percent_complete = i % 11 == 0 ? 0.8 : 1.0;
            if (task.percent_complete == 1.0)
                task.actual_finish = task.finish + static_cast<Day>(i % 5);
        } else if (task.start < status_date) {
            task.percent_complete = 0.4;
            if (i % 7 == 0)
                task.forecast_finish = task.finish + 9;
        }
        if (i % 3 != 0)
            task.actual_cost = task.budget * task.percent_complete * (0.9 + static_cast<double>(i % 5) * 0.05);
        task.source = {"Tasks", i + 1};
        portfolio.tasks.push_back(std::move(task));
    }
    portfolio.status_date = status_date;
    return portfolio;
}

// The same portfolio as the cells of a task sheet (what the reader gets from
// Calc); `staffed`: as the generator's workbooks, an owner per task from a team
// of three per project and an Assignments row per task but a milestone.
Workbook make_workbook(const Portfolio& portfolio, bool staffed = false) {
    std::vector<std::string> headers = {"Project ID", "Task ID", "Task", "Budget", "Start", "Finish",
                                        "% Complete", "Actual Cost", "Forecast Finish", "Actual Finish"};
    if (staffed)
        headers.push_back("Owner");
    auto person = [](std::size_t i) {
        const std::size_t project = i / tasks_per_project;
        return "Person " + std::to_string((project * 7 + i % 3) % 100);
    };
    CellRange cells, assignments;
    cells.reserve((portfolio.tasks.size() + 1) * headers.size());
    for (const auto& header : headers)
        cells.push_text(header);
    for (const char* header : {"Resource", "Project ID", "Task", "Start", "Finish", "Allocation"})
        assignments.push_text(header);
    std::size_t assignment_rows = 0;
    for (std::size_t i = 0; i < portfolio.tasks.size(); ++i) {
        const Task& task = portfolio.tasks[i];
        cells.push_text(task.project_id);
        cells.push_text(task.id);
        cells.push_text(task.name);
        cells.push_number(task.budget);
        cells.push_number(static_cast<double>(task.start));
        cells.push_number(static_cast<double>(task.finish));
        cells.push_number(task.percent_complete);
        task.actual_cost ? cells.push_number(*task.actual_cost) : cells.push_empty();
        task.forecast_finish ? cells.push_number(static_cast<double>(*task.forecast_finish)) : cells.push_empty();
        task.actual_finish ? cells.push_number(static_cast<double>(*task.actual_finish)) : cells.push_empty();
        if (!staffed)
            continue;
        if (task.milestone) {
            cells.push_empty();
            continue;
        }
        cells.push_text(person(i));
        assignments.push_text(person(i));
        assignments.push_text(task.project_id);
        assignments.push_text(task.id);
        assignments.push_number(static_cast<double>(task.start));
        assignments.push_number(static_cast<double>(task.finish));
        assignments.push_number(0.2 + static_cast<double>(i % 4) * 0.1);
        ++assignment_rows;
    }
    cells.shape(portfolio.tasks.size() + 1, headers.size());
    CellRange date(1, 2, {std::string("Status date"), static_cast<double>(status_date)});
    Workbook workbook;
    workbook.sheets.push_back({"Status", std::move(date)});
    workbook.sheets.push_back({"Tasks", std::move(cells)});
    if (staffed) {
        assignments.shape(assignment_rows + 1, 6);
        workbook.sheets.push_back({"Assignments", std::move(assignments)});
    }
    return workbook;
}

void BM_Analyse(benchmark::State& state) {
    const Portfolio portfolio = make_portfolio(static_cast<std::size_t>(state.range(0)));
    AnalysisOptions options;
    options.status_date = status_date;
    for (auto _ : state) {
        PortfolioStatus status = analyse_portfolio(portfolio, options);
        benchmark::DoNotOptimize(status);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_Analyse)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// Arg 1: 1 = with owners and an Assignments sheet (the tasks are then looked
// up by project and ID for every assignment).
void BM_ReadPortfolio(benchmark::State& state) {
    const Workbook workbook =
        make_workbook(make_portfolio(static_cast<std::size_t>(state.range(0))), state.range(1) != 0);
    for (auto _ : state) {
        Portfolio portfolio = read_portfolio(workbook, {});
        benchmark::DoNotOptimize(portfolio);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    double bytes = 0;
    for (const auto& sheet : workbook.sheets)
        bytes += static_cast<double>(sheet.cells.memory_bytes());
    state.counters["cell MB"] = bytes / 1e6;
}
BENCHMARK(BM_ReadPortfolio)
    ->Args({100'000, 0})
    ->Args({100'000, 1})
    ->Args({1'000'000, 0})
    ->Args({1'000'000, 1})
    ->Unit(benchmark::kMillisecond);

void BM_LayOutReport(benchmark::State& state) {
    const Portfolio portfolio = make_portfolio(static_cast<std::size_t>(state.range(0)));
    AnalysisOptions options;
    options.status_date = status_date;
    const PortfolioStatus status = analyse_portfolio(portfolio, options);
    for (auto _ : state) {
        ReportLayout layout = build_report(portfolio, status, {});
        benchmark::DoNotOptimize(layout);
    }
}
BENCHMARK(BM_LayOutReport)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

// People across projects at issue 11's size: 200 projects × 500 tasks, each
// task assigned to one of 300 people at 50–100 % (about 333 rows a person over
// the year, so nearly every person-week is over capacity: the worst case for
// listing what causes each overload), plus a row a person over three years.
void BM_ResourceLoad(benchmark::State& state) {
    const Portfolio portfolio = make_portfolio(static_cast<std::size_t>(state.range(0)));
    constexpr std::size_t people = 300;
    ResourceRecords records;
    records.has_assignment_sheet = true;
    records.assignments.reserve(portfolio.tasks.size() + people);
    for (std::size_t i = 0; i < portfolio.tasks.size(); ++i) {
        const Task& task = portfolio.tasks[i];
        Assignment a;
        a.person = "Person " + std::to_string(i % people);
        a.project_id = task.project_id;
        a.task_id = task.id;
        a.task_name = task.name;
        a.start = task.start;
        a.finish = task.finish;
        a.allocation = 0.5 + static_cast<double>(i % 3) * 0.25;
        a.source = task.source;
        records.assignments.push_back(std::move(a));
    }
    for (std::size_t p = 0; p < people; ++p) {
        Assignment a;
        a.person = "Person " + std::to_string(p);
        a.project_id = "P0";
        a.start = day_from_civil({2024, 1, 1});
        a.finish = day_from_civil({2026, 12, 31});
        a.allocation = 0.1;
        records.assignments.push_back(std::move(a));
    }
    const WorkCalendar calendar;
    std::size_t overloads = 0;
    for (auto _ : state) {
        ResourceLoad load = analyse_resource_load(records, calendar, status_date);
        overloads = load.overloads.size();
        benchmark::DoNotOptimize(load);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(records.assignments.size()));
    state.counters["overloads"] = static_cast<double>(overloads);
}
BENCHMARK(BM_ResourceLoad)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Choosing projects (issue 11): 200 candidates must solve exactly in well under
// a second. Arg 0: value unrelated to cost; 1: value ≈ cost (the hard case for
// the bound); 2: unrelated, with a people limit as well.
void BM_SelectProjects(benchmark::State& state) {
    std::mt19937 rng(42);
    std::vector<SelectionCandidate> candidates(200);
    double cost_sum = 0, people_sum = 0;
    for (auto& c : candidates) {
        c.cost = 1'000'000.0 * (1 + rng() % 100);
        c.value = state.range(0) == 1 ? c.cost * (1 + (rng() % 200) / 1000.0) : 1.0 + rng() % 10'000;
        c.people = static_cast<double>(rng() % 6);
        cost_sum += c.cost;
        people_sum += c.people;
    }
    SelectionLimits limits{cost_sum / 2, std::nullopt};
    if (state.range(0) == 2)
        limits.people = people_sum / 3;
    std::size_t nodes = 0;
    for (auto _ : state) {
        auto result = select_candidates(candidates, limits);
        nodes = result ? result->nodes : 0;
        benchmark::DoNotOptimize(result);
    }
    state.counters["nodes"] = static_cast<double>(nodes);
}
BENCHMARK(BM_SelectProjects)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// A Primavera P6 export as P6 writes one: a WBS of 100 elements, `activities`
// activities in chains of 20 with a start-to-start link across chains, a
// calendar with holidays, a resource on every activity.
std::string make_xer(std::size_t activities) {
    std::string x = "ERMHDR\t19.12\t2025-01-06\tProject\tadmin\tAdmin\tdbxDatabaseNoName\tProject Management\tUSD\n";
    x += "%T\tCALENDAR\n%F\tclndr_id\tdefault_flag\tclndr_name\tday_hr_cnt\tclndr_data\n";
    x += "%R\t1\tY\tStandard\t8\t(0||CalendarData()(  (0||DaysOfWeek()(    (0||1()())";
    for (int d = 2; d <= 6; ++d)
        x += "    (0||" + std::to_string(d) + "()(      (0||0(s|08:00|f|12:00)())      (0||1(s|13:00|f|17:00)())))";
    x += "    (0||7()()))  (0||Exceptions()(    (0||0(d|45658)())    (0||1(d|45772)()))))\n";
    x += "%T\tPROJECT\n%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date\n";
    x += "%R\t1\tBIG\t1\t2025-06-30 17:00\t2025-01-06 08:00\n";
    x += "%T\tPROJWBS\n%F\twbs_id\tproj_id\tproj_node_flag\tseq_num\twbs_short_name\twbs_name\tparent_wbs_id\n";
    x += "%R\t1\t1\tY\t0\tBIG\tA large plan\t\n";
    for (int w = 2; w <= 101; ++w)
        x += "%R\t" + std::to_string(w) + "\t1\tN\t" + std::to_string(w) + "\tW" + std::to_string(w) + "\tWork package " +
             std::to_string(w) + "\t1\n";
    x += "%T\tTASK\n%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_code\ttask_name\ttask_type\tstatus_code"
         "\ttarget_drtn_hr_cnt\tearly_start_date\tearly_end_date\ttarget_start_date\ttarget_end_date\n";
    const Day first = day_from_civil({2025, 1, 6});
    for (std::size_t a = 0; a < activities; ++a) {
        const Day start = first + static_cast<Day>(a % 20) * 7;
        const std::string s = iso_date(start), f = iso_date(start + 4);
        x += "%R\t" + std::to_string(1000 + a) + "\t1\t" + std::to_string(2 + a % 100) + "\t1\tA" + std::to_string(a) +
             "\tActivity " + std::to_string(a) + "\tTT_Task\tTK_NotStart\t40\t" + s + " 08:00\t" + f + " 17:00\t" + s +
             " 08:00\t" + f + " 17:00\n";
    }
    x += "%T\tTASKPRED\n%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt\n";
    for (std::size_t a = 1; a < activities; ++a) {
        if (a % 20 != 0)
            x += "%R\t" + std::to_string(a) + "\t" + std::to_string(1000 + a) + "\t" + std::to_string(999 + a) + "\tPR_FS\t0\n";
        if (a >= 20 && a % 7 == 0)
            x += "%R\t" + std::to_string(100000 + a) + "\t" + std::to_string(1000 + a) + "\t" + std::to_string(980 + a) +
                 "\tPR_SS\t8\n";
    }
    x += "%T\tRSRC\n%F\trsrc_id\trsrc_name\trsrc_short_name\n%R\t1\tEngineer\tENG\n";
    x += "%T\tTASKRSRC\n%F\ttaskrsrc_id\ttask_id\trsrc_id\ttarget_qty\ttarget_qty_per_hr\ttarget_cost\n";
    for (std::size_t a = 0; a < activities; ++a)
        x += "%R\t" + std::to_string(a) + "\t" + std::to_string(1000 + a) + "\t1\t40\t1\t4000\n";
    return x + "%E\n";
}

// Reading a P6 export of `activities` activities into the schedule model,
// and (Arg 1) on into pmocalc's sheets, as pmocalc-report and Import Schedule… do.
void BM_ReadXer(benchmark::State& state) {
    const std::string xer = make_xer(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto read = read_xer(xer);
        if (!read)
            state.SkipWithError(read.problem().reason().c_str());
        else if (state.range(1) == 1)
            benchmark::DoNotOptimize(schedule_sheets(*read, "big.xer", Language::en));
        benchmark::DoNotOptimize(read);
    }
    state.counters["MB"] = static_cast<double>(xer.size()) / 1e6;
}
BENCHMARK(BM_ReadXer)->Args({10'000, 0})->Args({10'000, 1})->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
