#include "status_report.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "evm_series.hpp"
#include "executive_summary.hpp"
#include "read_summary.hpp"
#include "text.hpp"
#include "typed_text.hpp"
#include "reading/workbook_reader.hpp"

namespace pmocalc {

Outcome<ReportSettings> settings_from_text(const SettingsText& typed, ReportSettings kept) {
    ReportSettings settings = std::move(kept);
    settings.language = typed.language;
    settings.es_period = typed.es_period;
    settings.status_date.reset();
    if (!is_blank(typed.status_date)) {
        settings.status_date = parse_date_text(typed.status_date);
        if (!settings.status_date)
            return invalid_input(Msg::panel_bad_status_date);
    }
    const auto amber = parse_number_text(typed.amber_below);
    const auto red = parse_number_text(typed.red_below);
    if (!amber || !red)
        return invalid_input(Msg::panel_bad_thresholds);
    const auto thresholds = make_rag_thresholds(*amber, *red);
    if (!thresholds)
        return invalid_input(Msg::panel_bad_thresholds);
    settings.thresholds = *thresholds;
    for (const auto& [text, limit] : {std::pair{typed.budget, &settings.budget},
                                      std::pair{typed.people_limit, &settings.people_limit}}) {
        limit->reset();
        if (is_blank(text))
            continue;
        const auto number = parse_number_text(text);
        if (!number || *number < 0)
            return invalid_input(Msg::panel_bad_limits);
        *limit = *number;
    }
    // Read when the report reads the workbook: a line it cannot read is said there.
    settings.column_map = trimmed(typed.column_map);
    return settings;
}

std::string_view es_period_code(EsPeriod period) { return period == EsPeriod::weeks ? "weeks" : "working_days"; }

std::optional<EsPeriod> es_period_from_code(std::string_view code) {
    const std::string key = normalize_label(code);
    if (key == "weeks" || key == "week" || key == "週")
        return EsPeriod::weeks;
    if (key == "working_days" || key == "working-days" || key == "days" || key == "稼働日")
        return EsPeriod::working_days;
    return std::nullopt;
}

std::optional<DurationUncertainty> duration_uncertainty_from_text(std::string_view text) {
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    auto percent = [](std::string_view part) -> std::optional<double> {
        std::string bare(part);
        std::erase(bare, '%');
        std::erase(bare, '+');
        return parse_number_text(bare);
    };
    const auto low = percent(text.substr(0, comma));
    const auto high = percent(text.substr(comma + 1));
    if (!low || !high || !(*low >= -99 && *low <= 0) || !(*high >= 0 && *high <= 1000))
        return std::nullopt;
    return DurationUncertainty{*low / 100, *high / 100};
}

std::string duration_uncertainty_text(DurationUncertainty uncertainty) {
    return format_number(uncertainty.low * 100) + "," + format_number(uncertainty.high * 100);
}

ReportRequest request_for(const ReportSettings& settings, std::string document_name, LocalTime now) {
    ReportRequest request;
    request.settings = settings;
    request.schedule.uncertainty = settings.duration_uncertainty;
    request.document_name = std::move(document_name);
    request.now = std::move(now);
    return request;
}

namespace {

// The milestone trends of the history (those of two status dates or more),
// and a warning for each whose slip is accelerating.
void say_milestone_trends(Assessment& result, const std::vector<HistoryRow>& rows, const WorkCalendar& calendar,
                          const std::string& sheet) {
    PortfolioStatus& status = *result.status;
    const auto subjects = milestone_trend_subjects(result.portfolio);
    status.milestone_trends = milestone_trends(subjects, rows, status.status_date, calendar);
    std::erase_if(status.milestone_trends, [](const MilestoneTrend& t) { return t.points.size() < 2; });
    for (const MilestoneTrend& t : status.milestone_trends) {
        if (!t.accelerating)
            continue;
        const MilestonePoint& last = t.points.back();
        const MilestonePoint& before = t.points[t.points.size() - 2];
        result.portfolio.diagnostics.push_back(
            {Diagnostic::Severity::warning, sheet, "",
             {t.subject.task_id.empty() ? Msg::finish_slip_accelerating : Msg::milestone_slip_accelerating,
              {t.subject.project_id, t.subject.name, MessageArg::date(before.forecast), MessageArg::date(last.forecast),
               MessageArg::date(before.status_date), MessageArg::date(last.status_date),
               format_number(*t.recent_slip_per_week, 1), format_number(*t.earlier_slip_per_week, 1)}}});
    }
}

// Merges this status into the workbook's history (and any imported one) and
// analyses the trends up to the status date.
void record_history(Assessment& result, const ReportRequest& request, const WeekendMask& weekend) {
    PortfolioStatus& status = *result.status;
    std::vector<HistoryRow> known = request.imported_history.empty()
                                        ? result.history_sheet.rows
                                        : merge_history(result.history_sheet.rows, request.imported_history);
    // A status that cannot fit is not built (a million task rows would cost
    // more than the rest of the report). Rows of this status date are
    // replaced by it, so they do not count.
    const auto kept = static_cast<std::size_t>(std::count_if(
        known.begin(), known.end(), [&](const HistoryRow& row) { return row.status_date != status.status_date; }));
    const bool milestones_only = request.history_tasks == HistoryTasks::milestones;
    const std::size_t task_rows =
        milestones_only ? static_cast<std::size_t>(std::count_if(result.portfolio.tasks.begin(),
                                                                 result.portfolio.tasks.end(),
                                                                 [](const Task& t) { return t.milestone; }))
                        : result.portfolio.tasks.size();
    const bool with_tasks =
        request.history_tasks != HistoryTasks::none && kept + 1 + status.projects.size() + task_rows <= history_row_limit;
    bool tasks_left_out = !with_tasks && request.history_tasks != HistoryTasks::none;
    bool merged_left_out = false;
    result.history = merge_history(
        std::move(known),
        status_rows(result.portfolio, status, weekend, request.now.text,
                    with_tasks ? request.history_tasks : HistoryTasks::none),
        &merged_left_out);
    tasks_left_out = tasks_left_out || merged_left_out;
    const std::string sheet = result.history_sheet.sheet_name.empty() ? history_sheet_name(result.language)
                                                                       : result.history_sheet.sheet_name;
    if (tasks_left_out)
        result.portfolio.diagnostics.push_back(
            {Diagnostic::Severity::warning, sheet, "",
             {Msg::history_tasks_left_out, {static_cast<unsigned long>(history_row_limit)}}});
    else if (milestones_only)
        result.portfolio.diagnostics.push_back({Diagnostic::Severity::note, sheet, "", Msg::history_milestones_only});
    else if (const auto without_id = std::count_if(result.portfolio.tasks.begin(), result.portfolio.tasks.end(),
                                                   [](const Task& task) { return task.id.empty(); }))
        result.portfolio.diagnostics.push_back({Diagnostic::Severity::note, sheet, "",
                                                {Msg::history_tasks_without_id,
                                                 {static_cast<unsigned long>(without_id)}}});
    std::vector<std::string> order;
    order.reserve(status.projects.size());
    for (const ProjectStatus& p : status.projects)
        order.push_back(p.project.id);
    // A table of earned value by period is history the workbook kept itself:
    // its trend is shown with the recorded one (which wins on a date both
    // have), but only pmocalc's own records are written back.
    const std::vector<HistoryRow> series = result.portfolio.periods.empty()
                                               ? std::vector<HistoryRow>{}
                                               : merge_history(series_history(result.portfolio, status.status_date),
                                                               result.history);
    const std::vector<HistoryRow>& rows = result.portfolio.periods.empty() ? result.history : series;
    status.history = analyse_history(rows, status.status_date, order);
    const WorkCalendar calendar(weekend, result.portfolio.holidays);
    say_milestone_trends(result, rows, calendar, sheet);
    std::vector<const ProjectStatus*> by_slip;
    for (const ProjectStatus& p : status.projects)
        by_slip.push_back(&p);
    std::stable_sort(by_slip.begin(), by_slip.end(),
                     [](const ProjectStatus* a, const ProjectStatus* b) { return a->slip_days > b->slip_days; });
    std::vector<std::string> slip_order;
    for (const ProjectStatus* p : by_slip)
        slip_order.push_back(p->project.id);
    status.progress_charts = progress_charts(result.portfolio, slip_order, rows, status.status_date, calendar,
                                             &status.progress_charts_left_out);
    // The finish at the recent rate: the last period's SPI of each project.
    for (std::size_t p = 0; p < status.projects.size(); ++p)
        if (const auto spi = recent_period_spi(status.history, status.projects[p].project.id); spi && *spi > 0)
            apply_recent_spi(status, p, *spi, calendar);
}

}  // namespace

// Analyses a portfolio read (from one workbook, or consolidated from many)
// with the history sheet its workbook keeps.
Assessment assess_read(Portfolio portfolio, HistorySheet history_sheet, Day null_date_offset,
                       const ReportRequest& request) {
    Assessment result;
    result.history_sheet = std::move(history_sheet);
    result.portfolio = std::move(portfolio);
    result.portfolio.diagnostics.insert(result.portfolio.diagnostics.end(), result.history_sheet.diagnostics.begin(),
                                        result.history_sheet.diagnostics.end());
    result.portfolio.diagnostics.insert(result.portfolio.diagnostics.begin(), request.found_before_reading.begin(),
                                        request.found_before_reading.end());
    result.language = request.settings.language.value_or(result.portfolio.language);
    result.null_date_offset = null_date_offset;
    // A workbook without a project column and without a file name yet.
    for (Project& project : result.portfolio.projects)
        if (project.name.empty())
            project.name = std::string(text(Msg::term_project, result.language));
    const Portfolio& read = result.portfolio;
    if (read.tasks.empty() && read.risks.empty() && read.issues.empty() && read.changes.empty() &&
        read.periods.empty() && read.quality.defects.empty() && read.quality.test_counts.empty() &&
        read.quality.test_cases.empty()) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.begin(),
                                            {Diagnostic::Severity::error, "", "", Msg::no_task_read});
        return result;
    }
    if (read.tasks.empty())
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.begin(),
                                            {Diagnostic::Severity::note, "", "", Msg::report_without_tasks});
    AnalysisOptions analysis;
    analysis.es_period = request.settings.es_period;
    bool status_date_is_today = false;
    if (request.settings.status_date) {
        analysis.status_date = *request.settings.status_date;
        result.status_date_chosen = true;
    } else if (result.portfolio.status_date) {
        analysis.status_date = *result.portfolio.status_date;
    } else {
        analysis.status_date = request.now.today;
        status_date_is_today = true;
        result.portfolio.diagnostics.insert(
            result.portfolio.diagnostics.begin(),
            {Diagnostic::Severity::warning, "", "",
             {Msg::status_date_fallback_today, {MessageArg::date(request.now.today)}}});
    }
    check_dates_against(result.portfolio, analysis.status_date, status_date_is_today);
    analysis.thresholds = request.settings.thresholds;
    analysis.schedule = request.schedule;
    result.status = analyse_portfolio(result.portfolio, analysis);
    for (auto* found : {&result.status->earning_diagnostics, &result.status->schedule_diagnostics,
                        &result.status->risk_diagnostics}) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.end(), std::make_move_iterator(found->begin()),
                                            std::make_move_iterator(found->end()));
        found->clear();
    }
    record_history(result, request, analysis.weekend);
    if (auto& quality = result.status->quality) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.end(), quality->diagnostics.begin(),
                                            quality->diagnostics.end());
        quality->diagnostics.clear();
    }
    if (auto& people = result.status->people) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.end(), people->diagnostics.begin(),
                                            people->diagnostics.end());
        people->diagnostics.clear();
    }
    result.choice = choose_projects(result.portfolio.selection, result.status->projects, request.settings.budget,
                                    request.settings.people_limit);
    return result;
}

