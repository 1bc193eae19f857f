// Each project's plan as bars with its progress lines (イナズマ線), a Gantt
// chart a page, its numbers past the printed columns.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

constexpr std::size_t progress_chart_min_rows = 24;
// The Gantt chart's look: the plan's bars thick and muted, earlier lines
// light, today's line red, the status date a thin blue line.
constexpr ChartSpec::SeriesStyle gantt_plan_style{0x9DB7D5, 250, false};
constexpr ChartSpec::SeriesStyle gantt_earlier_style{0xBFBFBF, 35, false};
constexpr ChartSpec::SeriesStyle gantt_today_style{0xC00000, 60, false};
constexpr ChartSpec::SeriesStyle gantt_status_date_style{0x2F5597, 25, false};

class ProgressLinesSection : Section {
public:
    using Section::Section;

    // The plan of each project as bars with its progress lines (イナズマ線):
    // today's and up to three earlier status dates', a project a page, the
    // most slip first. The numbers the chart draws sit in columns past the
    // printed ones (layout.printed_columns).
    void progress_charts() {
        if (status.progress_charts_left_out > 0) {
            new_row();
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::report_progress_charts_left_out,
                                {status.progress_charts_left_out, status.progress_charts.size()}}
                            .render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
        }
        for (const ProgressChart& chart : status.progress_charts) {
            new_row();
            const std::size_t title = new_row();
            put(title, 0, Message{Msg::report_progress_chart, {chart.name, chart.project_id}}.render(options.language));
            format(title, 0, 1, 1, CellFormat::heading);
            layout.page_breaks.push_back(layout.rows.size() - 1);
            const std::size_t about = new_row();
            put(about, 0, label(Msg::report_progress_chart_about));
            format(about, 0, 1, 1, CellFormat::note);
            if (chart.tasks_left_out > 0) {
                const std::size_t row = new_row();
                put(row, 0, Message{Msg::report_progress_chart_left_out, {chart.tasks_left_out, chart.bars.size()}}
                                .render(options.language));
                format(row, 0, 1, 1, CellFormat::note);
            }
            const std::size_t top = layout.rows.size();
            const std::size_t height = std::max(progress_chart_min_rows, chart.bars.size() * 3 / 2 + 8);
            for (std::size_t i = 0; i < height; ++i)
                new_row();
            if (!layout.progress_chart_first_row)
                layout.progress_chart_first_row = top;
            progress_chart_data(chart, top, height);
        }
    }

private:
    // The chart's numbers beside it, past the printed columns: x (a date) in
    // the first column, then the plan's bars, each line and the status date as
    // y columns, each drawn piece a run of rows with a blank row after it.
    void progress_chart_data(const ProgressChart& chart, std::size_t top, std::size_t height) {
        const std::size_t x = chart_data_column;
        const std::size_t plan = x + 1;
        const std::size_t first_line = plan + 1;
        const std::size_t today = first_line + chart.lines.size();
        std::vector<std::vector<Cell>> block;
        const auto point = [&](double time, std::size_t column, double y) {
            std::vector<Cell> row(today + 1 - x);
            row[0] = time - static_cast<double>(options.null_date_offset);
            row[column - x] = y;
            block.push_back(std::move(row));
        };
        const auto gap = [&] { block.emplace_back(today + 1 - x); };
        const double n = static_cast<double>(chart.bars.size());
        // Bar i at height n - i: the first task on top.
        for (std::size_t i = 0; i < chart.bars.size(); ++i) {
            point(chart.bars[i].start, plan, n - static_cast<double>(i));
            point(chart.bars[i].finish, plan, n - static_cast<double>(i));
            gap();
        }
        for (std::size_t l = 0; l < chart.lines.size(); ++l) {
            const ProgressChart::Line& line = chart.lines[l];
            point(line.time, first_line + l, n + 0.5);
            for (std::size_t i = 0; i < chart.bars.size(); ++i)
                if (line.points[i])
                    point(*line.points[i], first_line + l, n - static_cast<double>(i));
            point(line.time, first_line + l, 0.5);
            gap();
        }
        const double now = chart.lines.back().time;
        point(now, today, n + 0.5);
        point(now, today, 0.5);
        // Beside the chart's band, past the printed columns.
        std::vector<std::vector<Cell>> data;
        data.emplace_back(today + 1 - x);
        data[0][0] = label(Msg::report_progress_chart_x);
        data[0][plan - x] = label(Msg::report_progress_chart_plan);
        for (std::size_t l = 0; l < chart.lines.size(); ++l)
            data[0][first_line + l - x] =
                Message{chart.lines[l].status_date == status.status_date ? Msg::report_progress_chart_line_today
                                                                          : Msg::report_progress_chart_line,
                        {MessageArg::date(chart.lines[l].status_date)}}
                    .render(options.language);
        data[0][today - x] = label(Msg::report_progress_chart_status_date);
        for (auto& row : block)
            data.push_back(std::move(row));
        const Span span = data_block(top, std::move(data), {{0, CellFormat::date}});
        ChartSpec spec{ChartSpec::Kind::xy_lines, "pmocalc_progress_" + std::to_string(layout.charts.size()),
                       Message{Msg::report_progress_chart, {chart.name, chart.project_id}}.render(options.language),
                       span, {top, 0, height, report::printed_grid_columns}};
        spec.series.push_back(gantt_plan_style);
        for (std::size_t l = 0; l + 1 < chart.lines.size(); ++l)
            spec.series.push_back(gantt_earlier_style);
        spec.series.push_back(gantt_today_style);
        spec.series.push_back(gantt_status_date_style);
        layout.charts.push_back(std::move(spec));
    }
};

}  // namespace

void progress_lines(ReportSheet& sheet) { ProgressLinesSection(sheet).progress_charts(); }

}  // namespace pmocalc::report
