#include "report_undo.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <stdexcept>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets2.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include "barrier.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {

QuietUndo::QuietUndo(Reference<css::document::XUndoManager> undo) : undo_(std::move(undo)) { undo_->lock(); }

QuietUndo::~QuietUndo() {
    try {
        undo_->unlock();
    } catch (...) {
        // the document is gone: so is its undo manager
    }
}

void QuietUndo::renew() {
    undo_->unlock();
    undo_->lock();
}

namespace {

Reference<css::document::XUndoManager> undo_manager_of(const DocumentRef& document) {
    return Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
}

std::vector<std::string> sheet_names(const DocumentRef& document) {
    std::vector<std::string> names;
    for (const OUString& name : document->getSheets()->getElementNames())
        names.push_back(to_utf8(name));
    return names;
}

Reference<css::sheet::XSpreadsheetView> view_of(const DocumentRef& document) {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    return model.is() ? Reference<css::sheet::XSpreadsheetView>(model->getCurrentController(), UNO_QUERY)
                      : Reference<css::sheet::XSpreadsheetView>();
}

std::optional<std::string> active_sheet(const DocumentRef& document) {
    const auto view = view_of(document);
    if (!view.is() || !view->getActiveSheet().is())
        return std::nullopt;
    return to_utf8(Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName());
}

void activate(const DocumentRef& document, const std::optional<std::string>& name, const Changed& changed) {
    const auto view = view_of(document);
    if (!view.is() || !name || !document->getSheets()->hasByName(to_ouString(*name)))
        return;
    view->setActiveSheet(
        Reference<css::sheet::XSpreadsheet>(document->getSheets()->getByName(to_ouString(*name)), UNO_QUERY_THROW));
    changed();
}

// A report that the new one replaces, kept in a hidden scratch document so
// that an undo can bring it back. importSheet keeps its values, styles and
// charts; its page style and print areas are put back by hand.
class ParkedSheet {
public:
    ParkedSheet(const Reference<css::uno::XComponentContext>& context, const DocumentRef& document,
                const std::string& name)
        : name_(name) {
        Reference<css::sheet::XSpreadsheet> sheet(document->getSheets()->getByName(to_ouString(name)),
                                                  UNO_QUERY_THROW);
        original_ = sheet;
        index_ = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->getPropertyValue("PageStyle") >>= page_style_;
        print_areas_ = Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->getPrintAreas();
        css::beans::PropertyValue hidden;
        hidden.Name = "Hidden";
        hidden.Value <<= true;
        scratch_.set(css::frame::Desktop::create(context)->loadComponentFromURL(
                         "private:factory/scalc", "_blank", 0, Sequence<css::beans::PropertyValue>(&hidden, 1)),
                     UNO_QUERY_THROW);
        // After the scratch document's own sheet, which its (hidden) view keeps showing: a sheet
        // imported in front of it moved the view onto the parked report, and painting that view
        // crashed the office now and then (docs/UNDO.md, item 9).
        Reference<css::sheet::XSpreadsheets2> scratch_sheets(scratch_->getSheets(), UNO_QUERY_THROW);
        scratch_sheets->importSheet(document, to_ouString(name),
                                    static_cast<sal_Int32>(scratch_sheets->getElementNames().getLength()));
    }

    ~ParkedSheet() {
        try {
            Reference<css::util::XCloseable>(scratch_, UNO_QUERY_THROW)->close(true);
        } catch (...) {
            // closed with the office already
        }
    }

    ParkedSheet(const ParkedSheet&) = delete;
    ParkedSheet& operator=(const ParkedSheet&) = delete;

    const std::string& name() const { return name_; }

    // Whether the sheet of that name in the document is still the one parked
    // (and not a new report that took its place and name).
    bool is_original_in(const DocumentRef& document) const {
        const OUString name = to_ouString(name_);
        if (!document->getSheets()->hasByName(name))
            return false;
        const Reference<css::uno::XInterface> now(document->getSheets()->getByName(name), UNO_QUERY);
        return now == original_;
    }

