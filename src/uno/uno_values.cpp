#include "uno_values.hpp"

#include <ctime>

#include <com/sun/star/util/Date.hpp>
#include <rtl/string.hxx>
#include <rtl/uri.hxx>
#include <rtl/textenc.h>

namespace pmocalc::uno {

std::string to_utf8(const rtl::OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

rtl::OUString to_ouString(std::string_view utf8) {
    return rtl::OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

LocalTime local_time() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
    return {day_from_civil({local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                            static_cast<unsigned>(local.tm_mday)}),
            buffer};
}

Day null_date_offset(const css::uno::Reference<css::beans::XPropertySet>& document) {
    // Read on every call that needs it: a cached value would be stale during the
    // hard recalculation Calc runs when the null date changes, before any event
    // could tell us. The name is made once.
    static const rtl::OUString name("NullDate");
    css::util::Date null_date;
    if (!document.is() || !(document->getPropertyValue(name) >>= null_date))
        return 0;
    return pmocalc::null_date_offset(
        CivilDate{null_date.Year, static_cast<unsigned>(null_date.Month), static_cast<unsigned>(null_date.Day)});
}

std::string document_name(const css::uno::Reference<css::frame::XModel>& model) {
    const rtl::OUString url = model->getURL();
    const rtl::OUString last = url.copy(url.lastIndexOf('/') + 1);
    // File URLs are percent-encoded: プロジェクトA.ods arrives as %E3%83%97….
    std::string file = to_utf8(rtl::Uri::decode(last, rtl_UriDecodeWithCharset, RTL_TEXTENCODING_UTF8));
    if (const auto dot = file.find_last_of('.'); dot != std::string::npos && dot > 0)
        file.erase(dot);
    return file;
}

namespace {

// `text` as UTF-8 in `out` (whose memory is reused from cell to cell): ASCII,
// most of a workbook's texts, unit by unit; anything else by LibreOffice's
// converter, as to_utf8.
std::string_view utf8_in(const rtl::OUString& text, std::string& out) {
    const sal_Unicode* units = text.getStr();
    const auto length = static_cast<std::size_t>(text.getLength());
    out.resize(length);
    for (std::size_t i = 0; i < length; ++i) {
        if (units[i] >= 0x80) {
            out = to_utf8(text);
            break;
        }
        out[i] = static_cast<char>(units[i]);
    }
    return out;
}

// Calc hands a range's cells over as numbers, strings ("" when empty) and,
// for a cell holding an error value, void (ScRangeToSequence::FillMixedArray):
// void is an error, never a blank.
void push_cell(const css::uno::Any& value, CellRange& cells, std::string& scratch) {
    switch (value.getValueTypeClass()) {
    case css::uno::TypeClass_DOUBLE:
        cells.push_number(*static_cast<const double*>(value.getValue()));
        return;
    case css::uno::TypeClass_STRING: {
        const auto& text = *static_cast<const rtl::OUString*>(value.getValue());
        if (text.isEmpty())
            cells.push_empty();
        else
            cells.push_text(utf8_in(text, scratch));
        return;
    }
    case css::uno::TypeClass_BOOLEAN:
        cells.push_number(*static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0);
        return;
    default: {
        double number = 0;
        if (value.hasValue() && (value >>= number))  // other numeric types
            cells.push_number(number);
        else
            cells.push_error({});
    }
    }
}

}  // namespace

CellRange to_cell_range(const AnyGrid& grid) {
    const auto rows = static_cast<std::size_t>(grid.getLength());
    std::size_t columns = 0;
    for (const auto& row : grid)
        columns = std::max(columns, static_cast<std::size_t>(row.getLength()));
    CellRange cells;
    cells.reserve(rows * columns);
    std::string scratch;
    for (const auto& row : grid)
        append_row(row, columns, cells, scratch);
    cells.shape(rows, columns);
    return cells;
}

void append_row(const css::uno::Sequence<css::uno::Any>& row, std::size_t columns, CellRange& cells,
                std::string& scratch) {
    const auto count = std::min(columns, static_cast<std::size_t>(row.getLength()));
    const css::uno::Any* values = row.getConstArray();
    for (std::size_t c = 0; c < count; ++c)
        push_cell(values[c], cells, scratch);
    for (std::size_t c = count; c < columns; ++c)
        cells.push_empty();
}

std::optional<CellRange> to_optional_range(const css::uno::Any& value) {
    if (!value.hasValue())
        return std::nullopt;
    AnyGrid grid;
    if (value >>= grid)
        return to_cell_range(grid);
    CellRange cells;
    std::string scratch;
    push_cell(value, cells, scratch);
    cells.shape(1, 1);
    return cells;
}

}  // namespace pmocalc::uno
