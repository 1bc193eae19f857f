// One input of pmocalc-report, in its own process with its own private
// office: a copy of the input is opened (never the input itself), the report
// is generated into it, and the outputs are written first inside the
// session's private directory and only then moved into the out folder, so a
// stopped office never leaves a half-written file or a lock file there.

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <regex>
#include <thread>

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/BrokenPackageRequest.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/PasswordRequest.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <osl/file.hxx>
#include <rtl/ref.hxx>

#include "../uno/document_loading.hpp"
#include "../core/summary_json.hpp"
#include "../office/office_session.hpp"
#include "../uno/document_settings.hpp"
#include "../uno/report_engine.hpp"
#include "../uno/schedule_import.hpp"
#include "../core/schedules/mspdi_writer.hpp"
#include "../uno/share_export.hpp"
#include "../uno/uno_values.hpp"
#include "report_job.hpp"

namespace pmocalc::cli {
namespace {

namespace fs = std::filesystem;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

struct OutputFormat {
    std::string extension;
    std::string filter;
    bool from_csv = false;
    bool from_schedule = false;  // MS Project XML, P6 XER, GanttProject: read by pmocalc, written as its sheets
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
        {".xml", {".ods", "calc8", false, true}},
        {".pod", {".ods", "calc8", false, true}},
        {".xer", {".ods", "calc8", false, true}},
        {".gan", {".ods", "calc8", false, true}},
    };
    const auto found = formats.find(ext);
    if (found == formats.end())
        return std::nullopt;
    return found->second;
}

using uno::file_url;
using uno::property;

// LibreOffice's exception texts carry source locations ("sfxbasemodel.cxx:3207")
// and error codes ("0x507") that tell a person nothing: they are left out.
std::string without_traces(const std::string& text) {
    static const std::regex trace(R"([^\s]+\.(cxx|hxx|cpp|hpp)(:\d+)*:?|\b0x[0-9A-Fa-f]{3,}\b|\bmessage:)");
    std::string plain = std::regex_replace(text, trace, " ");
    plain = std::regex_replace(plain, std::regex(R"(\s+)"), " ");
    while (!plain.empty() && (plain.front() == ' ' || plain.front() == ':' || plain.front() == ','))
        plain.erase(0, 1);
    while (!plain.empty() && (plain.back() == ' ' || plain.back() == ':' || plain.back() == ','))
        plain.pop_back();
    return plain.empty() ? "?" : plain;
}

// The pmocalc extension --share installs in its office: $PMOCALC_OXT, else
// pmocalc.oxt next to this program (as the build leaves them).
fs::path extension_package() {
    if (const char* chosen = std::getenv("PMOCALC_OXT"); chosen && *chosen)
        return chosen;
    std::error_code ec;
    const fs::path program = fs::read_symlink("/proc/self/exe", ec);
    return (ec ? fs::current_path() : program.parent_path()) / "pmocalc.oxt";
}

// Test hooks (never set in use): PMOCALC_INJECT=hang-after-load makes the
// worker stop answering, so the watchdog can be seen at work.
bool injected(const char* fault) {
    const char* value = std::getenv("PMOCALC_INJECT");
    return value && std::string_view(value) == fault;
}

// Writes `file` through a temporary name in the session directory, then
// moves it into place: the out folder only ever sees finished files.
void move_into_place(const fs::path& written, const fs::path& target) {
    const fs::path temporary = target.parent_path() / (".pmocalc-" + target.filename().string() + ".part");
    fs::copy_file(written, temporary, fs::copy_options::overwrite_existing);
    fs::rename(temporary, target);
    fs::remove(written);
}

class Worker {
public:
    Worker(const Arguments& args, fs::path input)
        : args_(args), input_(std::move(input)), label_(input_.filename().string()),
          language_(message_language(args.settings.language)) {}

    int run() {
        std::error_code ec;
        if (!fs::exists(input_, ec))
            return fail({Msg::cli_no_such_file, {input_.string()}});
        if (fs::is_directory(input_, ec))
            return fail({Msg::cli_not_a_file, {input_.string()}});
        if (access(input_.c_str(), R_OK) != 0)
            return fail({Msg::cli_permission_denied, {input_.string()}});
        const auto format = output_format(input_);
        if (!format)
            return fail(Msg::cli_unsupported_type);
        if (fs::file_size(input_, ec) == 0)
            return fail(Msg::cli_empty_file);
        try {
            return report(*format);
        } catch (const office::ExtensionNotInstalled&) {
            return fail({Msg::cli_share_cannot_install, {extension_package().string()}});
        } catch (const office::OfficeUnavailable&) {
            return fail(Msg::cli_office_unavailable);
        } catch (const css::lang::DisposedException&) {
            return fail(Msg::cli_office_stopped);
        } catch (const css::uno::RuntimeException&) {
            return fail(Msg::cli_office_stopped);  // the bridge to the office is gone
        } catch (const css::uno::Exception& e) {
            return fail({Msg::unexpected_failure, {without_traces(uno::to_utf8(e.Message))}});
        } catch (const fs::filesystem_error& e) {
            return fail({Msg::cli_cannot_store, {e.path1().string()}});
        } catch (const std::exception& e) {
            return fail({Msg::unexpected_failure, {without_traces(e.what())}});
        }
    }

private:
    int fail(Message message) {
        print_line(std::cerr, label_, message.render(language_));
        return 1;
    }

