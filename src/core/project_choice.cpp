#include "project_choice.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "tolerance.hpp"

namespace pmocalc {

ProjectChoice choose_projects(const SelectionRecords& records, const std::vector<ProjectStatus>& projects,
                              std::optional<double> budget, std::optional<double> people_limit) {
    ProjectChoice choice;
    choice.budget = budget;
    choice.people_limit = people_limit;
    if (!records.has_criteria_sheet || records.criteria.empty() || records.scores.empty())
        return choice;
    const double weight_total = std::accumulate(records.criteria.begin(), records.criteria.end(), 0.0,
                                                [](double sum, const Criterion& c) { return sum + c.weight; });
    if (!(weight_total > 0)) {
        choice.notes.push_back({Msg::choice_weights_zero, {records.criteria_sheet}});
        return choice;
    }
    choice.applies = true;
    if (!close_enough(weight_total, 1.0) && !close_enough(weight_total, 100.0))
        choice.notes.push_back({Msg::choice_weights_normalised, {weight_total}});

    std::map<std::pair<std::string, std::string>, double> score_of;
    std::map<std::string, int> scored;
    for (const CriterionScore& s : records.scores) {
        score_of[{s.project_id, s.criterion}] = s.score;
        ++scored[s.project_id];
    }
    std::map<std::string, const CandidateFacts*> facts_of;
    for (const CandidateFacts& f : records.facts)
        facts_of[f.project_id] = &f;

    std::string bac_projects, missing_people;
    for (const ProjectStatus& status : projects) {
        const std::string& id = status.project.id;
        const auto facts = facts_of.find(id);
        const CandidateFacts* f = facts == facts_of.end() ? nullptr : facts->second;
        const bool candidate = records.has_candidate_column ? (f && f->candidate.value_or(false)) : scored.count(id) > 0;
        if (!scored.count(id) && !candidate)
            continue;
        RankedProject ranked;
        ranked.id = id;
        ranked.name = status.project.name;
        ranked.candidate = candidate;
        for (const Criterion& c : records.criteria) {
            const auto found = score_of.find({id, c.name});
            if (found == score_of.end())
                ++ranked.missing_scores;
            else
                ranked.score += found->second * c.weight / weight_total;
        }
        if (ranked.missing_scores > 0)
            choice.notes.push_back({Msg::choice_missing_scores, {id, ranked.missing_scores}});
        if (f && f->cost) {
            ranked.cost = *f->cost;
        } else {
            ranked.cost = status.figures.bac;
            ranked.cost_is_bac = true;
            bac_projects += (bac_projects.empty() ? "" : ", ") + id;
        }
        if (f && f->people) {
            ranked.people = *f->people;
        } else if (people_limit && candidate) {
            missing_people += (missing_people.empty() ? "" : ", ") + id;
        }
        choice.projects.push_back(std::move(ranked));
    }
    if (!bac_projects.empty())
        choice.notes.push_back({Msg::choice_cost_from_bac, {bac_projects}});
    if (!missing_people.empty())
        choice.notes.push_back({Msg::choice_people_missing, {missing_people}});

    // Rank by score, ties in row order sharing a rank.
    std::stable_sort(choice.projects.begin(), choice.projects.end(),
                     [](const RankedProject& a, const RankedProject& b) {
                         return a.score > b.score && !close_enough(a.score, b.score);
                     });
    for (std::size_t i = 0; i < choice.projects.size(); ++i) {
        const bool tie = i > 0 && close_enough(choice.projects[i].score, choice.projects[i - 1].score);
        choice.projects[i].rank = tie ? choice.projects[i - 1].rank : static_cast<int>(i + 1);
    }

    if (!budget) {
        choice.notes.push_back(Msg::choice_needs_budget);
        return choice;
    }
    // The candidates in the Projects sheet's row order (ties go to the first rows).
    std::vector<std::size_t> in_rows;
    for (const ProjectStatus& status : projects)
        for (std::size_t i = 0; i < choice.projects.size(); ++i)
            if (choice.projects[i].id == status.project.id && choice.projects[i].candidate)
                in_rows.push_back(i);
    std::vector<SelectionCandidate> candidates;
    for (std::size_t i : in_rows)
        candidates.push_back({choice.projects[i].score, choice.projects[i].cost, choice.projects[i].people});
    const auto result = select_candidates(candidates, {*budget, people_limit});
    if (!result) {
        choice.notes.push_back(result.problem().message);
        return choice;
    }
    choice.selected = true;
    choice.proof = result->proof;
    choice.total_score = result->total_value;
    choice.total_cost = result->total_cost;
    choice.total_people = result->total_people;
    if (result->proof != SelectionProof::optimal)
        choice.notes.push_back({result->proof == SelectionProof::not_proven ? Msg::choice_not_proven
                                                                             : Msg::choice_tie_unsettled,
                                {static_cast<unsigned long>(result->nodes)}});
    for (std::size_t k = 0; k < in_rows.size(); ++k) {
        RankedProject& p = choice.projects[in_rows[k]];
        p.chosen = result->chosen[k];
        if (p.chosen)
            continue;
        if (!within_limit(result->total_cost + p.cost, *budget))
            p.over_budget = result->total_cost + p.cost - *budget;
        if (people_limit && !within_limit(result->total_people + p.people, *people_limit))
            p.over_people = result->total_people + p.people - *people_limit;
    }
    return choice;
}

}  // namespace pmocalc
