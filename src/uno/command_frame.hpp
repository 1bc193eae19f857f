// What every file-taking command (Export for Sharing, Consolidate, Import
// Schedule) needs of the frame it was dispatched on.
#pragma once

#include <optional>
#include <string>

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <rtl/ustring.hxx>

#include "../core/messages.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

// The frame's spreadsheet, or why there is none (no window, not a spreadsheet).
struct FrameDocument {
    css::uno::Reference<css::frame::XModel> model;
    DocumentRef document;
    std::optional<Msg> problem;
};
FrameDocument frame_document(const css::uno::Reference<css::frame::XFrame>& frame);

// Whether the frame's window is shown (a hidden document can show no dialog).
bool window_visible(const css::uno::Reference<css::frame::XFrame>& frame);

// A file URL or a system path, as a system path.
std::string system_path(const rtl::OUString& given);

}  // namespace pmocalc::uno
