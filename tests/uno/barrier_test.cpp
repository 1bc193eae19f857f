// A fault inside each face of pmocalc (PMOCALC_INJECT_FAULT, src/uno/barrier.hpp)
// becomes an error the user or the caller sees — a cell error, the command's
// failure message, the panel's error text, a UNO exception — and never takes
// the office down. Each case runs in an office of its own (the variable is
// read when the office loads the component), with a std::runtime_error and
// with an exception of a foreign type; afterwards the office must still run
// and compute a plain formula.
//
// The test drives the office over a UNO bridge, whose stub would itself turn
// a stray C++ exception into a RuntimeException ("C++ code threw …") before
// it reached the test; so each case checks what only pmocalc's barrier
// says (its message, the panel's text), not merely that something failed.
// The panel's button is pressed inside the office: its handler runs from the
// office's main loop, as for a mouse click.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/ui/theUIElementFactoryManager.hpp>

#include "core/messages.hpp"
#include "support/health_panel_driver.hpp"
#include "support/pmocalc_office.hpp"
#include "support/workbook_snapshot.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using test::open_health_panel;
using test::snapshot;
using test::summary_of;
using test::Window;

const fs::path sample = fs::path(PMOCALC_SOURCE_DIR) / "examples" / "portfolio-sample-en.fods";
constexpr sal_uInt16 calc_no_value = 519;  // #VALUE!
constexpr char panel_url[] = "private:resource/toolpanel/PmocalcPanelFactory/HealthPanel";

enum class Thrown { std_exception, foreign };

// What the barrier says about each kind of injected fault (barrier.cpp).
std::string reason(Thrown thrown) {
    return thrown == Thrown::std_exception ? "injected fault (PMOCALC_INJECT_FAULT)" : "an exception of an unknown type";
}

// The message of the UNO exception `call` throws; "" when it throws none.
template <class Call>
std::string uno_failure(Call call) {
    try {
        call();
    } catch (const css::uno::Exception& e) {
        return uno::to_utf8(e.Message);
    }
    return "";
}

// Whether `text` says `part`, with the text for the failure message.
::testing::AssertionResult says(const std::string& text, const std::string& part) {
    if (text.find(part) != std::string::npos)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "\"" << text << "\" does not say \"" << part << "\"";
}

Reference<css::table::XCell> cell(const uno::DocumentRef& document, const char* name) {
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0), UNO_QUERY_THROW);
    return sheet->getCellRangeByName(rtl::OUString::createFromAscii(name))->getCellByPosition(0, 0);
}

Reference<css::document::XUndoManager> undo_manager(const uno::DocumentRef& document) {
    return Reference<css::document::XUndoManagerSupplier>(document, UNO_QUERY_THROW)->getUndoManager();
}

Reference<css::frame::XFrame> frame_of(const uno::DocumentRef& document) {
    return Reference<css::frame::XModel>(document, UNO_QUERY_THROW)->getCurrentController()->getFrame();
}

// Asks the office's panel factory for the panel directly, as the sidebar does.
Reference<css::ui::XUIElement> create_panel(test::PmocalcOffice& office, const uno::DocumentRef& document) {
    const auto frame = frame_of(document);
    Sequence<css::beans::PropertyValue> args(2);
    args.getArray()[0].Name = "Frame";
    args.getArray()[0].Value <<= frame;
    args.getArray()[1].Name = "ParentWindow";
    args.getArray()[1].Value <<= frame->getContainerWindow();
    return css::ui::theUIElementFactoryManager::get(office.session().context())->createUIElement(panel_url, args);
}

class Barrier : public ::testing::TestWithParam<Thrown> {
protected:
    // An office whose pmocalc component throws inside `face`.
    void start_office(const std::string& face) {
        const std::string fault = face + (GetParam() == Thrown::foreign ? ":foreign" : "");
        setenv("PMOCALC_INJECT_FAULT", fault.c_str(), 1);
        try {
            office_ = std::make_unique<test::PmocalcOffice>();
        } catch (...) {
            unsetenv("PMOCALC_INJECT_FAULT");
            throw;
        }
        unsetenv("PMOCALC_INJECT_FAULT");
    }

    // The office is still there, answers, and computes.
    void TearDown() override {
        if (!office_)
            return;
        ASSERT_TRUE(office_->session().alive()) << "the office died";
        const auto document = office_->open_new(Window::hidden);
        cell(document, "A1")->setFormula("=SUM(1;2)");
        EXPECT_EQ(cell(document, "A1")->getValue(), 3);
        office_->close_all();
        EXPECT_TRUE(office_->session().alive());
        office_.reset();
    }

