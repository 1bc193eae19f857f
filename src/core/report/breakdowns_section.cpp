// EVM figures by program, department, PM and assignee, and the first
// breakdown's SPI and CPI by group as a chart.
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// The breakdown tables: the group, its size, then its figures.
enum BreakdownColumn : std::size_t { breakdown_name, breakdown_projects, breakdown_tasks, breakdown_bac, breakdown_pv,
                                     breakdown_ev, breakdown_ac, breakdown_spi, breakdown_cpi, breakdown_eac,
                                     breakdown_svt, breakdown_column_count };
// The chart of the first table's groups (SPI, CPI), and its size.
constexpr std::size_t breakdown_chart_rows = 16;
constexpr std::size_t max_breakdown_chart_groups = 20;

class BreakdownsSection : Section {
public:
    using Section::Section;

    // EVM figures by program, department, PM and assignee: a table each, and
    // SPI and CPI of the first one's groups as a chart below them.
    void breakdowns() {
        if (status.breakdowns.empty())
            return;
        heading(Msg::report_breakdowns);
        note_lines(label(Msg::report_breakdowns_explained));
        // The first breakdown's SPI and CPI by group is charted.
        std::vector<std::vector<Cell>> chart_data;
        std::string chart_title;
        for (const Breakdown& b : status.breakdowns) {
            const auto [title, name_header, unnamed] = breakdown_labels(b.key);
            new_row();
            const std::size_t caption = new_row();
            put(caption, 0, label(title));
            format(caption, 0, 1, 1, CellFormat::label);
            const std::size_t header = new_row();
            column_headers(header, breakdown_name,
                           std::array{name_header, Msg::header_projects, Msg::header_tasks, Msg::header_bac,
                                      Msg::header_pv, Msg::header_ev, Msg::header_ac, Msg::header_spi, Msg::header_cpi,
                                      Msg::header_eac, header_text(Msg::header_svt_weeks)});
            const bool with_chart = chart_data.empty();
            if (with_chart) {
                chart_data.push_back({label(name_header), label(Msg::header_spi), label(Msg::header_cpi)});
                chart_title = Message{Msg::report_chart_breakdown, {MessageArg::rendered(label(title))}}.render(
                    options.language);
            }
            for (std::size_t i = 0; i < b.groups.size(); ++i) {
                const BreakdownGroup& g = b.groups[i];
                const std::size_t row = new_row();
                const std::string name = g.name.empty() ? label(unnamed) : g.name;
                put(row, breakdown_name, name);
                put(row, breakdown_projects, static_cast<double>(g.projects));
                put(row, breakdown_tasks, static_cast<double>(g.tasks));
                put(row, breakdown_bac, g.figures.bac);
                put(row, breakdown_pv, g.figures.pv);
                put(row, breakdown_ev, g.figures.ev);
                put(row, breakdown_ac, optional_cell(g.figures.ac));
                put(row, breakdown_spi, optional_cell(g.figures.spi));
                put(row, breakdown_cpi, optional_cell(g.figures.cpi));
                put(row, breakdown_eac, optional_cell(g.figures.eac));
                put(row, breakdown_svt, optional_cell(g.figures.svt));
                if (with_chart && i < max_breakdown_chart_groups)
                    chart_data.push_back({name, g.figures.spi ? Cell(*g.figures.spi) : Cell(),
                                          g.figures.cpi ? Cell(*g.figures.cpi) : Cell()});
            }
            const std::size_t n = b.groups.size();
            format(header + 1, breakdown_name, n, 1, CellFormat::text);
            format(header + 1, breakdown_projects, n, 2, CellFormat::count);
            format(header + 1, breakdown_bac, n, 4, CellFormat::money);
            format(header + 1, breakdown_spi, n, 2, CellFormat::index);
            format(header + 1, breakdown_eac, n, 1, CellFormat::money);
            format(header + 1, breakdown_svt, n, 1, CellFormat::periods);
        }
        new_row();
        const std::size_t top = next_row();
        for (std::size_t i = 0; i < breakdown_chart_rows; ++i)
            new_row();
        const Span data = data_block(top, std::move(chart_data), {{1, CellFormat::index}, {2, CellFormat::index}});
        layout.charts.push_back({ChartSpec::Kind::bars, "pmocalc_breakdown", chart_title, data,
                                 {top, 0, breakdown_chart_rows, 8}});
    }

private:
    static std::array<Msg, 3> breakdown_labels(BreakdownKey key) {
        switch (key) {
        case BreakdownKey::program:
            return {Msg::breakdown_program, Msg::header_program, Msg::breakdown_unnamed_program};
        case BreakdownKey::department:
            return {Msg::breakdown_department, Msg::header_department, Msg::breakdown_unnamed_department};
        case BreakdownKey::manager: return {Msg::breakdown_manager, Msg::header_pm, Msg::breakdown_unnamed_manager};
        case BreakdownKey::assignee:
            return {Msg::breakdown_assignee, Msg::header_assignee, Msg::breakdown_unnamed_assignee};
        }
        return {Msg::breakdown_program, Msg::header_program, Msg::breakdown_unnamed_program};
    }
};

}  // namespace

void breakdowns(ReportSheet& sheet) { BreakdownsSection(sheet).breakdowns(); }

}  // namespace pmocalc::report
