// The words PMO sheets use, in Japanese and English (../shared/pmo-domain.md
// glossary, widened by the layouts of real workbooks: Gantt templates, WBS and
// 進捗管理表 with grouped headers, tool exports, registers): which field a
// header cell names in a table of each kind, and the labels of the values
// written beside a title (status date, project name, manager).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "../fields.hpp"

namespace pmocalc {

struct HeaderMatch {
    Field field;
    int rank;  // 0 for the field's most specific name; higher for more generic ones ("#", "No")
    int level = 0;  // for level_name: 1 for LV1 / 大項目, 2 for LV2 / 中項目 …
};

// The field a header names in a table of this kind, if any. `group` is the
// cell above it in a two-row header (予定 over 開始日, Actual over Start), ""
// when there is none. Headers are compared after normalisation (full/half
// width, case, spaces, line breaks, ※ and colons); 日時 reads as 日
// (予定開始日時); a unit or remark in brackets is ignored when the bare header
// is known (予算（千円）, 工数 (人日), Impact (monetary)), while 予定 / 実績 /
// plan / actual in brackets or above decide between fields (開始日（実績）).
std::optional<HeaderMatch> match_header(TableKind kind, std::string_view header, std::string_view group = {});

// The form headers are compared in: normalize_label's folding, no spaces, no
// decorations (※, colons) at either end, Japanese brackets as round ones.
std::string header_key(std::string_view header);
// match_header for a header and group already in header_key form (a table
// finder trying every kind on the same cells keys each cell once).
std::optional<HeaderMatch> match_header_key(TableKind kind, const std::string& key, const std::string& group_key);

// A header's bracketed tail, in header_key form: 予算（千円） → "千円".
std::string header_qualifier(std::string_view header);

// How strongly a sheet name suggests a kind (0 = not at all).
int sheet_name_affinity(TableKind kind, std::string_view sheet_name);

// A label that marks the status date cell (基準日, Status date, As of …).
bool is_status_date_label(std::string_view text);
// For a cell that starts with such a label and goes on with the date itself
// ("基準日：2025/10/31", "As of 2025-10-31"): the rest after the label.
std::optional<std::string> after_status_date_label(std::string_view text);
// A label of the date a workbook was last brought up to date (更新日, Last
// update, Today): the status date when no status date label is found.
bool is_update_date_label(std::string_view text);

// Labels of the project a title block names: プロジェクト名, PROJECT TITLE …
enum class TitleLabel { project_name, manager };
std::optional<TitleLabel> title_label(std::string_view text);

// A title that only says what the sheet is ("WBS", "Gantt Chart", "課題管理表",
// "Risk Register"): never a project's name.
bool is_generic_title(std::string_view text);

// Whether the text (normalised) holds Japanese characters.
bool has_japanese(std::string_view text);

}  // namespace pmocalc
