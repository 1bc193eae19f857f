// The Projects sheet (each project's program, department, PM, size and the
// facts for choosing projects) and the choice's Criteria and Scores (also
// kept as columns of the Projects sheet headed by the criteria's names).
#include <algorithm>
#include <set>

#include "../text.hpp"
#include "reader_state.hpp"
#include "value_words.hpp"

namespace pmocalc {

namespace {

// The unit of a size as its header says it in brackets: 規模（KLOC） → KLOC.
std::string bracketed_tail(std::string_view header) {
    const std::string text = trimmed(header);
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"\uFF08", "\uFF09"}}) {
        if (!text.ends_with(close))
            continue;
        const std::size_t at = text.rfind(open);
        if (at != std::string::npos)
            return trimmed(std::string_view(text).substr(at + open.size(), text.size() - at - open.size() - close.size()));
    }
    return {};
}

// Choosing projects: the cost estimate, the people needed and whether the
// project is a candidate. A bad cell is said; the project's other figures stand.
void read_candidate_facts(ReaderState& state, const Table& table, std::size_t row, const std::string& id) {
    Portfolio& result = state.result;
    const bool any = table.has(Field::selection_cost) || table.has(Field::people_needed) ||
                     table.has(Field::candidate);
    if (!any)
        return;
    RowReader cell(table, row, state.context);
    cell.keep_row();
    CandidateFacts facts{id, std::nullopt, std::nullopt, std::nullopt};
    facts.cost = cell.number(Field::selection_cost, Msg::term_selection_cost, true);
    if (facts.cost && *facts.cost < 0) {
        cell.warn(Field::selection_cost, {Msg::selection_cost_negative, {*facts.cost}});
        facts.cost.reset();
    }
    facts.people = cell.number(Field::people_needed, Msg::term_selection_people, true);
    if (facts.people && *facts.people < 0) {
        cell.warn(Field::people_needed, {Msg::selection_people_negative, {*facts.people}});
        facts.people.reset();
    }
    if (table.has(Field::candidate)) {
        result.selection.has_candidate_column = true;
        const CellValue value = table.sheet->at(row, table.column(Field::candidate));
        if (const auto* number = std::get_if<double>(&value)) {
            facts.candidate = *number != 0;
        } else if (const auto* text = std::get_if<std::string_view>(&value)) {
            const auto mark = candidate_mark(*text);
            facts.candidate = mark.value_or(false);
            if (!mark)
                cell.warn(Field::candidate, {Msg::candidate_unknown, {excerpt(trimmed(*text))}});
        } else {
            facts.candidate = false;
            if (std::holds_alternative<CellError>(value))
                cell.key(Field::candidate);
        }
    }
    result.selection.facts.push_back(std::move(facts));
}

// The size (KLOC, function points, pages) for defect density: its unit
// from a unit column, else from the size header (規模（KLOC）, KLOC). A bad
// size is said; the project's other figures stand.
void read_project_size(ReaderState& state, RowReader& r, const Table& table, const std::string& id) {
    Portfolio& result = state.result;
    if (!table.has(Field::project_size))
        return;
    RowReader cell(table, r.row(), state.context);
    cell.keep_row();
    const auto size = cell.number(Field::project_size, Msg::term_project_size, true);
    if (!cell.ok() || !size)
        return;
    if (!(*size > 0)) {
        cell.warn(Field::project_size, {Msg::size_not_positive, {*size}});
        return;
    }
    ProjectSize& project = result.quality.sizes.emplace_back(ProjectSize{id, *size, cell.text(Field::size_unit)});
    if (project.unit.empty())
        if (const auto header = text_in(table.sheet->at(table.header_row, table.column(Field::project_size)))) {
            const std::string bare = normalize_label(*header);
            if (!header_qualifier(*header).empty())
                project.unit = bracketed_tail(*header);
            else if (bare == "kloc" || bare == "ksloc" || bare == "fp")
                project.unit = trimmed(*header);
        }
    if (project.unit.empty() && state.sized_without_unit++ == 0)
        cell.warn(Field::project_size, Msg::size_without_unit);
}

}  // namespace

void read_projects(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.projects.size();
    state.project_sheets.push_back({&table, {}});
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        Project project{r.key(Field::project_id), r.text(Field::project_name), r.text(Field::program),
                        r.text(Field::department), r.text(Field::manager)};
        if (!r.ok())
            return;
        if (project.id.empty()) {
            r.fail(Field::project_id, Msg::project_needs_id);
            return;
        }
        if (!state.project_ids.insert(project.id).second) {
            r.fail(Field::project_id, {Msg::duplicate_project_id, {project.id}});
            return;
        }
        if (project.name.empty())
            project.name = project.id;
        read_project_size(state, r, table, project.id);
        read_candidate_facts(state, table, r.row(), project.id);
        state.project_sheets.back().rows.emplace_back(r.row(), project.id);
        result.projects.push_back(std::move(project));
    });
    state.has_project_sheet = true;
    state.read_of(table).rows_read = result.projects.size() - before;
}

