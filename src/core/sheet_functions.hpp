// The PMO_* spreadsheet functions over cell ranges, one per add-in method
// (see function_catalog.hpp). Arguments are read here, with messages that name
// the argument and the cell; the calculations live in the domain calculators.
// A figure is always finite: one beyond the largest double is Fault::too_large.
#pragma once

#include <optional>
#include <string>

#include "calendar.hpp"
#include "cell_range.hpp"
#include "outcome.hpp"

namespace pmocalc::sheet {

using Optional = std::optional<CellRange>;  // an omitted optional argument is nullopt

// Days to add to a date serial of the calling document to reach the core's
// frame (0 for Calc's default null date 1899-12-30).
struct DateFrame {
    Day null_date_offset = 0;
};

Outcome<double> sv(const CellRange& ev, const CellRange& pv);
Outcome<double> cv(const CellRange& ev, const CellRange& ac);
Outcome<double> spi(const CellRange& ev, const CellRange& pv);
Outcome<double> cpi(const CellRange& ev, const CellRange& ac);

Outcome<double> eac(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv);
Outcome<double> etc(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv);
Outcome<double> vac(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv);
Outcome<double> tcpi(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& eac);

Outcome<double> pv(DateFrame frame, const CellRange& budgets, const CellRange& starts, const CellRange& finishes,
                   const CellRange& status_date, const Optional& holidays, const Optional& weekend);
Outcome<double> ev(const CellRange& budgets, const CellRange& percent_complete);
Outcome<double> slip(DateFrame frame, const CellRange& baseline_finish, const CellRange& forecast_finish,
                     const Optional& holidays, const Optional& weekend);

Outcome<double> es(const CellRange& pv_curve, const CellRange& ev);
Outcome<double> svt(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);
Outcome<double> spit(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);
Outcome<double> ieact(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);

Outcome<double> exposure(const CellRange& probabilities, const CellRange& impacts);
Outcome<double> emv(const CellRange& probabilities, const CellRange& impacts, const CellRange& types);

Outcome<std::string> rag(const CellRange& spi, const CellRange& cpi, const Optional& amber_below,
                         const Optional& red_below);
Outcome<double> openissues(DateFrame frame, const CellRange& raised, const CellRange& closed,
                           const CellRange& status_date, const Optional& min_age_days);

}  // namespace pmocalc::sheet
