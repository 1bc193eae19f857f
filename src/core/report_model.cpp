#include "report_model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <type_traits>

#include "text.hpp"

namespace pmocalc {

namespace {

namespace col = report_column;

// A column of a table: its header and how its values are shown.
struct ColumnSpec {
    Msg header;
    CellFormat format;
};

// The figure columns shared by the portfolio summary and the project rows, in
// report_column::Figure order.
constexpr std::array<ColumnSpec, col::figure_count> figure_columns{{
    {Msg::header_bac, CellFormat::money},
    {Msg::header_pv, CellFormat::money},
    {Msg::header_ev, CellFormat::money},
    {Msg::header_ac, CellFormat::money},
    {Msg::header_sv, CellFormat::money},
    {Msg::header_cv, CellFormat::money},
    {Msg::header_spi, CellFormat::index},
    {Msg::header_cpi, CellFormat::index},
    {Msg::header_eac, CellFormat::money},
    {Msg::header_vac, CellFormat::money},
    {Msg::header_svt_weeks, CellFormat::periods},
    {Msg::header_spit, CellFormat::index},
    {Msg::header_forecast_finish, CellFormat::date},
    {Msg::header_forecast_method, CellFormat::text},
    {Msg::header_rag, CellFormat::rag},
}};

// The project rows' own columns before and after the figures.
constexpr std::array<ColumnSpec, col::first_figure> project_lead_columns{{
    {Msg::header_project_id, CellFormat::text},
    {Msg::header_project_name, CellFormat::text},
    {Msg::header_program, CellFormat::text},
    {Msg::header_pm, CellFormat::text},
}};
constexpr std::array<ColumnSpec, col::project_column_count - col::slip_days> project_tail_columns{{
    {Msg::header_slip_days, CellFormat::days},
    {Msg::header_open_issues, CellFormat::count},
    {Msg::header_overdue_issues, CellFormat::count},
    {Msg::header_open_risks, CellFormat::count},
    {Msg::header_risk_exposure, CellFormat::money},
    {Msg::header_pending_changes, CellFormat::count},
}};

// Sheet column widths in mm, by the project table (the widest): ID, a long
// name, program and PM, then the figures and the counts.
constexpr std::array<double, col::project_column_count> column_widths_mm{
    28, 60, 30, 30,                                          // ID, project, program, PM
    26, 24, 24, 24, 24, 24, 22, 22, 24, 24, 24, 22, 26, 34, 22,  // BAC … RAG
    24, 22, 22, 28, 22, 18};                                 // slip … pending CRs
constexpr double default_column_width_mm = 20;

// Widths that text needs when printed (10 pt; column headers bold): a
// full-width character (Japanese) takes about twice an ASCII one. Column
// headers get the width of their longest line, so that Japanese words never
// break in the middle or before a closing bracket or a long vowel mark (the
// lines are broken on purpose in the message table); text in table cells up
// to a limit, beyond which it is cut at the column's edge.
constexpr double ascii_character_mm = 2.0;
constexpr double wide_character_mm = 3.7;
constexpr double cell_padding_mm = 2.5;
constexpr double widest_text_column_mm = 45;

double line_width_mm(std::string_view line) {
    double width = cell_padding_mm;
    for (std::size_t i = 0; i < line.size();) {
        const auto lead = static_cast<unsigned char>(line[i]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        width += length >= 3 ? wide_character_mm : ascii_character_mm;
        i += length;
    }
    return width;
}

// The width of the longest line of a text.
double text_width_mm(std::string_view text) {
    double widest = 0;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        widest = std::max(widest, line_width_mm(text.substr(start, end - start)));
        start = end + 1;
    }
    return widest;
}

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

constexpr std::array<Msg, 4> aging_headers{Msg::report_aging_0_7, Msg::report_aging_8_30, Msg::report_aging_31_90,
                                           Msg::report_aging_over_90};

// The chart data: SPI/CPI per project at the left, the S-curve to its right.
enum ChartDataColumn : std::size_t { index_project, index_spi, index_cpi, curve_period_end = 4, curve_pv, curve_ev,
                                     curve_ac };
constexpr std::size_t chart_rows = 20;

constexpr std::array<Msg, 3> severity_labels{Msg::severity_error, Msg::severity_warning, Msg::severity_note};

// How many fallback warnings the report's top shows (all are in Diagnostics).
constexpr std::size_t max_fallback_lines = 8;

class ReportBuilder {
public:
    ReportBuilder(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options)
        : portfolio_(portfolio), status_(status), options_(options) {}

