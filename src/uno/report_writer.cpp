#include "report_writer.hpp"

#include "../core/report_fingerprint.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <stdexcept>
#include <vector>

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartSymbolType.hpp>
#include <com/sun/star/chart/MissingValueTreatment.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart/XDiagram.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IndexOutOfBoundsException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionEntryType.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XConditionalFormat.hpp>
#include <com/sun/star/sheet/XConditionalFormats.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRangeContainer.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include "document_settings.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

constexpr char marker_name[] = "pmocalc_report";

// Test hook (never set in use): PMOCALC_INJECT=fail-while-writing makes the
// writer fail half way, so that the command's roll-back can be seen at work.
bool injected(const char* fault) {
    const char* value = std::getenv("PMOCALC_INJECT");
    return value && std::string_view(value) == fault;
}
constexpr char fingerprint_key[] = "pmocalc.ReportFingerprint";
constexpr char page_style_name[] = "pmocalc Report";

struct StyleSpec {
    std::string name;
    const char* number_format = nullptr;
    bool bold = false;
    bool italic = false;
    float height = 0;
    sal_Int32 back_color = -1;
    sal_Int32 char_color = -1;
    bool centered = false;
    bool wrap = false;
};

StyleSpec style_for(CellFormat format) {
    switch (format) {
    case CellFormat::title: return {.name = "pmocalc Title", .bold = true, .height = 18, .char_color = 0x1F3864};
    case CellFormat::subtitle: return {.name = "pmocalc Subtitle", .height = 12};
    case CellFormat::heading: return {.name = "pmocalc Heading", .bold = true, .height = 13, .char_color = 0x1F4E79};
    case CellFormat::column_header:
        return {.name = "pmocalc Column header", .bold = true, .back_color = 0xD9E1F2, .centered = true, .wrap = true};
    case CellFormat::label: return {.name = "pmocalc Label", .bold = true};
    case CellFormat::text: return {.name = "pmocalc Text", .number_format = "@"};
    case CellFormat::money: return {.name = "pmocalc Amount", .number_format = "#,##0.0"};
    case CellFormat::index: return {.name = "pmocalc Index", .number_format = "0.00"};
    case CellFormat::periods: return {.name = "pmocalc Periods", .number_format = "0.0"};
    case CellFormat::days: return {.name = "pmocalc Days", .number_format = "0"};
    case CellFormat::date: return {.name = "pmocalc Date", .number_format = "YYYY-MM-DD"};
    case CellFormat::percent: return {.name = "pmocalc Percent", .number_format = "0%"};
    case CellFormat::count: return {.name = "pmocalc Count", .number_format = "0"};
    case CellFormat::rag: return {.name = "pmocalc RAG", .bold = true, .centered = true};
    case CellFormat::heat_1:
        return {.name = "pmocalc Heat 1", .number_format = "0", .back_color = 0x63BE7B, .centered = true};
    case CellFormat::heat_2:
        return {.name = "pmocalc Heat 2", .number_format = "0", .back_color = 0xB5D780, .centered = true};
    case CellFormat::heat_3:
        return {.name = "pmocalc Heat 3", .number_format = "0", .back_color = 0xFFEB84, .centered = true};
    case CellFormat::heat_4:
        return {.name = "pmocalc Heat 4", .number_format = "0", .back_color = 0xFBAA77, .centered = true};
    case CellFormat::heat_5:
        return {.name = "pmocalc Heat 5", .number_format = "0", .bold = true, .back_color = 0xF8696B, .centered = true};
    case CellFormat::diagnostic_error: return {.name = "pmocalc Error", .number_format = "@", .char_color = 0x9C0006};
    case CellFormat::diagnostic_warning:
        return {.name = "pmocalc Warning", .number_format = "@", .char_color = 0x9C5700};
    case CellFormat::note:
        return {.name = "pmocalc Note", .number_format = "@", .italic = true, .char_color = 0x595959};
    case CellFormat::better: return {.name = "pmocalc Better", .bold = true, .char_color = 0x00703C};
    case CellFormat::worse: return {.name = "pmocalc Worse", .bold = true, .char_color = 0xC00000};
    case CellFormat::unchanged: return {.name = "pmocalc Unchanged", .char_color = 0x595959};
    case CellFormat::wrapped: return {.name = "pmocalc Wrapped text", .number_format = "@", .wrap = true};
    }
    return {.name = "pmocalc Text"};
}

// The summary page's bigger type: 13 pt, so that it prints at 9 pt or more
// when the page is scaled to its width (the report's 10 pt at 7 or more).
constexpr float large_type_height = 13;

StyleSpec style_for(CellFormat format, bool large) {
    StyleSpec spec = style_for(format);
    if (large) {
        spec.name += " (large)";
        spec.height = std::max(spec.height, large_type_height);
    }
    return spec;
}

// RAG colours, applied by conditional formatting so they follow the cell's text.
constexpr struct {
    const char* word;
    const char* style;
    sal_Int32 back;
    sal_Int32 text;
} rag_styles[] = {
    {"GREEN", "pmocalc RAG green", 0xC6EFCE, 0x006100},
    {"AMBER", "pmocalc RAG amber", 0xFFEB9C, 0x9C5700},
    {"RED", "pmocalc RAG red", 0xFFC7CE, 0x9C0006},
};