    void say(Message message) { print_line(std::cout, label_, message.render(language_)); }

    int report(const OutputFormat& format) {
        ReportRequest request = request_for(args_.settings, input_.stem().string(), uno::local_time());
        request.schedule.uncertainty = args_.duration_uncertainty;
        office::SessionOptions session_options;
        session_options.parent_directory = args_.work_directory;
        if (!args_.share.empty()) {
            // The copy's values are recalculated by pmocalc itself.
            const fs::path oxt = extension_package();
            std::error_code ec;
            if (!fs::is_regular_file(oxt, ec))
                return fail({Msg::cli_share_needs_extension, {oxt.string()}});
            session_options.extensions.push_back(oxt);
            // As root the office runs as another user (unopkg refuses root),
            // who must be able to reach the session inside the run's directory.
            fs::permissions(args_.work_directory, fs::perms::others_exec | fs::perms::group_exec,
                            fs::perm_options::add, ec);
        }
        office::OfficeSession office(session_options);
        // A private copy, under the input's own name (a CSV's sheet is named
        // after it): the input stays untouched, and one the user may not
        // write, or that is open elsewhere, does not open read-only.
        const fs::path copy_directory = office.directory() / "input";
        fs::create_directories(copy_directory);
        const fs::path working_copy = copy_directory / input_.filename();
        fs::copy_file(input_, working_copy);
        fs::permissions(working_copy, fs::perms::owner_read | fs::perms::owner_write);
        office.hand_over(copy_directory);
        Reference<css::sheet::XSpreadsheetDocument> document;
        std::optional<uno::LoadedDocument> loaded;
        if (format.from_schedule) {
            // Read by pmocalc itself and written as its sheets into a new workbook.
            const auto schedule = uno::read_schedule_file(working_copy);
            if (!schedule)
                return fail(schedule.problem().message);
            const Language language = args_.settings.language.value_or(schedule_language(*schedule));
            const ScheduleSheets sheets = schedule_sheets(*schedule, input_.filename().string(), language);
            loaded.emplace(uno::new_workbook(office.desktop()));
            document = loaded->document();
            uno::write_schedule_sheets(document, sheets);
            uno::remove_blank_sheets(document);
            const auto notes = schedule_diagnostics(*schedule, input_.filename().string());
            request.found_before_reading.insert(request.found_before_reading.end(), notes.begin(), notes.end());
        } else {
            loaded.emplace(uno::load_for_reading(office.desktop(), working_copy));
            if (loaded->csv() && loaded->csv()->invalid_bytes > 0)
                request.found_before_reading.push_back(
                    {Diagnostic::Severity::warning, "", "", {Msg::csv_invalid_bytes, {loaded->csv()->invalid_bytes}}});
            if (!*loaded)
                return fail(*loaded->failure());
            document = loaded->document();
        }
        if (injected("hang-after-load"))
            std::this_thread::sleep_for(std::chrono::hours(24));

        if (!args_.history_inputs.empty()) {
            const auto imported = import_history(office);
            if (!imported)
                return 1;
            request.imported_history = std::move(imported->rows);
            request.found_before_reading.insert(request.found_before_reading.end(), imported->notes.begin(),
                                                imported->notes.end());
        }
        // The budget the workbook keeps (pmocalc.SelectionBudget, set in Calc)
        // when the command line gives none: the same choice in Calc and here.
        const ReportSettings stored = uno::read_settings(document);
        if (!request.settings.budget) {
            request.settings.budget = stored.budget;
            if (!request.settings.people_limit)
                request.settings.people_limit = stored.people_limit;
        }
        // The column map the workbook keeps (pmocalc.ColumnMap) unless --map gives one.
        if (request.settings.column_map.empty())
            request.settings.column_map = stored.column_map;
        if (args_.record)
            return record(document, request, format, office);
        if (!args_.share.empty())
            return share(document, office);
        if (!args_.export_mspdi.empty())
            return export_mspdi(document, request, office);

        const auto generated = uno::generate(document, request, nullptr, uno::Fetch::background);
        if (!generated.written()) {
            print_line(std::cerr, label_, failure_text(generated.assessment, language_));
            return 1;
        }
        const std::string& sheet_name = *generated.sheet_name;

        // Only a visible frame's view is saved with the document (the headless
        // office shows nothing either way): so the report opens in front with
        // its title rows frozen. Loading hidden and showing only now keeps
        // Calc from laying out the report while it is written.
        Reference<css::frame::XModel> model(document, UNO_QUERY_THROW);
        if (auto controller = model->getCurrentController(); controller.is()) {
            controller->getFrame()->getContainerWindow()->setVisible(true);
            uno::show_report(document, sheet_name, generated.layout->frozen_rows);
        }

        const fs::path staging = office.directory() / "output";
        const fs::path stem = args_.out / args_.output_stem;
        const fs::path workbook_out = store_workbook(document, format, staging, stem);
        Reference<css::frame::XStorable> storable(document, UNO_QUERY_THROW);
        say({Msg::cli_report_written, {sheet_name, workbook_out.string()}});

        if (args_.pdf) {
            const fs::path pdf = fs::path(stem.string() + ".pdf");
            Reference<css::sheet::XSpreadsheet> sheet(
                document->getSheets()->getByName(uno::to_ouString(sheet_name)), UNO_QUERY_THROW);
            Sequence<css::beans::PropertyValue> filter_data(1);
            filter_data.getArray()[0] = property("Selection", Any(sheet));
            store(storable, staging / pdf.filename(), pdf,
                  {property("FilterName", Any(rtl::OUString("calc_pdf_Export"))),
                   property("FilterData", Any(filter_data)), property("Overwrite", Any(true))});
            say({Msg::cli_pdf_written, {pdf.string()}});
        }
        if (args_.json) {
            const fs::path json = fs::path(stem.string() + ".json");
            const fs::path staged = staging / json.filename();
            {
                std::ofstream out(staged);
                out << summary_json(generated.assessment, {input_.string(), sheet_name});
                if (!out)
                    return fail({Msg::cli_cannot_store, {json.string()}});
            }
            move_into_place(staged, json);
            say({Msg::cli_json_written, {json.string()}});
        }
        const ProblemCounts counts = count_problems(generated.assessment.portfolio.diagnostics);
        if (counts.errors + counts.warnings > 0)
            say({Msg::cli_problems_listed, {counts.errors + counts.warnings}});
        return 0;
    }

