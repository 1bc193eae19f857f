// The panel's fields read into report settings (settings_from_text).
#include "core/status_report.hpp"

#include <gtest/gtest.h>

#include "core/calendar.hpp"

namespace pmocalc {
namespace {

SettingsText typed(std::string_view budget = "", std::string_view people_limit = "") {
    return {.status_date = "2025-09-30", .amber_below = "0.95", .red_below = "0.85", .language = Language::ja,
            .es_period = EsPeriod::working_days, .budget = budget, .people_limit = people_limit};
}

TEST(SettingsFromText, ReadsEveryField) {
    const auto settings = settings_from_text(typed("169000", "12"), {});
    ASSERT_TRUE(settings);
    EXPECT_EQ(settings->status_date, day_from_civil({2025, 9, 30}));
    EXPECT_EQ(settings->thresholds.amber_below, 0.95);
    EXPECT_EQ(settings->thresholds.red_below, 0.85);
    EXPECT_EQ(settings->language, Language::ja);
    EXPECT_EQ(settings->es_period, EsPeriod::working_days);
    EXPECT_EQ(settings->budget, 169000);
    EXPECT_EQ(settings->people_limit, 12);
}

TEST(SettingsFromText, TheColumnMapIsKeptAsTypedAndBlankClearsIt) {
    SettingsText text = typed();
    text.column_map = "  Plan!B = planned_start\nPlan!C = planned_finish\n";
    ReportSettings kept;
    kept.column_map = "Old = -";
    EXPECT_EQ(settings_from_text(text, kept)->column_map, "Plan!B = planned_start\nPlan!C = planned_finish");
    text.column_map = " ";
    EXPECT_EQ(settings_from_text(text, kept)->column_map, "");
}

TEST(SettingsFromText, BudgetAsPeopleTypeIt) {
    EXPECT_EQ(settings_from_text(typed("¥169,000"), {})->budget, 169000);
    EXPECT_EQ(settings_from_text(typed("１６９０００"), {})->budget, 169000);  // full-width digits
    EXPECT_EQ(settings_from_text(typed(" 0 "), {})->budget, 0);
    EXPECT_EQ(settings_from_text(typed("", "2.5"), {})->people_limit, 2.5);
}

TEST(SettingsFromText, BlankIsNoLimitEvenWhenTheDocumentHadOne) {
    ReportSettings kept;
    kept.budget = 169000;
    kept.people_limit = 12;
    const auto settings = settings_from_text(typed("  ", ""), kept);
    ASSERT_TRUE(settings);
    EXPECT_EQ(settings->budget, std::nullopt);
    EXPECT_EQ(settings->people_limit, std::nullopt);
}

TEST(SettingsFromText, BadLimitNamesTheFields) {
    for (const auto& [budget, people] : {std::pair{"abc", ""}, std::pair{"-1", ""}, std::pair{"", "-0.5"},
                                         std::pair{"", "ten"}, std::pair{"1e999", ""}}) {
        const auto settings = settings_from_text(typed(budget, people), {});
        ASSERT_FALSE(settings) << budget << " / " << people;
        EXPECT_EQ(settings.problem().message.id, Msg::panel_bad_limits);
    }
}

TEST(SettingsFromText, KeepsWhatThePanelHasNoFieldFor) {
    ReportSettings kept;
    kept.duration_uncertainty = *duration_uncertainty_from_text("-20,50");
    kept.status_date = day_from_civil({2024, 1, 1});
    auto text = typed();
    text.status_date = "";
    const auto settings = settings_from_text(text, kept);
    ASSERT_TRUE(settings);
    EXPECT_EQ(duration_uncertainty_text(settings->duration_uncertainty), "-20,50");
    EXPECT_EQ(settings->status_date, std::nullopt) << "a blank date is the workbook's, not the one kept";
}

TEST(SettingsFromText, BadDateOrThresholdsSaySo) {
    auto text = typed();
    text.status_date = "30/30/2025";
    EXPECT_EQ(settings_from_text(text, {}).problem().message.id, Msg::panel_bad_status_date);
    text = typed();
    text.red_below = "0.99";  // above amber
    EXPECT_EQ(settings_from_text(text, {}).problem().message.id, Msg::panel_bad_thresholds);
}

}  // namespace
}  // namespace pmocalc
