// Dependencies between projects: what a slip of one project's task does to
// the tasks of other projects that wait for it ("P02:15" in a predecessor
// cell), and which projects a project's slip reaches, directly and through
// others.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "portfolio.hpp"
#include "schedule_analysis.hpp"

namespace pmocalc {

// One link against the successor's plan, in working days on the calendar.
// The predecessor's forecast: its actual finish, else its forecast finish,
// else its planned finish, never before the status date while unfinished;
// its start is the planned one, never before the status date while not
// started. The successor's side is its planned start (FS, SS) or finish (FF, SF).
struct CrossProjectLinkFigures {
    CrossProjectLink link;
    Day predecessor_date = 0;  // forecast finish (FS, FF) or start (SS, SF)
    Day successor_date = 0;    // planned start (FS, SS) or finish (FF, SF)
    Day predecessor_finish = 0;  // forecast finish, shown whatever the type
    Day successor_start = 0;     // planned start, shown whatever the type
    double push = 0;   // working days the successor must move; 0 when the link has slack
    double slack = 0;  // working days the predecessor may still slip; 0 when it pushes
    bool propagates() const { return push > 0; }
};

// The projects a project's slip reaches: through its links that propagate,
// then on through those projects' links that propagate (each link judged on
// its own forecast; the push is not carried into the next project's dates).
struct ProjectReach {
    std::string project;
    std::vector<std::string> direct;   // in the portfolio's project order
    std::vector<std::string> reaches;  // direct and onwards, in the portfolio's order, never the project itself
};

struct CrossProjectAnalysis {
    std::vector<CrossProjectLinkFigures> links;  // in the order given
    std::vector<ProjectReach> projects;  // those whose slip reaches another, in the portfolio's order
};

CrossProjectAnalysis analyse_cross_project(const Portfolio& portfolio, std::span<const CrossProjectLink> links,
                                           const WorkCalendar& calendar, Day status_date);

}  // namespace pmocalc
