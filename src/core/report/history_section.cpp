// The status history: the portfolio's trend, SPI, CPI and SPI(t) by project,
// the milestone trend, re-baselines and what changed since the previous
// status date.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../calendar.hpp"
#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// The progress over time: the portfolio's trend (its first four columns are
// the indices chart's data), then SPI and CPI by project, each a chart.
enum TrendColumn : std::size_t { trend_date, trend_spi, trend_cpi, trend_spit, trend_period_spi, trend_period_cpi,
                                 trend_pv, trend_ev, trend_ac, trend_bac, trend_eac, trend_forecast, trend_note,
                                 trend_column_count };
constexpr std::array<ColumnSpec, trend_column_count> trend_columns{{
    {Msg::history_col_status_date, CellFormat::date},
    {Msg::header_spi, CellFormat::index},
    {Msg::header_cpi, CellFormat::index},
    {Msg::header_spit, CellFormat::index},
    {Msg::header_period_spi, CellFormat::index},
    {Msg::header_period_cpi, CellFormat::index},
    {Msg::header_pv, CellFormat::money},
    {Msg::header_ev, CellFormat::money},
    {Msg::header_ac, CellFormat::money},
    {Msg::header_bac, CellFormat::money},
    {Msg::header_eac, CellFormat::money},
    {Msg::header_forecast_finish, CellFormat::date},
    {Msg::header_history_note, CellFormat::text},
}};
// Projects drawn in the by-project trend charts (the rest are in the JSON).
constexpr std::size_t max_trend_projects = 12;

// The milestone trend's table, and how many of its lines the chart draws.
enum MilestoneTrendColumn : std::size_t {
    mta_project, mta_milestone, mta_baseline, mta_first, mta_latest, mta_slip, mta_recent, mta_alert, mta_column_count
};
constexpr std::array<ColumnSpec, mta_column_count> mta_columns{{
    {Msg::header_project_id, CellFormat::text},
    {Msg::header_milestone, CellFormat::text},
    {Msg::header_baseline_finish, CellFormat::date},
    {Msg::header_first_forecast, CellFormat::date},
    {Msg::header_latest_forecast, CellFormat::date},
    {Msg::header_slip_per_week, CellFormat::periods},
    {Msg::header_recent_slip_per_week, CellFormat::periods},
    {Msg::header_alert, CellFormat::text},
}};
constexpr std::size_t max_mta_chart_lines = 8;

enum ChangeColumn : std::size_t { change_kind, change_project, change_task_id, change_task, change_detail_column,
                                  change_column_count };
constexpr std::array<Msg, change_column_count> change_headers{
    Msg::header_change, Msg::header_project_id, Msg::header_task_id, Msg::header_task, Msg::header_detail};
constexpr std::size_t max_changes_listed = 200;

class HistorySection : Section {
public:
    using Section::Section;

