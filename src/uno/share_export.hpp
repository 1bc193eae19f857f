// "Export for sharing": a copy of a workbook where every cell calling a
// pmocalc function holds its value instead, so people without the extension
// see numbers, not #NAME?. Every other formula, format and sheet is kept.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <com/sun/star/uno/XComponentContext.hpp>

#include "../core/sharing.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

enum class ShareFormat { ods, xlsx };

// The format a file name asks for by its extension (.ods / .xlsx, any case).
std::optional<ShareFormat> share_format_of(std::string_view file_name);
// The office's export filter of a format.
rtl::OUString share_filter(ShareFormat format);
std::string_view share_extension(ShareFormat format);

// Replaces, in `document` itself, every formula that calls pmocalc by its
// current value: a number stays a number, a text a text, an error value
// becomes its text ("#N/A", counted in the summary); an array formula is
// replaced over its whole range. Only for a copy: the caller's own workbook
// goes through export_for_sharing.
ShareSummary replace_pmocalc_formulas(const DocumentRef& document);

// Writes the copy for sharing to `target_url`: `document` is stored to a
// temporary file, that copy is loaded hidden, its pmocalc formulas replaced,
// stored in `format` and closed. `document` itself is not changed (nor its
// modified flag, nor its undo). Throws css::uno::Exception when the copy
// cannot be written.
ShareSummary export_for_sharing(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const DocumentRef& document, const rtl::OUString& target_url, ShareFormat format);

}  // namespace pmocalc::uno
