#include "workbook_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "header_glossary.hpp"
#include "issue_log.hpp"
#include "planned_value.hpp"
#include "text.hpp"

namespace pmocalc {

namespace {

constexpr std::size_t header_search_rows = 30;

// ---- reading single cells -------------------------------------------------

std::string number_as_text(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

bool parse_unsigned(std::string_view digits, int& out) {
    if (digits.empty() || digits.size() > 4)
        return false;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return result.ec == std::errc() && result.ptr == digits.data() + digits.size();
}

}  // namespace

std::optional<Day> parse_date_text(std::string_view raw) {
    const std::string normalized = normalize_label(raw);
    // 2025年1月6日 → 2025-1-6-
    std::string text;
    for (std::size_t i = 0; i < normalized.size();) {
        const std::string_view rest = std::string_view(normalized).substr(i);
        if (rest.starts_with("年") || rest.starts_with("月") || rest.starts_with("日")) {
            text += rest.starts_with("日") ? ' ' : '-';
            i += 3;  // each is three UTF-8 bytes
        } else {
            text += normalized[i++];
        }
    }
    if (const std::size_t space = text.find_first_of(" t"); space != std::string::npos)
        text.erase(space);  // a time of day after the date
    int parts[3];
    std::size_t start = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t stop = i < 2 ? text.find_first_of("-/.", start) : text.size();
        if (stop == std::string::npos || !parse_unsigned(std::string_view(text).substr(start, stop - start), parts[i]))
            return std::nullopt;
        start = stop + 1;
    }
    const int year = parts[0];
    const auto month = static_cast<unsigned>(parts[1]);
    const auto day = static_cast<unsigned>(parts[2]);
    if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    const Day serial = day_from_civil({year, month, day});
    const CivilDate back = civil_from_day(serial);
    if (back.month != month)
        return std::nullopt;  // 2025-02-30
    return serial;
}

std::optional<double> parse_number_text(std::string_view raw) {
    std::string text = normalize_label(raw);
    text.erase(std::remove(text.begin(), text.end(), ','), text.end());
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        percent = true;
        text.pop_back();
    }
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const char* begin = text.data();
    if (*begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return percent ? value / 100 : value;
}

namespace {

// ---- finding the sheets and their header rows ----------------------------

struct Layout {
    SheetKind kind = SheetKind::tasks;
    std::size_t header_row = 0;
    std::map<Field, std::size_t> columns;
    std::vector<std::size_t> level_columns;  // LV1 … LVn, left to right
    int score = 0;
    int japanese_headers = 0;
    int english_headers = 0;

    // Constant-time lookups for the row loop, filled by index_columns().
    static constexpr std::size_t no_column = static_cast<std::size_t>(-1);
    std::array<std::size_t, static_cast<std::size_t>(Field::holiday_name) + 1> column_of{};
    std::vector<std::size_t> used_columns;

    bool has(Field field) const { return columns.count(field) != 0; }
    std::size_t column(Field field) const { return column_of[static_cast<std::size_t>(field)]; }

