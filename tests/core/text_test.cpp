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

TEST(OneLine, LineBreaksAndRunsOfSpaceBecomeOneSpace) {
    EXPECT_EQ(one_line("Planned Start\nDate"), "Planned Start Date");
    EXPECT_EQ(one_line(" %Actual \r\nCompletion\t"), "%Actual Completion");
    EXPECT_EQ(one_line("予定\n開始日"), "予定 開始日");
    EXPECT_EQ(one_line("\n \t"), "");
    EXPECT_EQ(one_line("ID"), "ID");
}

TEST(Excerpt, ShortTextsStayAsTheyAre) {
    EXPECT_EQ(excerpt("Design review", 13), "Design review");
    EXPECT_EQ(excerpt("設計レビュー", 6), "設計レビュー");  // 18 bytes, 6 characters
    EXPECT_EQ(excerpt(""), "");
}

TEST(Excerpt, LongTextsEndWithAnEllipsisWithinTheLimit) {
    EXPECT_EQ(excerpt("Design review", 7), "Design\u2026");
    EXPECT_EQ(excerpt("設計レビュー会議", 4), "設計レ\u2026");
    const std::string huge(100000, 'x');
    EXPECT_EQ(excerpt(huge), std::string(display_text_limit - 1, 'x') + "\u2026");
    EXPECT_EQ(excerpt("abc", 0), "");
}

TEST(Excerpt, NeverCutsACharacterInTwo) {
    // "é" is two bytes: a limit that would fall inside it cuts before it.
    EXPECT_EQ(excerpt("aébc", 3), "a\u00e9\u2026");
    EXPECT_EQ(excerpt("\xff\xfe\xfd\xfc", 2), "\xff\u2026");
}

}  // namespace
}  // namespace pmocalc