OUString u(const char* text) { return OUString::createFromAscii(text); }

// pmocalc's cell style of that name, or null when it already exists: a style
// is defined once per document (a user may restyle the report to taste), and
// redefining it would re-layout every cell using it.
Reference<css::beans::XPropertySet> new_cell_style(const DocumentRef& document, const char* name, const Changed& changed) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> styles(supplier->getStyleFamilies()->getByName("CellStyles"),
                                                     UNO_QUERY_THROW);
    const OUString style_name = to_ouString(name);
    if (styles->hasByName(style_name))
        return {};
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    styles->insertByName(style_name, Any(factory->createInstance("com.sun.star.style.CellStyle")));
    changed();
    return Reference<css::beans::XPropertySet>(styles->getByName(style_name), UNO_QUERY_THROW);
}

sal_Int32 number_format_key(const DocumentRef& document, const char* code) {
    Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY_THROW);
    auto formats = supplier->getNumberFormats();
    const css::lang::Locale locale(u("en"), u("US"), OUString());
    sal_Int32 key = formats->queryKey(u(code), locale, false);
    if (key < 0)
        key = formats->addNew(u(code), locale);
    return key;
}

void define_style(const DocumentRef& document, const StyleSpec& spec, const Changed& changed) {
    auto style = new_cell_style(document, spec.name.c_str(), changed);
    if (!style.is())
        return;
    if (spec.number_format)
        style->setPropertyValue("NumberFormat", Any(number_format_key(document, spec.number_format)));
    // Japanese text takes the Asian font properties: set both, or it stays plain.
    if (spec.bold) {
        style->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
        style->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
    }
    if (spec.italic) {
        style->setPropertyValue("CharPosture", Any(css::awt::FontSlant_ITALIC));
        style->setPropertyValue("CharPostureAsian", Any(css::awt::FontSlant_ITALIC));
    }
    if (spec.height > 0) {
        style->setPropertyValue("CharHeight", Any(spec.height));
        style->setPropertyValue("CharHeightAsian", Any(spec.height));
    }
    if (spec.back_color >= 0)
        style->setPropertyValue("CellBackColor", Any(spec.back_color));
    if (spec.char_color >= 0)
        style->setPropertyValue("CharColor", Any(spec.char_color));
    if (spec.centered)
        style->setPropertyValue("HoriJustify", Any(css::table::CellHoriJustify_CENTER));
    if (spec.wrap)
        style->setPropertyValue("IsTextWrapped", Any(true));
    changed();
}

Reference<css::sheet::XSpreadsheet> sheet_named(const DocumentRef& document, const OUString& name) {
    return Reference<css::sheet::XSpreadsheet>(document->getSheets()->getByName(name), UNO_QUERY_THROW);
}

sal_Int16 sheet_index(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Reference<css::sheet::XCellRangeAddressable> address(sheet, UNO_QUERY_THROW);
    return address->getRangeAddress().Sheet;
}

// Calc's view brings the pending row heights of the sheet it shows up to date
// whenever a repaint reaches that sheet, and doing so switches Calc's undo
// recording back on (ScDocShell::UpdatePendingRowHeights restores the
// document's own undo flag) in the middle of an API call: a setDataArray whose
// Japanese text makes a row taller then records its "Insert" behind
// QuietUndo's lock, before the lock can be renewed (docs/UNDO.md, defect 8).
// So no sheet is shown while it is written: the view moves to another sheet
// for that time, and back afterwards if it had to move.
class NotShownWhileWritten {
public:
    NotShownWhileWritten(const DocumentRef& document, const Reference<css::sheet::XSpreadsheet>& sheet,
                         const Changed& changed)
        : changed_(changed) {
        Reference<css::frame::XModel> model(document, UNO_QUERY);
        if (!model.is())
            return;
        view_.set(model->getCurrentController(), UNO_QUERY);
        if (!view_.is())
            return;
        const OUString name = Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
        if (Reference<css::container::XNamed>(view_->getActiveSheet(), UNO_QUERY_THROW)->getName() != name)
            return;
        Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
        for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
            Reference<css::sheet::XSpreadsheet> other(sheets->getByIndex(i), UNO_QUERY_THROW);
            if (Reference<css::container::XNamed>(other, UNO_QUERY_THROW)->getName() == name)
                continue;
            view_->setActiveSheet(other);
            changed_();
            sheet_ = sheet;
            return;
        }
    }
    ~NotShownWhileWritten() {
        if (!sheet_.is())
            return;
        try {
            view_->setActiveSheet(sheet_);
            changed_();
        } catch (...) {
            // the sheet is gone (a failed write removes it): nothing to show again
        }
    }
    NotShownWhileWritten(const NotShownWhileWritten&) = delete;
    NotShownWhileWritten& operator=(const NotShownWhileWritten&) = delete;

private:
    const Changed& changed_;
    Reference<css::sheet::XSpreadsheetView> view_;
    Reference<css::sheet::XSpreadsheet> sheet_;  // set when the view was moved away from it
};

