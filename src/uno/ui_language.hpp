// The language of the office's user interface, for the texts pmocalc shows
// itself (the panel, the error box); the report follows the workbook instead.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

namespace pmocalc::uno {

bool ui_is_japanese(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace pmocalc::uno
