// org.pmocalc:ImportSchedule in Calc: a schedule from MS Project (XML),
// Primavera P6 (XER) or GanttProject (.gan) — the dispatch's File argument,
// else a file dialog over a visible document — written as pmocalc's sheets
// (Projects, Tasks, Holidays, People, Assignments, Import notes) into this
// document as one undo step when it holds nothing yet or the Into argument
// says "current", else into a new workbook.
#pragma once

#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "../core/messages.hpp"

namespace pmocalc::uno {

struct ImportOutcome {
    bool ok = false;
    bool cancelled = false;  // the user closed the dialog
    std::string message;     // what was imported and where, or why nothing was
};

ImportOutcome run_import_schedule_command(const css::uno::Reference<css::uno::XComponentContext>& context,
                                          const css::uno::Reference<css::frame::XFrame>& frame,
                                          const css::uno::Sequence<css::beans::PropertyValue>& arguments,
                                          Language ui);

}  // namespace pmocalc::uno
