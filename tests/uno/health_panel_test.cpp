// The sidebar panel's report settings in a real office: the selection budget
// and people limit the document keeps show in the panel, what a person types
// there is kept and chooses the report's projects, and a value that is no
// limit is refused with the panel's message, the workbook untouched.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/messages.hpp"
#include "support/health_panel_driver.hpp"
#include "support/office_suite.hpp"
#include "support/pmocalc_office.hpp"
#include "support/workbook_snapshot.hpp"
#include "uno/document_settings.hpp"
#include "uno/report_writer.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
using test::field_text;
using test::type_into;

const fs::path sample = fs::path(PMOCALC_SOURCE_DIR) / "examples" / "portfolio-sample-en.fods";
constexpr char uncertainty_key[] = "pmocalc.DurationUncertainty";

// The text after `marker` in a rendered message: how the report writes a figure.
std::string tail_after(const Message& message, const std::string& marker) {
    const std::string text = message.render(Language::en);
    return text.substr(text.rfind(marker) + marker.size());
}

// The cells of the report sheet.
std::vector<std::string> report_cells(const uno::DocumentRef& document) {
    const auto name = uno::existing_report_sheet(document);
    if (!name)
        return {};
    const auto shot = test::snapshot(document);
    for (std::size_t i = 0; i < shot.sheets.size(); ++i)
        if (shot.sheets[i] == *name)
            return shot.values[i];
    return {};
}

// The first cell that starts with `prefix`, "" when none does.
std::string line_starting(const std::vector<std::string>& cells, std::string_view prefix) {
    for (const auto& cell : cells)
        if (cell.starts_with(prefix))
            return cell;
    return "";
}

class HealthPanelSettings : public test::OfficeSuite {};

TEST_F(HealthPanelSettings, TypedBudgetAndPeopleLimitAreKeptAndChooseTheProjects) {
    const auto document = office_->open_copy(sample, test::Window::visible);
    uno::set_text_property(document, uncertainty_key, "-20,50");  // set by hand: no field in the panel
    const auto panel = test::open_health_panel(document);
    ASSERT_TRUE(panel.is());
    EXPECT_EQ(field_text(panel, "Budget"), "169000") << "the sample's pmocalc.SelectionBudget";
    EXPECT_EQ(field_text(panel, "PeopleLimit"), "");

    type_into(panel, "Budget", "¥120,000");
    type_into(panel, "PeopleLimit", "9");
    test::press_and_read_summary(panel, "Generate");
    const auto kept = uno::read_settings(document);
    EXPECT_EQ(kept.budget, 120000);
    EXPECT_EQ(kept.people_limit, 9);
    EXPECT_EQ(uno::text_property(document, uncertainty_key), "-20,50") << "a setting without a field stays";

    const auto cells = report_cells(document);
    const std::string totals = line_starting(cells, "Chosen: ");
    EXPECT_NE(totals, "") << "the report chose projects";
    EXPECT_TRUE(totals.ends_with(tail_after(Message{Msg::report_choice_totals, {1ul, 1ul, 1.0, 1.0, 120000.0}},
                                            "of the budget ")))
        << totals;
    const std::string people = line_starting(cells, "People needed by the chosen: ");
    EXPECT_TRUE(people.ends_with(" of the limit 9")) << people;

    // The panel shows the settings as kept.
    EXPECT_EQ(field_text(panel, "Budget"), "120000");
    EXPECT_EQ(field_text(panel, "PeopleLimit"), "9");
}

TEST_F(HealthPanelSettings, BlankBudgetIsNoSelection) {
    const auto document = office_->open_copy(sample, test::Window::visible);
    const auto panel = test::open_health_panel(document);
    ASSERT_TRUE(panel.is());
    type_into(panel, "Budget", "");
    test::press_and_read_summary(panel, "Generate");
    EXPECT_EQ(uno::read_settings(document).budget, std::nullopt);
    const auto cells = report_cells(document);
    ASSERT_FALSE(cells.empty()) << "the report was made";
    EXPECT_EQ(line_starting(cells, "Chosen: "), "");
    EXPECT_NE(line_starting(cells, text(Msg::choice_needs_budget, Language::en)), "")
        << "the report says where to give a budget";
}

TEST_F(HealthPanelSettings, ALimitThatIsNoNumberIsRefusedAndNothingChanges) {
    for (const auto& [budget, people] : {std::pair{"abc", ""}, std::pair{"-5", ""}, std::pair{"100000", "many"}}) {
        const auto document = office_->open_copy(sample, test::Window::visible);
        const auto before = test::snapshot(document);
        const auto panel = test::open_health_panel(document);
        ASSERT_TRUE(panel.is());
        type_into(panel, "Budget", budget);
        type_into(panel, "PeopleLimit", people);
        EXPECT_EQ(test::press_and_read_summary(panel, "Generate"), text(Msg::panel_bad_limits, Language::en))
            << budget << " / " << people;
        EXPECT_EQ(uno::read_settings(document).budget, 169000) << "the kept budget stays";
        EXPECT_EQ(uno::read_settings(document).people_limit, std::nullopt);
        EXPECT_EQ(test::difference(before, test::snapshot(document)), "") << "no report";
        office_->close_all();
    }
}

// A column map typed in the panel is kept in the document, used by the report
// (a sheet it names that the workbook lacks is said there) and shown again;
// a blank field removes it.
TEST_F(HealthPanelSettings, TypedColumnMapIsKeptUsedAndClearedWhenBlank) {
    const auto document = office_->open_copy(sample, test::Window::visible);
    const auto panel = test::open_health_panel(document);
    ASSERT_TRUE(panel.is());
    EXPECT_EQ(field_text(panel, "ColumnMap"), "") << "the sample keeps no map";

    type_into(panel, "ColumnMap", "  Nowhere!B = name  ");
    test::press_and_read_summary(panel, "Generate");
    EXPECT_EQ(uno::read_settings(document).column_map, "Nowhere!B = name");
    const std::string said = Message{Msg::column_map_no_sheet, {"Nowhere"}}.render(Language::en);
    const auto cells = report_cells(document);
    ASSERT_FALSE(cells.empty()) << "the report was made";
    EXPECT_TRUE(std::any_of(cells.begin(), cells.end(),
                            [&](const std::string& cell) { return cell.find(said) != std::string::npos; }))
        << "the report says the map names a sheet the workbook lacks: " << said;
    EXPECT_EQ(field_text(panel, "ColumnMap"), "Nowhere!B = name");

    type_into(panel, "ColumnMap", "");
    test::press_and_read_summary(panel, "Generate");
    EXPECT_EQ(uno::read_settings(document).column_map, "");
    EXPECT_EQ(uno::text_property(document, "pmocalc.ColumnMap"), "") << "a blank map is removed";
}

}  // namespace
}  // namespace pmocalc
