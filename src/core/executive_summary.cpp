#include "executive_summary.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace pmocalc {

namespace {

// Projects named in the one-sentence reason; the others are counted.
constexpr std::size_t projects_named = 2;
// Changes since the previous status date listed on the first page.
constexpr std::size_t changes_listed = 5;

const TrendPoint* point_at(const Trend& trend, std::optional<Day> date) {
    if (!date)
        return nullptr;
    for (const TrendPoint& p : trend.points)
        if (p.date == *date)
            return &p;
    return nullptr;
}

const Trend* trend_of(const HistoryAnalysis& history, const std::string& project_id) {
    for (const Trend& t : history.projects)
        if (t.project_id == project_id)
            return &t;
    return nullptr;
}

// A series from the recorded points before the status date, then this date's value.
template <class Get>
std::vector<double> series(const Trend& trend, Day status_date, const std::optional<double>& now, Get get) {
    std::vector<double> values;
    for (const TrendPoint& p : trend.points)
        if (p.date < status_date)
            if (const std::optional<double> v = get(p))
                values.push_back(*v);
    if (now)
        values.push_back(*now);
    return values;
}

int rag_rank(const std::optional<Rag>& rag) {  // worst first: red, amber, green, not rated
    if (!rag)
        return 3;
    switch (*rag) {
    case Rag::red: return 0;
    case Rag::amber: return 1;
    case Rag::green: return 2;
    }
    return 3;
}

std::optional<double> as_number(const std::optional<Day>& day) {
    return day ? std::optional<double>(static_cast<double>(*day)) : std::nullopt;
}

// A list of one to four items, as the language writes one.
constexpr Msg joins[] = {Msg::summary_list_1, Msg::summary_list_2, Msg::summary_list_3, Msg::summary_list_4};

// "SPI 0.84, CPI 0.78, 56 working days late, 2 overdue issues": what puts a project where it is.
Message why(const ProjectStatus& p, const RagThresholds& thresholds, std::size_t most = 4) {
    std::vector<MessageArg> parts;
    if (p.figures.spi && *p.figures.spi < thresholds.amber_below)
        parts.emplace_back(Message{Msg::summary_why_spi, {MessageArg::rendered(format_index(p.figures.spi))}});
    if (p.figures.cpi && *p.figures.cpi < thresholds.amber_below)
        parts.emplace_back(Message{Msg::summary_why_cpi, {MessageArg::rendered(format_index(p.figures.cpi))}});
    if (p.slip_days > 0)
        parts.emplace_back(Message{Msg::summary_why_late, {static_cast<long long>(p.slip_days)}});
    if (p.overdue_issues > 0)
        parts.emplace_back(Message{Msg::summary_why_overdue, {p.overdue_issues}});
    if (parts.empty())
        return Message{p.rag ? Msg::summary_on_track : Msg::summary_not_rated};
    if (parts.size() > most)
        parts.erase(parts.begin() + static_cast<std::ptrdiff_t>(most), parts.end());
    return Message{joins[parts.size() - 1], std::move(parts)};  // joined in the language's way
}

std::string project_label(const ProjectStatus& p) {
    return p.project.name.empty() || p.project.name == p.project.id ? p.project.id
                                                                     : p.project.id + " " + p.project.name;
}

// "P03 CRM (SPI 0.84, 56 working days late), P10 IAM (CPI 0.78) and 1 more".
Message named_projects(const std::vector<const ProjectGlance*>& projects) {
    const std::size_t shown = std::min(projects.size(), projects_named);
    std::vector<MessageArg> items;
    for (std::size_t i = 0; i < shown; ++i)
        items.emplace_back(
            Message{Msg::summary_project_why, {project_label(*projects[i]->project), projects[i]->reason}});
    if (projects.size() > shown)
        items.emplace_back(Message{Msg::summary_and_more, {projects.size() - shown}});
    return Message{joins[items.size() - 1], std::move(items)};
}

Message overall_reason(const PortfolioStatus& status, const std::vector<ProjectGlance>& glance) {
    std::vector<const ProjectGlance*> red, amber;
    int rated = 0;
    for (const ProjectGlance& g : glance) {
        if (!g.project->rag)
            continue;
        ++rated;
        if (*g.project->rag == Rag::red)
            red.push_back(&g);
        else if (*g.project->rag == Rag::amber)
            amber.push_back(&g);
    }
    if (!status.rag)
        return Message{Msg::summary_no_rating};
    const Message portfolio{Msg::summary_portfolio_rag,
                            {std::string(rag_label(*status.rag)),
                             MessageArg::rendered(format_index(status.figures.spi)),
                             MessageArg::rendered(format_index(status.figures.cpi))}};
    Message projects{Msg::summary_all_green, {rated}};
    if (!red.empty())
        projects = Message{Msg::summary_projects_red, {static_cast<long long>(red.size()), rated, named_projects(red)}};
    else if (!amber.empty())
        projects =
            Message{Msg::summary_projects_amber, {static_cast<long long>(amber.size()), rated, named_projects(amber)}};
    return Message{Msg::summary_overall, {portfolio, projects}};
}

std::vector<Message> changes_since(const PortfolioStatus& status, const std::vector<ProjectGlance>& glance) {
    const HistoryAnalysis& history = status.history;
    std::vector<Message> out;
    if (!history.previous_date)
        return out;
    // RAG changes, the worse first; then projects now late that were not.
    std::vector<const ProjectGlance*> moved;
    for (const ProjectGlance& g : glance)
        if (g.previous_rag && g.project->rag && *g.previous_rag != *g.project->rag)
            moved.push_back(&g);
    std::stable_sort(moved.begin(), moved.end(), [](const ProjectGlance* a, const ProjectGlance* b) {
        const bool a_worse = rag_rank(a->project->rag) < rag_rank(a->previous_rag);
        const bool b_worse = rag_rank(b->project->rag) < rag_rank(b->previous_rag);
        return a_worse && !b_worse;
    });
    for (const ProjectGlance* g : moved)
        out.push_back(Message{Msg::summary_rag_changed,
                              {project_label(*g->project), std::string(rag_label(*g->previous_rag)),
                               std::string(rag_label(*g->project->rag))}});
    for (const ProjectGlance& g : glance) {
        const ProjectStatus& p = *g.project;
        const Trend* trend = trend_of(history, p.project.id);
        const TrendPoint* before = trend ? point_at(*trend, history.previous_date) : nullptr;
        if (!before || !p.forecast_finish || !p.baseline_finish || !before->forecast_finish ||
            !before->baseline_finish)
            continue;
        if (*p.forecast_finish > *p.baseline_finish && *before->forecast_finish <= *before->baseline_finish)
            out.push_back(Message{Msg::summary_newly_late,
                                  {project_label(p), MessageArg::date(*p.forecast_finish),
                                   MessageArg::date(*p.baseline_finish)}});
    }
    std::size_t late_tasks = 0, stalled = 0;
    for (const TaskChange& c : history.changes) {
        late_tasks += c.kind == ChangeKind::newly_late ? 1 : 0;
        stalled += c.kind == ChangeKind::stalled ? 1 : 0;
    }
    if (out.size() > changes_listed) {
        const std::size_t more = out.size() - changes_listed + 1;
        out.erase(out.begin() + static_cast<std::ptrdiff_t>(changes_listed - 1), out.end());
        out.push_back(Message{Msg::summary_more_changes, {more}});
    }
    if (late_tasks + stalled > 0)
        out.push_back(Message{Msg::summary_task_changes, {late_tasks, stalled}});
    return out;
}

std::string title_of(const Portfolio& portfolio) {
    if (portfolio.projects.size() == 1) {
        const Project& p = portfolio.projects.front();
        return p.name.empty() ? p.id : p.name;
    }
    if (portfolio.projects.empty())
        return "";
    const std::string& program = portfolio.projects.front().program;
    for (const Project& p : portfolio.projects)
        if (p.program.empty() || p.program != program)
            return "";
    return program;
}

}  // namespace