void read_criteria(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.selection.criteria.size();
    if (!result.selection.has_criteria_sheet)
        result.selection.criteria_sheet = table.sheet->name;
    result.selection.has_criteria_sheet = true;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        Criterion criterion{r.key(Field::criterion_name), 0, {table.sheet->name, row}};
        const auto weight = r.number(Field::criterion_weight, Msg::term_criterion_weight, true);
        if (!r.ok())
            return;
        if (criterion.name.empty()) {
            r.fail(Field::criterion_name, Msg::criterion_needs_name);
            return;
        }
        if (!weight || !(*weight >= 0)) {
            r.fail(Field::criterion_weight, {Msg::criterion_weight_invalid, {criterion.name}});
            return;
        }
        const auto same = [&](const Criterion& c) { return c.name == criterion.name; };
        if (std::any_of(result.selection.criteria.begin(), result.selection.criteria.end(), same)) {
            r.fail(Field::criterion_name, {Msg::criterion_duplicate, {criterion.name}});
            return;
        }
        criterion.weight = *weight;
        result.selection.criteria.push_back(std::move(criterion));
    });
    state.read_of(table).rows_read = result.selection.criteria.size() - before;
}

void read_scores(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.selection.scores.size();
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        CriterionScore score;
        score.project_id = r.key(Field::project_id);
        score.criterion = r.key(Field::criterion_name);
        score.source = {table.sheet->name, row};
        score.criterion_cell = cell_address(row, table.column(Field::criterion_name));
        const auto value = r.number(Field::criterion_score, Msg::term_criterion_score, true);
        if (!r.ok())
            return;
        if (score.criterion.empty()) {
            r.fail(Field::criterion_name, Msg::score_needs_criterion);
            return;
        }
        if (!value || !(*value >= 0)) {
            r.fail(Field::criterion_score, {Msg::score_invalid, {score.criterion}});
            return;
        }
        score.score = *value;
        result.selection.scores.push_back(std::move(score));
    });
    state.read_of(table).rows_read = result.selection.scores.size() - before;
}

// Scores kept as columns of the Projects sheet, one a criterion, headed
// by its name (評価基準 as typed on the Criteria sheet): read as Scores
// rows are, each cell said where it is; a second column of the same
// criterion is said and not read. A column another field already reads
// is not a score. With a Scores sheet too, a project scored twice
// on a criterion is said by check_scores at its Projects cell (the Scores
// sheet's, read first, counts).
void read_score_columns(ReaderState& state) {
    Portfolio& result = state.result;
    auto& records = result.selection;
    if (records.criteria.empty())
        return;
    for (const auto& [layout, rows] : state.project_sheets) {
        const Sheet* sheet = layout->sheet;
        std::vector<std::string> headers(sheet->cells.columns());
        for (std::size_t c = 0; c < headers.size(); ++c)
            if (std::find(layout->used_columns().begin(), layout->used_columns().end(), c) ==
                layout->used_columns().end())
                if (const auto text = text_in(sheet->at(layout->header_row, c)))
                    headers[c] = normalize_label(*text);
        for (const Criterion& criterion : records.criteria) {
            const std::string key = normalize_label(criterion.name);
            const auto found = std::find(headers.begin(), headers.end(), key);
            if (criterion.name.empty() || found == headers.end())
                continue;
            const std::size_t column = static_cast<std::size_t>(found - headers.begin());
            // A second column of the criterion is not read, and said.
            for (auto other = std::find(found + 1, headers.end(), key); other != headers.end();
                 other = std::find(other + 1, headers.end(), key)) {
                const auto repeated = static_cast<std::size_t>(other - headers.begin());
                result.diagnostics.push_back(
                    {Diagnostic::Severity::warning, sheet->name, cell_address(layout->header_row, repeated),
                     {Msg::duplicate_column,
                      {criterion.name, column_letters(repeated), column_letters(column)}}});
            }
            Table scores = *layout;
            scores.columns[Field::criterion_score] = column;
            scores.index_columns();
            for (const auto& [row, project_id] : rows) {
                RowReader r(scores, row, state.context);
                r.keep_row();
                const auto value = r.number(Field::criterion_score, Msg::term_criterion_score, true);
                if (!r.ok() || (!value && is_empty_cell(sheet->at(row, column))))
                    continue;  // said by number(), or no score
                if (!value || !(*value >= 0)) {
                    r.fail(Field::criterion_score, {Msg::score_invalid, {criterion.name}});
                    continue;
                }
                records.scores.push_back(
                    {project_id, criterion.name, *value, {sheet->name, row}, cell_address(row, column)});
            }
        }
    }
}

// Every score names a known criterion, once per project.
void check_scores(ReaderState& state) {
    Portfolio& result = state.result;
    auto& records = result.selection;
    if (records.scores.empty())
        return;
    std::set<std::pair<std::string, std::string>> seen;
    std::erase_if(records.scores, [&](const CriterionScore& score) {
        const bool known = std::any_of(records.criteria.begin(), records.criteria.end(),
                                       [&](const Criterion& c) { return c.name == score.criterion; });
        if (!known) {
            result.diagnostics.push_back(
                {Diagnostic::Severity::error, score.source.sheet, score.criterion_cell,
                 records.has_criteria_sheet ? Message{Msg::score_unknown_criterion, {score.criterion}}
                                            : Message{Msg::scores_without_criteria},
                 true});
            return true;
        }
        if (!seen.insert({score.project_id, score.criterion}).second) {
            result.diagnostics.push_back({Diagnostic::Severity::error, score.source.sheet, score.criterion_cell,
                                           {Msg::score_duplicate, {score.project_id, score.criterion}}, true});
            return true;
        }
        return false;
    });
}

}  // namespace pmocalc
