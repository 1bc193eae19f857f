#include "report_model.hpp"

#include <algorithm>
#include <array>

namespace pmocalc {

namespace {

struct Labels {
    const char* sheet;
    const char* title;
    const char* status_date;
    const char* generated;
    const char* diagnostics_summary;  // "%d problems in the workbook (see Diagnostics)"
    const char* no_problems;
    const char* portfolio;
    const char* projects;
    const char* top_risks;
    const char* heat_map;
    const char* heat_corner;
    const char* heat_note;
    const char* aging;
    const char* aging_buckets[4];
    const char* open_overdue[2];
    const char* milestones;
    const char* no_milestones;
    const char* charts;
    const char* chart_indices;
    const char* chart_s_curve;
    const char* chart_data;
    const char* s_curve_note;
    const char* diagnostics;
    const char* severities[3];
    const char* not_defined;
    const char* figure_headers[14];
    const char* project_headers[11];
    const char* risk_headers[9];
    const char* milestone_headers[5];
    const char* diagnostic_headers[4];
    const char* s_curve_headers[4];
    const char* index_headers[3];
    const char* kinds[2];
};

constexpr Labels english{
    "PMO Report",
    "PMO Status Report",
    "Status date",
    "Generated",
    " problems found in the workbook: see Diagnostics at the end",
    "No problems found in the workbook",
    "Portfolio summary",
    "Projects",
    "Top 10 risks by exposure",
    "Risk heat map (open risks)",
    "Probability \\ Impact",
    "Impact rank: share of the project budget (<1%, <5%, <10%, <20%, ≥20%), or the 1–5 rating as typed",
    "Issue aging (open issues, days since raised)",
    {"0–7 days", "8–30 days", "31–90 days", "> 90 days"},
    {"Open", "Overdue"},
    "Slipped milestones",
    "No milestone has slipped",
    "Charts",
    "SPI and CPI by project",
    "Portfolio S-curve",
    "Chart data",
    "EV and AC are known at the status date only (the workbook keeps no history)",
    "Diagnostics",
    {"error", "warning", "note"},
    "–",
    {"BAC", "PV", "EV", "AC", "SV", "CV", "SPI", "CPI", "EAC", "VAC", "SV(t) (weeks)", "SPI(t)", "Forecast finish", "RAG"},
    {"Project ID", "Project", "Program", "PM", "Slip (working days)", "Open issues", "Overdue issues", "Open risks",
     "Risk exposure", "Pending CRs", "Tasks"},
    {"Rank", "Risk ID", "Project", "Risk", "Type", "Probability", "Impact", "Exposure", "Owner"},
    {"Project", "Milestone", "Baseline finish", "Forecast finish", "Slip (working days)"},
    {"Sheet", "Cell", "Severity", "Message"},
    {"Week ending", "PV", "EV", "AC"},
    {"Project", "SPI", "CPI"},
    {"Threat", "Opportunity"},
};

constexpr Labels japanese{
    "PMOレポート",
    "PMOステータスレポート",
    "基準日",
    "作成日時",
    " 件の問題がブックにあります（末尾の診断を参照）",
    "ブックに問題は見つかりませんでした",
    "ポートフォリオ概要",
    "プロジェクト別",
    "リスク上位10件（エクスポージャー順）",
    "リスクヒートマップ（未完了リスク）",
    "発生確率 \\ 影響度",
    "影響度ランク：プロジェクト予算に対する割合（1%未満・5%未満・10%未満・20%未満・20%以上）、または入力された1〜5の評価",
    "課題の経過日数（未完了課題、起票からの日数）",
    {"0〜7日", "8〜30日", "31〜90日", "90日超"},
    {"未完了", "期限超過"},
    "遅延したマイルストーン",
    "遅延したマイルストーンはありません",
    "グラフ",
    "プロジェクト別 SPI・CPI",
    "ポートフォリオ Sカーブ",
    "グラフ用データ",
    "EV・AC は基準日時点のみ（ブックに履歴がないため）",
    "診断",
    {"エラー", "警告", "注記"},
    "–",
    {"BAC", "PV", "EV", "AC", "SV", "CV", "SPI", "CPI", "EAC", "VAC", "SV(t)（週）", "SPI(t)", "完了見込日", "RAG"},
    {"プロジェクトID", "プロジェクト名", "プログラム", "PM", "遅延（稼働日）", "未完了課題", "期限超過課題", "未完了リスク",
     "リスクエクスポージャー", "審査中の変更要求", "タスク数"},
    {"順位", "リスクID", "プロジェクト", "リスク事象", "種別", "発生確率", "影響額", "エクスポージャー", "担当者"},
    {"プロジェクト", "マイルストーン", "基準終了日", "終了見込日", "遅延（稼働日）"},
    {"シート", "セル", "重要度", "内容"},
    {"週末日", "PV", "EV", "AC"},
    {"プロジェクト", "SPI", "CPI"},
    {"脅威", "好機"},
};

const Labels& labels_for(Language language) { return language == Language::ja ? japanese : english; }

// The 14 figure columns shared by the portfolio summary and the project rows.
constexpr std::array<CellFormat, 14> figure_formats{
    CellFormat::money, CellFormat::money, CellFormat::money, CellFormat::money, CellFormat::money,
    CellFormat::money, CellFormat::index, CellFormat::index, CellFormat::money, CellFormat::money,
    CellFormat::periods, CellFormat::index, CellFormat::date, CellFormat::rag};

class ReportBuilder {
public:
    ReportBuilder(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options)
        : portfolio_(portfolio), status_(status), options_(options), l_(labels_for(options.language)) {}

