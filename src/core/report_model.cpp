#include "report_model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <type_traits>

#include "project_choice.hpp"
#include "read_summary.hpp"
#include "report/report_sheet.hpp"
#include "report/sections.hpp"
#include "text.hpp"

namespace pmocalc {

namespace {

namespace col = report_column;
using report::ColumnSpec;
using report::ReportSheet;
using report::chart_data_column;

// Sheet column widths in mm before text is fitted: an ID, a long name, a
// program or PM, then figures (the printed columns take 333 to 380 mm: the
// page is scaled to 0.73–0.83, 10-pt text prints at 7.3 pt or more).
const std::vector<double> lead_column_widths_mm{24, 52, 26};
constexpr double default_column_width_mm = 21;

enum RiskColumn : std::size_t { rank, risk_id, risk_project, risk_title, risk_type, probability, impact, exposure,
                                owner, risk_column_count };
constexpr std::array<Msg, risk_column_count> risk_headers{
    Msg::header_rank, Msg::header_risk_id, Msg::header_project, Msg::header_risk, Msg::header_type,
    Msg::header_probability, Msg::header_impact, Msg::header_exposure, Msg::header_owner};

enum MilestoneColumn : std::size_t { milestone_project, milestone_name, milestone_baseline, milestone_forecast,
                                     milestone_slip, milestone_column_count };
constexpr std::array<Msg, milestone_column_count> milestone_headers{
    Msg::header_project, Msg::header_milestone, Msg::header_baseline_finish, Msg::header_forecast_finish_milestone,
    Msg::header_slip_days};

enum DiagnosticColumn : std::size_t { diagnostic_sheet, diagnostic_cell, diagnostic_severity, diagnostic_message,
                                      diagnostic_column_count };
constexpr std::array<Msg, diagnostic_column_count> diagnostic_headers{
    Msg::header_sheet, Msg::header_cell, Msg::header_severity, Msg::header_message};

// What pmocalc read: a row per table, and under it the columns it read (a
// long list, on a row of its own so that it runs on into empty cells).
enum ReadColumn : std::size_t { read_sheet, read_range, read_kind, read_rows, read_skipped, read_summaries,
                                read_notes, read_column_count };
constexpr std::array<Msg, read_column_count> read_headers{
    Msg::header_sheet,        Msg::header_range,        Msg::header_read_as, Msg::header_rows_read,
    Msg::header_rows_skipped, Msg::header_summary_rows, Msg::header_read_notes};

constexpr std::array<Msg, 4> aging_headers{Msg::report_aging_0_7, Msg::report_aging_8_30, Msg::report_aging_31_90,
                                           Msg::report_aging_over_90};

// Rows a chart covers.
constexpr std::size_t chart_rows = 20;
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

constexpr std::size_t progress_chart_min_rows = 24;
// The Gantt chart's look: the plan's bars thick and muted, earlier lines
// light, today's line red, the status date a thin blue line.
constexpr ChartSpec::SeriesStyle gantt_plan_style{0x9DB7D5, 250, false};
constexpr ChartSpec::SeriesStyle gantt_earlier_style{0xBFBFBF, 35, false};
constexpr ChartSpec::SeriesStyle gantt_today_style{0xC00000, 60, false};
constexpr ChartSpec::SeriesStyle gantt_status_date_style{0x2F5597, 25, false};
enum ChangeColumn : std::size_t { change_kind, change_project, change_task_id, change_task, change_detail_column,
                                  change_column_count };
constexpr std::array<Msg, change_column_count> change_headers{
    Msg::header_change, Msg::header_project_id, Msg::header_task_id, Msg::header_task, Msg::header_detail};
constexpr std::size_t max_changes_listed = 200;

// The schedule summary, one row per project with a network.
enum ScheduleSummaryColumn : std::size_t { summary_project_id, summary_project, summary_tasks, summary_start,
                                           summary_finish, summary_baseline, summary_float, summary_p50, summary_p80,
                                           summary_p95, summary_on_time, summary_failed, summary_path,
                                           summary_column_count };
constexpr std::array<Msg, summary_column_count> schedule_summary_headers{
    Msg::header_project_id, Msg::header_project_name, Msg::header_tasks, Msg::header_network_start,
    Msg::header_early_finish, Msg::header_baseline_finish, Msg::header_finish_float, Msg::header_p50,
    Msg::header_p80, Msg::header_p95, Msg::header_on_time, Msg::header_health_failed, Msg::report_critical_path};

enum ScheduleTaskColumn : std::size_t { task_column_id, task_column_name, task_column_criticality,
                                        task_column_sensitivity, task_column_early_start, task_column_early_finish,
                                        task_column_late_start, task_column_late_finish, task_column_total_float,
                                        task_column_free_float, task_column_count };
constexpr std::array<Msg, task_column_count> schedule_task_headers{
    Msg::header_task_id, Msg::header_task, Msg::header_criticality, Msg::header_sensitivity,
    Msg::header_early_start, Msg::header_early_finish_task, Msg::header_late_start, Msg::header_late_finish,
    Msg::header_total_float, Msg::header_free_float};

enum HealthColumn : std::size_t { health_result, health_check, health_threshold, health_count, health_total,
                                  health_value, health_note, health_column_count };
constexpr std::array<Msg, health_column_count> health_headers{
    Msg::header_result, Msg::header_check, Msg::header_threshold, Msg::header_count, Msg::header_of,
    Msg::header_value, Msg::header_message};

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
constexpr std::size_t quality_chart_rows = 16;
constexpr std::size_t quality_chart_right = 8;  // the first column of a band's right chart
// The forecast range: EAC by every method, the finishes, and the EV methods used.
enum ForecastColumn : std::size_t { range_project_id, range_project, range_eac_cpi, range_eac_atypical,
                                    range_eac_cpi_spi, range_eac_cpi_spit, range_eac_bottom_up, range_eac_low,
                                    range_eac_high, range_finish_es, range_finish_recent, range_rules,
                                    range_column_count };
constexpr std::array<Msg, range_column_count> forecast_headers{
    Msg::header_project_id, Msg::header_project_name, Msg::header_eac_cpi, Msg::header_eac_atypical,
    Msg::header_eac_cpi_spi, Msg::header_eac_cpi_spit, Msg::header_eac_bottom_up, Msg::header_eac_low,
    Msg::header_eac_high, Msg::header_finish_earned_schedule, Msg::header_finish_recent_spi,
    Msg::header_earning_rules};
constexpr std::array<Msg, 7> rule_names{Msg::rule_percent,   Msg::rule_zero_hundred,    Msg::rule_fifty_fifty,
                                        Msg::rule_twenty_eighty, Msg::rule_milestones, Msg::rule_level_of_effort,
                                        Msg::rule_apportioned};

// The breakdown tables: the group, its size, then its figures.
enum BreakdownColumn : std::size_t { breakdown_name, breakdown_projects, breakdown_tasks, breakdown_bac, breakdown_pv,
                                     breakdown_ev, breakdown_ac, breakdown_spi, breakdown_cpi, breakdown_eac,
                                     breakdown_svt, breakdown_column_count };
// The chart of the first table's groups (SPI, CPI), and its size.
constexpr std::size_t breakdown_chart_rows = 16;
constexpr std::size_t max_breakdown_chart_groups = 20;

// The lessons table's phase columns; more phases share one "other" column.
constexpr std::size_t max_lesson_phases = 8;
// People across projects: the person-weeks over capacity from the heat map's
// first week on, then the heat map of the people with the highest peaks.
enum OverloadColumn : std::size_t { overload_person, overload_department, overload_week, overload_load,
                                    overload_capacity, overload_of_capacity, overload_causes, overload_column_count };
constexpr std::array<Msg, overload_column_count> overload_headers{
    Msg::header_person, Msg::header_department, Msg::header_week_of, Msg::header_load, Msg::header_capacity,
    Msg::header_load_of_capacity, Msg::header_load_causes};
enum PeopleHeatColumn : std::size_t { heat_person, heat_department, heat_capacity, heat_peak, heat_weeks_over,
                                      heat_first_week };
constexpr std::array<Msg, heat_first_week> people_heat_headers{
    Msg::header_person, Msg::header_department, Msg::header_capacity, Msg::header_peak_of_capacity,
    Msg::header_weeks_over};
constexpr std::size_t max_overload_rows = 100;
// Cross-project links listed in the report, the largest push first; the JSON has all.
constexpr std::size_t max_cross_project_rows = 100;
constexpr std::size_t max_heat_map_people = 60;
constexpr std::size_t max_causes_shown = 4;

// Projects whose schedule is shown in detail, each with its two charts.
constexpr std::size_t max_schedule_details = 3;
constexpr std::size_t schedule_chart_rows = 16;

constexpr std::array<Msg, 3> severity_labels{Msg::severity_error, Msg::severity_warning, Msg::severity_note};

// How many fallback warnings the report's top shows (all are in Diagnostics).
constexpr std::size_t max_fallback_lines = 8;

class ReportBuilder : ReportSheet {
public:
    using ReportSheet::ReportSheet;