    ReportLayout build() {
        layout_.sheet_name = label(Msg::report_sheet_name);
        header();
        portfolio_summary();
        projects();
        top_risks();
        heat_map();
        issue_aging();
        milestones();
        charts();
        diagnostics();
        layout_.columns = width_;
        for (auto& row : layout_.rows)
            row.resize(width_);
        layout_.column_widths_mm.assign(column_widths_mm.begin(), column_widths_mm.end());
        layout_.column_widths_mm.resize(width_, default_column_width_mm);
        fit_columns_to_text();
        return std::move(layout_);
    }

private:
    std::string label(Msg id) const { return std::string(text(id, options_.language)); }

    void fit_columns_to_text() {
        auto& widths = layout_.column_widths_mm;
        for (const FormattedSpan& f : layout_.formats) {
            if (f.format != CellFormat::column_header && f.format != CellFormat::text)
                continue;
            for (std::size_t r = f.span.row; r < f.span.row + f.span.rows; ++r)
                for (std::size_t c = f.span.column; c < f.span.column + f.span.columns && c < widths.size(); ++c)
                    if (const auto* text = std::get_if<std::string>(&layout_.rows[r][c])) {
                        const double needed = text_width_mm(*text);
                        widths[c] = std::max(widths[c], f.format == CellFormat::column_header
                                                            ? needed
                                                            : std::min(needed, widest_text_column_mm));
                    }
        }
    }

    std::size_t new_row() {
        layout_.rows.emplace_back();
        return layout_.rows.size() - 1;
    }

    void put(std::size_t row, std::size_t column, Cell value) {
        auto& cells = layout_.rows[row];
        if (cells.size() <= column)
            cells.resize(column + 1);
        // An ID as long as a book stays a cell (names are shortened when read;
        // a warning line quoting one stays whole).
        constexpr std::size_t cell_text_limit = 2 * MessageArg::argument_text_limit;
        if (const auto* text = std::get_if<std::string>(&value); text && text->size() > cell_text_limit)
            value = excerpt(*text, cell_text_limit);
        cells[column] = std::move(value);
        width_ = std::max(width_, column + 1);
    }

    void format(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, CellFormat f) {
        layout_.formats.push_back({{row, column, rows, columns}, f});
    }

    Cell day_cell(Day day) const { return static_cast<double>(day - options_.null_date_offset); }

    Cell optional_cell(const std::optional<double>& value) const {
        return value ? Cell(*value) : Cell(label(Msg::not_defined));
    }

    Cell rag_cell(const std::optional<Rag>& rag) const {
        return rag ? Cell(std::string(rag_label(*rag))) : Cell(label(Msg::not_defined));
    }

    void heading(Msg text) {
        new_row();
        const std::size_t row = new_row();
        put(row, 0, label(text));
        format(row, 0, 1, 1, CellFormat::heading);
    }

    // SV(t) is counted in the periods earned schedule uses.
    Msg header_text(Msg header) const {
        if (header == Msg::header_svt_weeks && status_.es_period == EsPeriod::working_days)
            return Msg::header_svt_working_days;
        return header;
    }

    template <class Headers>
    void column_headers(std::size_t row, std::size_t first, const Headers& headers) {
        std::size_t column = first;
        for (const auto& header : headers) {
            if constexpr (std::is_same_v<std::decay_t<decltype(header)>, ColumnSpec>)
                put(row, column++, label(header_text(header.header)));
            else
                put(row, column++, label(header));
        }
        format(row, first, 1, column - first, CellFormat::column_header);
    }

    Cell method_cell(const std::optional<ForecastMethod>& method) const {
        if (!method)
            return label(Msg::not_defined);
        switch (*method) {
        case ForecastMethod::finished: return label(Msg::forecast_finished);
        case ForecastMethod::not_started: return label(Msg::forecast_not_started);
        case ForecastMethod::earned_schedule: return label(Msg::forecast_earned_schedule);
        case ForecastMethod::pm_forecast: return label(Msg::forecast_pm);
        case ForecastMethod::no_progress: return label(Msg::forecast_no_progress);
        }
        return label(Msg::not_defined);
    }

