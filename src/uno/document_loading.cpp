#include "document_loading.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include "../core/csv_format.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

namespace fs = std::filesystem;

namespace {

// Answers every question LibreOffice asks while loading with "cancel", and
// remembers what it asked: a password, or leave to repair a damaged file.
class LoadWatcher : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
public:
    void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
        const Any asked = request->getRequest();
        css::task::PasswordRequest password;
        css::document::BrokenPackageRequest broken;
        if (asked >>= password)
            password_ = true;
        else if (asked >>= broken)
            broken_ = true;
        for (const auto& continuation : request->getContinuations())
            if (Reference<css::task::XInteractionAbort>(continuation, css::uno::UNO_QUERY).is()) {
                continuation->select();
                return;
            }
    }

    bool asked_password() const { return password_; }
    bool found_broken() const { return broken_; }

private:
    bool password_ = false;
    bool broken_ = false;
};

void close(const Reference<css::lang::XComponent>& component) noexcept {
    try {
        if (component.is())
            Reference<css::util::XCloseable>(component, css::uno::UNO_QUERY_THROW)->close(true);
    } catch (...) {
        // closed with the office
    }
}

}  // namespace

css::beans::PropertyValue property(const char* name, Any value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

rtl::OUString file_url(const fs::path& path) {
    rtl::OUString url;
    const rtl::OUString system = to_ouString(fs::absolute(path).lexically_normal().string());
    if (osl::FileBase::getFileURLFromSystemPath(system, url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot turn " + path.string() + " into a file URL");
    return url;
}

bool is_csv(const fs::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".csv";
}

std::optional<CsvImport> csv_import(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto format = detect_csv_format(bytes);
    if (!format)
        return std::nullopt;
    const char* charset = format->encoding == TextEncoding::utf8    ? "76"
                          : format->encoding == TextEncoding::utf16 ? "65535"
                                                                    : "60";  // Windows-31J
    // Token 13 false: "=1000*1000" stays that text; quoted fields stay text.
    return CsvImport{std::to_string(static_cast<int>(format->separator)) + ",34," + charset +
                         ",1,,1033,true,false,false,false,false,false,false",
                     format->invalid_bytes};
}

LoadedDocument::LoadedDocument(LoadedDocument&& other) noexcept
    : component_(std::move(other.component_)), document_(std::move(other.document_)),
      failure_(std::move(other.failure_)), csv_(std::move(other.csv_)) {
    other.component_.clear();
    other.document_.clear();
}

LoadedDocument& LoadedDocument::operator=(LoadedDocument&& other) noexcept {
    if (this != &other) {
        close(component_);
        component_ = std::move(other.component_);
        document_ = std::move(other.document_);
        failure_ = std::move(other.failure_);
        csv_ = std::move(other.csv_);
        other.component_.clear();
        other.document_.clear();
    }
    return *this;
}

LoadedDocument::~LoadedDocument() { close(component_); }

LoadedDocument load_for_reading(const Reference<css::frame::XDesktop2>& desktop, const fs::path& file,
                                const std::vector<css::beans::PropertyValue>& extra) {
    LoadedDocument loaded;
    std::vector<css::beans::PropertyValue> load{
        property("Hidden", Any(true)),
        property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("RepairPackage", Any(false))};
    load.insert(load.end(), extra.begin(), extra.end());
    if (is_csv(file)) {
        loaded.csv_ = csv_import(file);
        if (!loaded.csv_) {
            loaded.failure_ = Message(Msg::cli_unknown_encoding);
            return loaded;
        }
        load.push_back(property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))));
        load.push_back(property("FilterOptions", Any(to_ouString(loaded.csv_->filter_options))));
    }
    const rtl::Reference<LoadWatcher> watcher(new LoadWatcher);
    load.push_back(property("InteractionHandler", Any(Reference<css::task::XInteractionHandler>(watcher.get()))));
    try {
        loaded.component_ = desktop->loadComponentFromURL(
            file_url(file), "_blank", 0,
            Sequence<css::beans::PropertyValue>(load.data(), static_cast<sal_Int32>(load.size())));
    } catch (const css::lang::DisposedException&) {
        throw;  // the office is gone
    } catch (const css::uno::Exception&) {
        // said below from what LibreOffice asked
    }
    if (watcher->asked_password())
        loaded.failure_ = Message(Msg::cli_password_protected);
    else if (watcher->found_broken())
        loaded.failure_ = Message(Msg::cli_damaged);
    else if (!loaded.component_.is())
        loaded.failure_ = Message(Msg::cli_cannot_open);
    if (loaded.failure_) {
        close(loaded.component_);
        loaded.component_.clear();
        return loaded;
    }
    loaded.document_.set(loaded.component_, css::uno::UNO_QUERY);
    if (!loaded.document_.is())
        loaded.failure_ = Message(Msg::cli_not_a_spreadsheet);
    return loaded;
}

LoadedDocument new_workbook(const Reference<css::frame::XDesktop2>& desktop) {
    LoadedDocument created;
    const std::vector<css::beans::PropertyValue> load{property("Hidden", Any(true))};
    created.component_ = desktop->loadComponentFromURL(
        "private:factory/scalc", "_blank", 0,
        Sequence<css::beans::PropertyValue>(load.data(), static_cast<sal_Int32>(load.size())));
    created.document_.set(created.component_, css::uno::UNO_QUERY_THROW);
    return created;
}

void remove_blank_sheets(const DocumentRef& document) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = sheets->getCount() - 1; i >= 0 && sheets->getCount() > 1; --i) {
        Reference<css::sheet::XCellRangesQuery> query(sheets->getByIndex(i), css::uno::UNO_QUERY_THROW);
        const auto filled = query->queryContentCells(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::STRING |
                                                     css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::DATETIME);
        if (filled->getRangeAddresses().getLength() > 0)
            continue;
        Reference<css::container::XNamed> named(query, css::uno::UNO_QUERY_THROW);
        document->getSheets()->removeByName(named->getName());
    }
}

}  // namespace pmocalc::uno
