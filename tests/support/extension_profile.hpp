// A throwaway LibreOffice profile with pmocalc (or any extension) installed,
// for the tests, the sample script and the UI scripts. unopkg refuses to run
// as root, so as root the profile belongs to office::unprivileged_user, and
// sessions on it run the office as that user.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "office/office_session.hpp"

namespace pmocalc::test {

struct ProfileOptions {
    std::vector<std::filesystem::path> extensions;
    std::optional<std::string> ui_locale;  // "en-US", "ja": the UI language of a GUI office
    std::filesystem::path directory;       // where to make it; empty: a new temporary directory
};

class ExtensionProfile {
public:
    // Throws std::runtime_error when an extension cannot be installed.
    explicit ExtensionProfile(const ProfileOptions& options);
    ~ExtensionProfile();
    ExtensionProfile(const ExtensionProfile&) = delete;
    ExtensionProfile& operator=(const ExtensionProfile&) = delete;

    const std::filesystem::path& directory() const { return directory_; }
    std::filesystem::path profile() const { return directory_ / "profile"; }
    // Options for an office session on this profile.
    office::SessionOptions session_options() const { return {profile(), true, {}, {}}; }
    // Leaves the directory in place when this object goes (for scripts).
    void keep() { keep_ = true; }

private:
    std::filesystem::path directory_;
    bool keep_ = false;
};

}  // namespace pmocalc::test
