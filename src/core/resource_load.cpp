#include "resource_load.hpp"

#include <algorithm>
#include <unordered_map>

#include "text.hpp"
#include "workbook.hpp"

namespace pmocalc {

Day week_monday(Day day) { return day - weekday_monday_first(day); }

std::optional<double> allocation_of(const Assignment& assignment, const WorkCalendar& calendar) {
    if (!assignment.hours)
        return assignment.allocation;
    const auto days = calendar.working_days(assignment.start, assignment.finish);
    if (days == 0)
        return std::nullopt;
    return *assignment.hours / (hours_per_working_day * static_cast<double>(days));
}

Outcome<double> average_load(std::span<const AllocationSpan> rows, Day from, Day to, const WorkCalendar& calendar) {
    const auto days = calendar.working_days(from, to);
    if (days == 0)
        return invalid_input({Msg::load_period_empty, {MessageArg::date(from), MessageArg::date(to)}});
    double sum = 0;
    for (const AllocationSpan& row : rows)
        sum += row.allocation *
               static_cast<double>(calendar.working_days(std::max(row.start, from), std::min(row.finish, to)));
    return sum / static_cast<double>(days);
}

namespace {

// One counted row, clipped to the horizon.
struct Row {
    const Assignment* assignment;
    std::size_t person;
    Day start;
    Day finish;
    double allocation;
};

class LoadBuilder {
public:
    LoadBuilder(const ResourceRecords& records, const WorkCalendar& calendar, Day status_date)
        : records_(records), calendar_(calendar), status_week_(week_monday(status_date)) {}

    ResourceLoad build() {
        name_people();
        collect_rows();
        set_horizon();
        week_days_.resize(weeks_);
        for (std::size_t w = 0; w < weeks_; ++w)
            week_days_[w] = calendar_.working_days(monday(w), monday(w) + 6);
        std::vector<std::vector<const Row*>> rows_of(result_.people.size());
        for (const Row& row : rows_)
            rows_of[row.person].push_back(&row);
        std::vector<double> load(weeks_ + 1);
        for (std::size_t p = 0; p < result_.people.size(); ++p) {
            std::fill(load.begin(), load.end(), 0.0);
            add_loads(rows_of[p], load);
            summarise(p, load, rows_of[p]);
        }
        return std::move(result_);
    }

private:
    Day monday(std::size_t week) const { return result_.first_week + 7 * static_cast<Day>(week); }
    std::size_t week_of(Day day) const { return static_cast<std::size_t>((week_monday(day) - result_.first_week) / 7); }

    std::size_t person_index(const std::string& name) {
        const auto [it, inserted] = index_.try_emplace(normalize_label(name), result_.people.size());
        if (inserted) {
            PersonLoad person;
            person.name = name;
            person.capacity_defaulted = true;
            result_.people.push_back(std::move(person));
        }
        return it->second;
    }

    void name_people() {
        for (const PersonEntry& entry : records_.people) {
            PersonLoad& person = result_.people[person_index(entry.name)];
            person.capacity = entry.capacity.value_or(1);
            person.department = entry.department;
            person.capacity_defaulted = !entry.capacity;
        }
    }

    void collect_rows() {
        rows_.reserve(records_.assignments.size());
        for (const Assignment& a : records_.assignments) {
            const auto allocation = allocation_of(a, calendar_);
            if (!allocation || calendar_.working_days(a.start, a.finish) == 0) {
                result_.diagnostics.push_back(
                    {Diagnostic::Severity::warning, a.source.sheet, cell_address(a.source.row, a.share_column),
                     {Msg::assignment_no_working_day, {MessageArg::date(a.start), MessageArg::date(a.finish)}}});
                continue;
            }
            rows_.push_back({&a, person_index(a.person), a.start, a.finish, *allocation});
        }
        result_.assignments = rows_.size();
        std::string first_defaulted;
        for (const PersonLoad& person : result_.people)
            if (person.capacity_defaulted && result_.defaulted_capacities++ == 0)
                first_defaulted = person.name;
        if (result_.defaulted_capacities == 0)
            return;
        if (!records_.has_people_sheet || records_.people.empty())
            // Said at the sheet the people were found on (Assignments, or Tasks for their assignees).
            result_.diagnostics.push_back({Diagnostic::Severity::warning,
                                           records_.assignments.empty() ? "" : records_.assignments.front().source.sheet,
                                           "", Msg::capacity_no_people_sheet});
        else
            result_.diagnostics.push_back(
                {Diagnostic::Severity::warning, records_.people.empty() ? "" : records_.people.front().source.sheet, "",
                 {Msg::capacities_defaulted, {static_cast<unsigned long>(result_.defaulted_capacities), first_defaulted}}});
    }

