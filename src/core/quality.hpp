// Quality at a status date, per project and for the portfolio: test progress
// against plan (消化率 = executed / planned, 合格率 = passed / executed), defects
// found, closed and open by severity, defect density per unit of size, and a
// reliability growth curve fitted to the weekly cumulative defects found
// (reliability_growth: Gompertz and logistic, the better fit) — its estimated
// total, the defects still latent and the convergence ratio. A fit that gives
// no estimate says why, as a warning.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "reliability_growth.hpp"

namespace pmocalc {

// Cumulative test counts at the end of a period; executed and passed are
// known up to the status date only.
struct TestProgressPoint {
    Day period_end = 0;
    double planned = 0;
    std::optional<double> executed;
    std::optional<double> passed;
};

// Cumulative defects found at the end of a period (known up to the status
// date) and the fitted curve there (when there is a fit).
struct DefectCurvePoint {
    Day period_end = 0;
    std::optional<double> found;
    std::optional<double> fitted;
};

struct SeverityCount {
    std::string severity;  // as typed; "" for none
    int found = 0;
    int open = 0;
};

struct QualityFigures {
    bool has_tests = false;    // test records of this project (or of any, for the portfolio)
    bool has_defects = false;  // defect records, found by the status date or later
    // Tests to the status date, and planned in all.
    double tests_planned = 0;
    double tests_executed = 0;
    double tests_passed = 0;
    double tests_planned_total = 0;
    std::optional<double> execution_rate;  // executed / planned (消化率), while planned > 0
    std::optional<double> pass_rate;       // passed / executed (合格率), while executed > 0
    // Defects found by the status date; closed by it; open at it.
    int defects_found = 0;
    int defects_closed = 0;
    int defects_open = 0;
    std::vector<SeverityCount> by_severity;  // in the order the severities first appear
    std::optional<double> size;
    std::string size_unit;
    std::optional<double> density;  // defects found / size
    // The fit of the weekly cumulative defects found: a fit, or the reason
    // there is none (neither while no defect was recorded).
    GrowthResult growth;
    std::size_t defect_weeks = 0;  // the cumulative counts fitted: one a week, at most 520 (then every n-th week)
    // The charts' data: at most ten years of weeks (tests: the last ones).
    std::vector<TestProgressPoint> test_curve;
    std::vector<DefectCurvePoint> defect_curve;
};

struct ProjectQuality {
    std::string project_id;
    std::string name;
    QualityFigures figures;
};

struct QualityStatus {
    QualityFigures portfolio;
    std::vector<ProjectQuality> projects;  // those with test or defect records, in the workbook's order
    std::vector<Diagnostic> diagnostics;   // fits that give no estimate
};

// Weeks (period_days) end on the status date; the defect series runs from the
// period of the first defect found to the status date, the fitted curve
// max(4, a quarter of that span) periods beyond it. Nullopt when the workbook
// has neither a Tests nor a Defects sheet.
std::optional<QualityStatus> analyse_quality(const Portfolio& portfolio, Day status_date, int period_days = 7);

// "Gompertz" or "logistic" in a language's report.
Msg growth_model_label(GrowthModel model);
// The reason a fit gives no estimate, as a message term.
Msg growth_problem_label(GrowthProblem problem);
std::string_view growth_problem_code(GrowthProblem problem);  // "not_bending", …

}  // namespace pmocalc
