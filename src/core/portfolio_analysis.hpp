// Status of every project and of the portfolio at a status date: EVM and
// earned schedule figures, slip, issues, risks, change requests, RAG. The same
// calculators as the PMO_* functions; figures that are undefined (SPI with
// PV = 0, CPI without actual costs) stay empty rather than 0 or 1.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "forecast_range.hpp"
#include "health.hpp"
#include "cross_project.hpp"
#include "lessons.hpp"
#include "milestone_trend.hpp"
#include "progress_line.hpp"
#include "portfolio.hpp"
#include "quality.hpp"
#include "resource_load.hpp"
#include "schedule_analysis.hpp"
#include "schedule_curve.hpp"
#include "status_history.hpp"
#include "task_earning.hpp"

namespace pmocalc {

struct AnalysisOptions {
    Day status_date = 0;
    RagThresholds thresholds;
    WeekendMask weekend;
    EsPeriod es_period = EsPeriod::weeks;  // the unit of ES, AT, SV(t), counted from each plan's first day
    int chart_period_days = 7;            // the S-curve's periods, ending on the status date
    ScheduleOptions schedule;             // the schedule networks' Monte Carlo
};

// How a project's finish is forecast.
enum class ForecastMethod {
    finished,         // every task is done: the last actual finish
    not_started,      // the status date lies before the plan: the plan (or the PM's forecast)
    earned_schedule,  // IEAC(t) = PD / SPI(t) from the plan's first day (Lipke)
    pm_forecast,      // the PM's forecast of an unfinished task, later than earned schedule's
    no_progress,      // started but nothing earned yet: the whole plan still ahead of the status date
};
std::string_view forecast_method_code(ForecastMethod method);

// Earned value figures of one project or of the whole portfolio.
struct EvmFigures {
    double bac = 0;
    double pv = 0;
    double ev = 0;
    std::optional<double> ac;  // nullopt when no task records an actual cost
    double sv = 0;
    std::optional<double> cv;
    std::optional<double> spi;
    std::optional<double> cpi;
    std::optional<double> eac;  // BAC / CPI
    std::optional<double> vac;
    std::optional<double> es;     // earned schedule, in periods from the plan's first day
    std::optional<double> at;     // actual time, in periods from the plan's first day
    std::optional<double> svt;    // SV(t) in periods
    std::optional<double> spit;   // SPI(t)
    std::optional<double> ieact;  // IEAC(t): the forecast duration in periods
};

// Cumulative PV at the end of each period (the plan's S-curve).
struct SCurve {
    Day origin = 0;  // first day of period 1
    int period_days = 7;
    std::vector<double> cumulative_pv;

    Day period_end(std::size_t index) const { return origin + static_cast<Day>((index + 1) * period_days) - 1; }
};

struct ProjectStatus {
    Project project;
    std::size_t task_count = 0;
    EvmFigures figures;
    std::optional<Day> baseline_finish;
    std::optional<Day> forecast_finish;
    ForecastMethod forecast_method = ForecastMethod::not_started;
    std::int64_t slip_days = 0;  // working days, later = positive
    int open_issues = 0;
    int overdue_issues = 0;
    int open_risks = 0;
    double risk_exposure = 0;  // Σ P × I of open threats
    int pending_changes = 0;
    std::optional<Rag> rag;  // nullopt while neither SPI nor CPI is defined
    EarningCounts earning;        // tasks by the EV method they earned by
    ForecastRange forecast_range;  // EAC by every method, finish by ES and by the recent SPI
    // The SPI of the last reporting period (ΔEV / ΔPV), from the status
    // history (apply_recent_spi); empty while the workbook keeps none.
    std::optional<double> recent_spi;
};

struct SlippedMilestone {
    std::string project_id;
    std::string task_id;
    std::string name;
    Day baseline = 0;
    Day forecast = 0;
    std::int64_t slip_days = 0;
};

struct RankedRisk {
    const RiskEntry* risk;
    double exposure;
    int probability_rank;  // 1..5
    int impact_rank;       // 1..5
};

// EVM figures of the projects (or tasks) that share a program, department,
// project manager or assignee: from the group's sums (SPI = ΣEV / ΣPV …) and
// its own planned curve (SV(t)), never the mean of its members' ratios.
enum class BreakdownKey { program, department, manager, assignee };
struct BreakdownGroup {
    std::string name;         // as typed; "" for the projects or tasks without one
    std::size_t projects = 0;  // projects with a task in the group
    std::size_t tasks = 0;
    EvmFigures figures;
};
struct Breakdown {
    BreakdownKey key = BreakdownKey::program;
    std::vector<BreakdownGroup> groups;  // in order of first appearance, the unnamed group last
};

// An open issue past its due date.
struct OverdueIssue {
    const IssueEntry* issue;
    std::int64_t days_overdue;  // calendar days from its due date to the status date
};

struct PortfolioStatus {
    Day status_date = 0;
    RagThresholds thresholds;  // the RAG's, as the analysis applied them
    EsPeriod es_period = EsPeriod::weeks;
    EvmFigures figures;
    std::optional<Day> forecast_finish;
    std::optional<ForecastMethod> forecast_method;  // of the project that finishes last
    std::optional<Rag> rag;
    std::vector<ProjectStatus> projects;
    SCurve s_curve;
    EarningCounts earning;
    // EACs from the portfolio's sums (index-correct: ΣEV / ΣPV …); the
    // finishes are the latest of the projects', when every project has one.
    ForecastRange forecast_range;

