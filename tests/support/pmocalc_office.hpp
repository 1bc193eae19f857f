// The office the UNO tests drive: the freshly built extension installed in a
// throwaway profile, an office on it, and the documents a test opens there.
#pragma once

#include <filesystem>
#include <vector>

#include <com/sun/star/frame/DispatchResultEvent.hpp>

#include "extension_profile.hpp"
#include "uno/document_io.hpp"

namespace pmocalc::test {

enum class Window { visible, hidden };

class PmocalcOffice {
public:
    // Installs build/pmocalc.oxt and starts the office; throws when it cannot.
    PmocalcOffice();
    ~PmocalcOffice();

    office::OfficeSession& session() { return office_; }

    // A writable copy of `source`, opened in a window of its own (Hidden=true
    // as scripts and batch jobs open workbooks, or visible).
    uno::DocumentRef open_copy(const std::filesystem::path& source, Window window);
    // A new, empty spreadsheet.
    uno::DocumentRef open_new(Window window);
    // Closes every document this object opened that is still open.
    void close_all();

    // Fires org.pmocalc:GenerateReport on the document's frame, as the menu does.
    css::frame::DispatchResultEvent generate(const uno::DocumentRef& document);
    // Fires org.pmocalc:RecordStatus ("Record PMO Status") the same way.
    css::frame::DispatchResultEvent record(const uno::DocumentRef& document);
    // Fires org.pmocalc:ConsolidateWorkbooks with the files in its Files argument.
    css::frame::DispatchResultEvent consolidate(const uno::DocumentRef& document,
                                                const std::vector<std::filesystem::path>& files);
    // Fires org.pmocalc:ImportSchedule with `file` in its File argument (and `into` in Into, when given).
    css::frame::DispatchResultEvent import_schedule(const uno::DocumentRef& document, const std::filesystem::path& file,
                                                    const std::string& into = "");

private:
    uno::DocumentRef open_url(const rtl::OUString& url, Window window);

    ExtensionProfile profile_;
    office::OfficeSession office_;
    std::vector<uno::DocumentRef> documents_;
    int copies_ = 0;
};

}  // namespace pmocalc::test
