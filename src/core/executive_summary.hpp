// What a PMO's first page says: how the portfolio is doing and why in one
// sentence, the headline indicators with their change since the previous
// status date and their trend, the projects worst first with the reason for
// each, and what needs a decision. Computed once from the status and its
// history, for the report's first page and the panel alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "messages.hpp"
#include "portfolio_analysis.hpp"

namespace pmocalc {

enum class KpiId { spi, cpi, spit, forecast_finish, eac, high_risks, overdue_issues, pending_changes };

// A headline indicator. Values are numbers: an index, a Day (forecast
// finish), an amount (EAC) or a count.
struct Kpi {
    KpiId id = KpiId::spi;
    std::optional<double> value;     // nullopt: undefined at this status date
    std::optional<double> previous;  // at the previous status date (nullopt: not recorded or undefined)
    bool recorded = true;            // false: the history does not keep this figure
    bool higher_is_better = true;
    double resolution = 0.005;       // the smallest change shown (0.01 for an index, a day, 0.1 of an amount)
    std::vector<double> trend;       // the recorded values, oldest first, this date's last
    std::optional<double> reference;  // the baseline finish (a Day), the BAC, the exposure, the open issues
};

// Whether a change is for the better; nullopt when there is none (or less than shows).
std::optional<bool> improved(const Kpi& kpi);

// A project in the "at a glance" table.
struct ProjectGlance {
    const ProjectStatus* project = nullptr;
    std::optional<double> previous_spi;  // at the previous status date
    std::optional<Rag> previous_rag;
    Message reason{Msg::summary_on_track};        // every cause: indices, lateness, overdue issues
    Message short_reason{Msg::summary_on_track};  // the first two, for a table's column
};

struct ExecutiveSummary {
    std::string title;                 // the project's or program's name, "" for the portfolio of many
    std::optional<Day> previous_date;  // the status date before this one
    Message overall{Msg::summary_no_rating};  // the RAG's reason in one sentence
    std::vector<Kpi> kpis;             // in KpiId order
    std::vector<ProjectGlance> projects;  // every project, the worst first
    int high_risks = 0;                // open risks in the heat map's red zone (P × I rank ≥ 15)
    // Since the previous status date: projects newly red, newly late (their
    // forecast finish past the baseline now, not then), tasks stalled.
    std::vector<Message> changes;
};

// Ranks of probability × impact from which a risk counts as high (the heat map's red zone).
inline constexpr int high_risk_score = 15;

ExecutiveSummary summarise(const Portfolio& portfolio, const PortfolioStatus& status);

// "▁▃▅▇": a series as a line of block characters (lowest to highest), its
// last `width` values; "" for fewer than two.
std::string sparkline(const std::vector<double>& values, std::size_t width = 12);

}  // namespace pmocalc
