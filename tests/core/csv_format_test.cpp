#include "core/csv_format.hpp"

#include <gtest/gtest.h>

#include <string>

namespace pmocalc {
namespace {

TEST(CsvFormat, Encodings) {
    EXPECT_EQ(detect_csv_format("ID,Task\n1,Build\n")->encoding, TextEncoding::utf8);
    EXPECT_EQ(detect_csv_format("\xEF\xBB\xBF" "タスク名,予算\n設計,5\n")->encoding, TextEncoding::utf8);
    // タスク名,予算 in Shift-JIS (Windows-31J), as Japanese Excel saves a CSV.
    const std::string sjis = "\x83\x5E\x83\x58\x83\x4E\x96\xBC,\x97\x5C\x8E\x5A\n\x90\xDD\x8C\x76,5\n";
    EXPECT_EQ(detect_csv_format(sjis)->encoding, TextEncoding::windows_31j);
    const std::string utf16{"\xFF\xFE" "I\0D\0,\0T\0\n\0", 12};
    EXPECT_EQ(detect_csv_format(utf16)->encoding, TextEncoding::utf16);
    EXPECT_EQ(detect_csv_format(utf16)->separator, ',');
    // A few stray bytes in UTF-8 are tolerated (and counted); Latin-1 text is not guessed.
    EXPECT_EQ(detect_csv_format("ID,Task\n1,Des\xFFign\n2,Build\n")->invalid_bytes, 1u);
    EXPECT_EQ(detect_csv_format("Caf\xE9,R\xE9sum\xE9,Na\xEFve,Fa\xE7" "ade,\xC9t\xE9\n"), std::nullopt);
}

// Found by fuzz_typed_text: a big-endian BOM alone was read past its end (std::out_of_range).
TEST(CsvFormat, AByteOrderMarkAlone) {
    EXPECT_EQ(detect_csv_format("\xFE\xFF")->encoding, TextEncoding::utf16);
    EXPECT_EQ(detect_csv_format("\xFE\xFF")->separator, ',');
    EXPECT_EQ(detect_csv_format("\xFF\xFE")->encoding, TextEncoding::utf16);
    EXPECT_EQ(detect_csv_format(std::string{"\xFE\xFF\0", 3})->encoding, TextEncoding::utf16);
}

TEST(CsvFormat, Separators) {
    EXPECT_EQ(detect_csv_format("ID;Task;Budget\n1;Build;1,5\n")->separator, ';');
    EXPECT_EQ(detect_csv_format("ID\tTask\n1\tBuild\n")->separator, '\t');
    EXPECT_EQ(detect_csv_format("\"a;b\",c,d\n")->separator, ',');  // inside quotes does not count
}

}  // namespace
}  // namespace pmocalc
