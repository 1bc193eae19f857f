#include "report_model.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <tuple>
#include <vector>

#include "report/report_sheet.hpp"
#include "report/sections.hpp"

namespace pmocalc {

namespace {

using report::ReportSheet;

// Sheet column widths in mm before text is fitted: an ID, a long name, a
// program or PM, then figures (the printed columns take 333 to 380 mm: the
// page is scaled to 0.73–0.83, 10-pt text prints at 7.3 pt or more).
const std::vector<double> lead_column_widths_mm{24, 52, 26};
constexpr double default_column_width_mm = 21;

class ReportBuilder : ReportSheet {
public:
    using ReportSheet::ReportSheet;

    ReportLayout build() {
        layout.sheet_name = label(Msg::report_sheet_name);
        report::executive_summary(*this);
        // Page 1 is the summary alone (every section starts with a blank row).
        page_break_before(next_row() + 1);
        // Without tasks or earned value by period (a register alone) there
        // is nothing to earn: the report is the registers'.
        const bool earned_value = !portfolio.tasks.empty() || !portfolio.periods.empty();
        if (earned_value) {
            report::project_tables(*this);
            report::forecast_range(*this);
            report::breakdowns(*this);
        }
        report::risk_and_issue_registers(*this);
        if (earned_value) {
            report::slipped_milestones(*this);
            report::earned_value_charts(*this);
        }
        report::schedules(*this);
        report::cross_project_links(*this);
        report::history(*this);
        report::progress_lines(*this);
        report::quality(*this);
        report::lessons(*this);
        report::people(*this);
        report::choosing_projects(*this);
        report::what_was_read(*this);
        report::reading_guide(*this);
        return finish(lead_column_widths_mm, default_column_width_mm);
    }
};

}  // namespace

ReportLayout build_report(const Portfolio& portfolio, const PortfolioStatus& status, const ReportOptions& options) {
    return ReportBuilder(portfolio, status, options).build();
}

std::vector<Span> coalesced(std::vector<Span> spans) {
    // Joins b into a where b starts right after a along one axis and covers
    // the same extent across it.
    const auto join = [&spans](auto order, auto follows) {
        std::sort(spans.begin(), spans.end(), order);
        std::vector<Span> joined;
        for (const Span& span : spans) {
            if (!joined.empty() && follows(joined.back(), span))
                continue;
            joined.push_back(span);
        }
        spans = std::move(joined);
    };
    join([](const Span& a, const Span& b) {
             return std::tie(a.row, a.rows, a.column) < std::tie(b.row, b.rows, b.column);
         },
         [](Span& a, const Span& b) {
             if (a.row != b.row || a.rows != b.rows || b.column != a.column + a.columns)
                 return false;
             a.columns += b.columns;
             return true;
         });
    join([](const Span& a, const Span& b) {
             return std::tie(a.column, a.columns, a.row) < std::tie(b.column, b.columns, b.row);
         },
         [](Span& a, const Span& b) {
             if (a.column != b.column || a.columns != b.columns || b.row != a.row + a.rows)
                 return false;
             a.rows += b.rows;
             return true;
         });
    return spans;
}

double as_saved(double number) {
    if (!std::isfinite(number) || number == 0)
        return number;
    char text[40];
    // The decimal exponent first: between 1e-15 and 1e-5 a file keeps at most
    // 20 decimals (0.00000000000202859951), so fewer significant digits.
    const auto scientific = std::to_chars(text, text + sizeof text, number, std::chars_format::scientific, 14).ptr;
    int exponent = 0;
    const char* e = std::find(text, scientific, 'e');
    std::from_chars(e + 1 + (e[1] == '+'), scientific, exponent);
    const int digits = exponent >= -14 && exponent <= -6 ? 21 + exponent : 15;
    const auto end =
        digits == 15 ? scientific
                     : std::to_chars(text, text + sizeof text, number, std::chars_format::scientific, digits - 1).ptr;
    double kept = number;
    std::from_chars(text, end, kept);
    return kept;
}

}  // namespace pmocalc
