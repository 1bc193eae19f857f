// Conversions between UNO values and core types, shared by every adapter.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

#include "../core/cell_range.hpp"
#include "../core/status_report.hpp"

namespace pmocalc::uno {

// The UNO names every adapter uses, said once for the whole of pmocalc::uno.
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

std::string to_utf8(const rtl::OUString& text);
rtl::OUString to_ouString(std::string_view utf8);

// Today as a Day and "YYYY-MM-DD hh:mm", in the local time zone (the core has no clock).
LocalTime local_time();

// Days to add to a document's date serials to reach the core's frame, from
// its NullDate property (0 when it has none: Calc's default 1899-12-30).
Day null_date_offset(const css::uno::Reference<css::beans::XPropertySet>& document);

// The document's file name without folder and extension ("" before it is saved):
// the name of the one project of a workbook without a project column.
std::string document_name(const css::uno::Reference<css::frame::XModel>& model);

// A range, inline array or single value as Calc passes it: empty cells
// arrive as empty strings, cells holding an error value as void (a CellError
// without its code).
CellRange to_cell_range(const AnyGrid& grid);
// Appends one row of a grid, padded or cut to `columns` cells; `scratch`
// holds each text while it is converted (pass the same one row after row).
void append_row(const css::uno::Sequence<css::uno::Any>& row, std::size_t columns, CellRange& cells,
                std::string& scratch);
// An optional argument: void when omitted, else a number, text or a range.
std::optional<CellRange> to_optional_range(const css::uno::Any& value);

}  // namespace pmocalc::uno
