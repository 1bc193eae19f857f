// Page 1: what a PMO sends to management — how the portfolio is doing and
// why, what changed since the last report, what needs a decision. Printed in
// the bigger type (report::large) on one A4 landscape page; the figures of
// every project follow on the next pages.
#include <algorithm>
#include <array>
#include <cmath>

#include "../executive_summary.hpp"
#include "../read_summary.hpp"
#include "../rollup/consolidation.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

constexpr bool large = true;

// The title's row: "Generated …" from column J; the dates' row: the previous
// status date's label from column E, its date three on, "Amounts in …" from J.
constexpr std::size_t generated_column = 9;
constexpr std::size_t previous_column = 4;

// The indicator table: its label over A:B, then its figures.
// The change's text runs on into the empty column after it.
enum KpiColumn : std::size_t { kpi_label = 0, kpi_value = 2, kpi_change, kpi_trend = 5, kpi_detail = 7 };
// The projects at a glance: at most glance_rows of them, the worst first.
enum GlanceColumn : std::size_t { glance_id, glance_name, glance_rag, glance_spi, glance_cpi, glance_slip,
                                  glance_finish, glance_spi_change, glance_reason, glance_column_count };
constexpr std::array<ColumnSpec, glance_column_count> glance_columns{{
    {Msg::header_id, CellFormat::text},
    {Msg::header_project_name, CellFormat::text},
    {Msg::header_rag, CellFormat::rag},
    {Msg::header_spi, CellFormat::index},
    {Msg::header_cpi, CellFormat::index},
    {Msg::header_glance_slip, CellFormat::days},
    {Msg::header_forecast_finish, CellFormat::date},
    {Msg::header_spi_change, CellFormat::text},
    {Msg::header_reason, CellFormat::text},
}};
constexpr std::size_t glance_rows = 8;
// The summary's rows are set to these heights (mm on the sheet), whatever
// the language's font would make them, so that what page 1 holds is known:
// a row of the bigger type, a blank row, the title's row; the projects'
// header (two or three lines) keeps its own height, at most this.
constexpr double row_mm = 6.0;
constexpr double blank_mm = 3.5;
constexpr double title_mm = 9.0;
constexpr double glance_header_mm = 15;
// Two lists side by side: the left from column A, the right from column H.
constexpr std::size_t right_list_column = 7;
constexpr std::size_t list_lines = 3;
// The workbook's warnings shown on page 1 (all are in Diagnostics).
constexpr std::size_t warnings_shown = 2;
// A roll-up's files to chase shown on page 1 at most (the rest on the Sources sheet).
constexpr std::size_t sources_shown = 6;
// Widths the summary's lines are broken at (the reason from column C, a
// list's line in its half of the page).
constexpr double reason_width_mm = 230;
constexpr double left_list_width_mm = 200;
constexpr double right_list_width_mm = 150;
constexpr double name_width_mm = 50;  // column B (the sheet's widths start it at 52 mm)
// The overall sentence's lines at most (the rest is in the project table).
constexpr std::size_t overall_lines = 3;

constexpr std::array<Msg, 8> kpi_labels{Msg::kpi_spi,  Msg::kpi_cpi,        Msg::kpi_spit,
                                        Msg::kpi_forecast_finish, Msg::kpi_eac, Msg::kpi_high_risks,
                                        Msg::kpi_overdue_issues,  Msg::kpi_pending_changes};

class SummaryPage {
public:
    SummaryPage(ReportSheet& sheet) : s_(sheet), summary_(summarise(sheet.portfolio, sheet.status)) {}

    void build() {
        title();
        overall();
        indicators();
        changes_and_decisions();
        glance();
        risks_and_issues();
        s_.layout.summary_last_row = s_.next_row() - 1;
        set_heights();
    }

private:
    Language language() const { return s_.options.language; }

    bool blank(std::size_t row) const {
        return std::all_of(s_.layout.rows[row].begin(), s_.layout.rows[row].end(),
                           [](const Cell& c) { return std::holds_alternative<std::monostate>(c); });
    }

    double height_of(std::size_t row) const { return row == 0 ? title_mm : blank(row) ? blank_mm : row_mm; }

