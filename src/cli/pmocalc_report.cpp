// pmocalc-report: the status report, headless, for one or more workbooks.
//
//   pmocalc-report INPUT... [--out DIR] [--pdf] [--json] [--status-date YYYY-MM-DD] [--lang en|ja]
//                  [--es-period weeks|working-days] [--duration-uncertainty LOW,HIGH] [--timeout SECONDS]
//                  [--record] [--history] [--map FILE]
//   pmocalc-report --share OUT.ods|OUT.xlsx WORKBOOK
//   pmocalc-report --export-mspdi OUT.xml WORKBOOK
//
// Each input runs in its own worker process with its own private office, so
// inputs run in parallel and one failing (or crashing the office) does not
// stop the others. The input is never written: the report goes to
// DIR/<name>-report.<same format> (a CSV input gives .ods), with --pdf the
// report sheet as PDF and with --json the figures as JSON. This process
// decides every output name before any worker starts, so that no output
// lands on an input and no two outputs collide, and stops a worker (with its
// office) that does not finish within the timeout. --share writes only a copy
// of the workbook where pmocalc's formulas hold their values (share_export.hpp).

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "../core/typed_text.hpp"
#include "../office/office_session.hpp"
#include "../uno/share_export.hpp"
#include "report_job.hpp"


namespace pmocalc::cli {

namespace fs = std::filesystem;
using uno::share_format_of;

Language message_language(const std::optional<Language>& chosen) {
    if (chosen)
        return *chosen;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
            return std::string_view(value).starts_with("ja") ? Language::ja : Language::en;
    return Language::en;
}

namespace {

// A column map file: UTF-8 text (a byte order mark skipped), at most 1 MB.
Outcome<std::string> map_text(const std::string& path) {
    constexpr std::uintmax_t largest_map = 1 << 20;
    std::error_code error;
    const auto size = fs::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (error || !in || fs::is_directory(path, error))
        return invalid_input({Msg::cli_bad_map, {path}});
    if (size > largest_map)
        return invalid_input({Msg::cli_map_too_large, {path}});
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.starts_with("\xEF\xBB\xBF"))
        text.erase(0, 3);
    return text;
}

}  // namespace

RunDirectory::RunDirectory(const std::string& prefix) {
    std::string pattern = (office::temporary_directory() / (prefix + "-XXXXXX")).string();
    if (mkdtemp(pattern.data()))
        path_ = pattern;
}

RunDirectory::~RunDirectory() {
    std::error_code ignored;
    if (!path_.empty())
        fs::remove_all(path_, ignored);
}

void print_line(std::ostream& out, std::string_view label, std::string_view text) {
    std::string line;
    line.reserve(label.size() + text.size() + 3);
    line.append(label).append(": ").append(text).push_back('\n');
    out << line << std::flush;
}

