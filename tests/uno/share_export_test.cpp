// "Export for sharing" (org.pmocalc:ExportForSharing) in a real office with
// pmocalc installed: the copy, ODS and XLSX (read back), holds the values of
// every pmocalc formula — scalar, text, error and array — and keeps every
// other formula and format; the user's workbook is unchanged, not modified
// and has no undo step, hidden or visible.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <osl/file.hxx>

#include "support/pmocalc_office.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;
using test::Window;

constexpr auto success = css::frame::DispatchResultState::SUCCESS;
constexpr sal_Int32 yellow = 0xFFFF00;

Reference<css::sheet::XSpreadsheet> first_sheet(const uno::DocumentRef& document) {
    return Reference<css::sheet::XSpreadsheet>(
        Reference<css::container::XIndexAccess>(document->getSheets(), UNO_QUERY_THROW)->getByIndex(0),
        UNO_QUERY_THROW);
}

Reference<css::table::XCell> cell(const uno::DocumentRef& document, const char* name) {
    return first_sheet(document)->getCellRangeByName(OUString::createFromAscii(name))->getCellByPosition(0, 0);
}

std::string formula(const uno::DocumentRef& document, const char* name) {
    return uno::to_utf8(cell(document, name)->getFormula());
}

std::string shown(const uno::DocumentRef& document, const char* name) {
    return uno::to_utf8(Reference<css::text::XText>(cell(document, name), UNO_QUERY_THROW)->getString());
}

// A1:B1 EV 80, PV 100; C1 SPI (yellow), C2 RAG, C3 SPI of PV 0 (an error),
// C4 a native SUM, C5 a native formula over the SPI; E1:G3 a three-task
// network, H1:H3 its total float as an array formula.
void fill(const uno::DocumentRef& document) {
    const auto sheet = first_sheet(document);
    cell(document, "A1")->setValue(80);
    cell(document, "B1")->setValue(100);
    cell(document, "C1")->setFormula("=PMO_SPI(A1;B1)");
    Reference<css::beans::XPropertySet>(cell(document, "C1"), UNO_QUERY_THROW)
        ->setPropertyValue("CellBackColor", Any(yellow));
    cell(document, "C2")->setFormula("=PMO_RAG(C1;1)");
    cell(document, "C3")->setFormula("=PMO_SPI(A1;0)");
    cell(document, "C4")->setFormula("=SUM(A1:B1)");
    cell(document, "C5")->setFormula("=C1*100");
    const char* ids[] = {"A", "B", "C"};
    const double durations[] = {5, 3, 2};
    const char* predecessors[] = {"", "A", "A"};
    for (sal_Int32 row = 0; row < 3; ++row) {
        Reference<css::text::XText>(sheet->getCellByPosition(4, row), UNO_QUERY_THROW)
            ->setString(OUString::createFromAscii(ids[row]));
        sheet->getCellByPosition(5, row)->setValue(durations[row]);
        Reference<css::text::XText>(sheet->getCellByPosition(6, row), UNO_QUERY_THROW)
            ->setString(OUString::createFromAscii(predecessors[row]));
    }
    Reference<css::sheet::XArrayFormulaRange>(sheet->getCellRangeByName("H1:H3"), UNO_QUERY_THROW)
        ->setArrayFormula("=PMO_FLOAT(E1:E3;F1:F3;G1:G3)");
}

class ShareExport : public ::testing::TestWithParam<Window> {
protected:
    static void SetUpTestSuite() { office_ = new test::PmocalcOffice(); }
    static void TearDownTestSuite() {
        delete office_;
        office_ = nullptr;
    }
    void TearDown() override {
        EXPECT_TRUE(office_->session().alive()) << "the office survived";
        office_->close_all();
    }

    static fs::path out_folder() {
        const fs::path folder = office_->session().directory() / "shared";
        fs::create_directories(folder);
        office_->session().hand_over(folder);
        return folder;
    }

