// The one way a failure leaves pmocalc's UNO objects. LibreOffice calls into
// them from C++ without a barrier of its own: a C++ exception that escapes
// into it, or reaches a noexcept function, ends the office and the user's
// unsaved work with it. So every method LibreOffice calls runs inside one of
// two barriers:
//   rethrow_as_uno — where the caller handles a UNO exception (Calc's add-in
//     call shows #VALUE! or Err:502, the service manager, the undo manager,
//     the sidebar asking for a panel): UNO exceptions pass, anything else
//     becomes a RuntimeException saying where and why;
//   contained — where nothing may leave (the command, the panel's work and
//     buttons, disposing, layout callbacks): the failure goes to stderr and
//     the face's own fallback runs (the command's message box, the panel's
//     error text, a default value).
// Each face's barrier also holds its fault injection point (inject_fault).
#pragma once

#include <string>

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/weak.hxx>

namespace pmocalc::uno {

// What LibreOffice reaches pmocalc through.
enum class Face : unsigned char {
    none,
    functions,  // the PMO_* add-in functions
    command,    // the one-click report command (menu, toolbar, panel button)
    panel,      // the sidebar panel's work: showing the workbook, its buttons
    undo,       // the report's undo action, called by the undo manager
    factory,    // the service constructors the service manager calls
};

namespace detail {
struct InjectedFault {
    Face face = Face::none;
    bool foreign = false;  // throw something that is no std::exception
};
extern const InjectedFault injected_fault;
[[noreturn]] void throw_injected_fault();
}  // namespace detail

// Test hook (docs/TESTING.md): PMOCALC_INJECT_FAULT=<face>[:foreign] makes
// that face's barrier throw. The variable is read once, when LibreOffice
// loads the component, so a call costs one comparison.
inline void inject_fault(Face face) {
    if (detail::injected_fault.face == face) [[unlikely]]
        detail::throw_injected_fault();
}

// Inside a catch block: what the exception in flight says.
std::string reason_of_current_exception() noexcept;

// Writes "pmocalc: <where> failed: <reason>" to stderr.
void log_failure(const char* where, const std::string& reason) noexcept;

// Inside a catch block: a RuntimeException saying where and why (logged).
css::uno::RuntimeException runtime_exception_for_current(const char* where) noexcept;

template <class Call>
auto rethrow_as_uno(const char* where, Call call) -> decltype(call()) {
    try {
        return call();
    } catch (const css::uno::Exception&) {
        throw;
    } catch (...) {
        throw runtime_exception_for_current(where);
    }
}

// Runs `call`; on any failure logs it and returns on_failure(reason), or a
// default value if that fails too.
template <class Call, class OnFailure>
auto contained(const char* where, Call call, OnFailure on_failure) noexcept -> decltype(call()) {
    try {
        return call();
    } catch (...) {
        const std::string reason = reason_of_current_exception();
        log_failure(where, reason);
        try {
            return on_failure(reason);
        } catch (...) {
            log_failure(where, reason_of_current_exception());
            return decltype(call())();
        }
    }
}

template <class Call>
auto contained(const char* where, Call call) noexcept -> decltype(call()) {
    return contained(where, call, [](const std::string&) { return decltype(call())(); });
}

// The factory face's barrier: a service constructor's body, `make` returning
// a new object, which goes to the service manager acquired.
template <class Make>
css::uno::XInterface* construct(const char* implementation, Make make) {
    return rethrow_as_uno(implementation, [&] {
        inject_fault(Face::factory);
        return cppu::acquire(make());
    });
}

}  // namespace pmocalc::uno