namespace {


Assessment assess_workbook(const Workbook& workbook, const ReportRequest& request) {
    HistorySheet history = find_history(workbook);
    Portfolio portfolio = read_portfolio(workbook, {request.document_name, request.skip_sheets, history.sheet_name,
                                                    request.settings.column_map});
    return assess_read(std::move(portfolio), std::move(history), workbook.null_date_offset, request);
}

// The workbook's history sheet the assessment found, if any (writable ones only).
template <class Book>
auto history_sheet_of(Book& workbook, const Assessment& assessment) -> decltype(&workbook.sheets.front()) {
    if (assessment.history_sheet.writable && !assessment.history_sheet.sheet_name.empty())
        for (auto& sheet : workbook.sheets)
            if (sheet.name == assessment.history_sheet.sheet_name)
                return &sheet;
    return nullptr;
}

}  // namespace

Assessment assess(const Workbook& workbook, const ReportRequest& request) {
    Assessment result = assess_workbook(workbook, request);
    if (const Sheet* history = history_sheet_of(workbook, result))
        result.history_sheet.cells = history->cells;
    return result;
}

Assessment assess(Workbook&& workbook, const ReportRequest& request) {
    Assessment result = assess_workbook(workbook, request);
    if (Sheet* history = history_sheet_of(workbook, result))
        result.history_sheet.cells = std::move(history->cells);
    return result;
}