    // Runs of rows of one height, the projects' header left to its text.
    void set_heights() {
        for (std::size_t r = 0; r < s_.next_row();) {
            if (glance_header_ && r == *glance_header_) {
                ++r;
                continue;
            }
            const double height = height_of(r);
            std::size_t end = r + 1;
            while (end < s_.next_row() && !(glance_header_ && end == *glance_header_) && height_of(end) == height)
                ++end;
            s_.layout.row_heights.push_back({r, end - r, height});
            r = end;
        }
    }
    std::string r(const Message& m) const { return s_.render(m); }

    void title() {
        const std::size_t title = s_.new_row();
        s_.put(title, 0, summary_.title.empty() ? s_.label(Msg::report_title)
                                                : r(Message{Msg::summary_title_of, {summary_.title}}));
        s_.format(title, 0, 1, 1, CellFormat::title);
        s_.put(title, generated_column, r(Message{Msg::summary_generated, {s_.options.generated_at}}));
        s_.format(title, generated_column, 1, 1, CellFormat::note, large);
        const std::size_t dates = s_.new_row();
        s_.put(dates, 0, s_.label(Msg::report_status_date));
        s_.put(dates, 2, s_.day_cell(s_.status.status_date));
        s_.put(dates, previous_column, s_.label(Msg::summary_previous_date));
        if (summary_.previous_date)
            s_.put(dates, previous_column + 3, s_.day_cell(*summary_.previous_date));
        else
            s_.put(dates, previous_column + 3, s_.label(Msg::summary_no_previous_date));
        s_.format(dates, 0, 1, 1, CellFormat::label, large);
        s_.format(dates, 2, 1, 1, CellFormat::date, large);
        s_.format(dates, previous_column, 1, 1, CellFormat::label, large);
        s_.format(dates, previous_column + 3, 1, 1, summary_.previous_date ? CellFormat::date : CellFormat::note, large);
        if (!s_.portfolio.unit.empty()) {
            s_.put(dates, generated_column, r(Message{Msg::summary_unit, {s_.portfolio.unit}}));
            s_.format(dates, generated_column, 1, 1, CellFormat::note, large);
        }
        s_.layout.frozen_rows = 3;
        problems();
    }

    // The count of problems, how tasks are weighed, the first fallbacks.
    void problems() {
        const ProblemCounts counts = count_problems(s_.portfolio.diagnostics);
        const std::size_t row = s_.new_row();
        if (counts.errors + counts.warnings + counts.notes == 0)
            s_.put(row, 0, s_.label(Msg::report_no_problems));
        else if (counts.errors + counts.warnings == 0)
            s_.put(row, 0, r(Message{Msg::report_only_notes, {counts.notes}}));
        else
            s_.put(row, 0, r(Message{Msg::report_problem_counts, {counts.errors, counts.warnings, counts.notes}}));
        s_.format(row, 0, 1, 1,
                  counts.errors > 0     ? CellFormat::diagnostic_error
                  : counts.warnings > 0 ? CellFormat::diagnostic_warning
                                        : CellFormat::note,
                  large);
        // BAC, PV and EV are in that unit when tasks are not weighed by their budget.
        if (const std::string weighting = weighting_text(s_.portfolio, language()); !weighting.empty())
            line(0, weighting, CellFormat::note, left_list_width_mm + right_list_width_mm);
        roll_up();
        std::size_t shown = 0;
        for (const Diagnostic& d : s_.portfolio.diagnostics) {
            if (!is_fallback(d) || shown++ == warnings_shown)
                continue;
            line(0, r(Message{Msg::report_warning_line, {MessageArg::rendered(located_text(d, language()))}}),
                 CellFormat::diagnostic_warning, left_list_width_mm + right_list_width_mm);
        }
    }

