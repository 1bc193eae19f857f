#include "status_report.hpp"

#include "text.hpp"
#include "typed_text.hpp"
#include "workbook_reader.hpp"

namespace pmocalc {

Outcome<ReportSettings> settings_from_text(std::string_view status_date, std::string_view amber_below,
                                           std::string_view red_below, std::optional<Language> language,
                                           EsPeriod es_period) {
    ReportSettings settings;
    settings.language = language;
    settings.es_period = es_period;
    if (!is_blank(status_date)) {
        settings.status_date = parse_date_text(status_date);
        if (!settings.status_date)
            return invalid_input(Msg::panel_bad_status_date);
    }
    const auto amber = parse_number_text(amber_below);
    const auto red = parse_number_text(red_below);
    if (!amber || !red)
        return invalid_input(Msg::panel_bad_thresholds);
    const auto thresholds = make_rag_thresholds(*amber, *red);
    if (!thresholds)
        return invalid_input(Msg::panel_bad_thresholds);
    settings.thresholds = *thresholds;
    return settings;
}

std::string_view es_period_code(EsPeriod period) { return period == EsPeriod::weeks ? "weeks" : "working_days"; }

std::optional<EsPeriod> es_period_from_code(std::string_view code) {
    const std::string key = normalize_label(code);
    if (key == "weeks" || key == "week" || key == "週")
        return EsPeriod::weeks;
    if (key == "working_days" || key == "working-days" || key == "days" || key == "稼働日")
        return EsPeriod::working_days;
    return std::nullopt;
}

std::optional<DurationUncertainty> duration_uncertainty_from_text(std::string_view text) {
    const std::size_t comma = text.find(',');
    if (comma == std::string_view::npos)
        return std::nullopt;
    auto percent = [](std::string_view part) -> std::optional<double> {
        std::string bare(part);
        std::erase(bare, '%');
        std::erase(bare, '+');
        return parse_number_text(bare);
    };
    const auto low = percent(text.substr(0, comma));
    const auto high = percent(text.substr(comma + 1));
    if (!low || !high || !(*low >= -99 && *low <= 0) || !(*high >= 0 && *high <= 1000))
        return std::nullopt;
    return DurationUncertainty{*low / 100, *high / 100};
}

std::string duration_uncertainty_text(DurationUncertainty uncertainty) {
    return format_number(uncertainty.low * 100) + "," + format_number(uncertainty.high * 100);
}

ReportRequest request_for(const ReportSettings& settings, std::string document_name, LocalTime now) {
    ReportRequest request;
    request.settings = settings;
    request.schedule.uncertainty = settings.duration_uncertainty;
    request.document_name = std::move(document_name);
    request.now = std::move(now);
    return request;
}

Assessment assess(const Workbook& workbook, const ReportRequest& request) {
    Assessment result;
    result.portfolio = read_portfolio(workbook, {request.document_name, request.skip_sheets});
    result.portfolio.diagnostics.insert(result.portfolio.diagnostics.begin(), request.found_before_reading.begin(),
                                        request.found_before_reading.end());
    result.language = request.settings.language.value_or(result.portfolio.language);
    result.null_date_offset = workbook.null_date_offset;
    // A workbook without a project column and without a file name yet.
    for (Project& project : result.portfolio.projects)
        if (project.name.empty())
            project.name = std::string(text(Msg::term_project, result.language));
    if (result.portfolio.tasks.empty()) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.begin(),
                                            {Diagnostic::Severity::error, "", "", Msg::no_task_read});
        return result;
    }
    AnalysisOptions analysis;
    analysis.es_period = request.settings.es_period;
    if (request.settings.status_date) {
        analysis.status_date = *request.settings.status_date;
        result.status_date_chosen = true;
    } else if (result.portfolio.status_date) {
        analysis.status_date = *result.portfolio.status_date;
    } else {
        analysis.status_date = request.now.today;
        result.portfolio.diagnostics.insert(
            result.portfolio.diagnostics.begin(),
            {Diagnostic::Severity::warning, "", "",
             {Msg::status_date_fallback_today, {MessageArg::date(request.now.today)}}});
    }
    analysis.thresholds = request.settings.thresholds;
    analysis.schedule = request.schedule;
    result.status = analyse_portfolio(result.portfolio, analysis);
    for (auto* found : {&result.status->earning_diagnostics, &result.status->schedule_diagnostics}) {
        result.portfolio.diagnostics.insert(result.portfolio.diagnostics.end(), std::make_move_iterator(found->begin()),
                                            std::make_move_iterator(found->end()));
        found->clear();
    }
    return result;
}

ReportLayout layout_report(const Assessment& assessment, const ReportRequest& request) {
    ReportOptions options;
    options.language = assessment.language;
    options.generated_at = request.now.text;
    options.null_date_offset = assessment.null_date_offset;
    return build_report(assessment.portfolio, *assessment.status, options);
}

std::string failure_text(const Assessment& assessment, Language language) {
    std::string out(text(Msg::no_task_read, language));
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        if (d.message.id != Msg::no_task_read)
            out += "\n  " + located_text(d, language);
    return out;
}

std::string health_summary(const Assessment& assessment, Language language) {
    if (!assessment.reportable())
        return std::string(text(Msg::no_task_read, language));
    const PortfolioStatus& status = *assessment.status;
    const RagCounts rag = count_rag(status);
    const std::string none(text(Msg::not_defined, language));
    std::string summary =
        Message{Msg::panel_summary,
                {format_index(status.figures.spi), format_index(status.figures.cpi),
                 status.rag ? std::string(rag_label(*status.rag)) : none, rag.green, rag.amber, rag.red, rag.none,
                 status.open_risks, format_grouped(status.risk_exposure), status.open_issues, status.overdue_issues,
                 MessageArg::date(status.status_date)}}
            .render(language);
    const ProblemCounts counts = count_problems(assessment.portfolio.diagnostics);
    summary += '\n';
    summary += Message{Msg::panel_problem_counts, {counts.errors, counts.warnings, counts.notes}}.render(language);
    constexpr std::size_t fallbacks_shown = 2;
    std::size_t shown = 0;
    for (const Diagnostic& d : assessment.portfolio.diagnostics)
        if (is_fallback(d) && shown++ < fallbacks_shown) {
            summary += '\n';
            summary += Message{Msg::panel_fallback, {MessageArg::rendered(located_text(d, language))}}.render(language);
        }
    return summary;
}

}  // namespace pmocalc
