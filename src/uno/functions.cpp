// The add-in service org.pmocalc.Functions: converts Calc's arguments, calls
// the core's sheet functions and turns their outcome into a Calc result.
// Nothing escapes but the UNO exceptions Calc expects: IllegalArgumentException
// (shown as Err:502) and RuntimeException (#VALUE!); see barrier.hpp.

#include <cmath>
#include <cstdint>
#include <cstring>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/pmocalc/XFunctions.hpp>

#include "../core/function_catalog.hpp"
#include "../core/sheet_functions.hpp"
#include "barrier.hpp"
#include "uno_values.hpp"

namespace pmocalc::uno {
namespace {

// Calc keeps a formula error in the low bits of a quiet NaN (formula/errorcodes.hxx);
// 532 is #DIV/0!, 503 #NUM! (what Calc's own arithmetic gives on overflow).
// A plain NaN would show as #VALUE!, hiding why.
constexpr std::uint32_t calc_division_by_zero = 532;
constexpr std::uint32_t calc_overflow = 503;
constexpr std::uint32_t calc_not_available = 0x7FFF;  // #N/A

double calc_error_value(std::uint32_t error_code) {
    const std::uint64_t bits = 0x7FF8000000000000ULL | error_code;
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

[[noreturn]] void throw_invalid(const Problem& problem) {
    throw css::lang::IllegalArgumentException(to_ouString(problem.reason()), Reference<css::uno::XInterface>(), 0);
}

double to_calc(const Outcome<double>& outcome) {
    if (outcome) {
        if (!std::isfinite(*outcome))  // the core promises finite figures: never show an infinity
            return calc_error_value(calc_overflow);
        return *outcome;
    }
    switch (outcome.problem().fault) {
    case Fault::undefined_result: return calc_error_value(calc_division_by_zero);
    case Fault::too_large: return calc_error_value(calc_overflow);
    case Fault::not_available: return calc_error_value(calc_not_available);
    case Fault::invalid_input: break;
    }
    throw_invalid(outcome.problem());
}

OUString to_calc(const Outcome<std::string>& outcome) {
    if (outcome)
        return to_ouString(*outcome);
    throw_invalid(outcome.problem());
}

// An array result in the shape of the ids argument; a skipped (blank) row
// stays blank.
AnyGrid to_calc(const Outcome<sheet::SheetArray>& outcome) {
    if (!outcome)
        throw_invalid(outcome.problem());
    const sheet::SheetArray& array = *outcome;
    AnyGrid grid(static_cast<sal_Int32>(array.rows));
    auto* rows = grid.getArray();
    for (std::size_t r = 0; r < array.rows; ++r) {
        rows[r].realloc(static_cast<sal_Int32>(array.columns));
        auto* cells = rows[r].getArray();
        for (std::size_t c = 0; c < array.columns; ++c) {
            const auto& value = array.values[r * array.columns + c];
            cells[c] = value ? Any(*value) : Any(OUString());
        }
    }
    return grid;
}

// The Monte Carlo functions' task rows, converted once.
struct ThreePointCells {
    CellRange ids, optimistic, likely, pessimistic, predecessors;
    ThreePointCells(const AnyGrid& i, const AnyGrid& o, const AnyGrid& l, const AnyGrid& p, const AnyGrid& d)
        : ids(to_cell_range(i)), optimistic(to_cell_range(o)), likely(to_cell_range(l)),
          pessimistic(to_cell_range(p)), predecessors(to_cell_range(d)) {}
    sheet::ThreePointRanges ranges() const { return {ids, optimistic, likely, pessimistic, predecessors}; }
};

// The functions' barrier: only the exceptions Calc understands leave a call.
template <class Call>
auto guarded(Call call) -> decltype(call()) {
    return rethrow_as_uno("a PMO_* function", [&] {
        inject_fault(Face::functions);
        return call();
    });
}

sheet::DateFrame date_frame_of(const Reference<css::beans::XPropertySet>& document) {
    return {null_date_offset(document)};
}

class Functions : public cppu::WeakImplHelper2<org::pmocalc::XFunctions, css::lang::XServiceInfo> {
public:
    double SAL_CALL sv(const AnyGrid& ev, const AnyGrid& pv) override {
        return guarded([&] { return to_calc(sheet::sv(to_cell_range(ev), to_cell_range(pv))); });
    }
    double SAL_CALL cv(const AnyGrid& ev, const AnyGrid& ac) override {
        return guarded([&] { return to_calc(sheet::cv(to_cell_range(ev), to_cell_range(ac))); });
    }
    double SAL_CALL spi(const AnyGrid& ev, const AnyGrid& pv) override {
        return guarded([&] { return to_calc(sheet::spi(to_cell_range(ev), to_cell_range(pv))); });
    }
    double SAL_CALL cpi(const AnyGrid& ev, const AnyGrid& ac) override {
        return guarded([&] { return to_calc(sheet::cpi(to_cell_range(ev), to_cell_range(ac))); });
    }
    double SAL_CALL eac(const AnyGrid& bac, const AnyGrid& ev, const AnyGrid& ac, const Any& method,
                        const Any& pv) override {
        return guarded([&] {
            return to_calc(sheet::eac(to_cell_range(bac), to_cell_range(ev), to_cell_range(ac),
                                      to_optional_range(method), to_optional_range(pv)));
        });
    }
    double SAL_CALL etc(const AnyGrid& bac, const AnyGrid& ev, const AnyGrid& ac, const Any& method,
                        const Any& pv) override {
        return guarded([&] {
            return to_calc(sheet::etc(to_cell_range(bac), to_cell_range(ev), to_cell_range(ac),
                                      to_optional_range(method), to_optional_range(pv)));
        });
    }
    double SAL_CALL vac(const AnyGrid& bac, const AnyGrid& ev, const AnyGrid& ac, const Any& method,
                        const Any& pv) override {
        return guarded([&] {
            return to_calc(sheet::vac(to_cell_range(bac), to_cell_range(ev), to_cell_range(ac),
                                      to_optional_range(method), to_optional_range(pv)));
        });
    }
    double SAL_CALL tcpi(const AnyGrid& bac, const AnyGrid& ev, const AnyGrid& ac, const Any& eac) override {
        return guarded([&] {
            return to_calc(sheet::tcpi(to_cell_range(bac), to_cell_range(ev), to_cell_range(ac),
                                       to_optional_range(eac)));
        });
    }
    double SAL_CALL pv(const Reference<css::beans::XPropertySet>& document, const AnyGrid& budgets,
                       const AnyGrid& starts, const AnyGrid& finishes, const AnyGrid& status_date,
                       const Any& holidays, const Any& weekend) override {
        return guarded([&] {
            return to_calc(sheet::pv(date_frame_of(document), to_cell_range(budgets), to_cell_range(starts),
                                     to_cell_range(finishes), to_cell_range(status_date),
                                     to_optional_range(holidays), to_optional_range(weekend)));
        });
    }
    double SAL_CALL ev(const AnyGrid& budgets, const AnyGrid& percent_complete, const Any& methods) override {
        return guarded([&] {
            return to_calc(
                sheet::ev(to_cell_range(budgets), to_cell_range(percent_complete), to_optional_range(methods)));
        });
    }
    double SAL_CALL slip(const Reference<css::beans::XPropertySet>& document, const AnyGrid& baseline_finish,
                         const AnyGrid& forecast_finish, const Any& holidays, const Any& weekend) override {
        return guarded([&] {
            return to_calc(sheet::slip(date_frame_of(document), to_cell_range(baseline_finish),
                                       to_cell_range(forecast_finish), to_optional_range(holidays),
                                       to_optional_range(weekend)));
        });
    }
    double SAL_CALL es(const AnyGrid& pv_curve, const AnyGrid& ev) override {
        return guarded([&] { return to_calc(sheet::es(to_cell_range(pv_curve), to_cell_range(ev))); });
    }
    double SAL_CALL svt(const AnyGrid& pv_curve, const AnyGrid& ev, const AnyGrid& at) override {
        return guarded(
            [&] { return to_calc(sheet::svt(to_cell_range(pv_curve), to_cell_range(ev), to_cell_range(at))); });
    }
    double SAL_CALL spit(const AnyGrid& pv_curve, const AnyGrid& ev, const AnyGrid& at) override {
        return guarded(
            [&] { return to_calc(sheet::spit(to_cell_range(pv_curve), to_cell_range(ev), to_cell_range(at))); });
    }
    double SAL_CALL ieact(const AnyGrid& pv_curve, const AnyGrid& ev, const AnyGrid& at) override {
        return guarded(
            [&] { return to_calc(sheet::ieact(to_cell_range(pv_curve), to_cell_range(ev), to_cell_range(at))); });
    }
    double SAL_CALL exposure(const AnyGrid& probabilities, const AnyGrid& impacts) override {
        return guarded(
            [&] { return to_calc(sheet::exposure(to_cell_range(probabilities), to_cell_range(impacts))); });
    }
    double SAL_CALL emv(const AnyGrid& probabilities, const AnyGrid& impacts, const AnyGrid& types) override {
        return guarded([&] {
            return to_calc(sheet::emv(to_cell_range(probabilities), to_cell_range(impacts), to_cell_range(types)));
        });
    }
    OUString SAL_CALL rag(const AnyGrid& spi, const AnyGrid& cpi, const Any& amber_below,
                          const Any& red_below) override {
        return guarded([&] {
            return to_calc(sheet::rag(to_cell_range(spi), to_cell_range(cpi), to_optional_range(amber_below),
                                      to_optional_range(red_below)));
        });
    }
    double SAL_CALL openissues(const Reference<css::beans::XPropertySet>& document, const AnyGrid& raised,
                               const AnyGrid& closed, const AnyGrid& status_date, const Any& min_age_days) override {
        return guarded([&] {
            return to_calc(sheet::openissues(date_frame_of(document), to_cell_range(raised), to_cell_range(closed),
                                             to_cell_range(status_date), to_optional_range(min_age_days)));
        });
    }

    double SAL_CALL duration(const AnyGrid& ids, const AnyGrid& durations, const AnyGrid& predecessors) override {
        return guarded([&] {
            return to_calc(sheet::duration(to_cell_range(ids), to_cell_range(durations), to_cell_range(predecessors)));
        });
    }
    AnyGrid SAL_CALL totalfloat(const AnyGrid& ids, const AnyGrid& durations, const AnyGrid& predecessors) override {
        return guarded([&] {
            return to_calc(
                sheet::totalfloat(to_cell_range(ids), to_cell_range(durations), to_cell_range(predecessors)));
        });
    }
    AnyGrid SAL_CALL freefloat(const AnyGrid& ids, const AnyGrid& durations, const AnyGrid& predecessors) override {
        return guarded([&] {
            return to_calc(
                sheet::freefloat(to_cell_range(ids), to_cell_range(durations), to_cell_range(predecessors)));
        });
    }
    double SAL_CALL mcduration(const AnyGrid& ids, const AnyGrid& optimistic, const AnyGrid& likely,
                               const AnyGrid& pessimistic, const AnyGrid& predecessors, const AnyGrid& percentile,
                               const Any& iterations, const Any& seed) override {
        return guarded([&] {
            const ThreePointCells tasks(ids, optimistic, likely, pessimistic, predecessors);
            return to_calc(sheet::mcduration(tasks.ranges(), to_cell_range(percentile), to_optional_range(iterations),
                                             to_optional_range(seed)));
        });
    }
    double SAL_CALL mcprobability(const AnyGrid& ids, const AnyGrid& optimistic, const AnyGrid& likely,
                                  const AnyGrid& pessimistic, const AnyGrid& predecessors, const AnyGrid& target,
                                  const Any& iterations, const Any& seed) override {
        return guarded([&] {
            const ThreePointCells tasks(ids, optimistic, likely, pessimistic, predecessors);
            return to_calc(sheet::mcprobability(tasks.ranges(), to_cell_range(target), to_optional_range(iterations),
                                                to_optional_range(seed)));
        });
    }
    AnyGrid SAL_CALL criticality(const AnyGrid& ids, const AnyGrid& optimistic, const AnyGrid& likely,
                                 const AnyGrid& pessimistic, const AnyGrid& predecessors, const Any& iterations,
                                 const Any& seed) override {
        return guarded([&] {
            const ThreePointCells tasks(ids, optimistic, likely, pessimistic, predecessors);
            return to_calc(sheet::criticality(tasks.ranges(), to_optional_range(iterations), to_optional_range(seed)));
        });
    }
    double SAL_CALL defects(const AnyGrid& dates, const AnyGrid& cumulative_found, const Any& model) override {
        return guarded([&] {
            return to_calc(
                sheet::defects(to_cell_range(dates), to_cell_range(cumulative_found), to_optional_range(model)));
        });
    }

    double SAL_CALL load(const Reference<css::beans::XPropertySet>& document, const AnyGrid& resources,
                         const AnyGrid& starts, const AnyGrid& finishes, const AnyGrid& allocations,
                         const AnyGrid& resource, const AnyGrid& from, const AnyGrid& to, const Any& holidays) override {
        return guarded([&] {
            const CellRange resource_cells = to_cell_range(resources);
            const CellRange start_cells = to_cell_range(starts);
            const CellRange finish_cells = to_cell_range(finishes);
            const CellRange allocation_cells = to_cell_range(allocations);
            return to_calc(sheet::load(date_frame_of(document),
                                       {resource_cells, start_cells, finish_cells, allocation_cells},
                                       to_cell_range(resource), to_cell_range(from), to_cell_range(to),
                                       to_optional_range(holidays)));
        });
    }

    AnyGrid SAL_CALL select(const AnyGrid& values, const AnyGrid& costs, const AnyGrid& budget, const Any& people,
                            const Any& people_limit) override {
        return guarded([&] {
            return to_calc(sheet::select(to_cell_range(values), to_cell_range(costs), to_cell_range(budget),
                                         to_optional_range(people), to_optional_range(people_limit)));
        });
    }

    OUString SAL_CALL getImplementationName() override {
        return rethrow_as_uno("getImplementationName", [] { return to_ouString(addin_implementation_name); });
    }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return rethrow_as_uno("supportsService", [&] { return cppu::supportsService(this, name); });
    }
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        return rethrow_as_uno("getSupportedServiceNames", [] {
            const OUString service = to_ouString(addin_service_name);
            return css::uno::Sequence<OUString>(&service, 1);
        });
    }
};

}  // namespace
}  // namespace pmocalc::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_pmocalc_FunctionsImpl_get_implementation(
    css::uno::XComponentContext*, const css::uno::Sequence<css::uno::Any>&) {
    return pmocalc::uno::construct("creating org.pmocalc.FunctionsImpl", [] { return new pmocalc::uno::Functions(); });
}
