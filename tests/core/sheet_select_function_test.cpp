// PMO_SELECT as Calc calls it: rows, blanks, the optional people limit, errors.
#include "core/sheet_functions.hpp"

#include "test_support.hpp"

namespace pmocalc::sheet {
namespace {

using test::fails_with;
using test::is_invalid;

const Cell blank = std::monostate{};

CellRange column(std::vector<Cell> cells) { return CellRange::column(cells); }
CellRange one(double number) { return CellRange::single(number); }

std::vector<double> values_of(const Outcome<SheetArray>& array) {
    std::vector<double> out;
    EXPECT_TRUE(array.ok()) << array.problem().reason();
    if (array)
        for (const auto& value : array->values)
            out.push_back(value.value_or(-999));
    return out;
}

TEST(SheetSelect, GreedyByRatioIsWrongTheFunctionIsNot) {
    // Budget 10: C has the best value per cost (10/6) but leaves no room;
    // A + B (cost 10, value 12) is the optimum.
    EXPECT_EQ(values_of(select(column({6.0, 6.0, 10.0}), column({5.0, 5.0, 6.0}), one(10), std::nullopt, std::nullopt)),
              (std::vector<double>{1, 1, 0}));
}

TEST(SheetSelect, BlankRowsStayBlankAndTiesGoToTheFirstRow) {
    // Rows 1 and 3 are equal (value 5, cost 5), room for one: row 1. Row 2 blank.
    EXPECT_EQ(values_of(select(column({5.0, blank, 5.0}), column({5.0, blank, 5.0}), one(5), std::nullopt,
                               std::nullopt)),
              (std::vector<double>{1, -999, 0}));
}

TEST(SheetSelect, PeopleLimit) {
    // Budget 100 holds all three; 5 people hold A (3) + C (2): value 9 beats B's 8.
    const CellRange values = column({5.0, 8.0, 4.0});
    const CellRange costs = column({10.0, 10.0, 10.0});
    EXPECT_EQ(values_of(select(values, costs, one(100), column({3.0, 4.0, 2.0}), one(5))),
              (std::vector<double>{1, 0, 1}));
    // People without a limit, and a limit without people, are mistakes, not a silent "no limit".
    EXPECT_TRUE(is_invalid(select(values, costs, one(100), column({3.0, 4.0, 2.0}), std::nullopt)));
    EXPECT_TRUE(is_invalid(select(values, costs, one(100), std::nullopt, one(5))));
    EXPECT_TRUE(is_invalid(select(values, costs, one(100), column({3.0, 4.0}), one(5))));
    EXPECT_TRUE(is_invalid(select(values, costs, one(100), column({3.0, -1.0, 2.0}), one(5))));
}

TEST(SheetSelect, BadInputNamesTheCell) {
    const auto negative = select(column({1.0, -2.0}), column({1.0, 1.0}), one(5), std::nullopt, std::nullopt);
    ASSERT_TRUE(is_invalid(negative));
    EXPECT_NE(negative.problem().reason().find("values, row 2"), std::string::npos) << negative.problem().reason();
    const auto text_cost = select(column({1.0, 2.0}), column({1.0, std::string("abc")}), one(5), std::nullopt,
                                  std::nullopt);
    ASSERT_TRUE(is_invalid(text_cost));
    EXPECT_NE(text_cost.problem().reason().find("costs"), std::string::npos) << text_cost.problem().reason();
    EXPECT_TRUE(is_invalid(select(column({1.0, 2.0}), column({1.0, blank}), one(5), std::nullopt, std::nullopt)));
    EXPECT_TRUE(is_invalid(select(column({1.0}), column({1.0}), one(-1), std::nullopt, std::nullopt)));
    EXPECT_TRUE(is_invalid(select(column({1.0, 2.0}), column({1.0}), one(5), std::nullopt, std::nullopt)));
    EXPECT_TRUE(is_invalid(select(column({blank}), column({blank}), one(5), std::nullopt, std::nullopt)));
}

TEST(SheetSelect, ZeroBudgetChoosesNothingThatCosts) {
    EXPECT_EQ(values_of(select(column({3.0, 2.0}), column({1.0, 0.0}), one(0), std::nullopt, std::nullopt)),
              (std::vector<double>{0, 1}));
}

}  // namespace
}  // namespace pmocalc::sheet
