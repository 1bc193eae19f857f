// The one-click commands org.pmocalc:GenerateReport and org.pmocalc:RecordStatus (menu, toolbar, sidebar),
// org.pmocalc:ExportForSharing (share_command.hpp) and org.pmocalc:ConsolidateWorkbooks / ConsolidateFolder
// (rollup_command.hpp):
// runs the report engine on the frame's document as one undo step, shows
// progress in the status bar, and reports a workbook it cannot read in a
// message box, leaving the document untouched. Nothing escapes into the
// office (barrier.hpp).

#include <variant>

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/URL.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <variant>

#include "barrier.hpp"
#include "document_settings.hpp"
#include "report_engine.hpp"
#include "report_undo.hpp"
#include "rollup_command.hpp"
#include "schedule_command.hpp"
#include "share_command.hpp"
#include "ui_language.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {
namespace {

constexpr char protocol[] = "org.pmocalc:";
constexpr char generate_path[] = "GenerateReport";
constexpr char record_path[] = "RecordStatus";
constexpr char share_path[] = "ExportForSharing";
constexpr char consolidate_path[] = "ConsolidateWorkbooks";
constexpr char consolidate_folder_path[] = "ConsolidateFolder";
constexpr char import_path[] = "ImportSchedule";

struct CommandResult {
    bool ok;
    std::string message;  // the report sheet's name, or why there is none
};

class ReportCommand : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                                    css::lang::XInitialization, css::lang::XServiceInfo> {
public:
    explicit ReportCommand(const Reference<css::uno::XComponentContext>& context) : context_(context) {}

    // XInitialization: the frame this handler serves. The framework catches
    // at most UNO exceptions around this and queryDispatch: a failure here
    // leaves the handler without a frame (the command then says so) or
    // without a dispatch.
    void SAL_CALL initialize(const Sequence<Any>& arguments) override {
        contained("initializing the report command", [&] {
            if (arguments.getLength() > 0)
                arguments[0] >>= frame_;
        });
    }

    // XDispatchProvider
    Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString&,
                                                            sal_Int32) override {
        return contained("queryDispatch", [&] { return dispatch_for(url); });
    }
    Sequence<Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const Sequence<css::frame::DispatchDescriptor>& requests) override {
        return contained("queryDispatches", [&] {
            Sequence<Reference<css::frame::XDispatch>> result(requests.getLength());
            for (sal_Int32 i = 0; i < requests.getLength(); ++i)
                result.getArray()[i] = dispatch_for(requests[i].FeatureURL);
            return result;
        });
    }

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const Sequence<css::beans::PropertyValue>& arguments) override {
        if (is_share(url))
            share(arguments);
        else if (is_import(url))
            import_schedule(arguments);
        else if (is_consolidate(url))
            consolidate(arguments, url.Path.equalsAscii(consolidate_folder_path));
        else
            run(is_record(url));
    }
    void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XNotifyingDispatch: the same, telling the caller (tests, macros) how it went.
    void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                           const Sequence<css::beans::PropertyValue>& arguments,
                                           const Reference<css::frame::XDispatchResultListener>& listener) override {
        const CommandResult result =
            is_share(url)         ? share(arguments)
            : is_import(url)      ? import_schedule(arguments)
            : is_consolidate(url) ? consolidate(arguments, url.Path.equalsAscii(consolidate_folder_path))
                                  : run(is_record(url));
        contained("telling the caller how the report went", [&] {
            if (listener.is())
                listener->dispatchFinished(css::frame::DispatchResultEvent(
                    static_cast<cppu::OWeakObject*>(this),
                    result.ok ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE,
                    Any(to_ouString(result.message))));
        });
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override {
        return rethrow_as_uno("getImplementationName", [] { return OUString("org.pmocalc.ReportCommandImpl"); });
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return rethrow_as_uno("supportsService", [&] { return cppu::supportsService(this, name); });
    }
    Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        return rethrow_as_uno("getSupportedServiceNames", [] {
            const OUString service("com.sun.star.frame.ProtocolHandler");
            return Sequence<OUString>(&service, 1);
        });
    }

