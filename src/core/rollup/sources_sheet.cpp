#include "sources_sheet.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "../text.hpp"

namespace pmocalc {

namespace {

enum Column : std::size_t {
    file_column, path_column, modified_column, ids_column, names_column, status_date_column, counted_column,
    said_column, unit_column, bac_column, ev_column, ac_column, spi_column, cpi_column, errors_column,
    warnings_column, notes_column, problems_at_column, read_column, column_count
};

constexpr Msg headers[column_count] = {
    Msg::sources_col_file, Msg::sources_col_path, Msg::sources_col_modified, Msg::sources_col_ids,
    Msg::sources_col_names, Msg::sources_col_status_date, Msg::sources_col_counted, Msg::sources_col_said,
    Msg::sources_col_unit, Msg::term_budget, Msg::term_ev, Msg::term_ac, Msg::term_pv, Msg::term_pv,
    Msg::sources_col_errors, Msg::sources_col_warnings, Msg::sources_col_notes, Msg::sources_col_problems_at,
    Msg::sources_col_read,
};

constexpr std::size_t status_row = 1;   // A2 the label, B2 the status date, C2/D2 the stale limit
constexpr std::size_t summary_row = 2;  // A3: what the roll-up found, in one line
constexpr std::size_t header_row = 4;

std::string header_text(std::size_t column, Language language) {
    switch (column) {
    case bac_column:
        return "BAC";
    case spi_column:
        return "SPI";
    case cpi_column:
        return "CPI";
    default:
        return std::string(text(headers[column], language));
    }
}

std::optional<Language> layout_language(const CellRange& cells) {
    auto at = [&](std::size_t row, std::size_t column) -> std::string_view {
        if (row >= cells.rows() || column >= cells.columns())
            return {};
        return text_in(cells[row * cells.columns() + column]).value_or(std::string_view());
    };
    for (const Language language : {Language::en, Language::ja}) {
        if (at(0, 0) != text(Msg::sources_title, language))
            continue;
        bool same = true;
        for (std::size_t c = 0; c < column_count && same; ++c)
            same = at(header_row, c) == header_text(c, language);
        if (same)
            return language;
    }
    return std::nullopt;
}

std::vector<std::string> split_ids(std::string_view list) {
    std::vector<std::string> ids;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto end = std::min(list.find(", ", start), list.size());
        if (end > start)
            ids.emplace_back(list.substr(start, end - start));
        start = end + 2;
    }
    return ids;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (!out.empty())
            out += separator;
        out += part;
    }
    return out;
}

// The Rates sheet: a Unit and a Rate column in its first used row, a row per unit.
void read_rates(const Sheet& sheet, RollUpMemory& memory, std::vector<Diagnostic>& diagnostics) {
    const CellRange& cells = sheet.cells;
    std::optional<std::size_t> header, unit, rate;
    for (std::size_t r = 0; r < cells.rows() && !header; ++r)
        for (std::size_t c = 0; c < cells.columns(); ++c) {
            const auto label = text_in(sheet.at(r, c));
            if (!label)
                continue;
            const std::string key = normalize_label(*label);
            if (key == "unit" || key == "単位" || key == "通貨" || key == "currency")
                unit = c;
            else if (key == "rate" || key == "レート" || key == "換算レート" || key == "rate to portfolio unit")
                rate = c;
            header = r;
        }
    if (!unit || !rate) {
        diagnostics.push_back({Diagnostic::Severity::warning, sheet.name, "A1", Msg::rates_no_columns});
        return;
    }
    memory.rates_sheet = sheet.name;
    for (std::size_t r = *header + 1; r < cells.rows(); ++r) {
        const auto name = text_in(sheet.at(r, *unit));
        if (!name || is_blank(*name))
            continue;
        const CellValue value = sheet.at(r, *rate);
        const auto number = number_in(value);
        if (!number || !(*number > 0) || *number > largest_amount) {
            diagnostics.push_back({Diagnostic::Severity::warning, sheet.name, cell_address(r, *rate),
                                   {Msg::rates_bad_rate, {describe(value)}}});
            continue;
        }
        memory.rates.push_back({trimmed(*name), *number});
    }
}