    void index_columns() {
        column_of.fill(no_column);
        used_columns = level_columns;
        for (const auto& [field, c] : columns) {
            column_of[static_cast<std::size_t>(field)] = c;
            used_columns.push_back(c);
        }
    }
};

bool usable(const Layout& layout) {
    const auto has = [&](Field f) { return layout.has(f); };
    switch (layout.kind) {
    case SheetKind::projects:
        return has(Field::project_id) &&
               (has(Field::project_name) || has(Field::program) || has(Field::department) || has(Field::manager));
    case SheetKind::tasks:
        return (has(Field::task_name) || !layout.level_columns.empty() || has(Field::task_id)) &&
               (has(Field::planned_start) || has(Field::planned_finish)) && layout.columns.size() >= 3;
    case SheetKind::risks:
        return (has(Field::probability) || has(Field::impact)) && (has(Field::risk_title) || has(Field::risk_id));
    case SheetKind::issues:
        return has(Field::raised) && (has(Field::issue_title) || has(Field::issue_id));
    case SheetKind::changes:
        return (has(Field::change_id) || has(Field::change_title)) &&
               (has(Field::cost_impact) || has(Field::schedule_impact) || has(Field::status));
    case SheetKind::lessons:
        return has(Field::lesson_text);
    case SheetKind::holidays:
        return has(Field::holiday_date);
    }
    return false;
}

std::optional<Layout> find_layout(const Sheet& sheet, SheetKind kind) {
    std::optional<Layout> best;
    const std::size_t rows = std::min(sheet.cells.rows(), header_search_rows);
    for (std::size_t row = 0; row < rows; ++row) {
        Layout layout;
        layout.kind = kind;
        layout.header_row = row;
        for (std::size_t column = 0; column < sheet.cells.columns(); ++column) {
            const auto* text = std::get_if<std::string>(&sheet.at(row, column));
            if (!text)
                continue;
            const auto field = match_header(kind, *text);
            if (!field)
                continue;
            if (*field == Field::level_name)
                layout.level_columns.push_back(column);
            else if (!layout.columns.emplace(*field, column).second)
                continue;  // the first column of that name wins
            // Abbreviations such as ID, PV, WBS or LV1 belong to both languages.
            if (has_japanese(*text))
                ++layout.japanese_headers;
            else if (std::any_of(text->begin(), text->end(), [](char c) { return c >= 'a' && c <= 'z'; }))
                ++layout.english_headers;
        }
        layout.score = static_cast<int>(layout.columns.size()) + (layout.level_columns.empty() ? 0 : 1);
        if (usable(layout) && (!best || layout.score > best->score))
            best = std::move(layout);
    }
    if (best) {
        best->score += sheet_name_affinity(kind, sheet.name);
        best->index_columns();
    }
    return best;
}

// ---- reading rows -----------------------------------------------------------

// Dates typed as text that could be read, per sheet and column: reported once
// per column (a CSV has nothing but such dates), not once per cell.
struct TextDates {
    struct Column {
        std::size_t first_row;
        std::size_t count;
    };
    std::map<std::pair<std::string, std::size_t>, Column> columns;

    void add(const std::string& sheet, std::size_t column, std::size_t row) {
        auto [it, inserted] = columns.try_emplace({sheet, column}, Column{row, 0});
        ++it->second.count;
    }

    void report(std::vector<Diagnostic>& out) const {
        for (const auto& [where, column] : columns)
            out.push_back({Diagnostic::Severity::note, where.first, cell_address(column.first_row, where.second),
                           {Msg::dates_typed_as_text, {column.count}}});
    }
};

class RowReader {
public:
    RowReader(const Sheet& sheet, const Layout& layout, std::size_t row, Day offset, std::vector<Diagnostic>& out,
              TextDates& text_dates)
        : sheet_(sheet), layout_(layout), row_(row), offset_(offset), out_(out), text_dates_(text_dates) {}

    bool ok() const { return ok_; }
    std::size_t row() const { return row_; }

    bool present(Field field) const { return layout_.has(field); }

    std::string text(Field field) const {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return {};
        const Cell& cell = sheet_.at(row_, column);
        if (const auto* number = std::get_if<double>(&cell))
            return number_as_text(*number);
        if (const auto* value = std::get_if<std::string>(&cell))
            return trimmed(*value);
        return {};
    }

    // The deepest filled hierarchy column (LV1 … LVn), for names spread over levels.
    std::string level_name() const {
        for (auto it = layout_.level_columns.rbegin(); it != layout_.level_columns.rend(); ++it)
            if (const auto* value = std::get_if<std::string>(&sheet_.at(row_, *it)); value && !is_blank(*value))
                return trimmed(*value);
        return {};
    }

    std::optional<double> number(Field field, Msg what) {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return std::nullopt;
        const Cell& cell = sheet_.at(row_, column);
        if (is_empty_cell(cell))
            return std::nullopt;
        if (const auto* number = std::get_if<double>(&cell))
            return *number;
        const auto& value = std::get<std::string>(cell);
        if (auto parsed = parse_number_text(value))
            return parsed;
        fail(column, {Msg::not_a_number, {what, value}});
        return std::nullopt;
    }