    struct Imported {
        std::vector<HistoryRow> rows;
        std::vector<Diagnostic> notes;  // "status of <date> read from <file>"
    };

    // The status of each older copy (its own status date, and the history it
    // kept), merged: a copy that cannot be read stops the run with the reason.
    std::optional<Imported> import_history(office::OfficeSession& office) {
        Imported imported;
        std::size_t n = 0;
        for (const std::string& older : args_.history_inputs) {
            const fs::path path(older);
            const std::string name = path.filename().string();
            std::error_code ec;
            const auto format = output_format(path);
            if (!fs::is_regular_file(path, ec) || access(path.c_str(), R_OK) != 0) {
                fail({Msg::cli_history_unreadable, {name, Message{Msg::cli_no_such_file, {older}}}});
                return std::nullopt;
            }
            if (!format || format->from_csv) {
                fail({Msg::cli_history_unreadable, {name, Msg::cli_unsupported_type}});
                return std::nullopt;
            }
            const fs::path directory = office.directory() / "history" / std::to_string(n++);
            fs::create_directories(directory);
            const fs::path copy = directory / path.filename();
            fs::copy_file(path, copy);
            fs::permissions(copy, fs::perms::owner_read | fs::perms::owner_write);
            const uno::LoadedDocument loaded = uno::load_for_reading(office.desktop(), copy);
            if (!loaded) {
                fail({Msg::cli_history_unreadable, {name, Msg::cli_cannot_open}});
                return std::nullopt;
            }
            const auto& document = loaded.document();
            // Each copy at its own status date (from its status date cell or
            // its dated file name), never the --status-date of the current one.
            ReportSettings settings = args_.settings;
            settings.status_date.reset();
            ReportRequest request = request_for(settings, path.stem().string(), uno::local_time());
            request.schedule.iterations = 0;  // the history needs no simulation
            const Assessment assessment = uno::assess(document, request, uno::Fetch::background);
            if (!assessment.reportable()) {
                fail({Msg::cli_history_unreadable,
                      {name, MessageArg::rendered(failure_text(assessment, language_))}});
                return std::nullopt;
            }
            imported.rows = merge_history(std::move(imported.rows), assessment.history);
            imported.notes.push_back({Diagnostic::Severity::note, "", "",
                                      {Msg::history_imported,
                                       {MessageArg::date(assessment.status->status_date), name}}});
        }
        return imported;
    }