    // The trend of the portfolio, SPI/CPI by project, re-baselines and what
    // changed since the previous status date.
    void history() {
        const HistoryAnalysis& h = status.history;
        if (h.dates.empty())
            return;
        heading(Msg::report_history);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        const std::size_t about = new_row();
        if (h.dates.size() < 2)
            put(about, 0, Message{Msg::report_history_single, {MessageArg::date(h.dates.front())}}.render(
                              options.language));
        else
            put(about, 0,
                Message{Msg::report_history_dates,
                        {h.dates.size(), options.history_sheet.empty() ? label(Msg::history_sheet_name)
                                                                        : options.history_sheet,
                         MessageArg::date(h.dates.front()), MessageArg::date(h.dates.back())}}
                    .render(options.language));
        format(about, 0, 1, 1, CellFormat::note);
        if (h.tasks_left_out) {
            const std::size_t row = new_row();
            put(row, 0, label(Msg::report_history_tasks_left_out));
            format(row, 0, 1, 1, CellFormat::diagnostic_warning);
        }
        if (h.dates.size() < 2)
            return;

        // The portfolio's trend, and its indices as a chart.
        const std::size_t chart_top = layout.rows.size();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        const std::size_t header = new_row();
        column_headers(header, 0, trend_columns);
        layout.history_first_row = header + 1;
        const auto& points = h.portfolio.points;
        for (std::size_t i = 0; i < points.size(); ++i) {
            const TrendPoint& p = points[i];
            const std::size_t row = new_row();
            put(row, trend_date, day_cell(p.date));
            put(row, trend_spi, optional_cell(p.spi));
            put(row, trend_cpi, optional_cell(p.cpi));
            put(row, trend_spit, optional_cell(p.spit));
            put(row, trend_period_spi, optional_cell(p.period_spi));
            put(row, trend_period_cpi, optional_cell(p.period_cpi));
            put(row, trend_pv, p.pv);
            put(row, trend_ev, p.ev);
            put(row, trend_ac, optional_cell(p.ac));
            put(row, trend_bac, p.bac);
            put(row, trend_eac, optional_cell(p.eac));
            put(row, trend_forecast, optional_day(p.forecast_finish));
            if (p.rebaselined && i > 0)
                put(row, trend_note, rebaseline_note(points[i - 1], p));
        }
        column_formats(header + 1, points.size(), 0, trend_columns);
        if (!points.empty())
            layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_history_indices",
                                      label(Msg::report_chart_history_indices), {header, 0, points.size() + 1, 4},
                                      {chart_top, 0, chart_rows, 10}});
        project_trends();
        milestone_trend();
        rebaselines();
        changes();
    }

