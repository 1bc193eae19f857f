#include "value_words.hpp"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <string>

#include "../text.hpp"
#include "../typed_text.hpp"

namespace pmocalc {

namespace {

bool in(const std::string& key, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), key) != words.end();
}

// normalize_label, then hyphens, underscores and repeated spaces as one space.
std::string word_key(std::string_view text) {
    std::string key = normalize_label(text);
    for (char& c : key)
        if (c == '_')
            c = ' ';
    std::erase_if(key, [](char c) { return c == '.'; });
    return key;
}

}  // namespace

std::optional<StatusWord> status_word(std::string_view text) {
    const std::string key = word_key(text);
    if (in(key, {"closed", "close", "done", "resolved", "complete", "completed", "finished", "fixed", "verified",
                 "accepted", "完了", "クローズ", "終了", "解消", "解決", "解決済", "解決済み", "対応済", "対応済み", "済",
                 "済み", "完了済", "完了済み", "修正済", "修正済み", "確認済", "確認済み", "回答済", "回答済み", "対策済",
                 "対策済み", "close済", "処理済", "処理済み", "対応完了", "解決済み", "終了済", "ok", "○", "〇", "◯", "✓",
                 "✔", "100%", "fait", "validé", "terminé", "erledigt", "comp", "delaycomp", "delay comp", "delayed complete",
                 "completed late"}))
        return StatusWord::done;
    if (in(key, {"cancelled", "canceled", "rejected", "withdrawn", "won't fix", "wont fix", "duplicate", "obsolete",
                 "却下", "取消", "取り消し", "取消し", "中止", "取下げ", "取り下げ", "対応不要", "対象外", "不要", "重複", "annulé", "rejeté"}))
        return StatusWord::cancelled;
    if (in(key, {"in progress", "in-progress", "inprogress", "ongoing", "active", "working", "started", "doing",
                 "wip", "in review", "review", "under review", "monitoring", "monitor", "mitigating", "assigned",
                 "feedback", "testing", "in test", "resolving", "対応中", "対策中", "作業中", "進行中", "実施中", "着手",
                 "着手中", "処理中", "調査中", "検討中", "確認中", "回答待ち", "レビュー中", "監視中", "テスト中", "修正中",
                 "開発中", "進行", "対応", "仕掛", "仕掛中", "仕掛り", "実行中", "継続", "継続中", "遅延", "遅れ", "フィードバック",
                 "delaystart", "delay start", "delayed", "late", "behind",
                 "en cours", "en test"}))
        return StatusWord::in_progress;
    if (in(key, {"on hold", "on-hold", "hold", "blocked", "deferred", "waiting", "paused", "suspended", "保留",
                 "保留中", "停止", "停止中", "待ち", "中断", "延期", "bloqué"}))
        return StatusWord::on_hold;
    if (in(key, {"not started", "not-started", "new", "open", "to do", "todo", "to-do", "planned", "backlog",
                 "pending", "not yet", "未着手", "未対応", "未実施", "新規", "未", "未完了", "予定", "起票", "オープン",
                 "open中", "計画", "計画中", "未開始", "0%", "à faire", "a faire", "nouveau", "ns"}))
        return StatusWord::not_started;
    return std::nullopt;
}

bool is_closed_word(std::string_view text) {
    const auto word = status_word(text);
    return word == StatusWord::done || word == StatusWord::cancelled;
}

bool is_blank_mark(std::string_view text) {
    // The longest mark, "#N/A" with spaces around it or 未定 in full width, is far shorter:
    // names and remarks are told without folding them (the reader asks of every text).
    // Spaces around a mark do not count: " - " padded to any width is still a mark.
    constexpr std::size_t longest_mark = 24;
    const auto first = text.find_first_not_of(" \t\r\n\v\f");
    if (first == std::string_view::npos)
        return false;
    text = text.substr(first, text.find_last_not_of(" \t\r\n\v\f") - first + 1);
    if (text.size() > longest_mark)
        return false;
    const std::string key = word_key(text);
    return in(key, {"-", "--", "---", "–", "—", "―", "ー", "‐", "−", "n/a", "na", "tbd", "tbc", "未定", "なし", "無し",
                    "…", "...", "→", "⇒", "?", "？", "未", "none", "null", "nil", "#n/a"});
}