    ReportLayout build() {
        layout.sheet_name = label(Msg::report_sheet_name);
        report::executive_summary(*this);
        // Without tasks or earned value by period (a register alone) there
        // is nothing to earn: the report is the registers'.
        const bool earned_value = !portfolio.tasks.empty() || !portfolio.periods.empty();
        if (earned_value) {
            page_break_before(next_row() + 1);
            report::project_tables(*this);
            forecast_range();
            breakdowns();
        }
        // A register with nothing open gets one line, not empty tables.
        if (status.open_risks > 0) {
            top_risks();
            heat_map();
        } else {
            nothing_open(portfolio.risks.empty() ? Msg::report_no_risks : Msg::report_no_open_risks,
                         portfolio.risks.size());
        }
        if (status.open_issues > 0)
            issue_aging();
        else
            nothing_open(portfolio.issues.empty() ? Msg::report_no_issues : Msg::report_no_open_issues,
                         portfolio.issues.size());
        if (earned_value) {
            milestones();
            charts();
        }
        schedules();
        cross_project();
        history();
        progress_charts();
        quality();
        lessons();
        people();
        choosing();
        what_was_read();
        diagnostics();
        report::reading_guide(*this);
        return finish(lead_column_widths_mm, default_column_width_mm);
    }

private:
    // "percent complete 10, 0/100 2" (of them 1 by percent complete instead).
    std::string rules_text(const EarningCounts& counts) const {
        std::string out;
        for (std::size_t i = 0; i < rule_names.size(); ++i) {
            if (counts.by_rule[i] == 0)
                continue;
            if (!out.empty())
                out += options.language == Language::ja ? "、" : ", ";
            out += Message{Msg::rule_count, {rule_names[i], counts.by_rule[i]}}.render(options.language);
        }
        if (out.empty())
            return label(Msg::not_defined);
        if (counts.fell_back > 0)
            out = Message{Msg::rules_fell_back, {MessageArg::rendered(out), counts.fell_back}}.render(options.language);
        return out;
    }

