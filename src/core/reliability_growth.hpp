// Reliability growth: an S-shaped curve fitted to the cumulative number of
// defects found over time, whose asymptote estimates the total the product
// holds — the software reliability growth models Japanese quality control
// calls 信頼度成長曲線 (Yamada, Ohba & Osaki 1983; Ohba 1984). Two models,
// both fitted by least squares on the cumulative curve itself
// (Levenberg–Marquardt, Nocedal & Wright §10.3):
//   Gompertz  m(t) = a · exp(−b · exp(−c·t))
//   logistic  m(t) = a / (1 + b · exp(−c·t))
// A fit that does not converge, or whose curve has not begun to bend (the
// asymptote far beyond the data), is reported as such, never as a number.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "outcome.hpp"

namespace pmocalc {

enum class GrowthModel { gompertz, logistic };

std::string_view growth_model_code(GrowthModel model);  // "gompertz", "logistic"
// "gompertz", "logistic" (any case) and ゴンペルツ / ロジスティック; "" gives Gompertz.
Outcome<GrowthModel> parse_growth_model(std::string_view text);

struct GrowthFit {
    GrowthModel model = GrowthModel::gompertz;
    double a = 0, b = 0, c = 0;  // c per day, t in days from the first observation
    double estimated_total = 0;  // a
    double found = 0;            // the last cumulative count
    double latent = 0;           // estimated_total − found, never negative
    double convergence = 0;      // found / estimated_total (収束率)
    double r_squared = 0;
    int iterations = 0;

    double at(double day) const;  // m(day), day counted from the first observation
};

// The reasons a fit gives no estimate.
enum class GrowthProblem {
    too_few_points,  // fewer than 4 observations at distinct days
    not_increasing,  // a cumulative count that falls
    no_defects,      // nothing found yet
    did_not_converge,
    not_bending,     // the counts have not passed the curve's inflection point (a/e for Gompertz,
                     // a/2 logistic), or the asymptote lies beyond largest_total_ratio × the found
};

// The most a fitted total may exceed what was found before the curve counts
// as not yet bending (its asymptote is then a guess, not an estimate).
inline constexpr double largest_total_ratio = 10;

struct GrowthResult {
    std::optional<GrowthFit> fit;
    std::optional<GrowthProblem> problem;
};

// days: days of the observations (any origin, ascending); found: the
// cumulative count of defects found by each of them.
GrowthResult fit_growth(GrowthModel model, std::span<const double> days, std::span<const double> found);

}  // namespace pmocalc
