// Predecessor cells and schedule networks: arbitrary IDs and predecessor
// texts (the syntax's pieces — IDs, FS/SS/FF/SF, signs, lags, units, every
// separator, full-width forms — mixed with raw bytes), then the critical path
// and a small Monte Carlo over whatever network they make. Invariants: every
// problem has a message; a network orders each task after its predecessors;
// early starts are never before 0; floats are consistent; the Monte Carlo of
// fixed estimates is the critical path exactly, and its results do not depend
// on the number of threads.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "core/predecessors.hpp"
#include "core/schedule_network.hpp"
#include "core/schedule_risk.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;

namespace {

constexpr std::string_view pieces[] = {"1", "2", "3", "12", "A", "a", "T-1", "1.1", "FS", "SS", "FF", "SF", "fs",
                                       "+", "-", "−", "2", "0.5", ".", "d", "days", "日", "日間", "%", ",", ";",
                                       "，", "、", "；", " ", "　", "３", "ＦＳ", "＋", "x"};

std::string id_text(FuzzInput& in) {
    switch (in.byte() % 4) {
    case 0: return std::to_string(in.byte() % 24 + 1);
    case 1: return std::string(1, static_cast<char>('A' + in.byte() % 8));
    case 2: return std::string(pieces[in.byte() % std::size(pieces)]);
    default: return in.bytes(in.byte() % 6);
    }
}

std::string predecessor_text(FuzzInput& in) {
    std::string out;
    const int parts = in.byte() % 10;
    for (int p = 0; p < parts; ++p)
        out += in.flag() ? std::string(pieces[in.byte() % std::size(pieces)]) : id_text(in);
    return out;
}

double duration(FuzzInput& in) {
    static constexpr double values[] = {0, 1, 2, 3, 5, 0.5, 0.1, 0.2, 10, 44, 1e6};
    return values[in.byte() % std::size(values)];
}

void check_parse(std::string_view cell) {
    for (const PredecessorEntry& entry : parse_predecessors(cell)) {
        PMO_FUZZ_CHECK(!entry.text.empty());
        PMO_FUZZ_CHECK(!entry.readings.empty());
        for (const PredecessorReading& reading : entry.readings) {
            PMO_FUZZ_CHECK(!reading.id.empty());
            PMO_FUZZ_CHECK(std::isfinite(reading.lag));
        }
    }
}

void check_critical_path(const ScheduleNetwork& network, const std::vector<double>& durations) {
    const std::size_t n = network.size();
    const CriticalPath cpm = critical_path(network, durations);
    double latest = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double tolerance = 1e-6 * std::max(1.0, cpm.finish);
        PMO_FUZZ_CHECK(cpm.early_start[i] >= 0);
        PMO_FUZZ_CHECK(cpm.early_finish[i] == cpm.early_start[i] + durations[i]);
        PMO_FUZZ_CHECK(cpm.total_float[i] >= -tolerance);
        PMO_FUZZ_CHECK(cpm.free_float[i] >= -tolerance);
        PMO_FUZZ_CHECK(cpm.free_float[i] <= cpm.total_float[i] + tolerance);
        latest = std::max(latest, cpm.early_finish[i]);
    }
    PMO_FUZZ_CHECK(cpm.finish == latest);
    PMO_FUZZ_CHECK((n == 0) == cpm.driving_path.empty());
    for (std::size_t k = 1; k < cpm.driving_path.size(); ++k) {
        const auto links = network.predecessors_of(cpm.driving_path[k]);
        PMO_FUZZ_CHECK(std::any_of(links.begin(), links.end(), [&](const NetworkLink& link) {
            return link.predecessor == cpm.driving_path[k - 1];
        }));
    }
    if (n == 0)
        return;

    std::vector<ThreePointEstimate> fixed;
    for (double d : durations)
        fixed.push_back({d, d, d});
    SimulationSettings settings;
    settings.iterations = 100;
    const SimulationResult exact = simulate(network, fixed, {}, settings);
    PMO_FUZZ_CHECK(exact.finishes.front() == cpm.finish && exact.finishes.back() == cpm.finish);

    std::vector<ThreePointEstimate> spread;
    for (double d : durations)
        spread.push_back({d * 0.9, d, d * 1.3});
    settings.iterations = 600;  // two blocks
    settings.threads = 1;
    const SimulationResult one = simulate(network, spread, {}, settings);
    settings.threads = 3;
    const SimulationResult three = simulate(network, spread, {}, settings);
    PMO_FUZZ_CHECK(one.finishes == three.finishes);
    PMO_FUZZ_CHECK(one.criticality == three.criticality);
    PMO_FUZZ_CHECK(one.sensitivity == three.sensitivity);
    PMO_FUZZ_CHECK(std::is_sorted(one.finishes.begin(), one.finishes.end()));
    for (std::size_t i = 0; i < n; ++i) {
        PMO_FUZZ_CHECK(one.criticality[i] >= 0 && one.criticality[i] <= 1);
        PMO_FUZZ_CHECK(one.sensitivity[i] >= -1 - 1e-9 && one.sensitivity[i] <= 1 + 1e-9);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const std::size_t n = in.byte() % 40;
    std::vector<NetworkTask> tasks;
    std::vector<double> durations;
    for (std::size_t i = 0; i < n; ++i) {
        NetworkTask task{in.flag() ? std::to_string(i + 1) : id_text(in), predecessor_text(in)};
        if (task.id.empty())
            task.id = "#" + std::to_string(i);
        check_parse(task.predecessors);
        tasks.push_back(std::move(task));
        durations.push_back(duration(in));
    }
    const NetworkBuild build = build_network(tasks);
    PMO_FUZZ_CHECK(build.network.has_value() == build.problems.empty());
    for (const NetworkProblem& problem : build.problems) {
        PMO_FUZZ_CHECK(problem.task < n);
        PMO_FUZZ_CHECK(!problem.message.render(Language::en).empty());
        PMO_FUZZ_CHECK(!problem.message.render(Language::ja).empty());
    }
    if (!build.network)
        return 0;
    const ScheduleNetwork& network = *build.network;
    PMO_FUZZ_CHECK(network.size() == n);
    std::vector<std::size_t> position(n, n);
    const auto order = network.topological_order();
    for (std::size_t k = 0; k < order.size(); ++k) {
        PMO_FUZZ_CHECK(order[k] < n && position[order[k]] == n);
        position[order[k]] = k;
    }
    for (std::size_t i = 0; i < n; ++i)
        for (const NetworkLink& link : network.predecessors_of(i))
            PMO_FUZZ_CHECK(position[link.predecessor] < position[i]);
    check_critical_path(network, durations);
    return 0;
}
