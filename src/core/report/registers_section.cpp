// The registers: the top risks and their heat map, the open issues by age,
// and the milestones that slipped.
#include <array>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

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

constexpr std::array<Msg, 4> aging_headers{Msg::report_aging_0_7, Msg::report_aging_8_30, Msg::report_aging_31_90,
                                           Msg::report_aging_over_90};

class RegistersSection : Section {
public:
    using Section::Section;

    // A register with nothing open gets one line, not empty tables.
    void risks_and_issues() {
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

private:
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
};

}  // namespace

void risk_and_issue_registers(ReportSheet& sheet) { RegistersSection(sheet).risks_and_issues(); }

void slipped_milestones(ReportSheet& sheet) { RegistersSection(sheet).milestones(); }

}  // namespace pmocalc::report
