#include "sheet_functions.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <variant>

#include "earned_schedule.hpp"
#include "earning_rules.hpp"
#include "evm.hpp"
#include "health.hpp"
#include "issue_log.hpp"
#include "planned_value.hpp"
#include "portfolio_selection.hpp"
#include "reliability_growth.hpp"
#include "resource_load.hpp"
#include "risk.hpp"
#include "schedule_network.hpp"
#include "schedule_risk.hpp"
#include "text.hpp"

namespace pmocalc::sheet {

// Unwraps an Outcome into `name` or returns its problem from the enclosing function.
#define PMO_TRY(name, expression)            \
    auto name##_outcome = (expression);      \
    if (!name##_outcome)                     \
        return name##_outcome.problem();     \
    const auto& name = *name##_outcome

namespace {

// A result as a cell can hold it: beyond the largest double (a huge amount
// over a tiny index, sums of amounts near 1E308) it is too_large, as Calc's
// own arithmetic gives #NUM!, never an infinity or a quotient of one.
Outcome<double> figure(Outcome<double> result) {
    if (result && !std::isfinite(*result))
        return too_large(Msg::result_too_large);
    return result;
}

// A figure in money or person-days: the sum of the cells, none negative.
Outcome<double> amount_of(const Argument& arg) {
    PMO_TRY(numbers, numbers_of(arg));
    for (std::size_t i = 0; i < numbers.size(); ++i)
        if (numbers[i] && *numbers[i] < 0)
            return arg.at(i, {Msg::must_not_be_negative, {*numbers[i]}});
    return sum_of(arg);
}

Outcome<Day> date_of(const Argument& arg, DateFrame frame) {
    PMO_TRY(serial, single_number_of(arg));
    const auto day = day_from_serial(serial, frame.null_date_offset);
    if (!day)
        return arg.problem(day.problem().message);
    return day;
}

// An optional argument takes its default when it is left out, blank, or a
// single 0: Calc hands a reference to one blank cell to add-ins as the number
// 0, and no optional setting here (method, weekend, thresholds, a target EAC,
// PV, a minimum age) has a meaningful 0.
bool is_omitted(const Optional& arg) {
    if (!arg)
        return true;
    if (arg->size() == 1 && arg->kind(0) == CellKind::number && arg->number(0) == 0)
        return true;
    for (std::size_t i = 0; i < arg->size(); ++i)
        if (!is_empty_cell((*arg)[i]))
            return false;
    return true;
}

Outcome<double> optional_number(std::string_view name, const Optional& arg, double fallback) {
    if (is_omitted(arg))
        return fallback;
    return single_number_of({name, *arg});
}

Outcome<std::string> optional_text(std::string_view name, const Optional& arg) {
    if (is_omitted(arg))
        return std::string();
    PMO_TRY(texts, texts_of({name, *arg}));
    for (const auto& text : texts)
        if (!text.empty())
            return text;
    return std::string();
}

Outcome<WeekendMask> weekend_from(const Optional& weekend) {
    if (is_omitted(weekend))
        return WeekendMask();
    const Argument arg{"weekend", *weekend};
    for (std::size_t i = 0; i < arg.cells.size(); ++i) {
        const CellValue cell = arg.cells[i];
        if (is_empty_cell(cell))
            continue;
        if (const auto* code = std::get_if<double>(&cell)) {
            if (*code != std::floor(*code) || std::fabs(*code) > 100)
                return arg.at(i, Msg::weekend_code_whole);
            return WeekendMask::from_code(static_cast<int>(*code));
        }
        if (const auto* mask = std::get_if<std::string_view>(&cell))
            return WeekendMask::parse(std::string(*mask));
        return arg.at(i, {Msg::text_needed, {describe(cell)}});
    }
    return WeekendMask();
}

Outcome<WorkCalendar> calendar_from(DateFrame frame, const Optional& holidays, const Optional& weekend) {
    PMO_TRY(mask, weekend_from(weekend));
    std::vector<Day> days;
    if (!is_omitted(holidays)) {
        const Argument arg{"holidays", *holidays};
        PMO_TRY(serials, numbers_of(arg));
        for (std::size_t i = 0; i < serials.size(); ++i) {
            if (!serials[i])
                continue;
            const auto day = day_from_serial(*serials[i], frame.null_date_offset);
            if (!day)
                return arg.at(i, day.problem().message);
            days.push_back(*day);
        }
    }
    return WorkCalendar(mask, std::move(days));
}

Outcome<evm::Baseline> baseline_from(const CellRange& bac, const CellRange& ev, const CellRange& ac,
                                     const Optional& pv) {
    PMO_TRY(bac_value, amount_of({"bac", bac}));
    PMO_TRY(ev_value, amount_of({"ev", ev}));
    PMO_TRY(ac_value, amount_of({"ac", ac}));
    evm::Baseline baseline{bac_value, ev_value, ac_value, std::nullopt};
    if (!is_omitted(pv)) {
        PMO_TRY(pv_value, amount_of({"pv", *pv}));
        baseline.pv = pv_value;
    }
    return baseline;
}

using EacFigure = Outcome<double> (*)(evm::EacMethod, const evm::Baseline&);

Outcome<double> eac_family(EacFigure calculate, const CellRange& bac, const CellRange& ev, const CellRange& ac,
                           const Optional& method, const Optional& pv) {
    PMO_TRY(method_text, optional_text("method", method));
    PMO_TRY(chosen, evm::parse_eac_method(method_text));
    PMO_TRY(baseline, baseline_from(bac, ev, ac, pv));
    return figure(calculate(chosen, baseline));
}

Outcome<PvCurve> curve_from(const CellRange& cells) {
    const Argument arg{"pvCurve", cells};
    PMO_TRY(numbers, numbers_of(arg));
    std::size_t length = numbers.size();
    while (length > 0 && !numbers[length - 1])
        --length;  // trailing blank cells of a generously sized range
    std::vector<double> cumulative;
    cumulative.reserve(length);
    for (std::size_t i = 0; i < length; ++i) {
        if (!numbers[i])
            return arg.at(i, Msg::pv_curve_period_missing);
        cumulative.push_back(*numbers[i]);
    }
    return PvCurve::from_cumulative(std::move(cumulative));
}

using TimeIndicator = Outcome<double> (*)(const PvCurve&, double, double);

Outcome<double> time_indicator(TimeIndicator indicator, const CellRange& pv_curve, const CellRange& ev,
                               const CellRange& at) {
    PMO_TRY(curve, curve_from(pv_curve));
    PMO_TRY(ev_value, sum_of({"ev", ev}));  // Lipke: EV <= 0 simply gives ES = 0
    PMO_TRY(at_value, single_number_of({"at", at}));
    return figure(indicator(curve, ev_value, at_value));
}

// Rows of two or three parallel arguments: a row with every cell blank is
// skipped, a row with only some cells filled is an error.
struct RowCells {
    std::vector<std::optional<double>> first;
    std::vector<std::optional<double>> second;
};

Outcome<RowCells> paired_numbers(const Argument& first, const Argument& second) {
    if (auto problem = check_same_size(first, second))
        return *problem;
    PMO_TRY(a, numbers_of(first));
    PMO_TRY(b, numbers_of(second));
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].has_value() != b[i].has_value())
            return (a[i] ? second : first).at(i, {Msg::blank_while_other_has_value, {a[i] ? first.name : second.name}});
    return RowCells{std::move(a), std::move(b)};
}

Outcome<double> ratio(Outcome<double> (*index)(double, double), const CellRange& ev, std::string_view base_name,
                      const CellRange& base) {
    PMO_TRY(ev_value, amount_of({"ev", ev}));
    PMO_TRY(base_value, amount_of({base_name, base}));
    return figure(index(ev_value, base_value));
}

}  // namespace

