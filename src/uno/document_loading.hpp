// Opening a file in an office for reading, shared by pmocalc-report's workers
// and the roll-up command in Calc: hidden, macros never run, links never
// updated, no repair; every question LibreOffice would ask (a password, leave
// to repair) answered with "cancel" and remembered, so a file that cannot be
// read says why instead of waiting for a person. A CSV is imported with its
// format read from its bytes and nothing in it evaluated.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <rtl/ustring.hxx>

#include "../core/messages.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

css::beans::PropertyValue property(const char* name, css::uno::Any value);

// The file URL of a path (absolute, normalised).
rtl::OUString file_url(const std::filesystem::path& path);

// The import options of a CSV file: its separator and encoding read from its
// bytes, quoted fields kept as text, formulas never evaluated. nullopt: its
// encoding cannot be told. `invalid_bytes`: bytes not of that encoding.
struct CsvImport {
    std::string filter_options;
    std::size_t invalid_bytes = 0;
};
std::optional<CsvImport> csv_import(const std::filesystem::path& file);

bool is_csv(const std::filesystem::path& file);

// A document opened for reading, closed when this goes; or why it could not be.
class LoadedDocument {
public:
    LoadedDocument() = default;
    LoadedDocument(LoadedDocument&& other) noexcept;
    LoadedDocument& operator=(LoadedDocument&& other) noexcept;
    ~LoadedDocument();

    const DocumentRef& document() const { return document_; }
    const std::optional<Message>& failure() const { return failure_; }
    const std::optional<CsvImport>& csv() const { return csv_; }
    explicit operator bool() const { return document_.is(); }

private:
    friend LoadedDocument load_for_reading(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                           const std::filesystem::path& file,
                                           const std::vector<css::beans::PropertyValue>& extra);
    friend LoadedDocument new_workbook(const css::uno::Reference<css::frame::XDesktop2>& desktop);
    css::uno::Reference<css::lang::XComponent> component_;
    DocumentRef document_;
    std::optional<Message> failure_;
    std::optional<CsvImport> csv_;
};

// Opens `file` hidden for reading (`extra`: more load properties, such as
// ReadOnly). A DisposedException (the office is gone) is passed on.
LoadedDocument load_for_reading(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                                const std::filesystem::path& file,
                                const std::vector<css::beans::PropertyValue>& extra = {});

// A new, empty Calc document, hidden (an imported schedule's sheets go there).
LoadedDocument new_workbook(const css::uno::Reference<css::frame::XDesktop2>& desktop);

// Removes the sheets that hold nothing (a new document's "Sheet1"), keeping at least one.
void remove_blank_sheets(const DocumentRef& document);

}  // namespace pmocalc::uno