    std::optional<Day> date(Field field, Msg what) {
        const std::size_t column = layout_.column(field);
        if (column == Layout::no_column)
            return std::nullopt;
        const Cell& cell = sheet_.at(row_, column);
        if (is_empty_cell(cell))
            return std::nullopt;
        if (const auto* number = std::get_if<double>(&cell)) {
            const auto day = day_from_serial(*number, offset_);
            if (!day) {
                fail(column, {Msg::not_a_date, {what, day.problem().message}});
                return std::nullopt;
            }
            return *day;
        }
        const auto& value = std::get<std::string>(cell);
        if (auto day = parse_date_text(value)) {
            text_dates_.add(sheet_.name, column, row_);
            return day;
        }
        fail(column, {Msg::date_text_unreadable, {what, value}});
        return std::nullopt;
    }

    void fail(Field field, Message message) {
        const std::size_t column = layout_.column(field);
        fail(column == Layout::no_column ? 0 : column, std::move(message));
    }

    void fail(std::size_t column, Message message) {
        ok_ = false;
        out_.push_back({Diagnostic::Severity::error, sheet_.name, cell_address(row_, column), std::move(message), true});
    }

private:
    const Sheet& sheet_;
    const Layout& layout_;
    std::size_t row_;
    Day offset_;
    std::vector<Diagnostic>& out_;
    TextDates& text_dates_;
    bool ok_ = true;
};

bool row_is_blank(const Sheet& sheet, const Layout& layout, std::size_t row) {
    for (std::size_t column : layout.used_columns)
        if (!is_empty_cell(sheet.at(row, column)))
            return false;
    return true;
}

// Percent columns typed as 0–100 (100, 50, 0) rather than 0–1: at least half
// of the non-zero values above 1 and none above 100.
double percent_scale(const Sheet& sheet, const Layout& layout, Field field, std::vector<Diagnostic>& out,
                     Msg what) {
    const auto it = layout.columns.find(field);
    if (it == layout.columns.end())
        return 1;
    std::size_t non_zero = 0;
    std::size_t above_one = 0;
    for (std::size_t row = layout.header_row + 1; row < sheet.cells.rows(); ++row) {
        const Cell& cell = sheet.at(row, it->second);
        std::optional<double> value;
        if (const auto* number = std::get_if<double>(&cell))
            value = *number;
        else if (const auto* text = std::get_if<std::string>(&cell); text && text->find('%') == std::string::npos)
            value = parse_number_text(*text);
        if (!value || *value == 0)
            continue;
        if (*value > 100 || *value < 0)
            return 1;
        ++non_zero;
        above_one += *value > 1 ? 1 : 0;
    }
    if (non_zero == 0 || above_one * 2 < non_zero)
        return 1;
    out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(layout.header_row, it->second),
                   {Msg::percent_typed_0_100, {what}}});
    return 100;
}

bool is_closed_word(const std::string& status) {
    const std::string key = normalize_label(status);
    for (std::string_view word : {"closed", "close", "done", "resolved", "complete", "completed", "完了", "クローズ",
                                  "終了", "解消", "解決", "対応済", "対応済み", "済", "済み"})
        if (key == word)
            return true;
    return false;
}

bool is_milestone_mark(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell))
        return *number != 0;
    if (const auto* text = std::get_if<std::string>(&cell)) {
        const std::string key = normalize_label(*text);
        for (std::string_view no : {"", "no", "n", "false", "0", "-", "いいえ", "×", "なし"})
            if (key == no)
                return false;
        return true;
    }
    return false;
}

