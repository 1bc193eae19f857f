// Predecessor cells as project managers type them in MS Project and in
// spreadsheets: entries separated by , or ; (also ， 、 ；), & or line breaks, each
// ID[TYPE][±LAG] with TYPE one of FS (the default), SS, FF, SF and a lag in
// working days ("3", "3FS+2", "5SS", "7FF-1", "12 FS + 2 days", "４ＳＳ＋１日").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "outcome.hpp"

namespace pmocalc {

// Precedence diagramming's four relationship types (PMBOK Guide 6th ed. §6.3.2.1).
enum class LinkType : std::uint8_t { finish_start, start_start, finish_finish, start_finish };

std::string_view link_type_code(LinkType type);  // "FS", "SS", "FF", "SF"

// One way of reading an entry: the predecessor's ID, the type and the lag.
struct PredecessorReading {
    std::string id;
    LinkType type = LinkType::finish_start;
    double lag = 0;  // working days; negative is a lead
    bool operator==(const PredecessorReading&) const = default;
};

// One entry as typed, with every reading it allows, in the order they are
// tried against the task IDs: the entry as a whole ID first ("1-2" may be a
// WBS code), then ID + type + lag ("1-2" as task 1 with a lead of 2 days).
struct PredecessorEntry {
    std::string text;  // the entry, width-folded and trimmed
    std::vector<PredecessorReading> readings;
    bool percent_lag = false;  // "3FS+50%": MS Project's lag in percent, not taken
};

// The entries of one cell; blank entries ("3,,5", a trailing ";") are skipped.
std::vector<PredecessorEntry> parse_predecessors(std::string_view cell);

}  // namespace pmocalc
