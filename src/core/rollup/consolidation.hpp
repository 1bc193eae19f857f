// The PMO's weekly roll-up: many project workbooks, each read as it is laid
// out, consolidated into one portfolio — and everything a PMO must be told
// about the files themselves: a project whose status is stale, a file not
// changed since the last roll-up, a project missing since then, the same
// project in two files (which one counted, and why), amounts in another unit
// (converted by the portfolio workbook's rates, else reported apart and never
// added), a file that could not be read, and names of people that look like
// variants of one another. Nothing here reads a file: the faces hand over each
// workbook's cells (or why it could not be opened).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../portfolio.hpp"
#include "../portfolio_analysis.hpp"
#include "../status_history.hpp"
#include "../workbook.hpp"

namespace pmocalc {

// One file given to a roll-up.
struct SourceFile {
    std::string name;      // its file name ("alpha.xlsx")
    std::string path;      // absolute
    std::string modified;  // its modification time, local: "2026-12-01 09:30:12"
};

// A file read for a roll-up: its portfolio, or why it could not be read.
struct SourceInput {
    SourceFile file;
    std::optional<Portfolio> portfolio;
    std::optional<Message> failure;  // password, damaged, not a spreadsheet …
};

// Reads one workbook of a roll-up as a workbook of its own is read (its one
// project named after its title or its file), then gives a project without an
// ID its name as ID and names every sheet "[file]Sheet", so that a problem
// says which file it is in.
SourceInput read_source(SourceFile file, const Workbook& workbook, const std::string& column_map = "");

// A file that could not be read.
SourceInput unreadable_source(SourceFile file, Message why);

// A unit's rate in the portfolio's unit: 1 人日 = 50 千円 (the Rates sheet).
struct UnitRate {
    std::string unit;
    double rate = 0;
};

// What the portfolio workbook remembers of the last roll-up.
struct PreviousSource {
    std::string path;
    std::string modified;
    std::vector<std::string> project_ids;
};
struct RollUpMemory {
    std::optional<Day> status_date;  // of the last roll-up
    std::vector<PreviousSource> sources;
    std::vector<UnitRate> rates;
    std::string rates_sheet;  // "" when the workbook keeps none
};

struct RollUpOptions {
    std::optional<Day> status_date;  // chosen; else the latest of the files'
    int stale_days = 7;              // a status older than the portfolio's by more is stale
    RollUpMemory memory;
    std::vector<HistoryRow> history;  // the portfolio workbook's: who was there last time
};

// What a file's record says of it (several may hold).
enum SourceFlag : std::uint32_t {
    source_stale = 1,        // a project's status date is older than the portfolio's by more than the limit
    source_unchanged = 2,    // the file has not changed since the last roll-up
    source_duplicate = 4,    // a project of it is counted from another file
    source_unit = 8,         // its amounts are in another unit, without a rate: reported apart
    source_unreadable = 16,  // it could not be read
    source_empty = 32,       // nothing in it could be read as a project's records
};

// "stale", "unchanged", "duplicate", "unit", "unreadable", "empty" (JSON).
std::vector<std::string> source_flag_codes(std::uint32_t flags);

struct SourceProject {
    std::string id;
    std::string name;
    std::optional<Day> status_date;
    bool counted = true;
};

struct SourceRecord {
    SourceFile file;
    std::vector<SourceProject> projects;
    std::uint32_t flags = 0;
    std::vector<Message> reasons;  // one per thing said of the file, in the order found
    std::string unit;              // as the workbook says it, "" when it says none
    Weighting weighting = Weighting::budget;
    std::optional<double> rate;      // the rate its amounts were converted at
    std::optional<Day> status_date;  // its own (the latest of its projects')
    ProblemCounts problems;          // of its own diagnostics
    std::vector<Diagnostic> diagnostics;  // its own, sheets named "[file]Sheet"
    std::vector<std::string> tables;      // "Tasks!A3:K203" … what was read
    // A file reported apart (another unit): its own figures, in its own unit.
    std::optional<EvmFigures> apart;

    bool counted() const;
};

struct MissingProject {
    std::string project_id;
    std::string name;
    Day last_status_date = 0;
    std::string file;      // the file it came from then, "" when not known
    bool unreadable = false;  // that file was given but could not be read
};

struct RollUp {
    std::vector<SourceRecord> sources;  // in the order given
    std::vector<MissingProject> missing;
    Day status_date = 0;               // the portfolio's
    std::string unit;                  // the portfolio's amounts' unit
    Weighting weighting = Weighting::budget;
    int stale_days = 7;
    std::optional<Day> previous_status_date;

    std::size_t count(std::uint32_t flag) const;
};

struct Consolidated {
    Portfolio portfolio;  // of every counted project; the roll-up's findings first in its diagnostics
    RollUp roll_up;
};

// "24 files: 20 counted, 1 stale, …": what a roll-up found, in one line.
Message roll_up_summary(const RollUp& roll_up);

// One portfolio of the files' counted projects. Never fails: with no file
// readable the portfolio is empty and says so.
Consolidated consolidate(std::vector<SourceInput> sources, const RollUpOptions& options);

// Names that look like one person written two ways ("Tanaka Taro" and
// "TANAKA  Taro", "田中 太郎" and "田中太郎", "Taro Tanaka"): each pair once.
std::vector<std::pair<std::string, std::string>> name_variants(const std::vector<std::string>& names);

}  // namespace pmocalc
