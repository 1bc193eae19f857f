// "Import Schedule…" in Calc, driven through the dispatch framework in a real
// office with the extension installed: a plan from MS Project / ProjectLibre
// becomes pmocalc's sheets in an empty workbook as one undo step (hidden
// documents too), the report then runs on it, a workbook that holds data is
// never written (the plan goes to a new one), and a damaged file is refused.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include "core/schedules/schedule_sheets.hpp"
#include "support/office_suite.hpp"
#include "support/pmocalc_office.hpp"
#include "support/workbook_snapshot.hpp"
#include "uno/schedule_import.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

const fs::path source_dir = PMOCALC_SOURCE_DIR;
const fs::path plan = source_dir / "tests" / "real-schedules" / "mspdi_projectlibre_new-product.xml";

class ImportScheduleCommand : public test::OfficeSuite {
protected:
    // A copy of the plan the office can read: it may run as another user, who
    // cannot enter a private (0700) checkout.
    fs::path readable_plan() {
        const fs::path folder = office_->session().directory() / "plans";
        fs::create_directories(folder);
        const fs::path copy = folder / plan.filename();
        fs::copy_file(plan, copy, fs::copy_options::overwrite_existing);
        fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                  fs::perms::others_read);
        office_->session().hand_over(folder);
        return copy;
    }

    static std::string said(const css::frame::DispatchResultEvent& event) {
        rtl::OUString text;
        event.Result >>= text;
        return uno::to_utf8(text);
    }

    // A sheet's used area from A1, as text and numbers.
    static css::uno::Sequence<css::uno::Sequence<css::uno::Any>> cells(const uno::DocumentRef& document,
                                                                      const std::string& sheet, int rows, int columns) {
        Reference<css::sheet::XSpreadsheet> s(document->getSheets()->getByName(uno::to_ouString(sheet)),
                                              UNO_QUERY_THROW);
        return Reference<css::sheet::XCellRangeData>(s->getCellRangeByPosition(0, 0, columns - 1, rows - 1),
                                                     UNO_QUERY_THROW)
            ->getDataArray();
    }
};

TEST_F(ImportScheduleCommand, APlanBecomesTheSheetsOfAnEmptyHiddenWorkbookAsOneUndoStep) {
    const auto document = office_->open_new(test::Window::hidden);
    const test::Snapshot before = test::snapshot(document);
    const auto event = office_->import_schedule(document, readable_plan());
    ASSERT_EQ(event.State, css::frame::DispatchResultState::SUCCESS) << said(event);
    EXPECT_NE(said(event).find("mspdi_projectlibre_new-product.xml: 42 tasks"), std::string::npos) << said(event);
    for (const char* sheet : {"Projects", "Tasks", "People", "Assignments", "Import notes"})
        EXPECT_TRUE(document->getSheets()->hasByName(rtl::OUString::createFromAscii(sheet))) << sheet;

    // The sheets hold what the core lays out, value for value.
    const auto schedule = uno::read_schedule_file(plan);
    ASSERT_TRUE(schedule.ok());
    const ScheduleSheets expected = schedule_sheets(*schedule, plan.filename().string(), Language::en);
    const ReportLayout& tasks = expected.sheets[1];
    ASSERT_EQ(tasks.sheet_name, "Tasks");
    const auto written = cells(document, "Tasks", static_cast<int>(tasks.rows.size()), static_cast<int>(tasks.columns));
    for (std::size_t r = 1; r < tasks.rows.size(); ++r)
        for (std::size_t c = 0; c < tasks.columns; ++c) {
            const Cell& cell = tasks.rows[r][c];
            const css::uno::Any& any = written[static_cast<sal_Int32>(r)][static_cast<sal_Int32>(c)];
            if (const auto* number = std::get_if<double>(&cell)) {
                double value = 0;
                ASSERT_TRUE(any >>= value) << r << "," << c;
                EXPECT_DOUBLE_EQ(value, *number) << r << "," << c;
            } else if (const auto* text = std::get_if<std::string>(&cell)) {
                rtl::OUString value;
                any >>= value;
                EXPECT_EQ(uno::to_utf8(value), *text) << r << "," << c;
            }
        }

    auto undo = Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(uno::to_utf8(undo->getCurrentUndoActionTitle()), "Import Schedule");
    undo->undo();
    EXPECT_EQ(test::difference(before, test::snapshot(document)), "");
    undo->redo();
    EXPECT_TRUE(document->getSheets()->hasByName("Tasks"));
    undo->undo();
    EXPECT_EQ(test::difference(before, test::snapshot(document)), "");
    undo->redo();

    // The report runs on the imported plan: its schedule, checks and forecast.
    const auto report = office_->generate(document);
    ASSERT_EQ(report.State, css::frame::DispatchResultState::SUCCESS) << said(report);
    EXPECT_TRUE(document->getSheets()->hasByName("PMO Report"));
}

TEST_F(ImportScheduleCommand, AWorkbookThatHoldsDataIsLeftAsItIsAndThePlanOpensAsANewOne) {
    const auto document = office_->open_copy(source_dir / "examples" / "portfolio-sample-en.fods", test::Window::hidden);
    const test::Snapshot before = test::snapshot(document);
    const auto event = office_->import_schedule(document, readable_plan());
    ASSERT_EQ(event.State, css::frame::DispatchResultState::SUCCESS) << said(event);
    EXPECT_EQ(test::difference(before, test::snapshot(document)), "");
    auto undo = Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    EXPECT_FALSE(undo->isUndoPossible());
}

TEST_F(ImportScheduleCommand, ADamagedFileOrNoFileOnAHiddenDocumentIsRefusedAndNothingIsWritten) {
    const auto document = office_->open_new(test::Window::hidden);
    const test::Snapshot before = test::snapshot(document);
    const fs::path damaged = office_->session().directory() / "damaged" / "damaged.xml";
    fs::create_directories(damaged.parent_path());
    std::ofstream(damaged) << "<?xml version=\"1.0\"?><Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>";
    fs::permissions(damaged, fs::perms::others_read, fs::perm_options::add);
    office_->session().hand_over(damaged.parent_path());
    const auto event = office_->import_schedule(document, damaged);
    EXPECT_EQ(event.State, css::frame::DispatchResultState::FAILURE);
    EXPECT_NE(said(event).find("damaged.xml: not an XML file"), std::string::npos) << said(event);
    EXPECT_EQ(office_->import_schedule(document, "").State, css::frame::DispatchResultState::FAILURE);
    EXPECT_EQ(test::difference(before, test::snapshot(document)), "");
}

}  // namespace
}  // namespace pmocalc
