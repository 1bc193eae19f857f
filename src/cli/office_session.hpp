// A private headless LibreOffice for one run: its own profile in a temporary
// directory, reached over a named pipe, and ended (killed if need be) when the
// session goes out of scope, so no .lock or process is left behind.
#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace pmocalc::cli {

struct SessionOptions {
    // An extension to install into the session's profile first (tests of the
    // in-Calc command). unopkg refuses to run as root, so when we are root the
    // office then runs as the user nobody, reached over a loopback socket.
    std::filesystem::path extension;
};

class OfficeSession {
public:
    // Throws std::runtime_error when the office cannot be started or reached.
    explicit OfficeSession(const SessionOptions& options = {});
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    css::uno::Reference<css::frame::XDesktop2> desktop() const { return desktop_; }
    css::uno::Reference<css::uno::XComponentContext> context() const { return context_; }
    // Makes a file in the session directory readable and writable by the office.
    void hand_over(const std::filesystem::path& path) const;
    // A private scratch directory, removed with the session.
    const std::filesystem::path& directory() const { return directory_; }

private:
    void stop();

    std::filesystem::path directory_;
    pid_t office_ = -1;
    bool as_nobody_ = false;
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
};

}  // namespace pmocalc::cli
