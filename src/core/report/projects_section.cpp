// The projects, in two tables that each print within the page at a readable
// size: their money and earned value, then their schedule, issues and risks.
// The portfolio's row comes first in each, from the portfolio's sums.
#include <array>

#include "sections.hpp"

namespace pmocalc::report {

namespace {

namespace col = report_column;

constexpr std::array<ColumnSpec, col::cost_column_count> cost_columns{{
    {Msg::header_project_id, CellFormat::text},
    {Msg::header_project_name, CellFormat::text},
    {Msg::header_program, CellFormat::text},
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
}};

constexpr std::array<ColumnSpec, col::status_column_count> status_columns{{
    {Msg::header_project_id, CellFormat::text},
    {Msg::header_project_name, CellFormat::text},
    {Msg::header_pm, CellFormat::text},
    {Msg::header_svt_weeks, CellFormat::periods},
    {Msg::header_spit, CellFormat::index},
    {Msg::header_forecast_finish, CellFormat::date},
    {Msg::header_forecast_method, CellFormat::text},
    {Msg::header_rag, CellFormat::rag},
    {Msg::header_slip_days, CellFormat::days},
    {Msg::header_open_issues, CellFormat::count},
    {Msg::header_overdue_issues, CellFormat::count},
    {Msg::header_open_risks, CellFormat::count},
    {Msg::header_risk_exposure, CellFormat::money},
    {Msg::header_pending_changes, CellFormat::count},
}};

class ProjectTables {
public:
    explicit ProjectTables(ReportSheet& sheet) : s_(sheet) {}

    void build() {
        cost_table();
        status_table();
    }

private:
    Cell method_cell(const std::optional<ForecastMethod>& method) const {
        if (!method)
            return s_.label(Msg::not_defined);
        switch (*method) {
        case ForecastMethod::finished: return s_.label(Msg::forecast_finished);
        case ForecastMethod::not_started: return s_.label(Msg::forecast_not_started);
        case ForecastMethod::earned_schedule: return s_.label(Msg::forecast_earned_schedule);
        case ForecastMethod::pm_forecast: return s_.label(Msg::forecast_pm);
        case ForecastMethod::no_progress: return s_.label(Msg::forecast_no_progress);
        }
        return s_.label(Msg::not_defined);
    }

    void cost_row(std::size_t row, const EvmFigures& f) {
        s_.put(row, col::bac, f.bac);
        s_.put(row, col::pv, f.pv);
        s_.put(row, col::ev, f.ev);
        s_.put(row, col::ac, s_.optional_cell(f.ac));
        s_.put(row, col::sv, f.sv);
        s_.put(row, col::cv, s_.optional_cell(f.cv));
        s_.put(row, col::spi, s_.optional_cell(f.spi));
        s_.put(row, col::cpi, s_.optional_cell(f.cpi));
        s_.put(row, col::eac, s_.optional_cell(f.eac));
        s_.put(row, col::vac, s_.optional_cell(f.vac));
    }

    void cost_table() {
        const PortfolioStatus& status = s_.status;
        s_.heading(Msg::report_projects_cost);
        const std::size_t header = s_.new_row();
        s_.column_headers(header, 0, cost_columns);
        const std::size_t portfolio = s_.new_row();
        s_.layout.portfolio_row = portfolio;
        s_.put(portfolio, col::project_id, s_.label(Msg::report_portfolio_row));
        cost_row(portfolio, status.figures);
        s_.layout.projects_first_row = portfolio + 1;
        for (const ProjectStatus& p : status.projects) {
            const std::size_t row = s_.new_row();
            s_.put(row, col::project_id, p.project.id);
            s_.put(row, col::project_name, p.project.name);
            s_.put(row, col::program, p.project.program);
            cost_row(row, p.figures);
        }
        s_.column_formats(portfolio, status.projects.size() + 1, 0, cost_columns);
    }

    void status_row(std::size_t row, const EvmFigures& f, const std::optional<Day>& forecast,
                    const std::optional<ForecastMethod>& method, const std::optional<Rag>& rag) {
        s_.put(row, col::svt, s_.optional_cell(f.svt));
        s_.put(row, col::spit, s_.optional_cell(f.spit));
        s_.put(row, col::forecast_finish, forecast ? s_.day_cell(*forecast) : Cell(s_.label(Msg::not_defined)));
        s_.put(row, col::forecast_method, method_cell(method));
        s_.put(row, col::rag, s_.rag_cell(rag));
    }

    // The issues, risks and change requests of a project or of the portfolio.
    void register_counts(std::size_t row, int open_issues, int overdue_issues, int open_risks, double exposure,
                         int pending_changes) {
        s_.put(row, col::open_issues, static_cast<double>(open_issues));
        s_.put(row, col::overdue_issues, static_cast<double>(overdue_issues));
        s_.put(row, col::open_risks, static_cast<double>(open_risks));
        s_.put(row, col::risk_exposure, exposure);
        s_.put(row, col::pending_changes, static_cast<double>(pending_changes));
    }

    void status_table() {
        const PortfolioStatus& status = s_.status;
        s_.heading(Msg::report_projects_status);
        const std::size_t header = s_.new_row();
        s_.column_headers(header, 0, status_columns);
        const std::size_t portfolio = s_.new_row();
        s_.layout.status_portfolio_row = portfolio;
        s_.put(portfolio, col::status_project_id, s_.label(Msg::report_portfolio_row));
        status_row(portfolio, status.figures, status.forecast_finish, status.forecast_method, status.rag);
        register_counts(portfolio, status.open_issues, status.overdue_issues, status.open_risks, status.risk_exposure,
                        status.pending_changes);
        s_.layout.status_first_row = portfolio + 1;
        for (const ProjectStatus& p : status.projects) {
            const std::size_t row = s_.new_row();
            s_.put(row, col::status_project_id, p.project.id);
            s_.put(row, col::status_project_name, p.project.name);
            s_.put(row, col::manager, p.project.manager);
            status_row(row, p.figures, p.forecast_finish, p.forecast_method, p.rag);
            s_.put(row, col::slip_days, static_cast<double>(p.slip_days));
            register_counts(row, p.open_issues, p.overdue_issues, p.open_risks, p.risk_exposure, p.pending_changes);
        }
        s_.column_formats(portfolio, status.projects.size() + 1, 0, status_columns);
    }

    ReportSheet& s_;
};

}  // namespace

void project_tables(ReportSheet& sheet) { ProjectTables(sheet).build(); }

}  // namespace pmocalc::report