    ReportLayout build() {
        layout_.sheet_name = l_.sheet;
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
        layout_.column_widths_mm = {28, 60, 30, 30, 26, 24, 24, 24, 24, 24, 22, 22, 24, 24, 24, 22, 26, 22, 24, 22,
                                    22, 28, 22, 18};
        layout_.column_widths_mm.resize(width_, 20);
        return std::move(layout_);
    }

private:
    std::size_t new_row() {
        layout_.rows.emplace_back();
        return layout_.rows.size() - 1;
    }

    void put(std::size_t row, std::size_t column, Cell value) {
        auto& cells = layout_.rows[row];
        if (cells.size() <= column)
            cells.resize(column + 1);
        cells[column] = std::move(value);
        width_ = std::max(width_, column + 1);
    }

    void format(std::size_t row, std::size_t column, std::size_t rows, std::size_t columns, CellFormat f) {
        layout_.formats.push_back({{row, column, rows, columns}, f});
    }

    Cell day_cell(Day day) const { return static_cast<double>(day - options_.null_date_offset); }

    Cell optional_cell(const std::optional<double>& value) const {
        return value ? Cell(*value) : Cell(std::string(l_.not_defined));
    }

    Cell rag_cell(const std::optional<Rag>& rag) const {
        return rag ? Cell(std::string(rag_label(*rag))) : Cell(std::string(l_.not_defined));
    }

    void heading(const char* text) {
        new_row();
        const std::size_t row = new_row();
        put(row, 0, std::string(text));
        format(row, 0, 1, 1, CellFormat::heading);
    }

    void column_headers(std::size_t row, std::size_t first, const char* const* names, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i)
            put(row, first + i, std::string(names[i]));
        format(row, first, 1, count, CellFormat::column_header);
    }

    // The 14 figures of a project or of the portfolio, starting at `column`.
    void figures(std::size_t row, std::size_t column, const EvmFigures& f, const std::optional<Day>& forecast,
                 const std::optional<Rag>& rag) {
        const std::array<Cell, 14> values{f.bac, f.pv, f.ev, optional_cell(f.ac), f.sv, optional_cell(f.cv),
                                          optional_cell(f.spi), optional_cell(f.cpi), optional_cell(f.eac),
                                          optional_cell(f.vac), optional_cell(f.svt), optional_cell(f.spit),
                                          forecast ? day_cell(*forecast) : Cell(std::string(l_.not_defined)),
                                          rag_cell(rag)};
        for (std::size_t i = 0; i < values.size(); ++i)
            put(row, column + i, values[i]);
    }

