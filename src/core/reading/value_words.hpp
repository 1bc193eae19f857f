// The words and short forms PMOs type in cells instead of numbers and dates:
// statuses (対応中, In Progress, 保留), likelihood and impact scales (Rare …
// Almost Certain, 低/中/高), probability bands ("75% to 100%"), durations
// ("3-5 days", "0.5人日"), marks for "nothing here" ("-", "N/A", 未定) and the
// yes/no marks of milestone, done and candidate columns. Pure functions over
// one cell's text; the readers decide per column and say each mapping once.
#pragma once

#include <optional>
#include <string_view>

namespace pmocalc {

// A status as a task, risk, issue or defect log types it.
enum class StatusWord { not_started, in_progress, on_hold, done, cancelled };
std::optional<StatusWord> status_word(std::string_view text);

// Done or cancelled: the record is no longer open.
bool is_closed_word(std::string_view text);

// A text that stands for an empty cell ("-", "—", "N/A", "TBD", 未定, なし, "→").
bool is_blank_mark(std::string_view text);

// A rating word on a 1–5 scale (Rare / Unlikely / Possible / Likely / Almost
// certain; Very low … Very high; 極小 … 極大), or on a 1–3 scale when the word
// alone cannot say (Low / Medium / High, 低 / 中 / 高, 小 / 中 / 大).
struct RatingWord {
    int level = 0;      // 1 … 5 on the five-point scale
    bool three_point = false;  // the word is one of low / medium / high
};
std::optional<RatingWord> rating_word(std::string_view text);

// A probability band ("75% to 100%", "50-75%", "0〜20%", "< 10%"): its
// midpoint as a fraction.
std::optional<double> probability_band(std::string_view text);

// A duration typed as text, in working days: "2 days", "2d", "3-5 days" (the
// midpoint), "1日", "0.5人日", "16h" (8 h a day), "2w" (5 days a week),
// "1 mon" (20 days), MS Project's "5 days?" and "3 edays".
struct DurationText {
    double days = 0;
    bool range = false;   // "3-5 days": read as its midpoint
    bool hours = false;   // typed in hours
};
std::optional<DurationText> read_duration_text(std::string_view text);

// A change request's state.
enum class ChangeState { pending, approved, rejected };
std::optional<ChangeState> change_state(std::string_view text);

// MS Project's constraint types (and their Japanese names). The hard ones fix
// a date against the logic, so DCMA's check counts them; the soft ones do not.
enum class ConstraintKind { soft, hard };
std::optional<ConstraintKind> constraint_kind(std::string_view text);

// A test result: pass, fail or none (not run).
enum class TestOutcome { none, pass, fail };
std::optional<TestOutcome> test_outcome(std::string_view text);

// A yes/no mark: true for yes (done, ○, 済, 1), false for no (-, ×, 未),
// nullopt for neither.
std::optional<bool> done_mark(std::string_view text);
// A milestone column's mark: anything but a no (blank, "No", "0", "-", ×).
bool is_milestone_word(std::string_view text);
// A candidate column's mark: 候補, ○, yes … (true); blank, ×, 対象外 … (false).
std::optional<bool> candidate_mark(std::string_view text);

}  // namespace pmocalc