std::optional<bool> improved(const Kpi& kpi) {
    if (!kpi.value || !kpi.previous || std::abs(*kpi.value - *kpi.previous) < kpi.resolution)
        return std::nullopt;
    return (*kpi.value > *kpi.previous) == kpi.higher_is_better;
}

ExecutiveSummary summarise(const Portfolio& portfolio, const PortfolioStatus& status) {
    ExecutiveSummary summary;
    summary.title = title_of(portfolio);
    const HistoryAnalysis& history = status.history;
    summary.previous_date = history.previous_date;

    for (const ProjectStatus& p : status.projects) {
        ProjectGlance g;
        g.project = &p;
        if (const Trend* trend = trend_of(history, p.project.id))
            if (const TrendPoint* before = point_at(*trend, history.previous_date)) {
                g.previous_spi = before->spi;
                g.previous_rag = before->rag;
            }
        g.reason = why(p, status.thresholds);
        g.short_reason = why(p, status.thresholds, 2);
        summary.projects.push_back(std::move(g));
    }
    std::stable_sort(summary.projects.begin(), summary.projects.end(),
                     [](const ProjectGlance& a, const ProjectGlance& b) {
                         const int ra = rag_rank(a.project->rag), rb = rag_rank(b.project->rag);
                         if (ra != rb)
                             return ra < rb;
                         const auto worst = [](const EvmFigures& f) {
                             return std::min(f.spi.value_or(1e9), f.cpi.value_or(1e9));
                         };
                         const double wa = worst(a.project->figures), wb = worst(b.project->figures);
                         if (wa != wb)
                             return wa < wb;
                         return a.project->slip_days > b.project->slip_days;
                     });
    summary.overall = overall_reason(status, summary.projects);

    for (int p = 0; p < 5; ++p)
        for (int i = 0; i < 5; ++i)
            if ((p + 1) * (i + 1) >= high_risk_score)
                summary.high_risks += status.heat_map[static_cast<std::size_t>(p)][static_cast<std::size_t>(i)];

    const Trend& trend = history.portfolio;
    const TrendPoint* before = point_at(trend, history.previous_date);
    const auto indicator = [&](KpiId id, std::optional<double> now, auto get, bool higher_is_better) {
        Kpi k;
        k.id = id;
        k.value = now;
        k.higher_is_better = higher_is_better;
        k.previous = before ? get(*before) : std::nullopt;
        k.trend = series(trend, status.status_date, now, get);
        return k;
    };
    const EvmFigures& f = status.figures;
    summary.kpis.push_back(indicator(KpiId::spi, f.spi, [](const TrendPoint& p) { return p.spi; }, true));
    summary.kpis.push_back(indicator(KpiId::cpi, f.cpi, [](const TrendPoint& p) { return p.cpi; }, true));
    summary.kpis.push_back(indicator(KpiId::spit, f.spit, [](const TrendPoint& p) { return p.spit; }, true));
    Kpi finish = indicator(KpiId::forecast_finish, as_number(status.forecast_finish),
                           [](const TrendPoint& p) { return as_number(p.forecast_finish); }, false);
    std::optional<Day> baseline;
    for (const ProjectStatus& p : status.projects)
        if (p.baseline_finish)
            baseline = baseline ? std::max(*baseline, *p.baseline_finish) : *p.baseline_finish;
    finish.reference = as_number(baseline);
    finish.resolution = 0.5;
    summary.kpis.push_back(std::move(finish));
    Kpi eac = indicator(KpiId::eac, f.eac, [](const TrendPoint& p) { return p.eac; }, false);
    eac.reference = f.bac;
    eac.resolution = 0.05;
    summary.kpis.push_back(std::move(eac));
    // Risks, issues and decisions are not kept in the history: no change, no trend.
    const auto unrecorded = [](KpiId id, double value, std::optional<double> reference) {
        Kpi k;
        k.id = id;
        k.value = value;
        k.recorded = false;
        k.higher_is_better = false;
        k.resolution = 0.5;
        k.reference = reference;
        return k;
    };
    summary.kpis.push_back(unrecorded(KpiId::high_risks, summary.high_risks, status.risk_exposure));
    summary.kpis.push_back(unrecorded(KpiId::overdue_issues, status.overdue_issues, status.open_issues));
    summary.kpis.push_back(unrecorded(KpiId::pending_changes, status.pending_changes, std::nullopt));

    summary.changes = changes_since(status, summary.projects);
    return summary;
}

std::string sparkline(const std::vector<double>& values, std::size_t width) {
    if (values.size() < 2)
        return "";
    const std::size_t first = values.size() > width ? values.size() - width : 0;
    const auto [low, high] = std::minmax_element(values.begin() + static_cast<std::ptrdiff_t>(first), values.end());
    static constexpr const char* blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string line;
    for (std::size_t i = first; i < values.size(); ++i) {
        const double span = *high - *low;
        // A flat series sits in the middle: neither at its best nor its worst.
        const std::size_t level =
            span <= 0 ? 3 : std::min<std::size_t>(7, static_cast<std::size_t>((values[i] - *low) / span * 7 + 0.5));
        line += blocks[level];
    }
    return line;
}

}  // namespace pmocalc