Outcome<double> sv(const CellRange& ev, const CellRange& pv) {
    PMO_TRY(ev_value, amount_of({"ev", ev}));
    PMO_TRY(pv_value, amount_of({"pv", pv}));
    return figure(evm::schedule_variance(ev_value, pv_value));
}

Outcome<double> cv(const CellRange& ev, const CellRange& ac) {
    PMO_TRY(ev_value, amount_of({"ev", ev}));
    PMO_TRY(ac_value, amount_of({"ac", ac}));
    return figure(evm::cost_variance(ev_value, ac_value));
}

Outcome<double> spi(const CellRange& ev, const CellRange& pv) {
    return ratio(evm::schedule_performance_index, ev, "pv", pv);
}

Outcome<double> cpi(const CellRange& ev, const CellRange& ac) {
    return ratio(evm::cost_performance_index, ev, "ac", ac);
}

Outcome<double> eac(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv) {
    return eac_family(evm::estimate_at_completion, bac, ev, ac, method, pv);
}

Outcome<double> etc(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv) {
    return eac_family(evm::estimate_to_complete, bac, ev, ac, method, pv);
}

Outcome<double> vac(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& method,
                    const Optional& pv) {
    return eac_family(evm::variance_at_completion, bac, ev, ac, method, pv);
}

Outcome<double> tcpi(const CellRange& bac, const CellRange& ev, const CellRange& ac, const Optional& eac) {
    PMO_TRY(baseline, baseline_from(bac, ev, ac, std::nullopt));
    std::optional<double> target;
    if (!is_omitted(eac)) {
        PMO_TRY(eac_value, amount_of({"eac", *eac}));
        target = eac_value;
    }
    return figure(evm::to_complete_performance_index(baseline.bac, baseline.ev, baseline.ac, target));
}

