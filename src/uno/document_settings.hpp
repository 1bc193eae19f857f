// The report settings a document keeps for the next person who opens it
// (status date, RAG thresholds, language), as user-defined document properties.
#pragma once

#include <optional>
#include <string>

#include "../core/status_report.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

struct ReportSettings {
    std::optional<Day> status_date;  // nullopt: the workbook's status date cell, else today
    RagThresholds thresholds;
    std::optional<Language> language;  // nullopt: the language of the workbook's headers
};

ReportSettings read_settings(const DocumentRef& document);
void store_settings(const DocumentRef& document, const ReportSettings& settings);

}  // namespace pmocalc::uno
