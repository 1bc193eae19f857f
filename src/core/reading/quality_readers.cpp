// Quality sheets: test progress (counts per date, cumulative or per period,
// or one row per test case) and defect logs.
#include <algorithm>
#include <array>
#include <tuple>

#include "../text.hpp"
#include "reader_state.hpp"
#include "value_words.hpp"

namespace pmocalc {

namespace {

// How the count columns are meant: 累計 / cumulative, or 日次 / 週次 / daily /
// weekly (counts per period); neither is read as cumulative, and said.
enum class Counting { cumulative, per_period, assumed_cumulative };

Counting counting_of(const Table& table) {
    bool cumulative = false;
    for (Field field : {Field::tests_planned, Field::tests_executed, Field::tests_passed}) {
        if (!table.has(field))
            continue;
        const auto header = text_in(table.sheet->at(table.header_row, table.column(field)));
        if (!header)
            continue;
        const std::string key = normalize_label(*header);
        for (std::string_view word : {"日次", "週次", "当日", "今週", "daily", "weekly", "per day", "per week",
                                      "per period", "this week"})
            if (key.find(word) != std::string::npos)
                return Counting::per_period;
        for (std::string_view word : {"累計", "cumulative", "to date", "cum."})
            cumulative = cumulative || key.find(word) != std::string::npos;
    }
    return cumulative ? Counting::cumulative : Counting::assumed_cumulative;
}

void read_test_counts(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    const Counting counting = counting_of(table);
    std::vector<TestCount> rows;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        TestCount count;
        count.project_id = r.key(Field::project_id);
        count.source = {table.sheet->name, row};
        const auto date = r.date(Field::test_date, Msg::term_test_date);
        count.planned = r.number(Field::tests_planned, Msg::term_tests_planned, true);
        count.executed = r.number(Field::tests_executed, Msg::term_tests_executed, true);
        count.passed = r.number(Field::tests_passed, Msg::term_tests_passed, true);
        if (!r.ok())
            return;
        if (!date) {
            r.fail(Field::test_date, Msg::test_row_needs_date);
            return;
        }
        count.date = *date;
        for (const auto& [field, value, what] :
             {std::tuple{Field::tests_planned, count.planned, Msg::term_tests_planned},
              std::tuple{Field::tests_executed, count.executed, Msg::term_tests_executed},
              std::tuple{Field::tests_passed, count.passed, Msg::term_tests_passed}})
            if (value && *value < 0) {
                r.fail(field, {Msg::test_count_negative, {what, *value}});
                return;
            }
        if (count.passed && count.executed && *count.passed > *count.executed) {
            r.fail(Field::tests_passed, {Msg::test_counts_inconsistent, {*count.passed, *count.executed}});
            return;
        }
        rows.push_back(std::move(count));
    });
    if (rows.empty())
        return;
    // Each project's rows in date order: added up when typed per period;
    // a cumulative count that falls is said where it falls.
    std::stable_sort(rows.begin(), rows.end(), [](const TestCount& a, const TestCount& b) {
        return std::tie(a.project_id, a.date) < std::tie(b.project_id, b.date);
    });
    for (std::size_t first = 0; first < rows.size();) {
        std::size_t last = first;
        while (last < rows.size() && rows[last].project_id == rows[first].project_id)
            ++last;
        std::array<double, 3> sum{};
        std::array<std::optional<double>, 3> previous;
        constexpr std::array fields{Field::tests_planned, Field::tests_executed, Field::tests_passed};
        constexpr std::array terms{Msg::term_tests_planned, Msg::term_tests_executed, Msg::term_tests_passed};
        for (std::size_t i = first; i < last; ++i) {
            TestCount& count = rows[i];
            std::array<std::optional<double>*, 3> values{&count.planned, &count.executed, &count.passed};
            for (std::size_t k = 0; k < 3; ++k) {
                auto& value = *values[k];
                if (!value)
                    continue;
                if (counting == Counting::per_period) {
                    sum[k] += *value;
                    value = sum[k];
                } else if (previous[k] && *value < *previous[k]) {
                    result.diagnostics.push_back(
                        {Diagnostic::Severity::warning, table.sheet->name,
                         cell_address(count.source.row, table.column(fields[k])),
                         {Msg::cumulative_count_falls, {terms[k], *previous[k], *value}}});
                }
                previous[k] = value;
            }
        }
        first = last;
    }
    const std::size_t column = table.has(Field::tests_planned) ? table.column(Field::tests_planned)
                                                                 : table.column(Field::tests_executed);
    if (counting != Counting::cumulative)
        result.diagnostics.push_back({counting == Counting::per_period ? Diagnostic::Severity::note
                                                                       : Diagnostic::Severity::warning,
                                       table.sheet->name, cell_address(table.header_row, column),
                                       counting == Counting::per_period ? Msg::test_counts_per_period
                                                                        : Msg::test_counts_read_cumulative});
    auto& out = result.quality.test_counts;
    out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
}