// Rows are read as the report reads a task list: a row without a budget is a
// summary or heading row (a WBS parent) and carries no work of its own; a
// task with one planned date only lasts that day.
Outcome<double> pv(DateFrame frame, const CellRange& budgets, const CellRange& starts, const CellRange& finishes,
                   const CellRange& status_date, const Optional& holidays, const Optional& weekend) {
    PMO_TRY(calendar, calendar_from(frame, holidays, weekend));
    PMO_TRY(status, date_of({"statusDate", status_date}, frame));
    const Argument budget_arg{"budgets", budgets};
    const Argument start_arg{"starts", starts};
    const Argument finish_arg{"finishes", finishes};
    if (auto problem = check_same_size(budget_arg, start_arg))
        return *problem;
    if (auto problem = check_same_size(budget_arg, finish_arg))
        return *problem;
    PMO_TRY(budget_values, numbers_of(budget_arg));
    PMO_TRY(start_values, numbers_of(start_arg));
    PMO_TRY(finish_values, numbers_of(finish_arg));
    double total = 0;
    bool any_task = false;
    for (std::size_t i = 0; i < budgets.size(); ++i) {
        const auto& budget = budget_values[i];
        if (!budget)
            continue;
        if (!start_values[i] && !finish_values[i])
            return start_arg.at(i, {Msg::blank_while_other_has_value, {budget_arg.name}});
        const auto start = day_from_serial(start_values[i].value_or(*finish_values[i]), frame.null_date_offset);
        if (!start)
            return start_arg.at(i, start.problem().message);
        const auto finish = day_from_serial(finish_values[i].value_or(*start_values[i]), frame.null_date_offset);
        if (!finish)
            return finish_arg.at(i, finish.problem().message);
        const auto plan = make_task_plan(*budget, *start, *finish);
        if (!plan)
            return (*budget < 0 ? budget_arg : finish_arg).at(i, plan.problem().message);
        total += planned_value(*plan, status, calendar);
        any_task = true;
    }
    if (!any_task)
        return budget_arg.problem(Msg::no_task_given);
    return figure(total);
}

// As the report reads a task list: a blank percent is 0 %; a row without a
// budget is a summary row, unless it has progress, which needs a budget.
Outcome<double> ev(const CellRange& budgets, const CellRange& percent_complete, const Optional& methods) {
    const Argument budget_arg{"budgets", budgets};
    const Argument percent_arg{"percentComplete", percent_complete};
    if (auto problem = check_same_size(budget_arg, percent_arg))
        return *problem;
    PMO_TRY(budget_values, numbers_of(budget_arg));
    PMO_TRY(percents, numbers_of(percent_arg));
    // One method per row, or one for every row.
    std::vector<EarningRule> rules(budget_values.size(), EarningRule::percent_complete);
    if (!is_omitted(methods)) {
        const Argument methods_arg{"methods", *methods};
        if (methods->size() != 1)
            if (auto problem = check_same_size(budget_arg, methods_arg))
                return *problem;
        PMO_TRY(names, texts_of(methods_arg));
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const std::size_t at = names.size() == 1 ? 0 : i;
            const auto rule = parse_earning_rule(names[at]);
            if (!rule)
                return methods_arg.at(at, rule.problem().message);
            rules[i] = *rule;
        }
    }
    double total = 0;
    bool any_task = false;
    for (std::size_t i = 0; i < budget_values.size(); ++i) {
        if (!budget_values[i]) {
            if (percents[i].value_or(0) != 0)
                return budget_arg.at(i, Msg::budget_blank_with_progress);
            continue;
        }
        if (*budget_values[i] < 0)
            return budget_arg.at(i, Msg::budget_negative);
        const auto earned = earned_value(*budget_values[i], percents[i].value_or(0));
        if (!earned)
            return percent_arg.at(i, earned.problem().message);
        const auto share = earned_share(rules[i], percents[i].value_or(0));
        if (!share) {
            const Msg why = rules[i] == EarningRule::level_of_effort       ? Msg::term_needs_pv
                            : rules[i] == EarningRule::weighted_milestones ? Msg::term_needs_weights
                                                                            : Msg::term_needs_base_task;
            return invalid_input({Msg::argument_cell_problem,
                                  {"methods", budgets.position(i),
                                   Message{Msg::earning_rule_needs_more,
                                           {std::string(earning_rule_code(rules[i])), why}}}});
        }
        total += *budget_values[i] * *share;
        any_task = true;
    }
    if (!any_task)
        return budget_arg.problem(Msg::no_task_given);
    return figure(total);
}

Outcome<double> slip(DateFrame frame, const CellRange& baseline_finish, const CellRange& forecast_finish,
                     const Optional& holidays, const Optional& weekend) {
    PMO_TRY(calendar, calendar_from(frame, holidays, weekend));
    PMO_TRY(baseline, date_of({"baselineFinish", baseline_finish}, frame));
    PMO_TRY(forecast, date_of({"forecastFinish", forecast_finish}, frame));
    return static_cast<double>(schedule_slip(baseline, forecast, calendar));
}

