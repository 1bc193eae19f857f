// The language of the office's user interface, for the texts pmocalc shows
// itself (the panel, the error box); the report follows the workbook instead.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "../core/messages.hpp"

namespace pmocalc::uno {

// Japanese when the office's UI locale is Japanese, else English.
Language ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace pmocalc::uno
