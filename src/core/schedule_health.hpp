// Schedule health: the DCMA 14-point schedule assessment as far as a
// workbook's task sheet carries the data (Defense Contract Management Agency,
// "Earned Value Management System (EVMS) Program Analysis Pamphlet", DCMA-EA
// PAM 200.1, 2012, §4 "14 Point Schedule Metrics"; first issued with the
// 2009 DCMA 14-Point Assessment). Checks 1–8 count unfinished tasks and their
// links, as the pamphlet does; a check that needs a column the workbook lacks
// is not assessed, and says which column.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "calendar.hpp"
#include "messages.hpp"
#include "portfolio.hpp"
#include "schedule_network.hpp"

namespace pmocalc {

enum class HealthCheckId {
    logic, leads, lags, relationship_types, hard_constraints, high_float, negative_float, high_duration,
    invalid_dates, resources, missed_tasks, critical_path_test, cpli, bei,
};
enum class HealthStatus { pass, fail, not_assessed };

std::string_view health_check_code(HealthCheckId id);  // "logic", "leads" … for JSON
std::string_view health_status_code(HealthStatus status);  // "pass", "fail", "not_assessed"
Msg health_check_label(HealthCheckId id);

struct HealthCheck {
    HealthCheckId id;
    HealthStatus status = HealthStatus::not_assessed;
    std::string threshold;              // "≤ 5%", "0", "≥ 0.95": the same in every language
    std::optional<std::size_t> count;   // what the check counts
    std::optional<std::size_t> total;   // out of how many
    std::optional<double> value;        // the share or the index compared with the threshold
    std::optional<Message> note;        // why not assessed, or what the figure rests on
};

// One task of the network as the checks see it (index = the network's task index).
struct HealthTask {
    double duration = 0;  // planned working days
    double budget = 0;
    bool finished = false;
    bool hard_constraint = false;
    Day baseline_finish = 0;  // the baseline, else the planned finish
    std::optional<Day> actual_finish;
    std::optional<Day> forecast_finish;
};

// DCMA's limits: 44 working days (two months) of float or duration, a
// critical path delay test of 600 working days, and the indices' 0.95.
inline constexpr double dcma_high_days = 44;
inline constexpr double dcma_test_delay = 600;
inline constexpr double dcma_index_threshold = 0.95;

// The 14 checks, in DCMA's order. `cpm` is the network's critical path
// against the baseline finish (so its floats turn negative when it cannot be met).
std::vector<HealthCheck> assess_schedule_health(const ScheduleNetwork& network, std::span<const HealthTask> tasks,
                                                const CriticalPath& cpm, Day status_date,
                                                const ScheduleColumns& columns);

}  // namespace pmocalc