    void forecast_range_row(std::size_t row, const ForecastRange& r, const EarningCounts& counts) {
        put(row, range_eac_cpi, optional_cell(r.eac_cpi));
        put(row, range_eac_atypical, optional_cell(r.eac_atypical));
        put(row, range_eac_cpi_spi, optional_cell(r.eac_cpi_spi));
        put(row, range_eac_cpi_spit, optional_cell(r.eac_cpi_spit));
        put(row, range_eac_bottom_up, optional_cell(r.eac_bottom_up));
        put(row, range_eac_low, optional_cell(r.eac_low));
        put(row, range_eac_high, optional_cell(r.eac_high));
        put(row, range_finish_es, r.finish_earned_schedule ? day_cell(*r.finish_earned_schedule)
                                                           : Cell(label(Msg::not_defined)));
        put(row, range_finish_recent, r.finish_recent_spi ? day_cell(*r.finish_recent_spi)
                                                          : Cell(label(Msg::not_defined)));
        put(row, range_rules, rules_text(counts));
    }

    // EAC by every method side by side and the two finishes: a range, not one number.
    void forecast_range() {
        heading(Msg::report_forecast_range);
        const std::size_t header = new_row();
        column_headers(header, 0, forecast_headers);
        const std::size_t first = new_row();
        layout.forecast_first_row = first;
        put(first, range_project_id, label(Msg::report_portfolio_row));
        forecast_range_row(first, status.forecast_range, status.earning);
        bool any_recent_spi = false;
        for (const ProjectStatus& p : status.projects) {
            const std::size_t row = new_row();
            put(row, range_project_id, p.project.id);
            put(row, range_project, p.project.name);
            forecast_range_row(row, p.forecast_range, p.earning);
            any_recent_spi = any_recent_spi || p.recent_spi.has_value();
        }
        const std::size_t rows = status.projects.size() + 1;
        format(first, range_project_id, rows, 2, CellFormat::text);
        format(first, range_eac_cpi, rows, range_finish_es - range_eac_cpi, CellFormat::money);
        format(first, range_finish_es, rows, 2, CellFormat::date);
        format(first, range_rules, rows, 1, CellFormat::text);
        note_lines(label(Msg::report_forecast_basis));
        if (!any_recent_spi)
            note_lines(label(Msg::report_recent_spi_needs_history));
    }

    std::string project_name(const std::string& id) const {
        for (const Project& p : portfolio.projects)
            if (p.id == id)
                return p.name;
        return id;
    }

    void nothing_open(Msg what, std::size_t recorded) {
        new_row();
        const std::size_t row = new_row();
        put(row, 0, Message{what, {recorded}}.render(options.language));
        format(row, 0, 1, 1, CellFormat::note);
    }

    void top_risks() {
        heading(Msg::report_top_risks);
        const std::size_t header = new_row();
        column_headers(header, 0, risk_headers);
        const std::size_t first = header + 1;
        int number = 0;
        for (const RankedRisk& ranked : status.top_risks) {
            const RiskEntry& risk = *ranked.risk;
            const std::size_t row = new_row();
            put(row, rank, static_cast<double>(++number));
            put(row, risk_id, risk.id);
            put(row, risk_project, project_name(risk.project_id));
            put(row, risk_title, risk.title);
            put(row, risk_type,
                label(risk.kind == RiskKind::threat ? Msg::risk_kind_threat : Msg::risk_kind_opportunity));
            put(row, probability, risk.probability);
            put(row, impact, risk.impact);
            put(row, exposure, ranked.exposure);
            put(row, owner, risk.owner);
        }
        if (number == 0)
            return;
        const auto n = static_cast<std::size_t>(number);
        format(first, rank, n, 1, CellFormat::count);
        format(first, risk_id, n, risk_type - risk_id + 1, CellFormat::text);
        format(first, probability, n, 1, CellFormat::percent);
        format(first, impact, n, exposure - impact + 1, CellFormat::money);
        format(first, owner, n, 1, CellFormat::text);
    }