    // A roll-up's files: how many counted, then each file or project a PMO must
    // chase (unreadable, missing, stale, not changed, duplicate, another unit),
    // as many as page 1 holds; the rest on the Sources sheet.
    void roll_up() {
        const RollUp* roll = s_.options.roll_up;
        if (!roll)
            return;
        const auto counted = static_cast<unsigned long>(std::count_if(
            roll->sources.begin(), roll->sources.end(), [](const SourceRecord& f) { return f.counted(); }));
        const bool clean = counted == roll->sources.size() && roll->missing.empty() &&
                           std::none_of(roll->sources.begin(), roll->sources.end(),
                                        [](const SourceRecord& f) { return f.flags != 0; });
        line(0,
             r(Message{Msg::summary_sources,
                       {static_cast<unsigned long>(roll->sources.size()), counted, s_.options.sources_sheet}}),
             clean ? CellFormat::note : CellFormat::diagnostic_warning, left_list_width_mm + right_list_width_mm);
        std::vector<std::string> chase;
        for (const std::uint32_t flag : {source_unreadable, source_stale, source_unchanged, source_duplicate, source_unit})
            for (const SourceRecord& f : roll->sources)
                if (f.flags & flag)
                    for (const Message& reason : f.reasons)
                        if (reason_flag(reason.id) == flag)
                            chase.push_back(r(reason));
        for (const MissingProject& m : roll->missing)
            chase.push_back(r(Message{m.unreadable ? Msg::rollup_missing_unreadable : Msg::rollup_missing,
                                      {m.project_id, m.name, MessageArg::date(m.last_status_date),
                                       m.file.empty() ? MessageArg(Msg::rollup_file_unknown) : MessageArg(m.file)}}));
        for (std::size_t i = 0; i < chase.size() && i < sources_shown; ++i)
            line(0, "• " + chase[i], CellFormat::diagnostic_warning, left_list_width_mm + right_list_width_mm);
        if (chase.size() > sources_shown)
            line(0,
                 r(Message{Msg::summary_sources_more,
                           {static_cast<unsigned long>(chase.size() - sources_shown), s_.options.sources_sheet}}),
                 CellFormat::note, left_list_width_mm + right_list_width_mm);
    }

    static std::uint32_t reason_flag(Msg id) {
        switch (id) {
        case Msg::rollup_unreadable:
            return source_unreadable;
        case Msg::rollup_stale:
            return source_stale;
        case Msg::rollup_unchanged:
            return source_unchanged;
        case Msg::rollup_duplicate_lost:
            return source_duplicate;
        case Msg::rollup_unit_apart:
        case Msg::rollup_unit_apart_no_rates:
        case Msg::rollup_weighting_apart:
            return source_unit;
        default:
            return 0;
        }
    }

    // A text on one row from `column` on, cut with "…" when longer than the page.
    void line(std::size_t column, const std::string& text, CellFormat format, double width_mm) {
        const std::size_t row = s_.new_row();
        s_.put(row, column, fit_text(text, width_mm, large));
        s_.format(row, column, 1, 1, format, large);
    }