css::table::CellRangeAddress address_of(sal_Int16 sheet, const Span& span) {
    return css::table::CellRangeAddress(sheet, static_cast<sal_Int32>(span.column), static_cast<sal_Int32>(span.row),
                                        static_cast<sal_Int32>(span.column + span.columns - 1),
                                        static_cast<sal_Int32>(span.row + span.rows - 1));
}

Reference<css::table::XCellRange> range_of(const Reference<css::sheet::XSpreadsheet>& sheet, const Span& span) {
    const auto a = address_of(0, span);
    return sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow);
}

OUString quoted_sheet(const OUString& name) { return "$'" + name.replaceAll("'", "''") + "'"; }

// A value to write: text always as text (setDataArray never reads it as a
// formula), blanks and error values as blanks (an error cannot be written as a value).
Any value_to_write(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return Any(*number);
    if (const auto* text = std::get_if<std::string>(&cell))
        return Any(to_ouString(*text));
    return Any(OUString());
}

Any value_to_write(const CellValue& cell) {
    if (const auto number = number_in(cell))
        return Any(*number);
    if (const auto text = text_in(cell))
        return Any(to_ouString(*text));
    return Any(OUString());
}

Sequence<Sequence<Any>> to_data_array(const ReportLayout& layout) {
    Sequence<Sequence<Any>> rows(static_cast<sal_Int32>(layout.rows.size()));
    auto* row_out = rows.getArray();
    for (const auto& row : layout.rows) {
        Sequence<Any> cells(static_cast<sal_Int32>(layout.columns));
        auto* cell_out = cells.getArray();
        for (const Cell& cell : row)
            *cell_out++ = value_to_write(cell);
        *row_out++ = cells;
    }
    return rows;
}

// One style application per format: all its spans as one SheetCellRanges.
void apply_formats(const DocumentRef& document, sal_Int16 sheet, const ReportLayout& layout, const Changed& changed) {
    std::map<std::pair<CellFormat, bool>, std::vector<Span>> by_format;
    for (const FormattedSpan& f : layout.formats)
        by_format[{f.format, f.large}].push_back(f.span);
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (auto& [key, spans] : by_format) {
        std::vector<css::table::CellRangeAddress> addresses;
        for (const Span& span : coalesced(std::move(spans)))
            addresses.push_back(address_of(sheet, span));
        const StyleSpec spec = style_for(key.first, key.second);
        define_style(document, spec, changed);
        Reference<css::sheet::XSheetCellRangeContainer> ranges(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        ranges->addRangeAddresses(Sequence<css::table::CellRangeAddress>(addresses.data(),
                                                                         static_cast<sal_Int32>(addresses.size())),
                                  false);
        Reference<css::beans::XPropertySet>(ranges, UNO_QUERY_THROW)->setPropertyValue("CellStyle",
                                                                                       Any(to_ouString(spec.name)));
        changed();
    }
}

// The summary's SPI and CPI in the RAG's colours, as numbers (a condition's
// style replaces the cell's, number format included).
constexpr struct {
    const char* name;
    sal_Int32 back;
    sal_Int32 text;
} index_light_styles[] = {
    {"pmocalc Index green (large)", 0xC6EFCE, 0x006100},
    {"pmocalc Index amber (large)", 0xFFEB9C, 0x9C5700},
    {"pmocalc Index red (large)", 0xFFC7CE, 0x9C0006},
};

void apply_rag_colours(const DocumentRef& document, const Reference<css::sheet::XSpreadsheet>& sheet,
                       const ReportLayout& layout, const Changed& changed) {
    for (const auto& light : index_light_styles) {
        auto style = new_cell_style(document, light.name, changed);
        if (!style.is())
            continue;
        style->setPropertyValue("NumberFormat", Any(number_format_key(document, "0.00")));
        style->setPropertyValue("CellBackColor", Any(light.back));
        style->setPropertyValue("CharColor", Any(light.text));
        style->setPropertyValue("CharHeight", Any(large_type_height));
        style->setPropertyValue("CharHeightAsian", Any(large_type_height));
        changed();
    }
    // A condition's style replaces the cell's: the summary's RAG cells need
    // their own, in the bigger type.
    const auto style_name = [](const char* style, bool large) {
        return std::string(style) + (large ? " (large)" : "");
    };
    for (const bool large : {false, true})
        for (const auto& rag : rag_styles) {
            auto style = new_cell_style(document, style_name(rag.style, large).c_str(), changed);
            if (!style.is())
                continue;
            style->setPropertyValue("CellBackColor", Any(rag.back));
            style->setPropertyValue("CharColor", Any(rag.text));
            style->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
            style->setPropertyValue("CharWeightAsian", Any(css::awt::FontWeight::BOLD));
            if (large) {
                style->setPropertyValue("CharHeight", Any(large_type_height));
                style->setPropertyValue("CharHeightAsian", Any(large_type_height));
            }
            changed();
        }
    for (const FormattedSpan& f : layout.formats) {
        if (f.format != CellFormat::rag)
            continue;
        Reference<css::beans::XPropertySet> range(range_of(sheet, f.span), UNO_QUERY_THROW);
        Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"),
                                                                UNO_QUERY_THROW);
        entries->clear();
        for (const auto& rag : rag_styles) {
            Sequence<css::beans::PropertyValue> condition(3);
            auto* c = condition.getArray();
            c[0].Name = "Operator";
            c[0].Value <<= css::sheet::ConditionOperator_EQUAL;
            c[1].Name = "Formula1";
            c[1].Value <<= "\"" + u(rag.word) + "\"";
            c[2].Name = "StyleName";
            c[2].Value <<= to_ouString(style_name(rag.style, f.large));
            entries->addNew(condition);
        }
        range->setPropertyValue("ConditionalFormat", Any(entries));
        changed();
    }
}