private:
    Cell optional_day(const std::optional<Day>& day) const {
        return day ? day_cell(*day) : Cell(label(Msg::not_defined));
    }

    // +7.9% (one decimal).
    static std::string signed_percent(double fraction) {
        return (fraction > 0 ? "+" : "") + format_number(fraction * 100, 1) + "%";
    }

    std::string signed_grouped(double value) const {
        return (value > 0 ? "+" : "") + format_grouped(value);
    }

    // "BAC +200 (+20%), baseline finish +43 days" of a re-baselined point.
    std::string rebaseline_note(const TrendPoint& before, const TrendPoint& now) const {
        const double change = now.bac - before.bac;
        std::string bac = signed_grouped(change);
        if (before.bac != 0)
            bac += " (" + signed_percent(change / before.bac) + ")";
        std::string finish = label(Msg::not_defined);
        if (before.baseline_finish && now.baseline_finish)
            finish = iso_date(*before.baseline_finish) + " \u2192 " + iso_date(*now.baseline_finish);
        return Message{Msg::report_rebaseline_note, {bac, finish}}.render(options.language);
    }

    // Milestone trend analysis: each project finish's and milestone's forecast
    // at every status date as lines (those slipping fastest, at most
    // max_mta_chart_lines), and every one in a table with its slip a week.
    void milestone_trend() {
        const auto& trends = status.milestone_trends;
        if (trends.empty())
            return;
        heading(Msg::report_milestone_trend);
        const std::size_t about = new_row();
        put(about, 0, label(Msg::report_milestone_trend_about));
        format(about, 0, 1, 1, CellFormat::note);

        std::vector<const MilestoneTrend*> drawn;
        for (const MilestoneTrend& t : trends)
            drawn.push_back(&t);
        const auto slipped = [](const MilestoneTrend* t) { return t->points.back().forecast - t->points.front().forecast; };
        std::stable_sort(drawn.begin(), drawn.end(), [&](const MilestoneTrend* a, const MilestoneTrend* b) {
            if (a->accelerating != b->accelerating)
                return a->accelerating;
            return slipped(a) > slipped(b);
        });
        if (drawn.size() > max_mta_chart_lines) {
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::report_milestone_trend_more, {drawn.size() - max_mta_chart_lines, max_mta_chart_lines}}
                            .render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
            drawn.resize(max_mta_chart_lines);
        }
        const std::vector<Day>& dates = status.history.dates;
        const std::size_t chart_top = next_row();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        std::vector<std::vector<Cell>> data{{label(Msg::history_col_status_date)}};
        for (const MilestoneTrend* t : drawn)  // short names: they head the chart's legend
            data[0].push_back(t->subject.task_id.empty() ? t->subject.project_id
                                                         : t->subject.project_id + " " + t->subject.task_id);
        for (const Day date : dates) {
            std::vector<Cell> row{day_cell(date)};
            for (const MilestoneTrend* t : drawn) {
                row.emplace_back();
                for (const MilestonePoint& p : t->points)
                    if (p.status_date == date)
                        row.back() = day_cell(p.forecast);
            }
            data.push_back(std::move(row));
        }
        std::vector<DataFormat> formats;
        for (std::size_t j = 0; j <= drawn.size(); ++j)
            formats.push_back({j, CellFormat::date});
        const Span span = data_block(chart_top, std::move(data), formats);
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_milestone_trend",
                                 label(Msg::report_chart_milestone_trend), span, {chart_top, 0, chart_rows, 10}});

        new_row();
        const std::size_t header = new_row();
        column_headers(header, 0, mta_columns);
        layout.milestone_trend_first_row = header + 1;
        for (const MilestoneTrend& t : trends) {
            const std::size_t row = new_row();
            put(row, mta_project, t.subject.project_id);
            put(row, mta_milestone, t.subject.task_id.empty() ? label(Msg::mta_project_finish) : t.subject.name);
            put(row, mta_baseline, optional_day(t.baseline_finish));
            put(row, mta_first, day_cell(t.points.front().forecast));
            put(row, mta_latest, day_cell(t.points.back().forecast));
            put(row, mta_slip, optional_cell(t.slip_per_week));
            put(row, mta_recent, optional_cell(t.recent_slip_per_week));
            if (t.accelerating)
                put(row, mta_alert, label(Msg::mta_accelerating));
        }
        column_formats(header + 1, trends.size(), 0, mta_columns);
        for (std::size_t i = 0; i < trends.size(); ++i)  // over the column's text format
            if (trends[i].accelerating)
                format(header + 1 + i, mta_alert, 1, 1, CellFormat::diagnostic_warning);
    }

    // SPI and CPI of each project at each status date (the projects least on
    // schedule first, at most max_trend_projects), each table a chart.
    void project_trends() {
        const HistoryAnalysis& h = status.history;
        std::vector<const Trend*> shown;
        for (const Trend& t : h.projects)
            if (t.points.size() >= 2)
                shown.push_back(&t);
        if (shown.empty())
            return;
        std::stable_sort(shown.begin(), shown.end(), [](const Trend* a, const Trend* b) {
            return a->points.back().spi.value_or(1e9) < b->points.back().spi.value_or(1e9);
        });
        if (shown.size() > max_trend_projects)
            shown.resize(max_trend_projects);
        heading(Msg::report_history_project_trends);
        const std::size_t chart_top = next_row();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        // A table per index: the status dates down, a column per project
        // (series by project ID: names would crowd the legend).
        const auto table = [&](std::optional<double> TrendPoint::*index) {
            std::vector<std::vector<Cell>> data{{label(Msg::history_col_status_date)}};
            for (const Trend* t : shown)
                data[0].push_back(t->project_id);
            for (const Day date : h.dates) {
                std::vector<Cell> row{day_cell(date)};
                for (const Trend* t : shown) {
                    row.emplace_back();
                    for (const TrendPoint& p : t->points)
                        if (p.date == date && p.*index)
                            row.back() = *(p.*index);
                }
                data.push_back(std::move(row));
            }
            std::vector<DataFormat> formats{{0, CellFormat::date}};
            for (std::size_t j = 1; j <= shown.size(); ++j)
                formats.push_back({j, CellFormat::index});
            return data_block(chart_top, std::move(data), formats);
        };
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_history_spi", label(Msg::report_chart_spi_trend),
                                 table(&TrendPoint::spi), {chart_top, 0, chart_rows, 7}});
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_history_cpi", label(Msg::report_chart_cpi_trend),
                                 table(&TrendPoint::cpi), {chart_top, 7, chart_rows, 7}});
        // SPI(t) by project: its own band below.
        new_row();
        const std::size_t spit_top = next_row();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_history_spit", label(Msg::report_chart_spit_trend),
                                 table(&TrendPoint::spit), {spit_top, 0, chart_rows, 7}});
    }

    void rebaselines() {
        const HistoryAnalysis& h = status.history;
        if (h.rebaselines.empty())
            return;
        heading(Msg::report_rebaselines);
        for (const Rebaseline& r : h.rebaselines) {
            const double change = r.bac_after - r.bac_before;
            std::string share = label(Msg::not_defined);
            if (r.bac_before != 0)
                share = signed_percent(change / r.bac_before);
            auto date_text = [&](const std::optional<Day>& d) {
                return d ? iso_date(*d) : label(Msg::not_defined);
            };
            const std::size_t row = new_row();
            put(row, 0,
                Message{Msg::report_rebaseline_line,
                        {r.name.empty() ? r.project_id : r.name, MessageArg::date(r.previous_date),
                         MessageArg::date(r.date), format_grouped(r.bac_before), format_grouped(r.bac_after), share,
                         date_text(r.finish_before), date_text(r.finish_after), format_index(r.spi_before),
                         format_index(r.spi_after)}}
                    .render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
        }
    }

    std::string change_detail(const TaskChange& c) const {
        switch (c.kind) {
        case ChangeKind::added:
        case ChangeKind::removed: return "";
        case ChangeKind::renamed: return Message{Msg::change_renamed_detail, {c.old_name}}.render(options.language);
        case ChangeKind::progressed:
            return Message{Msg::change_progress_detail,
                           {MessageArg::percent(c.percent_before.value_or(0)),
                            MessageArg::percent(c.percent_after.value_or(0))}}
                .render(options.language);
        case ChangeKind::stalled:
            return Message{Msg::change_stalled_detail,
                           {c.periods_without_progress, MessageArg::percent(c.percent_after.value_or(0)),
                            MessageArg::date(c.stalled_since),
                            static_cast<long long>(status.status_date - c.stalled_since)}}
                .render(options.language);
        case ChangeKind::newly_late:
            if (c.forecast_finish && c.baseline_finish && *c.forecast_finish > *c.baseline_finish)
                return Message{Msg::change_late_detail,
                               {MessageArg::date(*c.forecast_finish), MessageArg::date(*c.baseline_finish)}}
                    .render(options.language);
            return Message{Msg::change_overdue_detail, {MessageArg::date(c.baseline_finish.value_or(0))}}.render(
                options.language);
        }
        return "";
    }

    void changes() {
        const HistoryAnalysis& h = status.history;
        if (!h.previous_date)
            return;
        constexpr std::array<Msg, 6> kind_labels{Msg::change_added,    Msg::change_removed, Msg::change_renamed,
                                                 Msg::change_progressed, Msg::change_stalled, Msg::change_newly_late};
        new_row();
        const std::size_t title = new_row();
        put(title, 0, Message{Msg::report_changes, {MessageArg::date(*h.previous_date)}}.render(options.language));
        format(title, 0, 1, 1, CellFormat::heading);
        if (h.changes.empty()) {
            const std::size_t row = new_row();
            put(row, 0,
                Message{Msg::report_no_changes, {MessageArg::date(*h.previous_date)}}.render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
            return;
        }
        const std::size_t header = new_row();
        column_headers(header, 0, change_headers);
        layout.changes_first_row = header + 1;
        const std::size_t listed = std::min(h.changes.size(), max_changes_listed);
        for (std::size_t i = 0; i < listed; ++i) {
            const TaskChange& c = h.changes[i];
            const std::size_t row = new_row();
            put(row, change_kind, label(kind_labels[static_cast<std::size_t>(c.kind)]));
            put(row, change_project, c.project_id);
            put(row, change_task_id, c.task_id);
            put(row, change_task, c.name);
            put(row, change_detail_column, change_detail(c));
        }
        format(header + 1, 0, listed, change_column_count, CellFormat::text);
        if (listed < h.changes.size()) {
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::report_changes_more, {h.changes.size() - listed}}.render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
        }
    }
};

}  // namespace

void history(ReportSheet& sheet) { HistorySection(sheet).history(); }

}  // namespace pmocalc::report