std::string history_sheet_to_write(const Assessment& assessment) {
    if (!assessment.reportable() || !assessment.history_sheet.writable)
        return "";
    return assessment.history_sheet.sheet_name.empty() ? history_sheet_name(assessment.language)
                                                       : assessment.history_sheet.sheet_name;
}

std::optional<HistoryWrite> history_to_write(const Assessment& assessment) {
    if (!assessment.reportable() || !assessment.history_sheet.writable)
        return std::nullopt;
    const bool exists = !assessment.history_sheet.sheet_name.empty();
    const Language language = exists ? assessment.history_sheet.language : assessment.language;
    HistoryWrite write;
    write.sheet_name = history_sheet_to_write(assessment);
    write.exists = exists;
    HistoryGrid grid = history_grid(assessment.history, language, assessment.null_date_offset);
    // The rows the sheet already holds as they should be stay as they are.
    const CellRange& before = assessment.history_sheet.cells;
    if (exists) {
        write.rows_before = before.rows();
        auto same_row = [&](std::size_t r) {
            for (std::size_t c = 0; c < grid.columns; ++c)
                if (!same_history_cell(grid.rows[r][c], c < before.columns() ? before[r * before.columns() + c]
                                                                             : CellValue{}))
                    return false;
            return true;
        };
        while (write.first_row < grid.rows.size() && write.first_row < before.rows() && same_row(write.first_row))
            ++write.first_row;
        write.replaced.reserve((write.rows_before - write.first_row) * grid.columns);
        for (std::size_t r = write.first_row; r < write.rows_before; ++r)
            for (std::size_t c = 0; c < grid.columns; ++c) {
                const CellValue cell = c < before.columns() ? before[r * before.columns() + c] : CellValue{};
                if (const auto number = number_in(cell))
                    write.replaced.push_number(*number);
                else if (const auto text = text_in(cell))
                    write.replaced.push_text(*text);
                else if (const auto error = error_in(cell))
                    write.replaced.push_error(*error);
                else
                    write.replaced.push_empty();
            }
        write.replaced.shape(write.rows_before - write.first_row, grid.columns);
    }
    ReportLayout& layout = write.layout;
    layout.sheet_name = write.sheet_name;
    layout.columns = grid.columns;
    layout.rows.assign(std::make_move_iterator(grid.rows.begin() + static_cast<std::ptrdiff_t>(write.first_row)),
                       std::make_move_iterator(grid.rows.end()));
    layout.frozen_rows = grid.header_row + 1;
    // Formats of the rows written, in the sheet's rows.
    const std::size_t end = grid.rows.size();
    auto format = [&](std::size_t row, std::size_t rows, std::size_t column, std::size_t columns, CellFormat f) {
        const std::size_t from = std::max(row, write.first_row);
        if (from < row + rows && from < end)
            layout.formats.push_back({{from, column, row + rows - from, columns}, f});
    };
    format(0, 1, 0, 1, CellFormat::title);
    format(1, 1, 0, 1, CellFormat::note);
    format(grid.header_row, 1, 0, grid.columns, CellFormat::column_header);
    const std::size_t first = grid.header_row + 1;
    if (end > first) {
        auto columns = [&](const std::vector<std::size_t>& list, CellFormat f) {
            for (const std::size_t c : list)
                format(first, end - first, c, 1, f);
        };
        columns(grid.date_columns, CellFormat::date);
        columns(grid.money_columns, CellFormat::money);
        columns(grid.index_columns, CellFormat::index);
        columns(grid.percent_columns, CellFormat::percent);
    }
    layout.column_widths_mm.assign(grid.columns, 22);
    layout.column_widths_mm[0] = 26;   // status date
    layout.column_widths_mm[4] = 50;   // name
    layout.column_widths_mm[grid.columns - 1] = 32;  // recorded at
    return write;
}

