#!/usr/bin/env python3
"""Installs pmocalc into a throwaway profile, recalculates the sample workbooks in
headless Calc and prints their key figures (the first sheet). Exits non-zero if
any figure is an error value.

usage: run_sample.py OXT WORKBOOK...
"""
import csv
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from office_harness import CSV_UTF8, Office  # noqa: E402


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    errors = 0
    with Office(argv[0]) as office:
        for workbook in argv[1:]:
            with open(office.convert(workbook, CSV_UTF8), newline="", encoding="utf-8") as f:
                rows = [r for r in csv.reader(f) if r]
            print("== %s: %s" % (os.path.basename(workbook), rows[0][0]))
            label_width = max(width(r[0]) for r in rows[1:])
            for label, value, *_ in rows[1:]:
                bad = value.startswith("#") or value.startswith("Err:")
                errors += bad
                print("  %s%s  %s%s" % (label, " " * (label_width - width(label)), value, "   <-- ERROR" if bad else ""))
            print()
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