Outcome<double> es(const CellRange& pv_curve, const CellRange& ev) {
    PMO_TRY(curve, curve_from(pv_curve));
    PMO_TRY(ev_value, sum_of({"ev", ev}));  // Lipke: EV <= 0 simply gives ES = 0
    return figure(curve.earned_schedule(ev_value));
}

Outcome<double> svt(const CellRange& pv_curve, const CellRange& ev, const CellRange& at) {
    return time_indicator(schedule_variance_t, pv_curve, ev, at);
}

Outcome<double> spit(const CellRange& pv_curve, const CellRange& ev, const CellRange& at) {
    return time_indicator(schedule_performance_index_t, pv_curve, ev, at);
}

Outcome<double> ieact(const CellRange& pv_curve, const CellRange& ev, const CellRange& at) {
    return time_indicator(independent_eac_t, pv_curve, ev, at);
}

namespace {

// Σ of a per-risk figure over parallel probability/impact (and type) rows.
template <class PerRisk>
Outcome<double> sum_over_risks(const CellRange& probabilities, const CellRange& impacts, PerRisk per_risk) {
    const Argument p_arg{"probabilities", probabilities};
    const Argument i_arg{"impacts", impacts};
    PMO_TRY(rows, paired_numbers(p_arg, i_arg));
    double total = 0;
    bool any_risk = false;
    for (std::size_t i = 0; i < rows.first.size(); ++i) {
        if (!rows.first[i])
            continue;
        const auto risk_figure = per_risk(i, *rows.first[i], *rows.second[i]);
        if (!risk_figure)
            return risk_figure;
        total += *risk_figure;
        any_risk = true;
    }
    if (!any_risk)
        return p_arg.problem(Msg::no_risk_given);
    return figure(total);
}

}  // namespace

Outcome<double> exposure(const CellRange& probabilities, const CellRange& impacts) {
    return sum_over_risks(probabilities, impacts, [&](std::size_t i, double p, double impact) -> Outcome<double> {
        const auto risk_figure = risk_exposure(p, impact);
        if (!risk_figure)
            return Argument{"probabilities", probabilities}.at(i, risk_figure.problem().message);
        return risk_figure;
    });
}

Outcome<double> emv(const CellRange& probabilities, const CellRange& impacts, const CellRange& types) {
    const Argument type_arg{"types", types};
    if (auto problem = check_same_size({"probabilities", probabilities}, {"impacts", impacts}))
        return *problem;
    if (auto problem = check_same_size({"probabilities", probabilities}, type_arg))
        return *problem;
    PMO_TRY(type_texts, texts_of(type_arg));
    for (std::size_t i = 0; i < type_texts.size(); ++i)
        if (!type_texts[i].empty() && is_empty_cell(probabilities[i]) && is_empty_cell(impacts[i]))
            return type_arg.at(i, Msg::risk_type_without_values);
    return sum_over_risks(probabilities, impacts, [&](std::size_t i, double p, double impact) -> Outcome<double> {
        const auto kind = parse_risk_kind(type_texts[i]);
        if (!kind)
            return type_arg.at(i, kind.problem().message);
        const auto risk_figure = expected_monetary_value(p, impact, *kind);
        if (!risk_figure)
            return Argument{"probabilities", probabilities}.at(i, risk_figure.problem().message);
        return risk_figure;
    });
}

Outcome<std::string> rag(const CellRange& spi, const CellRange& cpi, const Optional& amber_below,
                         const Optional& red_below) {
    PMO_TRY(spi_value, single_number_of({"spi", spi}));
    PMO_TRY(cpi_value, single_number_of({"cpi", cpi}));
    if (spi_value < 0 || cpi_value < 0)
        return invalid_input(Msg::spi_cpi_negative);
    const RagThresholds defaults;
    PMO_TRY(amber, optional_number("amberBelow", amber_below, defaults.amber_below));
    PMO_TRY(red, optional_number("redBelow", red_below, defaults.red_below));
    PMO_TRY(thresholds, make_rag_thresholds(amber, red));
    return std::string(rag_label(rag_status(spi_value, cpi_value, thresholds)));
}

