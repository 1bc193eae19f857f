// Choosing projects: the ranking by weighted score, the chosen set within a
// budget, and the candidates' score against their cost.
#include <array>
#include <utility>
#include <vector>

#include "../project_choice.hpp"
#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

class ChoiceSection : Section {
public:
    using Section::Section;

    // Choosing projects: the ranking by weighted score, with a budget the
    // chosen set, its totals and why each candidate was left out, and the
    // candidates' score against their cost.
    void choosing() {
        if (!options.choice || !options.choice->applies)
            return;
        const ProjectChoice& c = *options.choice;
        const Language language = options.language;
        heading(Msg::report_choice);
        const std::size_t header = new_row();
        column_headers(header, 0,
                       std::array{Msg::header_rank, Msg::header_project_id, Msg::header_project,
                                  Msg::header_weighted_score, Msg::header_selection_cost, Msg::header_people_needed,
                                  Msg::header_choice, Msg::header_choice_reason});
        layout.choice_first_row = header + 1;
        for (const RankedProject& p : c.projects) {
            const std::size_t row = new_row();
            put(row, 0, static_cast<double>(p.rank));
            put(row, 1, p.id);
            put(row, 2, p.name);
            put(row, 3, p.score);
            put(row, 4, p.cost);
            put(row, 5, p.people);
            if (!p.candidate) {
                put(row, 6, label(Msg::choice_not_candidate));
            } else if (c.selected) {
                put(row, 6, label(p.chosen ? Msg::choice_chosen : Msg::choice_left_out));
                if (!p.chosen)
                    put(row, 7, left_out_reason(p).render(language));
            }
        }
        const std::size_t count = c.projects.size();
        format(header + 1, 0, count, 1, CellFormat::count);
        format(header + 1, 1, count, 2, CellFormat::text);
        format(header + 1, 3, count, 1, CellFormat::index);
        format(header + 1, 4, count, 1, CellFormat::money);
        format(header + 1, 5, count, 1, CellFormat::count);
        format(header + 1, 6, count, 2, CellFormat::text);
        if (c.selected) {
            std::size_t chosen = 0, candidates = 0;
            for (const RankedProject& p : c.projects) {
                chosen += p.chosen ? 1 : 0;
                candidates += p.candidate ? 1 : 0;
            }
            Message totals{Msg::report_choice_totals,
                           {static_cast<unsigned long>(chosen), static_cast<unsigned long>(candidates),
                            c.total_score, c.total_cost, *c.budget}};
            const std::size_t row = new_row();
            put(row, 0, totals.render(language));
            format(row, 0, 1, 1, CellFormat::label);
            if (c.people_limit) {
                const std::size_t people = new_row();
                put(people, 0, Message{Msg::report_choice_people, {c.total_people, *c.people_limit}}.render(language));
                format(people, 0, 1, 1, CellFormat::label);
            }
        }
        for (const Message& note : c.notes)
            note_lines(note.render(language));
        note_lines(label(Msg::report_choice_explained));

        // Score against cost: the candidates' points; the numbers past the print area.
        if (c.projects.empty())
            return;
        new_row();
        const std::size_t top = next_row();
        for (std::size_t i = 0; i < quality_chart_rows + 1; ++i)
            new_row();
        std::vector<std::vector<Cell>> data{{label(Msg::header_selection_cost), label(Msg::header_weighted_score),
                                             label(Msg::header_project_id)}};
        for (std::size_t k = 0; k < count; ++k)
            data.push_back({c.projects[k].cost, c.projects[k].score, c.projects[k].id});
        const Span span = data_block(top, std::move(data), {{0, CellFormat::money}, {1, CellFormat::index}});
        layout.charts.push_back({ChartSpec::Kind::scatter, "pmocalc_choice", label(Msg::report_chart_choice),
                                 {span.row, span.column, span.rows, 2}, {top, 0, quality_chart_rows, 8}});
    }

private:
    Message left_out_reason(const RankedProject& p) const {
        if (p.over_budget && p.over_people)
            return {Msg::choice_reason_both, {*p.over_budget, *p.over_people}};
        if (p.over_budget)
            return {Msg::choice_reason_budget, {*p.over_budget}};
        if (p.over_people)
            return {Msg::choice_reason_people, {*p.over_people}};
        if (!(p.score > 0))
            return Msg::choice_reason_no_score;
        return Msg::choice_reason_search;
    }
};

}  // namespace

void choosing_projects(ReportSheet& sheet) { ChoiceSection(sheet).choosing(); }

}  // namespace pmocalc::report