    void heat_map() {
        heading(Msg::report_heat_map);
        const std::size_t header = new_row();
        put(header, 0, label(Msg::report_heat_corner));
        for (int impact_rank = 1; impact_rank <= 5; ++impact_rank)
            put(header, static_cast<std::size_t>(impact_rank), static_cast<double>(impact_rank));
        format(header, 0, 1, 6, CellFormat::column_header);
        for (int probability_rank = 5; probability_rank >= 1; --probability_rank) {
            const std::size_t row = new_row();
            put(row, 0, static_cast<double>(probability_rank));
            format(row, 0, 1, 1, CellFormat::column_header);
            for (int impact_rank = 1; impact_rank <= 5; ++impact_rank) {
                put(row, static_cast<std::size_t>(impact_rank),
                    static_cast<double>(status.heat_map[static_cast<std::size_t>(probability_rank - 1)]
                                                        [static_cast<std::size_t>(impact_rank - 1)]));
                // Colour by the cell's place in the matrix (P × I), as risk registers do.
                const int score = probability_rank * impact_rank;
                const CellFormat heat = score >= 15 ? CellFormat::heat_5
                                        : score >= 10 ? CellFormat::heat_4
                                        : score >= 5  ? CellFormat::heat_3
                                        : score >= 3  ? CellFormat::heat_2
                                                      : CellFormat::heat_1;
                format(row, static_cast<std::size_t>(impact_rank), 1, 1, heat);
            }
        }
        const std::size_t note = new_row();
        put(note, 0, label(Msg::report_heat_note));
        format(note, 0, 1, 1, CellFormat::note);
    }

    void issue_aging() {
        heading(Msg::report_issue_aging);
        const std::size_t header = new_row();
        column_headers(header, 0, aging_headers);
        column_headers(header, aging_headers.size(), std::array{Msg::report_open, Msg::report_overdue});
        const std::size_t row = new_row();
        for (std::size_t i = 0; i < aging_headers.size(); ++i)
            put(row, i, static_cast<double>(status.issue_aging[i]));
        put(row, aging_headers.size(), static_cast<double>(status.open_issues));
        put(row, aging_headers.size() + 1, static_cast<double>(status.overdue_issues));
        format(row, 0, 1, aging_headers.size() + 2, CellFormat::count);
    }

    void milestones() {
        heading(Msg::report_milestones);
        if (status.slipped_milestones.empty()) {
            const std::size_t row = new_row();
            put(row, 0, label(Msg::report_no_slipped_milestones));
            format(row, 0, 1, 1, CellFormat::note);
            return;
        }
        const std::size_t header = new_row();
        column_headers(header, 0, milestone_headers);
        for (const SlippedMilestone& m : status.slipped_milestones) {
            const std::size_t row = new_row();
            put(row, milestone_project, project_name(m.project_id));
            put(row, milestone_name, m.name.empty() ? m.task_id : m.name);
            put(row, milestone_baseline, day_cell(m.baseline));
            put(row, milestone_forecast, day_cell(m.forecast));
            put(row, milestone_slip, static_cast<double>(m.slip_days));
        }
        const std::size_t n = status.slipped_milestones.size();
        format(header + 1, milestone_project, n, 2, CellFormat::text);
        format(header + 1, milestone_baseline, n, 2, CellFormat::date);
        format(header + 1, milestone_slip, n, 1, CellFormat::days);
    }

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

    // "FS", "SS+2", "FF-1.5".
    static std::string cross_link_text(const CrossProjectLink& link) {
        std::string text(link_type_code(link.type));
        if (link.lag == 0)
            return text;
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%+g", link.lag);
        return text + buffer;
    }

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

    const ProjectStatus* project_status(const std::string& id) const {
        for (const ProjectStatus& p : status.projects)
            if (p.project.id == id)
                return &p;
        return nullptr;
    }

    std::string schedule_name(const ProjectSchedule& schedule) const {
        const ProjectStatus* p = project_status(schedule.project_id);
        return p && !p->project.name.empty() ? p->project.name : schedule.project_id;
    }

    const Task& task_of(const ProjectSchedule& schedule, std::size_t t) const {
        return portfolio.tasks[schedule.tasks[t].task];
    }

    // "A → B → C", at most critical_path_shown IDs.
    std::string path_text(const ProjectSchedule& schedule) const {
        constexpr std::size_t critical_path_shown = 20;
        std::string text;
        const std::size_t shown = std::min(schedule.critical_path.size(), critical_path_shown);
        for (std::size_t i = 0; i < shown; ++i) {
            if (i > 0)
                text += " \u2192 ";
            text += task_of(schedule, schedule.critical_path[i]).id;
        }
        if (shown < schedule.critical_path.size())
            return Message{Msg::report_critical_path_more,
                           {MessageArg::rendered(text), schedule.critical_path.size() - shown}}
                .render(options.language);
        return text;
    }

