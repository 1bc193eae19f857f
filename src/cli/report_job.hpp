// What pmocalc-report is asked to do: the parsed command line, and the job
// of one worker process (one input, its outputs decided by the parent so
// that no output ever lands on an input and no two outputs collide).
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "../core/outcome.hpp"
#include "../core/status_report.hpp"

namespace pmocalc::cli {

struct Arguments {
    std::vector<std::string> inputs;
    std::filesystem::path out = "out";
    bool pdf = false;
    bool json = false;
    ReportSettings settings;
    DurationUncertainty duration_uncertainty;  // of tasks without three-point estimates
    int timeout_seconds = 900;  // per input: a hung office is stopped after it
    bool record = false;   // --record: the status recorded in the history sheet, no report
    bool history = false;  // --history: the inputs are dated copies, the current one last
    std::vector<std::string> history_inputs;  // a worker's older copies (--history-from)
    std::string share;  // --share OUT.ods|OUT.xlsx: the copy for sharing, nothing else
    std::string export_mspdi;  // --export-mspdi OUT.xml: the plan as MS Project XML, nothing else
    std::filesystem::path map_file;  // --map FILE: the column map (its text in settings.column_map)
    std::string portfolio;  // --portfolio OUT: the roll-up of every input into one portfolio workbook
    bool open_only = false;  // --open-only: the roll-up's baseline (files opened and closed, nothing read)
    std::string read_sources;  // a roll-up worker's list of files (index, path)
    // Set by the parent for a worker:
    bool worker = false;
    std::string output_stem;             // DIR/<stem>.<ext>, .pdf, .json
    std::filesystem::path work_directory;  // the run's private directory
};

// The language of the messages: --lang when given, else the user's locale.
Language message_language(const std::optional<Language>& chosen);

// Writes "label: text" and its line end in one write, flushed: workers run side
// by side on one terminal, and a line written piece by piece can be cut by
// another worker's (the hostile corpus's refusals were, under load).
void print_line(std::ostream& out, std::string_view label, std::string_view text);

// A run's private directory (under $TMPDIR) where every worker's office keeps
// its profile and files; removed at the end, whatever happened to the workers.
// path() is empty when it could not be made.
class RunDirectory {
public:
    explicit RunDirectory(const std::string& prefix);
    ~RunDirectory();
    RunDirectory(const RunDirectory&) = delete;
    RunDirectory& operator=(const RunDirectory&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// Parses the command line (without the program name); a usage problem otherwise.
Outcome<Arguments> parse(const std::vector<std::string>& argv);

// The command line of a worker for one input and its output stem.
std::vector<std::string> worker_command_line(const Arguments& args, const std::string& input,
                                             const std::string& output_stem);

// Runs one input in this process with its own office; the exit code.
int run_worker(const Arguments& args);

// --portfolio: the roll-up (roll_up.cpp); run_source_reader is its worker.
int run_roll_up(const Arguments& args);
int run_source_reader(const Arguments& args);

}  // namespace pmocalc::cli
