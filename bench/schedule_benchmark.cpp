// Schedule networks at PMO scale (issue 9): the critical path method over a
// 100k-task network, reading such a network from its predecessor cells, and
// the Monte Carlo of 1,000 tasks × 10,000 iterations on one thread and on all.
//
//   build/schedule_benchmark [--benchmark_filter=…]   (Google Benchmark)
//   build/schedule_benchmark --write-network DIR [TASKS=1000] [ITERATIONS=10000]
//       writes DIR/network-TASKS.csv (id, optimistic, likely, pessimistic,
//       predecessors as typed), DIR/events-TASKS.csv (task id, probability,
//       impact), DIR/finishes-TASKS.f64 (the C++ Monte Carlo's finishes,
//       ascending, raw little-endian doubles) and DIR/cpm-TASKS.txt (the CPM
//       finish at the likely and at the pessimistic durations), for the numpy
//       reference to check it simulates the same model (bench/schedule_reference.py).
//
// Targets (docs/BENCHMARKS.md): Monte Carlo 1,000 tasks × 10,000 iterations
// ≤ 1 s on 2 cores and ≥ 5 × faster than the numpy reference; CPM over 100k
// tasks reported.

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "core/schedule_network.hpp"
#include "core/schedule_risk.hpp"

namespace {

using namespace pmocalc;

constexpr std::uint64_t network_seed = 9;

// A network shaped like a real one: each task after the first has 1–3
// distinct predecessors among the previous 50 tasks, 70 % FS, 15 % SS, 15 % FF,
// lags mostly 0, sometimes +1 to +3 days or a 1-day lead; likely durations of
// 1–20 days, optimistic 60–100 % and pessimistic 100–200 % of it; every 50th
// task a milestone (0 days); one risk event per 50 tasks (10–50 %, +1–10 days).
// Drawn with plain integer arithmetic on std::mt19937_64 (the same on every
// standard library).
struct GeneratedNetwork {
    std::vector<NetworkTask> tasks;
    std::vector<ThreePointEstimate> estimates;
    std::vector<double> likely, pessimistic;
    std::vector<ScheduleRiskEvent> events;
};

GeneratedNetwork generate(std::size_t count) {
    std::mt19937_64 engine(network_seed);
    auto below = [&](std::uint64_t n) { return engine() % n; };
    auto fraction = [&] { return static_cast<double>(engine() >> 11) * 0x1.0p-53; };
    GeneratedNetwork g;
    g.tasks.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        NetworkTask task{std::to_string(i + 1), {}};
        const std::size_t window = std::min<std::size_t>(i, 50);
        const std::size_t links = std::min<std::size_t>(window, 1 + below(3));
        std::vector<std::size_t> chosen;
        while (chosen.size() < links) {
            const std::size_t p = i - 1 - below(window);
            if (std::find(chosen.begin(), chosen.end(), p) != chosen.end())
                continue;
            chosen.push_back(p);
            if (!task.predecessors.empty())
                task.predecessors += ';';
            task.predecessors += std::to_string(p + 1);
            const auto type = below(100);
            if (type >= 85)
                task.predecessors += "FF";
            else if (type >= 70)
                task.predecessors += "SS";
            const auto lag = below(10);
            if (lag == 9)
                task.predecessors += (type >= 70 ? "-1" : "FS-1");
            else if (lag >= 6)
                task.predecessors += (type >= 70 ? "+" : "FS+") + std::to_string(lag - 5);
        }
        ThreePointEstimate e;
        if (i % 50 != 49) {
            e.likely = static_cast<double>(1 + below(20));
            e.optimistic = e.likely * (0.6 + 0.4 * fraction());
            e.pessimistic = e.likely * (1.0 + fraction());
        }
        g.tasks.push_back(std::move(task));
        g.estimates.push_back(e);
        g.likely.push_back(e.likely);
        g.pessimistic.push_back(e.pessimistic);
    }
    for (std::size_t k = 0; k < count / 50; ++k) {
        const auto task = static_cast<std::uint32_t>(below(count));
        const double probability = 0.1 + 0.4 * fraction();
        g.events.push_back({task, probability, static_cast<double>(1 + below(10))});
    }
    return g;
}

