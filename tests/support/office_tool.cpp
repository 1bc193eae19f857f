// pmocalc-office: the tests' and scripts' way to a throwaway office with
// pmocalc installed (the one harness, src/office, behind a command line).
//
//   pmocalc-office convert --extension OXT --to xlsx|csv|pdf --outdir DIR INPUT...
//       loads each input hidden, recalculates every formula, and saves it as
//       DIR/<name>.<ext> (csv: the first sheet, UTF-8, comma separated).
//   pmocalc-office profile --extension OXT [--ui-locale LOCALE] DIR
//       makes DIR/profile with the extension installed (DIR/home as HOME),
//       owned by the unprivileged office user when run as root.
//   pmocalc-office serve --extension OXT
//       starts an office with the extension installed, for a client of its own
//       (a Python UNO test): prints "url <UNO URL>", "pid <launcher pid>" and
//       "ready", and ends the office when standard input ends.
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "extension_profile.hpp"
#include "uno/uno_values.hpp"

namespace {

namespace fs = std::filesystem;
using namespace pmocalc;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

constexpr char usage[] =
    "usage: pmocalc-office convert --extension OXT --to xlsx|csv|pdf --outdir DIR INPUT...\n"
    "       pmocalc-office profile --extension OXT [--ui-locale LOCALE] DIR\n"
    "       pmocalc-office serve --extension OXT\n";

struct Filter {
    const char* name;
    const char* options;
};

const std::map<std::string, Filter> filters{
    {"xlsx", {"Calc MS Excel 2007 XML", nullptr}},
    {"csv", {"Text - txt - csv (StarCalc)", "44,34,76,1"}},
    {"pdf", {"calc_pdf_Export", nullptr}},
};

css::beans::PropertyValue property(const char* name, Any value) {
    css::beans::PropertyValue p;
    p.Name = rtl::OUString::createFromAscii(name);
    p.Value = std::move(value);
    return p;
}

rtl::OUString url_of(const fs::path& path) {
    rtl::OUString url;
    osl::FileBase::getFileURLFromSystemPath(uno::to_ouString(fs::absolute(path).string()), url);
    return url;
}

int convert(const std::vector<fs::path>& extensions, const std::string& target, const fs::path& outdir,
            const std::vector<fs::path>& inputs) {
    const auto filter = filters.find(target);
    if (filter == filters.end()) {
        std::cerr << "pmocalc-office: --to must be xlsx, csv or pdf\n";
        return 2;
    }
    test::ExtensionProfile profile({extensions, std::nullopt, {}});
    office::OfficeSession office(profile.session_options());
    fs::create_directories(outdir);
    int failures = 0;
    for (const fs::path& input : inputs) {
        // A copy the office's user can read, in the session directory.
        const fs::path staged = office.directory() / ("in-" + input.filename().string());
        fs::copy_file(input, staged, fs::copy_options::overwrite_existing);
        office.hand_over(staged);
        const fs::path result = office.directory() / (input.stem().string() + "." + target);
        try {
            Sequence<css::beans::PropertyValue> load(1);
            load.getArray()[0] = property("Hidden", Any(true));
            auto component = office.desktop()->loadComponentFromURL(url_of(staged), "_blank", 0, load);
            Reference<css::sheet::XCalculatable>(component, UNO_QUERY_THROW)->calculateAll();
            std::vector<css::beans::PropertyValue> store{
                property("FilterName", Any(rtl::OUString::createFromAscii(filter->second.name))),
                property("Overwrite", Any(true))};
            if (filter->second.options)
                store.push_back(property("FilterOptions", Any(rtl::OUString::createFromAscii(filter->second.options))));
            Reference<css::frame::XStorable>(component, UNO_QUERY_THROW)
                ->storeToURL(url_of(result), Sequence<css::beans::PropertyValue>(store.data(), static_cast<sal_Int32>(store.size())));
            Reference<css::util::XCloseable>(component, UNO_QUERY_THROW)->close(true);
            fs::copy_file(result, outdir / result.filename(), fs::copy_options::overwrite_existing);
            std::cout << (outdir / result.filename()).string() << "\n";
        } catch (const css::uno::Exception& e) {
            std::cerr << input.string() << ": " << uno::to_utf8(e.Message) << "\n";
            ++failures;
        }
    }
    return failures == 0 ? 0 : 1;
}

// The office lives as long as the client keeps our standard input open, so a
// client that dies (a test stopped by its timeout) never leaves it running.
int serve(const std::vector<fs::path>& extensions) {
    test::ExtensionProfile profile({extensions, std::nullopt, {}});
    office::OfficeSession office(profile.session_options());
    std::cout << "url " << office.url() << "\npid " << office.pid() << "\nready" << std::endl;
    std::string ignored;
    while (std::getline(std::cin, ignored)) {
    }
    return office.alive() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || (args[0] != "convert" && args[0] != "profile" && args[0] != "serve")) {
        std::cerr << usage;
        return 2;
    }
    std::vector<fs::path> extensions;
    std::string target;
    fs::path outdir;
    std::optional<std::string> ui_locale;
    std::vector<fs::path> rest;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--extension" && has_value)
            extensions.push_back(fs::absolute(args[++i]));
        else if (args[i] == "--to" && has_value)
            target = args[++i];
        else if (args[i] == "--outdir" && has_value)
            outdir = args[++i];
        else if (args[i] == "--ui-locale" && has_value)
            ui_locale = args[++i];
        else if (args[i].starts_with("--")) {
            std::cerr << usage;
            return 2;
        } else
            rest.push_back(args[i]);
    }
    try {
        if (args[0] == "profile") {
            if (rest.size() != 1) {
                std::cerr << usage;
                return 2;
            }
            pmocalc::test::ExtensionProfile profile({extensions, ui_locale, rest[0]});
            profile.keep();
            return 0;
        }
        if (args[0] == "serve") {
            if (!rest.empty()) {
                std::cerr << usage;
                return 2;
            }
            return serve(extensions);
        }
        if (outdir.empty() || rest.empty()) {
            std::cerr << usage;
            return 2;
        }
        return convert(extensions, target, outdir, rest);
    } catch (const std::exception& e) {
        std::cerr << "pmocalc-office: " << e.what() << "\n";
        return 1;
    }
}