    int risk_count = 0;
    int open_risks = 0;
    double risk_exposure = 0;  // Σ P × I of open threats
    double risk_emv = 0;       // Σ ±P × I of open risks
    std::vector<RankedRisk> top_risks;                  // open risks by exposure, at most 10
    std::array<std::array<int, 5>, 5> heat_map{};        // [probability rank − 1][impact rank − 1], open risks

    int open_issues = 0;
    int overdue_issues = 0;
    std::array<int, 4> issue_aging{};  // open issues aged 0–7, 8–30, 31–90, > 90 days
    std::vector<OverdueIssue> top_overdue_issues;  // the longest overdue first, at most 10

    int pending_changes = 0;
    std::vector<SlippedMilestone> slipped_milestones;

    // Per project with a schedule network, and what the networks found in the
    // workbook (bad links, cycles, reduced simulations), for its diagnostics.
    std::vector<ProjectSchedule> schedules;
    std::vector<Diagnostic> schedule_diagnostics;

    // The recorded status dates up to this one (this one included once the
    // assessment has merged it): trends, re-baselines and changes.
    HistoryAnalysis history;
    // The milestone trend (MTA) of each project finish and milestone recorded
    // at two status dates or more, in milestone_trend_subjects' order.
    std::vector<MilestoneTrend> milestone_trends;
    // Each project's plan as bars with the progress lines of this and up to
    // three earlier status dates, the most slip first.
    std::vector<ProgressChart> progress_charts;
    std::size_t progress_charts_left_out = 0;  // projects past max_progress_charts
    // Test progress and defects, when the workbook has a Tests or Defects
    // sheet; its diagnostics (fits without an estimate) go with the workbook's.
    std::optional<QualityStatus> quality;
    // People across projects, when the workbook has an Assignments sheet or
    // task owners; its diagnostics (defaulted capacities) go with the workbook's.
    std::optional<ResourceLoad> people;
    // EV methods that could not be applied, milestones not counted, missing ETCs.
    std::vector<Diagnostic> earning_diagnostics;
    // How risks were ranked where the workbook did not say (impacts without a budget).
    std::vector<Diagnostic> risk_diagnostics;
    // By program, department, PM and assignee: each only when some project
    // (task, for assignees) names one. The groups of one breakdown add up to
    // the portfolio's BAC, PV, EV and AC.
    std::vector<Breakdown> breakdowns;
    // The Lessons sheet across projects and the risks it speaks to, when the
    // workbook keeps lessons.
    std::optional<LessonsAnalysis> lessons;
    // Predecessors in other projects ("P02:15"): each link's push or slack and
    // the projects each slip reaches, when some predecessor names one.
    std::optional<CrossProjectAnalysis> cross_project;
};

PortfolioStatus analyse_portfolio(const Portfolio& portfolio, const AnalysisOptions& options);

// Gives a project its recent SPI (the last period's ΔEV / ΔPV, from the
// status history) and its finish at that rate (finish_at_rate: the remaining
// planned working days, PD − ES, from the status date), and updates the
// portfolio's finish by the recent SPI (the latest, once every project has one).
void apply_recent_spi(PortfolioStatus& status, std::size_t project, double recent_spi, const WorkCalendar& calendar);

// How many projects are GREEN, AMBER, RED, and without a colour (not started).
struct RagCounts {
    int green = 0;
    int amber = 0;
    int red = 0;
    int none = 0;
};
RagCounts count_rag(const PortfolioStatus& status);

// Impact rank 1..5 of a risk: as typed when impacts are a 1–5 rating, else by
// its share of the project's budget (< 1 %, < 5 %, < 10 %, < 20 %, ≥ 20 %).
int impact_rank(double impact, double project_bac, bool impacts_are_ratings);
// Probability rank 1..5: 0–20 %, 20–40 %, … 80–100 %.
int probability_rank(double probability);

}  // namespace pmocalc
