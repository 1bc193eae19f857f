#include "rollup_command.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include "document_settings.hpp"
#include "report_undo.hpp"
#include "roll_up_files.hpp"
#include "command_frame.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

// The files a person picks (several at once); empty when they cancel.
std::vector<std::string> pick_files(const Reference<css::uno::XComponentContext>& context, Language ui) {
    const auto picker =
        css::ui::dialogs::FilePicker::createWithMode(context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setMultiSelectionMode(true);
    picker->setTitle(to_ouString(text(Msg::rollup_command_title, ui)));
    Reference<css::ui::dialogs::XFilterManager> filters(picker, UNO_QUERY_THROW);
    filters->appendFilter(to_ouString(text(Msg::rollup_filter_spreadsheets, ui)),
                          "*.ods;*.fods;*.xlsx;*.xlsm;*.xls;*.csv");
    std::vector<std::string> files;
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return files;
    for (const OUString& url : picker->getSelectedFiles())
        files.push_back(system_path(url));
    return files;
}

std::vector<std::string> pick_folder(const Reference<css::uno::XComponentContext>& context, Language ui) {
    const auto picker = css::ui::dialogs::FolderPicker::create(context);
    picker->setTitle(to_ouString(text(Msg::rollup_folder_title, ui)));
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return {};
    return {system_path(picker->getDirectory())};
}

}  // namespace

RollUpOutcome run_roll_up_command(const Reference<css::uno::XComponentContext>& context,
                                  const Reference<css::frame::XFrame>& frame,
                                  const Sequence<css::beans::PropertyValue>& arguments, bool folder, Language ui) {
    const FrameDocument served = frame_document(frame);
    if (served.problem)
        return {false, false, std::string(text(*served.problem, ui))};
    const Reference<css::frame::XModel>& model = served.model;
    const DocumentRef& document = served.document;

    // Files (a sequence of URLs or paths) or Folder: a script's, a test's; else the dialogs.
    std::vector<std::string> inputs;
    bool given = false;
    for (const auto& argument : arguments) {
        Sequence<OUString> many;
        OUString one;
        if (argument.Name == "Files" && (argument.Value >>= many)) {
            given = true;
            for (const OUString& file : many)
                inputs.push_back(system_path(file));
        } else if (argument.Name == "Folder" && (argument.Value >>= one)) {
            given = true;
            inputs.push_back(system_path(one));
        }
    }
    if (!given) {
        if (!window_visible(frame))
            return {false, false, std::string(text(Msg::rollup_hidden_needs_files, ui))};
        inputs = folder ? pick_folder(context, ui) : pick_files(context, ui);
        if (inputs.empty())
            return {false, true, ""};
    }
    std::string own_path;
    if (!model->getURL().isEmpty())
        own_path = system_path(model->getURL());
    const RollUpFiles found = roll_up_files(inputs, own_path);
    if (found.files.empty())
        return {false, false, std::string(text(Msg::cli_rollup_no_files, ui))};

    const OUString title = to_ouString(text(Msg::rollup_command_title, ui));
    Reference<css::task::XStatusIndicator> indicator;
    if (Reference<css::task::XStatusIndicatorFactory> factory{frame, UNO_QUERY}; factory.is())
        indicator = factory->createStatusIndicator();
    const auto steps = static_cast<sal_Int32>(found.files.size() + 2);
    if (indicator.is())
        indicator->start(title, steps);
    struct Ender {
        Reference<css::task::XStatusIndicator> indicator;
        ~Ender() {
            try {
                if (indicator.is())
                    indicator->end();
            } catch (...) {
            }
        }
    } ender{indicator};

    const ReportRequest request = request_for(read_settings(document), document_name(model), local_time());
    const auto desktop = css::frame::Desktop::create(context);
    std::vector<SourceInput> sources;
    sources.reserve(found.files.size());
    for (std::size_t i = 0; i < found.files.size(); ++i) {
        if (indicator.is()) {
            indicator->setText(to_ouString(Message{Msg::rollup_reading, {static_cast<unsigned long>(i + 1),
                                                                         static_cast<unsigned long>(found.files.size()),
                                                                         found.files[i].filename().string()}}
                                               .render(ui)));
            indicator->setValue(static_cast<sal_Int32>(i));
        }
        sources.push_back(read_source_file(desktop, found.files[i], request.settings.column_map));
    }
    if (indicator.is())
        indicator->setText(title);
    const Progress progress = [&](int) {
        if (indicator.is())
            indicator->setValue(steps - 1);
    };
    const StepResult step = roll_up_as_one_step(context, document, std::move(sources), request, progress, title);
    if (!step.generated.written())
        return {false, false, failure_text(step.generated.assessment, ui)};
    return {true, false, roll_up_summary(*step.generated.assessment.roll_up).render(ui)};
}

}  // namespace pmocalc::uno