std::optional<TestCase::Result> test_result(std::string_view text) {
    const auto outcome = test_outcome(text);
    if (!outcome)
        return std::nullopt;
    return *outcome == TestOutcome::pass   ? TestCase::Result::pass
           : *outcome == TestOutcome::fail ? TestCase::Result::fail
                                           : TestCase::Result::none;
}

void read_test_cases(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    KeySet ids;
    std::string id_key;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        TestCase test;
        test.project_id = r.key(Field::project_id);
        test.id = r.key(Field::test_case_id);
        test.source = {table.sheet->name, row};
        test.planned = r.date(Field::test_planned_date, Msg::term_test_planned_date);
        test.executed = r.date(Field::test_executed_date, Msg::term_test_executed_date);
        const std::string result_text = r.key(Field::test_result);
        if (!r.ok())
            return;
        const auto outcome = test_result(result_text);
        if (!outcome) {
            r.fail(Field::test_result, {Msg::test_result_unknown, {excerpt(result_text)}});
            return;
        }
        test.result = *outcome;
        if (test.result != TestCase::Result::none && !test.executed && table.has(Field::test_executed_date))
            r.warn(Field::test_executed_date, Msg::test_result_without_date);
        else if (test.result == TestCase::Result::none && test.executed && table.has(Field::test_result))
            r.warn(Field::test_result, Msg::test_date_without_result);
        id_key.assign(test.project_id).append(1, '\x1f').append(test.id);
        if (!test.id.empty() && !ids.insert(id_key)) {
            r.fail(Field::test_case_id, {Msg::duplicate_test_case_id, {test.id}});
            return;
        }
        result.quality.test_cases.push_back(std::move(test));
    });
}

}  // namespace

void read_tests(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    result.quality.has_test_sheet = true;
    const bool per_date =
        table.has(Field::test_date) && (table.has(Field::tests_planned) || table.has(Field::tests_executed));
    const std::size_t before = result.quality.test_counts.size() + result.quality.test_cases.size();
    if (per_date)
        read_test_counts(state, table);
    else
        read_test_cases(state, table);
    state.read_of(table).rows_read = result.quality.test_counts.size() + result.quality.test_cases.size() - before;
}

void read_defects(ReaderState& state, const Table& table) {
    Portfolio& result = state.result;
    auto& quality = result.quality;
    if (!quality.has_defect_sheet)
        quality.defect_sheet = table.sheet->name;
    quality.has_defect_sheet = true;
    const std::size_t before = quality.defects.size();
    std::size_t closed_without_date = 0;
    std::size_t first_closed_without_date = 0;
    for_each_row(table, result.diagnostics, [&](std::size_t row) {
        RowReader r(table, row, state.context);
        DefectEntry defect;
        defect.project_id = r.key(Field::project_id);
        defect.id = r.key(Field::defect_id);
        defect.title = r.text(Field::defect_title);
        defect.severity = r.key(Field::severity);
        defect.phase = r.text(Field::phase);
        defect.source = {table.sheet->name, row};
        const auto found = r.date(Field::found_date, Msg::term_found_date);
        defect.closed = r.date(Field::closed, Msg::term_closed);
        const std::string status = r.key(Field::status);
        if (!r.ok())
            return;
        if (!found) {
            r.fail(Field::found_date, Msg::defect_needs_found_date);
            return;
        }
        defect.found = *found;
        if (defect.closed && *defect.closed < defect.found) {
            r.fail(Field::closed, Msg::defect_closed_before_found);
            return;
        }
        if (!defect.closed && is_closed_word(status)) {
            defect.closed = defect.found;  // closed, date not recorded: at the latest it is not open now
            if (closed_without_date++ == 0)
                first_closed_without_date = row;
        }
        state.key.assign(defect.project_id).append(1, '\x1f').append(defect.id);
        if (!defect.id.empty() && !state.defect_keys.insert(state.key)) {
            r.fail(Field::defect_id, {Msg::duplicate_defect_id, {defect.id}});
            return;
        }
        quality.defects.push_back(std::move(defect));
    });
    state.read_of(table).rows_read = quality.defects.size() - before;
    if (closed_without_date > 0)
        result.diagnostics.push_back({Diagnostic::Severity::note, table.sheet->name,
                                       cell_address(first_closed_without_date,
                                                    table.has(Field::status) ? table.column(Field::status) : 0),
                                       {Msg::defect_closed_without_date, {closed_without_date}}});
    if (quality.defects.size() > before && !table.has(Field::closed) && !table.has(Field::status))
        result.diagnostics.push_back({Diagnostic::Severity::warning, table.sheet->name,
                                       cell_address(table.header_row, 0), Msg::no_defect_closed_column});
}

}  // namespace pmocalc
