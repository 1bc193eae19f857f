// The IDL (what Calc calls), CalcAddIns.xcu (what Calc shows) and the function
// catalog (where both come from) must agree: a renamed method breaks users' files.
#include "core/function_catalog.hpp"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace pmocalc {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    EXPECT_TRUE(in) << "cannot read " << path;
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

struct IdlParameter {
    std::string type;
    std::string name;
};

struct IdlMethod {
    std::string return_type;
    std::string name;
    std::vector<IdlParameter> parameters;
};

std::vector<IdlMethod> parse_idl_methods(const std::string& idl) {
    std::vector<IdlMethod> methods;
    const std::regex method_re(R"((double|string|sequence< sequence< any > >)\s+(\w+)\s*\(([^)]*)\)\s*;)");
    const std::regex param_re(R"(\[in\]\s+([\w:<> ]+?)\s+(\w+)\s*(,|$))");
    for (std::sregex_iterator it(idl.begin(), idl.end(), method_re), end; it != end; ++it) {
        IdlMethod method{(*it)[1], (*it)[2], {}};
        const std::string params = std::regex_replace((*it)[3].str(), std::regex(R"(\s+)"), " ");
        for (std::sregex_iterator p(params.begin(), params.end(), param_re); p != end; ++p)
            method.parameters.push_back({(*p)[1], (*p)[2]});
        methods.push_back(method);
    }
    return methods;
}

const std::string any_grid = "sequence< sequence< any > >";

TEST(FunctionCatalog, IdlDeclaresExactlyTheCatalogMethods) {
    const auto methods = parse_idl_methods(read_file(PMOCALC_SOURCE_DIR "/idl/org/pmocalc/XFunctions.idl"));
    const auto catalog = function_catalog();
    ASSERT_EQ(methods.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const FunctionInfo& info = catalog[i];
        const IdlMethod& method = methods[i];
        EXPECT_EQ(method.name, info.method);
        const char* returns = info.result == ResultKind::text    ? "string"
                              : info.result == ResultKind::array ? "sequence< sequence< any > >"
                                                                 : "double";
        EXPECT_EQ(method.return_type, returns) << info.method;
        std::size_t first = 0;
        if (info.takes_document) {
            ASSERT_FALSE(method.parameters.empty());
            EXPECT_EQ(method.parameters[0].type, "com::sun::star::beans::XPropertySet") << info.method;
            first = 1;
        }
        ASSERT_EQ(method.parameters.size() - first, info.arguments.size()) << info.method;
        for (std::size_t a = 0; a < info.arguments.size(); ++a) {
            const IdlParameter& parameter = method.parameters[first + a];
            EXPECT_EQ(parameter.name, info.arguments[a].name) << info.method;
            // Calc treats every `any` parameter as optional, and only those.
            const bool optional = info.arguments[a].kind == ArgumentKind::optional;
            EXPECT_EQ(parameter.type, optional ? "any" : any_grid) << info.method << "." << parameter.name;
        }
    }
}

TEST(FunctionCatalog, NamesFollowTheContract) {
    std::set<std::string_view> methods;
    std::set<std::string_view> display_names;
    for (const FunctionInfo& info : function_catalog()) {
        std::string expected = "PMO_";
        for (char c : info.method)
            expected += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        // The two names the schedule issue gave shorter than their methods.
        if (info.method == "totalfloat")
            expected = "PMO_FLOAT";
        if (info.method == "mcprobability")
            expected = "PMO_MCPROB";
        EXPECT_EQ(info.display_name, expected);
        EXPECT_EQ(info.display_name.find('.'), std::string_view::npos);  // a dot does not parse in formulas
        EXPECT_FALSE(info.compatibility_name.empty());
        EXPECT_TRUE(methods.insert(info.method).second) << "duplicate " << info.method;
        EXPECT_TRUE(display_names.insert(info.display_name).second);
        bool optional_seen = false;
        for (const ArgumentInfo& argument : info.arguments) {
            if (argument.kind == ArgumentKind::optional)
                optional_seen = true;
            else
                EXPECT_FALSE(optional_seen) << info.method << ": a required argument after an optional one";
        }
    }
}

