// Driving pmocalc's sidebar panel in a visible document as a person (or a
// screen reader) does: open the PMO deck, read and type into its fields,
// press its buttons.
#pragma once

#include <string>

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>

#include "uno/document_io.hpp"

namespace pmocalc::test {

// Opens the document's sidebar on the PMO deck: the sidebar makes the panel
// through pmocalc's factory. Its window, none when it could not be made.
css::uno::Reference<css::awt::XWindow> open_health_panel(const uno::DocumentRef& document);

// The model of one of the panel's controls (panel.xdl's ids).
css::uno::Reference<css::beans::XPropertySet> control_model(const css::uno::Reference<css::awt::XWindow>& panel,
                                                            const char* name);

// A text field's text, and typing one into it.
std::string field_text(const css::uno::Reference<css::awt::XWindow>& panel, const char* field);
void type_into(const css::uno::Reference<css::awt::XWindow>& panel, const char* field, const std::string& text);

// The panel's first lines (the health summary, or what went wrong).
std::string summary_of(const css::uno::Reference<css::awt::XWindow>& panel);

// Presses a button of the panel the way a screen reader does. The office
// runs the button's handler later, from its own main loop, as for a mouse click.
void press(const css::uno::Reference<css::awt::XWindow>& panel, const char* button);

// Empties the summary, presses the button and waits for the handler to
// write the summary again (at most 60 s): what it says then.
std::string press_and_read_summary(const css::uno::Reference<css::awt::XWindow>& panel, const char* button);

}  // namespace pmocalc::test
