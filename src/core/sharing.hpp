// "Export for sharing": which formulas call pmocalc (recipients without the
// extension would see #NAME? there), and what replacing them by their values
// did, said in the user's language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "messages.hpp"

namespace pmocalc {

// Whether a formula calls pmocalc: as XCell::getFormula spells it
// (=ORG.PMOCALC.FUNCTIONS.SPI(A1;B1), the add-in's programmatic name;
// =org.pmocalc.functions.spi(…) while the extension is missing) or by a
// catalogued name as typed (=PMO_SPI(A1;B1)). Texts in quotes (string
// literals, quoted sheet names) are not calls.
bool calls_pmocalc(std::string_view formula);

// What a shared copy got instead of pmocalc's formulas.
struct ShareSummary {
    std::size_t cells = 0;         // cells now holding a value, array cells included
    std::size_t array_ranges = 0;  // array formulas replaced over their whole range
    std::size_t errors_as_text = 0;  // cells whose value was an error: its text ("#N/A") kept as text
    std::vector<std::string> error_cells;  // the first few of those, "Sheet.B4 (#N/A)"
    std::vector<std::string> sheets;       // sheets where something was replaced, in order
    std::size_t sheets_total = 0;

    // Counts an error cell, naming at most `named_error_limit` of them.
    void add_error(const std::string& sheet, const std::string& cell, const std::string& error_text);
    void add_sheet(const std::string& sheet);
    static constexpr std::size_t named_error_limit = 5;
};

// "12 cells with pmocalc formulas (1 array) on 2 of 5 sheets replaced by their
// values; 1 error kept as text: Summary.B4 (#N/A)" — or that there were none.
Message share_summary_message(const ShareSummary& summary);

}  // namespace pmocalc