bool is_rates_name(std::string_view name) {
    const std::string key = normalize_label(name);
    return key == "rates" || key == normalize_label(text(Msg::rollup_rates_sheet, Language::ja)) ||
           key == "exchange rates" || key == "為替レート";
}

Cell text_cell(std::string text) { return text.empty() ? Cell() : Cell(std::move(text)); }

Cell optional_number(const std::optional<double>& value) { return value ? Cell(*value) : Cell(); }

}  // namespace

bool looks_like_sources(const CellRange& cells) { return layout_language(cells).has_value(); }

SourcesSheet find_sources_sheet(const Workbook& workbook, Language language) {
    SourcesSheet found;
    std::set<std::string> names;
    for (const Sheet& sheet : workbook.sheets) {
        names.insert(sheet.name);
        if (is_rates_name(sheet.name) && found.memory.rates_sheet.empty())
            read_rates(sheet, found.memory, found.diagnostics);
        if (found.exists || !looks_like_sources(sheet.cells))
            continue;
        found.exists = true;
        found.sheet_name = sheet.name;
        found.cells = sheet.cells;
        if (const auto day = number_in(sheet.at(status_row, 1)))
            if (const auto status = day_from_serial(*day, workbook.null_date_offset))
                found.memory.status_date = *status;
        for (std::size_t r = header_row + 1; r < sheet.cells.rows(); ++r) {
            const auto path = text_in(sheet.at(r, path_column));
            if (!path)
                break;  // the files' table ends at its first row without a path
            PreviousSource previous;
            previous.path = std::string(*path);
            previous.modified = std::string(text_in(sheet.at(r, modified_column)).value_or(""));
            previous.project_ids = split_ids(text_in(sheet.at(r, ids_column)).value_or(""));
            found.memory.sources.push_back(std::move(previous));
        }
    }
    if (!found.exists) {
        const std::string base(text(Msg::sources_sheet_name, language));
        found.sheet_name = base;
        for (int n = 2; names.count(found.sheet_name); ++n)
            found.sheet_name = base + " (" + std::to_string(n) + ")";
        if (found.sheet_name != base)
            found.diagnostics.push_back(
                {Diagnostic::Severity::warning, base, "", {Msg::sources_not_ours, {base, found.sheet_name}}});
    }
    return found;
}