// Only differences of dates are counted, but the document's null date still
// decides which serials are dates at all (1900-01-01 … 2199-12-31).
Outcome<double> openissues(DateFrame frame, const CellRange& raised, const CellRange& closed,
                           const CellRange& status_date, const Optional& min_age_days) {
    PMO_TRY(status, date_of({"statusDate", status_date}, frame));
    PMO_TRY(min_age, optional_number("minAgeDays", min_age_days, 0.0));
    if (min_age < 0)
        return invalid_input(Msg::min_age_negative);
    const Argument raised_arg{"raised", raised};
    const Argument closed_arg{"closed", closed};
    if (auto problem = check_same_size(raised_arg, closed_arg))
        return *problem;
    PMO_TRY(raised_serials, numbers_of(raised_arg));
    PMO_TRY(closed_serials, numbers_of(closed_arg));
    double count = 0;
    for (std::size_t i = 0; i < raised_serials.size(); ++i) {
        if (!raised_serials[i]) {
            if (closed_serials[i])
                return raised_arg.at(i, Msg::raised_blank_but_closed);
            continue;
        }
        const auto raised_day = day_from_serial(*raised_serials[i], frame.null_date_offset);
        if (!raised_day)
            return raised_arg.at(i, raised_day.problem().message);
        std::optional<Day> closed_day;
        if (closed_serials[i] && *closed_serials[i] != 0) {  // a single blank cell arrives as 0
            const auto day = day_from_serial(*closed_serials[i], frame.null_date_offset);
            if (!day)
                return closed_arg.at(i, day.problem().message);
            closed_day = *day;
        }
        const auto issue = make_issue_dates(*raised_day, closed_day);
        if (!issue)
            return closed_arg.at(i, issue.problem().message);
        if (is_open_on(*issue, status) && static_cast<double>(age_in_days(*issue, status)) >= min_age)
            ++count;
    }
    return count;
}

