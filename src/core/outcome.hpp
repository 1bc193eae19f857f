// A value or the reason there is none. Core calculators return this instead of
// throwing, so callers can collect every problem (the report) or turn it into a
// Calc error value (the add-in).
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace pmocalc {

enum class Fault {
    invalid_input,     // the arguments break the function's contract (Calc: Err:502)
    undefined_result,  // the formula divides by zero (Calc: #DIV/0!)
};

struct Problem {
    Fault fault;
    std::string reason;
};

inline Problem invalid_input(std::string reason) { return {Fault::invalid_input, std::move(reason)}; }
inline Problem undefined_result(std::string reason) { return {Fault::undefined_result, std::move(reason)}; }

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

private:
    std::variant<T, Problem> state_;
};

}  // namespace pmocalc
