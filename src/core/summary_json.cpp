#include "summary_json.hpp"

#include <cmath>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "read_summary.hpp"

namespace pmocalc {

namespace {

using Json = nlohmann::ordered_json;

Json number(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json number(const std::optional<double>& value) { return value ? number(*value) : Json(nullptr); }

Json date(const std::optional<Day>& day) { return day ? Json(iso_date(*day)) : Json(nullptr); }

Json rag(const std::optional<Rag>& value) { return value ? Json(std::string(rag_label(*value))) : Json(nullptr); }

void add_figures(Json& json, const EvmFigures& f) {
    json["bac"] = number(f.bac);
    json["pv"] = number(f.pv);
    json["ev"] = number(f.ev);
    json["ac"] = number(f.ac);
    json["sv"] = number(f.sv);
    json["cv"] = number(f.cv);
    json["spi"] = number(f.spi);
    json["cpi"] = number(f.cpi);
    json["eac"] = number(f.eac);
    json["vac"] = number(f.vac);
    json["svt"] = number(f.svt);
    json["spit"] = number(f.spit);
}

// Tasks by the EV method they earned by, and how many fell back to percent complete.
Json earning_rules_json(const EarningCounts& counts) {
    Json json;
    for (std::size_t i = 0; i < counts.by_rule.size(); ++i)
        json[std::string(earning_rule_code(static_cast<EarningRule>(i)))] = counts.by_rule[i];
    json["fell_back"] = counts.fell_back;
    return json;
}

Json forecast_range_json(const ForecastRange& r, const std::optional<double>& recent_spi) {
    Json json;
    json["eac"] = {{"cpi", number(r.eac_cpi)},
                   {"atypical", number(r.eac_atypical)},
                   {"cpi_spi", number(r.eac_cpi_spi)},
                   {"cpi_spit", number(r.eac_cpi_spit)},
                   {"bottom_up", number(r.eac_bottom_up)}};
    json["eac_low"] = number(r.eac_low);
    json["eac_high"] = number(r.eac_high);
    json["finish"] = {{"earned_schedule", date(r.finish_earned_schedule)}, {"recent_spi", date(r.finish_recent_spi)}};
    json["recent_spi"] = number(recent_spi);
    return json;
}

const char* breakdown_code(BreakdownKey key) {
    switch (key) {
    case BreakdownKey::program: return "program";
    case BreakdownKey::department: return "department";
    case BreakdownKey::manager: return "manager";
    case BreakdownKey::assignee: return "assignee";
    }
    return "program";
}

// {"program": [{"name": …, "projects": …, "tasks": …, figures}], …}; a
// breakdown nobody names is absent; the unnamed group's name is null.
Json breakdowns_json(const std::vector<Breakdown>& breakdowns) {
    Json json = Json::object();
    for (const Breakdown& b : breakdowns) {
        Json groups = Json::array();
        for (const BreakdownGroup& g : b.groups) {
            Json group;
            group["name"] = g.name.empty() ? Json(nullptr) : Json(g.name);
            group["projects"] = g.projects;
            group["tasks"] = g.tasks;
            add_figures(group, g.figures);
            groups.push_back(std::move(group));
        }
        json[breakdown_code(b.key)] = std::move(groups);
    }
    return json;
}

// {"lessons": n, "projects": n, "categories": [...], "matched_risks": [...]}.
// Each link with its figures, and per project whose slip propagates the projects it reaches.
Json cross_project_json(const CrossProjectAnalysis& c) {
    Json links = Json::array();
    for (const CrossProjectLinkFigures& f : c.links)
        links.push_back({{"from_project", f.link.from_project},
                         {"from_task", f.link.from_task},
                         {"to_project", f.link.to_project},
                         {"to_task", f.link.to_task},
                         {"type", std::string(link_type_code(f.link.type))},
                         {"lag_days", number(f.link.lag)},
                         {"predecessor_forecast_finish", iso_date(f.predecessor_finish)},
                         {"successor_planned_start", iso_date(f.successor_start)},
                         {"push_days", number(f.push)},
                         {"slack_days", number(f.slack)},
                         {"propagates", f.propagates()}});
    Json projects = Json::array();
    for (const ProjectReach& r : c.projects)
        projects.push_back({{"project", r.project}, {"direct", r.direct}, {"reaches", r.reaches}});
    return {{"links", std::move(links)}, {"projects", std::move(projects)}};
}

Json lessons_json(const LessonsAnalysis& l, const Portfolio& portfolio) {
    Json json;
    json["lessons"] = l.lessons;
    json["projects"] = l.projects;
    Json phases = Json::array();
    for (const std::string& phase : l.phases)
        phases.push_back(phase.empty() ? Json(nullptr) : Json(phase));
    json["phases"] = std::move(phases);
    Json categories = Json::array();
    for (const LessonCategory& c : l.categories)
        categories.push_back({{"name", c.name.empty() ? Json(nullptr) : Json(c.name)},
                              {"lessons", c.lessons},
                              {"projects", c.projects},
                              {"by_phase", c.by_phase},
                              {"recurs", c.recurs}});
    json["categories"] = std::move(categories);
    Json matched = Json::array();
    for (const RiskLessonMatch& m : l.matched_risks) {
        const RiskEntry& risk = portfolio.risks[m.risk];
        matched.push_back({{"project", risk.project_id},
                           {"risk", risk.id},
                           {"title", risk.title},
                           {"category", risk.category},
                           {"exposure", number(m.exposure)},
                           {"lessons", l.categories[m.category].lessons}});
    }
    json["matched_risks"] = std::move(matched);
    json["risks_with_category"] = l.risks_with_category;
    return json;
}

// Where the report's status date came from: chosen, the workbook's, or today.
const char* status_date_source(const Assessment& assessment) {
    if (assessment.status_date_chosen)
        return "chosen";
    switch (assessment.portfolio.status_date_source) {
    case StatusDateSource::label: return "label";
    case StatusDateSource::gantt: return "gantt";
    case StatusDateSource::file_name: return "file_name";
    case StatusDateSource::update: return "update";
    case StatusDateSource::periods: return "periods";
    case StatusDateSource::none: return "today";
    }
    return "today";
}

const char* ignored_code(TableRead::Ignored ignored) {
    switch (ignored) {
    case TableRead::Ignored::no: return "";
    case TableRead::Ignored::unknown_table: return "no_table";
    case TableRead::Ignored::report_sheet: return "report_sheet";
    case TableRead::Ignored::history_sheet: return "history_sheet";
    case TableRead::Ignored::map_skipped: return "column_map";
    case TableRead::Ignored::empty: return "empty";
    case TableRead::Ignored::earlier_copy: return "earlier_copy";
    }
    return "";
}

// What pmocalc read: each table (sheet, range, kind, which column became
// which field, rows read and left out, the weighting) and each sheet not read.
Json read_json(const Portfolio& portfolio) {
    Json tables = Json::array();
    for (const TableRead& read : portfolio.tables_read) {
        Json table;
        table["sheet"] = read.sheet;
        if (read.ignored != TableRead::Ignored::no) {
            table["read"] = false;
            table["reason"] = ignored_code(read.ignored);
            if (read.ignored == TableRead::Ignored::unknown_table || read.ignored == TableRead::Ignored::earlier_copy)
                table["range"] = range_text(read);
            tables.push_back(std::move(table));
            continue;
        }
        table["read"] = true;
        table["range"] = range_text(read);
        table["header_rows"] = read.header_rows;
        table["kind"] = std::string(table_kind_code(read.kind));
        table["kind_from_map"] = read.kind_mapped;
        Json columns = Json::array();
        for (const ColumnRead& c : read.columns) {
            const std::string address = cell_address(0, c.column);
            columns.push_back({{"column", address.substr(0, address.size() - 1)},
                               {"header", c.header},
                               {"field", std::string(field_code(c.field))},
                               {"from_map", c.mapped}});
        }
        table["columns"] = std::move(columns);
        table["rows_read"] = read.rows_read;
        table["rows_skipped"] = read.rows_skipped;
        if (read.kind == TableKind::tasks) {
            table["summary_rows"] = read.summary_rows;
            table["undated_rows"] = read.undated_rows;
            table["weighting"] = read.weighting ? Json(std::string(weighting_code(*read.weighting))) : Json(nullptr);
            table["outline"] = std::string(outline_code(read.outline));
        }
        if (!read.project.empty())
            table["project"] = read.project;
        tables.push_back(std::move(table));
    }
    return tables;
}

const char* severity(Diagnostic::Severity s) {
    switch (s) {
    case Diagnostic::Severity::error: return "error";
    case Diagnostic::Severity::warning: return "warning";
    case Diagnostic::Severity::note: return "note";
    }
    return "error";
}

const char* estimates_code(EstimateSource source) {
    switch (source) {
    case EstimateSource::three_point: return "three_point";
    case EstimateSource::uncertainty: return "uncertainty";
    case EstimateSource::mixed: return "mixed";
    }
    return "uncertainty";
}

Json task_figures(const ProjectSchedule& schedule, const Portfolio& portfolio, const std::vector<TaskFigure>& figures) {
    Json out = Json::array();
    for (const TaskFigure& f : figures) {
        const Task& task = portfolio.tasks[schedule.tasks[f.task].task];
        out.push_back({{"id", task.id}, {"name", task.name}, {"value", number(f.value)}});
    }
    return out;
}

// The schedule network of a project: null without one, {"network": "problems"} when its links are broken.
Json schedule_json(const ProjectSchedule* schedule, const Portfolio& portfolio) {
    if (!schedule)
        return nullptr;
    Json json;
    json["network"] = schedule->network_ok ? "ok" : "problems";
    if (!schedule->network_ok)
        return json;
    json["tasks"] = schedule->tasks.size();
    json["links"] = schedule->links;
    json["start"] = iso_date(schedule->start);
    json["early_finish"] = iso_date(schedule->early_finish);
    json["length_working_days"] = number(schedule->length);
    json["baseline_finish"] = iso_date(schedule->baseline_finish);
    json["finish_float"] = number(schedule->finish_float);
    // The JSON grows with the report, not with a network of a hundred thousand tasks.
    constexpr std::size_t critical_path_listed = 1000;
    Json path = Json::array();
    for (std::size_t i = 0; i < schedule->critical_path.size() && i < critical_path_listed; ++i)
        path.push_back(portfolio.tasks[schedule->tasks[schedule->critical_path[i]].task].id);
    json["critical_path"] = std::move(path);
    json["critical_path_tasks"] = schedule->critical_path.size();
    if (const auto& risk = schedule->risk) {
        Json r;
        r["estimates"] = estimates_code(risk->estimates);
        if (risk->estimates != EstimateSource::three_point)
            r["uncertainty"] = {{"low", number(risk->uncertainty.low)}, {"high", number(risk->uncertainty.high)}};
        r["iterations"] = risk->iterations;
        r["iterations_reduced"] = risk->iterations_reduced;
        r["seed"] = risk->seed;
        r["risk_events"] = risk->events;
        r["p50"] = iso_date(risk->p50);
        r["p80"] = iso_date(risk->p80);
        r["p95"] = iso_date(risk->p95);
        r["probability_on_time"] = number(risk->probability_on_time);
        r["criticality"] = task_figures(*schedule, portfolio, risk->criticality);
        r["sensitivity"] = task_figures(*schedule, portfolio, risk->sensitivity);
        json["risk"] = std::move(r);
    } else {
        json["risk"] = nullptr;
    }
    Json health = Json::array();
    for (const HealthCheck& check : schedule->health) {
        Json h;
        h["check"] = std::string(health_check_code(check.id));
        h["status"] = std::string(health_status_code(check.status));
        h["threshold"] = check.threshold;
        h["count"] = check.count ? Json(*check.count) : Json(nullptr);
        h["of"] = check.total ? Json(*check.total) : Json(nullptr);
        h["value"] = number(check.value);
        health.push_back(std::move(h));
    }
    json["health"] = std::move(health);
    return json;
}

// Choosing projects: the ranking and, with a budget, the chosen set, its
// totals and each left-out candidate's overrun; null without a Criteria sheet.
Json selection_json(const ProjectChoice& choice, Language language) {
    if (!choice.applies)
        return nullptr;
    Json json;
    json["budget"] = choice.budget ? Json(*choice.budget) : Json(nullptr);
    json["people_limit"] = choice.people_limit ? Json(*choice.people_limit) : Json(nullptr);
    Json ranking = Json::array();
    for (const RankedProject& p : choice.projects) {
        Json entry{{"project_id", p.id},
                   {"score", number(p.score)},
                   {"rank", p.rank},
                   {"cost", number(p.cost)},
                   {"cost_source", p.cost_is_bac ? "bac" : "cost_estimate"},
                   {"people", number(p.people)},
                   {"missing_scores", p.missing_scores},
                   {"candidate", p.candidate}};
        if (choice.selected && p.candidate) {
            entry["chosen"] = p.chosen;
            entry["over_budget"] = p.over_budget ? Json(number(*p.over_budget)) : Json(nullptr);
            entry["over_people_limit"] = p.over_people ? Json(number(*p.over_people)) : Json(nullptr);
        }
        ranking.push_back(std::move(entry));
    }
    json["ranking"] = std::move(ranking);
    if (choice.selected) {
        Json chosen = Json::array();
        for (const RankedProject& p : choice.projects)
            if (p.chosen)
                chosen.push_back(p.id);
        json["chosen"] = std::move(chosen);
        json["total_score"] = number(choice.total_score);
        json["total_cost"] = number(choice.total_cost);
        json["total_people"] = number(choice.total_people);
        json["proof"] = choice.proof == SelectionProof::optimal               ? "optimal"
                        : choice.proof == SelectionProof::optimal_tie_unsettled ? "optimal_tie_unsettled"
                                                                               : "not_proven";
    } else {
        json["chosen"] = nullptr;
    }
    Json notes = Json::array();
    for (const Message& note : choice.notes)
        notes.push_back(note.render(language));
    json["notes"] = std::move(notes);
    return json;
}

// Test progress, defects and the reliability growth fit of a project or the portfolio.
Json quality_json(const QualityFigures& q) {
    Json json;
    if (q.has_tests)
        json["tests"] = {{"planned", number(q.tests_planned)},
                         {"executed", number(q.tests_executed)},
                         {"passed", number(q.tests_passed)},
                         {"planned_total", number(q.tests_planned_total)},
                         {"execution_rate", number(q.execution_rate)},
                         {"pass_rate", number(q.pass_rate)}};
    else
        json["tests"] = nullptr;
    if (!q.has_defects) {
        json["defects"] = nullptr;
        return json;
    }
    Json defects;
    defects["found"] = q.defects_found;
    defects["closed"] = q.defects_closed;
    defects["open"] = q.defects_open;
    Json severities = Json::array();
    for (const SeverityCount& s : q.by_severity)
        severities.push_back({{"severity", s.severity}, {"found", s.found}, {"open", s.open}});
    defects["by_severity"] = std::move(severities);
    defects["size"] = number(q.size);
    defects["size_unit"] = q.size ? Json(q.size_unit) : Json(nullptr);
    defects["density"] = number(q.density);
    Json growth;
    if (const auto& fit = q.growth.fit) {
        growth["model"] = std::string(growth_model_code(fit->model));
        growth["estimated_total"] = number(fit->estimated_total);
        growth["latent"] = number(fit->latent);
        growth["convergence"] = number(fit->convergence);
        growth["r_squared"] = number(fit->r_squared);
        growth["problem"] = nullptr;
    } else {
        growth["model"] = nullptr;
        growth["estimated_total"] = nullptr;
        growth["latent"] = nullptr;
        growth["convergence"] = nullptr;
        growth["r_squared"] = nullptr;
        growth["problem"] = q.growth.problem ? Json(std::string(growth_problem_code(*q.growth.problem))) : Json(nullptr);
    }
    growth["weeks"] = q.defect_weeks;
    defects["reliability_growth"] = std::move(growth);
    json["defects"] = std::move(defects);
    return json;
}

// People across projects: every person, every person-week over capacity with
// its causes, the heat map's weeks (loads as fractions: 1 = one full-time person).
Json people_json(const ResourceLoad& load) {
    Json json;
    json["first_week"] = iso_date(load.first_week);
    json["last_week"] = iso_date(load.last_week);
    json["overload_tolerance"] = overload_tolerance;
    json["assignments"] = load.assignments;
    json["defaulted_capacities"] = load.defaulted_capacities;
    Json weeks = Json::array();
    for (std::size_t w = 0; w < load.heat_weeks; ++w)
        weeks.push_back(iso_date(load.heat_first_week + 7 * static_cast<Day>(w)));
    json["heat_map_weeks"] = std::move(weeks);
    Json people = Json::array();
    for (const PersonLoad& p : load.people) {
        Json heat = Json::array();
        for (double value : p.heat)
            heat.push_back(number(value));
        people.push_back({{"name", p.name},
                          {"department", p.department},
                          {"capacity", number(p.capacity)},
                          {"capacity_defaulted", p.capacity_defaulted},
                          {"peak_load", number(p.peak_load)},
                          {"peak_week", iso_date(p.peak_week)},
                          {"weeks_over", p.weeks_over},
                          {"heat_map", std::move(heat)}});
    }
    json["people"] = std::move(people);
    Json overloads = Json::array();
    for (const Overload& o : load.overloads) {
        Json causes = Json::array();
        for (const LoadContribution& c : o.causes)
            causes.push_back({{"project", c.project_id},
                              {"task", c.task_id},
                              {"task_name", c.task_name},
                              {"allocation", number(c.allocation)},
                              {"load", number(c.load)}});
        overloads.push_back({{"person", load.people[o.person].name},
                             {"week", iso_date(o.week)},
                             {"load", number(o.load)},
                             {"capacity", number(o.capacity)},
                             {"load_of_capacity", number(o.of_capacity())},
                             {"causes", std::move(causes)}});
    }
    json["overloads"] = std::move(overloads);
    return json;
}

}  // namespace

Json trend_json(const Trend& trend) {
    Json points = Json::array();
    for (const TrendPoint& p : trend.points)
        points.push_back({{"date", iso_date(p.date)},
                          {"bac", number(p.bac)},
                          {"pv", number(p.pv)},
                          {"ev", number(p.ev)},
                          {"ac", number(p.ac)},
                          {"spi", number(p.spi)},
                          {"cpi", number(p.cpi)},
                          {"spit", number(p.spit)},
                          {"period_spi", number(p.period_spi)},
                          {"period_cpi", number(p.period_cpi)},
                          {"eac", number(p.eac)},
                          {"baseline_finish", date(p.baseline_finish)},
                          {"forecast_finish", date(p.forecast_finish)},
                          {"rebaselined", p.rebaselined}});
    return points;
}

const char* change_code(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::added: return "added";
    case ChangeKind::removed: return "removed";
    case ChangeKind::renamed: return "renamed";
    case ChangeKind::progressed: return "progressed";
    case ChangeKind::stalled: return "stalled";
    case ChangeKind::newly_late: return "newly_late";
    }
    return "";
}

// The recorded status dates, the trends, re-baselines and changes.
Json history_json(const Assessment& assessment) {
    const HistoryAnalysis& h = assessment.status->history;
    Json json;
    const std::string sheet = history_sheet_to_write(assessment);
    json["sheet"] = sheet.empty() ? Json(nullptr) : Json(sheet);
    Json dates = Json::array();
    for (const Day d : h.dates)
        dates.push_back(iso_date(d));
    json["dates"] = std::move(dates);
    json["tasks_left_out"] = h.tasks_left_out;
    json["portfolio"] = trend_json(h.portfolio);
    Json projects = Json::array();
    for (const Trend& t : h.projects)
        projects.push_back({{"id", t.project_id}, {"name", t.name}, {"points", trend_json(t)}});
    json["projects"] = std::move(projects);
    Json rebaselines = Json::array();
    for (const Rebaseline& r : h.rebaselines)
        rebaselines.push_back({{"project", r.project_id},
                               {"from", iso_date(r.previous_date)},
                               {"to", iso_date(r.date)},
                               {"bac_before", number(r.bac_before)},
                               {"bac_after", number(r.bac_after)},
                               {"baseline_finish_before", date(r.finish_before)},
                               {"baseline_finish_after", date(r.finish_after)},
                               {"spi_before", number(r.spi_before)},
                               {"spi_after", number(r.spi_after)}});
    json["rebaselines"] = std::move(rebaselines);
    Json milestone_trends = Json::array();
    for (const MilestoneTrend& t : assessment.status->milestone_trends) {
        Json points = Json::array();
        for (const MilestonePoint& p : t.points)
            points.push_back({{"date", iso_date(p.status_date)}, {"forecast", iso_date(p.forecast)}});
        milestone_trends.push_back({{"project", t.subject.project_id},
                                    {"task", t.subject.task_id.empty() ? Json(nullptr) : Json(t.subject.task_id)},
                                    {"name", t.subject.name},
                                    {"baseline_finish", date(t.baseline_finish)},
                                    {"points", std::move(points)},
                                    {"slip_per_week", number(t.slip_per_week)},
                                    {"recent_slip_per_week", number(t.recent_slip_per_week)},
                                    {"earlier_slip_per_week", number(t.earlier_slip_per_week)},
                                    {"accelerating", t.accelerating}});
    }
    json["milestone_trends"] = std::move(milestone_trends);
    json["previous_date"] = date(h.previous_date);
    Json changes = Json::array();
    for (const TaskChange& c : h.changes) {
        Json change{{"kind", change_code(c.kind)}, {"project", c.project_id}, {"task", c.task_id}, {"name", c.name}};
        if (c.kind == ChangeKind::renamed)
            change["old_name"] = c.old_name;
        if (c.kind == ChangeKind::progressed) {
            change["percent_before"] = number(c.percent_before);
            change["percent_after"] = number(c.percent_after);
        }
        if (c.kind == ChangeKind::stalled) {
            change["periods_without_progress"] = c.periods_without_progress;
            change["stalled_since"] = iso_date(c.stalled_since);
            change["percent"] = number(c.percent_after);
        }
        if (c.kind == ChangeKind::newly_late) {
            change["baseline_finish"] = date(c.baseline_finish);
            change["forecast_finish"] = date(c.forecast_finish);
        }
        changes.push_back(std::move(change));
    }
    json["changes"] = std::move(changes);
    return json;
}

namespace {

// A roll-up's files: what each held, whether it counted, and what was said of it.
void add_roll_up(Json& json, const RollUp& roll, Language language) {
    Json sources = Json::array();
    for (const SourceRecord& s : roll.sources) {
        Json projects = Json::array();
        for (const SourceProject& p : s.projects)
            projects.push_back({{"id", p.id}, {"name", p.name}, {"status_date", date(p.status_date)}, {"counted", p.counted}});
        Json reasons = Json::array();
        for (const Message& m : s.reasons)
            reasons.push_back(m.render(language));
        Json source{{"file", s.file.name},
                    {"path", s.file.path},
                    {"modified", s.file.modified},
                    {"counted", s.counted()},
                    {"flags", source_flag_codes(s.flags)},
                    {"reason", reasons.empty() ? Json(nullptr) : Json(reasons.front())},
                    {"reasons", std::move(reasons)},
                    {"unit", s.unit},
                    {"weighting", std::string(weighting_code(s.weighting))},
                    {"rate", s.rate ? Json(*s.rate) : Json(nullptr)},
                    {"status_date", date(s.status_date)},
                    {"projects", std::move(projects)},
                    {"errors", s.problems.errors},
                    {"warnings", s.problems.warnings},
                    {"notes", s.problems.notes},
                    {"tables", s.tables}};
        if (s.apart) {
            Json apart;
            add_figures(apart, *s.apart);
            source["apart"] = std::move(apart);
        }
        sources.push_back(std::move(source));
    }
    Json missing = Json::array();
    for (const MissingProject& m : roll.missing)
        missing.push_back({{"project_id", m.project_id},
                           {"name", m.name},
                           {"last_status_date", iso_date(m.last_status_date)},
                           {"file", m.file},
                           {"file_unreadable", m.unreadable}});
    json["roll_up"] = {{"status_date", iso_date(roll.status_date)},
                       {"previous_status_date", date(roll.previous_status_date)},
                       {"stale_days", roll.stale_days},
                       {"unit", roll.unit},
                       {"weighting", std::string(weighting_code(roll.weighting))}};
    json["sources"] = std::move(sources);
    json["missing"] = std::move(missing);
}

}  // namespace

std::string summary_json(const Assessment& assessment, const SummaryContext& context) {
    const PortfolioStatus& status = *assessment.status;
    Json json;
    json["input"] = context.input;
    json["report_sheet"] = context.report_sheet;
    json["language"] = std::string(language_code(assessment.language));
    json["status_date"] = iso_date(status.status_date);
    json["status_date_source"] = status_date_source(assessment);
    json["unit"] = assessment.portfolio.unit;
    json["weighting"] = std::string(weighting_code(assessment.portfolio.weighting));
    json["es_period"] = status.es_period == EsPeriod::weeks ? "weeks" : "working_days";
    const ProblemCounts counts = count_problems(assessment.portfolio.diagnostics);
    json["problems"] = {{"errors", counts.errors}, {"warnings", counts.warnings}, {"notes", counts.notes}};
    Json portfolio;
    add_figures(portfolio, status.figures);
    portfolio["forecast_finish"] = date(status.forecast_finish);
    portfolio["forecast_method"] =
        status.forecast_method ? Json(std::string(forecast_method_code(*status.forecast_method))) : Json(nullptr);
    portfolio["rag"] = rag(status.rag);
    portfolio["forecast_range"] = forecast_range_json(status.forecast_range, std::nullopt);
    portfolio["earning_rules"] = earning_rules_json(status.earning);
    json["portfolio"] = std::move(portfolio);
    std::unordered_map<std::string_view, const ProjectSchedule*> schedules;
    for (const ProjectSchedule& schedule : status.schedules)
        schedules.emplace(schedule.project_id, &schedule);
    std::unordered_map<std::string_view, const ProjectQuality*> qualities;
    if (status.quality)
        for (const ProjectQuality& q : status.quality->projects)
            qualities.emplace(q.project_id, &q);
    Json projects = Json::array();
    for (const ProjectStatus& p : status.projects) {
        Json project;
        project["id"] = p.project.id;
        project["name"] = p.project.name;
        project["program"] = p.project.program;
        project["tasks"] = p.task_count;
        add_figures(project, p.figures);
        project["baseline_finish"] = date(p.baseline_finish);
        project["forecast_finish"] = date(p.forecast_finish);
        project["forecast_method"] = std::string(forecast_method_code(p.forecast_method));
        project["slip_days"] = p.slip_days;
        project["open_issues"] = p.open_issues;
        project["overdue_issues"] = p.overdue_issues;
        project["open_risks"] = p.open_risks;
        project["risk_exposure"] = number(p.risk_exposure);
        project["pending_changes"] = p.pending_changes;
        project["rag"] = rag(p.rag);
        project["forecast_range"] = forecast_range_json(p.forecast_range, p.recent_spi);
        project["earning_rules"] = earning_rules_json(p.earning);
        const auto schedule = schedules.find(p.project.id);
        project["schedule"] = schedule_json(schedule == schedules.end() ? nullptr : schedule->second,
                                            assessment.portfolio);
        const auto quality = qualities.find(p.project.id);
        project["quality"] = quality == qualities.end() ? Json(nullptr) : quality_json(quality->second->figures);
        projects.push_back(std::move(project));
    }
    json["projects"] = std::move(projects);
    json["risks"] = {{"count", status.risk_count},
                     {"open", status.open_risks},
                     {"exposure", number(status.risk_exposure)},
                     {"emv", number(status.risk_emv)}};
    json["issues"] = {{"count", assessment.portfolio.issues.size()},
                      {"open", status.open_issues},
                      {"overdue", status.overdue_issues},
                      {"aging",
                       {{"0-7", status.issue_aging[0]},
                        {"8-30", status.issue_aging[1]},
                        {"31-90", status.issue_aging[2]},
                        {"90+", status.issue_aging[3]}}}};
    json["change_requests"] = {{"pending", status.pending_changes}};
    json["slipped_milestones"] = status.slipped_milestones.size();
    json["history"] = history_json(assessment);
    json["quality"] = status.quality ? quality_json(status.quality->portfolio) : Json(nullptr);
    json["breakdowns"] = breakdowns_json(status.breakdowns);
    json["lessons"] = status.lessons ? lessons_json(*status.lessons, assessment.portfolio) : Json(nullptr);
    json["people"] = status.people ? people_json(*status.people) : Json(nullptr);
    json["selection"] = selection_json(assessment.choice, assessment.language);
    json["cross_project"] = status.cross_project ? cross_project_json(*status.cross_project) : Json(nullptr);
    json["read"] = read_json(assessment.portfolio);
    const Portfolio& p = assessment.portfolio;
    json["records"] = {{"tasks", p.tasks.size()},
                       {"risks", p.risks.size()},
                       {"issues", p.issues.size()},
                       {"changes", p.changes.size()},
                       {"defects", p.quality.defects.size()},
                       {"tests", p.quality.test_counts.size() + p.quality.test_cases.size()},
                       {"periods", p.periods.size()},
                       {"lessons", p.lessons.size()},
                       {"holidays", p.holidays.size()}};
    Json diagnostics = Json::array();
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        diagnostics.push_back({{"sheet", d.sheet},
                               {"cell", d.cell},
                               {"severity", severity(d.severity)},
                               {"code", std::string(code(d.message.id))},
                               {"row_skipped", d.row_skipped},
                               {"message", d.text(assessment.language)}});
    json["diagnostics"] = std::move(diagnostics);
    if (assessment.roll_up)
        add_roll_up(json, *assessment.roll_up, assessment.language);
    // Invalid UTF-8 from a workbook is replaced rather than failing the whole summary.
    return json.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace pmocalc