    // The weeks of the rows, within the bounds around the status week, and
    // always the heat map's weeks.
    void set_horizon() {
        const Day heat_first = status_week_ - 7 * heat_map_weeks_before;
        const Day heat_last = status_week_ + 7 * heat_map_weeks_after;
        const Day lowest = status_week_ - 7 * load_weeks_before_status;
        const Day highest = status_week_ + 7 * load_weeks_after_status;
        Day first = heat_first;
        Day last = heat_last;
        for (const Row& row : rows_) {
            first = std::min(first, std::max(week_monday(row.start), lowest));
            last = std::max(last, std::min(week_monday(row.finish), highest));
        }
        result_.first_week = first;
        result_.last_week = last;
        result_.heat_first_week = heat_first;
        result_.heat_weeks = static_cast<std::size_t>((heat_last - heat_first) / 7 + 1);
        weeks_ = static_cast<std::size_t>((last - first) / 7 + 1);
        std::size_t clipped = 0;
        for (Row& row : rows_) {
            if (row.start >= first && row.finish <= last + 6)
                continue;
            ++clipped;
            row.start = std::max(row.start, first);
            row.finish = std::min(row.finish, last + 6);
        }
        if (clipped > 0)
            result_.diagnostics.push_back({Diagnostic::Severity::note, "", "",
                                           {Msg::load_horizon_clipped, {static_cast<unsigned long>(clipped),
                                                                        MessageArg::date(first),
                                                                        MessageArg::date(last + 6)}}});
    }

    // The row's load in week w: allocation × its working days that week ÷ the week's.
    double share(const Row& row, std::size_t w) const {
        if (week_days_[w] == 0)
            return 0;
        const Day from = std::max(row.start, monday(w));
        const Day to = std::min(row.finish, monday(w) + 6);
        return row.allocation * static_cast<double>(calendar_.working_days(from, to)) /
               static_cast<double>(week_days_[w]);
    }

    // Partial first and last weeks directly; the full weeks between through a
    // difference array (a full week's share is the allocation itself). The
    // rows running are counted too: a week when none runs is exactly 0, not
    // what adding and taking away tenths leaves (1e-16, a "-0%").
    void add_loads(const std::vector<const Row*>& rows, std::vector<double>& load) const {
        std::vector<double> full(weeks_ + 1);
        std::vector<std::ptrdiff_t> starting(weeks_ + 1);
        for (const Row* row : rows) {
            if (row->finish < row->start)
                continue;  // wholly outside the horizon
            const std::size_t first = week_of(row->start);
            const std::size_t last = week_of(row->finish);
            load[first] += share(*row, first);
            if (last == first)
                continue;
            load[last] += share(*row, last);
            full[first + 1] += row->allocation;
            full[last] -= row->allocation;
            ++starting[first + 1];
            --starting[last];
        }
        double running = 0;
        std::ptrdiff_t rows_running = 0;
        for (std::size_t w = 0; w < weeks_; ++w) {
            running += full[w];
            rows_running += starting[w];
            if (rows_running == 0)
                running = 0;
            if (week_days_[w] > 0)
                load[w] += running;
        }
    }

    void summarise(std::size_t p, const std::vector<double>& load, const std::vector<const Row*>& rows) {
        PersonLoad& person = result_.people[p];
        const std::size_t heat_offset = week_of(result_.heat_first_week);
        person.heat.assign(load.begin() + static_cast<std::ptrdiff_t>(heat_offset),
                           load.begin() + static_cast<std::ptrdiff_t>(heat_offset + result_.heat_weeks));
        person.peak_week = result_.heat_first_week;
        const std::size_t first_overload = result_.overloads.size();
        for (std::size_t w = 0; w < weeks_; ++w) {
            if (load[w] > person.peak_load) {
                person.peak_load = load[w];
                person.peak_week = monday(w);
            }
            if (load[w] > person.capacity + overload_tolerance) {
                ++person.weeks_over;
                result_.overloads.push_back({p, monday(w), load[w], person.capacity, {}});
            }
        }
        if (result_.overloads.size() == first_overload)
            return;
        // What causes each overloaded week: the rows that work in it.
        const auto begin = result_.overloads.begin() + static_cast<std::ptrdiff_t>(first_overload);
        const auto end = result_.overloads.end();
        for (const Row* row : rows) {
            if (row->finish < row->start)
                continue;
            const auto from = std::lower_bound(begin, end, week_monday(row->start),
                                               [](const Overload& o, Day week) { return o.week < week; });
            for (auto it = from; it != end && it->week <= row->finish; ++it) {
                const double part = share(*row, week_of(it->week));
                if (part <= 0)
                    continue;
                const Assignment& a = *row->assignment;
                it->causes.push_back({a.project_id, a.task_id, a.task_name, row->allocation, part});
            }
        }
        for (auto it = begin; it != end; ++it)
            std::stable_sort(it->causes.begin(), it->causes.end(),
                             [](const LoadContribution& a, const LoadContribution& b) { return a.load > b.load; });
    }

    const ResourceRecords& records_;
    const WorkCalendar& calendar_;
    Day status_week_;
    ResourceLoad result_;
    std::unordered_map<std::string, std::size_t> index_;  // normalised name → person
    std::vector<Row> rows_;
    std::size_t weeks_ = 0;
    std::vector<std::int64_t> week_days_;
};

}  // namespace

ResourceLoad analyse_resource_load(const ResourceRecords& records, const WorkCalendar& calendar, Day status_date) {
    return LoadBuilder(records, calendar, status_date).build();
}

}  // namespace pmocalc