    void restore(const DocumentRef& document, const Changed& changed) const {
        Reference<css::sheet::XSpreadsheets2>(document->getSheets(), UNO_QUERY_THROW)
            ->importSheet(scratch_, to_ouString(name_), index_);
        changed();
        Reference<css::sheet::XSpreadsheet> sheet(document->getSheets()->getByName(to_ouString(name_)),
                                                  UNO_QUERY_THROW);
        Reference<css::beans::XPropertySet>(sheet, UNO_QUERY_THROW)->setPropertyValue("PageStyle", Any(page_style_));
        changed();
        Sequence<css::table::CellRangeAddress> areas = print_areas_;
        for (auto& area : areas)
            area.Sheet = index_;
        Reference<css::sheet::XPrintAreas>(sheet, UNO_QUERY_THROW)->setPrintAreas(areas);
        changed();
    }

private:
    std::string name_;
    sal_Int16 index_ = 0;
    OUString page_style_;
    Sequence<css::table::CellRangeAddress> print_areas_;
    Reference<css::uno::XInterface> original_;
    DocumentRef scratch_;
};

void remove_sheet(const DocumentRef& document, const std::string& name, const Changed& changed) {
    if (!document->getSheets()->hasByName(to_ouString(name)))
        return;
    document->getSheets()->removeByName(to_ouString(name));
    changed();
}

// Puts the document back as it was before a generation: removes the report
// it wrote (`report`, when known) and every other sheet it added, brings back
// a parked previous report, the marker and the active sheet.
void put_back(const DocumentRef& document, const std::optional<std::string>& report,
              const std::vector<std::string>& sheets_before, const ParkedSheet* parked, const ReportMark& mark,
              const std::optional<std::string>& active, const Changed& changed) {
    activate(document, active, changed);
    if (report)
        remove_sheet(document, *report, changed);
    for (const std::string& name : sheet_names(document))
        if (std::find(sheets_before.begin(), sheets_before.end(), name) == sheets_before.end())
            remove_sheet(document, name, changed);
    if (parked) {
        if (!parked->is_original_in(document))
            remove_sheet(document, parked->name(), changed);  // a new report under the old one's name
        if (!document->getSheets()->hasByName(to_ouString(parked->name())))
            parked->restore(document, changed);
    }
    restore_mark(document, mark, changed);
    activate(document, active, changed);
}

// The undo face's barrier: nothing but UNO exceptions may leave an undo or a
// redo (the undo manager passes them on; Calc's Ctrl+Z catches them). The work
// runs on the step's document, if it is still there, with Calc's recording quiet.
template <class Work>
void undo_step(const char* what, const css::uno::WeakReference<css::sheet::XSpreadsheetDocument>& weak, Work& work) {
    rethrow_as_uno(what, [&] {
        inject_fault(Face::undo);
        const DocumentRef document(weak.get(), UNO_QUERY);
        if (!document.is())
            throw css::uno::RuntimeException("pmocalc: the document of this undo step is gone");
        QuietUndo quiet(undo_manager_of(document));
        work(document, quiet);
    });
}

// One generation, undone and redone through the document API only.
class ReportUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    ReportUndoAction(OUString title, const DocumentRef& document, ReportLayout layout, std::string sheet_name,
                     std::shared_ptr<ParkedSheet> parked, std::vector<std::string> sheets_before, ReportMark mark,
                     std::optional<std::string> active, std::optional<HistoryWrite> history_write,
                     std::optional<HistoryWritten> history, std::optional<HistoryWrite> sources_write,
                     std::optional<HistoryWritten> sources)
        : title_(std::move(title)), document_(document), layout_(std::move(layout)),
          sheet_name_(std::move(sheet_name)), parked_(std::move(parked)), sheets_before_(std::move(sheets_before)),
          mark_(std::move(mark)), active_(std::move(active)), history_write_(std::move(history_write)),
          history_(std::move(history)), sources_write_(std::move(sources_write)), sources_(std::move(sources)) {}

    OUString SAL_CALL getTitle() override { return title_; }

    void SAL_CALL undo() override {
        guarded([&](const DocumentRef& document, QuietUndo& quiet) {
            if (sources_ && !sources_->created)
                restore_history(document, *sources_, quiet.hook());
            if (history_ && !history_->created)
                restore_history(document, *history_, quiet.hook());
            put_back(document, sheet_name_, sheets_before_, parked_.get(), mark_, active_, quiet.hook());
        });
    }

    void SAL_CALL redo() override {
        guarded([&](const DocumentRef& document, QuietUndo& quiet) {
            write_report(document, layout_, nullptr, parked_ ? std::optional(parked_->name()) : std::nullopt,
                         quiet.hook());
            if (history_write_)
                history_ = write_history(document, *history_write_, quiet.hook());
            if (sources_write_)
                sources_ = write_history(document, *sources_write_, quiet.hook());
        });
    }

private:
    template <class Work>
    void guarded(Work work) {
        undo_step("undoing or redoing the PMO report", document_, work);
    }

    OUString title_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;  // the undo manager is the document's
    ReportLayout layout_;
    std::string sheet_name_;
    std::shared_ptr<ParkedSheet> parked_;
    std::vector<std::string> sheets_before_;
    ReportMark mark_;
    std::optional<std::string> active_;
    std::optional<HistoryWrite> history_write_;
    std::optional<HistoryWritten> history_;
    std::optional<HistoryWrite> sources_write_;
    std::optional<HistoryWritten> sources_;
};

// One "Record status": the history's columns put back, or its new sheet removed.
class RecordUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    RecordUndoAction(OUString title, const DocumentRef& document, HistoryWrite write, HistoryWritten written)
        : title_(std::move(title)), document_(document), write_(std::move(write)), written_(std::move(written)) {}

    OUString SAL_CALL getTitle() override { return title_; }

    void SAL_CALL undo() override {
        guarded([&](const DocumentRef& document, QuietUndo& quiet) { restore_history(document, written_, quiet.hook()); });
    }

    void SAL_CALL redo() override {
        guarded([&](const DocumentRef& document, QuietUndo& quiet) {
            written_ = write_history(document, write_, quiet.hook());
        });
    }

