#include "core/evm.hpp"

#include "test_support.hpp"

namespace pmocalc::evm {
namespace {

using test::has_value;

// Primavera P6 EVM example: 10 days at 100/day; at day 5 PV 500, EV 300, AC 600.
TEST(Evm, P6WorkedExample) {
    EXPECT_DOUBLE_EQ(schedule_variance(300, 500), -200);
    EXPECT_DOUBLE_EQ(cost_variance(300, 600), -300);
    EXPECT_TRUE(has_value(schedule_performance_index(300, 500), 0.6));
    EXPECT_TRUE(has_value(cost_performance_index(300, 600), 0.5));
}

// MS Project TCPI field documentation: BAC 200, EV 125, AC 150 -> 1.5.
TEST(Evm, MsProjectTcpiExample) { EXPECT_TRUE(has_value(to_complete_performance_index(200, 125, 150), 1.5)); }

TEST(Evm, IndicesAreUndefinedWithoutABase) {
    EXPECT_TRUE(test::is_undefined(schedule_performance_index(10, 0)));
    EXPECT_TRUE(test::is_undefined(cost_performance_index(10, 0)));
    EXPECT_TRUE(test::is_undefined(to_complete_performance_index(100, 50, 100)));
    EXPECT_TRUE(test::is_undefined(to_complete_performance_index(100, 50, 80, 80.0)));
}

TEST(Evm, TcpiAgainstATargetEac) {
    // (BAC − EV)/(EAC − AC) = (200 − 125)/(240 − 150)
    EXPECT_TRUE(has_value(to_complete_performance_index(200, 125, 150, 240.0), 75.0 / 90.0));
}

TEST(Evm, EacMethods) {
    const Baseline f{1000, 300, 600, 500.0};
    EXPECT_TRUE(has_value(estimate_at_completion(EacMethod::cpi, f), 2000));        // 1000 / 0.5
    EXPECT_TRUE(has_value(estimate_at_completion(EacMethod::atypical, f), 1300));   // 600 + 700
    EXPECT_TRUE(has_value(estimate_at_completion(EacMethod::composite, f), 600 + 700 / (0.5 * 0.6)));
    EXPECT_TRUE(has_value(estimate_to_complete(EacMethod::cpi, f), 1400));
    EXPECT_TRUE(has_value(variance_at_completion(EacMethod::cpi, f), -1000));
}

TEST(Evm, EacKeepsFullPrecision) {
    // CPI = 1/3 exactly as a ratio; rounding it to 0.33 would give 3030.30…
    const Baseline f{1000, 100, 300, std::nullopt};
    EXPECT_TRUE(has_value(estimate_at_completion(EacMethod::cpi, f), 3000));
}

TEST(Evm, EacProblems) {
    EXPECT_TRUE(test::is_invalid(estimate_at_completion(EacMethod::composite, {1000, 300, 600, std::nullopt})));
    EXPECT_TRUE(test::is_undefined(estimate_at_completion(EacMethod::cpi, {1000, 0, 600, std::nullopt})));
    EXPECT_TRUE(test::is_undefined(estimate_at_completion(EacMethod::cpi, {1000, 10, 0, std::nullopt})));
    EXPECT_TRUE(test::is_undefined(estimate_at_completion(EacMethod::composite, {1000, 300, 600, 0.0})));
    EXPECT_TRUE(test::is_undefined(estimate_to_complete(EacMethod::cpi, {1000, 0, 600, std::nullopt})));
}

TEST(Evm, ParsesEacMethodNames) {
    EXPECT_EQ(*parse_eac_method(""), EacMethod::cpi);
    EXPECT_EQ(*parse_eac_method("CPI"), EacMethod::cpi);
    EXPECT_EQ(*parse_eac_method(" Atypical "), EacMethod::atypical);
    EXPECT_EQ(*parse_eac_method("ＣＯＭＰＯＳＩＴＥ"), EacMethod::composite);
    EXPECT_TRUE(test::is_invalid(parse_eac_method("bottom-up")));
}

}  // namespace
}  // namespace pmocalc::evm