std::optional<ChangeRequest::Status> change_status(const std::string& status) {
    const std::string key = normalize_label(status);
    for (std::string_view word : {"", "pending", "open", "submitted", "under review", "in review", "new", "審査中",
                                  "申請中", "未承認", "保留", "検討中", "起票", "未対応"})
        if (key == word)
            return ChangeRequest::Status::pending;
    for (std::string_view word : {"approved", "accepted", "承認", "承認済", "承認済み", "実施", "完了", "closed"})
        if (key == word)
            return ChangeRequest::Status::approved;
    for (std::string_view word : {"rejected", "withdrawn", "cancelled", "canceled", "却下", "取下げ", "取り下げ", "否認",
                                  "中止"})
        if (key == word)
            return ChangeRequest::Status::rejected;
    return std::nullopt;
}

// Calls read(row) for every data row below the header. Blank rows are skipped;
// one with data after it gets a note, since it may split a table by mistake.
template <class ReadRow>
void for_each_row(const Sheet& sheet, const Layout& layout, std::vector<Diagnostic>& out, ReadRow read) {
    const std::size_t first = layout.header_row + 1;
    std::vector<bool> blank(sheet.cells.rows() > first ? sheet.cells.rows() - first : 0);
    std::size_t last = layout.header_row;
    for (std::size_t row = first; row < sheet.cells.rows(); ++row) {
        blank[row - first] = row_is_blank(sheet, layout, row);
        if (!blank[row - first])
            last = row;
    }
    for (std::size_t row = first; row <= last; ++row) {
        if (blank[row - first]) {
            out.push_back({Diagnostic::Severity::note, sheet.name, cell_address(row, 0), Msg::blank_row_inside_table});
            continue;
        }
        read(row);
    }
}

class PortfolioReader {
public:
    PortfolioReader(const Workbook& workbook, const ReadOptions& options) : workbook_(workbook), options_(options) {}

    Portfolio read() {
        classify_sheets();
        for (const auto& [sheet, layout] : sheets_) {
            switch (layout.kind) {
            case SheetKind::projects: read_projects(*sheet, layout); break;
            case SheetKind::tasks: read_tasks(*sheet, layout); break;
            case SheetKind::risks: read_risks(*sheet, layout); break;
            case SheetKind::issues: read_issues(*sheet, layout); break;
            case SheetKind::changes: read_changes(*sheet, layout); break;
            case SheetKind::lessons: read_lessons(*sheet, layout); break;
            case SheetKind::holidays: read_holidays(*sheet, layout); break;
            }
        }
        text_dates_.report(result_.diagnostics);
        link_projects();
        find_status_date();
        sort_in_reading_order();
        return std::move(result_);
    }

private:
    void classify_sheets() {
        int japanese = 0;
        int english = 0;
        for (const Sheet& sheet : workbook_.sheets) {
            if (std::find(options_.skip_sheets.begin(), options_.skip_sheets.end(), sheet.name) !=
                options_.skip_sheets.end())
                continue;
            std::optional<Layout> best;
            for (SheetKind kind : all_sheet_kinds()) {
                auto layout = find_layout(sheet, kind);
                if (layout && (!best || layout->score > best->score))
                    best = std::move(layout);
            }
            if (!best)
                continue;
            japanese += best->japanese_headers;
            english += best->english_headers;
            sheets_.emplace_back(&sheet, std::move(*best));
        }
        result_.language = japanese > english ? Language::ja : Language::en;
        const bool has_tasks = std::any_of(sheets_.begin(), sheets_.end(),
                                           [](const auto& s) { return s.second.kind == SheetKind::tasks; });
        if (!has_tasks)
            result_.diagnostics.push_back({Diagnostic::Severity::error, "", "", Msg::no_task_sheet});
    }

