// SPI and CPI by project and the portfolio's S-curve, two charts side by
// side on a page of their own.
#include <cstddef>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

class ChartsSection : Section {
public:
    using Section::Section;

    // Two charts side by side; the numbers they draw kept past the print area.
    void charts() {
        heading(Msg::report_charts);
        page_break_before(next_row() - 1);
        const std::size_t chart_top = next_row();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        std::vector<std::vector<Cell>> indices{
            {label(Msg::header_project), label(Msg::header_spi), label(Msg::header_cpi)}};
        for (const ProjectStatus& p : status.projects)
            indices.push_back({p.project.name.empty() ? p.project.id : p.project.name,
                               p.figures.spi ? Cell(*p.figures.spi) : Cell(),
                               p.figures.cpi ? Cell(*p.figures.cpi) : Cell()});
        const SCurve& curve = status.s_curve;
        const auto status_period = curve.cumulative_pv.empty() || status.status_date < curve.origin
                                       ? std::size_t(-1)
                                       : static_cast<std::size_t>((status.status_date - curve.origin) / curve.period_days);
        std::vector<std::vector<Cell>> s_curve{
            {label(Msg::header_week_ending), label(Msg::header_pv), label(Msg::header_ev), label(Msg::header_ac)}};
        for (std::size_t k = 0; k < curve.cumulative_pv.size(); ++k) {
            s_curve.push_back({day_cell(curve.period_end(k)), curve.cumulative_pv[k], Cell(), Cell()});
            if (k == status_period) {
                s_curve.back()[2] = status.figures.ev;
                if (status.figures.ac)
                    s_curve.back()[3] = *status.figures.ac;
            }
        }
        // EV and AC of earlier recorded status dates, in their periods.
        std::size_t recorded = 0;
        for (const TrendPoint& point : status.history.portfolio.points) {
            if (point.date >= status.status_date || point.date < curve.origin)
                continue;
            const auto k = static_cast<std::size_t>((point.date - curve.origin) / curve.period_days);
            if (k >= curve.cumulative_pv.size())
                continue;
            s_curve[k + 1][2] = point.ev;
            if (point.ac)
                s_curve[k + 1][3] = *point.ac;
            ++recorded;
        }
        note_lines(recorded > 0 ? Message{Msg::report_s_curve_history_note, {status.history.dates.size()}}.render(
                                      options.language)
                                : label(Msg::report_s_curve_note));
        if (indices.size() > 1) {
            const Span data = data_block(chart_top, std::move(indices),
                                         {{1, CellFormat::index}, {2, CellFormat::index}});
            layout.charts.push_back({ChartSpec::Kind::bars, "pmocalc_spi_cpi", label(Msg::report_chart_indices), data,
                                     {chart_top, 0, chart_rows, 6}});
        }
        if (!curve.cumulative_pv.empty()) {
            const Span data = data_block(chart_top, std::move(s_curve),
                                         {{0, CellFormat::date}, {1, CellFormat::money}, {2, CellFormat::money},
                                          {3, CellFormat::money}});
            layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_s_curve", label(Msg::report_chart_s_curve), data,
                                     {chart_top, 7, chart_rows, 7}});
        }
    }
};

}  // namespace

void earned_value_charts(ReportSheet& sheet) { ChartsSection(sheet).charts(); }

}  // namespace pmocalc::report
