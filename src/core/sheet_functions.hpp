// The PMO_* spreadsheet functions over cell ranges, one per add-in method
// (see function_catalog.hpp). Arguments are read here, with messages that name
// the argument and the cell; the calculations live in the domain calculators.
// A figure is always finite: one beyond the largest double is Fault::too_large.
#pragma once

#include <optional>
#include <string>
#include <vector>

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
// methods: the earning rule of each row (earning_rules.hpp), or one for all rows; omitted: percent complete.
Outcome<double> ev(const CellRange& budgets, const CellRange& percent_complete, const Optional& methods = std::nullopt);
Outcome<double> slip(DateFrame frame, const CellRange& baseline_finish, const CellRange& forecast_finish,
                     const Optional& holidays, const Optional& weekend);

Outcome<double> es(const CellRange& pv_curve, const CellRange& ev);
Outcome<double> svt(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);
Outcome<double> spit(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);
Outcome<double> ieact(const CellRange& pv_curve, const CellRange& ev, const CellRange& at);

Outcome<double> exposure(const CellRange& probabilities, const CellRange& impacts);
Outcome<double> emv(const CellRange& probabilities, const CellRange& impacts, const CellRange& types);

// Schedule networks: one task per row of ids (numbers or text), durations or
// three-point estimates in working days, and predecessor cells
// (predecessors.hpp). Rows blank in every argument are skipped; array results
// have the shape of ids up to its last task, with nullopt on skipped rows.
struct SheetArray {
    std::size_t rows = 0;
    std::size_t columns = 0;
    std::vector<std::optional<double>> values;  // row-major
};

Outcome<double> duration(const CellRange& ids, const CellRange& durations, const CellRange& predecessors);
Outcome<SheetArray> totalfloat(const CellRange& ids, const CellRange& durations, const CellRange& predecessors);
Outcome<SheetArray> freefloat(const CellRange& ids, const CellRange& durations, const CellRange& predecessors);

struct ThreePointRanges {
    const CellRange& ids;
    const CellRange& optimistic;
    const CellRange& likely;
    const CellRange& pessimistic;
    const CellRange& predecessors;
};

// Monte Carlo (schedule_risk.hpp): iterations default to 10,000; the seed
// (blank or 0: a fixed default) makes a recalculation give the same figure.
Outcome<double> mcduration(const ThreePointRanges& tasks, const CellRange& percentile, const Optional& iterations,
                           const Optional& seed);
Outcome<double> mcprobability(const ThreePointRanges& tasks, const CellRange& target, const Optional& iterations,
                              const Optional& seed);
Outcome<SheetArray> criticality(const ThreePointRanges& tasks, const Optional& iterations, const Optional& seed);

// The most task-iterations (iterations × (tasks + links)) one cell may ask
// for: about a second of work on this generation of machines.
inline constexpr double largest_simulation = 5e8;
inline constexpr double longest_duration = 1e6;  // working days

// Reliability growth (reliability_growth.hpp): the estimated total defects
// of the Gompertz (default) or logistic curve fitted to the cumulative
// counts; #N/A (Fault::not_available) while the counts give no estimate.
Outcome<double> defects(const CellRange& dates, const CellRange& cumulative_found, const Optional& model);

// People across projects (resource_load.hpp): the average allocation of one
// resource (1 = 100 %) over the working days from..to, summed over every row
// that names it (names compared as the report compares them: case and width
// aside); rows with a blank resource are skipped. Weekends Saturday and
// Sunday, and the optional holidays.
struct LoadRows {
    const CellRange& resources;
    const CellRange& starts;
    const CellRange& finishes;
    const CellRange& allocations;
};
Outcome<double> load(DateFrame frame, const LoadRows& rows, const CellRange& resource, const CellRange& from,
                     const CellRange& to, const Optional& holidays);
// Choosing projects (portfolio_selection.hpp): 1 for each candidate in the
// set of largest total value whose total cost is within the budget (and,
// given people per row and a people limit, whose people are within that
// limit), 0 for the others; ties to the first rows. In the shape of values;
// a row blank in values and costs stays blank. A search the node limit stops
// is not_available, never an unproven set.
Outcome<SheetArray> select(const CellRange& values, const CellRange& costs, const CellRange& budget,
                           const Optional& people, const Optional& people_limit);

Outcome<std::string> rag(const CellRange& spi, const CellRange& cpi, const Optional& amber_below,
                         const Optional& red_below);
Outcome<double> openissues(DateFrame frame, const CellRange& raised, const CellRange& closed,
                           const CellRange& status_date, const Optional& min_age_days);

}  // namespace pmocalc::sheet