    void read_projects(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            Project project{r.text(Field::project_id), r.text(Field::project_name), r.text(Field::program),
                            r.text(Field::department), r.text(Field::manager)};
            if (project.id.empty()) {
                r.fail(Field::project_id, Msg::project_needs_id);
                return;
            }
            if (!project_ids_.insert(project.id).second) {
                r.fail(Field::project_id, {Msg::duplicate_project_id, {project.id}});
                return;
            }
            if (project.name.empty())
                project.name = project.id;
            result_.projects.push_back(std::move(project));
        });
        has_project_sheet_ = true;
    }

    void read_tasks(const Sheet& sheet, const Layout& layout) {
        const double scale =
            percent_scale(sheet, layout, Field::percent_complete, result_.diagnostics, Msg::term_percent_complete);
        result_.tasks.reserve(result_.tasks.size() + sheet.cells.rows());
        task_keys_.reserve(task_keys_.size() + sheet.cells.rows());
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            Task task;
            task.project_id = r.text(Field::project_id);
            task.id = r.text(Field::task_id);
            task.name = r.present(Field::task_name) ? r.text(Field::task_name) : r.level_name();
            if (task.name.empty())
                task.name = r.level_name();
            task.source = {sheet.name, row};
            const auto budget = r.number(Field::budget, Msg::term_budget);
            const auto percent = r.number(Field::percent_complete, Msg::term_percent_complete);
            const auto actual_cost = r.number(Field::actual_cost, Msg::term_actual_cost);
            if (!r.ok())
                return;
            if (!budget) {
                // A summary or heading row (a parent in the WBS) carries no work of its own.
                if (percent.value_or(0) == 0 && !actual_cost)
                    return;
                r.fail(Field::budget, Msg::budget_blank_with_progress);
                return;
            }
            const auto start = r.date(Field::planned_start, Msg::term_planned_start);
            const auto finish = r.date(Field::planned_finish, Msg::term_planned_finish);
            task.baseline_finish = r.date(Field::baseline_finish, Msg::term_baseline_finish);
            task.forecast_finish = r.date(Field::forecast_finish, Msg::term_forecast_finish);
            task.actual_finish = r.date(Field::actual_finish, Msg::term_actual_finish);
            if (!r.ok())
                return;
            if (!start && !finish) {
                r.fail(layout.has(Field::planned_start) ? Field::planned_start : Field::planned_finish,
                       Msg::task_needs_dates);
                return;
            }
            const auto plan = make_task_plan(*budget, start.value_or(*finish), finish.value_or(*start));
            if (!plan) {
                r.fail(*budget < 0 ? Field::budget : Field::planned_finish, plan.problem().message);
                return;
            }
            task.budget = plan->budget;
            task.start = plan->start;
            task.finish = plan->finish;
            const auto fraction = checked_percent_complete(percent.value_or(0) / scale);
            if (!fraction) {
                r.fail(Field::percent_complete, fraction.problem().message);
                return;
            }
            task.percent_complete = *fraction;
            if (actual_cost && *actual_cost < 0) {
                r.fail(Field::actual_cost, Msg::actual_cost_negative);
                return;
            }
            task.actual_cost = actual_cost;
            task.milestone = layout.has(Field::milestone) && is_milestone_mark(sheet.at(row, layout.columns.at(Field::milestone)));
            if (!task.id.empty() && !task_keys_.insert(task.project_id + '\x1f' + task.id).second) {
                r.fail(Field::task_id, {Msg::duplicate_task_id, {task.id}});
                return;
            }
            result_.tasks.push_back(std::move(task));
        });
    }

    void read_risks(const Sheet& sheet, const Layout& layout) {
        const double scale =
            percent_scale(sheet, layout, Field::probability, result_.diagnostics, Msg::term_probability);
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            RiskEntry risk;
            risk.project_id = r.text(Field::project_id);
            risk.id = r.text(Field::risk_id);
            risk.title = r.text(Field::risk_title);
            risk.owner = r.text(Field::owner);
            risk.source = {sheet.name, row};
            const auto probability = r.number(Field::probability, Msg::term_probability);
            const auto impact = r.number(Field::impact, Msg::term_impact);
            if (!r.ok())
                return;
            if (!probability || !impact) {
                r.fail(!probability ? Field::probability : Field::impact, Msg::risk_needs_probability_and_impact);
                return;
            }
            const auto checked_p = checked_probability(*probability / scale);
            if (!checked_p) {
                r.fail(Field::probability, checked_p.problem().message);
                return;
            }
            const auto checked_i = checked_impact(*impact);
            if (!checked_i) {
                r.fail(Field::impact, checked_i.problem().message);
                return;
            }
            risk.probability = *checked_p;
            risk.impact = *checked_i;
            const auto kind = parse_risk_kind(r.text(Field::risk_type));
            if (!kind) {
                r.fail(Field::risk_type, kind.problem().message);
                return;
            }
            risk.kind = *kind;
            risk.open = !is_closed_word(r.text(Field::status));
            if (!risk.id.empty() && !risk_keys_.insert(risk.id).second) {
                r.fail(Field::risk_id, {Msg::duplicate_risk_id, {risk.id}});
                return;
            }
            result_.risks.push_back(std::move(risk));
        });
    }

    void read_issues(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            IssueEntry issue;
            issue.project_id = r.text(Field::project_id);
            issue.id = r.text(Field::issue_id);
            issue.title = r.text(Field::issue_title);
            issue.priority = r.text(Field::priority);
            issue.source = {sheet.name, row};
            const auto raised = r.date(Field::raised, Msg::term_raised);
            issue.due = r.date(Field::due, Msg::term_due);
            issue.closed = r.date(Field::closed, Msg::term_closed);
            if (!r.ok())
                return;
            if (!raised) {
                r.fail(Field::raised, Msg::issue_needs_raised_date);
                return;
            }
            const auto dates = make_issue_dates(*raised, issue.closed);
            if (!dates) {
                r.fail(Field::closed, dates.problem().message);
                return;
            }
            issue.raised = dates->raised;
            if (!issue.closed && is_closed_word(r.text(Field::status)))
                issue.closed = issue.raised;  // closed, date not recorded: at the latest it is not open now
            if (!issue.id.empty() && !issue_keys_.insert(issue.id).second) {
                r.fail(Field::issue_id, {Msg::duplicate_issue_id, {issue.id}});
                return;
            }
            result_.issues.push_back(std::move(issue));
        });
    }

    void read_changes(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            ChangeRequest change;
            change.project_id = r.text(Field::project_id);
            change.id = r.text(Field::change_id);
            change.title = r.text(Field::change_title);
            change.source = {sheet.name, row};
            change.cost_impact = r.number(Field::cost_impact, Msg::term_cost_impact);
            change.schedule_impact_days = r.number(Field::schedule_impact, Msg::term_schedule_impact);
            if (!r.ok())
                return;
            const std::string status_text = r.text(Field::status);
            const auto status = change_status(status_text);
            if (!status) {
                r.fail(Field::status, {Msg::change_status_unknown, {status_text}});
                return;
            }
            change.status = *status;
            result_.changes.push_back(std::move(change));
        });
    }

    void read_lessons(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            Lesson lesson{r.text(Field::project_id), r.text(Field::lesson_category), r.text(Field::lesson_text)};
            if (lesson.text.empty())
                return;
            result_.lessons.push_back(std::move(lesson));
        });
    }

    void read_holidays(const Sheet& sheet, const Layout& layout) {
        for_each_row(sheet, layout, result_.diagnostics, [&](std::size_t row) {
            RowReader r(sheet, layout, row, workbook_.null_date_offset, result_.diagnostics, text_dates_);
            const auto day = r.date(Field::holiday_date, Msg::term_holiday_date);
            if (day)
                result_.holidays.push_back(*day);
        });
    }

    // Every record must belong to a known project. Without a project sheet the
    // projects are the IDs the tasks use; without any project column the
    // workbook is one project.
    void link_projects() {
        if (!has_project_sheet_) {
            for (const Task& task : result_.tasks)
                if (project_ids_.insert(task.project_id).second)
                    result_.projects.push_back({task.project_id, task.project_id.empty() ? options_.single_project_name
                                                                                         : task.project_id,
                                                "", "", ""});
        }
        const bool single = result_.projects.size() == 1;
        const std::string only_id = single ? result_.projects.front().id : std::string();
        auto belongs = [&](auto& record, Msg what) {
            if (record.project_id.empty() && single) {
                record.project_id = only_id;
                return true;
            }
            if (project_ids_.count(record.project_id))
                return true;
            const auto layout = std::find_if(sheets_.begin(), sheets_.end(),
                                             [&](const auto& s) { return s.first->name == record.source.sheet; });
            const auto column = layout->second.columns.count(Field::project_id) ? layout->second.columns.at(Field::project_id) : 0;
            result_.diagnostics.push_back(
                {Diagnostic::Severity::error, record.source.sheet, cell_address(record.source.row, column),
                 record.project_id.empty() ? Message{Msg::no_project_id_several_projects, {what}}
                                           : Message{Msg::unknown_project, {what, record.project_id}},
                 true});
            return false;
        };
        std::erase_if(result_.tasks, [&](Task& t) { return !belongs(t, Msg::term_the_task); });
        std::erase_if(result_.risks, [&](RiskEntry& r) { return !belongs(r, Msg::term_the_risk); });
        std::erase_if(result_.issues, [&](IssueEntry& i) { return !belongs(i, Msg::term_the_issue); });
        std::erase_if(result_.changes, [&](ChangeRequest& c) { return !belongs(c, Msg::term_the_change); });
    }

    void find_status_date() {
        for (const Sheet& sheet : workbook_.sheets) {
            const std::size_t rows = std::min(sheet.cells.rows(), header_search_rows);
            const std::size_t columns = std::min<std::size_t>(sheet.cells.columns(), 40);
            for (std::size_t row = 0; row < rows; ++row)
                for (std::size_t column = 0; column < columns; ++column) {
                    const auto* label = std::get_if<std::string>(&sheet.at(row, column));
                    if (!label || !is_status_date_label(*label))
                        continue;
                    for (const auto& [r, c] : {std::pair{row, column + 1}, std::pair{row, column + 2},
                                               std::pair{row + 1, column}}) {
                        const Cell& cell = sheet.at(r, c);
                        if (is_empty_cell(cell))
                            continue;
                        std::optional<Day> day;
                        if (const auto* number = std::get_if<double>(&cell)) {
                            if (auto d = day_from_serial(*number, workbook_.null_date_offset))
                                day = *d;
                        } else {
                            day = parse_date_text(std::get<std::string>(cell));
                        }
                        if (day) {
                            result_.status_date = day;
                            return;
                        }
                        result_.diagnostics.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(r, c),
                                                       {Msg::status_date_not_a_date, {*label}}});
                        break;
                    }
                }
        }
    }

    // Workbook-wide problems first, then sheet by sheet, row by row, left to right.
    void sort_in_reading_order() {
        auto key = [&](const Diagnostic& d) {
            std::size_t sheet = 0;
            for (std::size_t i = 0; i < workbook_.sheets.size(); ++i)
                if (workbook_.sheets[i].name == d.sheet)
                    sheet = i + 1;
            std::size_t column = 0;
            std::size_t at = 0;
            for (; at < d.cell.size() && d.cell[at] >= 'A' && d.cell[at] <= 'Z'; ++at)
                column = column * 26 + static_cast<std::size_t>(d.cell[at] - 'A' + 1);
            const std::size_t row = at < d.cell.size() ? std::stoul(d.cell.substr(at)) : 0;
            return std::tuple{sheet, row, column};
        };
        std::stable_sort(result_.diagnostics.begin(), result_.diagnostics.end(),
                         [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
    }

    const Workbook& workbook_;
    const ReadOptions& options_;
    std::vector<std::pair<const Sheet*, Layout>> sheets_;
    Portfolio result_;
    bool has_project_sheet_ = false;
    std::unordered_set<std::string> project_ids_;
    std::unordered_set<std::string> task_keys_;  // project ID + '\x1f' + task ID
    std::set<std::string> risk_keys_;
    std::set<std::string> issue_keys_;
    TextDates text_dates_;
};

}  // namespace

Portfolio read_portfolio(const Workbook& workbook, const ReadOptions& options) {
    return PortfolioReader(workbook, options).read();
}

}  // namespace pmocalc
