// One project of a workbook out as MS Project XML (MSPDI), so a plan made or
// fixed in Calc opens in MS Project or ProjectLibre: its work tasks with
// their planned dates and working-day durations, the links with their types
// and lags, the calendar (weekends and the Holidays sheet), the people and
// their assignments, the baseline finish and progress.
#pragma once

#include <string>
#include <vector>

#include "../portfolio.hpp"
#include "../messages.hpp"

namespace pmocalc {

struct MspdiExport {
    std::string xml;
    std::vector<Message> notes;  // links that could not be written (an unknown task, another project's task)
    std::size_t tasks = 0;
    std::size_t links = 0;
};

// The project `project_id` of the portfolio (its first project when empty).
// Weekends are Saturday and Sunday, as pmocalc counts them.
MspdiExport mspdi_of(const Portfolio& portfolio, const std::string& project_id);

}  // namespace pmocalc
