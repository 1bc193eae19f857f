#include "status_history.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <string_view>
#include <unordered_map>

#include "planned_value.hpp"
#include "portfolio_analysis.hpp"
#include "text.hpp"
#include "tolerance.hpp"
#include "typed_text.hpp"

namespace pmocalc {
namespace {

// The history's columns, in the order they are written (a file format).
enum Column : std::size_t {
    c_status_date, c_level, c_project_id, c_task_id, c_name, c_bac, c_pv, c_ev, c_ac, c_percent,
    c_baseline_finish, c_forecast_finish, c_spi, c_cpi, c_spit, c_eac, c_rag, c_recorded_at, column_count
};

constexpr std::array<Msg, column_count> column_headers{
    Msg::history_col_status_date, Msg::history_col_level,    Msg::history_col_project_id,
    Msg::history_col_task_id,     Msg::history_col_name,     Msg::history_col_bac,
    Msg::history_col_pv,          Msg::history_col_ev,       Msg::history_col_ac,
    Msg::history_col_percent,     Msg::history_col_baseline_finish, Msg::history_col_forecast_finish,
    Msg::history_col_spi,         Msg::history_col_cpi,      Msg::history_col_spit,
    Msg::history_col_eac,         Msg::history_col_rag,      Msg::history_col_recorded_at,
};

constexpr std::size_t title_row = 0;
constexpr std::size_t header_row = 2;
constexpr std::size_t first_data_row = 3;
constexpr std::array<Language, 2> languages{Language::en, Language::ja};

constexpr std::array<Msg, 3> level_labels{Msg::history_level_portfolio, Msg::history_level_project,
                                          Msg::history_level_task};

bool is_done(const Task& task) { return task.actual_finish.has_value() || task.percent_complete >= 1; }

std::optional<std::string> text_at(const Sheet& sheet, std::size_t row, std::size_t column) {
    if (const auto text = text_in(sheet.at(row, column)))
        return trimmed(*text);
    return std::nullopt;
}

// The language whose header row the sheet has, if it has one.
std::optional<Language> header_language(const Sheet& sheet) {
    for (const Language language : languages) {
        bool all = true;
        for (std::size_t c = 0; c < column_count && all; ++c)
            all = text_at(sheet, header_row, c) == std::string(text(column_headers[c], language));
        if (all)
            return language;
    }
    return std::nullopt;
}

bool has_history_title(const Sheet& sheet) {
    const auto title = text_at(sheet, title_row, 0);
    return title && (*title == text(Msg::history_sheet_name, Language::en) ||
                     *title == text(Msg::history_sheet_name, Language::ja));
}

bool has_history_name(const Sheet& sheet) {
    const std::string name = trimmed(sheet.name);
    return name == text(Msg::history_sheet_name, Language::en) || name == text(Msg::history_sheet_name, Language::ja);
}

// Reads the data rows of a sheet in the history layout: our own file format,
// read strictly (exact headers, exact labels), unlike the users' tables that
// reading/cell_reader reads as people type them.
class HistoryRowReader {
public:
    HistoryRowReader(const Sheet& sheet, Day offset, std::vector<Diagnostic>& diagnostics)
        : sheet_(sheet), offset_(offset), diagnostics_(diagnostics) {}

    std::optional<HistoryRow> read(std::size_t r) {
        row_ = r;
        bad_ = false;
        HistoryRow out;
        const auto date = required_date(c_status_date);
        const auto level = level_at();
        out.project_id = text_or_number(c_project_id);
        out.task_id = text_or_number(c_task_id);
        out.name = text_or_number(c_name);
        out.bac = required_number(c_bac);
        out.pv = required_number(c_pv);
        out.ev = required_number(c_ev);
        out.ac = optional_number(c_ac);
        out.percent_complete = optional_number(c_percent);
        out.baseline_finish = optional_date(c_baseline_finish);
        out.forecast_finish = optional_date(c_forecast_finish);
        out.spi = optional_number(c_spi);
        out.cpi = optional_number(c_cpi);
        out.spit = optional_number(c_spit);
        out.eac = optional_number(c_eac);
        out.rag = rag_at();
        out.recorded_at = text_or_number(c_recorded_at);
        if (bad_ || !date || !level)
            return std::nullopt;
        out.status_date = *date;
        out.level = *level;
        if (out.level != HistoryLevel::portfolio && out.project_id.empty()) {
            bad(c_project_id, Msg::history_col_project_id);
            return std::nullopt;
        }
        if (out.level == HistoryLevel::task && out.task_id.empty()) {
            bad(c_task_id, Msg::history_col_task_id);
            return std::nullopt;
        }
        return out;
    }

private:
    CellValue cell(std::size_t c) const { return sheet_.at(row_, c); }

