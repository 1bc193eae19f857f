// A value or the reason there is none. Core calculators return this instead of
// throwing, so callers can collect every problem (the report) or turn it into a
// Calc error value (the add-in).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "messages.hpp"

namespace pmocalc {

enum class Fault {
    invalid_input,     // the arguments break the function's contract (Calc: Err:502)
    undefined_result,  // the formula divides by zero (Calc: #DIV/0!)
    too_large,         // the figure is beyond the largest number a cell holds (Calc: #NUM!)
    not_available,     // valid input from which no estimate follows yet (Calc: #N/A)
};

struct Problem {
    Fault fault;
    Message message;

    // The reason in English, for logs and tests; faces render `message` in their language.
    std::string reason() const { return message.render(Language::en); }
};

inline Problem invalid_input(Message message) { return {Fault::invalid_input, std::move(message)}; }
inline Problem undefined_result(Message message) { return {Fault::undefined_result, std::move(message)}; }
inline Problem too_large(Message message) { return {Fault::too_large, std::move(message)}; }
inline Problem not_available(Message message) { return {Fault::not_available, std::move(message)}; }

template <class T>
class [[nodiscard]] Outcome {
public:
    Outcome(T value) : state_(std::move(value)) {}
    Outcome(Problem problem) : state_(std::move(problem)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Problem& problem() const { return std::get<1>(state_); }
    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Problem> state_;
};

// The value of an outcome, or nullopt when it has none (an undefined figure in the report).
template <class T>
std::optional<T> defined(const Outcome<T>& outcome) {
    return outcome ? std::optional<T>(*outcome) : std::nullopt;
}

}  // namespace pmocalc
