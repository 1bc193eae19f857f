#include "core/key_set.hpp"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>

namespace pmocalc {
namespace {

TEST(KeySet, InsertSaysWhetherTheKeyIsNew) {
    KeySet keys;
    EXPECT_TRUE(keys.insert("P1\x1f" "1"));
    EXPECT_TRUE(keys.insert("P1\x1f" "2"));
    EXPECT_FALSE(keys.insert("P1\x1f" "1"));
    EXPECT_TRUE(keys.insert(""));
    EXPECT_FALSE(keys.insert(""));
    EXPECT_EQ(keys.size(), 3u);
}

TEST(KeySet, FindsNothingInAnEmptySet) {
    const KeySet keys;
    EXPECT_EQ(keys.find("anything"), KeySet::npos);
    EXPECT_EQ(keys.find(""), KeySet::npos);
}

TEST(KeySet, EmplaceGivesTheIndexOfTheFirstInsertion) {
    KeySet keys;
    EXPECT_EQ(keys.emplace("b"), std::make_pair(std::size_t{0}, true));
    EXPECT_EQ(keys.emplace("a"), std::make_pair(std::size_t{1}, true));
    EXPECT_EQ(keys.emplace("b"), std::make_pair(std::size_t{0}, false));
    EXPECT_EQ(keys.find("a"), 1u);
    EXPECT_EQ(keys.find("ab"), KeySet::npos);
}

// Keys that differ only in their last byte, or are prefixes of each other,
// through many growths of the table: every index stays the one first given,
// as a std::unordered_map says.
TEST(KeySet, IndicesSurviveGrowingAndReserving) {
    KeySet grown, reserved;
    reserved.reserve(50'000);
    std::unordered_map<std::string, std::size_t> model;
    for (std::size_t i = 0; i < 50'000; ++i) {
        const std::string key = "P" + std::to_string(i % 977) + '\x1f' + std::to_string(i % 20'011);
        const auto expected = model.emplace(key, model.size());
        EXPECT_EQ(grown.emplace(key), std::make_pair(expected.first->second, expected.second)) << key;
        EXPECT_EQ(reserved.emplace(key), std::make_pair(expected.first->second, expected.second)) << key;
    }
    EXPECT_EQ(grown.size(), model.size());
    for (const auto& [key, index] : model) {
        EXPECT_EQ(grown.find(key), index);
        EXPECT_EQ(reserved.find(key), index);
        EXPECT_EQ(grown.find(key + "x"), KeySet::npos);
        const std::string prefix = key.substr(0, key.size() - 1);
        EXPECT_EQ(grown.find(prefix), model.count(prefix) ? model.at(prefix) : KeySet::npos);
    }
}

}  // namespace
}  // namespace pmocalc
