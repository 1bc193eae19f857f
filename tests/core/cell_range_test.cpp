#include "core/cell_range.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

TEST(CellRange, KeepsEveryKindOfCellAsGiven) {
    const std::string long_text(100000, 'x');
    const std::string japanese = "設計レビュー";
    CellRange cells(2, 3, {1.5, std::string("a"), std::monostate{}, CellError{0x7FFF}, long_text, japanese});
    EXPECT_EQ(cells.rows(), 2u);
    EXPECT_EQ(cells.columns(), 3u);
    EXPECT_EQ(owned(cells[0]), Cell(1.5));
    EXPECT_EQ(owned(cells[1]), Cell(std::string("a")));
    EXPECT_EQ(cells.kind(2), CellKind::empty);
    EXPECT_EQ(cells.error(3).code, 0x7FFF);
    EXPECT_EQ(cells.text(4), long_text);
    EXPECT_EQ(cells.text(5), japanese);
    // Texts are held once, beside 9 bytes a cell.
    EXPECT_LT(cells.memory_bytes(), long_text.size() + japanese.size() + 6 * 9 + 64 + 4096);
    // An error's code may be learned after the bulk read; other cells stay as they are.
    cells.set_error_code(3, 524);
    cells.set_error_code(0, 524);
    EXPECT_EQ(error_name(cells.error(3)), "#REF!");
    EXPECT_EQ(cells.number(0), 1.5);
}

TEST(CellRange, ARaggedCountReadsAsOneColumn) {
    CellRange cells;
    cells.push_number(1);
    cells.push_number(2);
    cells.push_number(3);
    cells.shape(2, 2);
    EXPECT_EQ(cells.rows(), 3u);
    EXPECT_EQ(cells.columns(), 1u);
}

TEST(CellRange, SumIgnoresBlanksAndRejectsText) {
    const CellRange cells = CellRange::column({1.0, std::monostate{}, std::string(" "), 2.5});
    EXPECT_TRUE(test::has_value(sum_of({"ev", cells}), 3.5));
    const CellRange with_text = CellRange::column({1.0, std::string("n/a")});
    const auto sum = sum_of({"ev", with_text});
    ASSERT_TRUE(test::is_invalid(sum));
    EXPECT_EQ(sum.problem().reason(), "ev, row 2: a number is needed, found text \"n/a\"");
}

TEST(CellRange, AllBlankIsNotZero) {
    EXPECT_TRUE(test::is_invalid(sum_of({"pv", CellRange::column({std::monostate{}, std::string()})})));
}

TEST(CellRange, PositionsNameRowsAndColumns) {
    const CellRange grid(2, 3, std::vector<Cell>(6, 1.0));
    EXPECT_EQ(grid.position(4).render(Language::en), "row 2, column 2");
    EXPECT_EQ(CellRange(1, 3, std::vector<Cell>(3, 1.0)).position(2).render(Language::en), "column 3");
    EXPECT_EQ(CellRange::column({1.0, 2.0}).position(1).render(Language::en), "row 2");
}

TEST(CellRange, SingleNumberMustBeExactlyOne) {
    EXPECT_TRUE(test::has_value(single_number_of({"at", CellRange::column({std::monostate{}, 5.0})}), 5));
    EXPECT_TRUE(test::is_invalid(single_number_of({"at", CellRange::column({5.0, 6.0})})));
    EXPECT_TRUE(test::is_invalid(single_number_of({"at", CellRange::single(std::monostate{})})));
    EXPECT_TRUE(test::is_invalid(single_number_of({"at", CellRange::single(std::string("5"))})));
}

TEST(CellRange, TextsRejectNumbers) {
    const auto texts = texts_of({"types", CellRange::column({std::string("threat"), std::monostate{}})});
    ASSERT_TRUE(texts.ok());
    EXPECT_EQ((*texts)[0], "threat");
    EXPECT_EQ((*texts)[1], "");
    EXPECT_TRUE(test::is_invalid(texts_of({"types", CellRange::single(3.0)})));
}

TEST(CellRange, DatesAreShiftedAndChecked) {
    EXPECT_EQ(*day_from_serial(45663.75, 0), 45663);
    EXPECT_EQ(*day_from_serial(44201, 1462), 45663);  // a 1904-based serial
    EXPECT_TRUE(test::is_invalid(day_from_serial(5e9, 0)));
    EXPECT_TRUE(test::is_invalid(day_from_serial(-2e5, 0)));
    EXPECT_TRUE(test::is_invalid(day_from_serial(0, 0)));     // a blank cell
    EXPECT_TRUE(test::is_invalid(day_from_serial(0, 1462)));  // also under a 1904 null date
    // Date cells and date text share one range: 1900-01-01 … 2199-12-31.
    EXPECT_TRUE(test::is_invalid(day_from_serial(1, 0)));  // 1899-12-31
    EXPECT_EQ(*day_from_serial(2, 0), test::date(1900, 1, 1));
    EXPECT_EQ(*day_from_serial(18264, 0), test::date(1950, 1, 1));
    EXPECT_EQ(*day_from_serial(109574.9, 0), test::date(2199, 12, 31));
    EXPECT_TRUE(test::is_invalid(day_from_serial(109575, 0)));
    EXPECT_EQ(first_plausible_day, test::date(1900, 1, 1));
    EXPECT_EQ(last_plausible_day, test::date(2199, 12, 31));
}

}  // namespace
}  // namespace pmocalc
