// org.pmocalc:ConsolidateWorkbooks and org.pmocalc:ConsolidateFolder in Calc:
// the files to roll up (the dispatch's Files or Folder argument; else a
// multi-selection file dialog, or a folder dialog, over a visible document),
// each opened hidden in this office, read and closed with the status bar
// saying which; then the roll-up written into the frame's document — the
// portfolio workbook — as one undo step, by the engine pmocalc-report
// --portfolio uses.
#pragma once

#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "../core/messages.hpp"

namespace pmocalc::uno {

struct RollUpOutcome {
    bool ok = false;
    bool cancelled = false;  // the user closed the dialog: nothing read, nothing written
    std::string message;     // what the roll-up found, or why nothing was written
};

RollUpOutcome run_roll_up_command(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const css::uno::Reference<css::frame::XFrame>& frame,
                                  const css::uno::Sequence<css::beans::PropertyValue>& arguments, bool folder,
                                  Language ui);

}  // namespace pmocalc::uno
