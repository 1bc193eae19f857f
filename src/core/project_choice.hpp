// Choosing projects (issue 11): each project's weighted score on the
// Criteria sheet's criteria and its rank; with a budget (and optionally a
// people limit), the candidates whose total score is largest within it
// (portfolio_selection.hpp), and for each one left out, why.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "messages.hpp"
#include "portfolio.hpp"
#include "portfolio_analysis.hpp"
#include "portfolio_selection.hpp"

namespace pmocalc {

struct RankedProject {
    std::string id;
    std::string name;
    double score = 0;  // Σ score × weight / Σ weight: on the scores' own scale
    int rank = 0;      // 1 = best; equal scores share a rank
    double cost = 0;
    bool cost_is_bac = false;  // no cost estimate: its BAC stands in
    double people = 0;
    int missing_scores = 0;  // criteria without a score, counted as 0
    bool candidate = false;
    bool chosen = false;
    // Left out: by how much adding it to the chosen set would exceed each limit.
    std::optional<double> over_budget;
    std::optional<double> over_people;
};

struct ProjectChoice {
    bool applies = false;  // a Criteria sheet with weights and some scores
    std::vector<RankedProject> projects;  // by rank, ties in row order
    std::optional<double> budget;
    std::optional<double> people_limit;
    bool selected = false;  // a budget was given and the selection ran
    double total_score = 0, total_cost = 0, total_people = 0;
    SelectionProof proof = SelectionProof::optimal;
    std::vector<Message> notes;  // normalised weights, BAC as cost, missing scores, no budget …
};

// `projects` gives the IDs, names and BACs in row order.
ProjectChoice choose_projects(const SelectionRecords& records, const std::vector<ProjectStatus>& projects,
                              std::optional<double> budget, std::optional<double> people_limit);

}  // namespace pmocalc