// An index's cells coloured by the RAG's thresholds, its number kept as 0.00:
// red below the lower, amber below the upper, green from it.
void traffic_lights(const Reference<css::sheet::XSpreadsheet>& sheet, const ReportLayout::Conditional& c,
                    const Changed& changed) {
    Reference<css::beans::XPropertySet> range(range_of(sheet, c.span), UNO_QUERY_THROW);
    Reference<css::sheet::XSheetConditionalEntries> entries(range->getPropertyValue("ConditionalFormat"),
                                                            UNO_QUERY_THROW);
    entries->clear();
    const struct {
        css::sheet::ConditionOperator op;
        double value;
        const char* style;
    } lights[] = {{css::sheet::ConditionOperator_LESS, c.low, index_light_styles[2].name},
                  {css::sheet::ConditionOperator_LESS, c.high, index_light_styles[1].name},
                  {css::sheet::ConditionOperator_GREATER_EQUAL, c.high, index_light_styles[0].name}};
    for (const auto& light : lights) {
        Sequence<css::beans::PropertyValue> condition(3);
        auto* p = condition.getArray();
        p[0].Name = "Operator";
        p[0].Value <<= light.op;
        p[1].Name = "Formula1";
        p[1].Value <<= OUString::number(light.value);
        p[2].Name = "StyleName";
        p[2].Value <<= u(light.style);
        entries->addNew(condition);
    }
    range->setPropertyValue("ConditionalFormat", Any(entries));
    changed();
}

// Calc's own conditional formats (traffic lights, data bars): live in the
// sheet, kept by ODF and xlsx, and so in the copy for sharing.
void add_conditional_formats(const DocumentRef& document, const Reference<css::sheet::XSpreadsheet>& sheet,
                             sal_Int16 index, const ReportLayout& layout, const Changed& changed) {
    if (layout.conditionals.empty())
        return;
    Reference<css::sheet::XConditionalFormats> formats(
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("ConditionalFormats"),
        UNO_QUERY_THROW);
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (const ReportLayout::Conditional& c : layout.conditionals) {
        if (c.span.rows == 0)
            continue;
        if (c.kind == ReportLayout::Conditional::Kind::traffic_lights) {
            traffic_lights(sheet, c, changed);
            continue;
        }
        Reference<css::sheet::XSheetCellRangeContainer> ranges(
            factory->createInstance("com.sun.star.sheet.SheetCellRanges"), UNO_QUERY_THROW);
        ranges->addRangeAddress(address_of(index, c.span), false);
        const sal_Int32 id = formats->createByRange(Reference<css::sheet::XSheetCellRanges>(ranges, UNO_QUERY_THROW));
        changed();
        Reference<css::sheet::XConditionalFormat> format;
        for (const auto& candidate : formats->getConditionalFormats()) {
            sal_Int32 candidate_id = -1;
            Reference<css::beans::XPropertySet>(candidate, UNO_QUERY_THROW)->getPropertyValue("ID") >>= candidate_id;
            if (candidate_id == id)
                format = candidate;
        }
        if (!format.is())
            continue;
        // A data bar from the smallest value to the largest (the office's
        // defaults: its thresholds are not set through the API, which takes
        // LibreOffice 7.4 down for icon sets).
        format->createEntry(css::sheet::ConditionEntryType::DATABAR, 0);
        changed();
        Reference<css::beans::XPropertySet> entry(format->getByIndex(0), UNO_QUERY_THROW);
        entry->setPropertyValue("Color", Any(sal_Int32(0xF4B183)));  // a muted orange: days late
        changed();
    }
}

// Cells shown as one: the summary's headers over two columns.
void merge_cells(const Reference<css::sheet::XSpreadsheet>& sheet, const ReportLayout& layout,
                 const Changed& changed) {
    for (const Span& span : layout.merges) {
        Reference<css::util::XMergeable>(range_of(sheet, span), UNO_QUERY_THROW)->merge(true);
        changed();
    }
}

