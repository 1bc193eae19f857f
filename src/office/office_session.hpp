// A private headless LibreOffice for one run: its own profile in a temporary
// directory, reached over a pipe or a loopback socket, and ended (killed if
// need be) when the session goes out of scope, so no .lock, no process and no
// temporary file is left behind. The one office harness of pmocalc: the CLI,
// the benchmark and the tests' support all start their office here.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pmocalc::office {

// Where the office is installed (set by the build from LibreOffice's location).
std::filesystem::path program_directory();

// The user the office runs as when we are root and the profile must not be
// root's (unopkg refuses to install into a root profile).
inline constexpr uid_t unprivileged_user = 65534;  // nobody

struct SessionOptions {
    // A profile prepared beforehand (tests install the extension into one);
    // empty: a fresh profile inside the session directory.
    std::filesystem::path profile;
    // Run the office as unprivileged_user when we are root; the profile and
    // every file handed to the office must then be theirs (hand_over).
    bool unprivileged = false;
    // Where the session's private directory is made (default: $TMPDIR, else
    // /tmp): a caller that may have to kill the session makes it inside a
    // directory of its own.
    std::filesystem::path parent_directory;
    // Extensions (.oxt) installed with unopkg into the session's fresh
    // profile before the office starts (pmocalc-report --share recalculates
    // pmocalc's functions). unopkg refuses to run as root: as root, the
    // office then runs as unprivileged_user.
    std::vector<std::filesystem::path> extensions;
};

// The office could not be started or reached (not installed, no memory …).
class OfficeUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// An extension of SessionOptions::extensions could not be installed.
class ExtensionNotInstalled : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class OfficeSession {
public:
    // Throws OfficeUnavailable when the office cannot be started or reached.
    explicit OfficeSession(const SessionOptions& options = {});
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    css::uno::Reference<css::frame::XDesktop2> desktop() const { return desktop_; }
    css::uno::Reference<css::uno::XComponentContext> context() const { return context_; }
    // Makes a file or directory readable and writable by the office's user.
    void hand_over(const std::filesystem::path& path) const;
    // A private scratch directory, removed with the session.
    const std::filesystem::path& directory() const { return directory_; }
    // Whether the office process is still running.
    bool alive() const;
    // The UNO URL another client (a Python test) connects to the office with.
    const std::string& url() const { return url_; }
    // The process id of the office's launcher (soffice.bin is its child); -1 once it has ended.
    pid_t pid() const { return office_; }

private:
    void stop();

    std::filesystem::path directory_;
    mutable pid_t office_ = -1;  // -1 once it has ended
    bool as_other_user_ = false;
    std::string url_;
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
};

// $TMPDIR when it names a directory, else /tmp.
std::filesystem::path temporary_directory();

// Hands a file or a directory tree to unprivileged_user (when we are root).
void give_to_unprivileged_user(const std::filesystem::path& root);

struct SpawnOptions {
    std::vector<std::string> environment;  // empty: this process's
    std::filesystem::path directory;       // the working directory; empty: this process's
    bool quiet = false;                    // output discarded
    bool own_process_group = false;        // so that it can be stopped with all it starts
};

// Starts a program (args[0] is its path); its process id, or -1 when it cannot start.
pid_t spawn(const std::vector<std::string>& args, const SpawnOptions& options);

// Runs a program quietly (output discarded) in `directory` and waits for it;
// its exit code or -1.
int run_quietly(const std::vector<std::string>& args, const std::vector<std::string>& environment,
                const std::filesystem::path& directory);

// The environment of this process with `overrides` ("NAME=value") replacing or added.
std::vector<std::string> environment_with(const std::vector<std::string>& overrides);

}  // namespace pmocalc::office