    static OUString url_of(const fs::path& path) {
        OUString url;
        osl::FileBase::getFileURLFromSystemPath(uno::to_ouString(path.string()), url);
        return url;
    }

    static css::frame::DispatchResultEvent share(const uno::DocumentRef& document, const OUString& target) {
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(), UNO_QUERY_THROW);
        Sequence<css::beans::PropertyValue> arguments;
        if (!target.isEmpty()) {
            arguments.realloc(1);
            arguments.getArray()[0].Name = "TargetURL";
            arguments.getArray()[0].Value <<= target;
        }
        const Any result = css::frame::DispatchHelper::create(office_->session().context())
                               ->executeDispatch(frame, "org.pmocalc:ExportForSharing", "", 0, arguments);
        css::frame::DispatchResultEvent event;
        if (!(result >>= event))
            event.State = -1;
        return event;
    }

    static uno::DocumentRef load(const fs::path& path) {
        css::beans::PropertyValue hidden;
        hidden.Name = "Hidden";
        hidden.Value <<= true;
        return uno::DocumentRef(office_->session().desktop()->loadComponentFromURL(
                                    url_of(path), "_blank", 0, Sequence<css::beans::PropertyValue>(&hidden, 1)),
                                UNO_QUERY_THROW);
    }

    // The copy at `path` against the original: values kept, pmocalc's formulas gone, the rest untouched.
    static void check_copy(const uno::DocumentRef& original, const fs::path& path) {
        ASSERT_TRUE(fs::exists(path)) << path;
        const auto copy = load(path);
        for (const char* name : {"C1", "C2", "C3", "H1", "H2", "H3"}) {
            EXPECT_EQ(formula(copy, name).find('='), std::string::npos)
                << name << " still a formula: " << formula(copy, name);
            EXPECT_EQ(shown(copy, name), shown(original, name)) << name;
        }
        // SPI = EV / PV = 80 / 100 = 0.8; the network A(5) then B(3) and C(2):
        // 8 days, total float A 0, B 0, C 8 − 5 − 2 = 1.
        EXPECT_DOUBLE_EQ(cell(copy, "C1")->getValue(), 0.8);
        EXPECT_EQ(shown(copy, "C2"), "RED");
        EXPECT_DOUBLE_EQ(cell(copy, "H1")->getValue(), 0);
        EXPECT_DOUBLE_EQ(cell(copy, "H2")->getValue(), 0);
        EXPECT_DOUBLE_EQ(cell(copy, "H3")->getValue(), 1);
        EXPECT_EQ(cell(copy, "C3")->getError(), 0) << "the error is kept as its text";
        EXPECT_EQ(formula(copy, "C4"), "=SUM(A1:B1)");
        EXPECT_EQ(formula(copy, "C5"), "=C1*100");
        EXPECT_DOUBLE_EQ(cell(copy, "C5")->getValue(), 80);
        sal_Int32 color = 0;
        Reference<css::beans::XPropertySet>(cell(copy, "C1"), UNO_QUERY_THROW)->getPropertyValue("CellBackColor") >>=
            color;
        EXPECT_EQ(color, yellow) << "formats are kept";
        Reference<css::util::XCloseable>(copy, UNO_QUERY_THROW)->close(true);
    }

    static inline test::PmocalcOffice* office_ = nullptr;
};

