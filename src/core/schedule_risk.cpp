#include "schedule_risk.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
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

// std::mt19937_64's exact stream (the same seeding, state and tempering, so a
// seed gives what the standard engine gives) with a branch-free twist: the
// library's twist branches on a random bit and mispredicts half the time,
// which made drawing a third of the Monte Carlo's cost.
class Mt19937_64 {
    static constexpr int n = 312, m = 156;
    static constexpr std::uint64_t a = 0xB5026F5AA96619E9ULL, upper = ~0ULL << 31, lower = ~upper;
    std::uint64_t x[n];
    int i = n;
    void twist() {
        for (int k = 0; k < n - m; ++k) {
            const std::uint64_t y = (x[k] & upper) | (x[k + 1] & lower);
            x[k] = x[k + m] ^ (y >> 1) ^ (-(y & 1) & a);
        }
        for (int k = n - m; k < n - 1; ++k) {
            const std::uint64_t y = (x[k] & upper) | (x[k + 1] & lower);
            x[k] = x[k + m - n] ^ (y >> 1) ^ (-(y & 1) & a);
        }
        const std::uint64_t y = (x[n - 1] & upper) | (x[0] & lower);
        x[n - 1] = x[m - 1] ^ (y >> 1) ^ (-(y & 1) & a);
        i = 0;
    }
public:
    explicit Mt19937_64(std::uint64_t seed) {
        x[0] = seed;
        for (int k = 1; k < n; ++k) x[k] = 6364136223846793005ULL * (x[k - 1] ^ (x[k - 1] >> 62)) + k;
    }
    std::uint64_t operator()() {
        if (i >= n) twist();
        std::uint64_t z = x[i++];
        z ^= (z >> 29) & 0x5555555555555555ULL;
        z ^= (z << 17) & 0x71D67FFFEDA60000ULL;
        z ^= (z << 37) & 0xFFF7EEE000000000ULL;
        return z ^ (z >> 43);
    }
};

