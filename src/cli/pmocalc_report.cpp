// pmocalc-report: the status report, headless, for one or more workbooks.
//
//   pmocalc-report INPUT... [--out DIR] [--pdf] [--json] [--status-date YYYY-MM-DD] [--lang en|ja]
//
// Each input runs in its own worker process with its own private office, so
// inputs run in parallel and one failing (or crashing the office) does not
// stop the others. The input is never written: the report goes to
// DIR/<name>-report.<same format> (a CSV input gives .ods), with --pdf the
// report sheet as PDF and with --json the figures as JSON.

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "../core/summary_json.hpp"
#include "../core/status_report.hpp"
#include "../core/workbook_reader.hpp"
#include "../uno/report_engine.hpp"
#include "../uno/uno_values.hpp"
#include "../office/office_session.hpp"

extern char** environ;

namespace pmocalc::cli {
namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

struct Arguments {
    std::vector<std::string> inputs;
    fs::path out = "out";
    bool pdf = false;
    bool json = false;
    ReportSettings settings;
    bool worker = false;
};

// The language of the messages: --lang when given, else the user's locale.
Language message_language(const std::optional<Language>& chosen) {
    if (chosen)
        return *chosen;
    for (const char* variable : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* value = std::getenv(variable); value && *value)
            return std::string_view(value).starts_with("ja") ? Language::ja : Language::en;
    return Language::en;
}

Language language_of(const Arguments& args) { return message_language(args.settings.language); }

std::string say(Language language, Message message) { return message.render(language); }

// Parses the command line; on a usage error, the message (empty for --help).
Outcome<Arguments> parse(const std::vector<std::string>& argv) {
    Arguments args;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& a = argv[i];
        auto value = [&]() -> Outcome<std::string> {
            if (i + 1 >= argv.size())
                return invalid_input({Msg::cli_needs_value, {a}});
            return argv[++i];
        };
        if (a == "--out") {
            const auto v = value();
            if (!v)
                return v.problem();
            args.out = *v;
        } else if (a == "--pdf") {
            args.pdf = true;
        } else if (a == "--json") {
            args.json = true;
        } else if (a == "--worker") {
            args.worker = true;
        } else if (a == "--status-date") {
            const auto v = value();
            if (!v)
                return v.problem();
            args.settings.status_date = parse_date_text(*v);
            if (!args.settings.status_date)
                return invalid_input({Msg::cli_bad_status_date, {*v}});
        } else if (a == "--lang") {
            const auto v = value();
            if (!v)
                return v.problem();
            args.settings.language = language_from_code(*v);
            if (!args.settings.language)
                return invalid_input({Msg::cli_bad_language, {*v}});
        } else if (a == "-h" || a == "--help") {
            return invalid_input(Msg::cli_usage);
        } else if (a.starts_with("--")) {
            return invalid_input({Msg::cli_unknown_option, {a}});
        } else {
            args.inputs.push_back(a);
        }
    }
    if (args.inputs.empty())
        return invalid_input(Msg::cli_no_input);
    return args;
}

// The command line of a worker for one input: the same settings, exactly.
std::vector<std::string> worker_command_line(const Arguments& args, const std::string& input) {
    std::vector<std::string> line{"--worker", input, "--out", args.out.string()};
    if (args.pdf)
        line.push_back("--pdf");
    if (args.json)
        line.push_back("--json");
    if (args.settings.status_date) {
        line.push_back("--status-date");
        line.push_back(iso_date(*args.settings.status_date));
    }
    if (args.settings.language) {
        line.push_back("--lang");
        line.push_back(std::string(language_code(*args.settings.language)));
    }
    return line;
}

struct OutputFormat {
    std::string extension;
    std::string filter;
    bool from_csv = false;
};

std::optional<OutputFormat> output_format(const fs::path& input) {
    std::string ext = input.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    static const std::map<std::string, OutputFormat> formats{
        {".ods", {".ods", "calc8"}},
        {".ots", {".ods", "calc8"}},
        {".fods", {".fods", "OpenDocument Spreadsheet Flat XML"}},
        {".xlsx", {".xlsx", "Calc MS Excel 2007 XML"}},
        {".xlsm", {".xlsx", "Calc MS Excel 2007 XML"}},
        {".xls", {".xls", "MS Excel 97"}},
        {".csv", {".ods", "calc8", true}},
    };
    const auto found = formats.find(ext);
    if (found == formats.end())
        return std::nullopt;
    return found->second;
}