void set_column_widths_and_breaks(const Reference<css::sheet::XSpreadsheet>& sheet, const ReportLayout& layout,
                                  const Changed& changed) {
    Reference<css::table::XColumnRowRange> columns_and_rows(sheet, UNO_QUERY_THROW);
    Reference<css::container::XIndexAccess> rows(columns_and_rows->getRows(), UNO_QUERY_THROW);
    for (std::size_t row : layout.page_breaks) {
        Reference<css::beans::XPropertySet> properties(rows->getByIndex(static_cast<sal_Int32>(row)), UNO_QUERY_THROW);
        properties->setPropertyValue("IsStartOfNewPage", Any(true));
        changed();
    }
    for (const ReportLayout::RowHeight& run : layout.row_heights) {
        Reference<css::table::XColumnRowRange> range(range_of(sheet, {run.row, 0, run.rows, 1}), UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet>(range->getRows(), UNO_QUERY_THROW)
            ->setPropertyValue("Height", Any(static_cast<sal_Int32>(run.height_mm * 100)));
        changed();
    }
    Reference<css::container::XIndexAccess> columns(columns_and_rows->getColumns(), UNO_QUERY_THROW);
    for (std::size_t i = 0; i < layout.column_widths_mm.size(); ++i) {
        Reference<css::beans::XPropertySet> column(columns->getByIndex(static_cast<sal_Int32>(i)), UNO_QUERY_THROW);
        column->setPropertyValue("Width", Any(static_cast<sal_Int32>(layout.column_widths_mm[i] * 100)));
        changed();
    }
}

void add_charts(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 index, const ReportLayout& layout,
                const Changed& changed) {
    Reference<css::table::XTableChartsSupplier> supplier(sheet, UNO_QUERY_THROW);
    auto charts = supplier->getCharts();
    for (const ChartSpec& spec : layout.charts) {
        Reference<css::beans::XPropertySet> anchor(range_of(sheet, spec.anchor), UNO_QUERY_THROW);
        css::awt::Point position;
        css::awt::Size size;
        anchor->getPropertyValue("Position") >>= position;
        anchor->getPropertyValue("Size") >>= size;
        const css::awt::Rectangle rectangle(position.X, position.Y, size.Width, size.Height);
        const auto data = address_of(index, spec.data);
        const OUString name = to_ouString(spec.name);
        // The sheet is new: no chart of that name to replace (removing one while
        // the command keeps Calc's undo quiet would take the office down).
        // A scatter's first column holds x values, not category labels.
        const bool scatter = spec.kind == ChartSpec::Kind::scatter || spec.kind == ChartSpec::Kind::xy_lines;
        charts->addNewByName(name, rectangle, Sequence<css::table::CellRangeAddress>(&data, 1), true, !scatter);
        changed();
        Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName(name), UNO_QUERY_THROW);
        Reference<css::chart::XChartDocument> chart(embedded->getEmbeddedObject(), UNO_QUERY_THROW);
        if (spec.kind == ChartSpec::Kind::lines) {
            Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
            chart->setDiagram(Reference<css::chart::XDiagram>(
                factory->createInstance("com.sun.star.chart.LineDiagram"), UNO_QUERY_THROW));
            // Automatic symbols, so EV and AC (known at the status date only) show as points.
            Reference<css::beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)
                ->setPropertyValue("SymbolType", Any(css::chart::ChartSymbolType::AUTO));
        } else if (scatter) {
            Reference<css::lang::XMultiServiceFactory> factory(chart, UNO_QUERY_THROW);
            chart->setDiagram(Reference<css::chart::XDiagram>(
                factory->createInstance("com.sun.star.chart.XYDiagram"), UNO_QUERY_THROW));
            Reference<css::beans::XPropertySet> diagram(chart->getDiagram(), UNO_QUERY_THROW);
            const bool lines = spec.kind == ChartSpec::Kind::xy_lines;
            diagram->setPropertyValue("Lines", Any(lines));
            diagram->setPropertyValue("SymbolType", Any(css::chart::ChartSymbolType::AUTO));
            if (lines) {
                // A blank row ends a piece (a bar, a line): a gap, not a zero.
                diagram->setPropertyValue("MissingValueTreatment",
                                          Any(css::chart::MissingValueTreatment::LEAVE_GAP));
                // The heights only order the bars: no numbers on that axis.
                diagram->setPropertyValue("HasYAxisDescription", Any(false));
                diagram->setPropertyValue("HasYAxisGrid", Any(false));
            }
            for (std::size_t i = 0; i < spec.series.size(); ++i) {
                const ChartSpec::SeriesStyle& style = spec.series[i];
                Reference<css::beans::XPropertySet> series;
                try {
                    // An XY diagram's first row of properties is its x values'.
                    series = chart->getDiagram()->getDataRowProperties(static_cast<sal_Int32>(i + 1));
                } catch (const css::lang::IndexOutOfBoundsException&) {
                    break;  // fewer series than styles: the office's look for the rest
                }
                if (!series.is())
                    continue;
                series->setPropertyValue("Color", Any(static_cast<sal_Int32>(style.color)));
                series->setPropertyValue("LineWidth", Any(static_cast<sal_Int32>(style.line_width)));
                series->setPropertyValue("SymbolType", Any(style.points ? css::chart::ChartSymbolType::AUTO
                                                                        : css::chart::ChartSymbolType::NONE));
            }
            changed();
        } else if (spec.kind == ChartSpec::Kind::horizontal_bars) {
            // The default diagram is a bar diagram; "Vertical" turns its bars sideways (a tornado).
            Reference<css::beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)
                ->setPropertyValue("Vertical", Any(true));
            changed();
        }
        Reference<css::beans::XPropertySet> properties(chart, UNO_QUERY_THROW);
        properties->setPropertyValue("HasMainTitle", Any(true));
        properties->setPropertyValue("HasLegend", Any(true));
        Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
            ->setPropertyValue("String", Any(to_ouString(spec.title)));
        changed();
    }
}