    void bad(std::size_t c, Message expected) {
        if (!bad_)
            diagnostics_.push_back({Diagnostic::Severity::warning, sheet_.name, cell_address(row_, c),
                                    {Msg::history_bad_cell, {std::move(expected), describe(cell(c))}},
                                    true});
        bad_ = true;
    }

    std::optional<Day> date_of(const CellValue& value) const {
        if (const auto number = number_in(value)) {
            if (*number != std::floor(*number))
                return std::nullopt;  // a time of day: the history writes whole days
            const auto day = day_from_serial(*number, offset_);
            return day ? std::optional<Day>(*day) : std::nullopt;
        }
        if (const auto text = text_in(value))
            return parse_date_text(*text);
        return std::nullopt;
    }

    std::optional<Day> required_date(std::size_t c) {
        const auto day = date_of(cell(c));
        if (!day)
            bad(c, Msg::term_history_date);
        return day;
    }

    std::optional<Day> optional_date(std::size_t c) {
        if (is_empty_cell(cell(c)))
            return std::nullopt;
        const auto day = date_of(cell(c));
        if (!day)
            bad(c, Msg::term_history_date);
        return day;
    }

    std::optional<double> number_of(const CellValue& value) const {
        if (const auto number = number_in(value); number && std::isfinite(*number))
            return *number;
        return std::nullopt;
    }

    double required_number(std::size_t c) {
        const auto number = number_of(cell(c));
        if (!number)
            bad(c, Msg::term_history_number);
        return number.value_or(0);
    }

    std::optional<double> optional_number(std::size_t c) {
        if (is_empty_cell(cell(c)))
            return std::nullopt;
        const auto number = number_of(cell(c));
        if (!number)
            bad(c, Msg::term_history_number);
        return number;
    }

    std::string text_or_number(std::size_t c) {
        const CellValue value = cell(c);
        if (const auto text = text_in(value))
            return trimmed(*text);
        if (const auto number = number_in(value))
            return number_as_text(*number);
        if (error_in(value))
            bad(c, Msg::term_history_number);
        return {};
    }

    std::optional<HistoryLevel> level_at() {
        const auto label = text_at(sheet_, row_, c_level);
        for (const Language language : languages)
            for (std::size_t i = 0; i < level_labels.size(); ++i)
                if (label && *label == text(level_labels[i], language))
                    return static_cast<HistoryLevel>(i);
        bad(c_level, Msg::term_history_level);
        return std::nullopt;
    }

    std::optional<Rag> rag_at() {
        if (is_empty_cell(cell(c_rag)))
            return std::nullopt;
        const auto label = text_at(sheet_, row_, c_rag);
        for (const Rag rag : {Rag::green, Rag::amber, Rag::red})
            if (label && *label == rag_label(rag))
                return rag;
        bad(c_rag, Msg::term_history_rag);
        return std::nullopt;
    }