    // --record: the status in the history sheet of the output workbook, no report.
    int record(const Reference<css::sheet::XSpreadsheetDocument>& document, const ReportRequest& request,
               const OutputFormat& format, office::OfficeSession& office) {
        const auto recorded = uno::record_status(document, request, uno::Fetch::background);
        if (!recorded.written()) {
            if (!recorded.assessment.reportable()) {
                print_line(std::cerr, label_, failure_text(recorded.assessment, language_));
                return 1;
            }
            return fail({Msg::cli_history_not_recorded,
                         {MessageArg::rendered(not_recorded_text(recorded.assessment, language_))}});
        }
        const fs::path staging = office.directory() / "output";
        const fs::path stem = args_.out / args_.output_stem;
        const fs::path workbook_out = store_workbook(document, format, staging, stem);
        say({Msg::cli_status_recorded, {recorded.history->sheet_name, workbook_out.string()}});
        if (args_.json) {
            const fs::path json = fs::path(stem.string() + ".json");
            const fs::path staged = staging / json.filename();
            {
                std::ofstream out(staged);
                out << summary_json(recorded.assessment, {input_.string(), ""});
                if (!out)
                    return fail({Msg::cli_cannot_store, {json.string()}});
            }
            move_into_place(staged, json);
            say({Msg::cli_json_written, {json.string()}});
        }
        return 0;
    }

    // --share: every formula recalculated (as Calc shows them to the user),
    // then each one that calls pmocalc replaced by its value.
    int share(const Reference<css::sheet::XSpreadsheetDocument>& document, office::OfficeSession& office) {
        Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
        const ShareSummary summary = uno::replace_pmocalc_formulas(document);
        const auto share_format = *uno::share_format_of(args_.share);
        const fs::path staging = office.directory() / "output";
        fs::create_directories(staging);
        office.hand_over(staging);
        const OutputFormat format{std::string(uno::share_extension(share_format)),
                                  uno::to_utf8(uno::share_filter(share_format))};
        const fs::path written = store_workbook(document, format, staging, args_.out / args_.output_stem);
        say({Msg::cli_share_written, {written.string()}});
        say(share_summary_message(summary));
        return 0;
    }

    // The first project's plan as MS Project XML, through the staging folder.
    int export_mspdi(const Reference<css::sheet::XSpreadsheetDocument>& document, const ReportRequest& request,
                     office::OfficeSession& office) {
        const Assessment assessment = uno::assess(document, request);
        if (assessment.portfolio.tasks.empty()) {
            print_line(std::cerr, label_, failure_text(assessment, language_));
            return 1;
        }
        const MspdiExport exported = mspdi_of(assessment.portfolio, "");
        for (const Message& note : exported.notes)
            say({Msg::cli_export_link_left_out, {note}});
        const fs::path staging = office.directory() / "output";
        fs::create_directories(staging);
        const fs::path target = args_.out / (args_.output_stem + ".xml");
        const fs::path staged = staging / target.filename();
        {
            std::ofstream out(staged, std::ios::binary);
            out << exported.xml;
            if (!out)
                return fail({Msg::cli_cannot_store, {target.string()}});
        }
        move_into_place(staged, target);
        say({Msg::cli_export_written,
             {target.string(), static_cast<long>(exported.tasks), static_cast<long>(exported.links)}});
        return 0;
    }

    // The workbook as <stem><extension>, through the staging folder.
    fs::path store_workbook(const Reference<css::sheet::XSpreadsheetDocument>& document, const OutputFormat& format,
                            const fs::path& staging, const fs::path& stem) {
        fs::create_directories(staging);
        const fs::path workbook_out = fs::path(stem.string() + format.extension);
        store(Reference<css::frame::XStorable>(document, UNO_QUERY_THROW), staging / workbook_out.filename(),
              workbook_out,
              {property("FilterName", Any(uno::to_ouString(format.filter))), property("Overwrite", Any(true))});
        return workbook_out;
    }

    void store(const Reference<css::frame::XStorable>& storable, const fs::path& staged, const fs::path& target,
               const std::vector<css::beans::PropertyValue>& arguments) {
        try {
            storable->storeToURL(file_url(staged), Sequence<css::beans::PropertyValue>(
                                                       arguments.data(), static_cast<sal_Int32>(arguments.size())));
        } catch (const css::uno::RuntimeException&) {
            throw;
        } catch (const css::uno::Exception&) {
            throw fs::filesystem_error("store", target, std::make_error_code(std::errc::io_error));
        }
        move_into_place(staged, target);
    }

    const Arguments& args_;
    fs::path input_;
    std::string label_;
    Language language_;
};

}  // namespace

int run_worker(const Arguments& args) { return Worker(args, args.inputs.front()).run(); }

}  // namespace pmocalc::cli
