#include "reliability_growth.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

#include "text.hpp"

namespace pmocalc {

namespace {

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

// The model in scaled units (t in 0..1 over the observed span, counts as a
// share of the last count) so the normal equations stay well conditioned.
struct Scaled {
    GrowthModel model;
    double value(const Vec3& p, double t) const {
        const double e = std::exp(-p[2] * t);
        return model == GrowthModel::gompertz ? p[0] * std::exp(-p[1] * e) : p[0] / (1 + p[1] * e);
    }
    Vec3 gradient(const Vec3& p, double t) const {
        const double e = std::exp(-p[2] * t);
        if (model == GrowthModel::gompertz) {
            const double g = std::exp(-p[1] * e);
            return {g, -p[0] * e * g, p[0] * g * p[1] * t * e};
        }
        const double d = 1 + p[1] * e;
        return {1 / d, -p[0] * e / (d * d), p[0] * p[1] * t * e / (d * d)};
    }
};

std::optional<Vec3> solve(Mat3 m, Vec3 v) {
    for (int col = 0; col < 3; ++col) {
        int pivot = col;
        for (int row = col + 1; row < 3; ++row)
            if (std::abs(m[row][col]) > std::abs(m[pivot][col]))
                pivot = row;
        if (!(std::abs(m[pivot][col]) > 1e-300))
            return std::nullopt;
        std::swap(m[col], m[pivot]);
        std::swap(v[col], v[pivot]);
        for (int row = col + 1; row < 3; ++row) {
            const double f = m[row][col] / m[col][col];
            for (int k = col; k < 3; ++k)
                m[row][k] -= f * m[col][k];
            v[row] -= f * v[col];
        }
    }
    Vec3 x{};
    for (int row = 2; row >= 0; --row) {
        double sum = v[row];
        for (int k = row + 1; k < 3; ++k)
            sum -= m[row][k] * x[k];
        x[row] = sum / m[row][row];
    }
    return x;
}

struct Fitted {
    Vec3 p;
    double sse;
    int iterations;
    bool converged;
};

double sum_of_squares(const Scaled& f, const Vec3& p, std::span<const double> t, std::span<const double> y) {
    double sse = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const double r = y[i] - f.value(p, t[i]);
        sse += r * r;
    }
    return sse;
}

// Levenberg–Marquardt with Marquardt's scaling (the damping multiplies the
// diagonal), parameters kept positive.
Fitted levenberg_marquardt(const Scaled& f, Vec3 p, std::span<const double> t, std::span<const double> y) {
    constexpr int most_iterations = 500;
    double lambda = 1e-3;
    double sse = sum_of_squares(f, p, t, y);
    for (int iteration = 1; iteration <= most_iterations; ++iteration) {
        Mat3 jtj{};
        Vec3 jtr{};
        for (std::size_t i = 0; i < t.size(); ++i) {
            const Vec3 g = f.gradient(p, t[i]);
            const double r = y[i] - f.value(p, t[i]);
            for (int a = 0; a < 3; ++a) {
                jtr[a] += g[a] * r;
                for (int b = 0; b < 3; ++b)
                    jtj[a][b] += g[a] * g[b];
            }
        }
        bool improved = false;
        while (lambda < 1e12) {
            Mat3 damped = jtj;
            for (int a = 0; a < 3; ++a)
                damped[a][a] += lambda * std::max(jtj[a][a], 1e-12);
            const auto step = solve(damped, jtr);
            if (!step)
                break;
            const Vec3 next{p[0] + (*step)[0], p[1] + (*step)[1], p[2] + (*step)[2]};
            const double next_sse = next[0] > 0 && next[1] > 0 && next[2] > 0 ? sum_of_squares(f, next, t, y)
                                                                                  : std::numeric_limits<double>::infinity();
            if (std::isfinite(next_sse) && next_sse <= sse) {
                const double change = std::max({std::abs((*step)[0]) / p[0], std::abs((*step)[1]) / p[1],
                                                std::abs((*step)[2]) / p[2]});
                const double gain = sse - next_sse;
                p = next;
                sse = next_sse;
                lambda = std::max(lambda / 10, 1e-12);
                improved = true;
                if (change < 1e-10 || gain <= 1e-15 * std::max(sse, 1e-30))
                    return {p, sse, iteration, true};
                break;
            }
            lambda *= 10;
        }
        if (!improved)  // no step lowers the sum any more: a minimum (or a flat valley)
            return {p, sse, iteration, lambda < 1e12 || sse < 1e-20};
    }
    return {p, sse, most_iterations, false};
}

}  // namespace

