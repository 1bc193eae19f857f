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

class OfficeSession {
public:
    OfficeSession();  // throws std::runtime_error when the office cannot be started or reached
    ~OfficeSession();
    OfficeSession(const OfficeSession&) = delete;
    OfficeSession& operator=(const OfficeSession&) = delete;

    css::uno::Reference<css::frame::XDesktop2> desktop() const { return desktop_; }
    // A private scratch directory, removed with the session.
    const std::filesystem::path& directory() const { return directory_; }

private:
    void stop();

    std::filesystem::path directory_;
    pid_t office_ = -1;
    css::uno::Reference<css::frame::XDesktop2> desktop_;
};

}  // namespace pmocalc::cli
