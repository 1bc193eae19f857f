// The PMO_* functions and the report compute every figure in one place: on
// the sample portfolios (en, ja) in a real office, the formulas =PMO_PV,
// =PMO_EV, =PMO_SPI … over each project's task rows give exactly the figures
// the one-click report writes for that project and for the portfolio.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <osl/file.hxx>

#include "core/earning_rules.hpp"
#include "core/report_model.hpp"
#include "support/pmocalc_office.hpp"
#include "uno/report_writer.hpp"
#include "uno/uno_values.hpp"

namespace pmocalc {
namespace {

namespace fs = std::filesystem;
namespace col = report_column;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

const fs::path build_dir = PMOCALC_BINARY_DIR;
const fs::path examples = fs::path(PMOCALC_SOURCE_DIR) / "examples";

// The sample's sheets by position (the same in both languages) and the
// columns of its task, risk and issue tables.
enum SampleSheet : sal_Int32 { projects_sheet, tasks_sheet, risks_sheet, issues_sheet, holidays_sheet = 6 };
constexpr sal_Int32 tasks_header_row = 1;
constexpr std::size_t ev_method_column = 16;  // Q: EV method / 出来高計上方法

using Grid = std::vector<std::vector<Any>>;

Grid used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
    Grid grid;
    for (const auto& row : uno::used_area_values(sheet))
        grid.emplace_back(row.begin(), row.end());
    return grid;
}

std::string text_at(const Grid& grid, std::size_t row, std::size_t column) {
    rtl::OUString text;
    if (row < grid.size() && column < grid[row].size())
        grid[row][column] >>= text;
    return uno::to_utf8(text);
}

std::optional<double> number_at(const Grid& grid, std::size_t row, std::size_t column) {
    double value = 0;
    if (row < grid.size() && column < grid[row].size() && (grid[row][column] >>= value))
        return value;
    return std::nullopt;
}

// A column of a sheet from row `first` to `last` (1-based, inclusive) as an absolute reference.
std::string range(const std::string& sheet, char column, std::size_t first, std::size_t last) {
    return "$'" + sheet + "'." + column + std::to_string(first) + ":" + column + std::to_string(last);
}

struct Rows {
    std::size_t first = 0;  // 1-based sheet rows
    std::size_t last = 0;
};

// Where each project's rows are on a sheet whose column B (risks, issues) or
// A (tasks) holds the project ID; the rows of a project are contiguous.
std::map<std::string, Rows> rows_by_project(const Grid& grid, std::size_t header_row, std::size_t id_column) {
    std::map<std::string, Rows> rows;
    for (std::size_t r = header_row + 1; r < grid.size(); ++r) {
        const std::string id = text_at(grid, r, id_column);
        if (id.empty())
            continue;
        auto [it, inserted] = rows.try_emplace(id, Rows{r + 1, r + 1});
        EXPECT_TRUE(inserted || it->second.last == r) << "rows of " << id << " are not contiguous";
        it->second.last = r + 1;
    }
    return rows;
}

class FunctionsAgreeWithTheReport : public ::testing::TestWithParam<const char*> {
protected:
    static void SetUpTestSuite() { office_ = new test::PmocalcOffice(); }
    static void TearDownTestSuite() { delete office_; }

