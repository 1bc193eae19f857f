#include "schedule_command.hpp"

#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>
#include <osl/file.hxx>

#include "document_loading.hpp"
#include "report_undo.hpp"
#include "schedule_import.hpp"
#include "command_frame.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace {

std::string pick_schedule(const Reference<css::uno::XComponentContext>& context, Language ui) {
    const auto picker =
        css::ui::dialogs::FilePicker::createWithMode(context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->setTitle(to_ouString(text(Msg::import_command_title, ui)));
    Reference<css::ui::dialogs::XFilterManager> filters(picker, UNO_QUERY_THROW);
    filters->appendFilter(to_ouString(text(Msg::import_filter_schedules, ui)), "*.xml;*.xer;*.gan;*.pod");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK)
        return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? system_path(files[0]) : std::string();
}

// Whether the document holds nothing yet (a new workbook's empty Sheet1).
bool holds_nothing(const DocumentRef& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), UNO_QUERY_THROW);
        if (query->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                                     css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::DATETIME)
                ->getRangeAddresses()
                .getLength() > 0)
            return false;
    }
    return true;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

}  // namespace

ImportOutcome run_import_schedule_command(const Reference<css::uno::XComponentContext>& context,
                                          const Reference<css::frame::XFrame>& frame,
                                          const Sequence<css::beans::PropertyValue>& arguments, Language ui) {
    const FrameDocument served = frame_document(frame);
    if (served.problem)
        return {false, false, std::string(text(*served.problem, ui))};
    const DocumentRef& document = served.document;

    std::string file;
    std::string into;  // "current", "new", or "" (this document when it holds nothing)
    for (const auto& argument : arguments) {
        OUString value;
        if (argument.Name == "File" && (argument.Value >>= value))
            file = system_path(value);
        else if (argument.Name == "Into" && (argument.Value >>= value))
            into = to_utf8(value);
    }
    const bool visible = window_visible(frame);
    if (file.empty()) {
        if (!visible)
            return {false, false, std::string(text(Msg::import_hidden_needs_file, ui))};
        file = pick_schedule(context, ui);
        if (file.empty())
            return {false, true, ""};
    }
    const std::filesystem::path path(file);
    const auto schedule = read_schedule_file(path);
    if (!schedule)
        return {false, false,
                Message{Msg::import_cannot_read, {path.filename().string(), schedule.problem().message}}.render(ui)};
    const ScheduleSheets sheets = schedule_sheets(*schedule, path.filename().string(), ui);
    const OUString title = to_ouString(text(Msg::import_command_title, ui));

    std::vector<std::string> written;
    if (into == "current" || (into.empty() && holds_nothing(document))) {
        written = import_as_one_step(document, sheets, title).sheets;
    } else {
        // Another workbook's sheets stay as they are: the plan opens as a new one.
        const std::vector<css::beans::PropertyValue> load{property("Hidden", Any(!visible))};
        const Reference<css::lang::XComponent> component = css::frame::Desktop::create(context)->loadComponentFromURL(
            "private:factory/scalc", "_blank", 0,
            Sequence<css::beans::PropertyValue>(load.data(), static_cast<sal_Int32>(load.size())));
        const DocumentRef created(component, UNO_QUERY_THROW);
        written = write_schedule_sheets(created, sheets);
        remove_blank_sheets(created);
    }
    const Message read = schedule_summary(*schedule, path.filename().string());
    return {true, false,
            Message{Msg::import_done,
                    {read, joined(written), static_cast<long>(schedule->notes.size()),
                     written.empty() ? std::string() : written.back()}}
                .render(ui)};
}

}  // namespace pmocalc::uno
