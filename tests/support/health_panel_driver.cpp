#include "support/health_panel_driver.hpp"

#include <chrono>
#include <thread>

#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XPanel.hpp>
#include <com/sun/star/ui/XPanels.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>

#include "uno/uno_values.hpp"

namespace pmocalc::test {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

Reference<css::awt::XWindow> open_health_panel(const uno::DocumentRef& document) {
    Reference<css::frame::XController2> controller(
        Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController(), UNO_QUERY_THROW);
    const auto sidebar = controller->getSidebar();
    sidebar->setVisible(true);
    Reference<css::ui::XDeck> deck(sidebar->getDecks()->getByName("PmocalcDeck"), UNO_QUERY_THROW);
    deck->activate(true);
    Reference<css::ui::XPanel> panel(deck->getPanels()->getByName("PmocalcHealthPanel"), UNO_QUERY_THROW);
    panel->expand(true);
    return panel->getDialog();
}

Reference<css::beans::XPropertySet> control_model(const Reference<css::awt::XWindow>& panel, const char* name) {
    Reference<css::awt::XControlContainer> controls(panel, UNO_QUERY_THROW);
    return Reference<css::beans::XPropertySet>(controls->getControl(rtl::OUString::createFromAscii(name))->getModel(),
                                               UNO_QUERY_THROW);
}

std::string field_text(const Reference<css::awt::XWindow>& panel, const char* field) {
    rtl::OUString text;
    control_model(panel, field)->getPropertyValue("Text") >>= text;
    return uno::to_utf8(text);
}

void type_into(const Reference<css::awt::XWindow>& panel, const char* field, const std::string& text) {
    control_model(panel, field)->setPropertyValue("Text", Any(uno::to_ouString(text)));
}

std::string summary_of(const Reference<css::awt::XWindow>& panel) {
    rtl::OUString label;
    control_model(panel, "Summary")->getPropertyValue("Label") >>= label;
    return uno::to_utf8(label);
}

void press(const Reference<css::awt::XWindow>& panel, const char* button) {
    Reference<css::awt::XControlContainer> controls(panel, UNO_QUERY_THROW);
    Reference<css::accessibility::XAccessible> accessible(
        controls->getControl(rtl::OUString::createFromAscii(button))->getPeer(), UNO_QUERY_THROW);
    Reference<css::accessibility::XAccessibleAction>(accessible->getAccessibleContext(), UNO_QUERY_THROW)
        ->doAccessibleAction(0);
}

std::string press_and_read_summary(const Reference<css::awt::XWindow>& panel, const char* button) {
    control_model(panel, "Summary")->setPropertyValue("Label", Any(rtl::OUString()));
    press(panel, button);
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    std::string summary = summary_of(panel);
    while (summary.empty() && std::chrono::steady_clock::now() < give_up) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        summary = summary_of(panel);
    }
    return summary;
}

}  // namespace pmocalc::test
