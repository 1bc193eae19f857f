#include "pmocalc_office.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "uno/uno_values.hpp"

namespace pmocalc::test {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

PmocalcOffice::PmocalcOffice()
    : profile_({{fs::path(PMOCALC_BINARY_DIR) / "pmocalc.oxt"}, std::nullopt, {}}),
      office_(profile_.session_options()) {}

PmocalcOffice::~PmocalcOffice() { close_all(); }

uno::DocumentRef PmocalcOffice::open_copy(const fs::path& source, Window window) {
    const fs::path copy = office_.directory() / ("work-" + std::to_string(++copies_) + source.extension().string());
    fs::copy_file(source, copy);
    fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
    office_.hand_over(copy);
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(uno::to_ouString(copy.string()), url);
    return open_url(url, window);
}

uno::DocumentRef PmocalcOffice::open_new(Window window) { return open_url("private:factory/scalc", window); }

uno::DocumentRef PmocalcOffice::open_url(const rtl::OUString& url, Window window) {
    css::beans::PropertyValue hidden;
    hidden.Name = "Hidden";
    hidden.Value <<= window == Window::hidden;
    auto component =
        office_.desktop()->loadComponentFromURL(url, "_blank", 0, Sequence<css::beans::PropertyValue>(&hidden, 1));
    uno::DocumentRef document(component, UNO_QUERY_THROW);
    documents_.push_back(document);
    return document;
}

void PmocalcOffice::close_all() {
    for (auto& document : documents_) {
        try {
            Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
        } catch (const css::uno::Exception&) {
            // closed by the test already, or the office is gone (which the test reports)
        }
    }
    documents_.clear();
}

namespace {

css::frame::DispatchResultEvent dispatch(const Reference<css::uno::XComponentContext>& context,
                                         const uno::DocumentRef& document, const char* command,
                                         const Sequence<css::beans::PropertyValue>& arguments = {}) {
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
    const Any result = css::frame::DispatchHelper::create(context)->executeDispatch(
        frame, rtl::OUString::createFromAscii(command), "", 0, arguments);
    css::frame::DispatchResultEvent event;
    if (!(result >>= event))
        event.State = -1;  // no result event: not what the command promises
    return event;
}

}  // namespace

css::frame::DispatchResultEvent PmocalcOffice::generate(const uno::DocumentRef& document) {
    return dispatch(office_.context(), document, "org.pmocalc:GenerateReport");
}

css::frame::DispatchResultEvent PmocalcOffice::record(const uno::DocumentRef& document) {
    return dispatch(office_.context(), document, "org.pmocalc:RecordStatus");
}

css::frame::DispatchResultEvent PmocalcOffice::consolidate(const uno::DocumentRef& document,
                                                           const std::vector<std::filesystem::path>& files) {
    Sequence<rtl::OUString> paths(static_cast<sal_Int32>(files.size()));
    for (std::size_t i = 0; i < files.size(); ++i)
        paths.getArray()[i] = uno::to_ouString(files[i].string());
    css::beans::PropertyValue argument;
    argument.Name = "Files";
    argument.Value <<= paths;
    return dispatch(office_.context(), document, "org.pmocalc:ConsolidateWorkbooks",
                    Sequence<css::beans::PropertyValue>(&argument, 1));
}

css::frame::DispatchResultEvent PmocalcOffice::import_schedule(const uno::DocumentRef& document,
                                                               const std::filesystem::path& file,
                                                               const std::string& into) {
    std::vector<css::beans::PropertyValue> arguments;
    if (!file.empty()) {
        arguments.emplace_back();
        arguments.back().Name = "File";
        arguments.back().Value <<= uno::to_ouString(file.string());
    }
    if (!into.empty()) {
        arguments.emplace_back();
        arguments.back().Name = "Into";
        arguments.back().Value <<= uno::to_ouString(into);
    }
    return dispatch(office_.context(), document, "org.pmocalc:ImportSchedule",
                    Sequence<css::beans::PropertyValue>(arguments.data(), static_cast<sal_Int32>(arguments.size())));
}

}  // namespace pmocalc::test
