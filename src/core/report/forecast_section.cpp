// The forecast range: EAC by every method side by side and the two finishes,
// the portfolio's and each project's, with the ways their EV was earned.
#include <array>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

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

class ForecastSection : Section {
public:
    using Section::Section;

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
};

}  // namespace

void forecast_range(ReportSheet& sheet) { ForecastSection(sheet).forecast_range(); }

}  // namespace pmocalc::report