Mt19937_64 block_engine(std::uint64_t seed, std::size_t block) {
    return Mt19937_64(simulation_block_seed(seed, block));
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

// The model as flat arrays by topological position, shaped for the passes:
// a triangular draw is one square root and no branch, and each link's type is
// data (which end of the predecessor it reads, whether a duration enters)
// rather than a branch per link and iteration.
struct Model {
    // Durations: u < mode_share ? low + √(u·below) : high − √((1−u)·above); a
    // fixed duration has mode_share 2, below 0 (always low + √0).
    std::vector<double> low, high, mode_share, below, above;
    std::vector<char> fixed;
    std::vector<ScheduleRiskEvent> events;  // task = topological position
    std::span<const Index> begin;           // position k's links: begin[k] .. begin[k+1]
    // Per link: early[source] is the predecessor's early start (even) or
    // finish (odd); the successor's early start is ≥ early[source] + lag −
    // minus_own·(its duration) — FS, SS: 0; FF, SF: 1.
    std::vector<Index> source;
    std::vector<double> lag, minus_own;
    // Backwards: the predecessor's late finish is ≤ (successor's late start
    // [0] or finish [1]) − lag + plus_predecessor·(its duration) — SS, SF: 1.
    std::vector<Index> late_end;
    std::vector<double> plus_predecessor;
};

Model model_of(const ScheduleNetwork& network, std::span<const ThreePointEstimate> estimates,
               std::span<const ScheduleRiskEvent> events) {
    const std::size_t n = network.size();
    const auto order = network.topological_order();
    std::vector<Index> position(n);
    for (std::size_t k = 0; k < n; ++k)
        position[order[k]] = static_cast<Index>(k);
    Model model;
    for (std::size_t k = 0; k < n; ++k) {
        const Sampler sampler(estimates[order[k]]);
        model.fixed.push_back(sampler.fixed);
        model.low.push_back(sampler.low);
        model.high.push_back(sampler.fixed ? sampler.low : sampler.high);
        model.mode_share.push_back(sampler.fixed ? 2.0 : sampler.mode_share);
        model.below.push_back(sampler.fixed ? 0.0 : sampler.below);
        model.above.push_back(sampler.fixed ? 0.0 : sampler.above);
    }
    for (const ScheduleRiskEvent& event : events)
        model.events.push_back({position[event.task], event.probability, event.impact});
    model.begin = network.position_begin();
    for (const NetworkLink& link : network.links_by_position()) {
        const bool from_finish = link.type == LinkType::finish_start || link.type == LinkType::finish_finish;
        const bool to_finish = link.type == LinkType::finish_finish || link.type == LinkType::start_finish;
        const bool from_start = !from_finish;
        model.source.push_back(2 * link.predecessor + (from_finish ? 1 : 0));
        model.lag.push_back(link.lag);
        model.minus_own.push_back(to_finish ? 1.0 : 0.0);
        model.late_end.push_back(to_finish ? 1 : 0);
        model.plus_predecessor.push_back(from_start ? 1.0 : 0.0);
    }
    return model;
}

// One thread's scratch space and its share of the counts; allocated before
// the threads start, so that no worker allocates.
struct Worker {
    std::vector<double> duration, uniform, early, late_finish;  // early: start, finish of each position
    std::vector<std::uint64_t> critical_count;
    std::vector<std::uint64_t> sum_x;
    std::vector<Wide> sum_xx, sum_xy;

    Worker(std::size_t n, bool criticality, bool sensitivity)
        : duration(n), uniform(n), early(2 * n), late_finish(criticality ? n : 0),
          critical_count(criticality ? n : 0), sum_x(sensitivity ? n : 0), sum_xx(sensitivity ? n : 0),
          sum_xy(sensitivity ? n : 0) {}
};

void run_block(const Model& model, const SimulationSettings& settings, std::size_t block, Worker& w,
               std::vector<double>& finishes) {
    const std::size_t n = model.low.size();
    Mt19937_64 engine = block_engine(settings.seed, block);
    const std::size_t first = block * block_iterations;
    const std::size_t last = std::min(settings.iterations, first + block_iterations);
    const Index* begin = model.begin.data();
    const Index* source = model.source.data();
    const double* lag = model.lag.data();
    const double* minus_own = model.minus_own.data();
    double* d = w.duration.data();
    double* u = w.uniform.data();
    double* early = w.early.data();
    for (std::size_t iteration = first; iteration < last; ++iteration) {
        for (std::size_t k = 0; k < n; ++k)
            u[k] = unit(engine());
        for (std::size_t k = 0; k < n; ++k) {
            const bool lower = u[k] < model.mode_share[k];
            const double root = std::sqrt(lower ? u[k] * model.below[k] : (1 - u[k]) * model.above[k]);
            d[k] = lower ? model.low[k] + root : model.high[k] - root;
        }
        for (const ScheduleRiskEvent& event : model.events)
            if (unit(engine()) < event.probability)
                d[event.task] += event.impact;
        double finish = 0;
        for (std::size_t k = 0; k < n; ++k) {
            double start = 0;
            for (Index l = begin[k]; l < begin[k + 1]; ++l)
                start = std::max(start, early[source[l]] + lag[l] - minus_own[l] * d[k]);
            early[2 * k] = start;
            early[2 * k + 1] = start + d[k];
            finish = std::max(finish, early[2 * k + 1]);
        }
        finishes[iteration] = finish;
        if (!settings.criticality)
            continue;
        double* late = w.late_finish.data();
        std::fill(late, late + n, finish);
        const double tolerance = float_tolerance * std::max(1.0, finish);
        for (std::size_t k = n; k-- > 0;) {
            const double late_end[2] = {late[k] - d[k], late[k]};
            w.critical_count[k] += late[k] - early[2 * k + 1] <= tolerance;
            for (Index l = begin[k]; l < begin[k + 1]; ++l) {
                const Index p = source[l] >> 1;
                late[p] = std::min(late[p], late_end[model.late_end[l]] - lag[l] + model.plus_predecessor[l] * d[p]);
            }
        }
    }
}

// Draws the block's streams again and sums, per task, the quantile x (top 32
// bits) and its products with y = 2 × the rank of the iteration's finish.
void run_sensitivity_block(const Model& model, const SimulationSettings& settings, std::size_t block, Worker& w,
                           const std::vector<std::uint64_t>& twice_rank) {
    const std::size_t n = model.low.size();
    Mt19937_64 engine = block_engine(settings.seed, block);
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

std::uint64_t simulation_block_seed(std::uint64_t seed, std::size_t block) {
    return splitmix64(seed + 0x9E3779B97F4A7C15ULL * (block + 1));
}

double triangular_quantile(const ThreePointEstimate& estimate, double u) { return Sampler(estimate).draw(u); }

SimulationResult simulate(const ScheduleNetwork& network, std::span<const ThreePointEstimate> estimates,
                          std::span<const ScheduleRiskEvent> events, const SimulationSettings& settings) {
    const std::size_t n = network.size();
    const auto order = network.topological_order();
    const Model model = model_of(network, estimates, events);

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
            if (model.fixed[k] || spread_y <= 0)
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
