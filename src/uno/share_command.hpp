// org.pmocalc:ExportForSharing in Calc: where the copy goes (the dispatch's
// TargetURL argument; else a save dialog over a visible document; else next to
// the document as <name>-shared.ods), the copy written, and the user told what
// was replaced. The user's document is not changed.
#pragma once

#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "../core/messages.hpp"

namespace pmocalc::uno {

struct ShareOutcome {
    bool ok = false;
    bool cancelled = false;  // the user closed the save dialog: nothing written, nothing to say
    std::string message;     // what was written and replaced, or why nothing was
};

ShareOutcome run_export_for_sharing(const css::uno::Reference<css::uno::XComponentContext>& context,
                                    const css::uno::Reference<css::frame::XFrame>& frame,
                                    const css::uno::Sequence<css::beans::PropertyValue>& arguments, Language ui);

}  // namespace pmocalc::uno