namespace {

bool is_whole(double value) { return std::isfinite(value) && value == std::floor(value); }

// The tasks of a network function: the rows not blank in every argument,
// read into the network's input and their per-row numbers.
struct NetworkRows {
    std::vector<std::size_t> rows;  // the cell index of each task
    std::vector<NetworkTask> tasks;
    std::vector<std::vector<double>> numbers;  // per numeric argument, one per task
};

Outcome<NetworkRows> network_rows(const Argument& ids, std::span<const Argument> numeric, const Argument& predecessors) {
    for (const Argument& arg : numeric)
        if (auto problem = check_same_size(ids, arg))
            return *problem;
    if (auto problem = check_same_size(ids, predecessors))
        return *problem;
    const auto blank = [](const Argument& arg, std::size_t i) { return is_empty_cell(arg.cells[i]); };
    const auto error_at = [](const Argument& arg, std::size_t i) -> std::optional<Problem> {
        if (arg.cells.kind(i) == CellKind::error)
            return arg.at(i, describe(arg.cells[i]));
        return std::nullopt;
    };
    NetworkRows read;
    read.numbers.resize(numeric.size());
    for (std::size_t i = 0; i < ids.cells.size(); ++i) {
        bool any_filled = !blank(ids, i) || !blank(predecessors, i);
        for (const Argument& arg : numeric)
            any_filled = any_filled || !blank(arg, i);
        if (!any_filled)
            continue;
        for (const Argument* arg : {&ids, &predecessors})
            if (auto problem = error_at(*arg, i))
                return *problem;
        for (const Argument& arg : numeric)
            if (auto problem = error_at(arg, i))
                return *problem;
        if (blank(ids, i))
            return ids.at(i, Msg::task_id_missing);
        const CellValue id = ids.cells[i];
        const std::string id_text = number_in(id) ? number_as_text(*number_in(id)) : fold_width(*text_in(id));
        for (std::size_t a = 0; a < numeric.size(); ++a) {
            const Argument& arg = numeric[a];
            if (blank(arg, i))
                return arg.at(i, Msg::duration_missing);
            const auto value = number_in(arg.cells[i]);
            if (!value)
                return arg.at(i, {Msg::number_needed, {describe(arg.cells[i])}});
            if (!(*value >= 0 && *value <= longest_duration))
                return arg.at(i, {Msg::duration_too_long, {*value, longest_duration}});
            read.numbers[a].push_back(*value);
        }
        std::string cell;
        if (const auto number = number_in(predecessors.cells[i]))
            cell = number_as_text(*number);
        else if (const auto text = text_in(predecessors.cells[i]))
            cell = std::string(*text);
        read.rows.push_back(i);
        read.tasks.push_back({id_text, std::move(cell)});
    }
    if (read.tasks.empty())
        return ids.problem(Msg::no_task_given);
    // A number with a fraction that is no task's ID is a list typed where the
    // decimal separator is a comma ("3,5" read as 3.5), not an ID.
    for (std::size_t t = 0; t < read.tasks.size(); ++t) {
        const auto number = number_in(predecessors.cells[read.rows[t]]);
        if (number && !is_whole(*number) &&
            std::none_of(read.tasks.begin(), read.tasks.end(),
                         [&](const NetworkTask& task) { return task.id == read.tasks[t].predecessors; }))
            return predecessors.at(read.rows[t], {Msg::predecessor_number_fraction, {*number}});
    }
    return read;
}

Outcome<ScheduleNetwork> network_of(const NetworkRows& read, const Argument& ids, const Argument& predecessors) {
    NetworkBuild build = build_network(read.tasks);
    if (!build.problems.empty()) {
        const NetworkProblem& first = build.problems.front();
        const Argument& arg = first.field == NetworkProblem::Field::id ? ids : predecessors;
        return arg.at(read.rows[first.task], first.message);
    }
    return std::move(*build.network);
}

// In the shape of ids up to its last task: a whole column as ids gives an
// array as long as the tasks, not a million rows (Calc fills an array
// formula's cells beyond it with #N/A).
SheetArray shaped_like(const CellRange& ids, const NetworkRows& read, const std::vector<double>& per_task) {
    const std::size_t last = read.rows.back();
    SheetArray array;
    array.columns = ids.rows() == 1 ? last + 1 : ids.columns();
    array.rows = last / array.columns + 1;
    array.values.resize(array.rows * array.columns);
    for (std::size_t t = 0; t < read.rows.size(); ++t)
        array.values[read.rows[t]] = per_task[t];
    return array;
}

struct CriticalPathRun {
    NetworkRows read;
    CriticalPath cpm;
};

Outcome<CriticalPathRun> run_critical_path(const CellRange& ids, const CellRange& durations,
                                           const CellRange& predecessors) {
    const Argument ids_arg{"ids", ids};
    const Argument predecessors_arg{"predecessors", predecessors};
    const std::array numeric{Argument{"durations", durations}};
    PMO_TRY(read, network_rows(ids_arg, numeric, predecessors_arg));
    PMO_TRY(network, network_of(read, ids_arg, predecessors_arg));
    CriticalPath cpm = critical_path(network, read.numbers[0]);
    return CriticalPathRun{read, std::move(cpm)};
}

struct Simulation {
    NetworkRows read;
    SimulationResult result;
};

Outcome<std::size_t> iterations_of(const Optional& iterations) {
    constexpr double most = 1'000'000;
    PMO_TRY(count, optional_number("iterations", iterations, static_cast<double>(default_iterations)));
    if (!is_whole(count) || count < 100 || count > most)
        return invalid_input({Msg::iterations_outside, {count, most}});
    return static_cast<std::size_t>(count);
}

Outcome<std::uint64_t> seed_of(const Optional& seed) {
    constexpr double largest = 9007199254740992.0;  // 2^53: every whole number below is exact
    PMO_TRY(value, optional_number("seed", seed, static_cast<double>(default_simulation_seed)));
    if (!is_whole(value) || value < 0 || value > largest)
        return invalid_input({Msg::seed_outside, {value}});
    return static_cast<std::uint64_t>(value);
}

Outcome<Simulation> run_simulation(const ThreePointRanges& tasks, const Optional& iterations, const Optional& seed,
                                   bool with_criticality) {
    const Argument ids{"ids", tasks.ids};
    const Argument predecessors{"predecessors", tasks.predecessors};
    const std::array numeric{Argument{"optimistic", tasks.optimistic}, Argument{"likely", tasks.likely},
                             Argument{"pessimistic", tasks.pessimistic}};
    PMO_TRY(read, network_rows(ids, numeric, predecessors));
    std::vector<ThreePointEstimate> estimates;
    estimates.reserve(read.tasks.size());
    for (std::size_t t = 0; t < read.tasks.size(); ++t) {
        const ThreePointEstimate estimate{read.numbers[0][t], read.numbers[1][t], read.numbers[2][t]};
        if (!is_valid(estimate))
            return numeric[1].at(read.rows[t],
                                 {Msg::three_point_order, {estimate.optimistic, estimate.likely, estimate.pessimistic}});
        estimates.push_back(estimate);
    }
    PMO_TRY(network, network_of(read, ids, predecessors));
    PMO_TRY(count, iterations_of(iterations));
    PMO_TRY(seed_value, seed_of(seed));
    const double work = static_cast<double>(count) * static_cast<double>(network.size() + network.link_count());
    if (work > largest_simulation)
        return invalid_input({Msg::simulation_too_large,
                              {static_cast<double>(count), static_cast<double>(network.size() + network.link_count()),
                               largest_simulation}});
    SimulationSettings settings;
    settings.iterations = count;
    settings.seed = seed_value;
    settings.criticality = with_criticality;
    settings.sensitivity = false;
    SimulationResult result = simulate(network, estimates, {}, settings);
    return Simulation{read, std::move(result)};
}

}  // namespace

Outcome<double> duration(const CellRange& ids, const CellRange& durations, const CellRange& predecessors) {
    PMO_TRY(run, run_critical_path(ids, durations, predecessors));
    return run.cpm.finish;
}

Outcome<SheetArray> totalfloat(const CellRange& ids, const CellRange& durations, const CellRange& predecessors) {
    PMO_TRY(run, run_critical_path(ids, durations, predecessors));
    return shaped_like(ids, run.read, run.cpm.total_float);
}

