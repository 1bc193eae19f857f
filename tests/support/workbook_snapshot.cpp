#include "workbook_snapshot.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>

#include "uno/uno_values.hpp"

namespace pmocalc::test {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

Snapshot snapshot(const uno::DocumentRef& document) {
    Snapshot shot;
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        shot.sheets.push_back(uno::to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()));
        std::vector<std::string> cells;
        for (const auto& row : uno::used_area_values(sheet))
            for (const auto& cell : row) {
                double number = 0;
                rtl::OUString text;
                cells.push_back((cell >>= number) ? std::to_string(number) : (cell >>= text) ? uno::to_utf8(text) : "");
            }
        shot.values.push_back(cells);
        shot.charts.push_back(
            Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts()->getElementNames().getLength());
    }
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    Reference<css::sheet::XNamedRanges> names(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
    if (names->hasByName("pmocalc_report"))
        shot.marker = uno::to_utf8(
            Reference<css::sheet::XNamedRange>(names->getByName("pmocalc_report"), UNO_QUERY_THROW)->getContent());
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
    if (view.is() && view->getActiveSheet().is())
        shot.active_sheet = uno::to_utf8(Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName());
    return shot;
}

std::string difference(const Snapshot& expected, const Snapshot& actual) {
    std::string out;
    auto list = [](const std::vector<std::string>& names) {
        std::string joined;
        for (const auto& name : names)
            joined += (joined.empty() ? "" : ", ") + name;
        return joined;
    };
    if (expected.sheets != actual.sheets)
        out += "sheets: [" + list(expected.sheets) + "] -> [" + list(actual.sheets) + "]\n";
    for (std::size_t i = 0; i < std::min(expected.values.size(), actual.values.size()); ++i)
        if (expected.values[i] != actual.values[i])
            out += "values of sheet " + std::to_string(i + 1) + " differ\n";
    if (expected.charts != actual.charts) {
        out += "charts per sheet:";
        for (int n : expected.charts)
            out.append(" ").append(std::to_string(n));
        out += " ->";
        for (int n : actual.charts)
            out.append(" ").append(std::to_string(n));
        out += "\n";
    }
    if (expected.marker != actual.marker)
        out += "marker: \"" + expected.marker + "\" -> \"" + actual.marker + "\"\n";
    if (expected.active_sheet != actual.active_sheet)
        out += "active sheet: " + expected.active_sheet + " -> " + actual.active_sheet + "\n";
    return out;
}

}  // namespace pmocalc::test
