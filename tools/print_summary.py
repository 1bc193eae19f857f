#!/usr/bin/env python3
"""Prints the key figures of pmocalc-report JSON summaries as a table.

usage: print_summary.py SUMMARY.json...
"""
import json
import sys
import unicodedata


def figure(value, digits=2):
    if value is None:
        return "–"
    return "{:,.{}f}".format(value, digits)


def padded(text, width):
    """Left-aligned in `width` columns, counting East Asian wide characters as two."""
    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def main(paths):
    for path in paths:
        with open(path, encoding="utf-8") as f:
            s = json.load(f)
        p = s["portfolio"]
        print("== %s  (status date %s, report sheet \"%s\")" % (s["input"], s["status_date"], s["report_sheet"]))
        print("   portfolio  BAC %s  PV %s  EV %s  AC %s  SPI %s  CPI %s  EAC %s  SV(t) %s wk  SPI(t) %s  RAG %s" % (
            figure(p["bac"], 0), figure(p["pv"], 0), figure(p["ev"], 0), figure(p["ac"], 0), figure(p["spi"]),
            figure(p["cpi"]), figure(p["eac"], 0), figure(p["svt"], 1), figure(p["spit"]), p["rag"] or "–"))
        print("   risks %d (%d open, exposure %s)   issues open %d, overdue %d   diagnostics %d" % (
            s["risks"]["count"], s["risks"]["open"], figure(s["risks"]["exposure"], 0), s["issues"]["open"],
            s["issues"]["overdue"], len(s["diagnostics"])))
        print("   %-5s %s %6s %6s %6s %5s %5s   %-10s %-10s %6s %s" % (
            "id", padded("project", 34), "SPI", "CPI", "slip", "iss.", "RAG", "CPM end", "P80 end", "P(on)",
            "health fails"))
        for project in s["projects"]:
            print("   %-5s %s %6s %6s %6s %5d %5s   %s" % (
                project["id"], padded(project["name"][:30], 34), figure(project["spi"]), figure(project["cpi"]),
                figure(project["slip_days"], 0), project["open_issues"], project["rag"] or "–",
                schedule_columns(project.get("schedule"))))
        print()


def schedule_columns(schedule):
    """The CPM finish, P80, the probability of meeting the baseline and the failed DCMA checks."""
    if schedule is None:
        return "–"
    if schedule["network"] != "ok":
        return "network has problems (see diagnostics)"
    risk = schedule["risk"] or {}
    fails = [h["check"] for h in schedule["health"] if h["status"] == "fail"]
    on_time = risk.get("probability_on_time")
    return "%-10s %-10s %6s %s" % (schedule["early_finish"], risk.get("p80", "–"),
                                   "–" if on_time is None else "%.0f%%" % (100 * on_time), ", ".join(fails) or "none")


if __name__ == "__main__":
    main(sys.argv[1:])