Outcome<Arguments> parse(const std::vector<std::string>& argv) {
    Arguments args;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        auto value = [&]() -> Outcome<std::string> {
            if (i + 1 >= argv.size())
                return invalid_input({Msg::cli_needs_value, {a}});
            return argv[++i];
        };
        if (a == "--out" || a == "--status-date" || a == "--lang" || a == "--es-period" || a == "--timeout" ||
            a == "--duration-uncertainty" || a == "--output-stem" || a == "--work-dir" || a == "--history-from" ||
            a == "--share" || a == "--budget" || a == "--people-limit" || a == "--map" || a == "--portfolio" ||
            a == "--stale-days" || a == "--read-sources" || a == "--export-mspdi") {
            const auto v = value();
            if (!v)
                return v.problem();
            if (a == "--out") {
                args.out = *v;
            } else if (a == "--status-date") {
                args.settings.status_date = parse_date_text(*v);
                if (!args.settings.status_date)
                    return invalid_input({Msg::cli_bad_status_date, {*v}});
            } else if (a == "--lang") {
                args.settings.language = language_from_code(*v);
                if (!args.settings.language)
                    return invalid_input({Msg::cli_bad_language, {*v}});
            } else if (a == "--es-period") {
                const auto period = es_period_from_code(*v);
                if (!period)
                    return invalid_input({Msg::cli_bad_es_period, {*v}});
                args.settings.es_period = *period;
            } else if (a == "--duration-uncertainty") {
                const auto uncertainty = duration_uncertainty_from_text(*v);
                if (!uncertainty)
                    return invalid_input({Msg::cli_bad_duration_uncertainty, {*v}});
                args.duration_uncertainty = *uncertainty;
            } else if (a == "--timeout") {
                const auto result = std::from_chars(v->data(), v->data() + v->size(), args.timeout_seconds);
                if (result.ec != std::errc() || result.ptr != v->data() + v->size() || args.timeout_seconds < 1)
                    return invalid_input({Msg::cli_bad_timeout, {*v}});
            } else if (a == "--budget" || a == "--people-limit") {
                // A plain number as a program writes it (no locale, no thousands separators).
                double limit = 0;
                const auto result = std::from_chars(v->data(), v->data() + v->size(), limit);
                if (result.ec != std::errc() || result.ptr != v->data() + v->size() || !std::isfinite(limit) ||
                    limit < 0)
                    return invalid_input({Msg::cli_bad_limit, {a, *v}});
                (a == "--budget" ? args.settings.budget : args.settings.people_limit) = limit;
            } else if (a == "--map") {
                const auto text = map_text(*v);
                if (!text)
                    return text.problem();
                args.map_file = fs::absolute(*v);
                args.settings.column_map = *text;
            } else if (a == "--portfolio") {
                std::string ext = fs::path(*v).extension().string();
                std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
                if (ext != ".ods" && ext != ".fods" && ext != ".xlsx")
                    return invalid_input({Msg::cli_rollup_bad_format, {fs::path(*v).filename().string()}});
                args.portfolio = *v;
            } else if (a == "--stale-days") {
                const auto result = std::from_chars(v->data(), v->data() + v->size(), args.settings.stale_days);
                if (result.ec != std::errc() || result.ptr != v->data() + v->size() || args.settings.stale_days < 0)
                    return invalid_input({Msg::cli_bad_stale_days, {*v}});
            } else if (a == "--read-sources") {
                args.read_sources = *v;
            } else if (a == "--output-stem") {
                args.output_stem = *v;
            } else if (a == "--history-from") {
                args.history_inputs.push_back(*v);
            } else if (a == "--export-mspdi") {
                std::string ext = fs::path(*v).extension().string();
                std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
                if (ext != ".xml")
                    return invalid_input({Msg::cli_export_bad_name, {fs::path(*v).filename().string()}});
                args.export_mspdi = *v;
            } else if (a == "--share") {
                if (!share_format_of(*v))
                    return invalid_input({Msg::share_bad_format, {fs::path(*v).filename().string()}});
                args.share = *v;
            } else {
                args.work_directory = *v;
            }
        } else if (a == "--pdf") {
            args.pdf = true;
        } else if (a == "--json") {
            args.json = true;
        } else if (a == "--record") {
            args.record = true;
        } else if (a == "--history") {
            args.history = true;
        } else if (a == "--open-only") {
            args.open_only = true;
        } else if (a == "--worker") {
            args.worker = true;
        } else if (a == "-h" || a == "--help") {
            return invalid_input(Msg::cli_usage);
        } else if (a.starts_with("--")) {
            return invalid_input({Msg::cli_unknown_option, {a}});
        } else {
            args.inputs.push_back(a);
        }
    }
    if (args.inputs.empty() && args.read_sources.empty())
        return invalid_input(Msg::cli_no_input);
    if (!args.portfolio.empty() && (args.record || args.history || !args.share.empty()))
        return invalid_input(Msg::cli_rollup_alone);
    if (args.history && args.inputs.size() < 2)
        return invalid_input(Msg::cli_history_needs_two);
    if (args.record && args.pdf)
        return invalid_input(Msg::cli_record_no_pdf);
    if (!args.export_mspdi.empty() && !args.worker &&
        (args.record || args.history || args.pdf || args.json || !args.share.empty() || !args.portfolio.empty() ||
         args.inputs.size() != 1))
        return invalid_input(Msg::cli_export_alone);
    if (!args.share.empty() && !args.worker) {
        if (args.record || args.history || args.pdf || args.json)
            return invalid_input(Msg::cli_share_alone);
        if (args.inputs.size() != 1)
            return invalid_input(Msg::cli_share_one_input);
    }
    return args;
}

