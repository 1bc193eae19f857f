#include "consolidation.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "../reading/workbook_reader.hpp"
#include "../text.hpp"

namespace pmocalc {

namespace {

std::string file_stem(const std::string& name) {
    const auto dot = name.rfind('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

// Every record of one project ID given another ID.
void rename_project(Portfolio& p, const std::string& from, const std::string& to) {
    auto rename = [&](auto& records) {
        for (auto& record : records)
            if (record.project_id == from)
                record.project_id = to;
    };
    for (Project& project : p.projects)
        if (project.id == from)
            project.id = to;
    rename(p.tasks);
    rename(p.risks);
    rename(p.issues);
    rename(p.changes);
    rename(p.lessons);
    rename(p.quality.test_counts);
    rename(p.quality.test_cases);
    rename(p.quality.defects);
    rename(p.quality.sizes);
    rename(p.milestones);
    rename(p.periods);
    rename(p.resources.assignments);
    rename(p.selection.scores);
    rename(p.selection.facts);
}

// Every record of the projects `ids` left out.
void drop_projects(Portfolio& p, const std::set<std::string>& ids) {
    auto drop = [&](auto& records) {
        std::erase_if(records, [&](const auto& record) { return ids.count(record.project_id) != 0; });
    };
    std::erase_if(p.projects, [&](const Project& project) { return ids.count(project.id) != 0; });
    drop(p.tasks);
    drop(p.risks);
    drop(p.issues);
    drop(p.changes);
    drop(p.lessons);
    drop(p.quality.test_counts);
    drop(p.quality.test_cases);
    drop(p.quality.defects);
    drop(p.quality.sizes);
    drop(p.milestones);
    drop(p.periods);
    drop(p.resources.assignments);
    drop(p.selection.scores);
    drop(p.selection.facts);
}

// "[alpha.xlsx]Tasks": the sheet of one file among many.
void qualify_sheets(Portfolio& p, const std::string& file) {
    const std::string prefix = "[" + file + "]";
    auto qualify = [&](std::string& sheet) { sheet = prefix + sheet; };
    auto sources = [&](auto& records) {
        for (auto& record : records)
            qualify(record.source.sheet);
    };
    sources(p.tasks);
    sources(p.risks);
    sources(p.issues);
    sources(p.changes);
    sources(p.lessons);
    sources(p.quality.test_counts);
    sources(p.quality.test_cases);
    sources(p.quality.defects);
    sources(p.milestones);
    sources(p.periods);
    sources(p.resources.assignments);
    sources(p.resources.people);
    sources(p.selection.criteria);
    sources(p.selection.scores);
    if (!p.quality.defect_sheet.empty())
        qualify(p.quality.defect_sheet);
    if (!p.selection.criteria_sheet.empty())
        qualify(p.selection.criteria_sheet);
    for (TableRead& table : p.tables_read)
        qualify(table.sheet);
    for (Diagnostic& diagnostic : p.diagnostics)
        qualify(diagnostic.sheet);
}

// Amounts in another unit brought into the portfolio's: budgets, costs,
// estimates to complete, risk impacts typed as amounts, change costs, the
// periods' earned value and the candidates' costs.
void convert_amounts(Portfolio& p, double rate) {
    for (Task& task : p.tasks) {
        task.budget *= rate;
        if (task.actual_cost)
            *task.actual_cost *= rate;
        if (task.etc)
            *task.etc *= rate;
    }
    if (!p.impacts_are_ratings)
        for (RiskEntry& risk : p.risks)
            risk.impact *= rate;
    for (ChangeRequest& change : p.changes)
        if (change.cost_impact)
            *change.cost_impact *= rate;
    for (PeriodFigures& period : p.periods) {
        period.pv *= rate;
        for (auto* figure : {&period.ev, &period.ac, &period.bac})
            if (*figure)
                **figure *= rate;
    }
    for (CandidateFacts& facts : p.selection.facts)
        if (facts.cost)
            *facts.cost *= rate;
}

template <class T>
void append(std::vector<T>& into, std::vector<T>&& from) {
    into.insert(into.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void merge_into(Portfolio& into, Portfolio&& from) {
    append(into.projects, std::move(from.projects));
    append(into.tasks, std::move(from.tasks));
    append(into.risks, std::move(from.risks));
    append(into.issues, std::move(from.issues));
    append(into.changes, std::move(from.changes));
    append(into.lessons, std::move(from.lessons));
    QualityRecords& q = into.quality;
    q.has_test_sheet = q.has_test_sheet || from.quality.has_test_sheet;
    q.has_defect_sheet = q.has_defect_sheet || from.quality.has_defect_sheet;
    append(q.test_counts, std::move(from.quality.test_counts));
    append(q.test_cases, std::move(from.quality.test_cases));
    append(q.defects, std::move(from.quality.defects));
    append(q.sizes, std::move(from.quality.sizes));
    if (q.defect_sheet.empty())
        q.defect_sheet = std::move(from.quality.defect_sheet);
    SelectionRecords& s = into.selection;
    if (!s.has_criteria_sheet && from.selection.has_criteria_sheet) {
        s.has_criteria_sheet = true;
        s.criteria = std::move(from.selection.criteria);
        s.criteria_sheet = std::move(from.selection.criteria_sheet);
    }
    s.has_candidate_column = s.has_candidate_column || from.selection.has_candidate_column;
    append(s.scores, std::move(from.selection.scores));
    append(s.facts, std::move(from.selection.facts));
    append(into.milestones, std::move(from.milestones));
    append(into.periods, std::move(from.periods));
    ResourceRecords& r = into.resources;
    r.has_assignment_sheet = r.has_assignment_sheet || from.resources.has_assignment_sheet;
    r.has_people_sheet = r.has_people_sheet || from.resources.has_people_sheet;
    r.has_task_owners = r.has_task_owners || from.resources.has_task_owners;
    append(r.assignments, std::move(from.resources.assignments));
    append(r.people, std::move(from.resources.people));
    append(into.holidays, std::move(from.holidays));
    into.has_holiday_sheet = into.has_holiday_sheet || from.has_holiday_sheet;
    ScheduleColumns& c = into.schedule_columns;
    c.predecessors = c.predecessors || from.schedule_columns.predecessors;
    c.three_point = c.three_point || from.schedule_columns.three_point;
    c.constraint = c.constraint || from.schedule_columns.constraint;
    c.baseline_finish = c.baseline_finish || from.schedule_columns.baseline_finish;
    c.forecast_finish = c.forecast_finish || from.schedule_columns.forecast_finish;
    c.actual_finish = c.actual_finish || from.schedule_columns.actual_finish;
    into.has_etc_column = into.has_etc_column || from.has_etc_column;
    into.impacts_are_ratings = into.impacts_are_ratings || from.impacts_are_ratings;
    append(into.tables_read, std::move(from.tables_read));
    append(into.diagnostics, std::move(from.diagnostics));
}

// The unit as compared: width, case and spaces folded ("千円" = "千 円", "USD" =
// "usd"), and the usual spellings of one currency one key ("k¥" = "千円" =
// "thousand yen", "$" = "USD").
std::string unit_key(const std::string& unit) {
    std::string key = normalize_label(unit);
    std::erase(key, ' ');
    static const std::pair<std::string_view, std::string_view> synonyms[] = {
        {"k\xC2\xA5", "千円"}, {"thousandyen", "千円"}, {"kjpy", "千円"}, {"k円", "千円"},
        {"\xC2\xA5", "円"},    {"yen", "円"},           {"jpy", "円"},
        {"$", "usd"},          {"us$", "usd"},          {"\xE2\x82\xAC", "eur"},
        {"百万円", "mjpy"},    {"millionyen", "mjpy"},
        {"person-days", "人日"}, {"persondays", "人日"}, {"mandays", "人日"}, {"man-days", "人日"},
        {"person-months", "人月"}, {"personmonths", "人月"},
        {"hours", "時間"}, {"hrs", "時間"},
    };
    for (const auto& [spelling, canonical] : synonyms)
        if (key == spelling)
            return std::string(canonical);
    return key;
}

std::optional<double> rate_of(const std::vector<UnitRate>& rates, const std::string& unit) {
    for (const UnitRate& r : rates)
        if (unit_key(r.unit) == unit_key(unit))
            return r.rate;
    return std::nullopt;
}

// The more common value: by count, ties to the first seen.
template <class T>
std::optional<T> most_common(const std::vector<T>& values) {
    std::optional<T> best;
    std::size_t best_count = 0;
    for (const T& value : values) {
        const auto n = static_cast<std::size_t>(std::count(values.begin(), values.end(), value));
        if (n > best_count) {
            best = value;
            best_count = n;
        }
    }
    return best;
}

Msg weighting_term(Weighting weighting) {
    switch (weighting) {
    case Weighting::budget:
        return Msg::term_budget;
    case Weighting::effort:
        return Msg::term_effort;
    case Weighting::duration:
        return Msg::term_duration;
    }
    return Msg::term_budget;
}

// The name as compared for variants: width and case folded, no spaces or dots.
std::string name_key(std::string_view name) {
    std::string key = normalize_label(name);
    std::erase_if(key, [](char c) { return c == ' ' || c == '.' || c == ','; });
    // The middle dot of "タナカ・タロウ" (U+30FB) and the half-width one (U+FF65).
    for (const std::string_view dot : {"\xE3\x83\xBB", "\xEF\xBD\xA5"})
        for (std::size_t at; (at = key.find(dot)) != std::string::npos;)
            key.erase(at, dot.size());
    return key;
}

// The same words in another order ("Taro Tanaka" / "Tanaka Taro").
std::string words_key(std::string_view name) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : normalize_label(name) + " ") {
        if (c == ' ' || c == ',') {
            if (!word.empty())
                words.push_back(std::move(word));
            word.clear();
        } else {
            word.push_back(c);
        }
    }
    if (words.size() < 2)
        return "";
    std::sort(words.begin(), words.end());
    std::string key;
    for (const std::string& w : words)
        key += w + " ";
    return key;
}

constexpr std::size_t name_variants_said = 20;

}  // namespace

std::vector<std::string> source_flag_codes(std::uint32_t flags) {
    std::vector<std::string> codes;
    for (const auto& [flag, code] : {std::pair{source_stale, "stale"}, std::pair{source_unchanged, "unchanged"},
                                     std::pair{source_duplicate, "duplicate"}, std::pair{source_unit, "unit"},
                                     std::pair{source_unreadable, "unreadable"}, std::pair{source_empty, "empty"}})
        if (flags & flag)
            codes.emplace_back(code);
    return codes;
}

bool SourceRecord::counted() const {
    return std::any_of(projects.begin(), projects.end(), [](const SourceProject& p) { return p.counted; });
}

std::size_t RollUp::count(std::uint32_t flag) const {
    return static_cast<std::size_t>(
        std::count_if(sources.begin(), sources.end(), [&](const SourceRecord& s) { return (s.flags & flag) != 0; }));
}

Message roll_up_summary(const RollUp& roll) {
    const auto counted = std::count_if(roll.sources.begin(), roll.sources.end(),
                                       [](const SourceRecord& s) { return s.counted(); });
    return {Msg::sources_summary,
            {static_cast<unsigned long>(roll.sources.size()), static_cast<unsigned long>(counted),
             static_cast<unsigned long>(roll.count(source_stale)), static_cast<unsigned long>(roll.count(source_unchanged)),
             static_cast<unsigned long>(roll.count(source_duplicate)), static_cast<unsigned long>(roll.count(source_unit)),
             static_cast<unsigned long>(roll.count(source_unreadable)), static_cast<unsigned long>(roll.missing.size())}};
}

SourceInput read_source(SourceFile file, const Workbook& workbook, const std::string& column_map) {
    const std::string stem = file_stem(file.name);
    const HistorySheet history = find_history(workbook);
    Portfolio portfolio = read_portfolio(workbook, {stem, {}, history.sheet_name, column_map});
    // The one project of a workbook without a project column has no ID: its
    // name (its title, else the file's) is the one it is known by across files.
    if (portfolio.projects.size() == 1 && portfolio.projects.front().id.empty()) {
        std::string id = portfolio.projects.front().name.empty() ? stem : portfolio.projects.front().name;
        rename_project(portfolio, "", id);
        portfolio.diagnostics.push_back({Diagnostic::Severity::note, "", "", {Msg::rollup_project_id_from_name, {id}}});
    }
    qualify_sheets(portfolio, file.name);
    return {std::move(file), std::move(portfolio), std::nullopt};
}

SourceInput unreadable_source(SourceFile file, Message why) { return {std::move(file), std::nullopt, std::move(why)}; }

std::vector<std::pair<std::string, std::string>> name_variants(const std::vector<std::string>& names) {
    std::vector<std::pair<std::string, std::string>> pairs;
    std::map<std::string, std::string> first_by_key;  // a key → the first name written that way
    std::set<std::string> seen;
    for (const std::string& name : names) {
        if (name.empty() || !seen.insert(name).second)
            continue;
        bool paired = false;
        for (const std::string& key : {name_key(name), words_key(name)}) {
            if (key.empty())
                continue;
            const auto [found, added] = first_by_key.emplace(key, name);
            if (!added && found->second != name && !paired) {
                pairs.emplace_back(found->second, name);
                paired = true;
            }
        }
    }
    return pairs;
}

Consolidated consolidate(std::vector<SourceInput> sources, const RollUpOptions& options) {
    Consolidated out;
    RollUp& roll = out.roll_up;
    roll.stale_days = options.stale_days;
    roll.previous_status_date = options.memory.status_date;
    std::vector<Diagnostic> said;  // the roll-up's findings, before every file's own
    auto say = [&](Diagnostic::Severity severity, Message message) {
        said.push_back({severity, "", "", std::move(message)});
    };

    // Each file's record, and the portfolio's status date.
    std::optional<Day> latest;
    for (SourceInput& source : sources) {
        SourceRecord record;
        record.file = source.file;
        if (!source.portfolio) {
            record.flags |= source_unreadable;
            record.reasons.push_back({Msg::rollup_unreadable, {source.file.name, source.failure.value_or(
                                                                                     Message(Msg::cli_cannot_open))}});
        } else {
            const Portfolio& p = *source.portfolio;
            record.unit = p.unit;
            record.weighting = p.weighting;
            record.status_date = p.status_date;
            record.problems = count_problems(p.diagnostics);
            record.diagnostics = p.diagnostics;
            for (const TableRead& table : p.tables_read)
                if (table.ignored == TableRead::Ignored::no)
                    record.tables.push_back(table.sheet + "!" + cell_address(table.first_row, table.first_column) +
                                            ":" + cell_address(table.last_row, table.last_column));
            for (const Project& project : p.projects)
                record.projects.push_back({project.id, project.name, p.status_date, true});
            if (record.projects.empty()) {
                record.flags |= source_empty;
                record.reasons.push_back({Msg::rollup_empty, {source.file.name}});
            } else if (p.status_date && (!latest || *p.status_date > *latest)) {
                latest = p.status_date;
            }
        }
        roll.sources.push_back(std::move(record));
    }
    roll.status_date = options.status_date.value_or(latest.value_or(0));
    const bool dated = options.status_date || latest;

    // The same project in two files: the later status counts, then the later save, then the first given.
    std::map<std::string, std::size_t> counted_in;  // a project ID → the file it is counted from
    std::vector<std::set<std::string>> dropped(sources.size());
    auto why = [&](const SourceRecord& winner, const SourceRecord& loser) -> Message {
        if (winner.status_date != loser.status_date && winner.status_date)
            return {Msg::rollup_why_status_date,
                    {MessageArg::date(*winner.status_date),
                     loser.status_date ? MessageArg::date(*loser.status_date) : MessageArg(Msg::rollup_none)}};
        if (winner.file.modified != loser.file.modified)
            return {Msg::rollup_why_saved, {winner.file.modified, loser.file.modified}};
        return Message(Msg::rollup_why_first);
    };
    auto later = [](const SourceRecord& a, const SourceRecord& b) {
        if (a.status_date != b.status_date)
            return a.status_date.value_or(0) > b.status_date.value_or(0);
        return a.file.modified > b.file.modified;
    };
    for (std::size_t s = 0; s < roll.sources.size(); ++s) {
        for (SourceProject& project : roll.sources[s].projects) {
            const auto [found, added] = counted_in.emplace(project.id, s);
            if (added)
                continue;
            const std::size_t other = found->second;
            if (other == s)
                continue;  // one file naming a project twice is the reader's to say
            SourceRecord& mine = roll.sources[s];
            SourceRecord& theirs = roll.sources[other];
            const bool mine_wins = later(mine, theirs);
            SourceRecord& winner = mine_wins ? mine : theirs;
            SourceRecord& loser = mine_wins ? theirs : mine;
            const std::size_t loser_index = mine_wins ? other : s;
            for (SourceProject& p : loser.projects)
                if (p.id == project.id)
                    p.counted = false;
            dropped[loser_index].insert(project.id);
            loser.flags |= source_duplicate;
            const Message reason = why(winner, loser);
            loser.reasons.push_back({Msg::rollup_duplicate_lost, {loser.file.name, project.id, winner.file.name, reason}});
            winner.reasons.push_back({Msg::rollup_duplicate_won, {winner.file.name, project.id, loser.file.name, reason}});
            say(Diagnostic::Severity::warning,
                {Msg::rollup_duplicate, {project.id, winner.file.name, loser.file.name, reason}});
            if (mine_wins)
                found->second = s;
        }
    }

    // The portfolio's measure: the weighting of most projects, and the unit most files of it say.
    std::vector<Weighting> weightings;
    for (const SourceRecord& record : roll.sources)
        for (const SourceProject& p : record.projects)
            if (p.counted && !(record.flags & (source_unreadable | source_empty)))
                weightings.push_back(record.weighting);
    roll.weighting = most_common(weightings).value_or(Weighting::budget);
    std::vector<std::string> units;
    std::map<std::string, std::string> unit_as_typed;
    for (const SourceRecord& record : roll.sources)
        if (record.weighting == roll.weighting && !record.unit.empty() && record.counted()) {
            units.push_back(unit_key(record.unit));
            unit_as_typed.emplace(unit_key(record.unit), record.unit);
        }
    if (const auto unit = most_common(units))
        roll.unit = unit_as_typed[*unit];
    const std::string rates_sheet =
        options.memory.rates_sheet.empty() ? std::string(text(Msg::rollup_rates_sheet, Language::en))
                                           : options.memory.rates_sheet;

    // Each file's projects into the portfolio, converted or reported apart.
    std::vector<Language> languages;
    for (std::size_t s = 0; s < sources.size(); ++s) {
        SourceRecord& record = roll.sources[s];
        if (!sources[s].portfolio || (record.flags & source_empty))
            continue;
        Portfolio portfolio = std::move(*sources[s].portfolio);
        if (!dropped[s].empty())
            drop_projects(portfolio, dropped[s]);
        if (!record.counted())
            continue;
        const std::string& name = record.file.name;
        const bool same_weighting = record.weighting == roll.weighting;
        const bool same_unit = unit_key(record.unit) == unit_key(roll.unit);
        if (!(same_weighting && (same_unit || record.unit.empty()))) {
            const auto rate = record.unit.empty() ? std::nullopt : rate_of(options.memory.rates, record.unit);
            if (rate) {
                convert_amounts(portfolio, *rate);
                record.rate = rate;
                record.reasons.push_back(
                    {Msg::rollup_unit_converted, {name, record.unit, format_number(*rate, 6), roll.unit, rates_sheet}});
                say(Diagnostic::Severity::note, record.reasons.back());
            } else {
                // Its own figures, in its own unit, on the Sources sheet: never added.
                AnalysisOptions analysis;
                analysis.status_date = dated ? roll.status_date : portfolio.status_date.value_or(0);
                analysis.schedule.iterations = 0;
                if (dated || portfolio.status_date)
                    record.apart = analyse_portfolio(portfolio, analysis).figures;
                record.flags |= source_unit;
                for (SourceProject& p : record.projects)
                    p.counted = false;
                if (!same_weighting)
                    record.reasons.push_back({Msg::rollup_weighting_apart,
                                              {name, weighting_term(record.weighting), weighting_term(roll.weighting)}});
                else
                    record.reasons.push_back(
                        {options.memory.rates.empty() ? Msg::rollup_unit_apart_no_rates : Msg::rollup_unit_apart,
                         {name, record.unit, roll.unit.empty() ? MessageArg(Msg::rollup_no_unit) : MessageArg(roll.unit),
                          rates_sheet}});
                say(Diagnostic::Severity::warning, record.reasons.back());
                append(out.portfolio.diagnostics, std::move(portfolio.diagnostics));
                continue;
            }
        } else if (record.unit.empty() && !roll.unit.empty()) {
            record.reasons.push_back({Msg::rollup_unit_assumed, {name, roll.unit}});
            say(Diagnostic::Severity::warning, record.reasons.back());
        }
        languages.push_back(portfolio.language);
        merge_into(out.portfolio, std::move(portfolio));
    }

    // Stale and unchanged files, and files without a status date.
    for (SourceRecord& record : roll.sources) {
        if (!record.counted())
            continue;
        if (!record.status_date) {
            if (dated) {
                record.reasons.push_back({Msg::rollup_no_status_date, {record.file.name, MessageArg::date(roll.status_date)}});
                say(Diagnostic::Severity::warning, record.reasons.back());
            }
        } else if (roll.status_date - *record.status_date > options.stale_days) {
            record.flags |= source_stale;
            record.reasons.push_back({Msg::rollup_stale,
                                      {record.file.name, MessageArg::date(*record.status_date),
                                       static_cast<long long>(roll.status_date - *record.status_date),
                                       MessageArg::date(roll.status_date), options.stale_days}});
            say(Diagnostic::Severity::warning, record.reasons.back());
        }
        for (const PreviousSource& before : options.memory.sources)
            if (before.path == record.file.path && !before.modified.empty() && before.modified == record.file.modified &&
                options.memory.status_date && *options.memory.status_date < roll.status_date) {
                record.flags |= source_unchanged;
                record.reasons.push_back(
                    {Msg::rollup_unchanged, {record.file.name, MessageArg::date(*options.memory.status_date),
                                             record.file.modified}});
                say(Diagnostic::Severity::warning, record.reasons.back());
            }
    }
    for (const SourceRecord& record : roll.sources)
        if (record.flags & (source_unreadable | source_empty))
            say(record.flags & source_unreadable ? Diagnostic::Severity::error : Diagnostic::Severity::warning,
                record.reasons.front());

    // Projects of the last roll-up that no file holds now.
    // The last roll-up: as its Sources sheet says, else the history's latest date before this one.
    std::optional<Day> before = options.memory.status_date;
    if (!before)
        for (const HistoryRow& row : options.history)
            if (row.status_date < roll.status_date && (!before || row.status_date > *before))
                before = row.status_date;
    if (before) {
        std::set<std::string> present;
        for (const SourceRecord& record : roll.sources)
            for (const SourceProject& p : record.projects)
                present.insert(p.id);
        std::set<std::string> said_missing;
        for (const HistoryRow& row : options.history) {
            if (row.status_date != *before || row.level != HistoryLevel::project || present.count(row.project_id) ||
                !said_missing.insert(row.project_id).second)
                continue;
            MissingProject missing{row.project_id, row.name, *before, "", false};
            for (const PreviousSource& previous : options.memory.sources)
                if (std::find(previous.project_ids.begin(), previous.project_ids.end(), row.project_id) !=
                    previous.project_ids.end()) {
                    missing.file = previous.path.substr(previous.path.find_last_of('/') + 1);
                    for (const SourceRecord& record : roll.sources)
                        if (record.file.path == previous.path && (record.flags & source_unreadable))
                            missing.unreadable = true;
                }
            say(Diagnostic::Severity::warning,
                {missing.unreadable ? Msg::rollup_missing_unreadable : Msg::rollup_missing,
                 {missing.project_id, missing.name, MessageArg::date(missing.last_status_date),
                  missing.file.empty() ? MessageArg(Msg::rollup_file_unknown) : MessageArg(missing.file)}});
            roll.missing.push_back(std::move(missing));
        }
    }

    // People across files: the same name is one person; names that look alike are said.
    std::vector<std::string> names;
    for (const Assignment& a : out.portfolio.resources.assignments)
        names.push_back(a.person);
    for (const PersonEntry& person : out.portfolio.resources.people)
        names.push_back(person.name);
    const auto variants = name_variants(names);
    for (std::size_t i = 0; i < variants.size() && i < name_variants_said; ++i)
        say(Diagnostic::Severity::note, {Msg::rollup_name_variant, {variants[i].first, variants[i].second}});
    if (variants.size() > name_variants_said)
        say(Diagnostic::Severity::note,
            {Msg::rollup_more_name_variants, {static_cast<unsigned long>(variants.size() - name_variants_said)}});

    Portfolio& merged = out.portfolio;
    std::sort(merged.holidays.begin(), merged.holidays.end());
    merged.holidays.erase(std::unique(merged.holidays.begin(), merged.holidays.end()), merged.holidays.end());
    merged.unit = roll.unit;
    merged.weighting = roll.weighting;
    merged.language = most_common(languages).value_or(Language::en);
    if (dated) {
        merged.status_date = roll.status_date;
        merged.status_date_source = StatusDateSource::label;
    }
    if (std::none_of(roll.sources.begin(), roll.sources.end(), [](const SourceRecord& r) { return r.counted(); }))
        say(Diagnostic::Severity::error, {Msg::rollup_nothing_counted, {static_cast<unsigned long>(roll.sources.size())}});
    merged.diagnostics.insert(merged.diagnostics.begin(), std::make_move_iterator(said.begin()),
                              std::make_move_iterator(said.end()));
    return out;
}

}  // namespace pmocalc
