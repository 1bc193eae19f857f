// Writes CalcAddIns.xcu (the add-in's names and en-US/ja help, read by Calc in
// "config mode") from the function catalog, so that the table stays the only
// place where a function is described.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "../src/core/function_catalog.hpp"

namespace {

std::string xml_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

void localized(std::ostream& out, std::string_view indent, std::string_view property, const pmocalc::Text& text) {
    out << indent << "<prop oor:name=\"" << property << "\">\n"
        << indent << "  <value xml:lang=\"en-US\">" << xml_escape(text.en) << "</value>\n"
        << indent << "  <value xml:lang=\"ja\">" << xml_escape(text.ja) << "</value>\n"
        << indent << "</prop>\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: generate_addin_xcu OUTPUT.xcu\n";
        return 2;
    }
    std::ofstream out(argv[1]);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from src/core/function_catalog.cpp by tools/generate_addin_xcu.cpp: do not edit. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
           "oor:package=\"org.openoffice.Office\">\n"
           "  <node oor:name=\"AddInInfo\">\n"
        << "    <node oor:name=\"" << pmocalc::addin_service_name << "\" oor:op=\"replace\">\n"
        << "      <node oor:name=\"AddInFunctions\">\n";
    for (const auto& function : pmocalc::function_catalog()) {
        out << "        <node oor:name=\"" << function.method << "\" oor:op=\"replace\">\n";
        localized(out, "          ", "DisplayName", {function.display_name, function.display_name});
        localized(out, "          ", "Description", function.description);
        out << "          <prop oor:name=\"Category\"><value>Add-In</value></prop>\n"
            << "          <prop oor:name=\"CompatibilityName\"><value xml:lang=\"en-US\">"
            << function.compatibility_name << "</value></prop>\n"
            << "          <node oor:name=\"Parameters\">\n";
        for (const auto& argument : function.arguments) {
            out << "            <node oor:name=\"" << argument.name << "\" oor:op=\"replace\">\n";
            localized(out, "              ", "DisplayName", argument.display);
            localized(out, "              ", "Description", argument.help);
            out << "            </node>\n";
        }
        out << "          </node>\n        </node>\n";
    }
    out << "      </node>\n    </node>\n  </node>\n</oor:component-data>\n";
    out.close();
    if (!out) {
        std::cerr << "generate_addin_xcu: cannot write " << argv[1] << "\n";
        return 1;
    }
    return 0;
}
