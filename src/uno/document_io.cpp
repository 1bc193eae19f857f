#include "document_io.hpp"

#include <algorithm>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/Date.hpp>

#include "uno_values.hpp"

namespace pmocalc::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Day null_date_offset(const DocumentRef& document) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    css::util::Date null_date;
    if (!(properties->getPropertyValue("NullDate") >>= null_date))
        return 0;
    return day_from_civil({null_date.Year, static_cast<unsigned>(null_date.Month), static_cast<unsigned>(null_date.Day)}) -
           day_from_civil({1899, 12, 30});
}

Workbook read_workbook(const DocumentRef& document, const std::vector<std::string>& skip_sheets) {
    Workbook workbook;
    workbook.null_date_offset = null_date_offset(document);
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        Sheet read;
        read.name = to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
        if (std::find(skip_sheets.begin(), skip_sheets.end(), read.name) != skip_sheets.end())
            continue;
        Reference<css::sheet::XSheetCellCursor> cursor = sheet->createCursor();
        Reference<css::sheet::XUsedAreaCursor>(cursor, UNO_QUERY_THROW)->gotoEndOfUsedArea(false);
        const auto end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
        Reference<css::sheet::XCellRangeData> data(sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow),
                                                   UNO_QUERY_THROW);
        read.cells = to_cell_range(data->getDataArray());
        workbook.sheets.push_back(std::move(read));
    }
    return workbook;
}

}  // namespace pmocalc::uno