HistoryWrite sources_to_write(const RollUp& roll_up, const Assessment& assessment, const SourcesSheet& sheet) {
    const Language language = assessment.language;
    const Day offset = assessment.null_date_offset;
    auto date_cell = [&](std::optional<Day> day) { return day ? Cell(static_cast<double>(*day - offset)) : Cell(); };
    std::map<std::string, const ProjectStatus*> status_of;
    if (assessment.status)
        for (const ProjectStatus& p : assessment.status->projects)
            status_of.emplace(p.project.id, &p);

    std::vector<std::vector<Cell>> rows;
    auto row = [&]() -> std::vector<Cell>& { return rows.emplace_back(column_count); };
    row()[0] = std::string(text(Msg::sources_title, language));
    {
        auto& r = row();
        r[0] = std::string(text(Msg::sources_status_date, language));
        r[1] = date_cell(roll_up.status_date ? std::optional<Day>(roll_up.status_date) : std::nullopt);
        r[2] = std::string(text(Msg::sources_stale_after, language));
        r[3] = static_cast<double>(roll_up.stale_days);
    }
    row()[0] = roll_up_summary(roll_up).render(language);
    row()[0] = std::string(text(Msg::sources_note, language));
    {
        auto& r = row();
        for (std::size_t c = 0; c < column_count; ++c)
            r[c] = header_text(c, language);
    }
    const std::size_t first_file_row = rows.size();
    std::vector<ReportLayout::Link> links;
    // Where each file's problems are listed: after the files and the missing projects.
    std::size_t problems_row = first_file_row + roll_up.sources.size() + 1;
    if (!roll_up.missing.empty())
        problems_row += roll_up.missing.size() + 3;
    problems_row += 2;  // the heading and the header row
    for (const SourceRecord& source : roll_up.sources) {
        auto& r = row();
        r[file_column] = source.file.name;
        r[path_column] = source.file.path;
        r[modified_column] = text_cell(source.file.modified);
        std::vector<std::string> ids, names;
        for (const SourceProject& p : source.projects) {
            ids.push_back(p.id);
            names.push_back(excerpt(p.name, 80));
        }
        r[ids_column] = text_cell(joined(ids, ", "));
        r[names_column] = text_cell(joined(names, ", "));
        r[status_date_column] = date_cell(source.status_date);
        const bool all = !source.projects.empty() &&
                         std::all_of(source.projects.begin(), source.projects.end(),
                                     [](const SourceProject& p) { return p.counted; });
        r[counted_column] = std::string(text(all                ? Msg::sources_counted_yes
                                             : source.counted() ? Msg::sources_counted_partly
                                                                : Msg::sources_counted_no,
                                             language));
        std::vector<std::string> said;
        for (const Message& reason : source.reasons)
            said.push_back(reason.render(language));
        r[said_column] = text_cell(joined(said, "\n"));
        r[unit_column] = text_cell(source.unit);
        // Its own figures: the analysis's of its counted projects, else (another unit) its own apart.
        std::optional<EvmFigures> figures = source.apart;
        if (!figures && source.counted()) {
            EvmFigures sum;
            bool any_ac = false;
            for (const SourceProject& p : source.projects) {
                const auto found = status_of.find(p.id);
                if (!p.counted || found == status_of.end())
                    continue;
                const EvmFigures& f = found->second->figures;
                sum.bac += f.bac;
                sum.pv += f.pv;
                sum.ev += f.ev;
                if (f.ac) {
                    sum.ac = sum.ac.value_or(0) + *f.ac;
                    any_ac = true;
                }
            }
            if (sum.pv > 0)
                sum.spi = sum.ev / sum.pv;
            if (any_ac && *sum.ac > 0)
                sum.cpi = sum.ev / *sum.ac;
            figures = sum;
        }
        if (figures) {
            r[bac_column] = figures->bac;
            r[ev_column] = figures->ev;
            r[ac_column] = optional_number(figures->ac);
            r[spi_column] = optional_number(figures->spi);
            r[cpi_column] = optional_number(figures->cpi);
        }
        r[errors_column] = static_cast<double>(source.problems.errors);
        r[warnings_column] = static_cast<double>(source.problems.warnings);
        r[notes_column] = static_cast<double>(source.problems.notes);
        if (!source.diagnostics.empty()) {
            links.push_back({rows.size() - 1, problems_at_column,
                             Message{Msg::sources_problems_at, {static_cast<unsigned long>(problems_row + 1)}}.render(language),
                             cell_address(problems_row, 0)});
            problems_row += source.diagnostics.size();
        }
        r[read_column] = text_cell(joined(source.tables, "\n"));
    }
    row();
    std::size_t missing_header = 0;
    if (!roll_up.missing.empty()) {
        row()[0] = std::string(text(Msg::sources_missing_heading, language));
        missing_header = rows.size();
        auto& h = row();
        h[0] = std::string(text(Msg::sources_col_project, language));
        h[1] = std::string(text(Msg::sources_col_name, language));
        h[2] = std::string(text(Msg::sources_col_last_status, language));
        h[3] = std::string(text(Msg::sources_col_last_file, language));
        for (const MissingProject& m : roll_up.missing) {
            auto& r = row();
            r[0] = m.project_id;
            r[1] = text_cell(excerpt(m.name, 80));
            r[2] = date_cell(m.last_status_date);
            r[3] = text_cell(m.file);
        }
        row();
    }
    const std::size_t problems_heading = rows.size();
    row()[0] = std::string(text(Msg::sources_problems_heading, language));
    {
        auto& h = row();
        h[0] = std::string(text(Msg::sources_col_file, language));
        h[1] = std::string(text(Msg::sources_col_where, language));
        h[2] = std::string(text(Msg::sources_col_severity, language));
        h[3] = std::string(text(Msg::sources_col_message, language));
    }
    for (const SourceRecord& source : roll_up.sources)
        for (const Diagnostic& d : source.diagnostics) {
            auto& r = row();
            r[0] = source.file.name;
            std::string where = d.sheet;
            if (!d.cell.empty())
                where += "!" + d.cell;
            r[1] = text_cell(where);
            r[2] = std::string(text(d.severity == Diagnostic::Severity::error     ? Msg::severity_error
                                    : d.severity == Diagnostic::Severity::warning ? Msg::severity_warning
                                                                                  : Msg::severity_note,
                                    language));
            r[3] = d.text(language);
        }

    HistoryWrite write;
    write.sheet_name = sheet.sheet_name;
    write.exists = sheet.exists;
    write.first_row = 0;
    if (sheet.exists) {
        // Every row of ours is rewritten: its values kept for undo.
        const CellRange& before = sheet.cells;
        write.rows_before = before.rows();
        write.replaced.reserve(before.rows() * column_count);
        for (std::size_t r = 0; r < before.rows(); ++r)
            for (std::size_t c = 0; c < column_count; ++c) {
                const CellValue cell = c < before.columns() ? before[r * before.columns() + c] : CellValue{};
                if (const auto number = number_in(cell))
                    write.replaced.push_number(*number);
                else if (const auto t = text_in(cell))
                    write.replaced.push_text(*t);
                else if (const auto error = error_in(cell))
                    write.replaced.push_error(*error);
                else
                    write.replaced.push_empty();
            }
        write.replaced.shape(before.rows(), column_count);
    }
    ReportLayout& layout = write.layout;
    layout.sheet_name = write.sheet_name;
    layout.columns = column_count;
    const std::size_t end = rows.size();
    layout.rows = std::move(rows);
    layout.frozen_rows = header_row + 1;
    // "#'PMO Sources'.A57": Calc's link to a cell of the document.
    std::string quoted = "'";
    for (const char c : write.sheet_name)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    quoted += "'";
    for (ReportLayout::Link& link : links)
        link.target = "#" + quoted + "." + link.target;
    layout.links = std::move(links);
    auto format = [&](std::size_t row, std::size_t count, std::size_t column, std::size_t columns, CellFormat f) {
        if (count > 0)
            layout.formats.push_back({{row, column, count, columns}, f});
    };
    format(0, 1, 0, 1, CellFormat::title);
    format(status_row, 1, 0, 1, CellFormat::label);
    format(status_row, 1, 1, 1, CellFormat::date);
    format(status_row, 1, 2, 1, CellFormat::label);
    format(summary_row, 1, 0, 1, CellFormat::label);
    format(summary_row + 1, 1, 0, 1, CellFormat::note);
    format(header_row, 1, 0, column_count, CellFormat::column_header);
    const std::size_t files = roll_up.sources.size();
    format(first_file_row, files, status_date_column, 1, CellFormat::date);
    format(first_file_row, files, said_column, 1, CellFormat::wrapped);
    format(first_file_row, files, read_column, 1, CellFormat::wrapped);
    format(first_file_row, files, bac_column, 3, CellFormat::money);
    format(first_file_row, files, spi_column, 2, CellFormat::index);
    format(first_file_row, files, errors_column, 3, CellFormat::count);
    if (missing_header) {
        format(missing_header - 1, 1, 0, 1, CellFormat::heading);
        format(missing_header, 1, 0, 4, CellFormat::column_header);
        format(missing_header + 1, roll_up.missing.size(), 2, 1, CellFormat::date);
    }
    format(problems_heading, 1, 0, 1, CellFormat::heading);
    format(problems_heading + 1, 1, 0, 4, CellFormat::column_header);
    (void)end;
    layout.column_widths_mm.assign(column_count, 22);
    layout.column_widths_mm[file_column] = 45;
    layout.column_widths_mm[path_column] = 60;
    layout.column_widths_mm[modified_column] = 34;
    layout.column_widths_mm[ids_column] = 30;
    layout.column_widths_mm[names_column] = 50;
    layout.column_widths_mm[said_column] = 110;
    layout.column_widths_mm[read_column] = 60;
    return write;
}

}  // namespace pmocalc
