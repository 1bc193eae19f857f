#include "core/reading/value_words.hpp"

#include <vector>

#include "../test_support.hpp"
#include "../workbook_builder.hpp"

namespace pmocalc {
namespace {

using namespace test;

TEST(ValueWords, FivePointLikelihoodWords) {
    EXPECT_EQ(rating_word("Rare")->level, 1);
    EXPECT_EQ(rating_word("Unlikely")->level, 2);
    EXPECT_EQ(rating_word("Possible")->level, 3);
    EXPECT_EQ(rating_word("Likely")->level, 4);
    EXPECT_EQ(rating_word("Almost Certain")->level, 5);
    EXPECT_EQ(rating_word("ALMOST_CERTAIN")->level, 5);
    EXPECT_FALSE(rating_word("Almost Certain")->three_point);
    EXPECT_EQ(rating_word("Very Low")->level, 1);
    EXPECT_EQ(rating_word("Very High")->level, 5);
    EXPECT_FALSE(rating_word("Very High")->three_point);
    EXPECT_EQ(rating_word("極小")->level, 1);
    EXPECT_EQ(rating_word("非常に高い")->level, 5);
}

TEST(ValueWords, LowMediumHighAreAThreePointScale) {
    for (const char* low : {"Low", "L", "低", "小"}) {
        const auto word = rating_word(low);
        ASSERT_TRUE(word) << low;
        EXPECT_EQ(word->level, 2) << low;
        EXPECT_TRUE(word->three_point) << low;
    }
    for (const char* medium : {"Medium", "Med", "中", "中程度"}) {
        const auto word = rating_word(medium);
        ASSERT_TRUE(word) << medium;
        EXPECT_EQ(word->level, 3) << medium;
        EXPECT_TRUE(word->three_point) << medium;
    }
    for (const char* high : {"High", "H", "高", "大"}) {
        const auto word = rating_word(high);
        ASSERT_TRUE(word) << high;
        EXPECT_EQ(word->level, 4) << high;
        EXPECT_TRUE(word->three_point) << high;
    }
}

TEST(ValueWords, NumbersAndOtherWordsAreNoRatingWords) {
    EXPECT_EQ(rating_word("3"), std::nullopt);
    EXPECT_EQ(rating_word("50%"), std::nullopt);
    EXPECT_EQ(rating_word("Maybe"), std::nullopt);
    EXPECT_EQ(rating_word(""), std::nullopt);
}

TEST(ValueWords, ProbabilityBandsReadAsTheirMidpoints) {
    EXPECT_DOUBLE_EQ(*probability_band("75% to 100%"), 0.875);
    EXPECT_DOUBLE_EQ(*probability_band("50-75%"), 0.625);
    EXPECT_DOUBLE_EQ(*probability_band("20%-40%"), 0.3);
    EXPECT_DOUBLE_EQ(*probability_band("0〜20%"), 0.1);
    EXPECT_DOUBLE_EQ(*probability_band("０～２０％"), 0.1);
    EXPECT_DOUBLE_EQ(*probability_band("< 10%"), 0.05);
    EXPECT_DOUBLE_EQ(*probability_band("> 90%"), 0.95);
    EXPECT_DOUBLE_EQ(*probability_band("Under 10%"), 0.05);
}

TEST(ValueWords, APercentAloneOrAReversedRangeIsNoBand) {
    EXPECT_EQ(probability_band("75%"), std::nullopt);  // a number, read as one
    EXPECT_EQ(probability_band("80% to 60%"), std::nullopt);
    EXPECT_EQ(probability_band("10 to 20"), std::nullopt);  // no percent: days, not a probability
    EXPECT_EQ(probability_band("50% to 150%"), std::nullopt);
}

TEST(ValueWords, StatusWords) {
    EXPECT_EQ(status_word("In Progress"), StatusWord::in_progress);
    EXPECT_EQ(status_word("IN_PROGRESS"), StatusWord::in_progress);
    EXPECT_EQ(status_word("Monitoring"), StatusWord::in_progress);
    EXPECT_EQ(status_word("対策中"), StatusWord::in_progress);
    EXPECT_EQ(status_word("対応中"), StatusWord::in_progress);
    EXPECT_EQ(status_word("保留"), StatusWord::on_hold);
    EXPECT_EQ(status_word("On Hold"), StatusWord::on_hold);
    EXPECT_EQ(status_word("完了"), StatusWord::done);
    EXPECT_EQ(status_word("Closed"), StatusWord::done);
    EXPECT_EQ(status_word("対応済み"), StatusWord::done);
    EXPECT_EQ(status_word("Cancelled"), StatusWord::cancelled);
    EXPECT_EQ(status_word("却下"), StatusWord::cancelled);
    EXPECT_EQ(status_word("Not Started"), StatusWord::not_started);
    EXPECT_EQ(status_word("未着手"), StatusWord::not_started);
    EXPECT_EQ(status_word("Open"), StatusWord::not_started);
    EXPECT_EQ(status_word("Green"), std::nullopt);
}

TEST(ValueWords, DoneAndCancelledAreClosed) {
    EXPECT_TRUE(is_closed_word("Closed"));
    EXPECT_TRUE(is_closed_word("完了"));
    EXPECT_TRUE(is_closed_word("Rejected"));
    EXPECT_FALSE(is_closed_word("Open"));
    EXPECT_FALSE(is_closed_word("対応中"));
    EXPECT_FALSE(is_closed_word("保留"));
    EXPECT_FALSE(is_closed_word(""));
}

TEST(ValueWords, BlankMarks) {
    for (const char* mark : {"-", "—", "N/A", "n/a", "Ｎ／Ａ", "TBD", "未定", "なし", "→", " - "})
        EXPECT_TRUE(is_blank_mark(mark)) << mark;
    for (const char* value : {"", "0", "No", "-5", "未着手", "Ann"})
        EXPECT_FALSE(is_blank_mark(value)) << value;
    const std::string padded = std::string(30, ' ') + "TBD" + std::string(30, ' ');
    EXPECT_TRUE(is_blank_mark(padded)) << "a mark padded past the length limit is still a mark";
    EXPECT_FALSE(is_blank_mark(std::string(30, ' ')));
}

TEST(ValueWords, DurationsTypedAsText) {
    EXPECT_EQ(read_duration_text("2 days")->days, 2);
    EXPECT_EQ(read_duration_text("1 month")->days, 20);  // the longest unit: no "h"
    EXPECT_FALSE(read_duration_text("1 month")->hours);
    EXPECT_EQ(read_duration_text("2d")->days, 2);
    EXPECT_EQ(read_duration_text("1日")->days, 1);
    EXPECT_EQ(read_duration_text("１日")->days, 1);
    EXPECT_EQ(read_duration_text("0.5人日")->days, 0.5);
    EXPECT_EQ(read_duration_text("3日間")->days, 3);
    EXPECT_EQ(read_duration_text("2w")->days, 10);
    EXPECT_EQ(read_duration_text("2週間")->days, 10);
    EXPECT_EQ(read_duration_text("1 mon")->days, 20);
    EXPECT_EQ(read_duration_text("2 months")->days, 40);
    EXPECT_EQ(read_duration_text("5 days?")->days, 5);  // MS Project's estimate
    EXPECT_EQ(read_duration_text("3 edays")->days, 3);
}

TEST(ValueWords, DurationsInHoursAreEightHoursADay) {
    const auto sixteen = read_duration_text("16h");
    ASSERT_TRUE(sixteen);
    EXPECT_EQ(sixteen->days, 2);
    EXPECT_TRUE(sixteen->hours);
    EXPECT_EQ(read_duration_text("4 hrs")->days, 0.5);
    EXPECT_EQ(read_duration_text("12時間")->days, 1.5);
    EXPECT_FALSE(read_duration_text("2 days")->hours);
}

TEST(ValueWords, ADurationRangeIsItsMidpoint) {
    const auto range = read_duration_text("3-5 days");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->days, 4);
    EXPECT_TRUE(range->range);
    EXPECT_EQ(read_duration_text("2〜4日")->days, 3);
    EXPECT_FALSE(read_duration_text("4 days")->range);
}

TEST(ValueWords, TextsThatAreNoDuration) {
    // A bare number is read as a number, elsewhere.
    for (const char* text : {"3", "", "days", "5-3 days", "a few days", "2025/01/06"})
        EXPECT_EQ(read_duration_text(text), std::nullopt) << text;
}

TEST(ValueWords, ChangeStatesConstraintsAndTestResults) {
    EXPECT_EQ(change_state("承認済み"), ChangeState::approved);
    EXPECT_EQ(change_state("Rejected"), ChangeState::rejected);
    EXPECT_EQ(change_state("審査中"), ChangeState::pending);
    EXPECT_EQ(change_state(""), ChangeState::pending);
    EXPECT_EQ(constraint_kind("Must Finish On"), ConstraintKind::hard);
    EXPECT_EQ(constraint_kind("ASAP"), ConstraintKind::soft);
    EXPECT_EQ(constraint_kind("someday"), std::nullopt);
    EXPECT_EQ(test_outcome("OK"), TestOutcome::pass);
    EXPECT_EQ(test_outcome("NG"), TestOutcome::fail);
    EXPECT_EQ(test_outcome("未実施"), TestOutcome::none);
}

TEST(ValueWords, YesNoMarks) {
    EXPECT_EQ(done_mark("済"), true);
    EXPECT_EQ(done_mark("○"), true);
    EXPECT_EQ(done_mark("×"), false);
    EXPECT_EQ(done_mark("-"), false);
    EXPECT_EQ(done_mark("maybe"), std::nullopt);
    EXPECT_TRUE(is_milestone_word("◆"));
    EXPECT_FALSE(is_milestone_word("No"));
    EXPECT_FALSE(is_milestone_word(""));
    EXPECT_EQ(candidate_mark("候補"), true);
    EXPECT_EQ(candidate_mark("対象外"), false);
    EXPECT_EQ(candidate_mark("later"), std::nullopt);
}

// The probabilities of a risk register whose Likelihood column holds these cells.
std::vector<double> probabilities(const std::vector<Cell>& likelihoods) {
    std::vector<Row> rows{{s("Risk ID"), s("Risk"), s("Likelihood"), s("Impact"), s("Status")}};
    for (std::size_t i = 0; i < likelihoods.size(); ++i)
        rows.push_back({static_cast<double>(i + 1), s("a risk"), likelihoods[i], 100.0, s("Open")});
    Workbook wb;
    wb.sheets.push_back(make_sheet("Risks", rows));
    const Portfolio p = read_portfolio(wb, {});
    std::vector<double> out;
    for (const RiskEntry& risk : p.risks)
        out.push_back(risk.probability);
    return out;
}

void expect_near_all(const std::vector<double>& actual, const std::vector<double>& expected) {
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], 1e-12) << "row " << i;
}

TEST(ValueWords, AOneToFiveScaleReadsAsTheMiddleOfEachFifth) {
    expect_near_all(probabilities({1.0, 3.0, 5.0, 2.0}), {0.1, 0.5, 0.9, 0.3});
}

TEST(ValueWords, FivePointWordsReadAsTheMiddleOfEachFifth) {
    expect_near_all(probabilities({s("Rare"), s("Possible"), s("Almost Certain")}), {0.1, 0.5, 0.9});
}

TEST(ValueWords, LowMediumHighAloneReadAsThirds) {
    expect_near_all(probabilities({s("低"), s("中"), s("高")}), {1.0 / 6, 0.5, 5.0 / 6});
}

TEST(ValueWords, LowBesideVeryHighReadsOnTheFivePointScale) {
    expect_near_all(probabilities({s("Low"), s("Very High")}), {0.3, 0.9});
}

TEST(ValueWords, BandsInARegisterReadAsTheirMidpoints) {
    expect_near_all(probabilities({s("75% to 100%"), s("0〜20%"), s("30%")}), {0.875, 0.1, 0.3});
}

}  // namespace
}  // namespace pmocalc