    // One row per project with a network, then the details of the projects
    // least likely to meet their baseline finish (bounded: the report grows
    // with the number of projects, not with their networks).
    void schedules() {
        if (status.schedules.empty())
            return;
        heading(Msg::report_schedule);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        const std::size_t header = new_row();
        column_headers(header, 0, schedule_summary_headers);
        layout.schedule_first_row = header + 1;
        for (const ProjectSchedule& schedule : status.schedules) {
            const std::size_t row = new_row();
            put(row, summary_project_id, schedule.project_id);
            put(row, summary_project, schedule_name(schedule));
            format(row, summary_project_id, 1, 2, CellFormat::text);
            if (!schedule.network_ok) {
                put(row, summary_tasks, label(Msg::report_no_schedule_figures));
                format(row, summary_tasks, 1, 1, CellFormat::diagnostic_error);
                continue;
            }
            put(row, summary_tasks, static_cast<double>(schedule.tasks.size()));
            put(row, summary_start, day_cell(schedule.start));
            put(row, summary_finish, day_cell(schedule.early_finish));
            put(row, summary_baseline, day_cell(schedule.baseline_finish));
            put(row, summary_float, schedule.finish_float);
            if (schedule.risk) {
                put(row, summary_p50, day_cell(schedule.risk->p50));
                put(row, summary_p80, day_cell(schedule.risk->p80));
                put(row, summary_p95, day_cell(schedule.risk->p95));
                put(row, summary_on_time, schedule.risk->probability_on_time);
            } else {
                for (std::size_t c = summary_p50; c <= summary_on_time; ++c)
                    put(row, c, label(Msg::not_defined));
            }
            const auto failed = std::count_if(schedule.health.begin(), schedule.health.end(),
                                              [](const HealthCheck& h) { return h.status == HealthStatus::fail; });
            put(row, summary_failed, static_cast<double>(failed));
            put(row, summary_path, path_text(schedule));
            format(row, summary_tasks, 1, 1, CellFormat::count);
            format(row, summary_start, 1, 3, CellFormat::date);
            format(row, summary_float, 1, 1, CellFormat::days);
            format(row, summary_p50, 1, 3, CellFormat::date);
            format(row, summary_on_time, 1, 1, CellFormat::percent);
            format(row, summary_failed, 1, 1, CellFormat::count);
            format(row, summary_path, 1, 1, CellFormat::label);
        }
        std::vector<const ProjectSchedule*> detailed;
        for (const ProjectSchedule& schedule : status.schedules)
            if (schedule.network_ok && !schedule.tasks.empty())
                detailed.push_back(&schedule);
        const std::size_t with_network = detailed.size();
        const auto likelihood = [](const ProjectSchedule* s) {
            return s->risk ? s->risk->probability_on_time : 2.0;  // unsimulated after the simulated
        };
        std::stable_sort(detailed.begin(), detailed.end(), [&](const ProjectSchedule* a, const ProjectSchedule* b) {
            return likelihood(a) < likelihood(b) || (likelihood(a) == likelihood(b) && a->finish_float < b->finish_float);
        });
        if (detailed.size() > max_schedule_details)
            detailed.resize(max_schedule_details);
        if (with_network > detailed.size()) {
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::schedule_details_bounded, {detailed.size(), with_network}}.render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
        }
        // The first detail follows the summary on its page; each other starts one.
        for (std::size_t i = 0; i < detailed.size(); ++i)
            schedule_detail(*detailed[i], i > 0);
    }

    Msg estimates_message(EstimateSource source) const {
        switch (source) {
        case EstimateSource::three_point: return Msg::estimates_three_point;
        case EstimateSource::uncertainty: return Msg::estimates_uncertainty;
        case EstimateSource::mixed: return Msg::estimates_mixed;
        }
        return Msg::estimates_uncertainty;
    }

    void schedule_detail(const ProjectSchedule& schedule, bool new_page) {
        const std::string name = schedule_name(schedule);
        new_row();
        if (new_page)
            layout.page_breaks.push_back(layout.rows.size());
        const std::size_t title = new_row();
        put(title, 0, Message{Msg::report_schedule_project, {name}}.render(options.language));
        format(title, 0, 1, 1, CellFormat::heading);
        if (const auto& risk = schedule.risk) {
            const Message estimates{estimates_message(risk->estimates),
                                    {MessageArg::percent(risk->uncertainty.low), MessageArg::percent(risk->uncertainty.high)}};
            note_lines(Message{Msg::report_schedule_basis,
                               {risk->iterations, std::to_string(risk->seed), estimates, risk->events}}
                           .render(options.language));
        } else {
            note_lines(label(Msg::report_schedule_basis_no_risk));
        }
        const std::size_t path = new_row();
        put(path, 0, label(Msg::report_critical_path));
        put(path, 1, path_text(schedule));
        format(path, 0, 1, 1, CellFormat::label);

        // The tasks that most often drove the finish, else the critical path's first.
        std::vector<std::size_t> shown;
        if (schedule.risk)
            for (const TaskFigure& f : schedule.risk->criticality)
                shown.push_back(f.task);
        const bool by_criticality = !shown.empty();
        if (!by_criticality)
            for (std::size_t t : schedule.critical_path)
                if (shown.size() < top_tasks)
                    shown.push_back(t);
        const std::size_t caption = new_row();
        put(caption, 0, label(by_criticality ? Msg::report_top_critical : Msg::report_critical_tasks));
        format(caption, 0, 1, 1, CellFormat::label);
        const std::size_t header = new_row();
        column_headers(header, 0, schedule_task_headers);
        for (std::size_t t : shown) {
            const ScheduledTask& s = schedule.tasks[t];
            const Task& task = task_of(schedule, t);
            const std::size_t row = new_row();
            put(row, task_column_id, task.id);
            put(row, task_column_name, task.name);
            put(row, task_column_criticality, criticality_of(schedule, t));
            put(row, task_column_sensitivity, sensitivity_of(schedule, t));
            put(row, task_column_early_start, day_cell(s.early_start));
            put(row, task_column_early_finish, day_cell(s.early_finish));
            put(row, task_column_late_start, day_cell(s.late_start));
            put(row, task_column_late_finish, day_cell(s.late_finish));
            put(row, task_column_total_float, s.total_float);
            put(row, task_column_free_float, s.free_float);
        }
        if (!shown.empty()) {
            const std::size_t first = header + 1;
            const std::size_t n = shown.size();
            format(first, task_column_id, n, 2, CellFormat::text);
            format(first, task_column_criticality, n, 1, CellFormat::percent);
            format(first, task_column_sensitivity, n, 1, CellFormat::index);
            format(first, task_column_early_start, n, 4, CellFormat::date);
            format(first, task_column_total_float, n, 2, CellFormat::periods);
        }
        health_table(schedule);
        if (schedule.risk)
            schedule_charts(schedule, name);
    }