Outcome<SheetArray> freefloat(const CellRange& ids, const CellRange& durations, const CellRange& predecessors) {
    PMO_TRY(run, run_critical_path(ids, durations, predecessors));
    return shaped_like(ids, run.read, run.cpm.free_float);
}

Outcome<double> mcduration(const ThreePointRanges& tasks, const CellRange& percentile, const Optional& iterations,
                           const Optional& seed) {
    PMO_TRY(p, single_number_of({"percentile", percentile}));
    if (!(p >= 0 && p <= 1))
        return invalid_input({Msg::percentile_outside, {p}});
    PMO_TRY(run, run_simulation(tasks, iterations, seed, false));
    return run.result.percentile(p);
}

Outcome<double> mcprobability(const ThreePointRanges& tasks, const CellRange& target, const Optional& iterations,
                              const Optional& seed) {
    PMO_TRY(limit, single_number_of({"target", target}));
    PMO_TRY(run, run_simulation(tasks, iterations, seed, false));
    return run.result.probability_within(limit);
}

Outcome<SheetArray> criticality(const ThreePointRanges& tasks, const Optional& iterations, const Optional& seed) {
    PMO_TRY(run, run_simulation(tasks, iterations, seed, true));
    return shaped_like(tasks.ids, run.read, run.result.criticality);
}

Outcome<double> defects(const CellRange& dates, const CellRange& cumulative_found, const Optional& model) {
    PMO_TRY(model_text, optional_text("model", model));
    PMO_TRY(chosen, parse_growth_model(model_text));
    const Argument dates_arg{"dates", dates};
    const Argument found_arg{"cumulativeFound", cumulative_found};
    PMO_TRY(rows, paired_numbers(dates_arg, found_arg));
    std::vector<double> days, found;
    for (std::size_t i = 0; i < rows.first.size(); ++i) {
        if (!rows.first[i])
            continue;
        if (!days.empty() && *rows.first[i] < days.back())
            return dates_arg.at(i, Msg::dates_not_ascending);
        if (!(*rows.second[i] >= 0))
            return found_arg.at(i, {Msg::must_not_be_negative, {*rows.second[i]}});
        if (!found.empty() && *rows.second[i] < found.back())
            return found_arg.at(i, {Msg::growth_not_increasing, {*rows.second[i], found.back()}});
        days.push_back(*rows.first[i]);
        found.push_back(*rows.second[i]);
    }
    const GrowthResult result = fit_growth(chosen, days, found);
    if (result.fit)
        return result.fit->estimated_total;
    const Msg name = chosen == GrowthModel::gompertz ? Msg::term_gompertz : Msg::term_logistic;
    switch (*result.problem) {
    case GrowthProblem::too_few_points: return invalid_input(Msg::growth_too_few_points);
    case GrowthProblem::not_increasing: return invalid_input(Msg::growth_counts_fall);
    case GrowthProblem::no_defects: return not_available(Msg::growth_no_defects);
    case GrowthProblem::did_not_converge: return not_available({Msg::growth_did_not_converge, {name}});
    case GrowthProblem::not_bending: return not_available({Msg::growth_not_bending, {name}});
    }
    return not_available({Msg::growth_did_not_converge, {name}});
}

namespace {

// A name as a cell holds it: text, or a number (a staff number); "" when blank.
Outcome<std::string> name_in(const Argument& arg, std::size_t i) {
    const CellValue cell = arg.cells[i];
    if (const auto* number = std::get_if<double>(&cell))
        return number_as_text(*number);
    if (const auto* text = std::get_if<std::string_view>(&cell))
        return normalize_label(*text);
    if (is_empty_cell(cell))
        return std::string();
    return arg.at(i, {Msg::text_needed, {describe(cell)}});
}

}  // namespace

