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
#include <chrono>
#include <ctime>
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
#include "../core/workbook_reader.hpp"
#include "../uno/report_engine.hpp"
#include "../uno/uno_values.hpp"
#include "office_session.hpp"

extern char** environ;

namespace pmocalc::cli {
namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

constexpr char usage[] =
    "usage: pmocalc-report INPUT... [--out DIR] [--pdf] [--json] [--status-date YYYY-MM-DD] [--lang en|ja]\n"
    "Writes DIR/<input>-report.<ext> (default DIR: out), and with --pdf/--json the report as PDF and JSON.\n";

struct Arguments {
    std::vector<std::string> inputs;
    fs::path out = "out";
    bool pdf = false;
    bool json = false;
    std::optional<Day> status_date;
    std::optional<Language> language;
    bool worker = false;
};

std::optional<Arguments> parse(int argc, char** argv, std::string& error) {
    Arguments args;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc) {
                error = a + " needs a value";
                return std::nullopt;
            }
            return std::string(argv[++i]);
        };
        if (a == "--out") {
            const auto v = value();
            if (!v)
                return std::nullopt;
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
                return std::nullopt;
            args.status_date = parse_date_text(*v);
            if (!args.status_date) {
                error = "--status-date must be a date such as 2025-10-31, got \"" + *v + "\"";
                return std::nullopt;
            }
        } else if (a == "--lang") {
            const auto v = value();
            if (!v)
                return std::nullopt;
            if (*v != "en" && *v != "ja") {
                error = "--lang must be en or ja, got \"" + *v + "\"";
                return std::nullopt;
            }
            args.language = *v == "ja" ? Language::ja : Language::en;
        } else if (a == "-h" || a == "--help") {
            error.clear();
            return std::nullopt;
        } else if (a.starts_with("--")) {
            error = "unknown option " + a;
            return std::nullopt;
        } else {
            args.inputs.push_back(a);
        }
    }
    if (args.inputs.empty()) {
        error = "no input workbook given";
        return std::nullopt;
    }
    return args;
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
    std::error_code ec;
    if (!fs::is_regular_file(input, ec)) {
        std::cerr << label << ": cannot read " << input.string() << ": no such file\n";
        return 1;
    }
    if (access(input.c_str(), R_OK) != 0) {
        std::cerr << label << ": cannot read " << input.string() << ": permission denied\n";
        return 1;
    }
    const auto format = output_format(input);
    if (!format) {
        std::cerr << label << ": unsupported file type (use .ods, .fods, .xlsx, .xls or .csv)\n";
        return 1;
    }
    fs::create_directories(args.out, ec);
    const fs::path stem = args.out / (input.stem().string() + "-report");
    const fs::path workbook_out = fs::path(stem.string() + format->extension);
    if (fs::exists(workbook_out) && fs::equivalent(workbook_out, input, ec)) {
        std::cerr << label << ": the output would overwrite the input; choose another --out\n";
        return 1;
    }

    OfficeSession office;
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
        std::cerr << label << ": LibreOffice cannot open it: " << uno::to_utf8(e.Message) << "\n";
        return 1;
    }
    Reference<css::sheet::XSpreadsheetDocument> document(component, css::uno::UNO_QUERY);
    if (!document.is()) {
        std::cerr << label << ": LibreOffice cannot open it as a spreadsheet\n";
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

    ReportRequest request;
    request.status_date = args.status_date;
    request.language = args.language;
    request.single_project_name = input.stem().string();
    const auto now = uno::local_time();
    request.today = now.today;
    request.generated_at = now.text;
    const auto generated = uno::generate_report(document, request, nullptr, uno::Fetch::background);

    // Only a visible frame's view is saved with the document (the headless
    // office shows nothing either way): so the report opens in front with its
    // title rows frozen. Loading hidden and showing only now keeps Calc from
    // laying out the report while it is written.
    Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
    if (auto controller = model->getCurrentController(); controller.is()) {
        controller->getFrame()->getContainerWindow()->setVisible(true);
        uno::show_report(document, generated.sheet_name, generated.report.layout.frozen_rows);
    }

    Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
    Sequence<css::beans::PropertyValue> store(2);
    store.getArray()[0] = property("FilterName", Any(uno::to_ouString(format->filter)));
    store.getArray()[1] = property("Overwrite", Any(true));
    storable->storeToURL(file_url(workbook_out), store);
    std::cout << label << ": report sheet \"" << generated.sheet_name << "\" -> " << workbook_out.string() << "\n";

    if (args.pdf) {
        const fs::path pdf = fs::path(stem.string() + ".pdf");
        Reference<css::sheet::XSpreadsheet> sheet(
            document->getSheets()->getByName(uno::to_ouString(generated.sheet_name)), UNO_QUERY_THROW);
        Sequence<css::beans::PropertyValue> filter_data(1);
        filter_data.getArray()[0] = property("Selection", Any(sheet));
        Sequence<css::beans::PropertyValue> export_args(3);
        export_args.getArray()[0] = property("FilterName", Any(rtl::OUString("calc_pdf_Export")));
        export_args.getArray()[1] = property("FilterData", Any(filter_data));
        export_args.getArray()[2] = property("Overwrite", Any(true));
        storable->storeToURL(file_url(pdf), export_args);
        std::cout << label << ": PDF -> " << pdf.string() << "\n";
    }
    if (args.json) {
        const fs::path json = fs::path(stem.string() + ".json");
        std::ofstream out(json);
        out << summary_json(generated.report.portfolio, generated.report.status,
                            {input.string(), generated.sheet_name});
        if (!out)
            throw std::runtime_error("cannot write " + json.string());
        std::cout << label << ": JSON -> " << json.string() << "\n";
    }
    const auto problems = std::count_if(generated.report.portfolio.diagnostics.begin(),
                                        generated.report.portfolio.diagnostics.end(),
                                        [](const Diagnostic& d) { return d.severity != Diagnostic::Severity::note; });
    if (problems > 0)
        std::cout << label << ": " << problems << " problem(s) in the workbook, listed in the report's Diagnostics\n";
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
int run_all(const Arguments& args, char** argv) {
    std::vector<std::string> common{"--out", args.out.string()};
    if (args.pdf)
        common.push_back("--pdf");
    if (args.json)
        common.push_back("--json");
    for (int i = 1; argv[i]; ++i) {
        const std::string a = argv[i];
        if ((a == "--status-date" || a == "--lang") && argv[i + 1]) {
            common.push_back(a);
            common.push_back(argv[++i]);
        }
    }
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
            std::cerr << running[pid] << ": the worker stopped abnormally\n";
        worst = std::max(worst, code);
        running.erase(pid);
    };
    for (const std::string& input : args.inputs) {
        while (running.size() >= parallel)
            wait_one();
        std::vector<std::string> worker_args{"/proc/self/exe", "--worker", input};
        worker_args.insert(worker_args.end(), common.begin(), common.end());
        std::vector<char*> worker_argv;
        for (auto& a : worker_args)
            worker_argv.push_back(a.data());
        worker_argv.push_back(nullptr);
        pid_t pid = -1;
        if (posix_spawn(&pid, "/proc/self/exe", nullptr, nullptr, worker_argv.data(), environ) != 0) {
            std::cerr << input << ": cannot start a worker process\n";
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
    std::string error;
    const auto args = pmocalc::cli::parse(argc, argv, error);
    if (!args) {
        if (!error.empty())
            std::cerr << "pmocalc-report: " << error << "\n";
        std::cerr << pmocalc::cli::usage;
        return 2;
    }
    if (args->worker)
        return pmocalc::cli::run_worker(*args);
    return pmocalc::cli::run_all(*args, argv);
}