    // Shown for the most critical tasks, or for the first of the critical path when not simulated.
    Cell criticality_of(const ProjectSchedule& schedule, std::size_t task) const {
        if (schedule.risk)
            for (const TaskFigure& f : schedule.risk->criticality)
                if (f.task == task)
                    return f.value;
        return label(Msg::not_defined);
    }

    Cell sensitivity_of(const ProjectSchedule& schedule, std::size_t task) const {
        if (!schedule.risk)
            return label(Msg::not_defined);
        return schedule.risk->sensitivity_of_task[task];
    }

    void health_table(const ProjectSchedule& schedule) {
        new_row();
        const std::size_t caption = new_row();
        put(caption, 0, label(Msg::report_health));
        format(caption, 0, 1, 1, CellFormat::label);
        const std::size_t header = new_row();
        column_headers(header, 0, health_headers);
        for (const HealthCheck& check : schedule.health) {
            const std::size_t row = new_row();
            const Msg result = check.status == HealthStatus::pass   ? Msg::health_pass
                               : check.status == HealthStatus::fail ? Msg::health_fail
                                                                    : Msg::health_not_assessed;
            put(row, health_result, label(result));
            format(row, health_result, 1, 1,
                   check.status == HealthStatus::fail   ? CellFormat::diagnostic_error
                   : check.status == HealthStatus::pass ? CellFormat::text
                                                        : CellFormat::note);
            put(row, health_check, label(health_check_label(check.id)));
            format(row, health_check, 1, 1, CellFormat::label);
            put(row, health_threshold, check.threshold);
            format(row, health_threshold, 1, 1, CellFormat::text);
            if (check.count)
                put(row, health_count, static_cast<double>(*check.count));
            if (check.total)
                put(row, health_total, static_cast<double>(*check.total));
            format(row, health_count, 1, 2, CellFormat::count);
            if (check.value) {
                put(row, health_value, *check.value);
                const bool share = check.id != HealthCheckId::critical_path_test && check.id != HealthCheckId::cpli &&
                                   check.id != HealthCheckId::bei;
                format(row, health_value, 1, 1,
                       share ? CellFormat::percent
                             : check.id == HealthCheckId::critical_path_test ? CellFormat::periods : CellFormat::index);
            }
            if (check.note) {
                put(row, health_note, check.note->render(options.language));
                format(row, health_note, 1, 1, CellFormat::note);
            }
        }
        note_lines(label(Msg::report_health_explained));
    }

