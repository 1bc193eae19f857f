// pmocalc-report --portfolio OUT INPUT|FOLDER...: the PMO's weekly roll-up.
//
// A few worker processes, each with one office of its own, open file after
// file (the office is started once per worker, not once per file), read each
// one's cells in bulk and hand them over as a file in the run's private
// directory; a file the office cannot open is named with the reason. A worker
// whose office dies or hangs on a file is stopped, that file named, and a new
// worker goes on with the rest: one bad file never stops the others. This
// process then reads each file's cells with the core's reader (one file's
// cells in memory at a time), consolidates them, and writes the portfolio
// workbook OUT in an office of its own — the same engine as Calc's
// "Consolidate Project Workbooks…" (uno::roll_up).

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <future>
#include <memory>
#include <iostream>
#include <map>
#include <set>
#include <thread>

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include "../core/rollup/workbook_codec.hpp"
#include "../core/summary_json.hpp"
#include "../office/office_session.hpp"
#include "../uno/document_loading.hpp"
#include "../uno/document_settings.hpp"
#include "../uno/report_engine.hpp"
#include "../uno/roll_up_files.hpp"
#include "../uno/uno_values.hpp"
#include "report_job.hpp"

namespace pmocalc::cli {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

// What a worker left for one file, in the run's sources folder.
struct Slot {
    fs::path started, cells, failed, opened, note;
};

Slot slot(const fs::path& folder, std::size_t index) {
    const std::string n = std::to_string(index);
    return {folder / (n + ".started"), folder / (n + ".cells"), folder / (n + ".failed"), folder / (n + ".opened"),
            folder / (n + ".note")};
}

void write_file(const fs::path& file, const std::string& bytes) {
    const fs::path part = file.string() + ".part";
    {
        std::ofstream out(part, std::ios::binary);
        out << bytes;
        if (!out)
            throw fs::filesystem_error("write", file, std::make_error_code(std::errc::io_error));
    }
    fs::rename(part, file);
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A failure as a worker records it: the message's id, then its one text argument if any.
std::string failure_record(const Message& message) {
    std::string record = std::to_string(static_cast<int>(message.id)) + "\n";
    if (!message.args.empty())
        record += message.args.front().render(Language::en);
    return record;
}

Message failure_from_record(const std::string& record) {
    const auto line = record.find('\n');
    const int id = std::atoi(record.substr(0, line).c_str());
    const std::string detail = line == std::string::npos ? "" : record.substr(line + 1);
    if (id < 0 || id >= static_cast<int>(Msg::message_count))
        return Message(Msg::cli_cannot_open);
    const Msg msg = static_cast<Msg>(id);
    return detail.empty() ? Message(msg) : Message{msg, {detail}};
}

volatile sig_atomic_t interrupted = 0;
extern "C" void on_roll_up_interrupt(int) { interrupted = 1; }

struct Worker {
    std::vector<std::size_t> files;
    std::size_t given = 0;  // files it was given  // indices into the run's files, in the order it takes them
    std::chrono::steady_clock::time_point file_started;
    std::optional<std::size_t> current;  // the file it is on
};

}  // namespace

// ---- the worker: one office, file after file ------------------------------------

int run_source_reader(const Arguments& args) {
    const Language language = message_language(args.settings.language);
    const fs::path folder = args.work_directory / "sources";
    std::vector<std::pair<std::size_t, fs::path>> files;
    {
        std::ifstream list(args.read_sources);
        std::string line;
        while (std::getline(list, line)) {
            const auto tab = line.find('\t');
            if (tab != std::string::npos)
                files.emplace_back(std::stoul(line.substr(0, tab)), line.substr(tab + 1));
        }
    }
    try {
        office::SessionOptions options;
        options.parent_directory = args.work_directory;
        office::OfficeSession office(options);
        for (const auto& [index, file] : files) {
            if (interrupted)
                return 130;
            const Slot s = slot(folder, index);
            write_file(s.started, "");
            std::error_code ec;
            std::optional<Message> refused;
            if (!fs::exists(file, ec))
                refused = Message{Msg::cli_no_such_file, {file.string()}};
            else if (fs::is_directory(file, ec))
                refused = Message{Msg::cli_not_a_file, {file.string()}};
            else if (access(file.c_str(), R_OK) != 0)
                refused = Message{Msg::cli_permission_denied, {file.string()}};
            else if (!uno::roll_up_kind(file))
                refused = Message(Msg::cli_unsupported_type);
            else if (fs::file_size(file, ec) == 0)
                refused = Message(Msg::cli_empty_file);
            if (refused) {
                write_file(s.failed, failure_record(*refused));
                continue;
            }
            // A private copy under its own name: the input is never opened itself.
            const fs::path copy_folder = office.directory() / "input" / std::to_string(index);
            fs::create_directories(copy_folder);
            const fs::path copy = copy_folder / file.filename();
            fs::copy_file(file, copy, fs::copy_options::overwrite_existing);
            fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
            office.hand_over(copy_folder);
            if (args.open_only) {
                const uno::LoadedDocument loaded = uno::load_for_reading(office.desktop(), copy);
                write_file(loaded ? s.opened : s.failed,
                           loaded ? "" : failure_record(loaded.failure().value_or(Message(Msg::cli_cannot_open))));
            } else {
                // Direct: small workbooks read in fewer calls to the office (document_io.hpp).
                const uno::SourceCells cells = uno::read_source_cells(office.desktop(), copy, uno::Fetch::direct);
                if (cells.workbook) {
                    if (cells.csv_invalid_bytes > 0)
                        write_file(s.note, std::to_string(cells.csv_invalid_bytes));
                    write_file(s.cells, encode_workbook(*cells.workbook));
                } else {
                    write_file(s.failed, failure_record(*cells.failure));
                }
            }
            fs::remove_all(copy_folder, ec);
        }
    } catch (const office::OfficeUnavailable&) {
        print_line(std::cerr, "pmocalc-report", text(Msg::cli_office_unavailable, language));
        return 1;
    } catch (const css::uno::Exception&) {
        return 1;  // the office went away: the parent names the file and goes on
    } catch (const std::exception&) {
        return 1;
    }
    return 0;
}

// ---- the parent: workers, then one portfolio -------------------------------------

namespace {

class RollUpRun {
public:
    RollUpRun(const Arguments& args, Language language) : args_(args), language_(language) {}

