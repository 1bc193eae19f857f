// Bulk transfer between a spreadsheet document and the core: one
// getDataArray per sheet in, one setDataArray for the report out.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellAddress.hpp>

#include "../core/workbook.hpp"

namespace pmocalc::uno {

using DocumentRef = css::uno::Reference<css::sheet::XSpreadsheetDocument>;

enum class Fetch {
    // In the calling thread: required inside the office, where the calling
    // thread holds the office's lock that any other thread's call would wait for.
    // Each sheet's used area is read with its end in one go (fewest calls: a
    // roll-up's workers read hundreds of small workbooks over the bridge).
    direct,
    // Blocks of rows fetched on a second thread while the caller converts the
    // previous one: for clients over a remote bridge, where a bulk read is
    // mostly waiting.
    background,
};

// The last row and column a sheet uses (its used area from A1 ends there).
css::table::CellAddress end_of_used_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);
// A sheet's values from A1 to the end of its used area, in one bulk read.
css::uno::Sequence<css::uno::Sequence<css::uno::Any>> used_area_values(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Every sheet's used area from A1, except the named ones; and the document's null date.
Workbook read_workbook(const DocumentRef& document, const std::vector<std::string>& skip_sheets,
                       Fetch fetch = Fetch::direct);

}  // namespace pmocalc::uno