    // The S-curve of the finish and the tornado of the tasks driving it, side
    // by side, their data right below.
    void schedule_charts(const ProjectSchedule& schedule, const std::string& name) {
        const ScheduleRiskFigures& risk = *schedule.risk;
        new_row();
        const std::size_t chart_top = next_row();
        for (std::size_t i = 0; i < schedule_chart_rows; ++i)
            new_row();
        std::vector<std::vector<Cell>> curve{{label(Msg::header_finish_by), label(Msg::header_probability_by)}};
        for (const auto& point : risk.finish_curve)
            curve.push_back({day_cell(point.day), point.probability});
        // A horizontal bar chart draws its first category at the bottom: the
        // strongest driver goes last, to stand on top of the tornado.
        std::vector<std::vector<Cell>> tornado{{label(Msg::header_task), label(Msg::header_sensitivity)}};
        for (auto f = risk.sensitivity.rbegin(); f != risk.sensitivity.rend(); ++f) {
            const Task& task = task_of(schedule, f->task);
            tornado.push_back({task.name.empty() ? task.id : task.id + " " + task.name, f->value});
        }
        const std::size_t index = layout.charts.size();
        const Span curve_data =
            data_block(chart_top, std::move(curve), {{0, CellFormat::date}, {1, CellFormat::percent}});
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_finish_" + std::to_string(index),
                                 Message{Msg::report_chart_finish_curve, {name}}.render(options.language), curve_data,
                                 {chart_top, 0, schedule_chart_rows, 5}});
        if (tornado.size() > 1) {
            const Span bars = data_block(chart_top, std::move(tornado), {{1, CellFormat::index}});
            layout.charts.push_back({ChartSpec::Kind::horizontal_bars, "pmocalc_tornado_" + std::to_string(index),
                                     Message{Msg::report_chart_tornado, {name}}.render(options.language), bars,
                                     {chart_top, 6, schedule_chart_rows, 8}});
        }
    }

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
            for (const auto& point : q.portfolio.test_curve)
                data.push_back({day_cell(point.period_end), point.planned,
                                point.executed ? Cell(*point.executed) : Cell(),
                                point.passed ? Cell(*point.passed) : Cell()});
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

    void people() {
        if (!status.people)
            return;
        const ResourceLoad& load = *status.people;
        const auto& language = options.language;
        heading(Msg::report_people);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        note_lines(Message{Msg::report_people_summary,
                           {static_cast<unsigned long>(load.people.size()), static_cast<unsigned long>(load.assignments),
                            static_cast<unsigned long>(load.overloads.size()), MessageArg::date(load.first_week),
                            MessageArg::date(load.last_week + 6)}}
                       .render(language));
        const auto mark = [&](const PersonLoad& p) { return p.capacity_defaulted ? p.name + " *" : p.name; };

        // The person-weeks over capacity, recent and to come.
        const std::size_t title = new_row();
        put(title, 0, Message{Msg::report_people_overloads, {MessageArg::date(load.heat_first_week)}}.render(language));
        format(title, 0, 1, 1, CellFormat::label);
        std::size_t listed = 0;
        std::size_t recent = 0;
        for (const Overload& o : load.overloads) {
            if (o.week < load.heat_first_week)
                continue;
            ++recent;
            if (listed == max_overload_rows)
                continue;
            if (listed++ == 0) {
                column_headers(new_row(), 0, overload_headers);
                layout.overloads_first_row = layout.rows.size();
            }
            const PersonLoad& p = load.people[o.person];
            const std::size_t row = new_row();
            put(row, overload_person, mark(p));
            put(row, overload_department, p.department);
            put(row, overload_week, day_cell(o.week));
            put(row, overload_load, o.load);
            put(row, overload_capacity, o.capacity);
            put(row, overload_of_capacity, o.of_capacity());
            put(row, overload_causes, causes_text(o));
            format(row, overload_person, 1, 2, CellFormat::text);
            format(row, overload_week, 1, 1, CellFormat::date);
            format(row, overload_load, 1, 3, CellFormat::percent);
            format(row, overload_causes, 1, 1, CellFormat::text);
        }
        if (recent == 0)
            note_lines(Message{Msg::report_people_no_overload, {MessageArg::date(load.heat_first_week)}}.render(language));
        if (load.overloads.size() > listed)
            note_lines(Message{Msg::report_people_more_overloads, {static_cast<unsigned long>(load.overloads.size() - listed)}}
                           .render(language));

        // The heat map: the people with the highest peak in its weeks first.
        new_row();
        const std::size_t heat_title = new_row();
        put(heat_title, 0, label(Msg::report_people_heat));
        format(heat_title, 0, 1, 1, CellFormat::label);
        std::vector<std::pair<double, const PersonLoad*>> shown;
        for (const PersonLoad& p : load.people) {
            const double peak = p.heat.empty() ? 0 : *std::max_element(p.heat.begin(), p.heat.end());
            if (peak > 0 || p.weeks_over > 0)
                shown.emplace_back(peak / p.capacity, &p);
        }
        std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        const std::size_t hidden = shown.size() > max_heat_map_people ? shown.size() - max_heat_map_people : 0;
        shown.resize(shown.size() - hidden);
        // Bands of weeks, each with the people's columns again, so that each prints within the page.
        const std::size_t band_weeks = report::printed_grid_columns - heat_first_week;
        for (std::size_t first_week = 0; first_week < std::max<std::size_t>(load.heat_weeks, 1);
             first_week += band_weeks) {
            const std::size_t weeks = std::min(band_weeks, load.heat_weeks - std::min(first_week, load.heat_weeks));
            if (first_week > 0)
                new_row();
            const std::size_t header = new_row();
            column_headers(header, 0, people_heat_headers);
            for (std::size_t w = 0; w < weeks; ++w)
                put(header, heat_first_week + w,
                    day_cell(load.heat_first_week + 7 * static_cast<Day>(first_week + w)));
            if (weeks > 0)
                format(header, heat_first_week, 1, weeks, CellFormat::date);
            if (first_week == 0)
                layout.people_heat_first_row = next_row();
            for (const auto& [peak, person] : shown) {
                const PersonLoad& p = *person;
                const std::size_t row = new_row();
                put(row, heat_person, mark(p));
                put(row, heat_department, p.department);
                put(row, heat_capacity, p.capacity);
                put(row, heat_peak, p.peak_load / p.capacity);
                put(row, heat_weeks_over, static_cast<double>(p.weeks_over));
                format(row, heat_person, 1, 2, CellFormat::text);
                format(row, heat_capacity, 1, 2, CellFormat::percent);
                format(row, heat_weeks_over, 1, 1, CellFormat::count);
                for (std::size_t w = 0; w < weeks && first_week + w < p.heat.size(); ++w) {
                    const double load_of_week = p.heat[first_week + w];
                    if (load_of_week <= 0)
                        continue;
                    // Whole percent of capacity: the heat styles show whole numbers.
                    const double of_capacity = load_of_week / p.capacity;
                    put(row, heat_first_week + w, std::round(of_capacity * 100));
                    format(row, heat_first_week + w, 1, 1, heat_of(of_capacity));
                }
            }
        }
        if (hidden > 0)
            note_lines(Message{Msg::report_people_more_people, {static_cast<unsigned long>(hidden)}}.render(language));
        if (load.defaulted_capacities > 0)
            note_lines(Message{Msg::report_people_defaulted, {static_cast<unsigned long>(load.defaulted_capacities)}}
                           .render(language));
        note_lines(Message{Msg::report_people_explained,
                           {MessageArg::date(load.first_week), MessageArg::date(load.last_week + 6)}}
                       .render(language));
    }

    // Green up to half the capacity, red above 120 %.
    static CellFormat heat_of(double of_capacity) {
        return of_capacity <= 0.5   ? CellFormat::heat_1
               : of_capacity <= 0.8 ? CellFormat::heat_2
               : of_capacity <= 1.0 ? CellFormat::heat_3
               : of_capacity <= 1.2 ? CellFormat::heat_4
                                    : CellFormat::heat_5;
    }

    // "P1 / 1.2 Design 80%; P2 / 3 50%; +2": each row's share of the week, largest first.
    std::string causes_text(const Overload& o) const {
        std::string text;
        for (std::size_t i = 0; i < o.causes.size() && i < max_causes_shown; ++i) {
            const LoadContribution& c = o.causes[i];
            if (!text.empty())
                text += "; ";
            text += c.project_id;
            const std::string task = c.task_id.empty() ? c.task_name
                                     : c.task_name.empty() ? c.task_id
                                                           : c.task_id + " " + c.task_name;
            if (!task.empty())
                text += (c.project_id.empty() ? "" : " / ") + task;
            text += " " + format_number(std::round(c.load * 100)) + "%";
        }
        if (o.causes.size() > max_causes_shown)
            text += "; +" + std::to_string(o.causes.size() - max_causes_shown);
        return text;
    }

    // Each table read (sheet, range, kind, which column became which field)
    // and each sheet not read: whether pmocalc understood the workbook.
    void what_was_read() {
        heading(Msg::report_read_heading);
        const std::size_t header = new_row();
        column_headers(header, 0, read_headers);
        for (const ReadLine& line : read_lines(portfolio, options.language)) {
            const std::size_t row = new_row();
            put(row, read_sheet, line.sheet);
            put(row, read_range, line.range);
            put(row, read_kind, line.kind);
            if (line.rows_read)
                put(row, read_rows, static_cast<double>(*line.rows_read));
            if (line.rows_skipped)
                put(row, read_skipped, static_cast<double>(*line.rows_skipped));
            if (line.summary_rows)
                put(row, read_summaries, static_cast<double>(*line.summary_rows));
            put(row, read_notes, line.notes);
            format(row, read_sheet, 1, 3, CellFormat::text);
            format(row, read_rows, 1, 3, CellFormat::count);
            format(row, read_notes, 1, 1, CellFormat::note);
            if (!line.columns.empty()) {
                const std::size_t columns = new_row();
                put(columns, read_range, label(Msg::header_columns_read) + ": " + line.columns);
                format(columns, read_range, 1, 1, CellFormat::note);
            }
        }
    }

    void diagnostics() {
        heading(Msg::report_diagnostics);
        const std::size_t header = new_row();
        column_headers(header, 0, diagnostic_headers);
        layout.diagnostics_first_row = header + 1;
        for (const Diagnostic& d : portfolio.diagnostics) {
            const std::size_t row = new_row();
            put(row, diagnostic_sheet, d.sheet);
            put(row, diagnostic_cell, d.cell);
            put(row, diagnostic_severity, label(severity_labels[static_cast<std::size_t>(d.severity)]));
            put(row, diagnostic_message, d.text(options.language));
            format(row, 0, 1, diagnostic_column_count,
                   d.severity == Diagnostic::Severity::error     ? CellFormat::diagnostic_error
                   : d.severity == Diagnostic::Severity::warning ? CellFormat::diagnostic_warning
                                                                 : CellFormat::note);
        }
    }

};

}  // namespace

ReportLayout build_report(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options) {
    return ReportBuilder(portfolio, status, options).build();
}

double as_saved(double number) {
    if (!std::isfinite(number) || number == 0)
        return number;
    char text[40];
    // The decimal exponent first: between 1e-15 and 1e-5 a file keeps at most
    // 20 decimals (0.00000000000202859951), so fewer significant digits.
    const auto scientific = std::to_chars(text, text + sizeof text, number, std::chars_format::scientific, 14).ptr;
    int exponent = 0;
    const char* e = std::find(text, scientific, 'e');
    std::from_chars(e + 1 + (e[1] == '+'), scientific, exponent);
    const int digits = exponent >= -14 && exponent <= -6 ? 21 + exponent : 15;
    const auto end =
        digits == 15 ? scientific
                     : std::to_chars(text, text + sizeof text, number, std::chars_format::scientific, digits - 1).ptr;
    double kept = number;
    std::from_chars(text, end, kept);
    return kept;
}

}  // namespace pmocalc
