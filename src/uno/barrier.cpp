#include "barrier.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <stdexcept>

#include "uno_values.hpp"

namespace pmocalc::uno {

namespace detail {

namespace {

constexpr struct {
    const char* name;
    Face face;
} face_names[] = {
    {"functions", Face::functions},
    {"command", Face::command},
    {"panel", Face::panel},
    {"undo", Face::undo},
    {"factory", Face::factory},
};

constexpr char foreign_suffix[] = ":foreign";

// Reads PMOCALC_INJECT_FAULT without allocating: this runs while the
// component is loaded, where nothing may throw.
InjectedFault read_injected_fault() noexcept {
    const char* value = std::getenv("PMOCALC_INJECT_FAULT");
    if (!value)
        return {};
    std::size_t length = std::strlen(value);
    const std::size_t suffix = sizeof foreign_suffix - 1;
    const bool foreign = length > suffix && std::strcmp(value + length - suffix, foreign_suffix) == 0;
    if (foreign)
        length -= suffix;
    for (const auto& [name, face] : face_names)
        if (std::strlen(name) == length && std::strncmp(value, name, length) == 0)
            return {face, foreign};
    std::fprintf(stderr, "pmocalc: PMOCALC_INJECT_FAULT=%s names no face; nothing is injected\n", value);
    return {};
}

// Neither a std::exception nor a UNO exception: what a misbehaving library might throw.
struct ForeignFault {};

}  // namespace

const InjectedFault injected_fault = read_injected_fault();

void throw_injected_fault() {
    if (injected_fault.foreign)
        throw ForeignFault{};
    throw std::runtime_error("injected fault (PMOCALC_INJECT_FAULT)");
}

}  // namespace detail

std::string reason_of_current_exception() noexcept {
    try {
        try {
            throw;
        } catch (const css::uno::Exception& e) {
            return e.Message.isEmpty() ? std::string("a UNO exception") : to_utf8(e.Message);
        } catch (const std::exception& e) {
            return e.what();
        } catch (...) {
            return "an exception of an unknown type";
        }
    } catch (...) {
        return {};  // no memory left to say more
    }
}

void log_failure(const char* where, const std::string& reason) noexcept {
    std::fprintf(stderr, "pmocalc: %s failed: %s\n", where, reason.c_str());
}

css::uno::RuntimeException runtime_exception_for_current(const char* where) noexcept {
    const std::string reason = reason_of_current_exception();
    log_failure(where, reason);
    try {
        return css::uno::RuntimeException(to_ouString(std::string("pmocalc: ") + where + ": " + reason));
    } catch (...) {
        return css::uno::RuntimeException();
    }
}

}  // namespace pmocalc::uno
