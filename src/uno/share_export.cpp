#include "share_export.hpp"

#include <algorithm>
#include <cctype>
#include <vector>
#include <utility>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "../core/workbook.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

css::beans::PropertyValue property(const char* name, Any value) {
    css::beans::PropertyValue p;
    p.Name = OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

bool is_array_formula(const OUString& formula) { return formula.startsWith("{"); }

// A cell's value as the copy keeps it: a number or a text as they are, an
// error value as the text Calc shows for it.
struct Kept {
    Any value;
    std::optional<std::string> error;
};

Kept kept_value(const Any& fetched, const Reference<css::table::XCell>& cell) {
    if (cell->getError() != 0) {
        const OUString shown = Reference<css::text::XText>(cell, UNO_QUERY_THROW)->getString();
        return {Any(shown), to_utf8(shown)};
    }
    return {fetched, std::nullopt};
}

void write_value(const Reference<css::table::XCell>& cell, const Any& value) {
    double number = 0;
    if (value >>= number) {
        cell->setValue(number);
        return;
    }
    OUString text;
    value >>= text;
    // A text goes in as a text: "=1" stays those two characters, never a formula.
    Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(text);
}

class SheetReplacer {
public:
    SheetReplacer(const Reference<css::sheet::XSpreadsheet>& sheet, std::string name, ShareSummary& summary)
        : sheet_(sheet), name_(std::move(name)), summary_(summary) {}

    void run() {
        const Reference<css::sheet::XSheetCellRanges> formulas(
            Reference<css::sheet::XCellRangesQuery>(sheet_, UNO_QUERY_THROW)
                ->queryContentCells(css::sheet::CellFlags::FORMULA),
            UNO_QUERY_THROW);
        for (const css::table::CellRangeAddress& area : formulas->getRangeAddresses())
            replace_in(area);
    }

private:
    void replace_in(const css::table::CellRangeAddress& area) {
        const auto range =
            sheet_->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow);
        const Sequence<Sequence<OUString>> formulas =
            Reference<css::sheet::XCellRangeFormula>(range, UNO_QUERY_THROW)->getFormulaArray();
        std::optional<AnyGrid> values;  // read only for an area that calls pmocalc
        for (sal_Int32 r = 0; r < formulas.getLength(); ++r)
            for (sal_Int32 c = 0; c < formulas[r].getLength(); ++c) {
                const OUString& formula = formulas[r][c];
                if (!calls_pmocalc(to_utf8(formula)))
                    continue;
                const sal_Int32 column = area.StartColumn + c;
                const sal_Int32 row = area.StartRow + r;
                if (is_array_formula(formula)) {
                    replace_array(column, row);
                    continue;
                }
                if (!values)
                    values = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
                const auto cell = sheet_->getCellByPosition(column, row);
                const Kept kept = kept_value((*values)[r][c], cell);
                write_value(cell, kept.value);
                count(row, column, kept);
            }
    }

    // The array formula the cell belongs to, replaced over its whole range at
    // once (its other cells, read before as formulas, are then values already).
    void replace_array(sal_Int32 column, sal_Int32 row) {
        for (const css::table::CellRangeAddress& done : done_arrays_)
            if (row >= done.StartRow && row <= done.EndRow && column >= done.StartColumn && column <= done.EndColumn)
                return;
        const Reference<css::sheet::XSheetCellCursor> cursor =
            sheet_->createCursorByRange(Reference<css::sheet::XSheetCellRange>(
                sheet_->getCellRangeByPosition(column, row, column, row), UNO_QUERY_THROW));
        cursor->collapseToCurrentArray();
        const css::table::CellRangeAddress array =
            Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
        done_arrays_.push_back(array);
        const auto range =
            sheet_->getCellRangeByPosition(array.StartColumn, array.StartRow, array.EndColumn, array.EndRow);
        AnyGrid values = Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->getDataArray();
        auto rows = values.getArray();
        for (sal_Int32 r = 0; r < values.getLength(); ++r) {
            auto cells = rows[r].getArray();
            for (sal_Int32 c = 0; c < rows[r].getLength(); ++c) {
                const Kept kept = kept_value(cells[c], range->getCellByPosition(c, r));
                cells[c] = kept.value;
                count(array.StartRow + r, array.StartColumn + c, kept);
            }
        }
        Reference<css::sheet::XArrayFormulaRange>(range, UNO_QUERY_THROW)->setArrayFormula(OUString());
        Reference<css::sheet::XCellRangeData>(range, UNO_QUERY_THROW)->setDataArray(values);
        ++summary_.array_ranges;
    }

    void count(sal_Int32 row, sal_Int32 column, const Kept& kept) {
        ++summary_.cells;
        summary_.add_sheet(name_);
        if (kept.error)
            summary_.add_error(name_, cell_address(static_cast<std::size_t>(row), static_cast<std::size_t>(column)),
                               *kept.error);
    }

    Reference<css::sheet::XSpreadsheet> sheet_;
    std::string name_;
    ShareSummary& summary_;
    std::vector<css::table::CellRangeAddress> done_arrays_;
};

}  // namespace

