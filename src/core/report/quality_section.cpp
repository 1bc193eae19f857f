// Test progress and defects: the tables, then the portfolio's test progress
// and the defect curves as charts.
#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// The quality tables, tests then defects: the portfolio, then one row per
// project with test or defect records.
enum QualityColumn : std::size_t { quality_project_id, quality_project, quality_planned, quality_executed,
                                   quality_passed, quality_execution_rate, quality_pass_rate, tests_column_count };
enum DefectColumn : std::size_t { defects_project_id, defects_project, quality_found = 2, quality_open, quality_size,
                                  quality_density, quality_model, quality_total, quality_latent, quality_convergence,
                                  quality_note, defects_column_count };
constexpr std::array<Msg, tests_column_count> tests_headers{
    Msg::header_project_id, Msg::header_project_name, Msg::header_tests_planned, Msg::header_tests_executed,
    Msg::header_tests_passed, Msg::header_execution_rate, Msg::header_pass_rate};
constexpr std::array<Msg, defects_column_count> defects_headers{
    Msg::header_project_id, Msg::header_project_name, Msg::header_defects_found, Msg::header_defects_open,
    Msg::header_size, Msg::header_defect_density, Msg::header_growth_model, Msg::header_estimated_total,
    Msg::header_latent, Msg::header_convergence, Msg::header_fit_note};
// Projects whose defect curve is charted: those with the most defects found.
constexpr std::size_t max_defect_charts = 3;
constexpr std::size_t quality_chart_right = 8;  // the first column of a band's right chart

class QualitySection : Section {
public:
    using Section::Section;

    // Test progress and defects: a table, then the portfolio's test progress
    // and the defect curves (actual and fitted) of the projects with the most
    // defects found, their data below the charts.
    void quality() {
        if (!status.quality)
            return;
        const QualityStatus& q = *status.quality;
        heading(Msg::report_quality);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        const std::size_t header = new_row();
        column_headers(header, 0, tests_headers);
        layout.quality_first_row = header + 1;
        tests_row(new_row(), "", label(Msg::report_quality_portfolio), q.portfolio);
        for (const ProjectQuality& p : q.projects)
            tests_row(new_row(), p.project_id, p.name, p.figures);
        new_row();
        const std::size_t defects_header = new_row();
        column_headers(defects_header, 0, defects_headers);
        layout.quality_defects_first_row = defects_header + 1;
        defects_row(new_row(), "", label(Msg::report_quality_portfolio), q.portfolio);
        for (const ProjectQuality& p : q.projects)
            defects_row(new_row(), p.project_id, p.name, p.figures);
        note_lines(label(Msg::report_quality_explained));

        std::vector<const ProjectQuality*> charted;
        for (const ProjectQuality& p : q.projects)
            if (p.figures.defects_found > 0 && !p.figures.defect_curve.empty())
                charted.push_back(&p);
        std::stable_sort(charted.begin(), charted.end(), [](const ProjectQuality* a, const ProjectQuality* b) {
            return a->figures.defects_found > b->figures.defects_found;
        });
        if (charted.size() > max_defect_charts)
            charted.resize(max_defect_charts);
        const bool test_chart = !q.portfolio.test_curve.empty();
        const std::size_t charts = charted.size() + (test_chart ? 1 : 0);
        if (charts == 0)
            return;
        // Bands of two charts side by side; the numbers they draw past the print area.
        new_row();
        std::vector<Span> anchors;
        for (std::size_t band = 0; band < (charts + 1) / 2; ++band) {
            const std::size_t top = next_row();
            for (std::size_t i = 0; i < quality_chart_rows + 1; ++i)
                new_row();
            anchors.push_back({top, 0, quality_chart_rows, quality_chart_right - 1});
            anchors.push_back({top, quality_chart_right, quality_chart_rows, report::printed_grid_columns - quality_chart_right});
        }
        std::size_t next_anchor = 0;
        if (test_chart) {
            std::vector<std::vector<Cell>> data(1);
            for (const Msg header : {Msg::header_week_ending, Msg::header_planned_cumulative,
                                     Msg::header_tests_executed, Msg::header_tests_passed})
                data[0].emplace_back(label(header));
            for (const auto& point : q.portfolio.test_curve) {
                std::vector<Cell>& row = data.emplace_back(4);
                row[0] = day_cell(point.period_end);
                row[1] = point.planned;
                if (point.executed)
                    row[2] = *point.executed;
                if (point.passed)
                    row[3] = *point.passed;
            }
            const Span anchor = anchors[next_anchor++];
            const Span span = data_block(anchor.row, std::move(data),
                                         {{0, CellFormat::date}, {1, CellFormat::count}, {2, CellFormat::count},
                                          {3, CellFormat::count}});
            layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_tests", label(Msg::report_chart_tests), span,
                                     anchor});
        }
        for (std::size_t i = 0; i < charted.size(); ++i) {
            const ProjectQuality& p = *charted[i];
            std::vector<std::vector<Cell>> data{{label(Msg::header_week_ending), label(Msg::header_defects_actual),
                                                 label(Msg::header_defects_fitted)}};
            for (const auto& point : p.figures.defect_curve)
                data.push_back({day_cell(point.period_end), point.found ? Cell(*point.found) : Cell(),
                                point.fitted ? Cell(*point.fitted) : Cell()});
            const Span anchor = anchors[next_anchor++];
            const Span span = data_block(anchor.row, std::move(data),
                                         {{0, CellFormat::date}, {1, CellFormat::count}, {2, CellFormat::count}});
            layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_defects_" + std::to_string(i),
                                     Message{Msg::report_chart_defects, {p.name}}.render(options.language), span,
                                     anchor});
        }
    }

