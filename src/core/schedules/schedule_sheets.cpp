#include "schedule_sheets.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <unordered_map>

namespace pmocalc {
namespace {

// The template's headers (templates/pmo-template-*.fods), which the workbook
// reader's glossary recognises: a file-format contract like the function names.
struct Header {
    const char* en;
    const char* ja;
};

namespace col {
enum Task {
    project, id, wbs, name, level, budget, hours, start, finish, baseline_finish, forecast_finish, actual_start,
    actual_finish, percent, actual_cost, milestone, predecessors, constraint, constraint_date, assignee, count
};
}  // namespace col

constexpr Header task_headers[col::count] = {
    {"Project ID", "プロジェクトID"}, {"Task ID", "タスクID"},        {"WBS", "WBS番号"},
    {"Task name", "タスク名"},        {"Outline level", "アウトラインレベル"}, {"Budget", "予算"},
    {"Planned hours", "予定時間"},    {"Planned start", "開始予定日"}, {"Planned finish", "終了予定日"},
    {"Baseline finish", "基準終了日"}, {"Forecast finish", "終了見込日"}, {"Actual start", "実績開始日"},
    {"Actual finish", "実績終了日"},   {"% complete", "進捗率"},        {"Actual cost", "実コスト"},
    {"Milestone", "マイルストーン"},   {"Predecessors", "先行タスク"},  {"Constraint", "制約"},
    {"Constraint date", "制約日"},     {"Assignee", "担当者"},
};

const char* in(const Header& h, Language language) { return language == Language::ja ? h.ja : h.en; }

// The constraint in the words the reader knows (value_words.cpp), "" for as soon as possible.
std::string constraint_text(ScheduleConstraint c, Language language) {
    const bool ja = language == Language::ja;
    switch (c) {
        case ScheduleConstraint::as_soon_as_possible: return "";
        case ScheduleConstraint::as_late_as_possible: return ja ? "できるだけ遅く" : "As late as possible";
        case ScheduleConstraint::must_start_on: return ja ? "開始日固定" : "Must start on";
        case ScheduleConstraint::must_finish_on: return ja ? "終了日固定" : "Must finish on";
        case ScheduleConstraint::start_no_earlier_than: return ja ? "指定日以降に開始" : "Start no earlier than";
        case ScheduleConstraint::start_no_later_than: return ja ? "指定日までに開始" : "Start no later than";
        case ScheduleConstraint::finish_no_earlier_than: return ja ? "指定日以降に終了" : "Finish no earlier than";
        case ScheduleConstraint::finish_no_later_than: return ja ? "指定日までに終了" : "Finish no later than";
    }
    return "";
}

Cell day_cell(const std::optional<Day>& day) { return day ? Cell(static_cast<double>(*day)) : Cell(); }
Cell number_cell(const std::optional<double>& n) { return n ? Cell(*n) : Cell(); }

std::string number_text(double value) {
    const double rounded = std::round(value * 1000) / 1000;
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, rounded == 0 ? 0.0 : rounded).ptr;
    return std::string(text, end);
}

// A sheet of a header row (frozen) and data rows; `kinds` the format of each column.
ReportLayout table_sheet(std::string name, std::vector<std::string> header, std::vector<std::vector<Cell>> rows,
                         const std::vector<CellFormat>& kinds, std::size_t title_rows = 0,
                         std::vector<std::vector<Cell>> title = {}) {
    ReportLayout layout;
    layout.sheet_name = std::move(name);
    layout.columns = header.size();
    layout.rows = std::move(title);
    layout.rows.resize(title_rows);
    for (auto& row : layout.rows)
        row.resize(layout.columns);
    std::vector<Cell> header_row(header.begin(), header.end());
    layout.rows.push_back(std::move(header_row));
    const std::size_t first = layout.rows.size();
    for (auto& row : rows) {
        row.resize(layout.columns);
        layout.rows.push_back(std::move(row));
    }
    if (title_rows > 0)
        layout.formats.push_back({{0, 0, 1, 1}, CellFormat::title});
    layout.formats.push_back({{first - 1, 0, 1, layout.columns}, CellFormat::column_header});
    const std::size_t data = layout.rows.size() - first;
    for (std::size_t c = 0; c < kinds.size() && data > 0; ++c)
        if (kinds[c] != CellFormat::text)
            layout.formats.push_back({{first, c, data, 1}, kinds[c]});
    for (std::size_t c = 0; c < layout.columns; ++c) {
        const CellFormat kind = c < kinds.size() ? kinds[c] : CellFormat::text;
        layout.column_widths_mm.push_back(kind == CellFormat::text ? 40 : kind == CellFormat::date ? 26 : 22);
    }
    layout.frozen_rows = first;
    layout.printed_columns = layout.columns;
    layout.printed_rows = layout.rows.size();
    return layout;
}

std::string project_id_of(const ScheduleFile& schedule) {
    if (!schedule.project_id.empty())
        return schedule.project_id;
    if (!schedule.project_name.empty() && schedule.project_name.size() <= 40)
        return schedule.project_name;
    return "P1";
}

// The assignee cell: the task's resources by name, most units first.
std::unordered_map<std::string, std::string> assignees(const ScheduleFile& schedule) {
    std::unordered_map<std::string, std::string> names;
    for (const ScheduleResource& r : schedule.resources)
        names[r.key] = r.name;
    std::unordered_map<std::string, std::vector<const ScheduleAssignment*>> by_task;
    for (const ScheduleAssignment& a : schedule.assignments)
        by_task[a.task].push_back(&a);
    std::unordered_map<std::string, std::string> result;
    for (auto& [task, list] : by_task) {
        std::stable_sort(list.begin(), list.end(), [](auto* a, auto* b) { return a->units > b->units; });
        std::string text;
        for (const ScheduleAssignment* a : list)
            text += (text.empty() ? "" : ", ") + names[a->resource];
        result[task] = text;
    }
    return result;
}

ReportLayout tasks_sheet(const ScheduleFile& schedule, const std::string& project, Language language) {
    std::unordered_map<std::string, std::string> id_of;
    for (const ScheduleTask& t : schedule.tasks)
        id_of[t.key] = t.id;
    const auto people = assignees(schedule);
    std::vector<std::vector<Cell>> rows;
    for (const ScheduleTask& t : schedule.tasks) {
        std::vector<Cell> row(col::count);
        row[col::project] = project;
        row[col::id] = t.id;
        row[col::wbs] = t.wbs;
        row[col::name] = t.name;
        row[col::level] = static_cast<double>(t.outline_level);
        // The plan PV is measured against: the baseline where the task has
        // one (the current dates are then the forecast), else the schedule.
        const bool baselined = t.baseline_start && t.baseline_finish;
        row[col::start] = day_cell(baselined ? t.baseline_start : t.start);
        row[col::finish] = day_cell(baselined ? t.baseline_finish : t.finish);
        row[col::baseline_finish] = day_cell(t.baseline_finish ? t.baseline_finish : t.deadline);
        if (baselined && t.finish && t.finish != t.baseline_finish && !t.actual_finish)
            row[col::forecast_finish] = day_cell(t.finish);
        if (!t.summary) {
            const auto budget = t.baseline_cost && *t.baseline_cost > 0 ? t.baseline_cost : t.cost;
            if (budget && *budget > 0)
                row[col::budget] = *budget;
            row[col::hours] = number_cell(t.work_hours);
            row[col::percent] = number_cell(t.percent_complete);
            row[col::actual_cost] = number_cell(t.actual_cost);
        }
        row[col::actual_start] = day_cell(t.actual_start);
        row[col::actual_finish] = day_cell(t.actual_finish);
        if (t.milestone)
            row[col::milestone] = std::string(language == Language::ja ? "○" : "Yes");
        std::string links;
        for (const ScheduleLink& link : t.predecessors)
            links += (links.empty() ? "" : "; ") + predecessor_text(id_of[link.predecessor], link);
        row[col::predecessors] = links;
        row[col::constraint] = constraint_text(t.constraint, language);
        if (t.constraint != ScheduleConstraint::as_soon_as_possible &&
            t.constraint != ScheduleConstraint::as_late_as_possible)
            row[col::constraint_date] = day_cell(t.constraint_date);
        if (const auto found = people.find(t.key); found != people.end())
            row[col::assignee] = found->second;
        rows.push_back(std::move(row));
    }
    std::vector<std::string> header;
    std::vector<CellFormat> kinds(col::count, CellFormat::text);
    for (const Header& h : task_headers)
        header.push_back(in(h, language));
    for (int c : {col::start, col::finish, col::baseline_finish, col::forecast_finish, col::actual_start,
                  col::actual_finish, col::constraint_date})
        kinds[static_cast<std::size_t>(c)] = CellFormat::date;
    kinds[col::budget] = kinds[col::actual_cost] = CellFormat::money;
    kinds[col::hours] = CellFormat::days;
    kinds[col::percent] = CellFormat::percent;
    kinds[col::level] = CellFormat::count;
    const std::string title = std::string(language == Language::ja ? "タスク一覧（" : "Tasks of ") + schedule.project_name +
                              (language == Language::ja ? "）" : "");
    auto layout = table_sheet(language == Language::ja ? "タスク" : "Tasks", std::move(header), std::move(rows), kinds, 1,
                              {{title}});
    layout.column_widths_mm[col::name] = 70;
    return layout;
}

ReportLayout projects_sheet(const ScheduleFile& schedule, const std::string& project, const std::string& file_name,
                           Language language) {
    const bool ja = language == Language::ja;
    // A project the file leaves unnamed is known by the file's name.
    const std::string name = !schedule.project_name.empty() ? schedule.project_name
                                                            : file_name.substr(0, file_name.rfind('.'));
    std::vector<std::vector<Cell>> title{
        {std::string(ja ? "取り込んだスケジュール：" : "Imported schedule: ") + name},
        {std::string(ja ? "基準日" : "Status date"), day_cell(schedule.status_date)},
        {}};
    auto layout = table_sheet(ja ? "プロジェクト" : "Projects", {ja ? "プロジェクトID" : "Project ID", ja ? "プロジェクト名" : "Project name"},
                              {{project, name}}, {CellFormat::text, CellFormat::text}, 3, std::move(title));
    layout.formats.push_back({{1, 1, 1, 1}, CellFormat::date});
    layout.column_widths_mm[1] = 70;
    return layout;
}

ReportLayout holidays_sheet(const ScheduleFile& schedule, Language language) {
    const bool ja = language == Language::ja;
    std::vector<std::vector<Cell>> rows;
    for (Day d : schedule.calendar.holidays)
        rows.push_back({static_cast<double>(d), schedule.calendar.name});
    return table_sheet(ja ? "祝日" : "Holidays", {ja ? "日付" : "Date", ja ? "祝日名" : "Holiday"}, std::move(rows),
                       {CellFormat::date, CellFormat::text});
}

ReportLayout people_sheet(const ScheduleFile& schedule, Language language) {
    const bool ja = language == Language::ja;
    std::vector<std::vector<Cell>> rows;
    for (const ScheduleResource& r : schedule.resources)
        rows.push_back({r.name, r.max_units, r.group});
    return table_sheet(ja ? "要員" : "People", {ja ? "氏名" : "Name", ja ? "稼働上限" : "Capacity", ja ? "部門" : "Department"},
                       std::move(rows), {CellFormat::text, CellFormat::percent, CellFormat::text});
}

ReportLayout assignments_sheet(const ScheduleFile& schedule, const std::string& project, Language language) {
    const bool ja = language == Language::ja;
    std::unordered_map<std::string, const ScheduleTask*> tasks;
    for (const ScheduleTask& t : schedule.tasks)
        tasks[t.key] = &t;
    std::unordered_map<std::string, std::string> names;
    for (const ScheduleResource& r : schedule.resources)
        names[r.key] = r.name;
    std::vector<std::vector<Cell>> rows;
    for (const ScheduleAssignment& a : schedule.assignments) {
        const ScheduleTask& t = *tasks.at(a.task);
        rows.push_back({names[a.resource], project, t.id, day_cell(a.start ? a.start : t.start),
                        day_cell(a.finish ? a.finish : t.finish), a.units});
    }
    return table_sheet(ja ? "アサイン" : "Assignments",
                       {ja ? "要員" : "Resource", ja ? "プロジェクトID" : "Project ID", ja ? "タスク" : "Task",
                        ja ? "開始日" : "Start", ja ? "終了日" : "Finish", ja ? "稼働率" : "Allocation"},
                       std::move(rows),
                       {CellFormat::text, CellFormat::text, CellFormat::text, CellFormat::date, CellFormat::date,
                        CellFormat::percent});
}

std::string notes_sheet_name(Language language) { return language == Language::ja ? "取り込み結果" : "Import notes"; }

ReportLayout notes_sheet(const ScheduleFile& schedule, const std::string& file_name, Language language) {
    const bool ja = language == Language::ja;
    const Message read = schedule_summary(schedule, file_name);
    std::vector<std::vector<Cell>> title{
        {std::string(ja ? "取り込んだファイル" : "Imported file"), file_name},
        {std::string(ja ? "形式" : "Format"),
         std::string(schedule_format_name(schedule.format)) +
             (schedule.application.empty() ? "" : " (" + schedule.application + ")")},
        {std::string(ja ? "読み込んだ内容" : "What was read"), read.render(language)},
        {}};
    std::vector<std::vector<Cell>> rows;
    for (const ScheduleNote& n : schedule.notes)
        rows.push_back({n.line > 0 ? Cell(static_cast<double>(n.line)) : Cell(),
                        std::string(n.error ? (ja ? "エラー" : "Error") : (ja ? "注記" : "Note")),
                        n.message.render(language)});
    if (rows.empty())
        rows.push_back({Cell(), Cell(), std::string(ja ? "注記はありません" : "Nothing to note")});
    auto layout = table_sheet(notes_sheet_name(language), {ja ? "行" : "Line", ja ? "種別" : "Kind", ja ? "内容" : "Note"},
                              std::move(rows), {CellFormat::count, CellFormat::text, CellFormat::wrapped}, 4,
                              std::move(title));
    layout.formats.push_back({{0, 0, 3, 1}, CellFormat::label});
    layout.column_widths_mm = {30, 20, 160};
    return layout;
}

}  // namespace