    // The figures of a project or of the portfolio, from `column` on.
    void figures(std::size_t row, std::size_t column, const EvmFigures& f, const std::optional<Day>& forecast,
                 const std::optional<ForecastMethod>& method, const std::optional<Rag>& rag) {
        std::array<Cell, col::figure_count> values;
        values[col::bac] = f.bac;
        values[col::pv] = f.pv;
        values[col::ev] = f.ev;
        values[col::ac] = optional_cell(f.ac);
        values[col::sv] = f.sv;
        values[col::cv] = optional_cell(f.cv);
        values[col::spi] = optional_cell(f.spi);
        values[col::cpi] = optional_cell(f.cpi);
        values[col::eac] = optional_cell(f.eac);
        values[col::vac] = optional_cell(f.vac);
        values[col::svt] = optional_cell(f.svt);
        values[col::spit] = optional_cell(f.spit);
        values[col::forecast_finish] = forecast ? day_cell(*forecast) : Cell(label(Msg::not_defined));
        values[col::forecast_method] = method_cell(method);
        values[col::rag] = rag_cell(rag);
        for (std::size_t i = 0; i < values.size(); ++i)
            put(row, column + i, values[i]);
    }

    template <class Columns>
    void column_formats(std::size_t first_row, std::size_t rows, std::size_t first_column, const Columns& columns) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            format(first_row, first_column + i, rows, 1, columns[i].format);
    }