ReportLayout layout_report(const Assessment& assessment, const ReportRequest& request) {
    ReportOptions options;
    options.language = assessment.language;
    options.generated_at = request.now.text;
    options.null_date_offset = assessment.null_date_offset;
    options.history_sheet = history_sheet_to_write(assessment);
    options.choice = &assessment.choice;
    if (assessment.roll_up) {
        options.roll_up = &*assessment.roll_up;
        options.sources_sheet = assessment.sources_sheet;
    }
    return build_report(assessment.portfolio, *assessment.status, options);
}

std::string not_recorded_text(const Assessment& assessment, Language language) {
    if (!assessment.reportable())
        return failure_text(assessment, language);
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        if (d.message.id == Msg::history_not_ours)
            return located_text(d, language);
    return std::string(text(Msg::no_task_read, language));
}

std::string failure_text(const Assessment& assessment, Language language) {
    std::string out(text(Msg::no_task_read, language));
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        if (d.message.id != Msg::no_task_read)
            out += "\n  " + located_text(d, language);
    // What was found, so the reason shows where a table was not what it seemed.
    if (const std::string read = read_summary_text(assessment.portfolio, language); !read.empty()) {
        out += "\n" + std::string(text(Msg::panel_read_heading, language));
        for (std::size_t begin = 0; begin < read.size();) {
            const std::size_t end = std::min(read.find('\n', begin), read.size());
            out += "\n  " + read.substr(begin, end - begin);
            begin = end + 1;
        }
    }
    return out;
}

