// Knowing pmocalc's own report sheet again: a fingerprint of the values it
// wrote, kept in the document, and the report's title in its first cell.
// The writer replaces a sheet only while its fingerprint holds; the reader
// never reads a report (or a copy of one) as data.
#pragma once

#include <string>
#include <string_view>

#include "cell_range.hpp"

namespace pmocalc {

// A fingerprint of a sheet's values ("2:" and FNV-1a, 64 bits, as 16 hex
// digits; numbers to 15 significant digits): pmocalc keeps the one of the report it wrote, and replaces a sheet
// later only when its values still match — so a sheet a person changed, or
// one of theirs that merely carries pmocalc's name, is never deleted.
std::string content_fingerprint(const CellRange& cells);

// Whether a stored fingerprint is the one of these cells: one of
// content_fingerprint, or one stored by an earlier pmocalc (12 digits, no "2:").
bool fingerprint_matches(std::string_view stored, const CellRange& cells);

// Whether a sheet's first cell is a pmocalc report's title (en or ja): a
// copied or edited report, never read as data.
bool looks_like_report(const CellRange& cells);

}  // namespace pmocalc