std::optional<ShareFormat> share_format_of(std::string_view file_name) {
    std::string name(file_name);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.ends_with(".ods"))
        return ShareFormat::ods;
    if (name.ends_with(".xlsx"))
        return ShareFormat::xlsx;
    return std::nullopt;
}

OUString share_filter(ShareFormat format) {
    return format == ShareFormat::ods ? OUString("calc8") : OUString("Calc MS Excel 2007 XML");
}

std::string_view share_extension(ShareFormat format) { return format == ShareFormat::ods ? ".ods" : ".xlsx"; }

ShareSummary replace_pmocalc_formulas(const DocumentRef& document) {
    ShareSummary summary;
    const Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    summary.sheets_total = static_cast<std::size_t>(sheets->getCount());
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        const Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        SheetReplacer(sheet, to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()), summary)
            .run();
    }
    return summary;
}

ShareSummary export_for_sharing(const Reference<css::uno::XComponentContext>& context, const DocumentRef& document,
                                const OUString& target_url, ShareFormat format) {
    OUString temporary;
    if (osl::File::createTempFile(nullptr, nullptr, &temporary) != osl::FileBase::E_None)
        throw css::uno::RuntimeException("no temporary file for the copy");
    struct Removed {
        OUString url;
        ~Removed() { osl::File::remove(url); }
    } removed{temporary};

    // storeToURL writes a copy: the document keeps its location, its
    // modified flag and its undo.
    const css::beans::PropertyValue to_ods[] = {property("FilterName", Any(OUString("calc8"))),
                                                property("Overwrite", Any(true))};
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeToURL(temporary, Sequence<css::beans::PropertyValue>(to_ods, 2));

    const css::beans::PropertyValue load[] = {
        property("Hidden", Any(true)),
        property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE))};
    const Reference<css::lang::XComponent> copy = css::frame::Desktop::create(context)->loadComponentFromURL(
        temporary, "_blank", 0, Sequence<css::beans::PropertyValue>(load, 3));
    struct Closed {
        Reference<css::lang::XComponent> component;
        ~Closed() {
            try {
                Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
            } catch (...) {
                // closed with the office at the latest
            }
        }
    } closed{copy};
    const ShareSummary summary = replace_pmocalc_formulas(DocumentRef(copy, UNO_QUERY_THROW));
    const css::beans::PropertyValue store[] = {property("FilterName", Any(share_filter(format))),
                                               property("Overwrite", Any(true))};
    Reference<css::frame::XStorable>(copy, UNO_QUERY_THROW)
        ->storeToURL(target_url, Sequence<css::beans::PropertyValue>(store, 2));
    return summary;
}

}  // namespace pmocalc::uno
