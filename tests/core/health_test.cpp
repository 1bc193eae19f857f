#include "core/health.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

TEST(Health, WorseIndexDecides) {
    const RagThresholds defaults;
    EXPECT_EQ(rag_status(1.1, 1.0, defaults), Rag::green);
    EXPECT_EQ(rag_status(1.1, 0.9, defaults), Rag::amber);
    EXPECT_EQ(rag_status(0.6, 1.3, defaults), Rag::red);
}

TEST(Health, BoundariesBelongToTheBetterColour) {
    const RagThresholds defaults;
    EXPECT_EQ(rag_status(0.95, 1.0, defaults), Rag::green);
    EXPECT_EQ(rag_status(0.85, 1.0, defaults), Rag::amber);
    EXPECT_EQ(rag_status(0.8499, 1.0, defaults), Rag::red);
}

TEST(Health, CustomThresholds) {
    const auto strict = make_rag_thresholds(1.0, 0.9);
    ASSERT_TRUE(strict.ok());
    EXPECT_EQ(rag_status(0.97, 1.0, *strict), Rag::amber);
    EXPECT_TRUE(test::is_invalid(make_rag_thresholds(0.8, 0.9)));
}

TEST(Health, Labels) {
    EXPECT_EQ(rag_label(Rag::green), "GREEN");
    EXPECT_EQ(rag_label(Rag::amber), "AMBER");
    EXPECT_EQ(rag_label(Rag::red), "RED");
}

}  // namespace
}  // namespace pmocalc
