#include "core/text.hpp"

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

TEST(NormalizeLabel, FoldsCaseWidthAndSpaces) {
    EXPECT_EQ(normalize_label("  Percent   Complete "), "percent complete");
    EXPECT_EQ(normalize_label("ＳＰＩ"), "spi");
    EXPECT_EQ(normalize_label("進捗率（％）"), "進捗率(%)");
    EXPECT_EQ(normalize_label("\u3000脅威\u3000"), "脅威");
    EXPECT_EQ(normalize_label("Ｔｈｒｅａｔ"), "threat");
}

TEST(NormalizeLabel, KeepsInvalidUtf8Bytes) { EXPECT_EQ(normalize_label("a\xff"), "a\xff"); }

TEST(IsBlank, OnlyWhiteSpace) {
    EXPECT_TRUE(is_blank(""));
    EXPECT_TRUE(is_blank(" \t\u3000"));
    EXPECT_FALSE(is_blank(" x "));
}

}  // namespace
}  // namespace pmocalc
