#include "extension_profile.hpp"

#include <unistd.h>

#include <fstream>
#include <stdexcept>

namespace pmocalc::test {

namespace fs = std::filesystem;

namespace {

void write_settings(const fs::path& profile, const std::optional<std::string>& ui_locale) {
    fs::create_directories(profile / "user");
    std::ofstream out(profile / "user" / "registrymodifications.xcu");
    out << R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
)";
    if (ui_locale)
        out << R"(<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>)"
            << *ui_locale << "</value></prop></item>\n";
    out << "</oor:items>\n";
    if (!out)
        throw std::runtime_error("cannot write the settings of " + profile.string());
}

}  // namespace

ExtensionProfile::ExtensionProfile(const ProfileOptions& options) {
    if (options.directory.empty()) {
        char pattern[] = "/tmp/pmocalc-profile-XXXXXX";
        if (!mkdtemp(pattern))
            throw std::runtime_error("cannot create a temporary directory for a profile");
        directory_ = pattern;
    } else {
        directory_ = fs::absolute(options.directory);
        fs::create_directories(directory_);
    }
    fs::permissions(directory_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);
    const fs::path home = directory_ / "home";
    fs::create_directories(home);
    write_settings(profile(), options.ui_locale);
    std::vector<fs::path> staged;
    for (const fs::path& extension : options.extensions) {
        staged.push_back(directory_ / extension.filename());
        fs::copy_file(extension, staged.back(), fs::copy_options::overwrite_existing);
    }
    office::give_to_unprivileged_user(directory_);
    const auto environment = office::environment_with({"HOME=" + home.string()});
    for (const fs::path& extension : staged) {
        std::vector<std::string> install;
        if (geteuid() == 0)
            install = {"/usr/bin/setpriv", "--reuid=" + std::to_string(office::unprivileged_user),
                       "--regid=" + std::to_string(office::unprivileged_user), "--clear-groups"};
        for (const std::string& a : {(office::program_directory() / "unopkg").string(), std::string("add"),
                                     "-env:UserInstallation=file://" + profile().string(), extension.string()})
            install.push_back(a);
        if (office::run_quietly(install, environment, directory_) != 0)
            throw std::runtime_error("unopkg could not install " + extension.string());
    }
}

ExtensionProfile::~ExtensionProfile() {
    std::error_code ignored;
    if (!keep_)
        fs::remove_all(directory_, ignored);
}

}  // namespace pmocalc::test