ScheduleNetwork network_of(const GeneratedNetwork& g) {
    NetworkBuild build = build_network(g.tasks);
    if (!build.network) {
        std::cerr << "schedule_benchmark: the generated network has " << build.problems.size() << " problems\n";
        std::exit(1);
    }
    return std::move(*build.network);
}

struct Fixture {
    GeneratedNetwork generated;
    ScheduleNetwork network;
    explicit Fixture(std::size_t count) : generated(generate(count)), network(network_of(generated)) {}
};

const Fixture& fixture(std::size_t count) {
    static const Fixture large(100'000), monte_carlo(1'000);
    return count == large.generated.tasks.size() ? large : monte_carlo;
}

void BM_BuildNetwork(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        NetworkBuild build = build_network(f.generated.tasks);
        benchmark::DoNotOptimize(build);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["links"] = static_cast<double>(f.network.link_count());
}
BENCHMARK(BM_BuildNetwork)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_CriticalPath(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
    double finish = 0;
    for (auto _ : state) {
        CriticalPath cpm = critical_path(f.network, f.generated.likely);
        finish = cpm.finish;
        benchmark::DoNotOptimize(cpm);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.counters["finish"] = finish;
}
BENCHMARK(BM_CriticalPath)->Arg(100'000)->Unit(benchmark::kMillisecond);

// Args: tasks, iterations, threads (0: all the machine has), criticality and
// sensitivity (1) or the forward pass only (0). Wall-clock time.
void BM_MonteCarlo(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<std::size_t>(state.range(0)));
    SimulationSettings settings;
    settings.iterations = static_cast<std::size_t>(state.range(1));
    settings.threads = static_cast<unsigned>(state.range(2));
    settings.criticality = settings.sensitivity = state.range(3) != 0;
    SimulationResult result;
    for (auto _ : state) {
        result = simulate(f.network, f.generated.estimates, f.generated.events, settings);
        benchmark::DoNotOptimize(result);
    }
    state.counters["P50"] = result.percentile(0.5);
    state.counters["P80"] = result.percentile(0.8);
}
BENCHMARK(BM_MonteCarlo)
    ->ArgNames({"tasks", "iterations", "threads", "crit_sens"})
    ->Args({1'000, 10'000, 1, 0})
    ->Args({1'000, 10'000, 0, 0})
    ->Args({1'000, 10'000, 1, 1})
    ->Args({1'000, 10'000, 0, 1})
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);

int write_network(const std::string& dir, std::size_t count, std::size_t iterations) {
    const GeneratedNetwork g = generate(count);
    const ScheduleNetwork network = network_of(g);
    const std::string suffix = "-" + std::to_string(count);
    {
        std::ofstream out(dir + "/network" + suffix + ".csv");
        out.precision(17);
        out << "id,optimistic,likely,pessimistic,predecessors\n";
        for (std::size_t i = 0; i < count; ++i)
            out << g.tasks[i].id << ',' << g.estimates[i].optimistic << ',' << g.estimates[i].likely << ','
                << g.estimates[i].pessimistic << ',' << g.tasks[i].predecessors << '\n';
    }
    {
        std::ofstream out(dir + "/events" + suffix + ".csv");
        out.precision(17);
        out << "task,probability,impact\n";
        for (const ScheduleRiskEvent& e : g.events)
            out << g.tasks[e.task].id << ',' << e.probability << ',' << e.impact << '\n';
    }
    {
        std::ofstream out(dir + "/cpm" + suffix + ".txt");
        out.precision(17);
        out << critical_path(network, g.likely).finish << ' ' << critical_path(network, g.pessimistic).finish << '\n';
    }
    SimulationSettings settings;
    settings.iterations = iterations;
    const SimulationResult result = simulate(network, g.estimates, g.events, settings);
    std::ofstream out(dir + "/finishes" + suffix + ".f64", std::ios::binary);
    out.write(reinterpret_cast<const char*>(result.finishes.data()),
              static_cast<std::streamsize>(result.finishes.size() * sizeof(double)));
    return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 3 && std::string(argv[1]) == "--write-network")
        return write_network(argv[2], argc > 3 ? std::stoul(argv[3]) : 1'000,
                             argc > 4 ? std::stoul(argv[4]) : default_iterations);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