TEST_P(ShareExport, OdsAndXlsxHoldTheValuesAndTheWorkbookIsUntouched) {
    const auto document = office_->open_new(GetParam());
    fill(document);
    ASSERT_EQ(shown(document, "C2"), "RED") << "the extension computes";
    ASSERT_NE(cell(document, "C3")->getError(), 0) << "PV 0: an error value";
    const std::string error_text = shown(document, "C3");
    Reference<css::util::XModifiable> modifiable(document, UNO_QUERY_THROW);
    modifiable->setModified(false);
    const auto undo = Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
    const sal_Int32 undo_steps = undo->getAllUndoActionTitles().getLength();

    const std::string window = GetParam() == Window::hidden ? "hidden" : "visible";
    for (const char* extension : {".ods", ".xlsx"}) {
        const fs::path target = out_folder() / ("book-" + window + extension);
        const auto result = share(document, url_of(target));
        ASSERT_EQ(result.State, success) << extension;
        OUString message;
        result.Result >>= message;
        // 6 cells: C1, C2, C3 and the array H1:H3 (3 cells, one array); C3's error kept as text.
        EXPECT_NE(uno::to_utf8(message).find("6 cell(s) with pmocalc formulas (1 array formula(s)) on 1 of 1 sheet(s)"),
                  std::string::npos)
            << uno::to_utf8(message);
        EXPECT_NE(uno::to_utf8(message).find("Sheet1.C3 (" + error_text + ")"), std::string::npos)
            << uno::to_utf8(message);
        check_copy(document, target);
    }
    EXPECT_FALSE(modifiable->isModified()) << "the workbook is not modified";
    EXPECT_EQ(undo->getAllUndoActionTitles().getLength(), undo_steps) << "no undo step";
    // The API spells add-in calls by their programmatic names.
    EXPECT_EQ(formula(document, "C1"), "=ORG.PMOCALC.FUNCTIONS.SPI(A1;B1)");
    EXPECT_EQ(formula(document, "H2"), "{=ORG.PMOCALC.FUNCTIONS.TOTALFLOAT(E1:E3;F1:F3;G1:G3)}");
}

TEST_P(ShareExport, RefusesAnotherFormatAndTheWorkbookItself) {
    const auto document = office_->open_new(GetParam());
    fill(document);
    const fs::path saved = out_folder() / "own.ods";
    css::beans::PropertyValue filter;
    filter.Name = "FilterName";
    filter.Value <<= OUString("calc8");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeAsURL(url_of(saved), Sequence<css::beans::PropertyValue>(&filter, 1));
    EXPECT_NE(share(document, url_of(out_folder() / "copy.csv")).State, success);
    EXPECT_FALSE(fs::exists(out_folder() / "copy.csv"));
    const auto over = share(document, url_of(saved));
    EXPECT_NE(over.State, success);
    OUString message;
    over.Result >>= message;
    EXPECT_NE(uno::to_utf8(message).find("overwrite the workbook itself"), std::string::npos) << uno::to_utf8(message);
    EXPECT_EQ(formula(load(saved), "C1"), "=ORG.PMOCALC.FUNCTIONS.SPI(A1;B1)")
        << "the saved workbook still has its formulas";
}

// Without a target: a visible document asks where (the headless office's
// dialog answers "cancel" at once: nothing is written); a hidden one (a
// script's) cannot answer a dialog, so the copy goes next to it.
TEST_P(ShareExport, WithoutATargetAsksOrGoesNextToTheWorkbook) {
    const auto document = office_->open_new(GetParam());
    fill(document);
    const std::string name = GetParam() == Window::hidden ? "portfolio" : "shown";
    const fs::path saved = out_folder() / (name + ".ods");
    css::beans::PropertyValue filter;
    filter.Name = "FilterName";
    filter.Value <<= OUString("calc8");
    Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)
        ->storeAsURL(url_of(saved), Sequence<css::beans::PropertyValue>(&filter, 1));
    const auto result = share(document, OUString());
    if (GetParam() == Window::visible) {
        EXPECT_NE(result.State, success) << "cancelled";
        OUString message;
        result.Result >>= message;
        EXPECT_EQ(uno::to_utf8(message), "") << "a cancelled dialog is no failure to report";
        EXPECT_FALSE(fs::exists(out_folder() / (name + "-shared.ods")));
        return;
    }
    ASSERT_EQ(result.State, success);
    check_copy(document, out_folder() / (name + "-shared.ods"));
}

INSTANTIATE_TEST_SUITE_P(Windows, ShareExport, ::testing::Values(Window::hidden, Window::visible),
                         [](const auto& info) { return info.param == Window::hidden ? "Hidden" : "Visible"; });

}  // namespace
}  // namespace pmocalc
