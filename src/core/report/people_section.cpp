// People across projects: the person-weeks over capacity, then the heat map
// of each person's load by week.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "section.hpp"
#include "sections.hpp"

namespace pmocalc::report {

namespace {

// People across projects: the person-weeks over capacity from the heat map's
// first week on, then the heat map of the people with the highest peaks.
enum OverloadColumn : std::size_t { overload_person, overload_department, overload_week, overload_load,
                                    overload_capacity, overload_of_capacity, overload_causes, overload_column_count };
constexpr std::array<Msg, overload_column_count> overload_headers{
    Msg::header_person, Msg::header_department, Msg::header_week_of, Msg::header_load, Msg::header_capacity,
    Msg::header_load_of_capacity, Msg::header_load_causes};
enum PeopleHeatColumn : std::size_t { heat_person, heat_department, heat_capacity, heat_peak, heat_weeks_over,
                                      heat_first_week };
constexpr std::array<Msg, heat_first_week> people_heat_headers{
    Msg::header_person, Msg::header_department, Msg::header_capacity, Msg::header_peak_of_capacity,
    Msg::header_weeks_over};
constexpr std::size_t max_overload_rows = 100;
constexpr std::size_t max_heat_map_people = 60;
constexpr std::size_t max_causes_shown = 4;

class PeopleSection : Section {
public:
    using Section::Section;

