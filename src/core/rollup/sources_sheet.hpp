// The portfolio workbook's own sheets of a roll-up: the Sources sheet pmocalc
// writes (each file, what was read, what was said of it, its problems) and
// reads back at the next roll-up (what changed since), and the Rates sheet the
// PMO keeps to convert units. A sheet named like the Sources sheet but not in
// its layout is the user's: never rewritten (the roll-up takes another name).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "../portfolio_analysis.hpp"
#include "../status_report.hpp"
#include "../workbook.hpp"
#include "consolidation.hpp"

namespace pmocalc {

// The Sources sheet of a workbook: ours (in its layout), with the roll-up it
// records, or the name a new one takes.
struct SourcesSheet {
    std::string sheet_name;  // where to write: ours, else a free name
    bool exists = false;     // ours is there: rewrite it
    RollUpMemory memory;     // what it recorded, and the Rates sheet's rates
    CellRange cells;         // ours as read (for undo)
    std::vector<Diagnostic> diagnostics;  // the Rates sheet's bad rows
};

// Finds the Sources sheet and the Rates sheet of the portfolio workbook.
// `language` names a new Sources sheet.
SourcesSheet find_sources_sheet(const Workbook& workbook, Language language);

// Whether a sheet is in the Sources layout (its title and header row, either language).
bool looks_like_sources(const CellRange& cells);

// The Sources sheet to write for a roll-up whose portfolio was assessed:
// one row per file (its projects and their status date, whether counted,
// what was said of it, its own figures, its problems and what was read),
// then the projects missing since the last roll-up, then each file's problems.
HistoryWrite sources_to_write(const RollUp& roll_up, const Assessment& assessment, const SourcesSheet& sheet);

}  // namespace pmocalc
