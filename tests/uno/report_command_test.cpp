// The in-Calc command, driven headless through the dispatch framework in a
// real office with the freshly built extension installed.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include <nlohmann/json.hpp>

#include "support/office_suite.hpp"
#include "support/pmocalc_office.hpp"
#include "support/workbook_snapshot.hpp"
#include "core/reading/workbook_reader.hpp"
#include "uno/document_settings.hpp"
#include "uno/report_writer.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

const fs::path build_dir = PMOCALC_BINARY_DIR;
const fs::path sample = fs::path(PMOCALC_SOURCE_DIR) / "examples" / "portfolio-sample-en.fods";

using test::Snapshot;
using test::snapshot;

class ReportCommand : public test::OfficeSuite {
protected:
    static uno::DocumentRef open(const fs::path& source) { return office_->open_copy(source, test::Window::visible); }
    static css::frame::DispatchResultEvent generate(const uno::DocumentRef& document) {
        return office_->generate(document);
    }
    static Reference<css::document::XUndoManager> undo_manager(const uno::DocumentRef& document) {
        return Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    }
};

TEST_F(ReportCommand, GeneratesTheSameFiguresAsTheCliAndUndoesInOneStep) {
    // The headless command on the same file, for its JSON.
    const fs::path out = office_->session().directory() / "cli-out";
    const std::string command = (build_dir / "pmocalc-report").string() + " " + sample.string() + " --json --out " +
                                out.string() + " > /dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream json_file(out / "portfolio-sample-en-report.json");
    const auto json = nlohmann::json::parse(json_file);

    const auto document = open(sample);
    const Snapshot before = snapshot(document);
    const auto event = generate(document);
    ASSERT_EQ(event.State, css::frame::DispatchResultState::SUCCESS);

    const auto sheet_name = uno::existing_report_sheet(document);
    ASSERT_TRUE(sheet_name.has_value());
    EXPECT_EQ(*sheet_name, "PMO Report");
    Reference<css::sheet::XSpreadsheet> report(document->getSheets()->getByName("PMO Report"), UNO_QUERY_THROW);
    const auto cells = Reference<css::sheet::XCellRangeData>(report->getCellRangeByPosition(0, 0, 13, 199),
                                                             UNO_QUERY_THROW)->getDataArray();
    // Page 1 is the summary; the projects' cost table follows: its header, then
    // the portfolio's row under BAC, PV, EV, AC, SV, CV, SPI, CPI.
    rtl::OUString title;
    cells[0][0] >>= title;
    ASSERT_TRUE(uno::to_utf8(title).starts_with("PMO Status Report")) << uno::to_utf8(title);
    sal_Int32 header = 0;
    for (rtl::OUString bac; header + 1 < cells.getLength(); ++header)
        if ((cells[header][report_column::bac] >>= bac) && bac == "BAC")
            break;
    ASSERT_LT(header + 1, cells.getLength()) << "the projects' cost table";
    const char* keys[] = {"bac", "pv", "ev", "ac", "sv", "cv", "spi", "cpi"};
    for (int k = 0; k < 8; ++k) {
        const int column = static_cast<int>(report_column::bac) + k;
        double value = 0;
        ASSERT_TRUE(cells[header + 1][column] >>= value) << keys[k];
        const double expected = json["portfolio"][keys[k]].get<double>();
        EXPECT_NEAR(value, expected, 1e-9 * std::max(1.0, std::abs(expected))) << keys[k];
    }

    // One Ctrl+Z and the workbook is exactly as before.
    auto undo = undo_manager(document);
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(uno::to_utf8(undo->getCurrentUndoActionTitle()), "Generate PMO Report");
    undo->undo();
    EXPECT_EQ(test::difference(before, snapshot(document)), "");
}

TEST_F(ReportCommand, AWorkbookItCannotReadIsLeftUntouched) {
    const auto document = office_->open_new(test::Window::visible);
    const Snapshot before = snapshot(document);
    const auto event = generate(document);
    EXPECT_EQ(event.State, css::frame::DispatchResultState::FAILURE);
    rtl::OUString message;
    event.Result >>= message;
    EXPECT_NE(uno::to_utf8(message).find(text(Msg::no_task_read, Language::en)), std::string::npos)
        << uno::to_utf8(message);
    EXPECT_TRUE(snapshot(document) == before);
    EXPECT_FALSE(undo_manager(document)->isUndoPossible());
}

TEST_F(ReportCommand, FollowsTheSettingsKeptInTheDocument) {
    const auto document = open(sample);
    EXPECT_EQ(uno::read_settings(document).budget, 169000) << "the sample keeps a budget";
    ReportSettings settings;
    settings.status_date = day_from_civil({2025, 9, 30});
    settings.language = Language::ja;
    settings.thresholds = {0.9, 0.8};
    settings.people_limit = 12;
    uno::store_settings(document, settings);
    const auto stored = uno::read_settings(document);
    EXPECT_EQ(stored.status_date, settings.status_date);
    EXPECT_EQ(stored.thresholds.red_below, 0.8);
    EXPECT_EQ(stored.budget, std::nullopt) << "no budget given: none kept";
    EXPECT_EQ(stored.people_limit, 12);

    ASSERT_EQ(generate(document).State, css::frame::DispatchResultState::SUCCESS);
    EXPECT_EQ(uno::existing_report_sheet(document), "PMOレポート");
    Reference<css::sheet::XSpreadsheet> report(document->getSheets()->getByName(uno::to_ouString("PMOレポート")),
                                               UNO_QUERY_THROW);
    double status = 0;
    Reference<css::sheet::XCellRangeData>(report->getCellRangeByPosition(2, 1, 2, 1), UNO_QUERY_THROW)
        ->getDataArray()[0][0] >>= status;
    EXPECT_EQ(status, static_cast<double>(day_from_civil({2025, 9, 30})));

    // Generating again replaces the report: still one report sheet.
    const auto sheets_before = snapshot(document).sheets.size();
    ASSERT_EQ(generate(document).State, css::frame::DispatchResultState::SUCCESS);
    EXPECT_EQ(snapshot(document).sheets.size(), sheets_before);
}

}  // namespace
}  // namespace pmocalc