    void overall() {
        s_.new_row();
        const std::size_t row = s_.new_row();
        s_.put(row, 0, s_.label(Msg::summary_overall_label));
        s_.format(row, 0, 1, 1, CellFormat::heading);
        s_.put(row, 1, s_.rag_cell(s_.status.rag));
        s_.format(row, 1, 1, 1, CellFormat::rag, large);
        auto lines = wrap_text(r(summary_.overall), reason_width_mm, large);
        if (lines.size() > overall_lines) {
            lines[overall_lines - 1] = fit_text(lines[overall_lines - 1] + " " + lines[overall_lines] + "…",
                                                reason_width_mm, large);
            lines.resize(overall_lines);
        }
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const std::size_t at = i == 0 ? row : s_.new_row();
            s_.put(at, 2, lines[i]);
            s_.format(at, 2, 1, 1, CellFormat::label, large);
        }
    }

    Cell value_cell(const Kpi& k) const {
        if (!k.value)
            return s_.label(Msg::not_defined);
        if (k.id == KpiId::forecast_finish)
            return s_.day_cell(static_cast<Day>(*k.value));
        return *k.value;
    }

    static CellFormat value_format(KpiId id) {
        switch (id) {
        case KpiId::spi:
        case KpiId::cpi:
        case KpiId::spit: return CellFormat::index;
        case KpiId::forecast_finish: return CellFormat::date;
        case KpiId::eac: return CellFormat::money;
        default: return CellFormat::count;
        }
    }

    // "▲ 0.03", "▼ 5 days", "unchanged", "not in the history".
    std::string change_text(const Kpi& k) const {
        if (!k.recorded)
            return s_.label(Msg::kpi_not_recorded);
        if (!k.value || !k.previous)
            return s_.label(Msg::not_defined);
        const double change = *k.value - *k.previous;
        if (!improved(k))
            return s_.label(Msg::kpi_no_change);
        std::string size;
        switch (k.id) {
        case KpiId::spi:
        case KpiId::cpi:
        case KpiId::spit: size = format_index(std::abs(change)); break;
        case KpiId::forecast_finish:
            size = r(Message{Msg::kpi_days, {static_cast<long long>(std::llround(std::abs(change)))}});
            break;
        default: size = amount_text(std::abs(change)); break;
        }
        return (change > 0 ? "▲ " : "▼ ") + size;
    }

    std::string detail_text(const Kpi& k) const {
        const PortfolioStatus& status = s_.status;
        const EvmFigures& f = status.figures;
        switch (k.id) {
        case KpiId::spi: return r(Message{Msg::kpi_detail_spi, {amount_text(f.ev), amount_text(f.pv)}});
        case KpiId::cpi:
            return f.ac ? r(Message{Msg::kpi_detail_cpi, {amount_text(f.ev), amount_text(*f.ac)}})
                        : s_.label(Msg::kpi_detail_no_cost);
        case KpiId::spit:
            if (!f.svt)
                return "";
            return r(Message{status.es_period == EsPeriod::working_days ? Msg::kpi_detail_svt_days
                                                                        : Msg::kpi_detail_svt_weeks,
                             {MessageArg::rendered(format_number(*f.svt, 1))}});
        case KpiId::forecast_finish: {
            if (!k.value || !k.reference)
                return "";
            const auto late = static_cast<long long>(std::llround(*k.value - *k.reference));
            const auto baseline = MessageArg::date(static_cast<Day>(*k.reference));
            return late > 0 ? r(Message{Msg::kpi_detail_finish_late, {late, baseline}})
                            : r(Message{Msg::kpi_detail_finish_on_time, {baseline}});
        }
        case KpiId::eac:
            if (!k.value || !k.reference)
                return "";
            return *k.value > *k.reference
                       ? r(Message{Msg::kpi_detail_eac_over,
                                   {amount_text(*k.value - *k.reference), amount_text(*k.reference)}})
                       : r(Message{Msg::kpi_detail_eac_within, {amount_text(*k.reference)}});
        case KpiId::high_risks:
            return r(Message{Msg::kpi_detail_risks, {amount_text(k.reference.value_or(0))}});
        case KpiId::overdue_issues:
            return r(Message{Msg::kpi_detail_issues, {static_cast<long long>(k.reference.value_or(0))}});
        case KpiId::pending_changes: return s_.label(Msg::kpi_detail_changes);
        }
        return "";
    }

    void indicators() {
        s_.new_row();
        const std::size_t title = s_.new_row();
        s_.put(title, 0, summary_.previous_date
                             ? r(Message{Msg::summary_indicators_since, {MessageArg::date(*summary_.previous_date)}})
                             : s_.label(Msg::summary_indicators));
        s_.format(title, 0, 1, 1, CellFormat::heading);
        const std::size_t header = s_.new_row();
        s_.put(header, kpi_label, s_.label(Msg::header_indicator));
        s_.put(header, kpi_value, s_.label(Msg::header_now));
        s_.put(header, kpi_change, s_.label(Msg::header_change_first));
        s_.put(header, kpi_trend, s_.label(Msg::header_trend));
        s_.put(header, kpi_detail, s_.label(Msg::header_detail));
        s_.format(header, 0, 1, 2, CellFormat::column_header, large);
        s_.format(header, kpi_value, 1, kpi_detail - kpi_value + 1, CellFormat::column_header, large);
        s_.merge(header, 0, 1, 2);
        s_.merge(header, kpi_change, 1, 2);
        s_.merge(header, kpi_trend, 1, 2);
        s_.layout.kpi_first_row = header + 1;
        for (const Kpi& k : summary_.kpis) {
            const std::size_t row = s_.new_row();
            s_.put(row, kpi_label, s_.label(kpi_labels[static_cast<std::size_t>(k.id)]));
            s_.format(row, kpi_label, 1, 1, CellFormat::label, large);
            s_.put(row, kpi_value, value_cell(k));
            s_.format(row, kpi_value, 1, 1, k.value ? value_format(k.id) : CellFormat::text, large);
            s_.put(row, kpi_change, change_text(k));
            const auto better = improved(k);
            s_.format(row, kpi_change, 1, 1,
                      !better ? CellFormat::unchanged : *better ? CellFormat::better : CellFormat::worse, large);
            if (const std::string line = sparkline(k.trend); !line.empty()) {
                s_.put(row, kpi_trend, line);
                s_.format(row, kpi_trend, 1, 1, CellFormat::note, large);
            }
            s_.put(row, kpi_detail, detail_text(k));
            s_.format(row, kpi_detail, 1, 1, CellFormat::note, large);
        }
    }

    void glance() {
        // Without tasks or earned value by period there is nothing to rate.
        if (summary_.projects.empty() || (s_.portfolio.tasks.empty() && s_.portfolio.periods.empty()))
            return;
        s_.heading(Msg::summary_glance);
        const std::size_t header = s_.new_row();
        s_.column_headers(header, 0, glance_columns, large);
        // As many projects as page 1 has room for, with the lists below them.
        double used = glance_header_mm;
        for (std::size_t r = 0; r < header; ++r)
            used += height_of(r);
        // Below the projects: "N more", a blank row, the lists' titles and lines.
        const double after = blank_mm + static_cast<double>(2 + list_lines) * row_mm;
        const auto room = static_cast<std::size_t>(
            std::max(1.0, std::floor((page_height_on_sheet_mm - used - after) / row_mm)));
        glance_header_ = header;
        const std::size_t shown = std::min({summary_.projects.size(), glance_rows, room});
        s_.layout.glance_first_row = header + 1;
        for (std::size_t i = 0; i < shown; ++i) {
            const ProjectGlance& g = summary_.projects[i];
            const ProjectStatus& p = *g.project;
            const std::size_t row = s_.new_row();
            s_.put(row, glance_id, p.project.id);
            s_.put(row, glance_name, fit_text(p.project.name, name_width_mm, large));
            s_.put(row, glance_rag, s_.rag_cell(p.rag));
            s_.put(row, glance_spi, s_.optional_cell(p.figures.spi));
            s_.put(row, glance_cpi, s_.optional_cell(p.figures.cpi));
            s_.put(row, glance_slip, static_cast<double>(p.slip_days));
            s_.put(row, glance_finish,
                   p.forecast_finish ? s_.day_cell(*p.forecast_finish) : Cell(s_.label(Msg::not_defined)));
            Kpi spi;  // the project's SPI against its previous one, shown as a KPI's change is
            spi.value = p.figures.spi;
            spi.previous = g.previous_spi;
            s_.put(row, glance_spi_change, change_text(spi));
            const auto better = improved(spi);
            s_.format(row, glance_spi_change, 1, 1,
                      !better ? CellFormat::unchanged : *better ? CellFormat::better : CellFormat::worse, large);
            s_.put(row, glance_reason, r(g.short_reason));
        }
        for (std::size_t c = 0; c < glance_column_count; ++c)
            if (c != glance_spi_change)
                s_.format(header + 1, c, shown, 1, glance_columns[c].format, large);
        // The indices' traffic lights at the RAG's thresholds, the slip as bars.
        const RagThresholds& t = s_.status.thresholds;
        for (const std::size_t c : {glance_spi, glance_cpi})
            s_.layout.conditionals.push_back({ReportLayout::Conditional::Kind::traffic_lights,
                                              {header + 1, c, shown, 1}, t.red_below, t.amber_below});
        s_.layout.conditionals.push_back(
            {ReportLayout::Conditional::Kind::data_bar, {header + 1, glance_slip, shown, 1}, 0, 0});
        if (summary_.projects.size() > shown) {
            // The rest are no worse than the last one shown.
            const std::optional<Rag> last = summary_.projects[shown - 1].project->rag;
            const std::size_t row = s_.new_row();
            s_.put(row, 0, r(Message{Msg::summary_more_projects,
                                     {summary_.projects.size() - shown,
                                      last ? std::string(rag_label(*last)) : s_.label(Msg::summary_not_rated)}}));
            s_.format(row, 0, 1, 1, CellFormat::note, large);
        }
    }

    // Two columns of short lines: top risks | overdue issues.
    void risks_and_issues() {
        std::vector<std::string> risks, issues;
        for (const RankedRisk& ranked : s_.status.top_risks) {
            if (risks.size() == list_lines)
                break;
            const RiskEntry& risk = *ranked.risk;
            risks.push_back(r(Message{Msg::summary_risk_line,
                                      {risk.id, risk.project_id, risk.title, amount_text(ranked.exposure)}}));
        }
        if (risks.empty())
            risks.push_back(s_.label(Msg::summary_no_open_risks));
        for (const OverdueIssue& o : s_.status.top_overdue_issues) {
            if (issues.size() == list_lines)
                break;
            issues.push_back(r(Message{Msg::summary_issue_line,
                                       {o.issue->id, o.issue->project_id, o.issue->title,
                                        static_cast<long long>(o.days_overdue)}}));
        }
        if (issues.empty())
            issues.push_back(s_.label(Msg::summary_no_overdue));
        two_lists(Msg::summary_top_risks, risks, Msg::summary_overdue_issues, issues);
    }

    // What changed since the last report | what awaits a decision.
    void changes_and_decisions() {
        std::vector<std::string> changed, decisions;
        for (const Message& m : summary_.changes)
            changed.push_back(r(m));
        if (changed.empty())
            changed.push_back(s_.label(!summary_.previous_date ? Msg::summary_changes_first
                                       : s_.options.roll_up ? Msg::summary_no_changes_roll_up
                                                            : Msg::summary_no_changes));
        std::vector<const ChangeRequest*> pending;
        for (const ChangeRequest& c : s_.portfolio.changes)
            if (c.status == ChangeRequest::Status::pending)
                pending.push_back(&c);
        std::stable_sort(pending.begin(), pending.end(), [](const ChangeRequest* a, const ChangeRequest* b) {
            return std::abs(a->cost_impact.value_or(0)) > std::abs(b->cost_impact.value_or(0));
        });
        for (const ChangeRequest* c : pending) {
            if (decisions.size() == list_lines)
                break;
            decisions.push_back(r(Message{Msg::summary_change_line, {c->id, c->project_id, c->title}}));
        }
        if (decisions.empty())
            decisions.push_back(s_.label(Msg::summary_no_decisions));
        const std::string changes_heading =
            summary_.previous_date ? r(Message{Msg::report_changes, {MessageArg::date(*summary_.previous_date)}})
                                   : s_.label(Msg::header_change_first);
        two_lists(changes_heading, changed, s_.label(Msg::summary_decisions), decisions);
    }

    void two_lists(Msg left_title, const std::vector<std::string>& left, Msg right_title,
                   const std::vector<std::string>& right) {
        two_lists(s_.label(left_title), left, s_.label(right_title), right);
    }

    void two_lists(const std::string& left_title, const std::vector<std::string>& left,
                   const std::string& right_title, const std::vector<std::string>& right) {
        s_.new_row();
        const std::size_t title = s_.new_row();
        s_.put(title, 0, left_title);
        s_.put(title, right_list_column, right_title);
        s_.format(title, 0, 1, 1, CellFormat::heading);
        s_.format(title, right_list_column, 1, 1, CellFormat::heading);
        // A line each, so that the page's length is known: the whole of each is in its section.
        std::vector<std::string> left_lines, right_lines;
        for (const std::string& t : left)
            left_lines.push_back(fit_text(t, left_list_width_mm, large));
        for (const std::string& t : right)
            right_lines.push_back(fit_text(t, right_list_width_mm, large));
        const std::size_t first = s_.next_row();
        for (std::size_t i = 0; i < std::max(left_lines.size(), right_lines.size()); ++i) {
            const std::size_t row = s_.new_row();
            if (i < left_lines.size())
                s_.put(row, 0, left_lines[i]);
            if (i < right_lines.size())
                s_.put(row, right_list_column, right_lines[i]);
        }
        s_.format(first, 0, left_lines.size(), 1, CellFormat::subtitle, large);
        s_.format(first, right_list_column, right_lines.size(), 1, CellFormat::subtitle, large);
    }

    ReportSheet& s_;
    ExecutiveSummary summary_;
    std::optional<std::size_t> glance_header_;
};

}  // namespace

void executive_summary(ReportSheet& sheet) { SummaryPage(sheet).build(); }

}  // namespace pmocalc::report
