#!/usr/bin/env python3
"""Recalculates golden workbooks in real headless Calc with pmocalc installed.

Each workbook's first sheet `Checks` holds one check per row: A case, B the
formula, C the expected value, D a formula that is TRUE when they agree, and
G1 = AND(D2:D200). The run fails on any FALSE, naming the row.

usage: run_golden.py OXT WORKBOOK... [--via-xlsx]
  --via-xlsx  first save each workbook as .xlsx, drop every cached formula
              result from it, and check the reopened .xlsx instead.
"""
import csv
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from office_harness import CSV_UTF8, Office  # noqa: E402


def strip_cached_results(xlsx):
    """Removes the <v> of every formula cell so that only a recalculation can fill it."""
    stripped = xlsx + ".stripped.xlsx"
    with zipfile.ZipFile(xlsx) as zin, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = re.sub(rb"(</f>)<v>[^<]*</v>", rb"\1", data)
            zout.writestr(item, data)
    return stripped


def check(rows, name):
    failures = []
    if not rows or rows[0][:4] != ["case", "actual", "expected", "ok"]:
        return ["%s: first sheet does not start with the header case/actual/expected/ok" % name]
    checks = [(i + 1, r) for i, r in enumerate(rows[1:], start=1) if r and r[0].strip()]
    if not checks:
        return ["%s: no check rows" % name]
    for line, row in checks:
        row = row + [""] * (4 - len(row))
        if row[3] != "TRUE":
            failures.append("%s row %d: %s: got %s, expected %s (ok=%s)" % (name, line, row[0], row[1], row[2], row[3]))
    summary = rows[0][6] if len(rows[0]) > 6 else ""
    if summary != "TRUE" and not failures:
        failures.append("%s: the summary cell G1 is %r although no row failed" % (name, summary))
    print("%s: %d checks, %d failed" % (name, len(checks), len(failures)))
    return failures


def main(argv):
    via_xlsx = "--via-xlsx" in argv
    args = [a for a in argv if a != "--via-xlsx"]
    if len(args) < 2:
        print(__doc__)
        return 2
    oxt, workbooks = args[0], args[1:]
    failures = []
    with Office(oxt) as office:
        for workbook in workbooks:
            name = os.path.basename(workbook)
            source = workbook
            if via_xlsx:
                source = strip_cached_results(office.convert(workbook, "xlsx"))
                name += " (via xlsx)"
            with open(office.convert(source, CSV_UTF8), newline="", encoding="utf-8") as f:
                failures += check(list(csv.reader(f)), name)
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
