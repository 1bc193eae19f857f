#include "office_session.hpp"

#include <fcntl.h>
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

OfficeSession::OfficeSession() {
    char pattern[] = "/tmp/pmocalc-office-XXXXXX";
    if (!mkdtemp(pattern))
        throw std::runtime_error("cannot create a temporary directory for the office profile");
    directory_ = pattern;
    const std::string pipe = "pmocalc_" + std::to_string(getpid()) + "_" + directory_.filename().string().substr(15);
    const std::string accept = "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext";
    const std::string profile = "-env:UserInstallation=file://" + (directory_ / "profile").string();
    std::vector<std::string> args{office_program, "--headless", "--invisible", "--norestore", "--nologo",
                                  "--nodefault",  "--nolockcheck", accept, profile};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    // The office's temporary files go to the session directory, removed with it.
    const std::filesystem::path scratch = directory_ / "tmp";
    std::filesystem::create_directories(scratch);
    std::vector<std::string> environment{"TMPDIR=" + scratch.string()};
    for (char** e = environ; *e; ++e)
        if (std::string_view(*e).substr(0, 7) != "TMPDIR=")
            environment.emplace_back(*e);
    std::vector<char*> envp;
    for (auto& e : environment)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const int spawned = posix_spawn(&office_, office_program, &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        office_ = -1;
        stop();
        throw std::runtime_error(std::string("cannot start ") + office_program + " (is libreoffice-calc installed?)");
    }
    try {
        rtl::Bootstrap::set("URE_MORE_TYPES", offapi_types);
        Reference<css::uno::XComponentContext> local = cppu::defaultBootstrap_InitialComponentContext();
        Reference<css::bridge::XUnoUrlResolver> resolver(
            local->getServiceManager()->createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local),
            UNO_QUERY_THROW);
        const rtl::OUString url = rtl::OUString::createFromAscii(
            ("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext").c_str());
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

void OfficeSession::stop() {
    if (desktop_.is()) {
        try {
            desktop_->terminate();
        } catch (const css::uno::Exception&) {
            // the bridge closes as the office exits: expected
        }
        desktop_.clear();
    }
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