    void figure_formats_for(std::size_t first_row, std::size_t rows, std::size_t column) {
        for (std::size_t i = 0; i < figure_formats.size(); ++i)
            format(first_row, column + i, rows, 1, figure_formats[i]);
    }

    void header() {
        const std::size_t title = new_row();
        put(title, 0, std::string(l_.title));
        format(title, 0, 1, 1, CellFormat::title);
        const std::size_t dates = new_row();
        put(dates, 0, std::string(l_.status_date));
        put(dates, 1, day_cell(status_.status_date));
        put(dates, 3, std::string(l_.generated));
        put(dates, 4, options_.generated_at);
        format(dates, 0, 1, 1, CellFormat::label);
        format(dates, 1, 1, 1, CellFormat::date);
        format(dates, 3, 1, 1, CellFormat::label);
        const std::size_t problems = new_row();
        const auto errors = std::count_if(portfolio_.diagnostics.begin(), portfolio_.diagnostics.end(),
                                          [](const Diagnostic& d) { return d.severity != Diagnostic::Severity::note; });
        put(problems, 0, errors == 0 ? std::string(l_.no_problems) : std::to_string(errors) + l_.diagnostics_summary);
        format(problems, 0, 1, 1, errors == 0 ? CellFormat::note : CellFormat::diagnostic_warning);
        layout_.frozen_rows = 3;
    }

    void portfolio_summary() {
        heading(l_.portfolio);
        const std::size_t header = new_row();
        column_headers(header, 0, l_.figure_headers, 14);
        const std::size_t values = new_row();
        figures(values, 0, status_.figures, status_.forecast_finish, status_.rag);
        figure_formats_for(values, 1, 0);
        layout_.portfolio_row = values;
    }

    void projects() {
        heading(l_.projects);
        const std::size_t header = new_row();
        column_headers(header, 0, l_.project_headers, 4);
        column_headers(header, 4, l_.figure_headers, 14);
        column_headers(header, 18, l_.project_headers + 4, 6);
        layout_.projects_first_row = header + 1;
        for (const ProjectStatus& p : status_.projects) {
            const std::size_t row = new_row();
            put(row, 0, p.project.id);
            put(row, 1, p.project.name);
            put(row, 2, p.project.program);
            put(row, 3, p.project.manager);
            figures(row, 4, p.figures, p.forecast_finish, p.rag);
            put(row, 18, static_cast<double>(p.slip_days));
            put(row, 19, static_cast<double>(p.open_issues));
            put(row, 20, static_cast<double>(p.overdue_issues));
            put(row, 21, static_cast<double>(p.open_risks));
            put(row, 22, p.risk_exposure);
            put(row, 23, static_cast<double>(p.pending_changes));
        }
        const std::size_t count = status_.projects.size();
        if (count == 0)
            return;
        format(layout_.projects_first_row, 0, count, 4, CellFormat::text);
        figure_formats_for(layout_.projects_first_row, count, 4);
        format(layout_.projects_first_row, 18, count, 1, CellFormat::days);
        format(layout_.projects_first_row, 19, count, 3, CellFormat::count);
        format(layout_.projects_first_row, 22, count, 1, CellFormat::money);
        format(layout_.projects_first_row, 23, count, 1, CellFormat::count);
    }

    std::string project_name(const std::string& id) const {
        for (const Project& p : portfolio_.projects)
            if (p.id == id)
                return p.name;
        return id;
    }

