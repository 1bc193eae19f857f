// Everything a person could see of a workbook, to compare before and after:
// sheet names, all values, charts per sheet, pmocalc's marker, the active sheet.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "uno/document_io.hpp"

namespace pmocalc::test {

struct Snapshot {
    std::vector<std::string> sheets;
    std::vector<std::vector<std::string>> values;
    std::vector<int> charts;
    std::string marker;  // the pmocalc_report named range's content, "" without it
    std::string active_sheet;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(const uno::DocumentRef& document);

// What differs, for a failing assertion.
std::string difference(const Snapshot& expected, const Snapshot& actual);

}  // namespace pmocalc::test
