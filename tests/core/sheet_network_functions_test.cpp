// PMO_DURATION, PMO_FLOAT, PMO_FREEFLOAT, PMO_MCDURATION, PMO_MCPROB and
// PMO_CRITICALITY as Calc calls them: rows, blanks, shapes and errors.
#include "core/sheet_functions.hpp"

#include "test_support.hpp"

namespace pmocalc::sheet {
namespace {

using test::has_value;
using test::is_invalid;

const Cell blank = std::monostate{};

CellRange column(std::vector<Cell> cells) { return CellRange::column(cells); }

// Hillier & Lieberman's Reliable Construction project (schedule_network_test.cpp), ids as numbers 1..14.
const CellRange ids = column({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0});
const CellRange durations = column({2.0, 4.0, 10.0, 6.0, 4.0, 5.0, 7.0, 9.0, 7.0, 8.0, 4.0, 5.0, 2.0, 6.0});
const CellRange predecessors =
    column({blank, 1.0, 2.0, 3.0, 3.0, 5.0, 4.0, std::string("5;7"), 3.0, std::string("6、9"), 10.0, 10.0, 8.0,
            std::string("11,12")});

std::vector<double> values_of(const Outcome<SheetArray>& array) {
    std::vector<double> out;
    EXPECT_TRUE(array.ok()) << array.problem().reason();
    if (array)
        for (const auto& value : array->values)
            out.push_back(value.value_or(-999));
    return out;
}

TEST(SheetNetwork, DurationAndFloatsOfTheTextbookProject) {
    EXPECT_TRUE(has_value(duration(ids, durations, predecessors), 44));
    EXPECT_EQ(values_of(totalfloat(ids, durations, predecessors)),
              (std::vector<double>{0, 0, 0, 4, 0, 0, 4, 4, 2, 0, 1, 0, 4, 0}));
    EXPECT_EQ(values_of(freefloat(ids, durations, predecessors)),
              (std::vector<double>{0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 1, 0, 4, 0}));
}

TEST(SheetNetwork, BlankRowsAreSkippedAndStayBlankInArrays) {
    const CellRange i = column({std::string("A"), blank, std::string("B"), blank});
    const CellRange d = column({3.0, blank, 2.0, blank});
    const CellRange p = column({blank, blank, std::string("A FS+1"), blank});
    EXPECT_TRUE(has_value(duration(i, d, p), 6));
    const auto floats = totalfloat(i, d, p);
    ASSERT_TRUE(floats.ok());
    EXPECT_EQ(floats->rows, 3u);  // up to the last task
    EXPECT_EQ(floats->columns, 1u);
    EXPECT_FALSE(floats->values[1].has_value());
    EXPECT_EQ(floats->values[2], 0.0);
}

TEST(SheetNetwork, ArraysTakeTheShapeOfTheIds) {
    const CellRange row(1, 3, {std::string("a"), std::string("b"), std::string("c")});
    const CellRange d(1, 3, {1.0, 2.0, 3.0});
    const CellRange p(1, 3, {blank, std::string("a"), std::string("a")});
    const auto floats = totalfloat(row, d, p);
    ASSERT_TRUE(floats.ok());
    EXPECT_EQ(floats->rows, 1u);
    EXPECT_EQ(floats->columns, 3u);
    EXPECT_EQ(values_of(floats), (std::vector<double>{0, 1, 0}));
}

std::string reason(const Outcome<double>& outcome) { return outcome ? "" : outcome.problem().reason(); }

TEST(SheetNetwork, BadInputNamesTheArgumentAndRow) {
    const CellRange i = column({1.0, 2.0, 3.0});
    const CellRange d = column({1.0, 1.0, 1.0});
    EXPECT_EQ(reason(duration(i, d, column({blank, 1.0, std::string("9")}))),
              "predecessors, row 3: \"9\" is neither a task ID nor ID[FS|SS|FF|SF][+/-lag], e.g. 3FS+2");
    EXPECT_EQ(reason(duration(i, d, column({3.0, 1.0, 2.0}))),
              "predecessors, row 1: the predecessors form a cycle: 1 \u2192 2 \u2192 3 \u2192 1");
    EXPECT_EQ(reason(duration(column({1.0, 2.0, 1.0}), d, column({blank, blank, blank}))),
              "ids, row 3: the ID \"1\" is used by more than one task");
    EXPECT_EQ(reason(duration(column({1.0, blank, 3.0}), d, column({blank, blank, blank}))),
              "ids, row 2: a task needs an ID");
    EXPECT_EQ(reason(duration(i, column({1.0, blank, 1.0}), column({blank, blank, blank}))),
              "durations, row 2: the task has no duration");
    EXPECT_EQ(reason(duration(i, column({1.0, -1.0, 1.0}), column({blank, blank, blank}))),
              "durations, row 2: durations must not be negative nor longer than 1000000 working days, got -1");
    EXPECT_EQ(reason(duration(i, column({1.0, std::string("x"), 1.0}), column({blank, blank, blank}))),
              "durations, row 2: a number is needed, found text \"x\"");
    EXPECT_EQ(reason(duration(i, d, column({blank, CellError{504}, blank}))), "predecessors, row 2: the error Err:504");
    EXPECT_EQ(reason(duration(i, d, column({blank, 3.5, blank}))),
              "predecessors, row 2: the number 3.5 is not a task ID: type several IDs as text, e.g. 3;5");
    EXPECT_TRUE(is_invalid(duration(i, d, column({blank, blank}))));  // sizes differ
    EXPECT_EQ(reason(duration(column({blank}), column({blank}), column({blank}))),
              "ids: no task given (all rows are blank)");
}

TEST(SheetNetwork, DecimalIdsMatchTheirText) {
    // A WBS code typed as the number 1.1 is the task "1.1".
    EXPECT_TRUE(has_value(duration(column({1.0, 1.1}), column({2.0, 3.0}), column({blank, 1.0})), 5));
    EXPECT_TRUE(has_value(duration(column({1.1, 2.0}), column({2.0, 3.0}), column({blank, 1.1})), 5));
}

const CellRange three_ids = column({std::string("a"), std::string("b"), std::string("c"), std::string("d")});
const CellRange optimistic = column({80.0, 80.0, 80.0, 80.0});
const CellRange likely = column({100.0, 100.0, 100.0, 100.0});
const CellRange pessimistic = column({120.0, 120.0, 120.0, 120.0});
const CellRange parallel = column({blank, blank, blank, blank});
const ThreePointRanges four_parallel{three_ids, optimistic, likely, pessimistic, parallel};
const Optional omitted;

TEST(SheetMonteCarlo, MergeBiasAndDeterminism) {
    // P(finish ≤ 100) = 0.5⁴ for four parallel triangular(80, 100, 120) tasks; 4 standard errors at N = 10,000.
    const auto p = mcprobability(four_parallel, CellRange::single(100.0), omitted, omitted);
    ASSERT_TRUE(p.ok());
    EXPECT_NEAR(*p, 0.0625, 4 * std::sqrt(0.0625 * 0.9375 / 10000));
    EXPECT_EQ(*p, *mcprobability(four_parallel, CellRange::single(100.0), omitted, omitted));  // recalc: same value
    const auto other_seed = mcprobability(four_parallel, CellRange::single(100.0), omitted, CellRange::single(99.0));
    EXPECT_NE(*p, *other_seed);
    const auto p80 = mcduration(four_parallel, CellRange::single(0.8), CellRange::single(2000.0), omitted);
    ASSERT_TRUE(p80.ok());
    EXPECT_GT(*p80, 100);
    EXPECT_LT(*p80, 120);
    const auto critical = criticality(four_parallel, omitted, omitted);
    for (double share : values_of(critical))
        EXPECT_NEAR(share, 0.25, 4 * std::sqrt(0.25 * 0.75 / 10000));
}

TEST(SheetMonteCarlo, FixedEstimatesGiveTheCriticalPathExactly) {
    const ThreePointRanges fixed{ids, durations, durations, durations, predecessors};
    EXPECT_TRUE(has_value(mcduration(fixed, CellRange::single(0.95), omitted, omitted), 44));
    EXPECT_TRUE(has_value(mcprobability(fixed, CellRange::single(44.0), omitted, omitted), 1));
    EXPECT_EQ(values_of(criticality(fixed, omitted, omitted)),
              (std::vector<double>{1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 1}));
}

TEST(SheetMonteCarlo, BadArguments) {
    EXPECT_EQ(reason(mcduration(four_parallel, CellRange::single(80.0), omitted, omitted)),
              "the percentile must lie in 0..1 (0% … 100%), got 80");
    EXPECT_EQ(reason(mcduration(four_parallel, CellRange::single(0.5), CellRange::single(10.0), omitted)),
              "iterations must be a whole number from 100 to 1000000, got 10");
    EXPECT_EQ(reason(mcduration(four_parallel, CellRange::single(0.5), omitted, CellRange::single(-1.0))),
              "the seed must be a whole number from 0 to 2^53, got -1");
    const CellRange reversed = column({120.0, 80.0, 80.0, 80.0});
    EXPECT_EQ(reason(mcduration({three_ids, reversed, likely, pessimistic, parallel}, CellRange::single(0.5), omitted,
                                omitted)),
              "likely, row 1: optimistic 120, most likely 100 and pessimistic 120 must be in this order, none negative");
    std::vector<Cell> many_ids, many_values, no_links;
    for (int t = 0; t < 1000; ++t) {
        many_ids.emplace_back(double(t + 1));
        many_values.emplace_back(1.0);
        no_links.emplace_back(blank);
    }
    const CellRange big_ids = column(many_ids), big_values = column(many_values), big_links = column(no_links);
    EXPECT_EQ(reason(mcduration({big_ids, big_values, big_values, big_values, big_links}, CellRange::single(0.5),
                                CellRange::single(1000000.0), omitted)),
              "1000000 iterations over 1000 tasks and links is more work than one cell may ask (at most 500000000 "
              "task-iterations)");
}

}  // namespace
}  // namespace pmocalc::sheet
