#include "office_session.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <thread>

#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>

extern char** environ;

namespace pmocalc::office {

namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

bool exited(pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid;
}

int free_loopback_port() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        if (fd >= 0)
            close(fd);
        throw std::runtime_error("no free loopback port for the office");
    }
    close(fd);
    return ntohs(address.sin_port);
}

std::vector<std::string> as_unprivileged_user() {
    const std::string id = std::to_string(unprivileged_user);
    return {"/usr/bin/setpriv", "--reuid=" + id, "--regid=" + id, "--clear-groups"};
}

}  // namespace

std::filesystem::path program_directory() { return PMOCALC_LO_PROGRAM_DIR; }

pid_t spawn(const std::vector<std::string>& args, const SpawnOptions& options) {
    std::vector<std::string> strings = args;
    std::vector<char*> argv;
    for (auto& a : strings)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = options.environment;
    std::vector<char*> envp;
    for (auto& e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (options.quiet) {
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    }
    // A program running as another user must be able to enter its working
    // directory: never leave it in ours, which may be a private (0700) one.
    if (!options.directory.empty())
        posix_spawn_file_actions_addchdir_np(&actions, options.directory.c_str());
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (options.own_process_group) {
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
    }
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(),
                                    options.environment.empty() ? environ : envp.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    return spawned == 0 ? pid : -1;
}

std::filesystem::path temporary_directory() {
    const char* tmpdir = std::getenv("TMPDIR");
    std::error_code ec;
    if (tmpdir && *tmpdir && std::filesystem::is_directory(tmpdir, ec))
        return tmpdir;
    return "/tmp";
}

void give_to_unprivileged_user(const std::filesystem::path& root) {
    if (geteuid() != 0)
        return;
    auto give = [](const std::filesystem::path& path) {
        if (lchown(path.c_str(), unprivileged_user, unprivileged_user) != 0)
            throw std::runtime_error("cannot hand " + path.string() + " to the unprivileged office user");
    };
    give(root);
    if (std::filesystem::is_directory(root))
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            give(entry.path());
}

int run_quietly(const std::vector<std::string>& args, const std::vector<std::string>& environment,
                const std::filesystem::path& directory) {
    const pid_t pid = spawn(args, {environment, directory, true, false});
    if (pid < 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::vector<std::string> environment_with(const std::vector<std::string>& overrides) {
    std::vector<std::string> environment = overrides;
    for (char** e = environ; *e; ++e) {
        const std::string_view entry(*e);
        const std::string_view name = entry.substr(0, entry.find('=') + 1);
        bool replaced = false;
        for (const std::string& o : overrides)
            replaced = replaced || std::string_view(o).substr(0, o.find('=') + 1) == name;
        if (!replaced)
            environment.emplace_back(entry);
    }
    return environment;
}

OfficeSession::OfficeSession(const SessionOptions& options) {
    const std::filesystem::path parent =
        options.parent_directory.empty() ? temporary_directory() : options.parent_directory;
    std::string pattern = (parent / "pmocalc-office-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw OfficeUnavailable("cannot create a temporary directory for the office profile in " + parent.string());
    directory_ = pattern;
    as_other_user_ = (options.unprivileged || !options.extensions.empty()) && geteuid() == 0;
    const std::filesystem::path scratch = directory_ / "tmp";
    const std::filesystem::path home = directory_ / "home";
    std::filesystem::create_directories(scratch);
    std::filesystem::create_directories(home);
    const std::filesystem::path profile = options.profile.empty() ? directory_ / "profile" : options.profile;
    // The office's temporary files go to the session directory, removed with it.
    std::vector<std::string> overrides{"TMPDIR=" + scratch.string()};
    std::vector<std::string> staged_extensions;
    for (const std::filesystem::path& extension : options.extensions) {
        const std::filesystem::path staged = directory_ / extension.filename();
        std::error_code ec;
        std::filesystem::copy_file(extension, staged, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) {
            stop();
            throw ExtensionNotInstalled("cannot read " + extension.string());
        }
        staged_extensions.push_back(staged.string());
    }
    std::vector<std::string> args;
    std::string connection;
    if (as_other_user_) {
        overrides.push_back("HOME=" + home.string());
        give_to_unprivileged_user(directory_);
        args = as_unprivileged_user();
        // A named pipe of another user cannot be reached: a loopback socket can.
        connection = "socket,host=127.0.0.1,port=" + std::to_string(free_loopback_port());
    } else {
        connection = "pipe,name=pmocalc_" + std::to_string(getpid()) + "_" + directory_.filename().string().substr(15);
    }
    for (const std::string& extension : staged_extensions) {
        std::vector<std::string> install = as_other_user_ ? as_unprivileged_user() : std::vector<std::string>{};
        for (const std::string& a : {(program_directory() / "unopkg").string(), std::string("add"),
                                     "-env:UserInstallation=file://" + profile.string(), extension})
            install.push_back(a);
        if (run_quietly(install, environment_with({"HOME=" + home.string(), "TMPDIR=" + scratch.string()}),
                        directory_) != 0) {
            stop();
            throw ExtensionNotInstalled("unopkg could not install " + extension);
        }
    }
    const std::string accept = "--accept=" + connection + ";urp;StarOffice.ComponentContext";
    for (const std::string& a : {(program_directory() / "soffice").string(), std::string("--headless"),
                                 std::string("--invisible"), std::string("--norestore"), std::string("--nologo"),
                                 std::string("--nodefault"), std::string("--nolockcheck"), accept,
                                 "-env:UserInstallation=file://" + profile.string()})
        args.push_back(a);
    office_ = spawn(args, {environment_with(overrides), directory_, true, false});
    if (office_ < 0) {
        stop();
        throw OfficeUnavailable("cannot start " + (program_directory() / "soffice").string() +
                                " (is libreoffice-calc installed?)");
    }
    url_ = "uno:" + connection + ";urp;StarOffice.ComponentContext";
    try {
        rtl::Bootstrap::set("URE_MORE_TYPES",
                            rtl::OUString::createFromAscii(("file://" + (program_directory() / "types" / "offapi.rdb").string()).c_str()));
        Reference<css::uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext();
        Reference<css::bridge::XUnoUrlResolver> resolver(
            local->getServiceManager()->createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local),
            UNO_QUERY_THROW);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
        Reference<css::uno::XComponentContext> remote;
        while (!remote.is()) {
            try {
                remote.set(resolver->resolve(rtl::OUString::createFromAscii(url_.c_str())), UNO_QUERY_THROW);
            } catch (const css::uno::Exception&) {
                if (exited(office_)) {
                    office_ = -1;
                    throw OfficeUnavailable("the office exited while starting");
                }
                if (std::chrono::steady_clock::now() > deadline)
                    throw OfficeUnavailable("the office did not answer within 90 s");
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
        context_ = remote;
        desktop_ = css::frame::Desktop::create(remote);
    } catch (const css::uno::Exception& e) {
        stop();
        throw OfficeUnavailable("cannot reach the office: " +
                                std::string(rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr()));
    } catch (...) {
        stop();
        throw;
    }
}

OfficeSession::~OfficeSession() { stop(); }

void OfficeSession::hand_over(const std::filesystem::path& path) const {
    if (as_other_user_)
        give_to_unprivileged_user(path);
}

bool OfficeSession::alive() const {
    if (office_ > 0 && exited(office_))
        office_ = -1;
    return office_ > 0;
}

void OfficeSession::stop() {
    if (desktop_.is()) {
        try {
            desktop_->terminate();
        } catch (const css::uno::Exception&) {
            // the bridge closes as the office exits: expected
        }
        desktop_.clear();
    }
    context_.clear();
    if (office_ > 0) {
        for (int i = 0; i < 100 && !exited(office_); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        if (kill(office_, 0) == 0) {
            kill(office_, SIGKILL);
            waitpid(office_, nullptr, 0);
        }
        office_ = -1;
    }
    std::error_code ignored;
    if (!directory_.empty())
        std::filesystem::remove_all(directory_, ignored);
}

}  // namespace pmocalc::office