private:
    template <class Work>
    void guarded(Work work) {
        undo_step("undoing or redoing the status record", document_, work);
    }

    OUString title_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;
    HistoryWrite write_;
    HistoryWritten written_;
};

// An imported schedule's sheets, removed and written again through the document API.
class ImportUndoAction : public cppu::WeakImplHelper1<css::document::XUndoAction> {
public:
    ImportUndoAction(OUString title, const DocumentRef& document, ScheduleSheets sheets, std::vector<std::string> names)
        : title_(std::move(title)), document_(document), sheets_(std::move(sheets)), names_(std::move(names)) {}

    OUString SAL_CALL getTitle() override { return title_; }

    void SAL_CALL undo() override {
        auto work = [&](const DocumentRef& document, QuietUndo& quiet) {
            remove_schedule_sheets(document, names_, quiet.hook());
        };
        undo_step("undoing the schedule import", document_, work);
    }

    void SAL_CALL redo() override {
        auto work = [&](const DocumentRef& document, QuietUndo& quiet) {
            names_ = write_schedule_sheets(document, sheets_, quiet.hook());
        };
        undo_step("redoing the schedule import", document_, work);
    }

private:
    OUString title_;
    css::uno::WeakReference<css::sheet::XSpreadsheetDocument> document_;
    ScheduleSheets sheets_;
    std::vector<std::string> names_;
};

}  // namespace

namespace {

// What a report writes (one workbook's, or a roll-up's) as one undo step.
StepResult report_as_one_step(const Reference<css::uno::XComponentContext>& context, const DocumentRef& document,
                              const OUString& title, const std::function<GeneratedReport(const Changed&)>& work) {
    const auto undo = undo_manager_of(document);
    const std::vector<std::string> sheets_before = sheet_names(document);
    const ReportMark mark = current_mark(document);
    const std::optional<std::string> active = active_sheet(document);
    const auto marked = marked_report_sheet(document);
    StepResult result;
    Reference<css::document::XUndoAction> action;
    undo->enterUndoContext(title);
    try {
        QuietUndo quiet(undo);
        std::shared_ptr<ParkedSheet> parked;
        try {
            if (marked && marked->ours)
                parked = std::make_shared<ParkedSheet>(context, document, marked->name);
            result.generated = work(quiet.hook());
        } catch (...) {
            put_back(document, std::nullopt, sheets_before, parked.get(), mark, active, quiet.hook());
            throw;
        }
        const GeneratedReport& g = result.generated;
        if (g.written())
            action = new ReportUndoAction(title, document, *g.layout, *g.sheet_name, std::move(parked), sheets_before,
                                          mark, active, g.history_write, g.history, g.sources_write, g.sources);
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
    if (action.is()) {
        undo->addUndoAction(action);
        result.recorded = true;
    }
    undo->leaveUndoContext();
    return result;
}

}  // namespace

StepResult generate_as_one_step(const Reference<css::uno::XComponentContext>& context, const DocumentRef& document,
                                const ReportRequest& request, const Progress& progress, const OUString& title) {
    return report_as_one_step(context, document, title, [&](const Changed& changed) {
        return generate(document, request, progress, Fetch::direct, changed);
    });
}

StepResult roll_up_as_one_step(const Reference<css::uno::XComponentContext>& context, const DocumentRef& document,
                               std::vector<SourceInput> sources, const ReportRequest& request,
                               const Progress& progress, const OUString& title) {
    return report_as_one_step(context, document, title, [&](const Changed& changed) {
        return roll_up(document, std::move(sources), request, progress, Fetch::direct, changed);
    });
}

RecordResult record_as_one_step(const DocumentRef& document, const ReportRequest& request, const OUString& title) {
    const auto undo = undo_manager_of(document);
    const std::vector<std::string> sheets_before = sheet_names(document);
    RecordResult result;
    Reference<css::document::XUndoAction> action;
    undo->enterUndoContext(title);
    try {
        QuietUndo quiet(undo);
        try {
            result.recorded = record_status(document, request, Fetch::direct, quiet.hook());
        } catch (...) {
            for (const std::string& name : sheet_names(document))
                if (std::find(sheets_before.begin(), sheets_before.end(), name) == sheets_before.end())
                    remove_sheet(document, name, quiet.hook());
            throw;
        }
        if (result.recorded.written())
            action = new RecordUndoAction(title, document, *result.recorded.history_write, *result.recorded.history);
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
    if (action.is()) {
        undo->addUndoAction(action);
        result.undoable = true;
    }
    undo->leaveUndoContext();
    return result;
}

ImportStep import_as_one_step(const DocumentRef& document, const ScheduleSheets& sheets, const OUString& title) {
    const auto undo = undo_manager_of(document);
    ImportStep result;
    undo->enterUndoContext(title);
    try {
        QuietUndo quiet(undo);
        result.sheets = write_schedule_sheets(document, sheets, quiet.hook());
    } catch (...) {
        undo->leaveUndoContext();
        throw;
    }
    undo->addUndoAction(new ImportUndoAction(title, document, sheets, result.sheets));
    undo->leaveUndoContext();
    return result;
}

}  // namespace pmocalc::uno
