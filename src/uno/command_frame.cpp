#include "command_frame.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <osl/file.hxx>

#include "uno_values.hpp"

namespace pmocalc::uno {

FrameDocument frame_document(const Reference<css::frame::XFrame>& frame) {
    FrameDocument result;
    if (!frame.is()) {
        result.problem = Msg::command_no_window;
        return result;
    }
    result.model.set(frame->getController()->getModel(), css::uno::UNO_QUERY_THROW);
    result.document.set(result.model, UNO_QUERY);
    if (!result.document.is())
        result.problem = Msg::command_not_a_spreadsheet;
    return result;
}

bool window_visible(const Reference<css::frame::XFrame>& frame) {
    Reference<css::awt::XWindow2> window(frame->getContainerWindow(), UNO_QUERY);
    return window.is() && window->isVisible();
}

std::string system_path(const rtl::OUString& given) {
    rtl::OUString path;
    if (given.startsWith("file:") && osl::FileBase::getSystemPathFromFileURL(given, path) == osl::FileBase::E_None)
        return to_utf8(path);
    return to_utf8(given);
}

}  // namespace pmocalc::uno
