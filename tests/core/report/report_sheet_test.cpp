#include "core/report/report_sheet.hpp"

#include <gtest/gtest.h>

namespace pmocalc::report {
namespace {

TEST(WrapText, BreaksAtSpacesWithinTheWidth) {
    const auto lines = wrap_text("one two three four five six seven eight nine ten", 40);
    ASSERT_GT(lines.size(), 1u);
    for (const std::string& line : lines) {
        EXPECT_LE(text_width_mm(line), 40 * 1.2) << line;  // the estimate's own width is conservative
        EXPECT_NE(line.front(), ' ');
        EXPECT_NE(line.back(), ' ');
    }
    std::string joined;
    for (const std::string& line : lines)
        joined += (joined.empty() ? "" : " ") + line;
    EXPECT_EQ(joined, "one two three four five six seven eight nine ten");
}

TEST(WrapText, JapaneseBreaksBetweenCharactersButNotBeforeClosingMarksOrInsideANumber) {
    const std::string text = "評価対象9件中2件がRED：P10 ID管理基盤（IAM）導入（SPI 0.80、CPI 0.78、70営業日遅れ、期限超過の課題4件）。";
    const auto lines = wrap_text(text, 60, true);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const std::string& line : lines) {
        for (const char* mark : {"、", "。", "）", "："})
            EXPECT_FALSE(line.starts_with(mark)) << line;
        joined += line;
    }
    const auto without_spaces = [](std::string t) { return std::erase(t, ' '), t; };
    EXPECT_EQ(without_spaces(joined), without_spaces(text)) << "nothing lost, nothing added (a space at a break goes)";
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        EXPECT_FALSE(std::isdigit(static_cast<unsigned char>(lines[i].back())) && lines[i + 1].starts_with("件"))
            << "a number stays with its counter";
}

TEST(FitText, CutsWithAnEllipsisOnlyWhenLonger) {
    EXPECT_EQ(fit_text("Web shop", 50), "Web shop");
    const std::string cut = fit_text("Identity and access management programme", 30);
    EXPECT_TRUE(cut.ends_with("…"));
    EXPECT_TRUE(std::string("Identity and access management programme").starts_with(cut.substr(0, cut.size() - 3)));
    EXPECT_TRUE(fit_text("ID管理基盤（IAM）導入プロジェクト", 30, true).ends_with("…"));
}

TEST(AmountText, GroupsThousandsWithOneDecimal) {
    EXPECT_EQ(amount_text(1234.56), "1,234.6");
    EXPECT_EQ(amount_text(0), "0.0");
    EXPECT_EQ(amount_text(-19755.5), "-19,755.5");
    EXPECT_EQ(amount_text(999999.96), "1,000,000.0");
}

}  // namespace
}  // namespace pmocalc::report
