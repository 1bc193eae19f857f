#!/usr/bin/env python3
"""A Primavera P6 export (XER) of N activities, as P6 writes one: a WBS of 100
elements, activities in chains of 20 (finish-to-start) with start-to-start
links across chains, a calendar with holidays, one resource on every activity.
For scripts/benchmark.sh's import part (issue 25: 10,000 activities).

    tools/generate_xer.py --activities 10000 --out big.xer"""
import argparse
import datetime


def xer(activities):
    lines = ["ERMHDR\t19.12\t2025-01-06\tProject\tadmin\tAdmin\tdbxDatabaseNoName\tProject Management\tUSD"]
    week = "".join("(0||%d()((0||0(s|08:00|f|12:00)())(0||1(s|13:00|f|17:00)())))" % d for d in range(2, 7))
    lines += ["%T\tCALENDAR", "%F\tclndr_id\tdefault_flag\tclndr_name\tday_hr_cnt\tclndr_data",
              "%R\t1\tY\tStandard\t8\t(0||CalendarData()((0||DaysOfWeek()((0||1()())" + week +
              "(0||7()()))(0||Exceptions()((0||0(d|45658)())(0||1(d|45772)()))))"]
    lines += ["%T\tPROJECT", "%F\tproj_id\tproj_short_name\tclndr_id\tlast_recalc_date\tplan_start_date",
              "%R\t1\tBIG\t1\t2025-06-30 17:00\t2025-01-06 08:00"]
    lines += ["%T\tPROJWBS", "%F\twbs_id\tproj_id\tproj_node_flag\tseq_num\twbs_short_name\twbs_name\tparent_wbs_id",
              "%R\t1\t1\tY\t0\tBIG\tA large plan\t"]
    lines += ["%%R\t%d\t1\tN\t%d\tW%d\tWork package %d\t1" % (w, w, w, w) for w in range(2, 102)]
    lines += ["%T\tTASK", "%F\ttask_id\tproj_id\twbs_id\tclndr_id\ttask_code\ttask_name\ttask_type\tstatus_code"
              "\ttarget_drtn_hr_cnt\tearly_start_date\tearly_end_date\ttarget_start_date\ttarget_end_date"]
    first = datetime.date(2025, 1, 6)
    for a in range(activities):
        start = first + datetime.timedelta(days=7 * (a % 20))
        s, f = start.isoformat(), (start + datetime.timedelta(days=4)).isoformat()
        lines.append("%%R\t%d\t1\t%d\t1\tA%d\tActivity %d\tTT_Task\tTK_NotStart\t40\t%s 08:00\t%s 17:00\t%s 08:00\t%s 17:00"
                     % (1000 + a, 2 + a % 100, a, a, s, f, s, f))
    lines += ["%T\tTASKPRED", "%F\ttask_pred_id\ttask_id\tpred_task_id\tpred_type\tlag_hr_cnt"]
    for a in range(1, activities):
        if a % 20:
            lines.append("%%R\t%d\t%d\t%d\tPR_FS\t0" % (a, 1000 + a, 999 + a))
        if a >= 20 and a % 7 == 0:
            lines.append("%%R\t%d\t%d\t%d\tPR_SS\t8" % (100000 + a, 1000 + a, 980 + a))
    lines += ["%T\tRSRC", "%F\trsrc_id\trsrc_name\trsrc_short_name", "%R\t1\tEngineer\tENG"]
    lines += ["%T\tTASKRSRC", "%F\ttaskrsrc_id\ttask_id\trsrc_id\ttarget_qty\ttarget_qty_per_hr\ttarget_cost"]
    lines += ["%%R\t%d\t%d\t1\t40\t1\t4000" % (a, 1000 + a) for a in range(activities)]
    return "\n".join(lines + ["%E", ""])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(xer(args.activities))
