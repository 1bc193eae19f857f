#include "evm_series.hpp"

#include <algorithm>
#include <map>

#include "evm.hpp"

namespace pmocalc {

std::vector<TaskPlan> series_plans(std::span<const PeriodFigures> periods) {
    std::vector<TaskPlan> plans;
    double before = 0;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const PeriodFigures& p = periods[i];
        Day from = 0;
        if (i > 0)
            from = periods[i - 1].date + 1;
        else if (periods.size() > 1)
            from = p.date - (periods[1].date - p.date) + 1;
        else
            from = p.date;
        const double increment = std::max(0.0, p.pv - before);
        before = std::max(before, p.pv);
        if (increment > 0)
            plans.push_back({increment, std::min(from, p.date), p.date});
    }
    return plans;
}

SeriesFigures series_at(std::span<const PeriodFigures> periods, Day status_date) {
    SeriesFigures out;
    for (const PeriodFigures& p : periods) {
        out.bac = std::max(out.bac, p.bac.value_or(p.pv));
        if (p.date > status_date || !p.ev)
            continue;
        if (!out.as_of || p.date >= *out.as_of) {
            out.as_of = p.date;
            out.ev = *p.ev;
            out.ac = p.ac;
        }
    }
    return out;
}

std::vector<HistoryRow> series_history(const Portfolio& portfolio, Day status_date) {
    std::vector<HistoryRow> rows;
    std::map<Day, HistoryRow> whole;
    auto add_ratios = [](HistoryRow& row) {
        if (row.pv > 0)
            row.spi = row.ev / row.pv;
        if (row.ac && *row.ac > 0)
            row.cpi = row.ev / *row.ac;
    };
    std::map<Day, std::size_t> covered;  // projects with a period at each date
    std::map<std::string, double> bac;
    for (const PeriodFigures& p : portfolio.periods)
        bac[p.project_id] = std::max(bac[p.project_id], p.bac.value_or(p.pv));
    for (const PeriodFigures& p : portfolio.periods) {
        if (p.date > status_date || !p.ev)
            continue;
        HistoryRow& row = rows.emplace_back();
        row.status_date = p.date;
        row.level = HistoryLevel::project;
        row.project_id = p.project_id;
        row.bac = bac[p.project_id];
        row.pv = p.pv;
        row.ev = *p.ev;
        row.ac = p.ac;
        add_ratios(row);
        ++covered[p.date];
        HistoryRow& sum = whole[p.date];
        sum.status_date = p.date;
        sum.level = HistoryLevel::portfolio;
        sum.bac += row.bac;
        sum.pv += row.pv;
        sum.ev += row.ev;
        if (row.ac)
            sum.ac = sum.ac.value_or(0) + *row.ac;
    }
    // The portfolio's sum only where every project has a period: one project's
    // table (one file of a roll-up) is not the portfolio's trend.
    for (auto& [date, row] : whole) {
        if (covered[date] < portfolio.projects.size())
            continue;
        add_ratios(row);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const HistoryRow& a, const HistoryRow& b) { return a.status_date < b.status_date; });
    return rows;
}

}  // namespace pmocalc
