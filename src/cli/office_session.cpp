#include "office_session.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include <com/sun/star/bridge/XUnoUrlResolver.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>

extern char** environ;

namespace pmocalc::cli {

namespace {

constexpr char office_program[] = "/usr/lib/libreoffice/program/soffice";
constexpr char offapi_types[] = "file:///usr/lib/libreoffice/program/types/offapi.rdb";

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

bool exited(pid_t pid) {
    int status = 0;
    return waitpid(pid, &status, WNOHANG) == pid;
}

}  // namespace

namespace {

constexpr uid_t nobody = 65534;

// Starts a program with the given environment, its output discarded; -1 when it cannot start.
pid_t spawn_quietly(std::vector<std::string> args, std::vector<std::string> environment) {
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char*> envp;
    for (auto& e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    return spawned == 0 ? pid : -1;
}

// Runs a program to completion; its exit code, or -1.
int run_program(const std::vector<std::string>& args, const std::vector<std::string>& environment) {
    const pid_t pid = spawn_quietly(args, environment);
    if (pid < 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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

void give_to_nobody(const std::filesystem::path& root) {
    if (chown(root.c_str(), nobody, nobody) != 0)
        throw std::runtime_error("cannot hand " + root.string() + " to the user nobody");
    if (std::filesystem::is_directory(root))
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
            if (chown(entry.path().c_str(), nobody, nobody) != 0)
                throw std::runtime_error("cannot hand " + entry.path().string() + " to the user nobody");
}

}  // namespace

OfficeSession::OfficeSession(const SessionOptions& options) {
    char pattern[] = "/tmp/pmocalc-office-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory for the office profile");
    directory_ = pattern;
    const std::filesystem::path scratch = directory_ / "tmp";
    const std::filesystem::path home = directory_ / "home";
    std::filesystem::create_directories(scratch);
    std::filesystem::create_directories(home);
    const std::string profile = "-env:UserInstallation=file://" + (directory_ / "profile").string();
    // The office's temporary files go to the session directory, removed with it.
    std::vector<std::string> environment{"TMPDIR=" + scratch.string()};
    const bool own_home = !options.extension.empty();
    for (char** e = environ; *e; ++e) {
        const std::string_view entry(*e);
        if (entry.substr(0, 7) != "TMPDIR=" && !(own_home && entry.substr(0, 5) == "HOME="))
            environment.emplace_back(*e);
    }
    std::vector<std::string> prefix;
    std::string connection;
    if (!options.extension.empty()) {
        as_nobody_ = geteuid() == 0;
        environment.push_back("HOME=" + home.string());
        const std::filesystem::path extension = directory_ / options.extension.filename();
        std::filesystem::copy_file(options.extension, extension);
        if (as_nobody_) {
            give_to_nobody(directory_);
            prefix = {"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"};
        }
        std::vector<std::string> install = prefix;
        for (const std::string& a : {std::string("/usr/lib/libreoffice/program/unopkg"), std::string("add"), profile,
                                     extension.string()})
            install.push_back(a);
        if (run_program(install, environment) != 0) {
            stop();
            throw std::runtime_error("unopkg could not install " + options.extension.string());
        }
        connection = "socket,host=127.0.0.1,port=" + std::to_string(free_loopback_port());
    } else {
        connection = "pipe,name=pmocalc_" + std::to_string(getpid()) + "_" + directory_.filename().string().substr(15);
    }
    const std::string accept = "--accept=" + connection + ";urp;StarOffice.ComponentContext";
    std::vector<std::string> args = prefix;
    for (const std::string& a : {std::string(office_program), std::string("--headless"), std::string("--invisible"),
                                 std::string("--norestore"), std::string("--nologo"), std::string("--nodefault"),
                                 std::string("--nolockcheck"), accept, profile})
        args.push_back(a);
    office_ = spawn_quietly(args, environment);
    if (office_ < 0) {
        stop();
        throw std::runtime_error(std::string("cannot start ") + office_program + " (is libreoffice-calc installed?)");
    }
    const std::string pipe_url = "uno:" + connection + ";urp;StarOffice.ComponentContext";
    try {
        rtl::Bootstrap::set("URE_MORE_TYPES", offapi_types);
        Reference<css::uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext();
        Reference<css::bridge::XUnoUrlResolver> resolver(
            local->getServiceManager()->createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local),
            UNO_QUERY_THROW);
        const rtl::OUString url = rtl::OUString::createFromAscii(pipe_url.c_str());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
        Reference<css::uno::XComponentContext> remote;
        while (!remote.is()) {
            try {
                remote.set(resolver->resolve(url), UNO_QUERY_THROW);
            } catch (const css::uno::Exception&) {
                if (exited(office_)) {
                    office_ = -1;
                    throw std::runtime_error("the office exited while starting");
                }
                if (std::chrono::steady_clock::now() > deadline)
                    throw std::runtime_error("the office did not answer within 90 s");
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
        context_ = remote;
        desktop_ = css::frame::Desktop::create(remote);
    } catch (const css::uno::Exception& e) {
        stop();
        throw std::runtime_error("cannot reach the office: " +
                                 std::string(rtl::OUStringToOString(e.Message, RTL_TEXTENCODING_UTF8).getStr()));
    } catch (...) {
        stop();
        throw;
    }
}

OfficeSession::~OfficeSession() { stop(); }

void OfficeSession::hand_over(const std::filesystem::path& path) const {
    if (as_nobody_)
        give_to_nobody(path);
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

}  // namespace pmocalc::cli