std::optional<RatingWord> rating_word(std::string_view text) {
    const std::string key = word_key(text);
    if (in(key, {"rare", "very low", "very unlikely", "remote", "negligible", "insignificant", "極低", "極小", "非常に低い",
                 "ほぼない", "ほとんどない", "きわめて低い", "極めて低い", "最小", "軽微"}))
        return RatingWord{1, false};
    if (in(key, {"unlikely", "minor", "improbable"}))
        return RatingWord{2, false};
    if (in(key, {"possible", "moderate", "possibly"}))
        return RatingWord{3, false};
    if (in(key, {"likely", "major", "probable"}))
        return RatingWord{4, false};
    if (in(key, {"almost certain", "very high", "very likely", "certain", "catastrophic", "severe", "critical",
                 "extreme", "極高", "極大", "非常に高い", "きわめて高い", "極めて高い", "最大", "致命的", "甚大"}))
        return RatingWord{5, false};
    if (in(key, {"low", "l", "低", "低い", "小", "小さい", "small", "minimal"}))
        return RatingWord{2, true};
    if (in(key, {"medium", "med", "m", "mid", "中", "中程度", "普通", "並"}))
        return RatingWord{3, true};
    if (in(key, {"high", "h", "高", "高い", "大", "大きい", "large", "significant"}))
        return RatingWord{4, true};
    return std::nullopt;
}

namespace {

// A percent or fraction as typed in a band: "75%", "75", "0.75".
std::optional<double> band_end(std::string_view part) {
    std::string text = trimmed(part);
    const bool percent = !text.empty() && text.back() == '%';
    if (percent)
        text.pop_back();
    const auto number = parse_number_text(text);
    if (!number || *number < 0)
        return std::nullopt;
    if (percent || *number > 1)
        return *number / 100;
    return *number;
}

}  // namespace

std::optional<double> probability_band(std::string_view raw) {
    std::string text = fold_width(raw);
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    if (text.find('%') == std::string::npos)
        return std::nullopt;
    // "< 10%", "under 10%", "> 90%", "over 90%"
    for (std::string_view lead : {"<=", "<", "under ", "below ", "less than ", "以下", "未満"})
        if (text.starts_with(lead))
            if (const auto end = band_end(std::string_view(text).substr(lead.size())); end && *end <= 1)
                return *end / 2;
    for (std::string_view lead : {">=", ">", "over ", "above ", "more than ", "以上"})
        if (text.starts_with(lead))
            if (const auto end = band_end(std::string_view(text).substr(lead.size())); end && *end <= 1)
                return (*end + 1) / 2;
    for (std::string_view separator : {" to ", "〜", "～", "~", " - ", "-", "–", "—", "から"}) {
        const std::size_t at = text.find(separator);
        if (at == std::string::npos || at == 0)
            continue;
        std::string low_text = text.substr(0, at);
        std::string high_text = text.substr(at + separator.size());
        if (low_text.find('%') == std::string::npos && high_text.find('%') != std::string::npos)
            low_text += '%';  // "50-75%"
        const auto low = band_end(low_text);
        const auto high = band_end(high_text);
        if (low && high && *low <= *high && *high <= 1)
            return (*low + *high) / 2;
    }
    return std::nullopt;
}

namespace {

std::optional<double> plain_number(std::string_view text) {
    const std::string t = trimmed(text);
    if (t.empty() || t.find_first_not_of("0123456789.") != std::string::npos)
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (error != std::errc() || end != t.data() + t.size())
        return std::nullopt;
    return value;
}

}  // namespace

std::optional<DurationText> read_duration_text(std::string_view raw) {
    std::string text = normalize_label(raw);
    std::erase(text, '?');  // MS Project's estimated durations
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    // The unit at the end, and how many working days it is.
    constexpr std::pair<std::string_view, double> units[] = {
        {"working days", 1}, {"work days", 1}, {"edays", 1}, {"eday", 1}, {"days", 1}, {"day", 1}, {"dys", 1},
        {"dy", 1}, {"wd", 1}, {"d", 1}, {"人日", 1}, {"日間", 1}, {"営業日", 1}, {"稼働日", 1}, {"日", 1},
        {"hours", 0.125}, {"hour", 0.125}, {"hrs", 0.125}, {"hr", 0.125}, {"h", 0.125}, {"時間", 0.125},
        {"weeks", 5}, {"week", 5}, {"wks", 5}, {"wk", 5}, {"w", 5}, {"週間", 5}, {"週", 5},
        {"months", 20}, {"month", 20}, {"mons", 20}, {"mon", 20}, {"mo", 20}, {"ヶ月", 20}, {"か月", 20}, {"カ月", 20}};
    // The longest unit the text ends with ("1 month" is no "h").
    double factor = 0;
    std::string number = text;
    std::size_t longest = 0;
    for (const auto& [unit, days] : units)
        if (text.size() > unit.size() && unit.size() > longest && text.ends_with(unit)) {
            factor = days;
            longest = unit.size();
            number = trimmed(text.substr(0, text.size() - unit.size()));
        }
    if (factor == 0)
        return std::nullopt;  // a bare number is read as a number, not here
    DurationText out;
    out.hours = factor < 1;
    for (std::string_view separator : {"-", "〜", "～", "~", "–", " to "})
        if (const std::size_t at = number.find(separator); at != std::string::npos && at > 0) {
            const auto low = plain_number(number.substr(0, at));
            const auto high = plain_number(number.substr(at + separator.size()));
            if (!low || !high || *low > *high)
                return std::nullopt;
            out.days = (*low + *high) / 2 * factor;
            out.range = true;
            return out;
        }
    const auto value = plain_number(number);
    if (!value)
        return std::nullopt;
    out.days = *value * factor;
    return out;
}

