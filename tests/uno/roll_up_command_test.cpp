// "Consolidate Project Workbooks…" in Calc, driven through the dispatch
// framework in a real office with the extension installed: the same figures
// as pmocalc-report --portfolio (one engine), on a hidden document too, and
// one undo step.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>

#include <nlohmann/json.hpp>

#include "core/report_model.hpp"
#include "support/office_suite.hpp"
#include "support/pmocalc_office.hpp"
#include "support/workbook_snapshot.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

const fs::path build_dir = PMOCALC_BINARY_DIR;
const fs::path source_dir = PMOCALC_SOURCE_DIR;

class RollUpCommand : public test::OfficeSuite {
protected:
    // Three files: our sample, a real GanttProject-style CSV (a unit of its own), a damaged one.
    static std::vector<fs::path> files(const fs::path& folder) {
        fs::create_directories(folder);
        const std::vector<fs::path> sources{source_dir / "examples" / "portfolio-sample-en.fods",
                                            source_dir / "tests" / "real-workbooks" / "corpus" /
                                                "syn_msproject_export.csv"};
        std::vector<fs::path> copies;
        for (const fs::path& s : sources) {
            copies.push_back(folder / s.filename());
            fs::copy_file(s, copies.back(), fs::copy_options::overwrite_existing);
        }
        copies.push_back(folder / "damaged.xlsx");
        std::ofstream(copies.back()) << "PK\x03\x04 this is no workbook";
        for (const fs::path& f : copies)
            fs::permissions(f, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                   fs::perms::others_read);
        office_->session().hand_over(folder);
        return copies;
    }

    // The portfolio's row of the report's cost table: BAC, PV, EV, AC … as written.
    static std::vector<double> portfolio_row(const uno::DocumentRef& document) {
        Reference<css::sheet::XSpreadsheet> report(document->getSheets()->getByName("PMO Report"), UNO_QUERY_THROW);
        const auto cells = Reference<css::sheet::XCellRangeData>(report->getCellRangeByPosition(0, 0, 13, 199),
                                                                 UNO_QUERY_THROW)->getDataArray();
        for (sal_Int32 r = 0; r + 1 < cells.getLength(); ++r) {
            rtl::OUString bac;
            if ((cells[r][report_column::bac] >>= bac) && bac == "BAC") {
                std::vector<double> row;
                for (int k = 0; k < 4; ++k) {
                    double value = 0;
                    cells[r + 1][static_cast<sal_Int32>(report_column::bac) + k] >>= value;
                    row.push_back(value);
                }
                return row;
            }
        }
        return {};
    }
};

TEST_F(RollUpCommand, TheSameFiguresAsTheCliOnAHiddenDocumentAndOneUndo) {
    const fs::path folder = office_->session().directory() / "rollup-files";
    const std::vector<fs::path> inputs = files(folder);
    const fs::path out = office_->session().directory() / "cli" / "portfolio.ods";
    fs::create_directories(out.parent_path());
    std::string command = (build_dir / "pmocalc-report").string() + " --portfolio " + out.string() + " --json";
    for (const fs::path& f : inputs)
        command += " " + f.string();
    ASSERT_EQ(std::system((command + " > /dev/null 2>&1").c_str()), 0);
    std::ifstream json_file(out.parent_path() / "portfolio.json");
    const auto json = nlohmann::json::parse(json_file);

    const auto document = office_->open_new(test::Window::hidden);
    const test::Snapshot before = test::snapshot(document);
    const auto event = office_->consolidate(document, inputs);
    rtl::OUString said;
    event.Result >>= said;
    ASSERT_EQ(event.State, css::frame::DispatchResultState::SUCCESS) << uno::to_utf8(said);
    EXPECT_NE(uno::to_utf8(said).find("3 files: 1 counted"), std::string::npos) << uno::to_utf8(said);
    EXPECT_NE(uno::to_utf8(said).find("1 unreadable"), std::string::npos) << uno::to_utf8(said);

    const std::vector<double> row = portfolio_row(document);
    ASSERT_EQ(row.size(), 4u);
    const char* keys[] = {"bac", "pv", "ev", "ac"};
    for (int k = 0; k < 4; ++k) {
        const double expected = json["portfolio"][keys[k]].get<double>();
        EXPECT_NEAR(row[k], expected, 1e-9 * std::max(1.0, std::abs(expected))) << keys[k];
    }
    EXPECT_TRUE(document->getSheets()->hasByName("PMO Sources"));
    EXPECT_TRUE(document->getSheets()->hasByName("PMO History"));

    auto undo = Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_EQ(uno::to_utf8(undo->getCurrentUndoActionTitle()), "Consolidate Project Workbooks");
    undo->undo();
    EXPECT_EQ(test::difference(before, test::snapshot(document)), "");
    undo->redo();
    EXPECT_TRUE(document->getSheets()->hasByName("PMO Sources"));
    EXPECT_EQ(portfolio_row(document), row);
}

TEST_F(RollUpCommand, AHiddenDocumentWithoutFilesIsToldWhy) {
    const auto document = office_->open_new(test::Window::hidden);
    const auto event = office_->consolidate(document, {});
    EXPECT_EQ(event.State, css::frame::DispatchResultState::FAILURE);
}

}  // namespace
}  // namespace pmocalc