std::vector<std::string> worker_command_line(const Arguments& args, const std::string& input,
                                             const std::string& output_stem) {
    std::vector<std::string> line{"--worker", input, "--out", args.out.string(), "--output-stem", output_stem,
                                  "--work-dir", args.work_directory.string(), "--es-period",
                                  std::string(es_period_code(args.settings.es_period))};
    line.push_back("--duration-uncertainty");
    line.push_back(duration_uncertainty_text(args.duration_uncertainty));
    if (args.pdf)
        line.push_back("--pdf");
    if (args.json)
        line.push_back("--json");
    if (args.record)
        line.push_back("--record");
    for (const std::string& older : args.history_inputs) {
        line.push_back("--history-from");
        line.push_back(older);
    }
    if (!args.map_file.empty()) {
        line.push_back("--map");
        line.push_back(args.map_file.string());
    }
    if (!args.share.empty()) {
        line.push_back("--share");
        line.push_back(args.share);
    }
    if (!args.export_mspdi.empty()) {
        line.push_back("--export-mspdi");
        line.push_back(args.export_mspdi);
    }
    if (args.settings.status_date) {
        line.push_back("--status-date");
        line.push_back(iso_date(*args.settings.status_date));
    }
    for (const auto& [option, limit] : {std::pair{"--budget", args.settings.budget},
                                        std::pair{"--people-limit", args.settings.people_limit}}) {
        if (!limit)
            continue;
        char text[64];
        const auto written = std::to_chars(text, text + sizeof text, *limit);
        line.push_back(option);
        line.push_back(std::string(text, written.ptr));
    }
    if (args.settings.language) {
        line.push_back("--lang");
        line.push_back(std::string(language_code(*args.settings.language)));
    }
    return line;
}

