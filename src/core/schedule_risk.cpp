#include "schedule_risk.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>
#include <system_error>
#include <thread>

namespace pmocalc {

namespace {

using Index = std::uint32_t;
__extension__ typedef unsigned __int128 Wide;  // exact sums, the same in any order

std::uint64_t splitmix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

std::mt19937_64 block_engine(std::uint64_t seed, std::size_t block) {
    return std::mt19937_64(splitmix64(seed + 0x9E3779B97F4A7C15ULL * (block + 1)));
}

// A uniform number in [0, 1) from the top 53 bits (std::generate_canonical's
// result differs between standard libraries; this one does not).
double unit(std::uint64_t bits) { return static_cast<double>(bits >> 11) * 0x1.0p-53; }

// A task's triangular distribution, ready for drawing.
struct Sampler {
    double low, high, mode_share, below, above;
    bool fixed;

    explicit Sampler(const ThreePointEstimate& e)
        : low(e.optimistic), high(e.pessimistic),
          mode_share(e.pessimistic > e.optimistic ? (e.likely - e.optimistic) / (e.pessimistic - e.optimistic) : 0),
          below((e.pessimistic - e.optimistic) * (e.likely - e.optimistic)),
          above((e.pessimistic - e.optimistic) * (e.pessimistic - e.likely)), fixed(!(e.pessimistic > e.optimistic)) {}

    double draw(double u) const {
        if (fixed)
            return low;
        return u < mode_share ? low + std::sqrt(u * below) : high - std::sqrt((1 - u) * above);
    }
};

struct Model {
    const ScheduleNetwork& network;
    std::vector<Sampler> samplers;  // by topological position
    std::vector<ScheduleRiskEvent> events;  // task = topological position
    std::span<const Index> begin;
    std::span<const NetworkLink> links;
};

double start_allowed(const NetworkLink& link, double start, double finish, double duration) {
    switch (link.type) {
    case LinkType::finish_start: return finish + link.lag;
    case LinkType::start_start: return start + link.lag;
    case LinkType::finish_finish: return finish + link.lag - duration;
    case LinkType::start_finish: return start + link.lag - duration;
    }
    return finish;
}

double finish_allowed(const NetworkLink& link, double late_start, double late_finish, double duration) {
    switch (link.type) {
    case LinkType::finish_start: return late_start - link.lag;
    case LinkType::start_start: return late_start - link.lag + duration;
    case LinkType::finish_finish: return late_finish - link.lag;
    case LinkType::start_finish: return late_finish - link.lag + duration;
    }
    return late_start;
}

// One thread's scratch space and its share of the counts; allocated before
// the threads start, so that no worker allocates.
struct Worker {
    std::vector<double> duration, early_start, early_finish, late_finish;
    std::vector<std::uint64_t> critical_count;
    std::vector<std::uint64_t> sum_x;
    std::vector<Wide> sum_xx, sum_xy;