private:
    void tests_row(std::size_t row, const std::string& id, const std::string& name, const QualityFigures& f) {
        const Cell none = label(Msg::not_defined);
        put(row, quality_project_id, id);
        put(row, quality_project, name);
        format(row, quality_project_id, 1, 2, CellFormat::text);
        if (f.has_tests) {
            put(row, quality_planned, f.tests_planned);
            put(row, quality_executed, f.tests_executed);
            put(row, quality_passed, f.tests_passed);
            put(row, quality_execution_rate, optional_cell(f.execution_rate));
            put(row, quality_pass_rate, optional_cell(f.pass_rate));
        } else {
            for (std::size_t c = quality_planned; c <= quality_pass_rate; ++c)
                put(row, c, none);
        }
        format(row, quality_planned, 1, 3, CellFormat::count);
        format(row, quality_execution_rate, 1, 2, CellFormat::percent);
    }

    void defects_row(std::size_t row, const std::string& id, const std::string& name, const QualityFigures& f) {
        const Cell none = label(Msg::not_defined);
        put(row, defects_project_id, id);
        put(row, defects_project, name);
        format(row, defects_project_id, 1, 2, CellFormat::text);
        if (!f.has_defects) {
            for (std::size_t c = quality_found; c < defects_column_count; ++c)
                put(row, c, none);
            return;
        }
        put(row, quality_found, static_cast<double>(f.defects_found));
        put(row, quality_open, static_cast<double>(f.defects_open));
        format(row, quality_found, 1, 2, CellFormat::count);
        put(row, quality_size, f.size ? Cell(format_number(*f.size) + (f.size_unit.empty() ? "" : " " + f.size_unit))
                                      : none);
        put(row, quality_density, optional_cell(f.density));
        format(row, quality_size, 1, 1, CellFormat::text);
        format(row, quality_density, 1, 1, CellFormat::index);
        if (const auto& fit = f.growth.fit) {
            put(row, quality_model, label(growth_model_label(fit->model)));
            put(row, quality_total, fit->estimated_total);
            put(row, quality_latent, fit->latent);
            put(row, quality_convergence, fit->convergence);
            put(row, quality_note,
                Message{Msg::report_fit_ok, {format_number(fit->r_squared, 3)}}.render(options.language));
            format(row, quality_model, 1, 1, CellFormat::text);
            format(row, quality_total, 1, 2, CellFormat::periods);
            format(row, quality_convergence, 1, 1, CellFormat::percent);
            format(row, quality_note, 1, 1, CellFormat::note);
            return;
        }
        for (std::size_t c = quality_model; c < quality_note; ++c)
            put(row, c, none);
        if (f.growth.problem) {
            put(row, quality_note, label(growth_problem_label(*f.growth.problem)));
            format(row, quality_note, 1, 1, CellFormat::diagnostic_warning);
        }
    }
};

}  // namespace

void quality(ReportSheet& sheet) { QualitySection(sheet).quality(); }

}  // namespace pmocalc::report
