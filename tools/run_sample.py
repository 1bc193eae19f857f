#!/usr/bin/env python3
"""Installs pmocalc into a throwaway profile, recalculates the sample workbooks in
headless Calc (build/pmocalc-office) and prints their key figures (the first
sheet). Exits non-zero if any figure is an error value.

usage: run_sample.py BUILD_DIR WORKBOOK...
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata


def width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    errors = 0
    build, workbooks = argv[0], argv[1:]
    work = tempfile.mkdtemp(prefix="pmocalc-sample-")
    done = subprocess.run([os.path.join(build, "pmocalc-office"), "convert", "--extension",
                           os.path.join(build, "pmocalc.oxt"), "--to", "csv", "--outdir", work] + workbooks,
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stdout + done.stderr)
        return 1
    try:
        for workbook, result in zip(workbooks, done.stdout.split()):
            with open(result, newline="", encoding="utf-8") as f:
                rows = [r for r in csv.reader(f) if r]
            print("== %s: %s" % (os.path.basename(workbook), rows[0][0]))
            label_width = max(width(r[0]) for r in rows[1:])
            for label, value, *_ in rows[1:]:
                bad = value.startswith("#") or value.startswith("Err:")
                errors += bad
                print("  %s%s  %s%s" % (label, " " * (label_width - width(label)), value, "   <-- ERROR" if bad else ""))
            print()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
