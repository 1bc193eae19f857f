// The schedule: a row per project with a network (its finish, float, P50 to
// P95 and health), then the projects least likely to meet their baseline
// finish in detail, each with its finish curve and tornado.
#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// The schedule summary, one row per project with a network.
enum ScheduleSummaryColumn : std::size_t { summary_project_id, summary_project, summary_tasks, summary_start,
                                           summary_finish, summary_baseline, summary_float, summary_p50, summary_p80,
                                           summary_p95, summary_on_time, summary_failed, summary_path,
                                           summary_column_count };
constexpr std::array<Msg, summary_column_count> schedule_summary_headers{
    Msg::header_project_id, Msg::header_project_name, Msg::header_tasks, Msg::header_network_start,
    Msg::header_early_finish, Msg::header_baseline_finish, Msg::header_finish_float, Msg::header_p50,
    Msg::header_p80, Msg::header_p95, Msg::header_on_time, Msg::header_health_failed, Msg::report_critical_path};

enum ScheduleTaskColumn : std::size_t { task_column_id, task_column_name, task_column_criticality,
                                        task_column_sensitivity, task_column_early_start, task_column_early_finish,
                                        task_column_late_start, task_column_late_finish, task_column_total_float,
                                        task_column_free_float, task_column_count };
constexpr std::array<Msg, task_column_count> schedule_task_headers{
    Msg::header_task_id, Msg::header_task, Msg::header_criticality, Msg::header_sensitivity,
    Msg::header_early_start, Msg::header_early_finish_task, Msg::header_late_start, Msg::header_late_finish,
    Msg::header_total_float, Msg::header_free_float};

enum HealthColumn : std::size_t { health_result, health_check, health_threshold, health_count, health_total,
                                  health_value, health_note, health_column_count };
constexpr std::array<Msg, health_column_count> health_headers{
    Msg::header_result, Msg::header_check, Msg::header_threshold, Msg::header_count, Msg::header_of,
    Msg::header_value, Msg::header_message};

// Projects whose schedule is shown in detail, each with its two charts.
constexpr std::size_t max_schedule_details = 3;
constexpr std::size_t schedule_chart_rows = 16;

class ScheduleSection : Section {
public:
    using Section::Section;

    // One row per project with a network, then the details of the projects
    // least likely to meet their baseline finish (bounded: the report grows
    // with the number of projects, not with their networks).
    void schedules() {
        if (status.schedules.empty())
            return;
        heading(Msg::report_schedule);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        const std::size_t header = new_row();
        column_headers(header, 0, schedule_summary_headers);
        layout.schedule_first_row = header + 1;
        for (const ProjectSchedule& schedule : status.schedules) {
            const std::size_t row = new_row();
            put(row, summary_project_id, schedule.project_id);
            put(row, summary_project, schedule_name(schedule));
            format(row, summary_project_id, 1, 2, CellFormat::text);
            if (!schedule.network_ok) {
                put(row, summary_tasks, label(Msg::report_no_schedule_figures));
                format(row, summary_tasks, 1, 1, CellFormat::diagnostic_error);
                continue;
            }
            put(row, summary_tasks, static_cast<double>(schedule.tasks.size()));
            put(row, summary_start, day_cell(schedule.start));
            put(row, summary_finish, day_cell(schedule.early_finish));
            put(row, summary_baseline, day_cell(schedule.baseline_finish));
            put(row, summary_float, schedule.finish_float);
            if (schedule.risk) {
                put(row, summary_p50, day_cell(schedule.risk->p50));
                put(row, summary_p80, day_cell(schedule.risk->p80));
                put(row, summary_p95, day_cell(schedule.risk->p95));
                put(row, summary_on_time, schedule.risk->probability_on_time);
            } else {
                for (std::size_t c = summary_p50; c <= summary_on_time; ++c)
                    put(row, c, label(Msg::not_defined));
            }
            const auto failed = std::count_if(schedule.health.begin(), schedule.health.end(),
                                              [](const HealthCheck& h) { return h.status == HealthStatus::fail; });
            put(row, summary_failed, static_cast<double>(failed));
            put(row, summary_path, path_text(schedule));
            format(row, summary_tasks, 1, 1, CellFormat::count);
            format(row, summary_start, 1, 3, CellFormat::date);
            format(row, summary_float, 1, 1, CellFormat::days);
            format(row, summary_p50, 1, 3, CellFormat::date);
            format(row, summary_on_time, 1, 1, CellFormat::percent);
            format(row, summary_failed, 1, 1, CellFormat::count);
            format(row, summary_path, 1, 1, CellFormat::label);
        }
        std::vector<const ProjectSchedule*> detailed;
        for (const ProjectSchedule& schedule : status.schedules)
            if (schedule.network_ok && !schedule.tasks.empty())
                detailed.push_back(&schedule);
        const std::size_t with_network = detailed.size();
        const auto likelihood = [](const ProjectSchedule* s) {
            return s->risk ? s->risk->probability_on_time : 2.0;  // unsimulated after the simulated
        };
        std::stable_sort(detailed.begin(), detailed.end(), [&](const ProjectSchedule* a, const ProjectSchedule* b) {
            return likelihood(a) < likelihood(b) || (likelihood(a) == likelihood(b) && a->finish_float < b->finish_float);
        });
        if (detailed.size() > max_schedule_details)
            detailed.resize(max_schedule_details);
        if (with_network > detailed.size()) {
            const std::size_t row = new_row();
            put(row, 0, Message{Msg::schedule_details_bounded, {detailed.size(), with_network}}.render(options.language));
            format(row, 0, 1, 1, CellFormat::note);
        }
        // The first detail follows the summary on its page; each other starts one.
        for (std::size_t i = 0; i < detailed.size(); ++i)
            schedule_detail(*detailed[i], i > 0);
    }

private:
    const ProjectStatus* project_status(const std::string& id) const {
        for (const ProjectStatus& p : status.projects)
            if (p.project.id == id)
                return &p;
        return nullptr;
    }

