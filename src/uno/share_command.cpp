#include "share_command.hpp"

#include <filesystem>

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include "command_frame.hpp"
#include "share_export.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

struct Target {
    OUString url;
    ShareFormat format = ShareFormat::ods;
};

// The folder part of a document's URL ("file:///a/b/" of "file:///a/b/c.ods").
OUString folder_of(const OUString& url) { return url.copy(0, url.lastIndexOf('/') + 1); }

// Asks where to write, ODS or XLSX; nullopt when the user cancels.
std::optional<Target> ask(const Reference<css::uno::XComponentContext>& context, const OUString& document_url,
                          const std::string& name, Language ui) {
    const auto picker = css::ui::dialogs::FilePicker::createWithMode(
        context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    Reference<css::ui::dialogs::XFilterManager> filters(picker, UNO_QUERY_THROW);
    const OUString ods = to_ouString(text(Msg::share_filter_ods, ui));
    const OUString xlsx = to_ouString(text(Msg::share_filter_xlsx, ui));
    filters->appendFilter(ods, "*.ods");
    filters->appendFilter(xlsx, "*.xlsx");
    filters->setCurrentFilter(ods);
    picker->setTitle(to_ouString(text(Msg::share_title, ui)));
    picker->setDefaultName(to_ouString(name + "-shared"));
    if (!document_url.isEmpty())
        picker->setDisplayDirectory(folder_of(document_url));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return std::nullopt;
    Target target{files[0]};
    // The name's extension decides; a name without one gets the chosen filter's.
    if (const auto format = share_format_of(to_utf8(target.url))) {
        target.format = *format;
    } else {
        target.format = filters->getCurrentFilter() == xlsx ? ShareFormat::xlsx : ShareFormat::ods;
        target.url += to_ouString(share_extension(target.format));
    }
    return target;
}

// The same file, whatever the spelling of its URL (links, "..").
bool same_file(const OUString& a, const OUString& b) {
    OUString path_a, path_b;
    if (osl::FileBase::getSystemPathFromFileURL(a, path_a) != osl::FileBase::E_None ||
        osl::FileBase::getSystemPathFromFileURL(b, path_b) != osl::FileBase::E_None)
        return a == b;
    std::error_code ec;
    const std::filesystem::path first(to_utf8(path_a)), second(to_utf8(path_b));
    if (std::filesystem::equivalent(first, second, ec))
        return true;
    return std::filesystem::weakly_canonical(first, ec) == std::filesystem::weakly_canonical(second, ec);
}

}  // namespace

ShareOutcome run_export_for_sharing(const Reference<css::uno::XComponentContext>& context,
                                    const Reference<css::frame::XFrame>& frame,
                                    const css::uno::Sequence<css::beans::PropertyValue>& arguments, Language ui) {
    const FrameDocument served = frame_document(frame);
    if (served.problem)
        return {false, false, std::string(text(*served.problem, ui))};
    const Reference<css::frame::XModel>& model = served.model;
    const DocumentRef& document = served.document;
    const OUString document_url = model->getURL();
    const std::string name = document_name(model).empty() ? "workbook" : document_name(model);

    std::optional<Target> target;
    for (const auto& argument : arguments)
        if (argument.Name == "TargetURL") {
            OUString url;
            argument.Value >>= url;
            const auto format = share_format_of(to_utf8(url));
            if (!format)
                return {false, false, Message{Msg::share_bad_format, {to_utf8(url)}}.render(ui)};
            target = Target{url, *format};
        }
    if (!target) {
        if (window_visible(frame)) {
            target = ask(context, document_url, name, ui);
            if (!target)
                return {false, true, ""};
        } else {
            // Hidden (a script's or a batch job's document): no dialog can be
            // answered, so the copy goes next to the workbook.
            if (document_url.isEmpty())
                return {false, false, std::string(text(Msg::share_unsaved_hidden, ui))};
            target = Target{folder_of(document_url) + to_ouString(name + "-shared.ods"), ShareFormat::ods};
        }
    }
    if (!document_url.isEmpty() && same_file(target->url, document_url))
        return {false, false, std::string(text(Msg::share_over_workbook, ui))};

    const ShareSummary summary = export_for_sharing(context, document, target->url, target->format);
    return {true, false,
            Message{Msg::share_written, {system_path(target->url)}}.render(ui) + "\n" +
                share_summary_message(summary).render(ui)};
}

}  // namespace pmocalc::uno