    void top_risks() {
        heading(l_.top_risks);
        const std::size_t header = new_row();
        column_headers(header, 0, l_.risk_headers, 9);
        const std::size_t first = header + 1;
        int rank = 0;
        for (const RankedRisk& ranked : status_.top_risks) {
            const RiskEntry& risk = *ranked.risk;
            const std::size_t row = new_row();
            put(row, 0, static_cast<double>(++rank));
            put(row, 1, risk.id);
            put(row, 2, project_name(risk.project_id));
            put(row, 3, risk.title);
            put(row, 4, std::string(l_.kinds[risk.kind == RiskKind::threat ? 0 : 1]));
            put(row, 5, risk.probability);
            put(row, 6, risk.impact);
            put(row, 7, ranked.exposure);
            put(row, 8, risk.owner);
        }
        if (rank == 0)
            return;
        const auto n = static_cast<std::size_t>(rank);
        format(first, 0, n, 1, CellFormat::count);
        format(first, 1, n, 4, CellFormat::text);
        format(first, 5, n, 1, CellFormat::percent);
        format(first, 6, n, 2, CellFormat::money);
        format(first, 8, n, 1, CellFormat::text);
    }

    void heat_map() {
        heading(l_.heat_map);
        const std::size_t header = new_row();
        put(header, 0, std::string(l_.heat_corner));
        for (int impact = 1; impact <= 5; ++impact)
            put(header, static_cast<std::size_t>(impact), static_cast<double>(impact));
        format(header, 0, 1, 6, CellFormat::column_header);
        for (int probability = 5; probability >= 1; --probability) {
            const std::size_t row = new_row();
            put(row, 0, static_cast<double>(probability));
            format(row, 0, 1, 1, CellFormat::column_header);
            for (int impact = 1; impact <= 5; ++impact) {
                put(row, static_cast<std::size_t>(impact),
                    static_cast<double>(status_.heat_map[static_cast<std::size_t>(probability - 1)]
                                                        [static_cast<std::size_t>(impact - 1)]));
                // Colour by the cell's place in the matrix (P × I), as risk registers do.
                const int score = probability * impact;
                const CellFormat heat = score >= 15 ? CellFormat::heat_5
                                        : score >= 10 ? CellFormat::heat_4
                                        : score >= 5  ? CellFormat::heat_3
                                        : score >= 3  ? CellFormat::heat_2
                                                      : CellFormat::heat_1;
                format(row, static_cast<std::size_t>(impact), 1, 1, heat);
            }
        }
        const std::size_t note = new_row();
        put(note, 0, std::string(l_.heat_note));
        format(note, 0, 1, 1, CellFormat::note);
    }

    void issue_aging() {
        heading(l_.aging);
        const std::size_t header = new_row();
        column_headers(header, 0, l_.aging_buckets, 4);
        column_headers(header, 4, l_.open_overdue, 2);
        const std::size_t row = new_row();
        for (std::size_t i = 0; i < 4; ++i)
            put(row, i, static_cast<double>(status_.issue_aging[i]));
        put(row, 4, static_cast<double>(status_.open_issues));
        put(row, 5, static_cast<double>(status_.overdue_issues));
        format(row, 0, 1, 6, CellFormat::count);
    }

    void milestones() {
        heading(l_.milestones);
        if (status_.slipped_milestones.empty()) {
            const std::size_t row = new_row();
            put(row, 0, std::string(l_.no_milestones));
            format(row, 0, 1, 1, CellFormat::note);
            return;
        }
        const std::size_t header = new_row();
        column_headers(header, 0, l_.milestone_headers, 5);
        for (const SlippedMilestone& m : status_.slipped_milestones) {
            const std::size_t row = new_row();
            put(row, 0, project_name(m.project_id));
            put(row, 1, m.name.empty() ? m.task_id : m.name);
            put(row, 2, day_cell(m.baseline));
            put(row, 3, day_cell(m.forecast));
            put(row, 4, static_cast<double>(m.slip_days));
        }
        const std::size_t n = status_.slipped_milestones.size();
        format(header + 1, 0, n, 2, CellFormat::text);
        format(header + 1, 2, n, 2, CellFormat::date);
        format(header + 1, 4, n, 1, CellFormat::days);
    }

