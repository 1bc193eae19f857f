// The PMO_* sheet functions with arbitrary cell ranges (any size, ragged,
// blanks, texts, numbers including NaN and ±inf, error values) and optional
// arguments present or left out, in a document with any null date.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "core/earned_schedule.hpp"
#include "core/sheet_functions.hpp"
#include "fuzz_input.hpp"

using namespace pmocalc;
using pmocalc::fuzz::FuzzInput;
namespace sheet = pmocalc::sheet;

namespace {

bool finite_numbers(const CellRange& range) {
    for (std::size_t i = 0; i < range.size(); ++i)
        if (range.kind(i) == CellKind::number && !std::isfinite(range.number(i)))
            return false;
    return true;
}

struct Arguments {
    FuzzInput& in;
    bool finite = true;

    CellRange range() {
        CellRange r = in.range(in.flag() ? 2 : 8, in.flag() ? 1 : 3);
        finite = finite && finite_numbers(r);
        return r;
    }
    sheet::Optional optional() {
        if (in.flag())
            return std::nullopt;
        return range();
    }
};

void check(const Outcome<double>& result, bool finite) {
    if (!result) {
        PMO_FUZZ_CHECK(!result.problem().reason().empty());
        return;
    }
    if (finite)
        PMO_FUZZ_CHECK(!std::isnan(*result));
}

// An array result: in the shape of the ids up to its last task, finite values.
void check_array(const Outcome<sheet::SheetArray>& result, const CellRange& ids) {
    if (!result) {
        PMO_FUZZ_CHECK(!result.problem().reason().empty());
        return;
    }
    PMO_FUZZ_CHECK(result->values.size() == result->rows * result->columns);
    PMO_FUZZ_CHECK(result->rows <= ids.rows() && result->columns <= std::max<std::size_t>(ids.columns(), ids.size()));
    for (const auto& value : result->values)
        PMO_FUZZ_CHECK(!value || std::isfinite(*value));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const std::uint8_t which = in.byte();
    sheet::DateFrame frame;
    switch (in.byte() % 4) {
    case 0: frame.null_date_offset = 0; break;
    case 1: frame.null_date_offset = 1462; break;
    case 2: frame.null_date_offset = -static_cast<Day>(in.u16()); break;
    default: frame.null_date_offset = static_cast<std::int32_t>(in.u32()); break;
    }
    Arguments a{in};
    switch (which % 25) {
    case 0: { auto x = a.range(); auto y = a.range(); check(sheet::sv(x, y), a.finite); break; }
    case 1: { auto x = a.range(); auto y = a.range(); check(sheet::cv(x, y), a.finite); break; }
    case 2: { auto x = a.range(); auto y = a.range(); check(sheet::spi(x, y), a.finite); break; }
    case 3: { auto x = a.range(); auto y = a.range(); check(sheet::cpi(x, y), a.finite); break; }
    case 4:
    case 5:
    case 6: {
        auto bac = a.range(); auto ev = a.range(); auto ac = a.range();
        auto method = in.flag() ? sheet::Optional(CellRange::single(std::string(in.word()))) : a.optional();
        auto pv = a.optional();
        const auto f = which % 19 == 4 ? sheet::eac : which % 19 == 5 ? sheet::etc : sheet::vac;
        check(f(bac, ev, ac, method, pv), a.finite);
        break;
    }
    case 7: {
        auto bac = a.range(); auto ev = a.range(); auto ac = a.range(); auto eac = a.optional();
        check(sheet::tcpi(bac, ev, ac, eac), a.finite);
        break;
    }
    case 8: {
        auto budgets = a.range(); auto starts = a.range(); auto finishes = a.range(); auto status = a.range();
        auto holidays = a.optional(); auto weekend = a.optional();
        const auto pv = sheet::pv(frame, budgets, starts, finishes, status, holidays, weekend);
        check(pv, a.finite);
        PMO_FUZZ_CHECK(!pv || *pv >= 0 || !a.finite);
        break;
    }
    case 9: {
        auto budgets = a.range(); auto percents = a.range();
        const auto ev = sheet::ev(budgets, percents);
        check(ev, a.finite);
        PMO_FUZZ_CHECK(!ev || *ev >= 0 || !a.finite);
        break;
    }
    case 10: {
        auto baseline = a.range(); auto forecast = a.range(); auto holidays = a.optional(); auto weekend = a.optional();
        const auto slip = sheet::slip(frame, baseline, forecast, holidays, weekend);
        check(slip, a.finite);
        PMO_FUZZ_CHECK(!slip || *slip == std::floor(*slip));
        break;
    }
    case 11: {
        auto curve = a.range(); auto ev = a.range();
        const auto es = sheet::es(curve, ev);
        check(es, a.finite);
        PMO_FUZZ_CHECK(!es || !a.finite || *es >= 0);
        break;
    }
    case 12: { auto c = a.range(); auto ev = a.range(); auto at = a.range(); check(sheet::svt(c, ev, at), a.finite); break; }
    case 13: { auto c = a.range(); auto ev = a.range(); auto at = a.range(); check(sheet::spit(c, ev, at), a.finite); break; }
    case 14: { auto c = a.range(); auto ev = a.range(); auto at = a.range(); check(sheet::ieact(c, ev, at), a.finite); break; }
    case 15: { auto p = a.range(); auto i = a.range(); check(sheet::exposure(p, i), a.finite); break; }
    case 16: {
        auto p = a.range(); auto i = a.range(); auto t = a.range();
        check(sheet::emv(p, i, t), a.finite);
        break;
    }
    case 17: {
        auto spi = a.range(); auto cpi = a.range(); auto amber = a.optional(); auto red = a.optional();
        const auto rag = sheet::rag(spi, cpi, amber, red);
        PMO_FUZZ_CHECK(!rag || *rag == "GREEN" || *rag == "AMBER" || *rag == "RED");
        break;
    }
    case 18: {
        auto raised = a.range(); auto closed = a.range(); auto status = a.range(); auto min_age = a.optional();
        const auto open = sheet::openissues(frame, raised, closed, status, min_age);
        check(open, a.finite);
        PMO_FUZZ_CHECK(!open || (*open >= 0 && *open <= static_cast<double>(raised.size())));
        break;
    }
    case 19:
    case 20:
    case 21: {
        auto ids = a.range(); auto durations = a.range(); auto predecessors = a.range();
        if (which % 25 == 19) {
            check(sheet::duration(ids, durations, predecessors), a.finite);
            break;
        }
        const auto floats = which % 25 == 20 ? sheet::totalfloat(ids, durations, predecessors)
                                             : sheet::freefloat(ids, durations, predecessors);
        check_array(floats, ids);
        break;
    }
    default: {
        auto ids = a.range(); auto o = a.range(); auto l = a.range(); auto p = a.range(); auto d = a.range();
        const sheet::ThreePointRanges tasks{ids, o, l, p, d};
        auto iterations = in.flag() ? sheet::Optional(CellRange::single(100.0 + in.byte())) : a.optional();
        auto seed = a.optional();
        if (which % 25 == 22) {
            auto percentile = a.range();
            check(sheet::mcduration(tasks, percentile, iterations, seed), a.finite);
        } else if (which % 25 == 23) {
            auto target = a.range();
            const auto p_within = sheet::mcprobability(tasks, target, iterations, seed);
            check(p_within, a.finite);
            PMO_FUZZ_CHECK(!p_within || (*p_within >= 0 && *p_within <= 1));
        } else {
            const auto shares = sheet::criticality(tasks, iterations, seed);
            check_array(shares, ids);
            if (shares)
                for (const auto& share : shares->values)
                    PMO_FUZZ_CHECK(!share || (*share >= 0 && *share <= 1));
        }
        break;
    }
    }
    return 0;
}