    void header() {
        const std::size_t title = new_row();
        put(title, 0, label(Msg::report_title));
        format(title, 0, 1, 1, CellFormat::title);
        const std::size_t dates = new_row();
        put(dates, 0, label(Msg::report_status_date));
        put(dates, 1, day_cell(status_.status_date));
        put(dates, 3, label(Msg::report_generated));
        put(dates, 4, options_.generated_at);
        format(dates, 0, 1, 1, CellFormat::label);
        format(dates, 1, 1, 1, CellFormat::date);
        format(dates, 3, 1, 1, CellFormat::label);
        if (!portfolio_.unit.empty()) {
            put(dates, 6, label(Msg::report_unit));
            put(dates, 7, portfolio_.unit);
            format(dates, 6, 1, 1, CellFormat::label);
            format(dates, 7, 1, 1, CellFormat::text);
        }
        const ProblemCounts counts = count_problems(portfolio_.diagnostics);
        const std::size_t problems = new_row();
        if (counts.errors + counts.warnings + counts.notes == 0)
            put(problems, 0, label(Msg::report_no_problems));
        else if (counts.errors + counts.warnings == 0)
            put(problems, 0, Message{Msg::report_only_notes, {counts.notes}}.render(options_.language));
        else
            put(problems, 0,
                Message{Msg::report_problem_counts, {counts.errors, counts.warnings, counts.notes}}.render(
                    options_.language));
        format(problems, 0, 1, 1,
               counts.errors > 0     ? CellFormat::diagnostic_error
               : counts.warnings > 0 ? CellFormat::diagnostic_warning
                                     : CellFormat::note);
        layout_.frozen_rows = 3;
        // Every fallback the figures rest on, where it cannot be missed.
        std::size_t shown = 0;
        for (const Diagnostic& d : portfolio_.diagnostics) {
            if (!is_fallback(d))
                continue;
            if (shown++ == max_fallback_lines)
                break;
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::report_warning_line, {MessageArg::rendered(located_text(d, options_.language))}}
                            .render(options_.language));
            format(row, 0, 1, 1, CellFormat::diagnostic_warning);
        }
    }

    void portfolio_summary() {
        heading(Msg::report_portfolio);
        const std::size_t header = new_row();
        column_headers(header, 0, figure_columns);
        const std::size_t values = new_row();
        figures(values, 0, status_.figures, status_.forecast_finish, status_.forecast_method, status_.rag);
        column_formats(values, 1, 0, figure_columns);
        layout_.portfolio_row = values;
    }

    void projects() {
        heading(Msg::report_projects);
        const std::size_t header = new_row();
        column_headers(header, col::project_id, project_lead_columns);
        column_headers(header, col::first_figure, figure_columns);
        column_headers(header, col::slip_days, project_tail_columns);
        layout_.projects_first_row = header + 1;
        for (const ProjectStatus& p : status_.projects) {
            const std::size_t row = new_row();
            put(row, col::project_id, p.project.id);
            put(row, col::project_name, p.project.name);
            put(row, col::program, p.project.program);
            put(row, col::manager, p.project.manager);
            figures(row, col::first_figure, p.figures, p.forecast_finish, p.forecast_method, p.rag);
            put(row, col::slip_days, static_cast<double>(p.slip_days));
            put(row, col::open_issues, static_cast<double>(p.open_issues));
            put(row, col::overdue_issues, static_cast<double>(p.overdue_issues));
            put(row, col::open_risks, static_cast<double>(p.open_risks));
            put(row, col::risk_exposure, p.risk_exposure);
            put(row, col::pending_changes, static_cast<double>(p.pending_changes));
        }
        const std::size_t count = status_.projects.size();
        if (count == 0)
            return;
        column_formats(layout_.projects_first_row, count, col::project_id, project_lead_columns);
        column_formats(layout_.projects_first_row, count, col::first_figure, figure_columns);
        column_formats(layout_.projects_first_row, count, col::slip_days, project_tail_columns);
    }

    std::string project_name(const std::string& id) const {
        for (const Project& p : portfolio_.projects)
            if (p.id == id)
                return p.name;
        return id;
    }

    void top_risks() {
        heading(Msg::report_top_risks);
        const std::size_t header = new_row();
        column_headers(header, 0, risk_headers);
        const std::size_t first = header + 1;
        int number = 0;
        for (const RankedRisk& ranked : status_.top_risks) {
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
                    static_cast<double>(status_.heat_map[static_cast<std::size_t>(probability_rank - 1)]
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
            put(row, i, static_cast<double>(status_.issue_aging[i]));
        put(row, aging_headers.size(), static_cast<double>(status_.open_issues));
        put(row, aging_headers.size() + 1, static_cast<double>(status_.overdue_issues));
        format(row, 0, 1, aging_headers.size() + 2, CellFormat::count);
    }

    void milestones() {
        heading(Msg::report_milestones);
        if (status_.slipped_milestones.empty()) {
            const std::size_t row = new_row();
            put(row, 0, label(Msg::report_no_slipped_milestones));
            format(row, 0, 1, 1, CellFormat::note);
            return;
        }
        const std::size_t header = new_row();
        column_headers(header, 0, milestone_headers);
        for (const SlippedMilestone& m : status_.slipped_milestones) {
            const std::size_t row = new_row();
            put(row, milestone_project, project_name(m.project_id));
            put(row, milestone_name, m.name.empty() ? m.task_id : m.name);
            put(row, milestone_baseline, day_cell(m.baseline));
            put(row, milestone_forecast, day_cell(m.forecast));
            put(row, milestone_slip, static_cast<double>(m.slip_days));
        }
        const std::size_t n = status_.slipped_milestones.size();
        format(header + 1, milestone_project, n, 2, CellFormat::text);
        format(header + 1, milestone_baseline, n, 2, CellFormat::date);
        format(header + 1, milestone_slip, n, 1, CellFormat::days);
    }

    // Two charts side by side over reserved rows, their data in tables below.
    void charts() {
        heading(Msg::report_charts);
        layout_.page_breaks.push_back(layout_.rows.size() - 1);
        const std::size_t chart_top = layout_.rows.size();
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        heading(Msg::report_chart_data);
        layout_.page_breaks.push_back(layout_.rows.size() - 1);
        const std::size_t data_header = new_row();
        column_headers(data_header, index_project, std::array{Msg::header_project, Msg::header_spi, Msg::header_cpi});
        column_headers(data_header, curve_period_end,
                       std::array{Msg::header_week_ending, Msg::header_pv, Msg::header_ev, Msg::header_ac});
        std::size_t index_rows = 0;
        for (const ProjectStatus& p : status_.projects) {
            const std::size_t row = data_header + 1 + index_rows++;
            while (layout_.rows.size() <= row)
                new_row();
            put(row, index_project, p.project.name.empty() ? p.project.id : p.project.name);
            if (p.figures.spi)
                put(row, index_spi, *p.figures.spi);
            if (p.figures.cpi)
                put(row, index_cpi, *p.figures.cpi);
        }
        const SCurve& curve = status_.s_curve;
        const auto status_period = curve.cumulative_pv.empty() || status_.status_date < curve.origin
                                       ? std::size_t(-1)
                                       : static_cast<std::size_t>((status_.status_date - curve.origin) / curve.period_days);
        for (std::size_t k = 0; k < curve.cumulative_pv.size(); ++k) {
            const std::size_t row = data_header + 1 + k;
            while (layout_.rows.size() <= row)
                new_row();
            put(row, curve_period_end, day_cell(curve.period_end(k)));
            put(row, curve_pv, curve.cumulative_pv[k]);
            if (k == status_period) {
                put(row, curve_ev, status_.figures.ev);
                if (status_.figures.ac)
                    put(row, curve_ac, *status_.figures.ac);
            }
        }
        if (index_rows > 0)
            format(data_header + 1, index_spi, index_rows, 2, CellFormat::index);
        if (!curve.cumulative_pv.empty()) {
            format(data_header + 1, curve_period_end, curve.cumulative_pv.size(), 1, CellFormat::date);
            format(data_header + 1, curve_pv, curve.cumulative_pv.size(), 3, CellFormat::money);
        }
        const std::size_t note = new_row();
        put(note, curve_period_end, label(Msg::report_s_curve_note));
        format(note, curve_period_end, 1, 1, CellFormat::note);
        if (index_rows > 0)
            layout_.charts.push_back({ChartSpec::Kind::bars, "pmocalc_spi_cpi", label(Msg::report_chart_indices),
                                      {data_header, index_project, index_rows + 1, 3}, {chart_top, 0, chart_rows, 8}});
        if (!curve.cumulative_pv.empty())
            layout_.charts.push_back({ChartSpec::Kind::lines, "pmocalc_s_curve", label(Msg::report_chart_s_curve),
                                      {data_header, curve_period_end, curve.cumulative_pv.size() + 1, 4},
                                      {chart_top, 9, chart_rows, 10}});
    }

    void diagnostics() {
        heading(Msg::report_diagnostics);
        const std::size_t header = new_row();
        column_headers(header, 0, diagnostic_headers);
        layout_.diagnostics_first_row = header + 1;
        for (const Diagnostic& d : portfolio_.diagnostics) {
            const std::size_t row = new_row();
            put(row, diagnostic_sheet, d.sheet);
            put(row, diagnostic_cell, d.cell);
            put(row, diagnostic_severity, label(severity_labels[static_cast<std::size_t>(d.severity)]));
            put(row, diagnostic_message, d.text(options_.language));
            format(row, 0, 1, diagnostic_column_count,
                   d.severity == Diagnostic::Severity::error     ? CellFormat::diagnostic_error
                   : d.severity == Diagnostic::Severity::warning ? CellFormat::diagnostic_warning
                                                                 : CellFormat::note);
        }
    }

    const Portfolio& portfolio_;
    const PortfolioStatus& status_;
    const ReportOptions& options_;
    ReportLayout layout_;
    std::size_t width_ = 0;
};

}  // namespace

