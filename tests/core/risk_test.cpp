#include "core/risk.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

TEST(Risk, ExposureIsProbabilityTimesImpact) {
    EXPECT_TRUE(test::has_value(risk_exposure(0.3, 1000), 300));
    EXPECT_TRUE(test::is_invalid(risk_exposure(1.5, 1000)));
    EXPECT_TRUE(test::is_invalid(risk_exposure(-0.1, 1000)));
    EXPECT_TRUE(test::is_invalid(risk_exposure(0.3, -1)));
}

TEST(Risk, EmvSignFollowsTheKind) {
    EXPECT_TRUE(test::has_value(expected_monetary_value(0.5, 200, RiskKind::threat), -100));
    EXPECT_TRUE(test::has_value(expected_monetary_value(0.5, 200, RiskKind::opportunity), 100));
}

TEST(Risk, KindsInEnglishAndJapanese) {
    EXPECT_EQ(*parse_risk_kind(""), RiskKind::threat);
    EXPECT_EQ(*parse_risk_kind("Threat"), RiskKind::threat);
    EXPECT_EQ(*parse_risk_kind("脅威"), RiskKind::threat);
    EXPECT_EQ(*parse_risk_kind("OPPORTUNITY"), RiskKind::opportunity);
    EXPECT_EQ(*parse_risk_kind("好機"), RiskKind::opportunity);
    EXPECT_EQ(*parse_risk_kind(" 機会 "), RiskKind::opportunity);
    EXPECT_TRUE(test::is_invalid(parse_risk_kind("issue")));
}

}  // namespace
}  // namespace pmocalc