Message schedule_summary(const ScheduleFile& schedule, const std::string& file_name) {
    std::size_t summaries = 0, links = 0;
    for (const ScheduleTask& t : schedule.tasks) {
        summaries += t.summary ? 1 : 0;
        links += t.predecessors.size();
    }
    return {Msg::schedule_read,
            {file_name, static_cast<long>(schedule.tasks.size()), static_cast<long>(summaries),
             static_cast<long>(links), static_cast<long>(schedule.resources.size()),
             static_cast<long>(schedule.assignments.size()), static_cast<long>(schedule.calendar.holidays.size())}};
}

Language schedule_language(const ScheduleFile& schedule) {
    // UTF-8 lead bytes E3–E9 start kana (U+3040–30FF) and the CJK ideographs (U+4E00–9FFF).
    for (const ScheduleTask& t : schedule.tasks)
        for (const unsigned char c : t.name)
            if (c >= 0xE3 && c <= 0xE9)
                return Language::ja;
    return Language::en;
}

std::string predecessor_text(const std::string& id, const ScheduleLink& link) {
    std::string text = id;
    const bool lag = std::abs(link.lag_days) >= 0.0005;
    if (link.type != LinkType::finish_start || lag)
        text += link_type_code(link.type);
    if (lag)
        text += (link.lag_days > 0 ? "+" : "") + number_text(link.lag_days);
    return text;
}