ReportLayout build_report(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options) {
    return ReportBuilder(portfolio, status, options).build();
}

std::string content_fingerprint(const CellRange& cells) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    auto add = [&](const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            hash ^= bytes[i];
            hash *= 0x100000001b3ULL;
        }
    };
    const std::uint64_t shape[2] = {cells.rows(), cells.columns()};
    add(shape, sizeof shape);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const CellValue cell = cells[i];
        const auto kind = static_cast<unsigned char>(is_empty_cell(cell) ? 0 : cell.index());
        add(&kind, 1);
        if (const auto* number = std::get_if<double>(&cell)) {
            // Files keep 15 significant digits (ODF) or 17 (xlsx): 12 survive any of them.
            char digits[32];
            const auto written = std::to_chars(digits, digits + sizeof digits, *number, std::chars_format::general, 12);
            add(digits, static_cast<std::size_t>(written.ptr - digits));
        } else if (const auto* text = std::get_if<std::string_view>(&cell); text && kind != 0) {
            const char end = 0;  // each text with its terminator, as stored reports were fingerprinted
            add(text->data(), text->size());
            add(&end, 1);
        }
        else if (const auto* error = std::get_if<CellError>(&cell))
            add(&error->code, sizeof error->code);
    }
    char digits[17];
    std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(hash));
    return digits;
}

bool looks_like_report(const CellRange& cells) {
    if (cells.size() == 0)
        return false;
    const CellValue first = cells[0];
    const auto* title = std::get_if<std::string_view>(&first);
    return title && (*title == text(Msg::report_title, Language::en) || *title == text(Msg::report_title, Language::ja));
}

}  // namespace pmocalc
