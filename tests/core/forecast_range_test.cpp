#include "core/forecast_range.hpp"

#include "test_support.hpp"

namespace pmocalc {
namespace {

using test::date;

// BAC 1000, EV 300, AC 600, PV 500: CPI 0.5, SPI 0.6; SPI(t) 0.5; ΣETC 900.
EacBasis worked_example() { return {1000, 300, 600.0, 500, 0.5, 900.0}; }

TEST(ForecastRange, EveryEacMethodByHand) {
    ForecastRange r;
    estimate_range(worked_example(), r);
    EXPECT_TRUE(close_enough(*r.eac_cpi, 2000));               // 1000 / 0.5
    EXPECT_TRUE(close_enough(*r.eac_atypical, 1300));          // 600 + 700
    EXPECT_TRUE(close_enough(*r.eac_cpi_spi, 600 + 700 / 0.3));  // 2933.33…
    EXPECT_TRUE(close_enough(*r.eac_cpi_spit, 3400));          // 600 + 700 / 0.25
    EXPECT_TRUE(close_enough(*r.eac_bottom_up, 1500));         // 600 + 900
    EXPECT_TRUE(close_enough(*r.eac_low, 1300));
    EXPECT_TRUE(close_enough(*r.eac_high, 3400));
}

TEST(ForecastRange, WithoutActualCostsThereIsNoEac) {
    EacBasis basis = worked_example();
    basis.ac.reset();
    ForecastRange r;
    r.eac_cpi = 1;  // a stale figure is cleared, never kept
    estimate_range(basis, r);
    EXPECT_FALSE(r.eac_cpi || r.eac_atypical || r.eac_cpi_spi || r.eac_cpi_spit || r.eac_bottom_up);
    EXPECT_FALSE(r.eac_low || r.eac_high);
}

TEST(ForecastRange, UndefinedIndicesLeaveTheirEacsEmptyNotZero) {
    // AC 0: CPI undefined; atypical and bottom-up stand.
    ForecastRange r;
    estimate_range({1000, 300, 0.0, 500, 0.5, 900.0}, r);
    EXPECT_FALSE(r.eac_cpi);
    EXPECT_FALSE(r.eac_cpi_spi);
    EXPECT_FALSE(r.eac_cpi_spit);
    EXPECT_TRUE(close_enough(*r.eac_atypical, 700));
    EXPECT_TRUE(close_enough(*r.eac_bottom_up, 900));
    EXPECT_TRUE(close_enough(*r.eac_low, 700));
    EXPECT_TRUE(close_enough(*r.eac_high, 900));
    // Nothing earned: CPI 0, no EAC by a performance factor; no SPI(t), no ETC column.
    ForecastRange zero;
    estimate_range({1000, 0, 600.0, 500, std::nullopt, std::nullopt}, zero);
    EXPECT_FALSE(zero.eac_cpi);
    EXPECT_FALSE(zero.eac_cpi_spi);
    EXPECT_FALSE(zero.eac_cpi_spit);
    EXPECT_FALSE(zero.eac_bottom_up);
    EXPECT_TRUE(close_enough(*zero.eac_atypical, 1600));
    // Nothing planned yet: SPI undefined.
    ForecastRange early;
    estimate_range({1000, 100, 100.0, 0, std::nullopt, std::nullopt}, early);
    EXPECT_FALSE(early.eac_cpi_spi);
    EXPECT_TRUE(close_enough(*early.eac_cpi, 1000));
}

TEST(ForecastRange, FinishAtRateCountsWorkingDaysAfterTheStatusDate) {
    const WorkCalendar weekends{WeekendMask(), {}};
    const Day friday = date(2025, 1, 10);
    // 5 planned days at SPI 1: the next five working days, Mon 13 … Fri 17.
    EXPECT_EQ(finish_at_rate(5, 1.0, friday, weekends), date(2025, 1, 17));
    // 10 days at 0.8 are 12.5 working days: done on the 13th, Wed 29 Jan.
    EXPECT_EQ(finish_at_rate(10, 0.8, friday, weekends), date(2025, 1, 29));
    // 3 days at 1.5 are exactly 2.
    EXPECT_EQ(finish_at_rate(3, 1.5, friday, weekends), date(2025, 1, 14));
    // A holiday is no working day.
    const WorkCalendar holiday{WeekendMask(), {date(2025, 1, 13)}};
    EXPECT_EQ(finish_at_rate(5, 1.0, friday, holiday), date(2025, 1, 20));
    // Nothing left: the status date itself.
    EXPECT_EQ(finish_at_rate(0, 0.7, friday, weekends), friday);
}

TEST(ForecastRange, FinishAtRateRefusesWhatGivesNoDate) {
    const WorkCalendar weekends{WeekendMask(), {}};
    const Day friday = date(2025, 1, 10);
    EXPECT_FALSE(finish_at_rate(5, 0, friday, weekends));
    EXPECT_FALSE(finish_at_rate(5, -1, friday, weekends));
    EXPECT_FALSE(finish_at_rate(5, std::nan(""), friday, weekends));
    EXPECT_FALSE(finish_at_rate(-1, 1, friday, weekends));
    EXPECT_FALSE(finish_at_rate(1e9, 1e-9, friday, weekends));  // beyond the calendar
}

}  // namespace
}  // namespace pmocalc