    std::unique_ptr<test::PmocalcOffice> office_;
};

// A PMO_* function that fails is a #VALUE! in its cell.
TEST_P(Barrier, Functions) {
    start_office("functions");
    const auto document = office_->open_new(Window::hidden);
    cell(document, "A1")->setFormula("=PMO_SPI(2;1)");
    cell(document, "A2")->setFormula("=PMO_RAG(1;1)");
    EXPECT_EQ(cell(document, "A1")->getError(), calc_no_value);
    EXPECT_EQ(cell(document, "A2")->getError(), calc_no_value);
}

// The command reports the failure in the user's language and leaves the workbook as it was.
TEST_P(Barrier, Command) {
    start_office("command");
    const auto document = office_->open_copy(sample, Window::hidden);
    const auto before = snapshot(document);
    const auto event = office_->generate(document);
    EXPECT_EQ(event.State, css::frame::DispatchResultState::FAILURE);
    rtl::OUString message;
    event.Result >>= message;
    EXPECT_EQ(uno::to_utf8(message), Message(Msg::unexpected_failure, {reason(GetParam())}).render(Language::en));
    EXPECT_EQ(test::difference(before, snapshot(document)), "");
    EXPECT_FALSE(undo_manager(document)->isUndoPossible());
}

// The sidebar's panel shows the failure as its text, and so does its Generate button.
TEST_P(Barrier, Panel) {
    start_office("panel");
    const auto document = office_->open_copy(sample, Window::visible);
    const auto before = snapshot(document);
    const auto panel = open_health_panel(document);
    ASSERT_TRUE(panel.is());
    const std::string failed = Message(Msg::panel_failed, {reason(GetParam())}).render(Language::en);
    EXPECT_EQ(summary_of(panel), failed);

    EXPECT_EQ(test::press_and_read_summary(panel, "Generate"), failed);
    EXPECT_EQ(test::difference(before, snapshot(document)), "");
}

// Undoing the report fails with the UNO exception the undo manager passes on.
TEST_P(Barrier, Undo) {
    start_office("undo");
    const auto document = office_->open_copy(sample, Window::hidden);
    ASSERT_EQ(office_->generate(document).State, css::frame::DispatchResultState::SUCCESS);
    const auto undo = undo_manager(document);
    ASSERT_TRUE(undo->isUndoPossible());
    EXPECT_TRUE(says(uno_failure([&] { undo->undo(); }),
                     "pmocalc: undoing or redoing the PMO report: " + reason(GetParam())));
}

// No service can be made: creating one fails with a UNO exception saying
// why, and every face that needs one gives an error instead (the command is
// not found, the sidebar shows no panel).
TEST_P(Barrier, Factory) {
    start_office("factory");
    const auto context = office_->session().context();
    for (const char* service : {"org.pmocalc.FunctionsImpl", "org.pmocalc.ReportCommandImpl",
                                "org.pmocalc.PanelFactoryImpl"}) {
        const std::string failure = uno_failure([&] {
            context->getServiceManager()->createInstanceWithContext(rtl::OUString::createFromAscii(service), context);
        });
        EXPECT_TRUE(says(failure, std::string("pmocalc: creating ") + service + ": " + reason(GetParam())));
    }

    const auto sheet = office_->open_new(Window::hidden);
    cell(sheet, "A1")->setFormula("=PMO_SPI(2;1)");
    EXPECT_NE(cell(sheet, "A1")->getError(), 0);  // Calc's own error for an add-in it cannot make (Err:504)

    const auto document = office_->open_copy(sample, Window::visible);
    const auto before = snapshot(document);
    EXPECT_NE(office_->generate(document).State, css::frame::DispatchResultState::SUCCESS);
    EXPECT_TRUE(says(uno_failure([&] { create_panel(*office_, document); }),
                     "pmocalc: creating org.pmocalc.PanelFactoryImpl: " + reason(GetParam())));
    EXPECT_FALSE(open_health_panel(document).is());
    EXPECT_EQ(test::difference(before, snapshot(document)), "");
}

INSTANTIATE_TEST_SUITE_P(StdAndForeign, Barrier, ::testing::Values(Thrown::std_exception, Thrown::foreign),
                         [](const auto& info) { return info.param == Thrown::std_exception ? "std" : "foreign"; });

}  // namespace
}  // namespace pmocalc