std::optional<ChangeState> change_state(std::string_view text) {
    const std::string key = word_key(text);
    if (in(key, {"", "pending", "open", "submitted", "under review", "in review", "new", "requested", "proposed",
                 "draft", "審査中", "申請中", "未承認", "保留", "検討中", "起票", "未対応", "承認待ち", "申請", "提案",
                 "on hold", "deferred", "延期", "in review"}))
        return ChangeState::pending;
    if (in(key, {"approved", "accepted", "implemented", "in progress", "done", "complete", "completed", "承認",
                 "承認済", "承認済み", "実施", "実施中", "実施済", "完了", "closed", "対応中", "対応済"}))
        return ChangeState::approved;
    if (in(key, {"rejected", "withdrawn", "cancelled", "canceled", "declined", "却下", "取下げ", "取り下げ", "否認",
                 "中止", "取消", "取り消し"}))
        return ChangeState::rejected;
    return std::nullopt;
}

std::optional<ConstraintKind> constraint_kind(std::string_view text) {
    const std::string key = normalize_label(text);
    if (in(key, {"mso", "mfo", "snlt", "fnlt", "must start on", "must finish on", "start no later than",
                 "finish no later than", "開始日固定", "終了日固定", "指定日に開始", "指定日に終了", "指定日までに開始",
                 "指定日までに終了"}))
        return ConstraintKind::hard;
    if (in(key, {"", "asap", "alap", "snet", "fnet", "as soon as possible", "as late as possible",
                 "start no earlier than", "finish no earlier than", "none", "-", "できるだけ早く", "できるだけ遅く",
                 "指定日以降に開始", "指定日以降に終了", "なし"}))
        return ConstraintKind::soft;
    return std::nullopt;
}

std::optional<TestOutcome> test_outcome(std::string_view text) {
    const std::string key = normalize_label(text);
    if (in(key, {"pass", "passed", "ok", "合格", "○", "〇", "済", "済み", "良"}))
        return TestOutcome::pass;
    if (in(key, {"fail", "failed", "ng", "n.g.", "不合格", "×", "✕", "否", "bug", "障害"}))
        return TestOutcome::fail;
    if (in(key, {"", "-", "未実施", "未", "not run", "blocked", "保留", "skipped", "n/a"}))
        return TestOutcome::none;
    return std::nullopt;
}

std::optional<bool> done_mark(std::string_view text) {
    const std::string key = normalize_label(text);
    if (in(key, {"done", "yes", "y", "true", "x", "✓", "✔", "○", "◯", "〇", "済", "済み", "達成", "達成済", "達成済み",
                 "完了", "完了済", "完了済み", "はい", "achieved", "complete", "completed", "1"}))
        return true;
    if (in(key, {"no", "n", "false", "0", "-", "未", "未達", "未達成", "未完了", "いいえ", "×", "なし", "not done",
                 "open", "pending"}))
        return false;
    return std::nullopt;
}

bool is_milestone_word(std::string_view text) {
    const std::string key = normalize_label(text);
    return !in(key, {"", "no", "n", "false", "0", "-", "いいえ", "×", "なし"});
}

std::optional<bool> candidate_mark(std::string_view text) {
    const std::string key = normalize_label(text);
    if (in(key, {"候補", "○", "〇", "◯", "yes", "y", "true", "1", "提案", "candidate", "proposed", "はい"}))
        return true;
    if (in(key, {"", "no", "n", "false", "0", "×", "-", "いいえ", "対象外", "見送り"}))
        return false;
    return std::nullopt;
}

}  // namespace pmocalc