Outcome<double> load(DateFrame frame, const LoadRows& rows, const CellRange& resource, const CellRange& from,
                     const CellRange& to, const Optional& holidays) {
    PMO_TRY(calendar, calendar_from(frame, holidays, std::nullopt));
    const Argument resource_arg{"resource", resource};
    if (resource.size() != 1)
        return resource_arg.problem({Msg::text_needed, {describe(resource.size() == 0 ? CellValue{} : resource[0])}});
    PMO_TRY(wanted, name_in(resource_arg, 0));
    if (wanted.empty())
        return resource_arg.problem({Msg::text_needed, {describe(resource[0])}});
    PMO_TRY(first, date_of({"from", from}, frame));
    PMO_TRY(last, date_of({"to", to}, frame));
    if (last < first)
        return Argument{"to", to}.problem(Msg::finish_before_start);
    const Argument resource_rows{"resources", rows.resources};
    const Argument start_arg{"starts", rows.starts};
    const Argument finish_arg{"finishes", rows.finishes};
    const Argument allocation_arg{"allocations", rows.allocations};
    for (const Argument* other : {&start_arg, &finish_arg, &allocation_arg})
        if (auto problem = check_same_size(resource_rows, *other))
            return *problem;
    PMO_TRY(starts, numbers_of(start_arg));
    PMO_TRY(finishes, numbers_of(finish_arg));
    PMO_TRY(allocations, numbers_of(allocation_arg));
    std::vector<AllocationSpan> spans;
    for (std::size_t i = 0; i < rows.resources.size(); ++i) {
        PMO_TRY(name, name_in(resource_rows, i));
        if (name.empty())
            continue;
        if (!starts[i])
            return start_arg.at(i, {Msg::blank_while_other_has_value, {resource_rows.name}});
        if (!finishes[i])
            return finish_arg.at(i, {Msg::blank_while_other_has_value, {resource_rows.name}});
        if (!allocations[i])
            return allocation_arg.at(i, {Msg::blank_while_other_has_value, {resource_rows.name}});
        const auto start = day_from_serial(*starts[i], frame.null_date_offset);
        if (!start)
            return start_arg.at(i, start.problem().message);
        const auto finish = day_from_serial(*finishes[i], frame.null_date_offset);
        if (!finish)
            return finish_arg.at(i, finish.problem().message);
        if (*finish < *start)
            return finish_arg.at(i, Msg::finish_before_start);
        if (!(*allocations[i] >= 0 && *allocations[i] <= largest_allocation))
            return allocation_arg.at(i, {Msg::allocation_out_of_range, {*allocations[i]}});
        if (name == wanted)
            spans.push_back({*start, *finish, *allocations[i]});
    }
    return figure(average_load(spans, first, last, calendar));
}

Outcome<SheetArray> select(const CellRange& values, const CellRange& costs, const CellRange& budget,
                           const Optional& people, const Optional& people_limit) {
    const Argument values_arg{"values", values};
    const Argument costs_arg{"costs", costs};
    PMO_TRY(rows, paired_numbers(values_arg, costs_arg));
    PMO_TRY(budget_value, single_number_of({"budget", budget}));
    if (!(budget_value >= 0))
        return invalid_input({Msg::selection_limit_invalid, {Msg::term_budget, budget_value}});
    const bool with_people = !is_omitted(people);
    std::vector<std::optional<double>> people_cells;
    SelectionLimits limits{budget_value, std::nullopt};
    if (with_people) {
        const Argument people_arg{"people", *people};
        if (auto problem = check_same_size(values_arg, people_arg))
            return *problem;
        PMO_TRY(read, numbers_of(people_arg));
        people_cells = read;
        if (is_omitted(people_limit))
            return invalid_input(Msg::selection_people_limit_missing);
        PMO_TRY(limit, single_number_of({"peopleLimit", *people_limit}));
        if (!(limit >= 0))
            return invalid_input({Msg::selection_limit_invalid, {Msg::term_people_limit, limit}});
        limits.people = limit;
    } else if (!is_omitted(people_limit)) {
        return invalid_input(Msg::selection_people_missing);
    }
    std::vector<SelectionCandidate> candidates;
    std::vector<std::size_t> cell_of;
    for (std::size_t i = 0; i < rows.first.size(); ++i) {
        if (!rows.first[i]) {
            if (with_people && people_cells[i])
                return values_arg.at(i, {Msg::blank_while_other_has_value, {"people"}});
            continue;
        }
        if (!(*rows.first[i] >= 0))
            return values_arg.at(i, {Msg::must_not_be_negative, {*rows.first[i]}});
        if (!(*rows.second[i] >= 0))
            return costs_arg.at(i, {Msg::must_not_be_negative, {*rows.second[i]}});
        SelectionCandidate candidate{*rows.first[i], *rows.second[i], 0};
        if (with_people) {
            const Argument people_arg{"people", *people};
            if (!people_cells[i])
                return people_arg.at(i, {Msg::blank_while_other_has_value, {"values"}});
            if (!(*people_cells[i] >= 0))
                return people_arg.at(i, {Msg::must_not_be_negative, {*people_cells[i]}});
            candidate.people = *people_cells[i];
        }
        candidates.push_back(candidate);
        cell_of.push_back(i);
    }
    if (candidates.empty())
        return values_arg.problem(Msg::no_number_given);
    PMO_TRY(result, select_candidates(candidates, limits));
    if (result.proof != SelectionProof::optimal)
        return not_available({Msg::selection_not_proven, {static_cast<unsigned long>(result.nodes)}});
    // Up to the last candidate, as the network functions do: a whole column stays small.
    const std::size_t last = cell_of.back();
    SheetArray array;
    array.columns = values.rows() == 1 ? last + 1 : values.columns();
    array.rows = last / array.columns + 1;
    array.values.resize(array.rows * array.columns);
    for (std::size_t k = 0; k < candidates.size(); ++k)
        array.values[cell_of[k]] = result.chosen[k] ? 1.0 : 0.0;
    return array;
}

}  // namespace pmocalc::sheet
