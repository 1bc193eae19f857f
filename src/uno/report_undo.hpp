// The report as one undo step that works in every document, hidden or not.
//
// LibreOffice 7.4's own undo of a sheet insertion (ScUndoInsertTab), and the
// redo of a sheet removal, act on the *active* view: a document opened with
// Hidden=true has none, and undo takes the whole office down (with another
// document active, it deletes that document's sheet). So the report is
// written with Calc's own recording kept off, and one action of pmocalc's
// own undoes and redoes it through the document API only: remove the report,
// bring back the report it replaced (kept meanwhile in a hidden scratch
// document), the marker and the sheet that was active before.
// Investigation and evidence: docs/UNDO.md.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "report_engine.hpp"
#include "schedule_import.hpp"

namespace pmocalc::uno {

// Calc records no undo action while this lives: XUndoManager::lock(), renewed
// after every change, since sheet insertion, page styles, setActiveSheet,
// cell styles and conditional formats switch Calc's recording back on
// behind the lock.
class QuietUndo {
public:
    explicit QuietUndo(css::uno::Reference<css::document::XUndoManager> undo);
    ~QuietUndo();
    QuietUndo(const QuietUndo&) = delete;
    QuietUndo& operator=(const QuietUndo&) = delete;

    void renew();
    Changed hook() { return [this] { renew(); }; }

private:
    css::uno::Reference<css::document::XUndoManager> undo_;
};

struct StepResult {
    GeneratedReport generated;
    bool recorded = false;  // one undo step was added (false: nothing changed)
};

// Generates the report into the document as one undo step titled `title`.
// On any failure the document is put back as it was, and nothing is recorded.
StepResult generate_as_one_step(const css::uno::Reference<css::uno::XComponentContext>& context,
                                const DocumentRef& document, const ReportRequest& request,
                                const Progress& progress, const rtl::OUString& title);

// The roll-up of `sources` into the document (the portfolio workbook) as one
// undo step: the report, the history and the Sources sheet; on failure the
// document is put back as it was.
StepResult roll_up_as_one_step(const css::uno::Reference<css::uno::XComponentContext>& context,
                               const DocumentRef& document, std::vector<SourceInput> sources,
                               const ReportRequest& request, const Progress& progress, const rtl::OUString& title);

struct RecordResult {
    RecordedStatus recorded;
    bool undoable = false;  // one undo step was added (false: nothing changed)
};

// "Record status": records the workbook's status in its history sheet as one
// undo step titled `title`; on failure the document is put back as it was.
RecordResult record_as_one_step(const DocumentRef& document, const ReportRequest& request,
                                const rtl::OUString& title);

struct ImportStep {
    std::vector<std::string> sheets;  // the names given to the imported sheets
};

// "Import Schedule…": the schedule's sheets added to the document as one undo
// step (undo removes them, redo adds them again); on failure nothing stays.
ImportStep import_as_one_step(const DocumentRef& document, const ScheduleSheets& sheets, const rtl::OUString& title);

}  // namespace pmocalc::uno
