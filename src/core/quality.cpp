#include "quality.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <cmath>
#include <map>

namespace pmocalc {

namespace {

constexpr std::size_t max_curve_periods = 520;  // ten years of weeks

// The records of one project (or of all, for the portfolio).
struct Records {
    std::vector<const TestCount*> counts;
    std::vector<const TestCase*> cases;
    std::vector<const DefectEntry*> defects;
};

// A field's counts of one project in date order; the count standing on a day
// is the last typed by it (cumulative counts hold until the next row).
struct CountSeries {
    std::vector<std::pair<Day, double>> points;

    double at(Day day) const {
        const auto after = std::upper_bound(points.begin(), points.end(), day,
                                            [](Day d, const std::pair<Day, double>& p) { return d < p.first; });
        return after == points.begin() ? 0 : std::prev(after)->second;
    }
};

// The test records laid out for counting by any day in O(log n): count
// series per project and field, and the cases' dates sorted.
struct TestIndex {
    std::vector<std::array<CountSeries, 3>> series;  // per project: planned, executed, passed
    std::vector<Day> planned;                        // cases' planned dates
    std::vector<Day> executed;                       // cases run with a date
    std::vector<Day> passed;                         // cases passed with a date
    double run_undated = 0;                          // cases with a result but no executed date
    double passed_undated = 0;
    double planned_in_all = 0;

    explicit TestIndex(const Records& r) {
        std::map<std::string_view, std::array<CountSeries, 3>> by_project;
        for (const TestCount* c : r.counts) {
            auto& s = by_project[c->project_id];
            const std::array values{c->planned, c->executed, c->passed};
            for (std::size_t k = 0; k < 3; ++k)
                if (values[k])
                    s[k].points.emplace_back(c->date, *values[k]);
        }
        for (auto& [project, s] : by_project) {
            for (CountSeries& field : s)
                std::stable_sort(field.points.begin(), field.points.end(),
                                 [](const auto& a, const auto& b) { return a.first < b.first; });
            planned_in_all += s[0].points.empty() ? 0 : s[0].points.back().second;
            series.push_back(std::move(s));
        }
        planned_in_all += static_cast<double>(r.cases.size());
        for (const TestCase* c : r.cases) {
            if (c->planned)
                planned.push_back(*c->planned);
            const bool pass = c->result == TestCase::Result::pass;
            if (c->executed) {
                executed.push_back(*c->executed);
                if (pass)
                    passed.push_back(*c->executed);
            } else if (c->result != TestCase::Result::none) {
                run_undated += 1;
                passed_undated += pass ? 1 : 0;
            }
        }
        for (auto* days : {&planned, &executed, &passed})
            std::sort(days->begin(), days->end());
    }

