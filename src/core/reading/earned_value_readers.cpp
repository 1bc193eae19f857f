// Earned value as some teams keep it beside their tasks: the Milestones sheet
// (the steps of tasks that earn by weighted milestones), and a table of PV,
// EV and AC per period (the weekly EVM sheet) that is a project's earned
// value by itself.
#include <algorithm>
#include <tuple>

#include "../text.hpp"
#include "../typed_text.hpp"
#include "reader_state.hpp"
#include "value_words.hpp"

namespace pmocalc {

// The Milestones sheet: the steps of tasks that earn by weighted
// milestones. Which task a milestone belongs to is checked by the analysis.
void read_milestones(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const std::size_t before = result.milestones.size();
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        MilestoneEntry milestone;
        milestone.project_id = r.key(Field::project_id);
        milestone.task_id = r.key(Field::task_id);
        milestone.name = r.text(Field::milestone_name);
        milestone.source = {table.sheet->name, row};
        milestone.task_column = static_cast<std::uint32_t>(table.column(Field::task_id));
        const auto weight = r.number(Field::milestone_weight, Msg::term_milestone_weight, true);
        if (!r.ok())
            return;
        if (milestone.task_id.empty()) {
            r.fail(Field::task_id, Msg::milestone_needs_task);
            return;
        }
        if (!weight) {
            r.fail(Field::milestone_weight, Msg::milestone_needs_weight);
            return;
        }
        if (*weight < 0) {
            r.fail(Field::milestone_weight, Msg::milestone_weight_negative);
            return;
        }
        milestone.weight = *weight;
        const std::size_t done_column = table.column(Field::milestone_done);
        const CellValue done = r.cell(Field::milestone_done);
        if (std::holds_alternative<CellError>(done)) {
            r.key(Field::milestone_done);  // an error value is never read as "not done"
            return;
        }
        if (const auto* number = std::get_if<double>(&done)) {
            // A boolean cell is 1 or 0; any other number is a date serial.
            if (*number == 1 || *number == 0) {
                milestone.achieved = *number == 1;
            } else if (const auto day = day_from_serial(*number, state.workbook.null_date_offset)) {
                milestone.achieved = true;
                milestone.achieved_on = *day;
            } else {
                r.warn(done_column, {Msg::milestone_done_unknown, {number_as_text(*number)}});
            }
        } else if (const auto text = text_in(done); text && !is_blank(*text)) {
            if (const auto day = parse_date_text(*text)) {
                milestone.achieved = true;
                milestone.achieved_on = *day;
                state.context.notes.add(Msg::dates_typed_as_text, table.sheet->name, done_column, row);
            } else if (const auto mark = done_mark(*text)) {
                milestone.achieved = *mark;
            } else {
                r.warn(done_column, {Msg::milestone_done_unknown, {excerpt(trimmed(*text))}});
            }
        }
        result.milestones.push_back(std::move(milestone));
    });
    state.read_of(table).rows_read = result.milestones.size() - before;
}

namespace {

// Whether a series' columns are cumulative: the header says so (累計,
// cumulative), or per period (当月, monthly, per period); else by the values,
// which never fall when cumulative.
enum class Accumulation { cumulative, per_period, by_values };

Accumulation accumulation_of(const Table& table) {
    for (Field field : {Field::period_pv, Field::period_ev, Field::period_ac}) {
        if (!table.has(field))
            continue;
        const std::string key = header_key(table.header_text(table.column(field)));
        for (std::string_view word : {"累計", "cumulative", "cum", "to date", "todate"})
            if (key.find(word) != std::string::npos)
                return Accumulation::cumulative;
        for (std::string_view word : {"当月", "当週", "今週", "今月", "月次", "週次", "monthly", "weekly", "perperiod",
                                      "thisperiod", "period", "単月"})
            if (key.find(word) != std::string::npos)
                return Accumulation::per_period;
    }
    return Accumulation::by_values;
}

}  // namespace

void read_evm_series(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    std::vector<PeriodFigures> rows;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        PeriodFigures p;
        p.project_id = r.key(Field::project_id);
        p.source = {table.sheet->name, row};
        const auto date = r.date(Field::period, Msg::term_period);
        const auto pv = r.number(Field::period_pv, Msg::term_pv, true);
        p.ev = r.number(Field::period_ev, Msg::term_ev, true);
        p.ac = r.number(Field::period_ac, Msg::term_ac, true);
        p.bac = r.number(Field::period_bac, Msg::term_budget, true);
        if (!r.ok())
            return;
        if (!date) {
            r.fail(Field::period, Msg::period_needs_date);
            return;
        }
        if (!pv && !p.ev && !p.ac)
            return;  // a period with nothing recorded yet
        p.date = *date;
        p.pv = pv.value_or(0);
        rows.push_back(std::move(p));
    });
    // Several rows of one date (work packages of a project): their sum.
    std::stable_sort(rows.begin(), rows.end(), [](const PeriodFigures& a, const PeriodFigures& b) {
        return std::tie(a.project_id, a.date) < std::tie(b.project_id, b.date);
    });
    std::vector<PeriodFigures> merged;
    for (PeriodFigures& p : rows) {
        if (!merged.empty() && merged.back().project_id == p.project_id && merged.back().date == p.date) {
            PeriodFigures& m = merged.back();
            m.pv += p.pv;
            for (auto [into, from] : {std::pair{&m.ev, &p.ev}, std::pair{&m.ac, &p.ac}, std::pair{&m.bac, &p.bac}})
                if (*from)
                    *into = into->value_or(0) + **from;
            continue;
        }
        merged.push_back(std::move(p));
    }
    Accumulation accumulation = accumulation_of(table);
    if (accumulation == Accumulation::by_values) {
        accumulation = Accumulation::cumulative;
        for (std::size_t i = 1; i < merged.size(); ++i)
            if (merged[i].project_id == merged[i - 1].project_id &&
                (merged[i].pv < merged[i - 1].pv ||
                 (merged[i].ev && merged[i - 1].ev && *merged[i].ev < *merged[i - 1].ev)))
                accumulation = Accumulation::per_period;
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                      cell_address(table.header_row, table.column(Field::period_pv)),
                                      {accumulation == Accumulation::cumulative ? Msg::series_read_cumulative
                                                                                : Msg::series_read_per_period}});
    }
    if (accumulation == Accumulation::per_period) {
        for (std::size_t i = 1; i < merged.size(); ++i) {
            if (merged[i].project_id != merged[i - 1].project_id)
                continue;
            merged[i].pv += merged[i - 1].pv;
            for (auto [into, before] : {std::pair{&merged[i].ev, &merged[i - 1].ev},
                                        std::pair{&merged[i].ac, &merged[i - 1].ac}})
                if (*into && *before)
                    **into += **before;
        }
    }
    state.read_of(table).rows_read = merged.size();
    result.periods.insert(result.periods.end(), std::make_move_iterator(merged.begin()),
                          std::make_move_iterator(merged.end()));
}

}  // namespace pmocalc
