// Lessons learned by category and phase, and the open risks of a category
// past projects left lessons about.
#include <algorithm>
#include <array>
#include <string>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// The lessons table's phase columns; more phases share one "other" column.
constexpr std::size_t max_lesson_phases = 8;

class LessonsSection : Section {
public:
    using Section::Section;

    // The Lessons sheet by category and phase, and the open risks whose
    // category past projects left lessons about.
    void lessons() {
        if (!status.lessons)
            return;
        const LessonsAnalysis& l = *status.lessons;
        heading(Msg::report_lessons);
        const std::size_t recurring = static_cast<std::size_t>(
            std::count_if(l.categories.begin(), l.categories.end(), [](const LessonCategory& c) { return c.recurs; }));
        const std::size_t summary = new_row();
        put(summary, 0, Message{Msg::report_lessons_summary, {l.lessons, l.projects, recurring}}.render(options.language));
        format(summary, 0, 1, 1, CellFormat::label);

        const std::size_t shown = std::min(l.phases.size(), max_lesson_phases);
        const bool other = l.phases.size() > shown;
        const std::size_t header = new_row();
        put(header, 0, label(Msg::header_lesson_category));
        for (std::size_t p = 0; p < shown; ++p)
            put(header, 1 + p, l.phases[p].empty() ? label(Msg::lesson_no_phase) : l.phases[p]);
        const std::size_t total_column = 1 + shown + (other ? 1 : 0);
        if (other)
            put(header, 1 + shown, label(Msg::lesson_other_phases));
        put(header, total_column, label(Msg::header_lesson_total));
        put(header, total_column + 1, label(Msg::header_projects));
        put(header, total_column + 2, label(Msg::header_lesson_recurs));
        format(header, 0, 1, total_column + 3, CellFormat::column_header);
        for (const LessonCategory& c : l.categories) {
            const std::size_t row = new_row();
            put(row, 0, c.name.empty() ? label(Msg::lesson_no_category) : c.name);
            std::size_t rest = 0;
            for (std::size_t p = 0; p < c.by_phase.size(); ++p) {
                if (p < shown)
                    put(row, 1 + p, static_cast<double>(c.by_phase[p]));
                else
                    rest += c.by_phase[p];
            }
            if (other)
                put(row, 1 + shown, static_cast<double>(rest));
            put(row, total_column, static_cast<double>(c.lessons));
            put(row, total_column + 1, static_cast<double>(c.projects.size()));
            put(row, total_column + 2, c.recurs ? label(Msg::lesson_recurs_mark) : std::string());
        }
        const std::size_t n = l.categories.size();
        format(header + 1, 0, n, 1, CellFormat::text);
        format(header + 1, 1, n, total_column + 1, CellFormat::count);
        format(header + 1, total_column + 2, n, 1, CellFormat::text);

        new_row();
        const std::size_t caption = new_row();
        put(caption, 0, label(Msg::report_lesson_risks));
        format(caption, 0, 1, 1, CellFormat::label);
        if (l.matched_risks.empty()) {
            note_lines(l.risks_with_category == 0
                           ? label(Msg::lesson_risks_none_categorised)
                           : Message{Msg::lesson_risks_none_match, {l.risks_with_category}}.render(options.language));
            return;
        }
        const std::size_t risk_header = new_row();
        column_headers(risk_header, 0,
                       std::array{Msg::header_project, Msg::header_risk_id, Msg::header_risk,
                                  Msg::header_risk_category, Msg::header_exposure, Msg::header_lesson_total,
                                  Msg::header_lesson_example});
        for (const RiskLessonMatch& m : l.matched_risks) {
            const RiskEntry& risk = portfolio.risks[m.risk];
            const std::size_t row = new_row();
            put(row, 0, project_name(risk.project_id));
            put(row, 1, risk.id);
            put(row, 2, risk.title);
            put(row, 3, risk.category);
            put(row, 4, m.exposure);
            put(row, 5, static_cast<double>(l.categories[m.category].lessons));
            const Lesson& lesson = portfolio.lessons[m.first_lesson];
            put(row, 6, lesson.project_id.empty() ? lesson.text : lesson.project_id + ": " + lesson.text);
        }
        const std::size_t m = l.matched_risks.size();
        format(risk_header + 1, 0, m, 4, CellFormat::text);
        format(risk_header + 1, 4, m, 1, CellFormat::money);
        format(risk_header + 1, 5, m, 1, CellFormat::count);
        format(risk_header + 1, 6, m, 1, CellFormat::text);
    }
};

}  // namespace

void lessons(ReportSheet& sheet) { LessonsSection(sheet).lessons(); }

}  // namespace pmocalc::report