    void people() {
        if (!status.people)
            return;
        const ResourceLoad& load = *status.people;
        const auto& language = options.language;
        heading(Msg::report_people);
        layout.page_breaks.push_back(layout.rows.size() - 1);
        note_lines(Message{Msg::report_people_summary,
                           {static_cast<unsigned long>(load.people.size()), static_cast<unsigned long>(load.assignments),
                            static_cast<unsigned long>(load.overloads.size()), MessageArg::date(load.first_week),
                            MessageArg::date(load.last_week + 6)}}
                       .render(language));
        const auto mark = [&](const PersonLoad& p) { return p.capacity_defaulted ? p.name + " *" : p.name; };

        // The person-weeks over capacity, recent and to come.
        const std::size_t title = new_row();
        put(title, 0, Message{Msg::report_people_overloads, {MessageArg::date(load.heat_first_week)}}.render(language));
        format(title, 0, 1, 1, CellFormat::label);
        std::size_t listed = 0;
        std::size_t recent = 0;
        for (const Overload& o : load.overloads) {
            if (o.week < load.heat_first_week)
                continue;
            ++recent;
            if (listed == max_overload_rows)
                continue;
            if (listed++ == 0) {
                column_headers(new_row(), 0, overload_headers);
                layout.overloads_first_row = layout.rows.size();
            }
            const PersonLoad& p = load.people[o.person];
            const std::size_t row = new_row();
            put(row, overload_person, mark(p));
            put(row, overload_department, p.department);
            put(row, overload_week, day_cell(o.week));
            put(row, overload_load, o.load);
            put(row, overload_capacity, o.capacity);
            put(row, overload_of_capacity, o.of_capacity());
            put(row, overload_causes, causes_text(o));
            format(row, overload_person, 1, 2, CellFormat::text);
            format(row, overload_week, 1, 1, CellFormat::date);
            format(row, overload_load, 1, 3, CellFormat::percent);
            format(row, overload_causes, 1, 1, CellFormat::text);
        }
        if (recent == 0)
            note_lines(Message{Msg::report_people_no_overload, {MessageArg::date(load.heat_first_week)}}.render(language));
        if (load.overloads.size() > listed)
            note_lines(Message{Msg::report_people_more_overloads, {static_cast<unsigned long>(load.overloads.size() - listed)}}
                           .render(language));

        // The heat map: the people with the highest peak in its weeks first.
        new_row();
        const std::size_t heat_title = new_row();
        put(heat_title, 0, label(Msg::report_people_heat));
        format(heat_title, 0, 1, 1, CellFormat::label);
        std::vector<std::pair<double, const PersonLoad*>> shown;
        for (const PersonLoad& p : load.people) {
            const double peak = p.heat.empty() ? 0 : *std::max_element(p.heat.begin(), p.heat.end());
            if (peak > 0 || p.weeks_over > 0)
                shown.emplace_back(peak / p.capacity, &p);
        }
        std::stable_sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        const std::size_t hidden = shown.size() > max_heat_map_people ? shown.size() - max_heat_map_people : 0;
        shown.resize(shown.size() - hidden);
        // Bands of weeks, each with the people's columns again, so that each prints within the page.
        const std::size_t band_weeks = report::printed_grid_columns - heat_first_week;
        for (std::size_t first_week = 0; first_week < std::max<std::size_t>(load.heat_weeks, 1);
             first_week += band_weeks) {
            const std::size_t weeks = std::min(band_weeks, load.heat_weeks - std::min(first_week, load.heat_weeks));
            if (first_week > 0)
                new_row();
            const std::size_t header = new_row();
            column_headers(header, 0, people_heat_headers);
            for (std::size_t w = 0; w < weeks; ++w)
                put(header, heat_first_week + w,
                    day_cell(load.heat_first_week + 7 * static_cast<Day>(first_week + w)));
            if (weeks > 0)
                format(header, heat_first_week, 1, weeks, CellFormat::date);
            if (first_week == 0)
                layout.people_heat_first_row = next_row();
            for (const auto& [peak, person] : shown) {
                const PersonLoad& p = *person;
                const std::size_t row = new_row();
                put(row, heat_person, mark(p));
                put(row, heat_department, p.department);
                put(row, heat_capacity, p.capacity);
                put(row, heat_peak, p.peak_load / p.capacity);
                put(row, heat_weeks_over, static_cast<double>(p.weeks_over));
                format(row, heat_person, 1, 2, CellFormat::text);
                format(row, heat_capacity, 1, 2, CellFormat::percent);
                format(row, heat_weeks_over, 1, 1, CellFormat::count);
                for (std::size_t w = 0; w < weeks && first_week + w < p.heat.size(); ++w) {
                    const double load_of_week = p.heat[first_week + w];
                    if (load_of_week <= 0)
                        continue;
                    // Whole percent of capacity: the heat styles show whole numbers.
                    const double of_capacity = load_of_week / p.capacity;
                    put(row, heat_first_week + w, std::round(of_capacity * 100));
                    format(row, heat_first_week + w, 1, 1, heat_of(of_capacity));
                }
            }
        }
        if (hidden > 0)
            note_lines(Message{Msg::report_people_more_people, {static_cast<unsigned long>(hidden)}}.render(language));
        if (load.defaulted_capacities > 0)
            note_lines(Message{Msg::report_people_defaulted, {static_cast<unsigned long>(load.defaulted_capacities)}}
                           .render(language));
        note_lines(Message{Msg::report_people_explained,
                           {MessageArg::date(load.first_week), MessageArg::date(load.last_week + 6)}}
                       .render(language));
    }

private:
    // Green up to half the capacity, red above 120 %.
    static CellFormat heat_of(double of_capacity) {
        return of_capacity <= 0.5   ? CellFormat::heat_1
               : of_capacity <= 0.8 ? CellFormat::heat_2
               : of_capacity <= 1.0 ? CellFormat::heat_3
               : of_capacity <= 1.2 ? CellFormat::heat_4
                                    : CellFormat::heat_5;
    }

    // "P1 / 1.2 Design 80%; P2 / 3 50%; +2": each row's share of the week, largest first.
    std::string causes_text(const Overload& o) const {
        std::string text;
        for (std::size_t i = 0; i < o.causes.size() && i < max_causes_shown; ++i) {
            const LoadContribution& c = o.causes[i];
            if (!text.empty())
                text += "; ";
            text += c.project_id;
            const std::string task = c.task_id.empty() ? c.task_name
                                     : c.task_name.empty() ? c.task_id
                                                           : c.task_id + " " + c.task_name;
            if (!task.empty())
                text += (c.project_id.empty() ? "" : " / ") + task;
            text += " " + format_number(std::round(c.load * 100)) + "%";
        }
        if (o.causes.size() > max_causes_shown)
            text += "; +" + std::to_string(o.causes.size() - max_causes_shown);
        return text;
    }
};

}  // namespace

void people(ReportSheet& sheet) { PeopleSection(sheet).people(); }

}  // namespace pmocalc::report