private:
    Reference<css::frame::XDispatch> dispatch_for(const css::util::URL& url) {
        if (url.Protocol.equalsAscii(protocol) &&
            (url.Path.equalsAscii(generate_path) || url.Path.equalsAscii(record_path) ||
             url.Path.equalsAscii(share_path) || is_consolidate(url) || is_import(url)))
            return this;
        return {};
    }

    static bool is_record(const css::util::URL& url) noexcept { return url.Path.equalsAscii(record_path); }
    static bool is_share(const css::util::URL& url) noexcept { return url.Path.equalsAscii(share_path); }
    static bool is_import(const css::util::URL& url) noexcept { return url.Path.equalsAscii(import_path); }
    static bool is_consolidate(const css::util::URL& url) noexcept {
        return url.Path.equalsAscii(consolidate_path) || url.Path.equalsAscii(consolidate_folder_path);
    }

    // A command that takes files (Consolidate, Import Schedule, Export for
    // Sharing): its outcome told in a box over a visible document, the caller
    // given the same text; a cancelled dialog says nothing.
    template <class Outcome, class Run>
    CommandResult file_command(const char* what, Msg title, Msg failed, Run run_command) noexcept {
        Language ui = Language::en;
        return contained(
            what,
            [&] {
                ui = ui_language(context_);
                inject_fault(Face::command);
                const Outcome outcome = run_command(ui);
                if (outcome.cancelled)
                    return CommandResult{false, ""};
                if (!outcome.ok)
                    show_error(outcome.message, ui, failed);
                else
                    show_info(outcome.message, ui, title);
                return CommandResult{outcome.ok, outcome.message};
            },
            [&](const std::string& reason) {
                CommandResult result{false, Message{Msg::unexpected_failure, {reason}}.render(ui)};
                show_error(result.message, ui, failed);
                return result;
            });
    }

    // "Consolidate Project Workbooks…": the roll-up into this document.
    CommandResult consolidate(const Sequence<css::beans::PropertyValue>& arguments, bool folder) noexcept {
        return file_command<RollUpOutcome>("the consolidate command", Msg::rollup_command_title, Msg::rollup_failed,
                                           [&](Language ui) {
                                               return run_roll_up_command(context_, frame_, arguments, folder, ui);
                                           });
    }

    // "Import Schedule…": the plan's sheets written.
    CommandResult import_schedule(const Sequence<css::beans::PropertyValue>& arguments) noexcept {
        return file_command<ImportOutcome>("the import schedule command", Msg::import_command_title,
                                           Msg::import_failed, [&](Language ui) {
                                               return run_import_schedule_command(context_, frame_, arguments, ui);
                                           });
    }

    // "Export for sharing": the copy written, and what it holds.
    CommandResult share(const Sequence<css::beans::PropertyValue>& arguments) noexcept {
        return file_command<ShareOutcome>("the export for sharing command", Msg::share_title, Msg::share_failed,
                                          [&](Language ui) {
                                              return run_export_for_sharing(context_, frame_, arguments, ui);
                                          });
    }

    // The command's barrier: whatever happens, the user gets a message in
    // their language and the caller a result.
    CommandResult run(bool record) noexcept {
        Language ui = Language::en;
        const Msg failed = record ? Msg::record_failed : Msg::command_failed;
        return contained(
            "the PMO report command",
            [&] {
                ui = ui_language(context_);
                inject_fault(Face::command);
                CommandResult result = record ? record_status(ui) : generate(ui);
                if (!result.ok)
                    show_error(result.message, ui, failed);
                return result;
            },
            [&](const std::string& reason) {
                CommandResult result{false, Message{Msg::unexpected_failure, {reason}}.render(ui)};
                show_error(result.message, ui, failed);
                return result;
            });
    }

    // The frame's spreadsheet and the request made of its settings, or why there is none.
    struct Target {
        DocumentRef document;
        ReportRequest request;
    };
    std::variant<Target, CommandResult> target(Language ui) {
        if (!frame_.is())
            return CommandResult{false, std::string(text(Msg::command_no_window, ui))};
        Reference<css::frame::XModel> model(frame_->getController()->getModel(), UNO_QUERY_THROW);
        DocumentRef document(model, UNO_QUERY);
        if (!document.is())
            return CommandResult{false, std::string(text(Msg::command_not_a_spreadsheet, ui))};
        return Target{document, request_for(read_settings(document), document_name(model), local_time())};
    }

    // "Record status": the status in the history sheet, no report.
    CommandResult record_status(Language ui) {
        auto found = target(ui);
        if (auto* refused = std::get_if<CommandResult>(&found))
            return *refused;
        const auto& [document, request] = std::get<Target>(found);
        const auto step = record_as_one_step(document, request, to_ouString(text(Msg::record_title, ui)));
        if (step.recorded.written())
            return {true, step.recorded.history->sheet_name};
        return {false, not_recorded_text(step.recorded.assessment, ui)};
    }

    CommandResult generate(Language ui) {
        auto found = target(ui);
        if (auto* refused = std::get_if<CommandResult>(&found))
            return *refused;
        const auto& [document, request] = std::get<Target>(found);
        const OUString step_title = to_ouString(text(Msg::command_title, ui));

        Reference<css::task::XStatusIndicator> indicator;
        if (Reference<css::task::XStatusIndicatorFactory> factory{frame_, UNO_QUERY}; factory.is())
            indicator = factory->createStatusIndicator();
        if (indicator.is())
            indicator->start(step_title, 100);
        const Progress progress = [&](int percent) {
            if (indicator.is())
                indicator->setValue(percent);
        };

        // One undo step for everything the report changes, in hidden documents
        // too; on failure the workbook is put back exactly as it was.
        try {
            const auto step = generate_as_one_step(context_, document, request, progress, step_title);
            if (indicator.is())
                indicator->end();
            if (!step.generated.written())
                return {false, failure_text(step.generated.assessment, ui)};
            return {true, *step.generated.sheet_name};
        } catch (...) {
            if (indicator.is())
                indicator->end();
            throw;
        }
    }

    // A message box over the document's window; in a headless office dialogs
    // return at once, so this never blocks a script or a test.
    void show_error(const std::string& message, Language ui, Msg failed) noexcept {
        try {
            if (!frame_.is() || !context_.is())
                return;
            Reference<css::awt::XWindowPeer> parent(frame_->getContainerWindow(), UNO_QUERY);
            Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context_), UNO_QUERY_THROW);
            auto box = factory->createMessageBox(parent, css::awt::MessageBoxType_ERRORBOX,
                                                 css::awt::MessageBoxButtons::BUTTONS_OK, "pmocalc",
                                                 to_ouString(std::string(text(failed, ui)) + "\n\n" +
                                                             message));
            box->execute();
        } catch (...) {
            // nowhere left to report to; the dispatch result still carries the message
        }
    }

    // What a command did, in a message box over a visible document (a hidden
    // one's caller reads the dispatch result).
    void show_info(const std::string& message, Language ui, Msg title) noexcept {
        try {
            if (!frame_.is() || !context_.is())
                return;
            Reference<css::awt::XWindow2> window(frame_->getContainerWindow(), UNO_QUERY);
            if (!window.is() || !window->isVisible())
                return;
            Reference<css::awt::XWindowPeer> parent(window, UNO_QUERY);
            Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context_), UNO_QUERY_THROW);
            auto box = factory->createMessageBox(parent, css::awt::MessageBoxType_INFOBOX,
                                                 css::awt::MessageBoxButtons::BUTTONS_OK,
                                                 to_ouString(text(title, ui)), to_ouString(message));
            box->execute();
        } catch (...) {
            // the dispatch result still carries the message
        }
    }

    Reference<css::uno::XComponentContext> context_;
    Reference<css::frame::XFrame> frame_;
};

}  // namespace
}  // namespace pmocalc::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_pmocalc_ReportCommandImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
    return pmocalc::uno::construct("creating org.pmocalc.ReportCommandImpl",
                                   [&] { return new pmocalc::uno::ReportCommand(context); });
}