    std::string schedule_name(const ProjectSchedule& schedule) const {
        const ProjectStatus* p = project_status(schedule.project_id);
        return p && !p->project.name.empty() ? p->project.name : schedule.project_id;
    }

    const Task& task_of(const ProjectSchedule& schedule, std::size_t t) const {
        return portfolio.tasks[schedule.tasks[t].task];
    }

    // "A → B → C", at most critical_path_shown IDs.
    std::string path_text(const ProjectSchedule& schedule) const {
        constexpr std::size_t critical_path_shown = 20;
        std::string text;
        const std::size_t shown = std::min(schedule.critical_path.size(), critical_path_shown);
        for (std::size_t i = 0; i < shown; ++i) {
            if (i > 0)
                text += " \u2192 ";
            text += task_of(schedule, schedule.critical_path[i]).id;
        }
        if (shown < schedule.critical_path.size())
            return Message{Msg::report_critical_path_more,
                           {MessageArg::rendered(text), schedule.critical_path.size() - shown}}
                .render(options.language);
        return text;
    }

    Msg estimates_message(EstimateSource source) const {
        switch (source) {
        case EstimateSource::three_point: return Msg::estimates_three_point;
        case EstimateSource::uncertainty: return Msg::estimates_uncertainty;
        case EstimateSource::mixed: return Msg::estimates_mixed;
        }
        return Msg::estimates_uncertainty;
    }

    void schedule_detail(const ProjectSchedule& schedule, bool new_page) {
        const std::string name = schedule_name(schedule);
        new_row();
        if (new_page)
            layout.page_breaks.push_back(layout.rows.size());
        const std::size_t title = new_row();
        put(title, 0, Message{Msg::report_schedule_project, {name}}.render(options.language));
        format(title, 0, 1, 1, CellFormat::heading);
        if (const auto& risk = schedule.risk) {
            const Message estimates{estimates_message(risk->estimates),
                                    {MessageArg::percent(risk->uncertainty.low), MessageArg::percent(risk->uncertainty.high)}};
            note_lines(Message{Msg::report_schedule_basis,
                               {risk->iterations, std::to_string(risk->seed), estimates, risk->events}}
                           .render(options.language));
        } else {
            note_lines(label(Msg::report_schedule_basis_no_risk));
        }
        const std::size_t path = new_row();
        put(path, 0, label(Msg::report_critical_path));
        put(path, 1, path_text(schedule));
        format(path, 0, 1, 1, CellFormat::label);

        // The tasks that most often drove the finish, else the critical path's first.
        std::vector<std::size_t> shown;
        if (schedule.risk)
            for (const TaskFigure& f : schedule.risk->criticality)
                shown.push_back(f.task);
        const bool by_criticality = !shown.empty();
        if (!by_criticality)
            for (std::size_t t : schedule.critical_path)
                if (shown.size() < top_tasks)
                    shown.push_back(t);
        const std::size_t caption = new_row();
        put(caption, 0, label(by_criticality ? Msg::report_top_critical : Msg::report_critical_tasks));
        format(caption, 0, 1, 1, CellFormat::label);
        const std::size_t header = new_row();
        column_headers(header, 0, schedule_task_headers);
        for (std::size_t t : shown) {
            const ScheduledTask& s = schedule.tasks[t];
            const Task& task = task_of(schedule, t);
            const std::size_t row = new_row();
            put(row, task_column_id, task.id);
            put(row, task_column_name, task.name);
            put(row, task_column_criticality, criticality_of(schedule, t));
            put(row, task_column_sensitivity, sensitivity_of(schedule, t));
            put(row, task_column_early_start, day_cell(s.early_start));
            put(row, task_column_early_finish, day_cell(s.early_finish));
            put(row, task_column_late_start, day_cell(s.late_start));
            put(row, task_column_late_finish, day_cell(s.late_finish));
            put(row, task_column_total_float, s.total_float);
            put(row, task_column_free_float, s.free_float);
        }
        if (!shown.empty()) {
            const std::size_t first = header + 1;
            const std::size_t n = shown.size();
            format(first, task_column_id, n, 2, CellFormat::text);
            format(first, task_column_criticality, n, 1, CellFormat::percent);
            format(first, task_column_sensitivity, n, 1, CellFormat::index);
            format(first, task_column_early_start, n, 4, CellFormat::date);
            format(first, task_column_total_float, n, 2, CellFormat::periods);
        }
        health_table(schedule);
        if (schedule.risk)
            schedule_charts(schedule, name);
    }

