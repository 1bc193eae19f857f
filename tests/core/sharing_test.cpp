#include "core/sharing.hpp"

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

TEST(CallsPmocalc, CatalogFunctionsByTheirNameInAnyCase) {
    EXPECT_TRUE(calls_pmocalc("=PMO_EV(A1:A9;B1:B9)"));
    EXPECT_TRUE(calls_pmocalc("=pmo_spi(B5;B4)*100"));
    EXPECT_TRUE(calls_pmocalc("=IF(A1>0;PMO_RAG(B9;B10);\"\")"));
    EXPECT_TRUE(calls_pmocalc("{=PMO_FLOAT(A2:A9;B2:B9;C2:C9)}"));
}

TEST(CallsPmocalc, TheServiceNameAsTheApiSpellsIt) {
    // XCell::getFormula with the extension installed (tests/uno/share_export_test.cpp),
    // and without it (checked in a headless office): the programmatic name.
    EXPECT_TRUE(calls_pmocalc("=ORG.PMOCALC.FUNCTIONS.SPI(A1;B1)"));
    EXPECT_TRUE(calls_pmocalc("{=ORG.PMOCALC.FUNCTIONS.TOTALFLOAT(E1:E3;F1:F3;G1:G3)}"));
    EXPECT_TRUE(calls_pmocalc("=org.pmocalc.functions.pv($Tasks.C3:C12;B2)"));
    EXPECT_TRUE(calls_pmocalc("=ORG.PMOCALC.FUNCTIONS.NEWER(1)"));  // a method of a newer pmocalc
}

TEST(CallsPmocalc, NativeFormulasAndLookalikesAreNot) {
    EXPECT_FALSE(calls_pmocalc("=SUM(A1:A9)"));
    EXPECT_FALSE(calls_pmocalc("=MYPMO_EV(A1)"));    // another name that ends like one
    EXPECT_FALSE(calls_pmocalc("=PMO_EV_TOTAL+1"));  // a named range, not a call
    EXPECT_FALSE(calls_pmocalc("=\"PMO_EV(\"&A1"));  // a text
    EXPECT_FALSE(calls_pmocalc("='PMO_EV(x'.A1"));   // a sheet name
    EXPECT_FALSE(calls_pmocalc("=\"say \"\"PMO_SPI(\"\"\"&A1"));  // doubled quotes inside a text
}

TEST(ShareSummary, NothingReplacedSaysSo) {
    EXPECT_EQ(share_summary_message({}).id, Msg::share_nothing_to_replace);
}

TEST(ShareSummary, CountsAndNamesTheFirstErrors) {
    ShareSummary summary;
    summary.cells = 12;
    summary.array_ranges = 1;
    summary.sheets_total = 5;
    summary.add_sheet("Summary");
    summary.add_sheet("Schedule");
    summary.add_sheet("Summary");
    for (int row = 1; row <= 7; ++row)
        summary.add_error("Summary", "B" + std::to_string(row), "#N/A");
    EXPECT_EQ(summary.sheets.size(), 2u);
    EXPECT_EQ(summary.errors_as_text, 7u);
    ASSERT_EQ(summary.error_cells.size(), ShareSummary::named_error_limit);
    EXPECT_EQ(summary.error_cells.front(), "Summary.B1 (#N/A)");
    EXPECT_EQ(share_summary_message(summary).render(Language::en),
              "12 cell(s) with pmocalc formulas (1 array formula(s)) on 2 of 5 sheet(s) now hold their values; every "
              "other formula is kept. 7 of them held an error value, kept as its text: Summary.B1 (#N/A), Summary.B2 "
              "(#N/A), Summary.B3 (#N/A), Summary.B4 (#N/A), Summary.B5 (#N/A), …");
}

}  // namespace
}  // namespace pmocalc