    // Two charts side by side over reserved rows, their data in tables below.
    void charts() {
        heading(l_.charts);
        layout_.page_breaks.push_back(layout_.rows.size() - 1);
        const std::size_t chart_top = layout_.rows.size();
        constexpr std::size_t chart_rows = 20;
        for (std::size_t i = 0; i < chart_rows; ++i)
            new_row();
        heading(l_.chart_data);
        layout_.page_breaks.push_back(layout_.rows.size() - 1);
        const std::size_t data_header = new_row();
        column_headers(data_header, 0, l_.index_headers, 3);
        column_headers(data_header, 4, l_.s_curve_headers, 4);
        std::size_t index_rows = 0;
        for (const ProjectStatus& p : status_.projects) {
            const std::size_t row = data_header + 1 + index_rows++;
            while (layout_.rows.size() <= row)
                new_row();
            put(row, 0, p.project.name.empty() ? p.project.id : p.project.name);
            if (p.figures.spi)
                put(row, 1, *p.figures.spi);
            if (p.figures.cpi)
                put(row, 2, *p.figures.cpi);
        }
        const SCurve& curve = status_.s_curve;
        const auto status_period = curve.cumulative_pv.empty() || status_.status_date < curve.origin
                                       ? std::size_t(-1)
                                       : static_cast<std::size_t>((status_.status_date - curve.origin) / curve.period_days);
        for (std::size_t k = 0; k < curve.cumulative_pv.size(); ++k) {
            const std::size_t row = data_header + 1 + k;
            while (layout_.rows.size() <= row)
                new_row();
            put(row, 4, day_cell(curve.period_end(k)));
            put(row, 5, curve.cumulative_pv[k]);
            if (k == status_period) {
                put(row, 6, status_.figures.ev);
                if (status_.figures.ac)
                    put(row, 7, *status_.figures.ac);
            }
        }
        if (index_rows > 0)
            format(data_header + 1, 1, index_rows, 2, CellFormat::index);
        if (!curve.cumulative_pv.empty()) {
            format(data_header + 1, 4, curve.cumulative_pv.size(), 1, CellFormat::date);
            format(data_header + 1, 5, curve.cumulative_pv.size(), 3, CellFormat::money);
        }
        const std::size_t note = new_row();
        put(note, 4, std::string(l_.s_curve_note));
        format(note, 4, 1, 1, CellFormat::note);
        if (index_rows > 0)
            layout_.charts.push_back({ChartSpec::Kind::bars, "pmocalc_spi_cpi", l_.chart_indices,
                                      {data_header, 0, index_rows + 1, 3}, {chart_top, 0, chart_rows, 8}});
        if (!curve.cumulative_pv.empty())
            layout_.charts.push_back({ChartSpec::Kind::lines, "pmocalc_s_curve", l_.chart_s_curve,
                                      {data_header, 4, curve.cumulative_pv.size() + 1, 4},
                                      {chart_top, 9, chart_rows, 10}});
    }

    void diagnostics() {
        heading(l_.diagnostics);
        const std::size_t header = new_row();
        column_headers(header, 0, l_.diagnostic_headers, 4);
        layout_.diagnostics_first_row = header + 1;
        for (const Diagnostic& d : portfolio_.diagnostics) {
            const std::size_t row = new_row();
            put(row, 0, d.sheet);
            put(row, 1, d.cell);
            put(row, 2, std::string(l_.severities[static_cast<int>(d.severity)]));
            put(row, 3, d.message);
            format(row, 0, 1, 4,
                   d.severity == Diagnostic::Severity::error     ? CellFormat::diagnostic_error
                   : d.severity == Diagnostic::Severity::warning ? CellFormat::diagnostic_warning
                                                                 : CellFormat::note);
        }
    }

    const Portfolio& portfolio_;
    const PortfolioStatus& status_;
    const ReportOptions& options_;
    const Labels& l_;
    ReportLayout layout_;
    std::size_t width_ = 0;
};

}  // namespace

std::string report_sheet_name(Language language) { return labels_for(language).sheet; }

ReportLayout build_report(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options) {
    return ReportBuilder(portfolio, status, options).build();
}

}  // namespace pmocalc