namespace {

std::string say(Language language, Message message) { return message.render(language); }

std::string lowered_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

std::string output_extension(const fs::path& input) {
    const std::string ext = lowered_extension(input);
    if (ext == ".csv" || ext == ".ots" || ext == ".xml" || ext == ".pod" || ext == ".xer" || ext == ".gan")
        return ".ods";
    if (ext == ".xlsm")
        return ".xlsx";
    return ext;
}

// A path's identity: the file it names (also through links), or its absolute
// spelling when it does not exist yet.
std::string identity(const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(fs::absolute(path), ec);
    return ec ? fs::absolute(path).lexically_normal().string() : canonical.string();
}

struct Job {
    std::string input;
    std::string output_stem;
};

// One job per distinct input, each with an output stem of its own that
// names no input of this run.
std::vector<Job> plan_jobs(const Arguments& args, Language language) {
    std::set<std::string> inputs;
    for (const std::string& input : args.inputs)
        inputs.insert(identity(input));
    for (const std::string& older : args.history_inputs)
        inputs.insert(identity(older));
    std::set<std::string> seen;
    std::set<std::string> taken;  // output workbooks already given to a job
    std::vector<Job> jobs;
    for (const std::string& input : args.inputs) {
        const fs::path path(input);
        if (!seen.insert(identity(path)).second) {
            print_line(std::cout, path.filename().string(), say(language, Msg::cli_input_repeated));
            continue;
        }
        const std::string base = path.stem().string() + "-report";
        const std::string extension = output_extension(path);
        std::string stem = base;
        for (int n = 2;; ++n) {
            const fs::path workbook = args.out / (stem + extension);
            const bool is_input = inputs.count(identity(workbook)) != 0;
            if (!is_input && taken.insert(identity(workbook)).second)
                break;
            if (is_input)
                print_line(std::cout, path.filename().string(),
                           say(language, {Msg::cli_output_renamed,
                                          {workbook.string(), (args.out / (base + " (" + std::to_string(n) + ")" +
                                                                           extension)).string()}}));
            stem = base + " (" + std::to_string(n) + ")";
        }
        jobs.push_back({input, stem});
    }
    return jobs;
}

// The out folder, made if need be, and writable; else the reason.
std::optional<Message> prepare_out_folder(const fs::path& out) {
    std::error_code ec;
    if (fs::exists(out, ec) && !fs::is_directory(out, ec))
        return Message{Msg::cli_out_not_a_folder, {out.string()}};
    fs::create_directories(out, ec);
    if (ec || !fs::is_directory(out))
        return Message{Msg::cli_cannot_create_folder, {out.string()}};
    if (access(out.c_str(), W_OK | X_OK) != 0)
        return Message{Msg::cli_folder_not_writable, {out.string()}};
    return std::nullopt;
}

volatile sig_atomic_t interrupted = 0;

extern "C" void on_interrupt(int) { interrupted = 1; }

struct Running {
    std::string input;
    std::string output_stem;
    std::chrono::steady_clock::time_point deadline;
};

// Runs one worker process per job, at most one per core at a time; a worker
// that passes its deadline is stopped with its office (its process group).
int run_all(Arguments args) {
    const Language language = message_language(args.settings.language);
    // A copy for sharing or an MS Project XML goes where it is asked to, through the out folder's machinery.
    const std::string single_output = !args.share.empty() ? args.share : args.export_mspdi;
    if (!single_output.empty()) {
        const fs::path target(single_output);
        if (identity(target) == identity(args.inputs.front())) {
            print_line(std::cerr, "pmocalc-report", say(language, {Msg::cli_share_is_input, {single_output}}));
            return 2;
        }
        args.out = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    }
    if (const auto problem = prepare_out_folder(args.out)) {
        print_line(std::cerr, "pmocalc-report", problem->render(language));
        return 1;
    }
    RunDirectory run("pmocalc-run");
    if (run.path().empty()) {
        print_line(std::cerr, "pmocalc-report",
                   say(language, {Msg::cli_cannot_create_folder, {office::temporary_directory().string()}}));
        return 1;
    }
    args.work_directory = run.path();
    if (args.history) {
        // One job: the current workbook (the last input), the others its history.
        args.history_inputs.assign(args.inputs.begin(), args.inputs.end() - 1);
        args.inputs.erase(args.inputs.begin(), args.inputs.end() - 1);
    }
    const std::vector<Job> jobs =
        single_output.empty() ? plan_jobs(args, language)
                              : std::vector<Job>{{args.inputs.front(), fs::path(single_output).stem().string()}};
    signal(SIGINT, on_interrupt);
    signal(SIGTERM, on_interrupt);

    const std::size_t parallel = std::max(1u, std::min(std::thread::hardware_concurrency(), 4u));
    std::map<pid_t, Running> running;
    int worst = 0;
    auto stop = [&](pid_t pid) {
        kill(-pid, SIGKILL);  // the worker and the office it started: one process group
        waitpid(pid, nullptr, 0);
        std::error_code ignored;
        for (const auto& entry : fs::directory_iterator(args.out, ignored))
            if (entry.path().filename().string().starts_with(".pmocalc-" + running[pid].output_stem))
                fs::remove(entry.path(), ignored);
        running.erase(pid);
    };
    auto finished = [&](pid_t pid, int status) {
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
        if (!WIFEXITED(status))
            print_line(std::cerr, fs::path(running[pid].input).filename().string(),
                       say(language, Msg::cli_worker_stopped));
        worst = std::max(worst, code);
        kill(-pid, SIGKILL);  // a crashed worker may leave its office behind
        running.erase(pid);
    };
    // Waits until fewer than `limit` workers run, stopping those past their deadline.
    auto wait_below = [&](std::size_t limit) {
        while (running.size() >= limit && !running.empty()) {
            int status = 0;
            for (pid_t pid; (pid = waitpid(-1, &status, WNOHANG)) > 0;)
                if (running.count(pid))
                    finished(pid, status);
            const auto now = std::chrono::steady_clock::now();
            std::vector<pid_t> late;
            for (const auto& [pid, worker] : running)
                if (interrupted || now > worker.deadline)
                    late.push_back(pid);
            for (pid_t pid : late) {
                if (!interrupted)
                    print_line(std::cerr, fs::path(running[pid].input).filename().string(),
                               say(language, {Msg::cli_timeout, {args.timeout_seconds}}));
                stop(pid);
                worst = std::max(worst, 1);
            }
            if (running.size() >= limit && !running.empty())
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    };
    for (const Job& job : jobs) {
        wait_below(parallel);
        if (interrupted)
            break;
        std::vector<std::string> worker_args{"/proc/self/exe"};
        for (std::string& a : worker_command_line(args, job.input, job.output_stem))
            worker_args.push_back(std::move(a));
        const pid_t pid = office::spawn(worker_args, {{}, {}, false, true});
        if (pid < 0) {
            print_line(std::cerr, job.input, say(language, Msg::cli_cannot_start_worker));
            worst = 1;
            continue;
        }
        running[pid] = {job.input, job.output_stem,
                        std::chrono::steady_clock::now() + std::chrono::seconds(args.timeout_seconds)};
    }
    wait_below(1);
    return interrupted ? 130 : worst;
}

}  // namespace
}  // namespace pmocalc::cli

int main(int argc, char** argv) {
    using namespace pmocalc;
    const auto args = cli::parse(std::vector<std::string>(argv + 1, argv + argc));
    if (!args) {
        const Language language = cli::message_language(std::nullopt);
        if (args.problem().message.id != Msg::cli_usage)
            cli::print_line(std::cerr, "pmocalc-report", args.problem().message.render(language));
        std::cerr << text(Msg::cli_usage, language) << "\n";
        return 2;
    }
    if (args->worker)
        return args->read_sources.empty() ? cli::run_worker(*args) : cli::run_source_reader(*args);
    if (!args->portfolio.empty())
        return cli::run_roll_up(*args);
    return cli::run_all(*args);
}