rtl::OUString file_url(const fs::path& path) {
    rtl::OUString url;
    const rtl::OUString system = uno::to_ouString(fs::absolute(path).lexically_normal().string());
    if (osl::FileBase::getFileURLFromSystemPath(system, url) != osl::FileBase::E_None)
        throw std::runtime_error("cannot turn " + path.string() + " into a file URL");
    return url;
}

css::beans::PropertyValue property(const char* name, Any value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

// One input, in this process. Returns the exit code.
int run_one(const Arguments& args, const fs::path& input) {
    const std::string label = input.filename().string();
    const Language language = language_of(args);
    const auto report = [&](std::ostream& out, Message message) { out << label << ": " << say(language, message) << "\n"; };
    std::error_code ec;
    if (!fs::is_regular_file(input, ec)) {
        report(std::cerr, {Msg::cli_no_such_file, {input.string()}});
        return 1;
    }
    if (access(input.c_str(), R_OK) != 0) {
        report(std::cerr, {Msg::cli_permission_denied, {input.string()}});
        return 1;
    }
    const auto format = output_format(input);
    if (!format) {
        report(std::cerr, Msg::cli_unsupported_type);
        return 1;
    }
    fs::create_directories(args.out, ec);
    const fs::path stem = args.out / (input.stem().string() + "-report");
    const fs::path workbook_out = fs::path(stem.string() + format->extension);
    if (fs::exists(workbook_out) && fs::equivalent(workbook_out, input, ec)) {
        report(std::cerr, Msg::cli_would_overwrite_input);
        return 1;
    }

    office::OfficeSession office;
    // Work on a private copy: the input stays untouched, and a file the user
    // may not write (or one open elsewhere) does not open read-only.
    const fs::path working_copy = office.directory() / ("input" + input.extension().string());
    fs::copy_file(input, working_copy, fs::copy_options::overwrite_existing);
    fs::permissions(working_copy, fs::perms::owner_read | fs::perms::owner_write);
    std::vector<css::beans::PropertyValue> load{
        property("Hidden", Any(true)),
        property("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE)),
        property("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE)),
        property("Silent", Any(true))};
    if (format->from_csv) {
        // Comma separated, double quotes, UTF-8, from row 1; plain numbers are
        // detected, dates stay text for the reader (it knows 2025/01/13 and 2025-01-13).
        load.push_back(property("FilterName", Any(rtl::OUString("Text - txt - csv (StarCalc)"))));
        load.push_back(property("FilterOptions", Any(rtl::OUString("44,34,76,1,,0,false,true,false,false"))));
    }
    Reference<css::lang::XComponent> component;
    try {
        component = office.desktop()->loadComponentFromURL(
            file_url(working_copy), "_blank", 0, Sequence<css::beans::PropertyValue>(load.data(), static_cast<sal_Int32>(load.size())));
    } catch (const css::uno::Exception& e) {
        report(std::cerr, {Msg::cli_cannot_open, {uno::to_utf8(e.Message)}});
        return 1;
    }
    Reference<css::sheet::XSpreadsheetDocument> document(component, css::uno::UNO_QUERY);
    if (!document.is()) {
        report(std::cerr, Msg::cli_not_a_spreadsheet);
        return 1;
    }
    struct Closer {
        Reference<css::lang::XComponent> c;
        ~Closer() {
            try {
                Reference<css::util::XCloseable>(c, UNO_QUERY_THROW)->close(true);
            } catch (...) {
                // the office is shut down right after anyway
            }
        }
    } closer{component};

    const ReportRequest request = request_for(args.settings, input.stem().string(), uno::local_time());
    const auto generated = uno::generate(document, request, nullptr, uno::Fetch::background);
    if (!generated.written()) {
        std::cerr << label << ": " << failure_text(generated.assessment, language) << "\n";
        return 1;
    }
    const std::string& sheet_name = *generated.sheet_name;

    // Only a visible frame's view is saved with the document (the headless
    // office shows nothing either way): so the report opens in front with its
    // title rows frozen. Loading hidden and showing only now keeps Calc from
    // laying out the report while it is written.
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    if (auto controller = model->getCurrentController(); controller.is()) {
        controller->getFrame()->getContainerWindow()->setVisible(true);
        uno::show_report(document, sheet_name, generated.layout->frozen_rows);
    }

    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    Sequence<css::beans::PropertyValue> store(2);
    store.getArray()[0] = property("FilterName", Any(uno::to_ouString(format->filter)));
    store.getArray()[1] = property("Overwrite", Any(true));
    storable->storeToURL(file_url(workbook_out), store);
    report(std::cout, {Msg::cli_report_written, {sheet_name, workbook_out.string()}});

    if (args.pdf) {
        const fs::path pdf = fs::path(stem.string() + ".pdf");
        Reference<css::sheet::XSpreadsheet> sheet(
            document->getSheets()->getByName(uno::to_ouString(sheet_name)), UNO_QUERY_THROW);
        Sequence<css::beans::PropertyValue> filter_data(1);
        filter_data.getArray()[0] = property("Selection", Any(sheet));
        Sequence<css::beans::PropertyValue> export_args(3);
        export_args.getArray()[0] = property("FilterName", Any(rtl::OUString("calc_pdf_Export")));
        export_args.getArray()[1] = property("FilterData", Any(filter_data));
        export_args.getArray()[2] = property("Overwrite", Any(true));
        storable->storeToURL(file_url(pdf), export_args);
        report(std::cout, {Msg::cli_pdf_written, {pdf.string()}});
    }
    if (args.json) {
        const fs::path json = fs::path(stem.string() + ".json");
        std::ofstream out(json);
        out << summary_json(generated.assessment, {input.string(), sheet_name});
        if (!out) {
            report(std::cerr, {Msg::cli_cannot_write, {json.string()}});
            return 1;
        }
        report(std::cout, {Msg::cli_json_written, {json.string()}});
    }
    const auto& diagnostics = generated.assessment.portfolio.diagnostics;
    const auto problems = std::count_if(diagnostics.begin(), diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity != Diagnostic::Severity::note; });
    if (problems > 0)
        report(std::cout, {Msg::cli_problems_listed, {static_cast<long long>(problems)}});
    return 0;
}

int run_worker(const Arguments& args) {
    const std::string label = fs::path(args.inputs.front()).filename().string();
    try {
        return run_one(args, args.inputs.front());
    } catch (const css::uno::Exception& e) {
        std::cerr << label << ": " << uno::to_utf8(e.Message) << "\n";
    } catch (const std::exception& e) {
        std::cerr << label << ": " << e.what() << "\n";
    }
    return 1;
}

// Runs one worker process per input, at most one per core at a time.
int run_all(const Arguments& args) {
    const Language language = language_of(args);
    const std::size_t parallel = std::max(1u, std::min(std::thread::hardware_concurrency(), 4u));
    std::map<pid_t, std::string> running;
    int worst = 0;
    auto wait_one = [&] {
        int status = 0;
        const pid_t pid = wait(&status);
        if (pid <= 0)
            return;
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
        if (!WIFEXITED(status))
            std::cerr << running[pid] << ": " << say(language, Msg::cli_worker_stopped) << "\n";
        worst = std::max(worst, code);
        running.erase(pid);
    };
    for (const std::string& input : args.inputs) {
        while (running.size() >= parallel)
            wait_one();
        std::vector<std::string> worker_args{"/proc/self/exe"};
        for (std::string& a : worker_command_line(args, input))
            worker_args.push_back(std::move(a));
        std::vector<char*> worker_argv;
        for (auto& a : worker_args)
            worker_argv.push_back(a.data());
        worker_argv.push_back(nullptr);
        pid_t pid = -1;
        if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, worker_argv.data(), environ) != 0) {
            std::cerr << input << ": " << say(language, Msg::cli_cannot_start_worker) << "\n";
            worst = 1;
            continue;
        }
        running[pid] = input;
    }
    while (!running.empty())
        wait_one();
    return worst;
}

}  // namespace
}  // namespace pmocalc::cli

int main(int argc, char** argv) {
    using namespace pmocalc;
    const auto args = cli::parse(std::vector<std::string>(argv + 1, argv + argc));
    if (!args) {
        const Language language = cli::message_language(std::nullopt);
        if (args.problem().message.id != Msg::cli_usage)
            std::cerr << "pmocalc-report: " << args.problem().message.render(language) << "\n";
        std::cerr << text(Msg::cli_usage, language) << "\n";
        return 2;
    }
    if (args->worker)
        return cli::run_worker(*args);
    return cli::run_all(*args);
}