    Worker(std::size_t n, bool criticality, bool sensitivity)
        : duration(n), early_start(n), early_finish(n), late_finish(criticality ? n : 0),
          critical_count(criticality ? n : 0), sum_x(sensitivity ? n : 0), sum_xx(sensitivity ? n : 0),
          sum_xy(sensitivity ? n : 0) {}
};

void run_block(const Model& model, const SimulationSettings& settings, std::size_t block, Worker& w,
               std::vector<double>& finishes) {
    const std::size_t n = model.samplers.size();
    std::mt19937_64 engine = block_engine(settings.seed, block);
    const std::size_t first = block * block_iterations;
    const std::size_t last = std::min(settings.iterations, first + block_iterations);
    for (std::size_t iteration = first; iteration < last; ++iteration) {
        for (std::size_t k = 0; k < n; ++k)
            w.duration[k] = model.samplers[k].draw(unit(engine()));
        for (const ScheduleRiskEvent& event : model.events)
            if (unit(engine()) < event.probability)
                w.duration[event.task] += event.impact;
        double finish = 0;
        for (std::size_t k = 0; k < n; ++k) {
            double start = 0;
            for (Index l = model.begin[k]; l < model.begin[k + 1]; ++l) {
                const NetworkLink& link = model.links[l];
                start = std::max(start, start_allowed(link, w.early_start[link.predecessor],
                                                      w.early_finish[link.predecessor], w.duration[k]));
            }
            w.early_start[k] = start;
            w.early_finish[k] = start + w.duration[k];
            finish = std::max(finish, w.early_finish[k]);
        }
        finishes[iteration] = finish;
        if (!settings.criticality)
            continue;
        std::fill(w.late_finish.begin(), w.late_finish.end(), finish);
        const double tolerance = float_tolerance * std::max(1.0, finish);
        for (std::size_t k = n; k-- > 0;) {
            const double late_start = w.late_finish[k] - w.duration[k];
            if (w.late_finish[k] - w.early_finish[k] <= tolerance)
                ++w.critical_count[k];
            for (Index l = model.begin[k]; l < model.begin[k + 1]; ++l) {
                const NetworkLink& link = model.links[l];
                double& late = w.late_finish[link.predecessor];
                late = std::min(late, finish_allowed(link, late_start, w.late_finish[k], w.duration[link.predecessor]));
            }
        }
    }
}

// Draws the block's streams again and sums, per task, the quantile x (top 32
// bits) and its products with y = 2 × the rank of the iteration's finish.
void run_sensitivity_block(const Model& model, const SimulationSettings& settings, std::size_t block, Worker& w,
                           const std::vector<std::uint64_t>& twice_rank) {
    const std::size_t n = model.samplers.size();
    std::mt19937_64 engine = block_engine(settings.seed, block);
    const std::size_t first = block * block_iterations;
    const std::size_t last = std::min(settings.iterations, first + block_iterations);
    for (std::size_t iteration = first; iteration < last; ++iteration) {
        const std::uint64_t y = twice_rank[iteration];
        for (std::size_t k = 0; k < n; ++k) {
            const std::uint64_t x = engine() >> 32;
            w.sum_x[k] += x;
            w.sum_xx[k] += static_cast<Wide>(x * x);
            w.sum_xy[k] += static_cast<Wide>(x) * y;
        }
        for (std::size_t e = 0; e < model.events.size(); ++e)
            engine();
    }
}

// Runs `job(block, worker)` over every block on up to `threads` threads (the
// caller's included); a thread that cannot be started leaves its blocks to the others.
template <class Job>
void for_each_block(std::size_t blocks, std::vector<Worker>& workers, Job job) {
    std::atomic<std::size_t> next{0};
    auto work = [&](Worker& worker) {
        for (std::size_t block; (block = next.fetch_add(1)) < blocks;)
            job(block, worker);
    };
    std::vector<std::thread> threads;
    for (std::size_t t = 1; t < workers.size(); ++t) {
        try {
            threads.emplace_back(work, std::ref(workers[t]));
        } catch (const std::system_error&) {
            break;
        }
    }
    work(workers[0]);
    for (std::thread& thread : threads)
        thread.join();
}

}  // namespace

bool is_valid(const ThreePointEstimate& e) {
    return std::isfinite(e.optimistic) && std::isfinite(e.likely) && std::isfinite(e.pessimistic) &&
           0 <= e.optimistic && e.optimistic <= e.likely && e.likely <= e.pessimistic;
}

double triangular_quantile(const ThreePointEstimate& estimate, double u) { return Sampler(estimate).draw(u); }

SimulationResult simulate(const ScheduleNetwork& network, std::span<const ThreePointEstimate> estimates,
                          std::span<const ScheduleRiskEvent> events, const SimulationSettings& settings) {
    const std::size_t n = network.size();
    const auto order = network.topological_order();
    std::vector<Index> position(n);
    for (std::size_t k = 0; k < n; ++k)
        position[order[k]] = static_cast<Index>(k);
    Model model{network, {}, {}, network.position_begin(), network.links_by_position()};
    model.samplers.reserve(n);
    for (std::size_t k = 0; k < n; ++k)
        model.samplers.emplace_back(estimates[order[k]]);
    for (const ScheduleRiskEvent& event : events)
        model.events.push_back({position[event.task], event.probability, event.impact});

    const std::size_t blocks = (settings.iterations + block_iterations - 1) / block_iterations;
    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t thread_count = std::clamp<std::size_t>(settings.threads ? settings.threads : hardware, 1,
                                                             std::max<std::size_t>(1, blocks));
    std::vector<Worker> workers;
    workers.reserve(thread_count);
    for (std::size_t t = 0; t < thread_count; ++t)
        workers.emplace_back(n, settings.criticality, settings.sensitivity);

    SimulationResult result;
    std::vector<double> finishes(settings.iterations);
    for_each_block(blocks, workers, [&](std::size_t block, Worker& worker) {
        run_block(model, settings, block, worker, finishes);
    });

    if (settings.criticality) {
        result.criticality.assign(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
            std::uint64_t count = 0;
            for (const Worker& worker : workers)
                count += worker.critical_count[k];
            result.criticality[order[k]] = static_cast<double>(count) / static_cast<double>(settings.iterations);
        }
    }

    if (settings.sensitivity) {
        // Average ranks 1..N (ties share theirs), doubled to stay whole numbers.
        const std::size_t count = settings.iterations;
        std::vector<Index> by_finish(count);
        std::iota(by_finish.begin(), by_finish.end(), 0);
        std::stable_sort(by_finish.begin(), by_finish.end(),
                         [&](Index a, Index b) { return finishes[a] < finishes[b]; });
        std::vector<std::uint64_t> twice_rank(count);
        for (std::size_t i = 0; i < count;) {
            std::size_t j = i;
            while (j + 1 < count && finishes[by_finish[j + 1]] == finishes[by_finish[i]])
                ++j;
            for (std::size_t t = i; t <= j; ++t)
                twice_rank[by_finish[t]] = i + j + 2;  // 2 × the mean of ranks i+1 … j+1
            i = j + 1;
        }
        for_each_block(blocks, workers, [&](std::size_t block, Worker& worker) {
            run_sensitivity_block(model, settings, block, worker, twice_rank);
        });
        long double sum_y = 0, sum_yy = 0;
        for (std::uint64_t y : twice_rank) {
            sum_y += static_cast<long double>(y);
            sum_yy += static_cast<long double>(y) * static_cast<long double>(y);
        }
        const long double count_l = static_cast<long double>(count);
        const long double spread_y = count_l * sum_yy - sum_y * sum_y;
        result.sensitivity.assign(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
            if (model.samplers[k].fixed || spread_y <= 0)
                continue;
            Wide sx = 0, sxx = 0, sxy = 0;
            for (const Worker& worker : workers) {
                sx += worker.sum_x[k];
                sxx += worker.sum_xx[k];
                sxy += worker.sum_xy[k];
            }
            const long double x = static_cast<long double>(sx);
            const long double spread_x = count_l * static_cast<long double>(sxx) - x * x;
            if (spread_x <= 0)
                continue;
            const long double covariance = count_l * static_cast<long double>(sxy) - x * sum_y;
            result.sensitivity[order[k]] = static_cast<double>(covariance / std::sqrt(spread_x * spread_y));
        }
    }

    std::sort(finishes.begin(), finishes.end());
    result.finishes = std::move(finishes);
    return result;
}

double SimulationResult::percentile(double p) const {
    if (finishes.empty())
        return 0;
    const double h = std::clamp(p, 0.0, 1.0) * static_cast<double>(finishes.size() - 1);
    const std::size_t low = static_cast<std::size_t>(std::floor(h));
    if (low + 1 >= finishes.size())
        return finishes.back();
    return finishes[low] + (h - static_cast<double>(low)) * (finishes[low + 1] - finishes[low]);
}

double SimulationResult::probability_within(double target) const {
    if (finishes.empty())
        return 0;
    const double limit = target + float_tolerance * std::max(1.0, std::abs(target));
    const auto within = std::upper_bound(finishes.begin(), finishes.end(), limit) - finishes.begin();
    return static_cast<double>(within) / static_cast<double>(finishes.size());
}

double SimulationResult::mean() const {
    if (finishes.empty())
        return 0;
    long double sum = 0;
    for (double f : finishes)
        sum += f;
    return static_cast<double>(sum / static_cast<long double>(finishes.size()));
}

}  // namespace pmocalc
