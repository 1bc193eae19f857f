#include "core/predecessors.hpp"

#include <ostream>

#include <gtest/gtest.h>

namespace pmocalc {

void PrintTo(const PredecessorReading& r, std::ostream* os) {
    *os << '"' << r.id << "\" " << link_type_code(r.type) << ' ' << r.lag;
}

namespace {

using R = PredecessorReading;
constexpr auto FS = LinkType::finish_start;
constexpr auto SS = LinkType::start_start;
constexpr auto FF = LinkType::finish_finish;
constexpr auto SF = LinkType::start_finish;

// The reading after the whole entry as an ID: what an entry means when it is
// not itself a task ID.
R structured(const PredecessorEntry& entry) {
    EXPECT_GE(entry.readings.size(), 2u) << entry.text;
    return entry.readings.size() < 2 ? R{} : entry.readings[1];
}

TEST(Predecessors, MsProjectSyntax) {
    const auto entries = parse_predecessors("3, 3FS+2, 5SS, 7FF-1, 9sf+0.5");
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[0].readings, (std::vector<R>{{"3", FS, 0}}));
    EXPECT_EQ(structured(entries[1]), (R{"3", FS, 2}));
    EXPECT_EQ(structured(entries[2]), (R{"5", SS, 0}));
    EXPECT_EQ(structured(entries[3]), (R{"7", FF, -1}));
    EXPECT_EQ(structured(entries[4]), (R{"9", SF, 0.5}));
}

TEST(Predecessors, EveryListSeparatorAndFullWidthForms) {
    const auto entries = parse_predecessors("1;2，3、4；５ＦＳ＋２日");
    ASSERT_EQ(entries.size(), 5u);
    EXPECT_EQ(entries[3].readings.front().id, "4");
    EXPECT_EQ(structured(entries[4]), (R{"5", FS, 2}));
}

TEST(Predecessors, SpacesAndLagUnitsAsMsProjectExportsThem) {
    EXPECT_EQ(structured(parse_predecessors("12 FS + 2 days")[0]), (R{"12", FS, 2}));
    EXPECT_EQ(structured(parse_predecessors("12SS+3d")[0]), (R{"12", SS, 3}));
    EXPECT_EQ(structured(parse_predecessors("12FS−1日間")[0]), (R{"12", FS, -1}));
}

TEST(Predecessors, TheWholeEntryIsTriedFirstAsAnId) {
    // "1-2" may be a WBS code or task 1 with a lead of 2 days: both readings, the ID first.
    const auto entry = parse_predecessors("1-2")[0];
    EXPECT_EQ(entry.readings, (std::vector<R>{{"1-2", FS, 0}, {"1", FS, -2}}));
    const auto text_id = parse_predecessors("DesignFF")[0];
    EXPECT_EQ(text_id.readings, (std::vector<R>{{"DesignFF", FS, 0}, {"Design", FF, 0}}));
}

TEST(Predecessors, BlankEntriesAreSkipped) {
    EXPECT_TRUE(parse_predecessors("").empty());
    EXPECT_TRUE(parse_predecessors(" ;,　").empty());
    EXPECT_EQ(parse_predecessors("3,,5;").size(), 2u);
}

TEST(Predecessors, PercentLagsAreFlagged) {
    const auto entry = parse_predecessors("3FS+50%")[0];
    EXPECT_TRUE(entry.percent_lag);
    EXPECT_FALSE(parse_predecessors("50%")[0].percent_lag);
}

TEST(Predecessors, MalformedLagsLeaveOnlyTheWholeEntry) {
    for (const char* text : {"3FS+", "3FS+.", "3FS+1.2.3", "+2", "3 + x"}) {
        const auto entry = parse_predecessors(text)[0];
        EXPECT_EQ(entry.readings.size(), 1u) << text;
    }
}

TEST(Predecessors, TypeCodes) {
    EXPECT_EQ(link_type_code(FS), "FS");
    EXPECT_EQ(link_type_code(SS), "SS");
    EXPECT_EQ(link_type_code(FF), "FF");
    EXPECT_EQ(link_type_code(SF), "SF");
}

}  // namespace
}  // namespace pmocalc
