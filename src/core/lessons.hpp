// Learning from past projects: the Lessons sheet by category and phase, the
// categories that recur across projects, and the open risks of current
// projects whose category matches past lessons (過去の教訓に該当するリスク).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "portfolio.hpp"

namespace pmocalc {

struct LessonCategory {
    std::string name;                 // as first typed; "" for lessons without a category
    std::size_t lessons = 0;
    std::vector<std::string> projects;  // distinct project IDs, in order of appearance
    std::vector<std::size_t> by_phase;  // lessons per LessonsAnalysis::phases entry
    // Recorded in two or more projects (or, where no lesson names a
    // project, two or more times): a pattern, not an incident.
    bool recurs = false;
};

// An open risk of a current project (one on the Projects sheet) whose
// category is a lesson category, most exposed first.
struct RiskLessonMatch {
    std::size_t risk = 0;      // index into Portfolio::risks
    std::size_t category = 0;  // index into LessonsAnalysis::categories
    double exposure = 0;       // probability × impact
    std::size_t first_lesson = 0;  // index into Portfolio::lessons: an example to read
};

struct LessonsAnalysis {
    std::size_t lessons = 0;
    std::size_t projects = 0;         // distinct projects the lessons come from
    std::vector<std::string> phases;  // in order of appearance; "" for lessons without a phase (last)
    std::vector<LessonCategory> categories;  // most lessons first, ties in order of appearance; unnamed last
    std::vector<RiskLessonMatch> matched_risks;
    std::size_t risks_with_category = 0;  // open risks of current projects that name a category
};

// Categories and phases are compared as labels (case, width and spacing
// ignored: "Vendor management" = "vendor  management", ＩＴ = IT).
LessonsAnalysis analyse_lessons(const Portfolio& portfolio);

}  // namespace pmocalc
