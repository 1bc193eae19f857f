// The core without UNO at the sizes a large PMO reaches: a portfolio of up to
// a million task rows read from its cells, analysed (EVM, earned schedule,
// PV curves, forecasts, slip) and laid out as the report.
//
//   build/core_benchmark [--benchmark_filter=…]   (Google Benchmark)
//
// Target (docs/BENCHMARKS.md): EVM + ES + PV over 1M task rows ≤ 150 ms on one core.

#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "core/portfolio_analysis.hpp"
#include "core/portfolio_selection.hpp"
#include "core/report_model.hpp"
#include "core/resource_load.hpp"
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

}  // namespace

BENCHMARK_MAIN();