    // Shown for the most critical tasks, or for the first of the critical path when not simulated.
    Cell criticality_of(const ProjectSchedule& schedule, std::size_t task) const {
        if (schedule.risk)
            for (const TaskFigure& f : schedule.risk->criticality)
                if (f.task == task)
                    return f.value;
        return label(Msg::not_defined);
    }

    Cell sensitivity_of(const ProjectSchedule& schedule, std::size_t task) const {
        if (!schedule.risk)
            return label(Msg::not_defined);
        return schedule.risk->sensitivity_of_task[task];
    }

    void health_table(const ProjectSchedule& schedule) {
        new_row();
        const std::size_t caption = new_row();
        put(caption, 0, label(Msg::report_health));
        format(caption, 0, 1, 1, CellFormat::label);
        const std::size_t header = new_row();
        column_headers(header, 0, health_headers);
        for (const HealthCheck& check : schedule.health) {
            const std::size_t row = new_row();
            const Msg result = check.status == HealthStatus::pass   ? Msg::health_pass
                               : check.status == HealthStatus::fail ? Msg::health_fail
                                                                    : Msg::health_not_assessed;
            put(row, health_result, label(result));
            format(row, health_result, 1, 1,
                   check.status == HealthStatus::fail   ? CellFormat::diagnostic_error
                   : check.status == HealthStatus::pass ? CellFormat::text
                                                        : CellFormat::note);
            put(row, health_check, label(health_check_label(check.id)));
            format(row, health_check, 1, 1, CellFormat::label);
            put(row, health_threshold, check.threshold);
            format(row, health_threshold, 1, 1, CellFormat::text);
            if (check.count)
                put(row, health_count, static_cast<double>(*check.count));
            if (check.total)
                put(row, health_total, static_cast<double>(*check.total));
            format(row, health_count, 1, 2, CellFormat::count);
            if (check.value) {
                put(row, health_value, *check.value);
                const bool share = check.id != HealthCheckId::critical_path_test && check.id != HealthCheckId::cpli &&
                                   check.id != HealthCheckId::bei;
                format(row, health_value, 1, 1,
                       share ? CellFormat::percent
                             : check.id == HealthCheckId::critical_path_test ? CellFormat::periods : CellFormat::index);
            }
            if (check.note) {
                put(row, health_note, check.note->render(options.language));
                format(row, health_note, 1, 1, CellFormat::note);
            }
        }
        note_lines(label(Msg::report_health_explained));
    }

    // The S-curve of the finish and the tornado of the tasks driving it, side
    // by side, their data right below.
    void schedule_charts(const ProjectSchedule& schedule, const std::string& name) {
        const ScheduleRiskFigures& risk = *schedule.risk;
        new_row();
        const std::size_t chart_top = next_row();
        for (std::size_t i = 0; i < schedule_chart_rows; ++i)
            new_row();
        std::vector<std::vector<Cell>> curve{{label(Msg::header_finish_by), label(Msg::header_probability_by)}};
        for (const auto& point : risk.finish_curve)
            curve.push_back({day_cell(point.day), point.probability});
        // A horizontal bar chart draws its first category at the bottom: the
        // strongest driver goes last, to stand on top of the tornado.
        std::vector<std::vector<Cell>> tornado{{label(Msg::header_task), label(Msg::header_sensitivity)}};
        for (auto f = risk.sensitivity.rbegin(); f != risk.sensitivity.rend(); ++f) {
            const Task& task = task_of(schedule, f->task);
            tornado.push_back({task.name.empty() ? task.id : task.id + " " + task.name, f->value});
        }
        const std::size_t index = layout.charts.size();
        const Span curve_data =
            data_block(chart_top, std::move(curve), {{0, CellFormat::date}, {1, CellFormat::percent}});
        layout.charts.push_back({ChartSpec::Kind::lines, "pmocalc_finish_" + std::to_string(index),
                                 Message{Msg::report_chart_finish_curve, {name}}.render(options.language), curve_data,
                                 {chart_top, 0, schedule_chart_rows, 5}});
        if (tornado.size() > 1) {
            const Span bars = data_block(chart_top, std::move(tornado), {{1, CellFormat::index}});
            layout.charts.push_back({ChartSpec::Kind::horizontal_bars, "pmocalc_tornado_" + std::to_string(index),
                                     Message{Msg::report_chart_tornado, {name}}.render(options.language), bars,
                                     {chart_top, 6, schedule_chart_rows, 8}});
        }
    }
};

}  // namespace

void schedules(ReportSheet& sheet) { ScheduleSection(sheet).schedules(); }

}  // namespace pmocalc::report