std::string_view growth_model_code(GrowthModel model) {
    return model == GrowthModel::gompertz ? "gompertz" : "logistic";
}

Outcome<GrowthModel> parse_growth_model(std::string_view text) {
    const std::string label = normalize_label(text);
    if (label.empty() || label == "gompertz" || label == "ゴンペルツ" || label == "ゴンペルツ曲線")
        return GrowthModel::gompertz;
    if (label == "logistic" || label == "ロジスティック" || label == "ロジスティック曲線")
        return GrowthModel::logistic;
    return invalid_input({Msg::growth_model_unknown, {std::string(text)}});
}

double GrowthFit::at(double day) const {
    const double e = std::exp(-c * day);
    return model == GrowthModel::gompertz ? a * std::exp(-b * e) : a / (1 + b * e);
}

GrowthResult fit_growth(GrowthModel model, std::span<const double> days, std::span<const double> found) {
    GrowthResult result;
    std::vector<double> t, y;
    for (std::size_t i = 0; i < days.size() && i < found.size(); ++i) {
        if (i > 0 && found[i] < found[i - 1]) {
            result.problem = GrowthProblem::not_increasing;
            return result;
        }
        if (!t.empty() && days[i] == days[i - 1]) {
            y.back() = found[i];  // the later count of the same day
            continue;
        }
        t.push_back(days[i]);
        y.push_back(found[i]);
    }
    if (t.size() < 4) {
        result.problem = GrowthProblem::too_few_points;
        return result;
    }
    const double last = y.back();
    if (!(last > 0)) {
        result.problem = GrowthProblem::no_defects;
        return result;
    }
    const double origin = t.front(), span = t.back() - t.front();
    std::vector<double> ts(t.size()), ys(y.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        ts[i] = (t[i] - origin) / span;
        ys[i] = y[i] / last;
    }
    const Scaled f{model};
    // Several starting steepnesses: the sum of squares has local minima, and
    // a start far from the bend may walk the asymptote off to infinity.
    std::optional<Fitted> best;
    for (double c : {0.5, 1.0, 2.0, 4.0, 8.0, 16.0}) {
        const double first = std::clamp(ys.front(), 1e-3, 0.9);
        const double b = model == GrowthModel::gompertz ? std::log(1.2 / first) : 1.2 / first - 1;
        const Fitted fitted = levenberg_marquardt(f, {1.2, std::max(b, 1e-3), c}, ts, ys);
        if (fitted.converged && (!best || fitted.sse < best->sse))
            best = fitted;
    }
    if (!best) {
        result.problem = GrowthProblem::did_not_converge;
        return result;
    }
    // Before the inflection point (a/e for Gompertz, a/2 logistic) the data
    // show no bend yet: the asymptote would be an extrapolation, not an estimate.
    const double inflection_share = model == GrowthModel::gompertz ? std::exp(-1.0) : 0.5;
    if (best->p[0] > largest_total_ratio || 1.0 < inflection_share * best->p[0]) {
        result.problem = GrowthProblem::not_bending;
        return result;
    }
    GrowthFit fit;
    fit.model = model;
    fit.a = best->p[0] * last;
    fit.b = best->p[1];
    fit.c = best->p[2] / span;
    fit.estimated_total = fit.a;
    fit.found = last;
    fit.latent = std::max(0.0, fit.a - last);
    fit.convergence = std::min(1.0, last / fit.a);
    fit.iterations = best->iterations;
    double mean = 0;
    for (double v : ys)
        mean += v;
    mean /= static_cast<double>(ys.size());
    double total = 0;
    for (double v : ys)
        total += (v - mean) * (v - mean);
    fit.r_squared = total > 0 ? 1 - best->sse / total : 1;
    result.fit = fit;
    return result;
}

}  // namespace pmocalc
