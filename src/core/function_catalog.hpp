// The single source of truth for the PMO_* functions: method names (a
// file-format contract: stored in users' documents as
// of:=org.pmocalc.Functions.<method>), display names, Excel compatibility names
// and the en-US / ja help. CalcAddIns.xcu is generated from this table, and a
// test checks the IDL against it.
#pragma once

#include <span>
#include <string_view>

namespace pmocalc {

inline constexpr std::string_view addin_service_name = "org.pmocalc.Functions";
inline constexpr std::string_view addin_implementation_name = "org.pmocalc.FunctionsImpl";

enum class ArgumentKind {
    value,     // a number or a range that is summed
    range,     // a range or inline array, one row per item
    single,    // exactly one number (a date, a period count)
    optional,  // may be omitted; a blank cell also means "use the default"
};

struct Text {
    std::string_view en;
    std::string_view ja;
};

struct ArgumentInfo {
    std::string_view name;  // the IDL parameter name
    ArgumentKind kind;
    Text display;
    Text help;
};

enum class ResultKind {
    number,
    text,
    array,  // one value per task, in the shape of the ids argument (enter as an array formula)
};

struct FunctionInfo {
    std::string_view method;  // the IDL method name: never rename
    std::string_view display_name;
    std::string_view compatibility_name;  // the name written to and read from .xlsx
    bool takes_document;                  // a hidden XPropertySet first parameter (null date)
    Text description;
    std::span<const ArgumentInfo> arguments;
    ResultKind result = ResultKind::number;
};

std::span<const FunctionInfo> function_catalog();

}  // namespace pmocalc
