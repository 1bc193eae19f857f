// Links between projects: each against the successor's plan, then the
// projects each project's slip reaches.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "../predecessors.hpp"
#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// Cross-project links listed in the report, the largest push first; the JSON has all.
constexpr std::size_t max_cross_project_rows = 100;

class CrossProjectSection : Section {
public:
    using Section::Section;

    // Predecessors in other projects: each link against the successor's plan,
    // then the projects each project's slip reaches.
    void cross_project() {
        if (!status.cross_project)
            return;
        const CrossProjectAnalysis& c = *status.cross_project;
        heading(Msg::report_cross_project);
        const std::size_t header = new_row();
        column_headers(header, 0,
                       std::array{Msg::header_cross_predecessor, Msg::header_cross_successor, Msg::header_cross_link,
                                  Msg::header_cross_predecessor_finish, Msg::header_cross_successor_start,
                                  Msg::header_cross_push, Msg::header_cross_slack, Msg::header_cross_propagates});
        layout.cross_project_first_row = header + 1;
        const auto task_text = [&](const std::string& project, const std::string& id, std::size_t row) {
            const std::string& name = portfolio.tasks[row].name;
            return project + ":" + id + (name.empty() ? "" : " " + name);
        };
        std::vector<const CrossProjectLinkFigures*> shown;
        for (const CrossProjectLinkFigures& f : c.links)
            shown.push_back(&f);
        std::stable_sort(shown.begin(), shown.end(), [](const auto* a, const auto* b) {
            return a->push != b->push ? a->push > b->push : a->slack < b->slack;
        });
        if (shown.size() > max_cross_project_rows)
            shown.resize(max_cross_project_rows);
        for (const CrossProjectLinkFigures* link : shown) {
            const CrossProjectLinkFigures& f = *link;
            const std::size_t row = new_row();
            put(row, 0, task_text(f.link.from_project, f.link.from_task, f.link.from_row));
            put(row, 1, task_text(f.link.to_project, f.link.to_task, f.link.to_row));
            put(row, 2, cross_link_text(f.link));
            put(row, 3, day_cell(f.predecessor_finish));
            put(row, 4, day_cell(f.successor_start));
            put(row, 5, f.push);
            put(row, 6, f.slack);
            put(row, 7, f.propagates() ? label(Msg::cross_propagates_mark) : std::string());
        }
        const std::size_t n = shown.size();
        format(header + 1, 0, n, 3, CellFormat::text);
        format(header + 1, 3, n, 2, CellFormat::date);
        format(header + 1, 5, n, 2, CellFormat::days);
        format(header + 1, 7, n, 1, CellFormat::text);
        if (c.links.size() > n)
            note_lines(Message{Msg::report_cross_more_links, {static_cast<unsigned long>(c.links.size() - n)}}
                           .render(options.language));
        new_row();
        if (c.projects.empty()) {
            note_lines(label(Msg::report_cross_none));
        } else {
            const std::string separator = options.language == Language::ja ? "\u3001" : ", ";
            for (const ProjectReach& reach : c.projects) {
                std::string reached;
                for (const std::string& project : reach.reaches)
                    reached += (reached.empty() ? "" : separator) + project;
                const std::size_t row = new_row();
                put(row, 0,
                    Message{Msg::report_cross_reaches, {MessageArg::rendered(reach.project), MessageArg::rendered(reached)}}
                        .render(options.language));
                format(row, 0, 1, 1, CellFormat::label);
            }
        }
        note_lines(label(Msg::report_cross_explained));
    }

private:
    // "FS", "SS+2", "FF-1.5".
    static std::string cross_link_text(const CrossProjectLink& link) {
        std::string text(link_type_code(link.type));
        if (link.lag == 0)
            return text;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%+g", link.lag);
        return text + buffer;
    }
};

}  // namespace

void cross_project_links(ReportSheet& sheet) { CrossProjectSection(sheet).cross_project(); }

}  // namespace pmocalc::report
