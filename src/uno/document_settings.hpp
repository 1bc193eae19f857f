// The report settings a document keeps for the next person who opens it
// (status date, RAG thresholds, language), as user-defined document properties.
#pragma once

#include <optional>
#include <string>

#include "../core/status_report.hpp"
#include "document_io.hpp"

namespace pmocalc::uno {

ReportSettings read_settings(const DocumentRef& document);
// Keeps every setting as given: a budget or people limit of none removes the
// document's (start from read_settings to change one setting only).
void store_settings(const DocumentRef& document, const ReportSettings& settings);

// A user-defined text property of the document ("" when it has none), and setting one.
std::string text_property(const DocumentRef& document, const char* key);
void set_text_property(const DocumentRef& document, const char* key, const std::string& value);

}  // namespace pmocalc::uno
