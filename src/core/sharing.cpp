#include "sharing.hpp"

#include <algorithm>
#include <cctype>

#include "function_catalog.hpp"

namespace pmocalc {

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// The formula in lower case with every quoted text ("…" and '…', doubled
// quotes inside) blanked out, so only names and operators remain.
std::string unquoted_lower(std::string_view formula) {
    std::string out;
    out.reserve(formula.size());
    char quote = 0;
    for (std::size_t i = 0; i < formula.size(); ++i) {
        const char c = formula[i];
        if (quote) {
            if (c == quote) {
                if (i + 1 < formula.size() && formula[i + 1] == quote) {
                    ++i;
                    continue;
                }
                quote = 0;
                out.push_back(' ');
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            quote = c;
            out.push_back(' ');
            continue;
        }
        out.push_back(lower(c));
    }
    return out;
}

// Whether `name` (lower case) stands in `text` as a whole name followed by "(".
bool calls(const std::string& text, std::string_view name) {
    for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        if (at > 0 && name_char(text[at - 1]))
            continue;
        std::size_t after = at + name.size();
        while (after < text.size() && text[after] == ' ')
            ++after;
        if (after < text.size() && text[after] == '(')
            return true;
    }
    return false;
}

std::string lowered(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

}  // namespace

bool calls_pmocalc(std::string_view formula) {
    const std::string text = unquoted_lower(formula);
    // Any call into the add-in's service, catalogued or not (a method of a
    // newer pmocalc than the one installed still is pmocalc's).
    const std::string service = lowered(addin_service_name) + ".";
    for (std::size_t at = text.find(service); at != std::string::npos; at = text.find(service, at + 1))
        if (at == 0 || !name_char(text[at - 1]))
            return true;
    for (const FunctionInfo& function : function_catalog())
        if (calls(text, lowered(function.display_name)) || calls(text, lowered(function.compatibility_name)))
            return true;
    return false;
}

void ShareSummary::add_error(const std::string& sheet, const std::string& cell, const std::string& error_text) {
    ++errors_as_text;
    if (error_cells.size() < named_error_limit)
        error_cells.push_back(sheet + "." + cell + " (" + error_text + ")");
}

void ShareSummary::add_sheet(const std::string& sheet) {
    if (std::find(sheets.begin(), sheets.end(), sheet) == sheets.end())
        sheets.push_back(sheet);
}

Message share_summary_message(const ShareSummary& summary) {
    if (summary.cells == 0)
        return Msg::share_nothing_to_replace;
    Message replaced{Msg::share_replaced,
                     {summary.cells, summary.array_ranges, summary.sheets.size(), summary.sheets_total}};
    if (summary.errors_as_text == 0)
        return replaced;
    std::string named;
    for (const std::string& cell : summary.error_cells)
        named += (named.empty() ? "" : ", ") + cell;
    if (summary.errors_as_text > summary.error_cells.size())
        named += ", …";
    return {Msg::share_replaced_with_errors, {std::move(replaced), summary.errors_as_text, named}};
}

}  // namespace pmocalc