ScheduleSheets schedule_sheets(const ScheduleFile& schedule, const std::string& file_name, Language language) {
    ScheduleSheets result;
    result.project_id = project_id_of(schedule);
    result.sheets.push_back(projects_sheet(schedule, result.project_id, file_name, language));
    result.sheets.push_back(tasks_sheet(schedule, result.project_id, language));
    if (!schedule.calendar.holidays.empty())
        result.sheets.push_back(holidays_sheet(schedule, language));
    if (!schedule.resources.empty())
        result.sheets.push_back(people_sheet(schedule, language));
    if (!schedule.assignments.empty())
        result.sheets.push_back(assignments_sheet(schedule, result.project_id, language));
    result.sheets.push_back(notes_sheet(schedule, file_name, language));
    return result;
}

Workbook workbook_of(const ScheduleSheets& sheets) {
    Workbook workbook;
    for (const ReportLayout& layout : sheets.sheets) {
        std::vector<Cell> cells;
        cells.reserve(layout.rows.size() * layout.columns);
        for (const auto& row : layout.rows)
            for (std::size_t c = 0; c < layout.columns; ++c)
                cells.push_back(c < row.size() ? row[c] : Cell());
        workbook.sheets.push_back({layout.sheet_name, CellRange(layout.rows.size(), layout.columns, cells)});
    }
    return workbook;
}

std::vector<Diagnostic> schedule_diagnostics(const ScheduleFile& schedule, const std::string& file_name) {
    std::vector<Diagnostic> result;
    for (const ScheduleNote& n : schedule.notes) {
        result.push_back({n.error ? Diagnostic::Severity::warning : Diagnostic::Severity::note, file_name, "",
                          n.line > 0 ? Message{Msg::schedule_note_at_line, {static_cast<long>(n.line), n.message}}
                                     : n.message});
    }
    return result;
}

}  // namespace pmocalc