void set_up_printing(const DocumentRef& document, const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 index,
                     const ReportLayout& layout, const Changed& changed) {
    Reference<css::style::XStyleFamiliesSupplier> supplier(document, UNO_QUERY_THROW);
    Reference<css::container::XNameContainer> pages(supplier->getStyleFamilies()->getByName("PageStyles"),
                                                    UNO_QUERY_THROW);
    const OUString name = u(page_style_name);
    if (!pages->hasByName(name)) {
        Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
        pages->insertByName(name, Any(factory->createInstance("com.sun.star.style.PageStyle")));
        changed();
    }
    Reference<css::beans::XPropertySet> page(pages->getByName(name), UNO_QUERY_THROW);
    page->setPropertyValue("IsLandscape", Any(true));
    page->setPropertyValue("Width", Any(sal_Int32(29700)));  // A4 landscape, 1/100 mm
    page->setPropertyValue("Height", Any(sal_Int32(21000)));
    for (const char* margin : {"LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        page->setPropertyValue(u(margin), Any(sal_Int32(1000)));
    page->setPropertyValue("ScaleToPagesX", Any(sal_Int16(1)));  // all columns on one page width
    page->setPropertyValue("ScaleToPagesY", Any(sal_Int16(0)));
    changed();
    Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(name));
    changed();
    // The numbers behind the charts sit past the printed columns and rows: kept, not printed.
    const std::size_t printed = layout.printed_columns > 0 ? layout.printed_columns : layout.columns;
    const std::size_t printed_rows = layout.printed_rows > 0 ? layout.printed_rows : layout.rows.size();
    const auto area = address_of(index, {0, 0, printed_rows, printed});
    Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)
        ->setPrintAreas(Sequence<css::table::CellRangeAddress>(&area, 1));
    changed();
}

// The fingerprint of a sheet's values as they are now (its used area from A1).
std::string fingerprint_of(const Reference<css::sheet::XSpreadsheet>& sheet) {
    return content_fingerprint(to_cell_range(used_area_values(sheet)));
}

Reference<css::sheet::XNamedRanges> named_ranges(const DocumentRef& document) {
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY_THROW);
    return Reference<css::sheet::XNamedRanges>(properties->getPropertyValue("NamedRanges"), UNO_QUERY_THROW);
}

void mark_as_report(const DocumentRef& document, const OUString& sheet_name, sal_Int16 index, const Changed& changed) {
    auto ranges = named_ranges(document);
    const OUString marker = u(marker_name);
    if (ranges->hasByName(marker))
        ranges->removeByName(marker);
    changed();
    ranges->addNewByName(marker, quoted_sheet(sheet_name) + ".$A$1", css::table::CellAddress(index, 0, 0), 0);
    changed();
}

}  // namespace

void show_report(const DocumentRef& document, const std::string& sheet_name, std::size_t frozen_rows,
                 const Changed& changed) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is())
        return;
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
    if (!view.is())
        return;
    view->setActiveSheet(sheet_named(document, to_ouString(sheet_name)));
    changed();
    Reference<css::sheet::XViewFreezable> freezable(view, UNO_QUERY);
    if (freezable.is())
        freezable->freezeAtPosition(0, static_cast<sal_Int32>(frozen_rows));
    changed();
}

std::optional<MarkedSheet> marked_report_sheet(const DocumentRef& document) {
    auto ranges = named_ranges(document);
    const OUString marker = u(marker_name);
    if (!ranges->hasByName(marker))
        return std::nullopt;
    Reference<css::sheet::XCellRangeReferrer> referrer(ranges->getByName(marker), UNO_QUERY);
    if (!referrer.is())
        return std::nullopt;
    Reference<css::sheet::XCellRangeAddressable> cells(referrer->getReferredCells(), UNO_QUERY);
    if (!cells.is())
        return std::nullopt;  // the sheet was deleted: the marker points nowhere
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const sal_Int16 index = cells->getRangeAddress().Sheet;
    if (index < 0 || index >= sheets->getCount())
        return std::nullopt;
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
    MarkedSheet marked{to_utf8(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName()), false};
    const std::string fingerprint = text_property(document, fingerprint_key);
    marked.ours = !fingerprint.empty() && fingerprint_matches(fingerprint, to_cell_range(used_area_values(sheet)));
    return marked;
}

ReportMark current_mark(const DocumentRef& document) {
    ReportMark mark;
    auto ranges = named_ranges(document);
    const OUString marker = u(marker_name);
    if (ranges->hasByName(marker)) {
        Reference<css::sheet::XNamedRange> range(ranges->getByName(marker), UNO_QUERY_THROW);
        mark.marker = range->getContent();
        mark.position = range->getReferencePosition();
    }
    mark.fingerprint = text_property(document, fingerprint_key);
    return mark;
}