    int run() {
        const fs::path out = args_.portfolio;
        const uno::RollUpFiles found = uno::roll_up_files(args_.inputs, out);
        if (found.portfolio_given)
            print_line(std::cout, out.filename().string(), text(Msg::cli_rollup_portfolio_is_input, language_));
        files_ = found.files;
        if (files_.empty()) {
            print_line(std::cerr, "pmocalc-report", text(Msg::cli_rollup_no_files, language_));
            return 2;
        }
        if (!run_.path().empty())
            fs::create_directories(run_.path() / "sources");
        else {
            print_line(std::cerr, "pmocalc-report",
                       Message{Msg::cli_cannot_create_folder, {office::temporary_directory().string()}}.render(language_));
            return 1;
        }
        signal(SIGINT, on_roll_up_interrupt);
        signal(SIGTERM, on_roll_up_interrupt);
        sources_.resize(files_.size());
        if (!args_.open_only) {
            // The office that writes the portfolio starts while the workers read.
            office::SessionOptions options;
            options.parent_directory = run_.path();
            writer_ = std::async(std::launch::async,
                                 [options] { return std::make_unique<office::OfficeSession>(options); });
        }
        read_all();
        stop_workers();
        if (interrupted)
            return 130;
        if (args_.open_only) {
            print_line(std::cout, "pmocalc-report",
                       Message{Msg::cli_rollup_opened, {static_cast<unsigned long>(opened_),
                                                        static_cast<unsigned long>(files_.size())}}
                           .render(language_));
            return 0;
        }
        return write_portfolio(out);
    }

private:
    // Every file read by at most `parallel` workers, each taking its share in turn.
    void read_all() {
        const std::size_t parallel =
            std::max<std::size_t>(1, std::min<std::size_t>({std::thread::hardware_concurrency(), 4, files_.size()}));
        std::vector<std::vector<std::size_t>> shares(parallel);
        for (std::size_t i = 0; i < files_.size(); ++i)
            shares[i % parallel].push_back(i);
        for (auto& share : shares)
            start(std::move(share));
        // The roll-up goes on as soon as every file is read: the workers, done,
        // are stopped with their offices (private profiles, nothing to save).
        // --open-only lets them end their offices themselves.
        while (!workers_.empty() && (args_.open_only || said_.size() < files_.size())) {
            if (interrupted) {
                for (auto& [pid, worker] : workers_)
                    kill(-pid, SIGKILL);
                for (auto& [pid, worker] : workers_)
                    waitpid(pid, nullptr, 0);
                workers_.clear();
                return;
            }
            // Each worker by its pid: the writer's office is a child of this process too.
            std::vector<pid_t> exited;
            for (const auto& [pid, worker] : workers_)
                if (waitpid(pid, nullptr, WNOHANG) == pid)
                    exited.push_back(pid);
            for (const pid_t pid : exited)
                ended(pid);
            const auto now = std::chrono::steady_clock::now();
            std::vector<pid_t> late;
            for (auto& [pid, worker] : workers_) {
                follow(worker);
                if (worker.current && now - worker.file_started > std::chrono::seconds(args_.timeout_seconds))
                    late.push_back(pid);
            }
            for (const pid_t pid : late) {
                const std::size_t file = *workers_[pid].current;
                kill(-pid, SIGKILL);
                waitpid(pid, nullptr, 0);
                fail(file, Message{Msg::cli_timeout, {args_.timeout_seconds}});
                ended(pid);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }

    void start(std::vector<std::size_t> share) {
        if (share.empty())
            return;
        const fs::path list = run_.path() / ("list-" + std::to_string(lists_++));
        {
            std::ofstream out(list);
            for (const std::size_t i : share)
                out << i << '\t' << fs::absolute(files_[i]).string() << '\n';
        }
        std::vector<std::string> line{"/proc/self/exe", "--worker", "--read-sources", list.string(), "--work-dir",
                                      run_.path().string()};
        if (args_.open_only)
            line.push_back("--open-only");
        if (args_.settings.language) {
            line.push_back("--lang");
            line.push_back(std::string(language_code(*args_.settings.language)));
        }
        const pid_t pid = office::spawn(line, {{}, {}, false, true});
        if (pid < 0) {
            for (const std::size_t i : share)
                fail(i, Message(Msg::cli_cannot_start_worker));
            return;
        }
        const std::size_t given = share.size();
        workers_[pid] = Worker{std::move(share), given, std::chrono::steady_clock::now(), std::nullopt};
    }

    // What the worker has done since last looked at: files finished are said, the one it is on noted.
    void follow(Worker& worker) {
        while (!worker.files.empty()) {
            const std::size_t i = worker.files.front();
            const Slot s = slot(run_.path() / "sources", i);
            std::error_code ec;
            if (fs::exists(s.cells, ec) || fs::exists(s.opened, ec)) {
                done(i, std::nullopt);
            } else if (fs::exists(s.failed, ec)) {
                done(i, failure_from_record(read_file(s.failed)));
            } else {
                if (fs::exists(s.started, ec) && worker.current != i) {
                    worker.current = i;
                    worker.file_started = std::chrono::steady_clock::now();
                }
                return;
            }
            worker.files.erase(worker.files.begin());
            worker.current.reset();
        }
    }

    // A worker ended: what it left is taken; the file it was on when it
    // failed is named, and a new worker takes the rest.
    void ended(pid_t pid) {
        Worker worker = std::move(workers_[pid]);
        workers_.erase(pid);
        kill(-pid, SIGKILL);  // its office, if it is still there
        follow(worker);
        if (worker.files.empty())
            return;
        const std::size_t lost = worker.files.front();
        std::error_code ec;
        if (fs::exists(slot(run_.path() / "sources", lost).started, ec)) {
            fail(lost, Message(Msg::cli_office_stopped));
            worker.files.erase(worker.files.begin());
        } else if (worker.files.size() == worker.given) {
            // It ended before its first file: its office could not start. Not retried.
            for (const std::size_t i : worker.files)
                fail(i, Message(Msg::cli_office_unavailable));
            return;
        }
        start(std::move(worker.files));
    }

    void fail(std::size_t i, Message why) {
        std::error_code ec;
        fs::remove(slot(run_.path() / "sources", i).cells, ec);
        write_file(slot(run_.path() / "sources", i).failed, failure_record(why));
        done(i, why);
    }

    void done(std::size_t i, const std::optional<Message>& failure) {
        if (!said_.insert(i).second)
            return;
        ++finished_;
        if (!failure)
            ++opened_;
        if (!args_.open_only)
            sources_[i] = take(i, failure);
        const std::string progress = "[" + std::to_string(finished_) + "/" + std::to_string(files_.size()) + "] " +
                                     files_[i].filename().string();
        print_line(std::cout, progress,
                   failure ? Message{Msg::cli_rollup_unreadable, {*failure}}.render(language_)
                           : std::string(text(args_.open_only ? Msg::cli_rollup_file_opened : Msg::cli_rollup_file_read,
                                              language_)));
    }

    // A file's cells, read by the core's reader as soon as a worker hands them
    // over (one file's cells in memory at a time), or why it could not be read.
    SourceInput take(std::size_t i, const std::optional<Message>& failure) {
        const Slot s = slot(run_.path() / "sources", i);
        SourceFile described = uno::describe_source(files_[i]);
        std::error_code ec;
        if (failure || !fs::exists(s.cells, ec))
            return unreadable_source(std::move(described), failure.value_or(Message(Msg::cli_office_stopped)));
        const auto workbook = decode_workbook(read_file(s.cells));
        fs::remove(s.cells, ec);
        if (!workbook)
            return unreadable_source(std::move(described), Message(Msg::cli_cannot_open));
        SourceInput input = read_source(std::move(described), *workbook, args_.settings.column_map);
        if (fs::exists(s.note, ec))
            input.portfolio->diagnostics.insert(input.portfolio->diagnostics.begin(),
                                                {Diagnostic::Severity::warning, "[" + input.file.name + "]", "",
                                                 {Msg::csv_invalid_bytes, {std::stoul(read_file(s.note))}}});
        return input;
    }

    // Every file's projects, then the portfolio written into OUT.
    int write_portfolio(const fs::path& out) {
        std::vector<SourceInput> sources;
        sources.reserve(files_.size());
        for (std::size_t i = 0; i < files_.size(); ++i)
            sources.push_back(sources_[i] ? std::move(*sources_[i])
                                          : unreadable_source(uno::describe_source(files_[i]),
                                                              Message(Msg::cli_office_stopped)));
        sources_.clear();
        try {
            return store(out, std::move(sources));
        } catch (const office::OfficeUnavailable&) {
            print_line(std::cerr, "pmocalc-report", text(Msg::cli_office_unavailable, language_));
        } catch (const css::uno::Exception& e) {
            print_line(std::cerr, out.filename().string(),
                       Message{Msg::unexpected_failure, {uno::to_utf8(e.Message)}}.render(language_));
        } catch (const fs::filesystem_error& e) {
            print_line(std::cerr, out.filename().string(),
                       Message{Msg::cli_cannot_store, {e.path1().string()}}.render(language_));
        } catch (const std::exception& e) {
            print_line(std::cerr, out.filename().string(), Message{Msg::unexpected_failure, {e.what()}}.render(language_));
        }
        return 1;
    }

    int store(const fs::path& out, std::vector<SourceInput> sources) {
        const std::unique_ptr<office::OfficeSession> session = writer_.get();
        office::OfficeSession& office = *session;
        const fs::path staging = office.directory() / "output";
        fs::create_directories(staging);
        office.hand_over(staging);
        // The portfolio workbook: a copy of OUT when there is one (its history,
        // its last Sources sheet, its Rates), else a new spreadsheet.
        std::error_code ec;
        const bool existing = fs::exists(out, ec);
        uno::LoadedDocument loaded;
        Reference<css::lang::XComponent> fresh;
        uno::DocumentRef document;
        if (existing) {
            const fs::path copy_folder = office.directory() / "portfolio";
            fs::create_directories(copy_folder);
            const fs::path copy = copy_folder / out.filename();
            fs::copy_file(out, copy);
            fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
            office.hand_over(copy_folder);
            loaded = uno::load_for_reading(office.desktop(), copy);
            if (!loaded) {
                print_line(std::cerr, out.filename().string(),
                           Message{Msg::cli_rollup_bad_portfolio, {*loaded.failure()}}.render(language_));
                return 1;
            }
            document = loaded.document();
        } else {
            const css::beans::PropertyValue hidden = uno::property("Hidden", Any(true));
            fresh = office.desktop()->loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                           Sequence<css::beans::PropertyValue>(&hidden, 1));
            document.set(fresh, UNO_QUERY_THROW);
        }
        struct Closer {
            Reference<css::lang::XComponent> c;
            ~Closer() {
                try {
                    if (c.is())
                        Reference<css::util::XCloseable>(c, UNO_QUERY_THROW)->close(true);
                } catch (...) {
                }
            }
        } closer{fresh};
        const std::vector<std::string> sheets_before = sheet_names(document);

        ReportRequest request = request_for(args_.settings, out.stem().string(), uno::local_time());
        request.schedule.uncertainty = args_.duration_uncertainty;
        const uno::GeneratedReport generated = uno::roll_up(document, std::move(sources), request, nullptr,
                                                           uno::Fetch::background);
        if (!generated.written()) {
            print_line(std::cerr, out.filename().string(), failure_text(generated.assessment, language_));
            return 1;
        }
        // A new workbook's empty first sheet is not kept.
        if (!existing)
            for (const std::string& name : sheets_before) {
                const auto sheet = Reference<css::sheet::XSpreadsheet>(
                    document->getSheets()->getByName(uno::to_ouString(name)), UNO_QUERY_THROW);
                const auto end = uno::end_of_used_area(sheet);
                if (end.Row == 0 && end.Column == 0 && uno::used_area_values(sheet)[0][0].getValueTypeClass() ==
                                                           css::uno::TypeClass_VOID)
                    document->getSheets()->removeByName(uno::to_ouString(name));
            }
        const std::string& sheet_name = *generated.sheet_name;
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        if (auto controller = model->getCurrentController(); controller.is()) {
            controller->getFrame()->getContainerWindow()->setVisible(true);
            uno::show_report(document, sheet_name, generated.layout->frozen_rows);
        }
        Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
        store_as(storable, staging / out.filename(), out,
                 {uno::property("FilterName", Any(uno::to_ouString(filter_of(out)))),
                  uno::property("Overwrite", Any(true))});
        print_line(std::cout, "pmocalc-report", Message{Msg::cli_report_written, {sheet_name, out.string()}}.render(language_));
        const fs::path stem = out.parent_path() / out.stem();
        if (args_.pdf) {
            const fs::path pdf = stem.string() + ".pdf";
            Reference<css::sheet::XSpreadsheet> sheet(document->getSheets()->getByName(uno::to_ouString(sheet_name)),
                                                      UNO_QUERY_THROW);
            const css::beans::PropertyValue selection = uno::property("Selection", Any(sheet));
            const Sequence<css::beans::PropertyValue> filter_data(&selection, 1);
            store_as(storable, staging / pdf.filename(), pdf,
                     {uno::property("FilterName", Any(rtl::OUString("calc_pdf_Export"))),
                      uno::property("FilterData", Any(filter_data)), uno::property("Overwrite", Any(true))});
            print_line(std::cout, "pmocalc-report", Message{Msg::cli_pdf_written, {pdf.string()}}.render(language_));
        }
        if (args_.json) {
            const fs::path json = stem.string() + ".json";
            write_file(staging / json.filename(), summary_json(generated.assessment, {out.string(), sheet_name}));
            fs::copy_file(staging / json.filename(), json, fs::copy_options::overwrite_existing);
            print_line(std::cout, "pmocalc-report", Message{Msg::cli_json_written, {json.string()}}.render(language_));
        }
        const RollUp& roll = *generated.assessment.roll_up;
        print_line(std::cout, "pmocalc-report", roll_up_summary(roll).render(language_));
        return std::any_of(roll.sources.begin(), roll.sources.end(), [](const SourceRecord& s) { return s.counted(); })
                   ? 0
                   : 1;
    }

    static std::vector<std::string> sheet_names(const uno::DocumentRef& document) {
        std::vector<std::string> names;
        for (const rtl::OUString& name : document->getSheets()->getElementNames())
            names.push_back(uno::to_utf8(name));
        return names;
    }

    static std::string filter_of(const fs::path& out) {
        const std::string ext = lowered(out.extension().string());
        if (ext == ".xlsx")
            return "Calc MS Excel 2007 XML";
        if (ext == ".fods")
            return "OpenDocument Spreadsheet Flat XML";
        return "calc8";
    }

    // Stored in the office's staging folder, then moved into place: OUT is never half-written.
    static void store_as(const Reference<css::frame::XStorable>& storable, const fs::path& staged, const fs::path& target,
                         const std::vector<css::beans::PropertyValue>& arguments) {
        try {
            storable->storeToURL(uno::file_url(staged),
                                 Sequence<css::beans::PropertyValue>(arguments.data(),
                                                                     static_cast<sal_Int32>(arguments.size())));
        } catch (const css::uno::RuntimeException&) {
            throw;
        } catch (const css::uno::Exception&) {
            throw fs::filesystem_error("store", target, std::make_error_code(std::errc::io_error));
        }
        const fs::path part = target.parent_path() / (".pmocalc-" + target.filename().string() + ".part");
        fs::copy_file(staged, part, fs::copy_options::overwrite_existing);
        fs::rename(part, target);
        fs::remove(staged);
    }

    const Arguments& args_;
    Language language_;
    RunDirectory run_{"pmocalc-rollup"};
    std::vector<fs::path> files_;
    std::map<pid_t, Worker> workers_;
    std::set<std::size_t> said_;
    std::size_t finished_ = 0;
    std::size_t opened_ = 0;
    std::size_t lists_ = 0;
    std::vector<std::optional<SourceInput>> sources_;  // by file, as read
    // Declared after run_: stopped before the run's folder is removed.
    std::future<std::unique_ptr<office::OfficeSession>> writer_;

public:
    ~RollUpRun() { stop_workers(); }

private:
    void stop_workers() {
        for (const auto& [pid, worker] : workers_) {
            kill(-pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
        workers_.clear();
    }
};

}  // namespace

int run_roll_up(const Arguments& args) {
    const Language language = message_language(args.settings.language);
    const fs::path out(args.portfolio);
    const fs::path folder = out.parent_path().empty() ? fs::path(".") : out.parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec) || access(folder.c_str(), W_OK | X_OK) != 0) {
        print_line(std::cerr, "pmocalc-report", Message{Msg::cli_folder_not_writable, {folder.string()}}.render(language));
        return 1;
    }
    return RollUpRun(args, language).run();
}

}  // namespace pmocalc::cli