namespace {

// "What pmocalc read:" and a line per table (at most max_read_lines).
std::string read_part(const Assessment& assessment, Language language) {
    constexpr std::size_t max_read_lines = 8;
    const std::string lines = read_summary_text(assessment.portfolio, language);
    if (lines.empty())
        return {};
    std::string out = "\n\n" + std::string(text(Msg::panel_read_heading, language));
    std::size_t count = 0, begin = 0;
    while (begin < lines.size()) {
        const std::size_t end = std::min(lines.find('\n', begin), lines.size());
        if (count++ == max_read_lines) {
            out += "\n…";
            break;
        }
        out += "\n" + lines.substr(begin, end - begin);
        begin = end + 1;
    }
    return out;
}

}  // namespace

std::string health_summary(const Assessment& assessment, Language language) {
    if (!assessment.reportable())
        return std::string(text(Msg::no_task_read, language)) + read_part(assessment, language);
    const PortfolioStatus& status = *assessment.status;
    const ExecutiveSummary glance = summarise(assessment.portfolio, status);
    const RagCounts rag = count_rag(status);
    // "▼0.01": the change since the previous status date, as the report's page 1 shows it.
    const auto change = [&](const Kpi& k, bool days) -> std::string {
        const auto better = improved(k);
        if (!better)
            return "";
        const double size = std::abs(*k.value - *k.previous);
        return std::string(*k.value > *k.previous ? "▲" : "▼") +
               (days ? Message{Msg::kpi_days, {static_cast<long long>(std::llround(size))}}.render(language)
                     : format_index(size));
    };
    const auto& k = glance.kpis;
    std::string summary =
        Message{Msg::panel_indices, {format_index(status.figures.spi), change(k[0], false),
                                     format_index(status.figures.cpi), change(k[1], false),
                                     format_index(status.figures.spit)}}
            .render(language);
    if (status.forecast_finish)
        summary += "\n" + Message{Msg::panel_finish, {MessageArg::date(*status.forecast_finish), change(k[3], true)}}
                             .render(language);
    summary += "\n" + Message{Msg::panel_projects, {rag.green, rag.amber, rag.red, rag.none}}.render(language);
    // The reds named, the worst first (at most three).
    std::vector<MessageArg> reds;
    for (const ProjectGlance& g : glance.projects)
        if (g.project->rag == Rag::red && reds.size() < 3)
            reds.emplace_back(Message{Msg::summary_project_why,
                                      {g.project->project.id + (g.project->project.name.empty() ? "" : " " + g.project->project.name),
                                       g.short_reason}});
    if (!reds.empty()) {
        const Msg lists[] = {Msg::summary_list_1, Msg::summary_list_2, Msg::summary_list_3};
        summary += "\n" + Message{Msg::panel_reds, {Message{lists[reds.size() - 1], std::move(reds)}}}.render(language);
    }
    summary += "\n" + Message{Msg::panel_risks_issues, {status.open_risks, glance.high_risks,
                                                        format_grouped(status.risk_exposure), status.open_issues,
                                                        status.overdue_issues}}
                          .render(language);
    summary += "\n" + (glance.previous_date
                           ? Message{Msg::panel_dates, {MessageArg::date(status.status_date),
                                                        MessageArg::date(*glance.previous_date)}}
                           : Message{Msg::panel_dates_first, {MessageArg::date(status.status_date)}})
                          .render(language);
    const ProblemCounts counts = count_problems(assessment.portfolio.diagnostics);
    summary += '\n';
    summary += Message{Msg::panel_problem_counts, {counts.errors, counts.warnings, counts.notes}}.render(language);
    constexpr std::size_t fallbacks_shown = 2;
    std::size_t shown = 0;
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        if (is_fallback(d) && shown++ < fallbacks_shown) {
            summary += '\n';
            summary += Message{Msg::panel_fallback, {MessageArg::rendered(located_text(d, language))}}.render(language);
        }
    return summary + read_part(assessment, language);
}

}  // namespace pmocalc