void restore_mark(const DocumentRef& document, const ReportMark& mark, const Changed& changed) {
    auto ranges = named_ranges(document);
    const OUString marker = u(marker_name);
    if (ranges->hasByName(marker)) {
        ranges->removeByName(marker);
        changed();
    }
    if (mark.marker) {
        ranges->addNewByName(marker, *mark.marker, mark.position, 0);
        changed();
    }
    set_text_property(document, fingerprint_key, mark.fingerprint);
    changed();
}

std::optional<std::string> existing_report_sheet(const DocumentRef& document) {
    const auto marked = marked_report_sheet(document);
    if (!marked || !marked->ours)
        return std::nullopt;
    return marked->name;
}

namespace {

// Runs one step of writing; a UNO failure names the step, since LibreOffice's
// own message is often only a source location. PMOCALC_TRACE=1 prints each
// step's time (for the benchmark).
template <class Step>
void step(const char* what, Step run) {
    static const bool trace = std::getenv("PMOCALC_TRACE") != nullptr;
    try {
        const auto start = std::chrono::steady_clock::now();
        run();
        if (trace)
            std::fprintf(stderr, "pmocalc: %-28s %.3f s\n", what,
                         std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    } catch (const css::uno::Exception& e) {
        throw std::runtime_error(std::string("writing the report failed while ") + what + ": " + to_utf8(e.Message));
    }
}

}  // namespace

std::string write_report(const DocumentRef& document, const ReportLayout& layout, const Progress& progress,
                         const std::optional<std::string>& replace, const Changed& changed) {
    auto sheets = document->getSheets();
    Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
    sal_Int16 position = static_cast<sal_Int16>(indexed->getCount());
    OUString name = to_ouString(layout.sheet_name);
    Reference<css::sheet::XSpreadsheet> sheet;
    step("creating the report sheet", [&] {
        if (replace && sheets->hasByName(to_ouString(*replace))) {
            position = sheet_index(sheet_named(document, to_ouString(*replace)));
            sheets->removeByName(to_ouString(*replace));
            changed();
        }
        for (int n = 2; sheets->hasByName(name); ++n)
            name = to_ouString(layout.sheet_name + " (" + std::to_string(n) + ")");
        sheets->insertNewByName(name, position);
        changed();
        sheet = sheet_named(document, name);
    });
    const sal_Int16 index = sheet_index(sheet);
    {
        // Layout before values: a page style or column widths each lay the
        // sheet out again, which costs ~0.1–0.5 s once the sheet holds a large
        // report and next to nothing while it is empty. Cell styles must come
        // after the values: setDataArray drops styles set on cells still empty.
        // The report is shown only once it is written (see NotShownWhileWritten).
        const NotShownWhileWritten elsewhere(document, sheet, changed);
        step("setting up printing", [&] { set_up_printing(document, sheet, index, layout, changed); });
        if (progress)
            progress(70);
        step("sizing columns", [&] { set_column_widths_and_breaks(sheet, layout, changed); });
        if (progress)
            progress(80);
        step("writing the values", [&] {
            Reference<css::sheet::XCellRangeData> data(range_of(sheet, {0, 0, layout.rows.size(), layout.columns}),
                                                       UNO_QUERY_THROW);
            data->setDataArray(to_data_array(layout));
            changed();
            if (injected("fail-while-writing"))
                throw std::runtime_error("injected failure while writing");
        });
        step("applying cell styles", [&] { apply_formats(document, index, layout, changed); });
        step("colouring RAG cells", [&] { apply_rag_colours(document, sheet, layout, changed); });
        step("merging cells", [&] { merge_cells(sheet, layout, changed); });
        step("adding conditional formats", [&] { add_conditional_formats(document, sheet, index, layout, changed); });
        if (progress)
            progress(90);
        step("adding the charts", [&] { add_charts(sheet, index, layout, changed); });
        step("marking the report sheet", [&] {
            mark_as_report(document, name, index, changed);
            set_text_property(document, fingerprint_key, fingerprint_of(sheet));
            changed();
        });
    }
    step("showing the report", [&] { show_report(document, to_utf8(name), layout.frozen_rows, changed); });
    if (progress)
        progress(100);
    return to_utf8(name);
}

namespace {

// Empties the history's columns (A to the layout's last) from `first_row` down
// to the sheet's used area.
void clear_history_columns(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t columns,
                           std::size_t first_row, const Changed& changed) {
    const auto end = end_of_used_area(sheet);
    if (static_cast<sal_Int32>(first_row) > end.Row)
        return;
    Reference<css::sheet::XSheetOperation> cells(
        sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(first_row), static_cast<sal_Int32>(columns) - 1,
                                      end.Row),
        UNO_QUERY_THROW);
    cells->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                         css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    changed();
}

// Rows are written in blocks: one setDataArray of a million cells holds all
// of them twice (ours and Calc's) and is no faster than blocks of this size.
constexpr std::size_t history_block_rows = 20'000;

// Writes `count` rows of `columns` cells from `first_row` on, in blocks;
// `cell(r, c)` gives the value of row r (0-based, of the rows written).
template <class CellOf>
void put_rows(const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t first_row, std::size_t count,
              std::size_t columns, CellOf cell, const Changed& changed) {
    for (std::size_t block = 0; block < count; block += history_block_rows) {
        const std::size_t rows = std::min(history_block_rows, count - block);
        Sequence<Sequence<Any>> values(static_cast<sal_Int32>(rows));
        auto* row_out = values.getArray();
        for (std::size_t r = 0; r < rows; ++r) {
            Sequence<Any> cells(static_cast<sal_Int32>(columns));
            auto* out = cells.getArray();
            for (std::size_t c = 0; c < columns; ++c)
                out[c] = cell(block + r, c);
            row_out[r] = std::move(cells);
        }
        Reference<css::sheet::XCellRangeData> data(
            sheet->getCellRangeByPosition(0, static_cast<sal_Int32>(first_row + block),
                                          static_cast<sal_Int32>(columns) - 1,
                                          static_cast<sal_Int32>(first_row + block + rows) - 1),
            UNO_QUERY_THROW);
        data->setDataArray(values);
        changed();
    }
}

}  // namespace