    static inline test::PmocalcOffice* office_ = nullptr;
};

TEST_P(FunctionsAgreeWithTheReport, OnTheSamplePortfolio) {
    const std::string language = GetParam();
    const uno::DocumentRef document =
        office_->open_copy(examples / ("portfolio-sample-" + language + ".fods"), test::Window::hidden);

    // The report, by the one-click command.
    ASSERT_EQ(office_->generate(document).State, css::frame::DispatchResultState::SUCCESS);
    const auto report_name = uno::existing_report_sheet(document);
    ASSERT_TRUE(report_name);
    const Grid report = used_area(Reference<css::sheet::XSpreadsheet>(
        document->getSheets()->getByName(uno::to_ouString(*report_name)), UNO_QUERY_THROW));
    const double status_date = *number_at(report, 1, 2);

    // The report's rows: the portfolio's and one per project (the cost table's).
    const Language lang = language == "ja" ? Language::ja : Language::en;
    std::size_t portfolio_row = 0;
    while (portfolio_row < report.size() && text_at(report, portfolio_row, col::bac) != text(Msg::header_bac, lang))
        ++portfolio_row;
    ++portfolio_row;
    ASSERT_LT(portfolio_row, report.size());

    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    auto sheet_at = [&](sal_Int32 index) {
        return Reference<css::sheet::XSpreadsheet>(sheets->getByIndex(index), UNO_QUERY_THROW);
    };
    auto name_of = [&](sal_Int32 index) {
        return uno::to_utf8(Reference<css::container::XNamed>(sheet_at(index), UNO_QUERY_THROW)->getName());
    };
    const std::string tasks = name_of(tasks_sheet);
    const std::string holidays = name_of(holidays_sheet);
    const std::string risks = name_of(risks_sheet);
    const Grid task_grid = used_area(sheet_at(tasks_sheet));
    const Grid risk_grid = used_area(sheet_at(risks_sheet));
    auto task_rows = rows_by_project(task_grid, tasks_header_row, 0);
    const auto risk_rows = rows_by_project(risk_grid, 0, 1);
    ASSERT_EQ(task_rows.size(), 10u);
    const std::size_t holiday_rows = used_area(sheet_at(holidays_sheet)).size();
    task_rows["(portfolio)"] = {tasks_header_row + 2, task_grid.size()};

    // One row of formulas per project on a scratch sheet.
    document->getSheets()->insertNewByName("Check", sheets->getCount());
    Reference<css::sheet::XSpreadsheet> check(document->getSheets()->getByName("Check"), UNO_QUERY_THROW);
    enum CheckColumn : sal_Int32 { pv, ev, ac, sv, cv, spi, cpi, eac, vac, exposure, check_columns };
    const std::map<CheckColumn, std::size_t> report_column_of{
        {pv, col::pv}, {ev, col::ev}, {ac, col::ac}, {sv, col::sv}, {cv, col::cv}, {spi, col::spi},
        {cpi, col::cpi}, {eac, col::eac}, {vac, col::vac}};
    const std::string closed_word = lang == Language::ja ? "完了" : "Closed";
    const std::string threat_word = lang == Language::ja ? "脅威" : "Threat";
    sal_Int32 row = 0;
    std::vector<std::string> order;
    for (const auto& [project, rows] : task_rows) {
        auto cell = [&](CheckColumn c) { return check->getCellByPosition(c, row); };
        auto at = [&](CheckColumn c) { return "$Check." + std::string(1, static_cast<char>('A' + c)) + std::to_string(row + 1); };
        const std::string budgets = range(tasks, 'D', rows.first, rows.last);
        cell(pv)->setFormula(uno::to_ouString(
            "=PMO_PV(" + budgets + ";" + range(tasks, 'E', rows.first, rows.last) + ";" +
            range(tasks, 'F', rows.first, rows.last) + ";" + std::to_string(status_date) + ";" +
            range(holidays, 'A', 2, holiday_rows) + ")"));
        cell(ev)->setFormula(uno::to_ouString("=PMO_EV(" + budgets + ";" + range(tasks, 'J', rows.first, rows.last) + ")"));
        cell(ac)->setFormula(uno::to_ouString("=SUM(" + range(tasks, 'K', rows.first, rows.last) + ")"));
        cell(sv)->setFormula(uno::to_ouString("=PMO_SV(" + at(ev) + ";" + at(pv) + ")"));
        // Actual costs as the range itself: a project with none has no AC, CV or CPI.
        const std::string actual_costs = range(tasks, 'K', rows.first, rows.last);
        cell(cv)->setFormula(uno::to_ouString("=PMO_CV(" + at(ev) + ";" + actual_costs + ")"));
        cell(spi)->setFormula(uno::to_ouString("=PMO_SPI(" + at(ev) + ";" + at(pv) + ")"));
        cell(cpi)->setFormula(uno::to_ouString("=PMO_CPI(" + at(ev) + ";" + actual_costs + ")"));
        cell(eac)->setFormula(uno::to_ouString("=PMO_EAC(" + budgets + ";" + at(ev) + ";" + actual_costs + ")"));
        cell(vac)->setFormula(uno::to_ouString("=PMO_VAC(" + budgets + ";" + at(ev) + ";" + actual_costs + ")"));
        if (const auto found = risk_rows.find(project); found != risk_rows.end()) {
            // Open threats only, as the report counts exposure.
            const Rows& r = found->second;
            std::string open_threat = "(";
            open_threat += range(risks, 'G', r.first, r.last) + "<>\"" + closed_word + "\")*(";
            open_threat += range(risks, 'F', r.first, r.last) + "=\"" + threat_word + "\")";
            Reference<css::sheet::XArrayFormulaRange>(check->getCellRangeByPosition(exposure, row, exposure, row),
                                                      UNO_QUERY_THROW)
                ->setArrayFormula(uno::to_ouString("=PMO_EXPOSURE(IF(" + open_threat + ";" +
                                                   range(risks, 'D', r.first, r.last) + ";\"\");IF(" + open_threat +
                                                   ";" + range(risks, 'E', r.first, r.last) + ";\"\"))"));
        }
        order.push_back(project);
        ++row;
    }
    Reference<css::sheet::XCalculatable>(document, UNO_QUERY_THROW)->calculateAll();
    const Grid results = used_area(check);

    // A project with a task earning by level of effort, weighted milestones or
    // apportioned effort: PMO_EV alone cannot apply those rules (it says so),
    // the report does; its EV and the figures made of it are checked by the
    // core tests and e2e.SampleReport instead.
    auto report_only_rules = [&](const Rows& rows) {
        for (std::size_t r = rows.first - 1; r < rows.last; ++r) {
            const auto method = parse_earning_method(text_at(task_grid, r, ev_method_column));
            if (method && !earned_share(method->rule, 0))
                return true;
        }
        return false;
    };
    const std::set<CheckColumn> made_of_ev{ev, sv, cv, spi, cpi, eac, vac};
    std::size_t skipped = 0;

    std::size_t compared = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::string& project = order[i];
        std::size_t report_row = portfolio_row;
        if (project != "(portfolio)") {
            report_row = portfolio_row + 1;  // the cost table's rows, not page 1's
            while (report_row < report.size() &&
                   !(text_at(report, report_row, col::project_id) == project && number_at(report, report_row, col::bac)))
                ++report_row;
            ASSERT_LT(report_row, report.size()) << project;
        }
        const bool skip_ev = report_only_rules(task_rows.at(project));
        for (const auto& [check_column, figure] : report_column_of) {
            if (skip_ev && made_of_ev.count(check_column)) {
                ++skipped;
                continue;
            }
            const auto function = number_at(results, i, check_column);
            const auto reported = number_at(report, report_row, figure);
            if (!reported) {
                // Undefined in the report ("–"): the function answers an error, not a number.
                EXPECT_EQ(text_at(report, report_row, figure), text(Msg::not_defined, lang));
                if (check_column != ac) {
                    EXPECT_FALSE(function.has_value()) << language << " " << project << " column " << check_column;
                }
                continue;
            }
            ASSERT_TRUE(function.has_value()) << project << " column " << check_column << ": "
                                              << text_at(results, i, check_column);
            EXPECT_NEAR(*function, *reported, 1e-9 * std::max(1.0, std::fabs(*reported)))
                << language << " " << project << " column " << check_column;
            ++compared;
        }
        if (project != "(portfolio)" && risk_rows.count(project)) {
            // The exposure is in the projects' second table (schedule, issues and risks), below the first.
            std::size_t status_row = report_row + 1;
            while (status_row < report.size() && text_at(report, status_row, col::status_project_id) != project)
                ++status_row;
            ASSERT_LT(status_row, report.size()) << project;
            const auto function = number_at(results, i, exposure);
            const auto reported = number_at(report, status_row, col::risk_exposure);
            ASSERT_TRUE(reported.has_value()) << project;
            // PMO_EXPOSURE over no open threat at all is Err:502 ("no risk given"); the report says 0.
            EXPECT_NEAR(function.value_or(0), *reported, 1e-9 * std::max(1.0, std::fabs(*reported)))
                << language << " " << project << ": " << text_at(results, i, exposure);
        }
    }
    EXPECT_GE(compared + skipped, 90u) << "every project's figures were compared";
    EXPECT_EQ(skipped, 14u) << "P02 (level of effort, weighted milestones) and the portfolio";
    office_->close_all();
}

INSTANTIATE_TEST_SUITE_P(Samples, FunctionsAgreeWithTheReport, ::testing::Values("en", "ja"));

}  // namespace
}  // namespace pmocalc
