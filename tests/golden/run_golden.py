#!/usr/bin/env python3
"""Recalculates golden workbooks in real headless Calc with pmocalc installed
(through build/pmocalc-office, the tests' harness).

Each workbook's first sheet `Checks` holds one check per row: A case, B the
formula, C the expected value, D a formula that is TRUE when they agree, and
G1 = AND(D2:D200). The run fails on any FALSE, naming the row.

usage: run_golden.py BUILD_DIR WORKBOOK... [--via-xlsx]
  --via-xlsx  first save each workbook as .xlsx, drop every cached formula
              result from it, and check the reopened .xlsx instead.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile


def convert(build, target, inputs, outdir):
    """Recalculates `inputs` in an office with the extension and saves them as
    `target` (xlsx or csv) into `outdir`; returns the output paths in order."""
    done = subprocess.run([os.path.join(build, "pmocalc-office"), "convert", "--extension",
                           os.path.join(build, "pmocalc.oxt"), "--to", target, "--outdir", outdir] + inputs,
                          capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError("pmocalc-office convert failed: " + done.stdout + done.stderr)
    return done.stdout.split()


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
    build, workbooks = args[0], args[1:]
    failures = []
    work = tempfile.mkdtemp(prefix="pmocalc-golden-")
    try:
        sources = workbooks
        if via_xlsx:
            sources = [strip_cached_results(x) for x in convert(build, "xlsx", workbooks, work)]
        for workbook, result in zip(workbooks, convert(build, "csv", sources, work)):
            name = os.path.basename(workbook) + (" (via xlsx)" if via_xlsx else "")
            with open(result, newline="", encoding="utf-8") as f:
                failures += check(list(csv.reader(f)), name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