bool has_non_ascii(std::string_view text) {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    return false;
}

TEST(FunctionCatalog, EveryTextExistsInEnglishAndJapanese) {
    for (const FunctionInfo& info : function_catalog()) {
        EXPECT_FALSE(info.description.en.empty()) << info.method;
        EXPECT_TRUE(has_non_ascii(info.description.ja)) << info.method << ": Japanese description missing";
        for (const ArgumentInfo& argument : info.arguments) {
            EXPECT_FALSE(argument.display.en.empty()) << info.method << "." << argument.name;
            EXPECT_FALSE(argument.display.ja.empty()) << info.method << "." << argument.name;
            EXPECT_FALSE(argument.help.en.empty()) << info.method << "." << argument.name;
            EXPECT_TRUE(has_non_ascii(argument.help.ja)) << info.method << "." << argument.name;
        }
    }
}

// The xcu shipped in the .oxt: one node per function with both languages.
TEST(FunctionCatalog, GeneratedXcuDescribesEveryFunctionInBothLanguages) {
    const std::string xcu = read_file(PMOCALC_BINARY_DIR "/oxt/CalcAddIns.xcu");
    ASSERT_NE(xcu.find("<node oor:name=\"" + std::string(addin_service_name) + "\""), std::string::npos);
    const std::regex function_re(R"re(\n        <node oor:name="(\w+)" oor:op="replace">)re");
    std::vector<std::string> names;
    std::vector<std::size_t> starts;
    for (std::sregex_iterator it(xcu.begin(), xcu.end(), function_re), end; it != end; ++it) {
        names.push_back((*it)[1]);
        starts.push_back(static_cast<std::size_t>(it->position()));
    }
    const auto catalog = function_catalog();
    ASSERT_EQ(names.size(), catalog.size());
    for (std::size_t i = 0; i < catalog.size(); ++i) {
        const FunctionInfo& info = catalog[i];
        EXPECT_EQ(names[i], info.method);
        const std::size_t stop = i + 1 < starts.size() ? starts[i + 1] : xcu.size();
        const std::string node = xcu.substr(starts[i], stop - starts[i]);
        const std::string display = std::string(info.display_name);
        EXPECT_NE(node.find("<value xml:lang=\"en-US\">" + display + "</value>"), std::string::npos) << display;
        EXPECT_NE(node.find("<value xml:lang=\"ja\">" + display + "</value>"), std::string::npos) << display;
        EXPECT_NE(node.find(std::string(info.description.ja)), std::string::npos) << display;
        EXPECT_NE(node.find("<prop oor:name=\"CompatibilityName\"><value xml:lang=\"en-US\">" +
                            std::string(info.compatibility_name) + "</value>"),
                  std::string::npos);
        const std::regex parameter_re(R"re(\n            <node oor:name="(\w+)" oor:op="replace">)re");
        std::vector<std::string> parameters;
        for (std::sregex_iterator it(node.begin(), node.end(), parameter_re), end; it != end; ++it)
            parameters.push_back((*it)[1]);
        ASSERT_EQ(parameters.size(), info.arguments.size()) << display;
        for (std::size_t a = 0; a < parameters.size(); ++a) {
            EXPECT_EQ(parameters[a], info.arguments[a].name);
            EXPECT_NE(node.find(std::string(info.arguments[a].display.ja)), std::string::npos);
        }
        // DisplayName and Description of the function and of each parameter, in ja.
        std::size_t ja_values = 0;
        for (std::size_t at = node.find("<value xml:lang=\"ja\">"); at != std::string::npos;
             at = node.find("<value xml:lang=\"ja\">", at + 1))
            ++ja_values;
        EXPECT_EQ(ja_values, 2 + 2 * info.arguments.size()) << display;
    }
}

}  // namespace
}  // namespace pmocalc
