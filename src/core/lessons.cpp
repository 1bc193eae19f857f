#include "lessons.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

#include "text.hpp"

namespace pmocalc {

namespace {

// Labels in order of first appearance, compared normalised, the blank one last.
class Labels {
public:
    std::size_t index_of(const std::string& label) {
        const auto [at, added] = index_.try_emplace(normalize_label(label), names_.size());
        if (added)
            names_.push_back(label);
        return at->second;
    }
    std::optional<std::size_t> find(const std::string& label) const {
        const auto at = index_.find(normalize_label(label));
        return at == index_.end() ? std::nullopt : std::optional<std::size_t>(at->second);
    }
    const std::vector<std::string>& names() const { return names_; }

private:
    std::map<std::string, std::size_t> index_;
    std::vector<std::string> names_;
};

}  // namespace

LessonsAnalysis analyse_lessons(const Portfolio& portfolio) {
    LessonsAnalysis out;
    Labels categories, phases;
    std::vector<std::vector<std::size_t>> lessons_of;  // per category, lesson indices
    std::vector<std::map<std::size_t, std::size_t>> phase_counts;
    std::set<std::string> projects;
    for (std::size_t i = 0; i < portfolio.lessons.size(); ++i) {
        const Lesson& lesson = portfolio.lessons[i];
        const std::size_t c = categories.index_of(lesson.category);
        const std::size_t p = phases.index_of(lesson.phase);
        if (c == lessons_of.size()) {
            lessons_of.emplace_back();
            phase_counts.emplace_back();
        }
        lessons_of[c].push_back(i);
        ++phase_counts[c][p];
        if (!lesson.project_id.empty())
            projects.insert(lesson.project_id);
    }
    out.lessons = portfolio.lessons.size();
    out.projects = projects.size();

    // Phases as met, the blank one last.
    std::vector<std::size_t> phase_order(phases.names().size());
    std::iota(phase_order.begin(), phase_order.end(), 0);
    std::stable_partition(phase_order.begin(), phase_order.end(),
                          [&](std::size_t p) { return !phases.names()[p].empty(); });
    std::vector<std::size_t> phase_column(phase_order.size());
    for (std::size_t k = 0; k < phase_order.size(); ++k) {
        out.phases.push_back(phases.names()[phase_order[k]]);
        phase_column[phase_order[k]] = k;
    }

    const bool any_project = !projects.empty();
    std::vector<std::size_t> order(categories.names().size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool a_blank = categories.names()[a].empty(), b_blank = categories.names()[b].empty();
        if (a_blank != b_blank)
            return b_blank;
        return lessons_of[a].size() > lessons_of[b].size();
    });
    std::vector<std::size_t> position(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t c = order[k];
        position[c] = k;
        LessonCategory category;
        category.name = categories.names()[c];
        category.lessons = lessons_of[c].size();
        for (const std::size_t i : lessons_of[c]) {
            const std::string& id = portfolio.lessons[i].project_id;
            if (!id.empty() && std::find(category.projects.begin(), category.projects.end(), id) ==
                                   category.projects.end())
                category.projects.push_back(id);
        }
        category.by_phase.assign(out.phases.size(), 0);
        for (const auto& [phase, count] : phase_counts[c])
            category.by_phase[phase_column[phase]] = count;
        category.recurs = !category.name.empty() &&
                          (any_project ? category.projects.size() >= 2 : category.lessons >= 2);
        out.categories.push_back(std::move(category));
    }

    std::set<std::string> current;
    for (const Project& project : portfolio.projects)
        current.insert(project.id);
    for (std::size_t r = 0; r < portfolio.risks.size(); ++r) {
        const RiskEntry& risk = portfolio.risks[r];
        if (!risk.open || risk.category.empty() || !current.contains(risk.project_id))
            continue;
        ++out.risks_with_category;
        const auto c = categories.find(risk.category);
        if (!c || categories.names()[*c].empty())
            continue;
        out.matched_risks.push_back({r, position[*c], risk.probability * risk.impact, lessons_of[*c].front()});
    }
    std::stable_sort(out.matched_risks.begin(), out.matched_risks.end(),
                     [](const RiskLessonMatch& a, const RiskLessonMatch& b) { return a.exposure > b.exposure; });
    return out;
}

}  // namespace pmocalc