namespace {

// Each link's cell (written blank): its text as Calc's own hyperlink to the
// target cell, in as few calls as the API allows (a roll-up writes hundreds).
void put_links(const DocumentRef& document, const Reference<css::sheet::XSpreadsheet>& sheet, std::size_t first_row,
               const ReportLayout& layout, const Changed& changed) {
    if (layout.links.empty())
        return;
    Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
    for (const ReportLayout::Link& link : layout.links) {
        Reference<css::text::XText> text(sheet->getCellByPosition(static_cast<sal_Int32>(link.column),
                                                                  static_cast<sal_Int32>(first_row + link.row)),
                                         UNO_QUERY_THROW);
        Reference<css::text::XTextContent> field(factory->createInstance("com.sun.star.text.TextField.URL"),
                                                 UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet> properties(field, UNO_QUERY_THROW);
        properties->setPropertyValue("Representation", Any(to_ouString(link.text)));
        properties->setPropertyValue("URL", Any(to_ouString(link.target)));
        text->insertTextContent(Reference<css::text::XTextRange>(text->createTextCursor(), UNO_QUERY_THROW), field, false);
        changed();
    }
}

}  // namespace

HistoryWritten write_history(const DocumentRef& document, const HistoryWrite& history, const Changed& changed) {
    const ReportLayout& layout = history.layout;
    HistoryWritten written;
    written.sheet_name = history.sheet_name;
    auto sheets = document->getSheets();
    const OUString name = to_ouString(history.sheet_name);
    Reference<css::sheet::XSpreadsheet> sheet;
    step("finding the history sheet", [&] {
        if (history.exists && sheets->hasByName(name)) {
            sheet = sheet_named(document, name);
            written.first_row = history.first_row;
            written.columns = layout.columns;
            written.previous = history.replaced;
        } else {
            if (sheets->hasByName(name))
                throw std::runtime_error("a sheet named " + history.sheet_name + " appeared meanwhile");
            Reference<css::container::XIndexAccess> indexed(sheets, UNO_QUERY_THROW);
            sheets->insertNewByName(name, static_cast<sal_Int16>(indexed->getCount()));
            changed();
            written.created = true;
            sheet = sheet_named(document, name);
        }
    });
    try {
        const NotShownWhileWritten elsewhere(document, sheet, changed);
        const sal_Int16 index = sheet_index(sheet);
        if (written.created)
            step("sizing the history's columns", [&] { set_column_widths_and_breaks(sheet, layout, changed); });
        else
            step("clearing the history", [&] { clear_history_columns(sheet, layout.columns, written.first_row, changed); });
        step("writing the history", [&] {
            put_rows(sheet, written.first_row, layout.rows.size(), layout.columns,
                     [&](std::size_t r, std::size_t c) { return value_to_write(layout.rows[r][c]); }, changed);
            if (injected("fail-while-recording"))
                throw std::runtime_error("injected failure while recording");
        });
        step("linking the history's cells", [&] { put_links(document, sheet, written.first_row, layout, changed); });
        step("styling the history", [&] { apply_formats(document, index, layout, changed); });
    } catch (...) {
        restore_history(document, written, changed);
        throw;
    }
    return written;
}

void restore_history(const DocumentRef& document, const HistoryWritten& written, const Changed& changed) {
    auto sheets = document->getSheets();
    const OUString name = to_ouString(written.sheet_name);
    if (!sheets->hasByName(name))
        return;
    if (written.created) {
        sheets->removeByName(name);
        changed();
        return;
    }
    const auto sheet = sheet_named(document, name);
    const std::size_t columns = written.columns;
    if (columns == 0)
        return;
    const NotShownWhileWritten elsewhere(document, sheet, changed);
    clear_history_columns(sheet, columns, written.first_row, changed);
    const CellRange& previous = written.previous;
    put_rows(sheet, written.first_row, previous.rows(), columns,
             [&](std::size_t r, std::size_t c) {
                 return c < previous.columns() ? value_to_write(previous[r * previous.columns() + c]) : Any(OUString());
             },
             changed);
}

}  // namespace pmocalc::uno