    const Sheet& sheet_;
    Day offset_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t row_ = 0;
    bool bad_ = false;
};

struct RowKey {
    Day date;
    HistoryLevel level;
    std::string project_id;
    std::string task_id;
    auto operator<=>(const RowKey&) const = default;
};

RowKey key_of(const HistoryRow& row) { return {row.status_date, row.level, row.project_id, row.task_id}; }

std::string level_text(HistoryLevel level, Language language) {
    return std::string(text(level_labels[static_cast<std::size_t>(level)], language));
}

bool differs(double a, double b) { return std::abs(a - b) > 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }

TrendPoint point_of(const HistoryRow& row) {
    TrendPoint p;
    p.date = row.status_date;
    p.bac = row.bac;
    p.pv = row.pv;
    p.ev = row.ev;
    p.ac = row.ac;
    p.spi = row.spi;
    p.cpi = row.cpi;
    p.spit = row.spit;
    p.eac = row.eac;
    p.baseline_finish = row.baseline_finish;
    p.forecast_finish = row.forecast_finish;
    p.rag = row.rag;
    return p;
}

void link_periods(Trend& trend) {
    for (std::size_t i = 1; i < trend.points.size(); ++i) {
        const TrendPoint& before = trend.points[i - 1];
        TrendPoint& now = trend.points[i];
        now.rebaselined = differs(now.bac, before.bac) ||
                          (now.baseline_finish && before.baseline_finish &&
                           *now.baseline_finish != *before.baseline_finish);
        if (now.rebaselined)
            continue;
        const double earned = now.ev - before.ev;
        if (now.pv - before.pv > 0)
            now.period_spi = earned / (now.pv - before.pv);
        if (now.ac && before.ac && *now.ac - *before.ac > 0)
            now.period_cpi = earned / (*now.ac - *before.ac);
    }
}

// A task is late when unfinished and past its baseline finish, or forecast after it.
bool is_late(const HistoryRow& task) {
    if (task.percent_complete.value_or(0) >= 1 || !task.baseline_finish)
        return false;
    return *task.baseline_finish < task.status_date ||
           (task.forecast_finish && *task.forecast_finish > *task.baseline_finish);
}

}  // namespace

std::vector<HistoryRow> status_rows(const Portfolio& portfolio, const PortfolioStatus& status,
                                    const WeekendMask& weekend, const std::string& recorded_at, HistoryTasks tasks) {
    std::vector<HistoryRow> rows;
    rows.reserve(1 + status.projects.size() + portfolio.tasks.size());
    auto figures_row = [&](HistoryLevel level, const EvmFigures& f) {
        HistoryRow& row = rows.emplace_back();
        row.status_date = status.status_date;
        row.level = level;
        row.bac = f.bac;
        row.pv = f.pv;
        row.ev = f.ev;
        row.ac = f.ac;
        row.spi = f.spi;
        row.cpi = f.cpi;
        row.spit = f.spit;
        row.eac = f.eac;
        row.recorded_at = recorded_at;
        return std::ref(row);
    };
    HistoryRow& whole = figures_row(HistoryLevel::portfolio, status.figures);
    whole.forecast_finish = status.forecast_finish;
    whole.rag = status.rag;
    for (const ProjectStatus& p : status.projects)
        if (p.baseline_finish && (!whole.baseline_finish || *p.baseline_finish > *whole.baseline_finish))
            whole.baseline_finish = p.baseline_finish;
    for (const ProjectStatus& p : status.projects) {
        HistoryRow& row = figures_row(HistoryLevel::project, p.figures);
        row.project_id = p.project.id;
        row.name = p.project.name;
        row.baseline_finish = p.baseline_finish;
        row.forecast_finish = p.forecast_finish;
        row.rag = p.rag;
    }
    if (tasks == HistoryTasks::none)
        return rows;
    const WorkCalendar calendar(weekend, portfolio.holidays);
    for (const Task& task : portfolio.tasks) {
        if (task.id.empty())
            continue;  // nothing could follow it to the next status date (said by the caller)
        if (tasks == HistoryTasks::milestones && !task.milestone)
            continue;
        HistoryRow& row = rows.emplace_back();
        row.status_date = status.status_date;
        row.level = HistoryLevel::task;
        row.project_id = task.project_id;
        row.task_id = task.id;
        row.name = task.name;
        row.bac = task.budget;
        row.pv = planned_value({task.budget, task.start, task.finish}, status.status_date, calendar);
        row.ev = task.budget * task.percent_complete;
        row.ac = task.actual_cost;
        row.percent_complete = task.percent_complete;
        row.baseline_finish = task.baseline_finish.value_or(task.finish);
        const Day forecast = task.actual_finish.value_or(task.forecast_finish.value_or(task.finish));
        row.forecast_finish = is_done(task) ? forecast : std::max(forecast, status.status_date);
        row.recorded_at = recorded_at;
    }
    return rows;
}

std::vector<HistoryRow> merge_history(std::vector<HistoryRow> history, std::vector<HistoryRow> status,
                                      bool* tasks_left_out) {
    if (tasks_left_out)
        *tasks_left_out = false;
    std::vector<Day> dates;
    for (const HistoryRow& row : status)
        if (std::find(dates.begin(), dates.end(), row.status_date) == dates.end())
            dates.push_back(row.status_date);
    std::erase_if(history, [&](const HistoryRow& row) {
        return std::find(dates.begin(), dates.end(), row.status_date) != dates.end();
    });
    if (history.size() + status.size() > history_row_limit) {
        std::erase_if(status, [](const HistoryRow& row) { return row.level == HistoryLevel::task; });
        if (tasks_left_out)
            *tasks_left_out = true;
    }
    history.insert(history.end(), std::make_move_iterator(status.begin()), std::make_move_iterator(status.end()));
    std::stable_sort(history.begin(), history.end(),
                     [](const HistoryRow& a, const HistoryRow& b) { return a.status_date < b.status_date; });
    return history;
}

std::string history_sheet_name(Language language) { return std::string(text(Msg::history_sheet_name, language)); }

bool looks_like_history(const CellRange& cells) {
    const Sheet sheet{"", cells};
    return has_history_title(sheet) && header_language(sheet).has_value();
}

HistorySheet find_history(const Workbook& workbook) {
    HistorySheet found;
    const Sheet* history = nullptr;
    for (const Sheet& sheet : workbook.sheets)
        if (has_history_title(sheet) && header_language(sheet)) {
            history = &sheet;
            break;
        }
    if (!history) {
        for (const Sheet& sheet : workbook.sheets)
            if (has_history_name(sheet)) {
                found.sheet_name = sheet.name;
                found.writable = false;
                found.diagnostics.push_back(
                    {Diagnostic::Severity::warning, sheet.name, has_history_title(sheet) ? "A3" : "A1",
                     {Msg::history_not_ours,
                      {has_history_title(sheet) ? Msg::history_not_ours_header : Msg::history_not_ours_title}}});
                break;
            }
        return found;
    }
    found.sheet_name = history->name;
    found.language = *header_language(*history);
    HistoryRowReader reader(*history, workbook.null_date_offset, found.diagnostics);
    std::map<RowKey, std::size_t> seen;
    for (std::size_t r = first_data_row; r < history->cells.rows(); ++r) {
        bool blank = true;
        for (std::size_t c = 0; c < column_count && blank; ++c)
            blank = is_empty_cell(history->at(r, c));
        if (blank)
            continue;
        auto row = reader.read(r);
        if (!row)
            continue;
        const auto [at, fresh] = seen.try_emplace(key_of(*row), found.rows.size());
        if (fresh) {
            found.rows.push_back(std::move(*row));
        } else {
            const std::string what = row->level == HistoryLevel::portfolio ? level_text(row->level, Language::en)
                                     : row->task_id.empty() ? row->project_id
                                                            : row->project_id + " " + row->task_id;
            found.diagnostics.push_back({Diagnostic::Severity::warning, history->name, cell_address(r, 0),
                                         {Msg::history_duplicate_row, {what, MessageArg::date(row->status_date)}}});
            found.rows[at->second] = std::move(*row);
        }
    }
    std::stable_sort(found.rows.begin(), found.rows.end(),
                     [](const HistoryRow& a, const HistoryRow& b) { return a.status_date < b.status_date; });
    return found;
}

HistoryGrid history_grid(const std::vector<HistoryRow>& rows, Language language, Day null_date_offset) {
    HistoryGrid grid;
    grid.columns = column_count;
    grid.header_row = header_row;
    grid.date_columns = {c_status_date, c_baseline_finish, c_forecast_finish};
    grid.money_columns = {c_bac, c_pv, c_ev, c_ac, c_eac};
    grid.index_columns = {c_spi, c_cpi, c_spit};
    grid.percent_columns = {c_percent};
    grid.rows.reserve(first_data_row + rows.size());
    grid.rows.push_back({history_sheet_name(language)});
    grid.rows.push_back({std::string(text(Msg::history_note, language))});
    auto& header = grid.rows.emplace_back();
    for (const Msg h : column_headers)
        header.emplace_back(std::string(text(h, language)));
    auto date = [&](const std::optional<Day>& day) -> Cell {
        return day ? Cell(static_cast<double>(*day - null_date_offset)) : Cell();
    };
    auto number = [](const std::optional<double>& value) -> Cell { return value ? Cell(*value) : Cell(); };
    auto textual = [](const std::string& value) -> Cell { return value.empty() ? Cell() : Cell(value); };
    for (const HistoryRow& row : rows) {
        auto& out = grid.rows.emplace_back(column_count);
        out[c_status_date] = date(row.status_date);
        out[c_level] = level_text(row.level, language);
        out[c_project_id] = textual(row.project_id);
        out[c_task_id] = textual(row.task_id);
        out[c_name] = textual(row.name);
        out[c_bac] = row.bac;
        out[c_pv] = row.pv;
        out[c_ev] = row.ev;
        out[c_ac] = number(row.ac);
        out[c_percent] = number(row.percent_complete);
        out[c_baseline_finish] = date(row.baseline_finish);
        out[c_forecast_finish] = date(row.forecast_finish);
        out[c_spi] = number(row.spi);
        out[c_cpi] = number(row.cpi);
        out[c_spit] = number(row.spit);
        out[c_eac] = number(row.eac);
        out[c_rag] = row.rag ? Cell(std::string(rag_label(*row.rag))) : Cell();
        out[c_recorded_at] = textual(row.recorded_at);
    }
    for (auto& row : grid.rows)
        row.resize(column_count);
    return grid;
}

bool same_history_cell(const Cell& written, const CellValue& read) {
    if (is_empty_cell(written))
        return is_empty_cell(read);
    if (const auto* number = std::get_if<double>(&written)) {
        const auto other = number_in(read);
        // A file keeps 15 significant digits (at most 20 decimals): what a
        // save and a reopen may change, and nothing a report shows.
        return other && std::abs(*number - *other) <= std::max(saved_relative_change * std::max(std::abs(*number),
                                                                                               std::abs(*other)),
                                                                saved_absolute_change);
    }
    if (const auto* text = std::get_if<std::string>(&written))
        return text_in(read) == std::string_view(*text);
    return false;
}

HistoryAnalysis analyse_history(const std::vector<HistoryRow>& rows, Day current,
                                const std::vector<std::string>& order) {
    HistoryAnalysis result;
    std::map<Day, bool> dates_with_tasks;
    std::unordered_map<std::string, std::size_t> project_index;
    auto trend_of = [&](const HistoryRow& row) -> Trend& {
        const auto [at, fresh] = project_index.try_emplace(row.project_id, result.projects.size());
        if (fresh)
            result.projects.push_back({row.project_id, row.name, {}});
        return result.projects[at->second];
    };
    for (const std::string& id : order)
        if (project_index.try_emplace(id, result.projects.size()).second)
            result.projects.push_back({id, "", {}});
    for (const HistoryRow& row : rows) {
        if (row.status_date > current)
            continue;
        bool& has_tasks = dates_with_tasks[row.status_date];
        has_tasks = has_tasks || row.level == HistoryLevel::task;
        if (row.level == HistoryLevel::portfolio) {
            result.portfolio.points.push_back(point_of(row));
        } else if (row.level == HistoryLevel::project) {
            Trend& trend = trend_of(row);
            if (!row.name.empty())
                trend.name = row.name;
            trend.points.push_back(point_of(row));
        }
    }
    for (const auto& [date, has_tasks] : dates_with_tasks) {
        result.dates.push_back(date);
        result.tasks_left_out = result.tasks_left_out || !has_tasks;
    }
    std::erase_if(result.projects, [](const Trend& t) { return t.points.empty(); });
    link_periods(result.portfolio);
    for (Trend& trend : result.projects) {
        link_periods(trend);
        for (std::size_t i = 1; i < trend.points.size(); ++i) {
            const TrendPoint& before = trend.points[i - 1];
            const TrendPoint& now = trend.points[i];
            if (now.rebaselined)
                result.rebaselines.push_back({trend.project_id, trend.name, before.date, now.date, before.bac, now.bac,
                                              before.baseline_finish, now.baseline_finish, before.spi, now.spi});
        }
    }
    if (result.dates.size() < 2 || result.dates.back() != current)
        return result;
    // The status before this one: the last date the whole portfolio was
    // recorded (one project's table of periods is not a status of the portfolio).
    for (auto date = result.dates.rbegin() + 1; date != result.dates.rend(); ++date)
        if (std::any_of(result.portfolio.points.begin(), result.portfolio.points.end(),
                        [&](const TrendPoint& p) { return p.date == *date; })) {
            result.previous_date = *date;
            break;
        }
    if (!result.previous_date)
        return result;
    const Day previous = *result.previous_date;
    if (!dates_with_tasks[current] || !dates_with_tasks[previous])
        return result;

    // Each task's recorded rows by date (dates with task rows only).
    std::unordered_map<std::string, std::vector<const HistoryRow*>> series;
    std::vector<std::string> current_order;
    for (const HistoryRow& row : rows) {
        if (row.level != HistoryLevel::task || row.status_date > current || !dates_with_tasks[row.status_date])
            continue;
        std::string key = row.project_id;
        key += '\x1f';
        key += row.task_id;
        if (row.status_date == current)
            current_order.push_back(key);
        series[key].push_back(&row);
    }
    std::vector<Day> task_dates;
    for (const auto& [date, has_tasks] : dates_with_tasks)
        if (has_tasks)
            task_dates.push_back(date);

    auto change = [](ChangeKind kind, const HistoryRow& row) {
        TaskChange c;
        c.kind = kind;
        c.project_id = row.project_id;
        c.task_id = row.task_id;
        c.name = row.name;
        return c;
    };
    std::array<std::vector<TaskChange>, 6> by_kind;
    for (const std::string& key : current_order) {
        const auto& list = series[key];
        const HistoryRow& now = *list.back();
        const HistoryRow* before = list.size() >= 2 && list[list.size() - 2]->status_date == previous
                                       ? list[list.size() - 2]
                                       : nullptr;
        if (!before) {
            by_kind[static_cast<int>(ChangeKind::added)].push_back(change(ChangeKind::added, now));
            continue;
        }
        if (now.name != before->name) {
            TaskChange c = change(ChangeKind::renamed, now);
            c.old_name = before->name;
            by_kind[static_cast<int>(ChangeKind::renamed)].push_back(std::move(c));
        }
        const double after_pct = now.percent_complete.value_or(0);
        const double before_pct = before->percent_complete.value_or(0);
        if (after_pct > before_pct) {
            TaskChange c = change(ChangeKind::progressed, now);
            c.percent_before = before_pct;
            c.percent_after = after_pct;
            by_kind[static_cast<int>(ChangeKind::progressed)].push_back(std::move(c));
        } else if (after_pct < 1 && now.pv > 0) {
            // Recorded periods without progress, counted back over consecutive task dates.
            int periods = 0;
            Day since = now.status_date;
            std::size_t date_index = task_dates.size() - 1;
            for (std::size_t i = list.size() - 1; i > 0 && date_index > 0; --i, --date_index) {
                const HistoryRow& earlier = *list[i - 1];
                if (earlier.status_date != task_dates[date_index - 1] ||
                    differs(earlier.percent_complete.value_or(0), after_pct))
                    break;
                ++periods;
                since = earlier.status_date;
            }
            if (periods >= stalled_after_periods) {
                TaskChange c = change(ChangeKind::stalled, now);
                c.periods_without_progress = periods;
                c.stalled_since = since;
                c.percent_after = after_pct;
                by_kind[static_cast<int>(ChangeKind::stalled)].push_back(std::move(c));
            }
        }
        if (is_late(now) && !is_late(*before)) {
            TaskChange c = change(ChangeKind::newly_late, now);
            c.baseline_finish = now.baseline_finish;
            c.forecast_finish = now.forecast_finish;
            by_kind[static_cast<int>(ChangeKind::newly_late)].push_back(std::move(c));
        }
    }
    for (const HistoryRow& row : rows)
        if (row.level == HistoryLevel::task && row.status_date == previous) {
            std::string key = row.project_id;
            key += '\x1f';
            key += row.task_id;
            if (series[key].back()->status_date != current)
                by_kind[static_cast<int>(ChangeKind::removed)].push_back(change(ChangeKind::removed, row));
        }
    for (auto& list : by_kind)
        result.changes.insert(result.changes.end(), std::make_move_iterator(list.begin()),
                              std::make_move_iterator(list.end()));
    return result;
}

std::optional<double> recent_period_spi(const HistoryAnalysis& analysis, const std::string& project_id) {
    for (const Trend& trend : analysis.projects)
        if (trend.project_id == project_id && !trend.points.empty())
            return trend.points.back().period_spi;
    return std::nullopt;
}

}  // namespace pmocalc
