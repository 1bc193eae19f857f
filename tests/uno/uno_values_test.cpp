// What Calc hands over as a range becomes the core's cells: texts of every
// script as UTF-8 exactly as LibreOffice's converter makes them (ASCII goes a
// faster way), empty strings blank, void an error.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <rtl/ustring.hxx>

#include "uno/uno_values.hpp"

namespace pmocalc::uno {
namespace {

using css::uno::Any;
using css::uno::Sequence;

TEST(UnoValues, TextsOfEveryScriptBecomeTheirUtf8) {
    const sal_Unicode with_nul[] = {'a', 0, 'b'};
    const std::vector<rtl::OUString> texts = {
        to_ouString("Task 1.2.3 design review of the payment gateway"),  // longer than a short string
        to_ouString("設計レビュー"),
        to_ouString("abc設計"),  // ASCII first, then not
        to_ouString("Café"),
        to_ouString("\xF0\x9F\x98\x80 emoji"),  // a surrogate pair in UTF-16
        rtl::OUString(with_nul, 3),             // an embedded NUL is ASCII too
        to_ouString("x"),
    };
    Sequence<Any> row(static_cast<sal_Int32>(texts.size()) + 3);
    for (std::size_t i = 0; i < texts.size(); ++i)
        row.getArray()[i] <<= texts[i];
    row.getArray()[texts.size()] <<= rtl::OUString();  // an empty cell
    row.getArray()[texts.size() + 1] <<= 2.5;
    // [texts.size() + 2] stays void: an error value in the cell
    const CellRange cells = to_cell_range(AnyGrid(&row, 1));
    ASSERT_EQ(cells.rows(), 1u);
    ASSERT_EQ(cells.columns(), texts.size() + 3);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const CellValue cell = cells[i];
        ASSERT_TRUE(std::holds_alternative<std::string_view>(cell)) << i;
        EXPECT_EQ(std::get<std::string_view>(cell), to_utf8(texts[i])) << i;
    }
    EXPECT_EQ(std::get<std::string_view>(cells[1]), "設計レビュー");
    EXPECT_EQ(std::get<std::string_view>(cells[2]), "abc設計");
    EXPECT_EQ(std::get<std::string_view>(cells[5]), std::string("a\0b", 3));
    EXPECT_TRUE(is_empty_cell(cells[texts.size()]));
    EXPECT_EQ(std::get<double>(cells[texts.size() + 1]), 2.5);
    EXPECT_TRUE(std::holds_alternative<CellError>(cells[texts.size() + 2]));
}

}  // namespace
}  // namespace pmocalc::uno
