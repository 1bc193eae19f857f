#include "read_summary.hpp"

#include "workbook.hpp"

namespace pmocalc {

namespace {

std::string letters(std::size_t column) {
    const std::string address = cell_address(0, column);
    return address.substr(0, address.size() - 1);
}

std::string render(Message message, Language language) { return message.render(language); }

Msg why_not_read(TableRead::Ignored ignored) {
    switch (ignored) {
    case TableRead::Ignored::unknown_table: return Msg::read_no_table;
    case TableRead::Ignored::report_sheet: return Msg::read_report_sheet;
    case TableRead::Ignored::history_sheet: return Msg::read_history_sheet;
    case TableRead::Ignored::map_skipped: return Msg::read_map_skipped;
    case TableRead::Ignored::earlier_copy: return Msg::read_earlier_copy;
    case TableRead::Ignored::empty:
    case TableRead::Ignored::no: break;
    }
    return Msg::read_empty;
}

Msg weighting_label(Weighting weighting) {
    switch (weighting) {
    case Weighting::budget: return Msg::read_weighed_by_budget;
    case Weighting::effort: return Msg::read_weighed_by_effort;
    case Weighting::duration: return Msg::read_weighed_by_duration;
    }
    return Msg::read_weighed_by_budget;
}

}  // namespace

std::string range_text(const TableRead& read) {
    return letters(read.first_column) + std::to_string(read.first_row + 1) + ":" + letters(read.last_column) +
           std::to_string(read.last_row + 1);
}

std::vector<ReadLine> read_lines(const Portfolio& portfolio, Language language) {
    std::vector<ReadLine> lines;
    const std::string_view separator = language == Language::ja ? "、" : ", ";
    const std::string_view semicolon = language == Language::ja ? "。" : "; ";
    for (const TableRead& read : portfolio.tables_read) {
        ReadLine& line = lines.emplace_back();
        line.sheet = read.sheet;
        if (read.ignored != TableRead::Ignored::no) {
            line.kind = std::string(text(why_not_read(read.ignored), language));
            if (read.ignored == TableRead::Ignored::unknown_table || read.ignored == TableRead::Ignored::earlier_copy)
                line.range = range_text(read);
            continue;
        }
        line.range = range_text(read);
        line.kind = std::string(text(table_kind_label(read.kind), language));
        if (read.kind_mapped)
            line.kind = render({Msg::read_by_map, {MessageArg::rendered(line.kind)}}, language);
        line.rows_read = read.rows_read;
        line.rows_skipped = read.rows_skipped;
        if (read.kind == TableKind::tasks)
            line.summary_rows = read.summary_rows;
        for (const ColumnRead& column : read.columns) {
            if (!line.columns.empty())
                line.columns += separator;
            std::string field(text(field_label(column.field), language));
            if (column.mapped)
                field = render({Msg::read_by_map, {MessageArg::rendered(field)}}, language);
            line.columns += letters(column.column) + " " + column.header + " → " + field;
        }
        auto note = [&](const std::string& text) {
            if (!line.notes.empty())
                line.notes += semicolon;
            line.notes += text;
        };
        if (read.weighting)
            note(std::string(text(weighting_label(*read.weighting), language)));
        if (read.outline != OutlineKind::none)
            note(render({Msg::read_summaries_told, {outline_term(read.outline)}}, language));
        if (!read.project.empty())
            note(render({Msg::read_project, {read.project}}, language));
    }
    return lines;
}

std::string read_summary_text(const Portfolio& portfolio, Language language) {
    std::string out;
    for (const ReadLine& line : read_lines(portfolio, language)) {
        if (!out.empty())
            out += '\n';
        if (!line.rows_read) {
            out += render({Msg::read_line_ignored,
                           {line.range.empty() ? line.sheet : line.sheet + "!" + line.range,
                            MessageArg::rendered(line.kind)}},
                          language);
            continue;
        }
        out += render({Msg::read_line, {line.sheet, line.range, MessageArg::rendered(line.kind), *line.rows_read,
                                        line.rows_skipped.value_or(0)}},
                      language);
        if (line.summary_rows.value_or(0) > 0)
            out += render({Msg::read_line_summaries, {*line.summary_rows}}, language);
    }
    return out;
}

std::string weighting_text(const Portfolio& portfolio, Language language) {
    if (portfolio.tasks.empty() || portfolio.weighting == Weighting::budget)
        return {};
    return render({Msg::report_weighting, {weighting_label(portfolio.weighting)}}, language);
}

}  // namespace pmocalc