    // Tests planned, executed and passed by a day. A case with a result but
    // no executed date counts as executed by the status date (it has been
    // run; when is not known).
    std::array<double, 3> by(Day day, Day status) const {
        auto up_to = [day](const std::vector<Day>& days) {
            return static_cast<double>(std::upper_bound(days.begin(), days.end(), day) - days.begin());
        };
        std::array<double, 3> t{up_to(planned), up_to(executed), up_to(passed)};
        if (day >= status) {
            t[1] += run_undated;
            t[2] += passed_undated;
        }
        for (const auto& s : series)
            for (std::size_t k = 0; k < 3; ++k)
                t[k] += s[k].at(day);
        return t;
    }
};

std::optional<double> ratio(double numerator, double denominator) {
    if (!(denominator > 0))
        return std::nullopt;
    return numerator / denominator;
}

// The first and last day the test records name (planned or done).
std::optional<std::pair<Day, Day>> test_span(const Records& r) {
    std::optional<std::pair<Day, Day>> span;
    auto add = [&](Day day) {
        span = span ? std::pair{std::min(span->first, day), std::max(span->second, day)} : std::pair{day, day};
    };
    for (const TestCount* c : r.counts)
        add(c->date);
    for (const TestCase* c : r.cases) {
        if (c->planned)
            add(*c->planned);
        if (c->executed)
            add(*c->executed);
    }
    return span;
}

// The end of the period (ending on the status date, laid end to end) that holds a day.
Day period_end_of(Day day, Day status, int period_days) {
    return period_start(day, status + 1, period_days) + period_days - 1;
}

void add_tests(QualityFigures& q, const Records& r, Day status, int period_days) {
    q.has_tests = !r.counts.empty() || !r.cases.empty();
    if (!q.has_tests)
        return;
    const TestIndex index(r);
    const auto now = index.by(status, status);
    q.tests_planned = now[0];
    q.tests_executed = now[1];
    q.tests_passed = now[2];
    q.tests_planned_total = index.planned_in_all;
    q.execution_rate = ratio(q.tests_executed, q.tests_planned);
    q.pass_rate = ratio(q.tests_passed, q.tests_executed);
    const auto span = test_span(r);
    if (!span)
        return;
    // The curve is a chart's data: at most max_curve_periods, the last ones.
    const Day last = period_end_of(std::max(span->second, status), status, period_days);
    const Day first = std::max(period_end_of(span->first, status, period_days),
                               last - static_cast<Day>((max_curve_periods - 1) * period_days));
    for (Day end = first; end <= last; end += period_days) {
        const auto t = index.by(end, status);
        TestProgressPoint point{end, t[0], std::nullopt, std::nullopt};
        if (end <= status) {
            point.executed = t[1];
            point.passed = t[2];
        }
        q.test_curve.push_back(point);
    }
}

// Both models; the one that fits better when both give an estimate, else the
// one that gives one, else Gompertz's reason (the model Japanese practice names first).
GrowthResult fit_better(std::span<const double> days, std::span<const double> found) {
    GrowthResult gompertz = fit_growth(GrowthModel::gompertz, days, found);
    GrowthResult logistic = fit_growth(GrowthModel::logistic, days, found);
    if (gompertz.fit && logistic.fit)
        return logistic.fit->r_squared > gompertz.fit->r_squared ? logistic : gompertz;
    if (logistic.fit)
        return logistic;
    return gompertz;
}

void add_defects(QualityFigures& q, const Records& r, Day status, int period_days) {
    q.has_defects = !r.defects.empty();
    if (!q.has_defects)
        return;
    std::optional<Day> first;
    for (const DefectEntry* d : r.defects) {
        if (d->found > status)
            continue;
        first = std::min(first.value_or(d->found), d->found);
        const bool closed = d->closed && *d->closed <= status;
        ++q.defects_found;
        q.defects_closed += closed ? 1 : 0;
        auto severity = std::find_if(q.by_severity.begin(), q.by_severity.end(),
                                     [&](const SeverityCount& s) { return s.severity == d->severity; });
        if (severity == q.by_severity.end())
            severity = q.by_severity.insert(q.by_severity.end(), SeverityCount{d->severity, 0, 0});
        ++severity->found;
        severity->open += closed ? 0 : 1;
    }
    q.defects_open = q.defects_found - q.defects_closed;
    if (!first) {
        q.growth.problem = GrowthProblem::no_defects;
        return;
    }
    std::vector<Day> found_days;
    for (const DefectEntry* d : r.defects)
        if (d->found <= status)
            found_days.push_back(d->found);
    std::sort(found_days.begin(), found_days.end());
    std::vector<double> days;
    std::vector<double> cumulative;
    // Weekly counts; over more than max_curve_periods weeks (dates typed
    // decades apart) every step-th week, so that the fit's work stays bounded.
    const Day first_end = period_end_of(*first, status, period_days);
    const auto periods = static_cast<std::size_t>((status - first_end) / period_days) + 1;
    const Day step = static_cast<Day>((periods + max_curve_periods - 1) / max_curve_periods) * period_days;
    std::vector<Day> ends;
    for (Day end = status; end >= first_end; end -= step)
        ends.push_back(end);
    std::reverse(ends.begin(), ends.end());
    for (Day end : ends) {
        const auto count = std::upper_bound(found_days.begin(), found_days.end(), end) - found_days.begin();
        days.push_back(static_cast<double>(end));
        cumulative.push_back(static_cast<double>(count));
        q.defect_curve.push_back({end, static_cast<double>(count), std::nullopt});
    }
    q.growth = fit_better(days, cumulative);
    q.defect_weeks = days.size();
    if (!q.growth.fit)
        return;
    const std::size_t beyond = std::max<std::size_t>(4, ends.size() / 4);
    for (std::size_t k = 0; k < beyond; ++k)
        q.defect_curve.push_back({status + static_cast<Day>(k + 1) * step, std::nullopt, std::nullopt});
    for (DefectCurvePoint& point : q.defect_curve)
        point.fitted = q.growth.fit->at(static_cast<double>(point.period_end - ends.front()));
}

QualityFigures figures_of(const Records& r, Day status, int period_days) {
    QualityFigures q;
    add_tests(q, r, status, period_days);
    add_defects(q, r, status, period_days);
    return q;
}

}  // namespace

std::optional<QualityStatus> analyse_quality(const Portfolio& portfolio, Day status_date, int period_days) {
    const QualityRecords& records = portfolio.quality;
    if (!records.has_test_sheet && !records.has_defect_sheet)
        return std::nullopt;
    QualityStatus result;
    std::map<std::string_view, Records> by_project;
    Records all;
    for (const TestCount& c : records.test_counts) {
        by_project[c.project_id].counts.push_back(&c);
        all.counts.push_back(&c);
    }
    for (const TestCase& c : records.test_cases) {
        by_project[c.project_id].cases.push_back(&c);
        all.cases.push_back(&c);
    }
    for (const DefectEntry& d : records.defects) {
        by_project[d.project_id].defects.push_back(&d);
        all.defects.push_back(&d);
    }
    // Sizes add up to the portfolio's while every sized project names the same unit.
    double size_sum = 0;
    double sized_found = 0;
    std::optional<std::string> common_unit;
    bool units_agree = true;
    std::map<std::string_view, const ProjectSize*> sizes;
    for (const ProjectSize& size : records.sizes)
        sizes.emplace(size.project_id, &size);
    for (const Project& project : portfolio.projects) {
        const auto found = by_project.find(project.id);
        if (found == by_project.end())
            continue;
        ProjectQuality p{project.id, project.name.empty() ? project.id : project.name,
                         figures_of(found->second, status_date, period_days)};
        if (const auto size = sizes.find(project.id); size != sizes.end() && size->second->size > 0) {
            const ProjectSize& sized = *size->second;
            p.figures.size = sized.size;
            p.figures.size_unit = sized.unit;
            p.figures.density = p.figures.defects_found / sized.size;
            size_sum += sized.size;
            sized_found += p.figures.defects_found;
            units_agree = units_agree && (!common_unit || *common_unit == sized.unit);
            common_unit = sized.unit;
        }
        if (p.figures.has_defects && p.figures.growth.problem)
            result.diagnostics.push_back(
                {Diagnostic::Severity::warning, records.defect_sheet, "",
                 {Msg::growth_no_estimate, {p.name, growth_problem_label(*p.figures.growth.problem)}}});
        result.projects.push_back(std::move(p));
    }
    result.portfolio = figures_of(all, status_date, period_days);
    if (result.portfolio.has_defects && result.portfolio.growth.problem)
        result.diagnostics.push_back({Diagnostic::Severity::warning, records.defect_sheet, "",
                                      {Msg::growth_no_estimate, {Msg::report_quality_portfolio,
                                                                 growth_problem_label(*result.portfolio.growth.problem)}}});
    if (common_unit && units_agree && size_sum > 0) {
        result.portfolio.size = size_sum;
        result.portfolio.size_unit = *common_unit;
        result.portfolio.density = sized_found / size_sum;
    }
    return result;
}

Msg growth_model_label(GrowthModel model) {
    return model == GrowthModel::gompertz ? Msg::growth_model_gompertz : Msg::growth_model_logistic;
}

Msg growth_problem_label(GrowthProblem problem) {
    switch (problem) {
    case GrowthProblem::too_few_points: return Msg::growth_problem_too_few_points;
    case GrowthProblem::not_increasing: return Msg::growth_problem_not_increasing;
    case GrowthProblem::no_defects: return Msg::growth_problem_no_defects;
    case GrowthProblem::did_not_converge: return Msg::growth_problem_did_not_converge;
    case GrowthProblem::not_bending: return Msg::growth_problem_not_bending;
    }
    return Msg::growth_problem_did_not_converge;
}

std::string_view growth_problem_code(GrowthProblem problem) {
    switch (problem) {
    case GrowthProblem::too_few_points: return "too_few_points";
    case GrowthProblem::not_increasing: return "not_increasing";
    case GrowthProblem::no_defects: return "no_defects";
    case GrowthProblem::did_not_converge: return "did_not_converge";
    case GrowthProblem::not_bending: return "not_bending";
    }
    return "did_not_converge";
}

}  // namespace pmocalc
