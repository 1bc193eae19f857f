#include "core/earning_rules.hpp"
#include "core/sheet_functions.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

TEST(EarningRules, NamesInEnglishAndJapanese) {
    EXPECT_EQ(*parse_earning_rule(""), EarningRule::percent_complete);
    EXPECT_EQ(*parse_earning_rule("進捗率"), EarningRule::percent_complete);
    EXPECT_EQ(*parse_earning_rule("０／１００"), EarningRule::zero_hundred);
    EXPECT_EQ(*parse_earning_rule("50-50"), EarningRule::fifty_fifty);
    EXPECT_EQ(*parse_earning_rule("20/80"), EarningRule::twenty_eighty);
    EXPECT_EQ(*parse_earning_rule("LOE"), EarningRule::level_of_effort);
    EXPECT_EQ(*parse_earning_rule("レベル・オブ・エフォート"), EarningRule::level_of_effort);
    EXPECT_EQ(*parse_earning_rule("加重マイルストーン"), EarningRule::weighted_milestones);
    EXPECT_EQ(*parse_earning_rule("Apportioned Effort"), EarningRule::apportioned);
    EXPECT_EQ(parse_earning_rule("30/70").problem().reason(),
              "unknown EV method \"30/70\": use percent, 0/100, 50/50, 20/80, milestones, loe or apportioned");
}

TEST(EarningRules, FixedFormulaShares) {
    // PMI Practice Standard for EVM: the fixed-formula rules earn at start and at finish only.
    EXPECT_EQ(earned_share(EarningRule::percent_complete, 0.4), 0.4);
    EXPECT_EQ(earned_share(EarningRule::zero_hundred, 0.99), 0.0);
    EXPECT_EQ(earned_share(EarningRule::zero_hundred, 1.0), 1.0);
    EXPECT_EQ(earned_share(EarningRule::fifty_fifty, 0.0), 0.0);
    EXPECT_EQ(earned_share(EarningRule::fifty_fifty, 0.1), 0.5);
    EXPECT_EQ(earned_share(EarningRule::twenty_eighty, 0.7), 0.2);
    EXPECT_EQ(earned_share(EarningRule::twenty_eighty, 1.0), 1.0);
    EXPECT_FALSE(earned_share(EarningRule::level_of_effort, 0.5));
}

TEST(EarningRules, PmoEvWithMethods) {
    const CellRange budgets = CellRange::column({100.0, 200.0, 300.0, 400.0});
    const CellRange percents = CellRange::column({0.4, 0.4, 0.4, 1.0});
    const CellRange methods = CellRange::column(
        {std::string("進捗率"), std::string("0/100"), std::string("50/50"), std::string("20/80")});
    EXPECT_TRUE(test::has_value(sheet::ev(budgets, percents, methods), 40 + 0 + 150 + 400));
    EXPECT_TRUE(test::has_value(sheet::ev(budgets, percents, CellRange::single(std::string("0/100"))), 400));
    EXPECT_TRUE(test::has_value(sheet::ev(budgets, percents), 40 + 80 + 120 + 400));
    const auto loe = sheet::ev(budgets, percents, CellRange::single(std::string("LOE")));
    EXPECT_EQ(loe.problem().reason(),
              "methods, row 1: the EV method loe needs more than budget and percent complete (it earns its planned "
              "value): the report applies it");
    const auto unknown = sheet::ev(budgets, percents, CellRange::column({std::string("0/100"), std::string("x"),
                                                                         std::string(""), std::string("")}));
    EXPECT_TRUE(test::is_invalid(unknown));
    EXPECT_TRUE(test::is_invalid(sheet::ev(budgets, percents, CellRange::column({std::string("0/100"), std::string("")}))));
}

}  // namespace
}  // namespace pmocalc
