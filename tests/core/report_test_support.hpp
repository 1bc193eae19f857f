// Helpers shared by the report model tests.
#pragma once

#include <string>
#include <variant>

#include "core/report_model.hpp"

namespace pmocalc::test {

// Whether some cell of the report holds exactly this text.
inline bool has_text(const ReportLayout& r, const std::string& text) {
    for (const auto& row : r.rows)
        for (const Cell& c : row)
            if (const auto* s = std::get_if<std::string>(&c); s && *s == text)
                return true;
    return false;
}

}  // namespace pmocalc::test
