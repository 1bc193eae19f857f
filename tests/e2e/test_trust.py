#!/usr/bin/env python3
"""pmocalc-report never shows a wrong figure that looks right, never loses or
writes an input, never hangs, and says what went wrong in the user's words.

usage: test_trust.py BUILD_DIR [TestCase[.test_method] ...]
"""
import datetime
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_cli  # noqa: E402
from odf_cells import named_expressions, read_tables  # noqa: E402
from report_cli import REAL, SAMPLE_EN, ReportTestCase, cli, close, readable_copy  # noqa: E402

TRACE = re.compile(r"\.cxx:\d+|\b0x[0-9A-Fa-f]{3,}\b|RuntimeException|IOException|uno::")

# A minimal ODF workbook: a task sheet (and more) given as rows of cells;
# a cell is a number, a string, ("formula", "of:=…") or None.
FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>
"""


def cell_xml(value):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, tuple):
        return '<table:table-cell table:formula="%s" office:value-type="float" office:value="0"/>' % value[1]
    if isinstance(value, (int, float)):
        return '<table:table-cell office:value-type="float" office:value="%r"/>' % value
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return '<table:table-cell office:value-type="date" office:date-value="%s"/>' % value
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text


def write_fods(path, sheets, names=""):
    with open(path, "w", encoding="utf-8") as f:
        f.write(FODS_HEAD)
        for name, rows in sheets:
            f.write('<table:table table:name="%s">' % name)
            for row in rows:
                f.write("<table:table-row>" + "".join(cell_xml(v) for v in row) + "</table:table-row>")
            f.write("</table:table>")
        f.write(names)
        f.write("</office:spreadsheet></office:body></office:document>")
    os.chmod(path, 0o644)
    return path


TASK_HEADER = ["Task ID", "Task", "Budget", "Planned start", "Planned finish", "% complete", "Actual cost"]
HOLIDAYS = ("Holidays", [["Date"], ["2025-07-21"]])


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def codes(summary):
    return [(d["sheet"], d["cell"], d["code"]) for d in summary["diagnostics"]]


class ErrorCells(ReportTestCase):
    def test_error_values_are_diagnostics_never_blanks(self):
        path = write_fods(os.path.join(self.out, "errors.fods"), [
            ("Tasks", [TASK_HEADER,
                       [1, "Build", 100, "2025-06-02", "2025-06-13", 0.8, 80],
                       [2, "Test", 100, "2025-06-02", "2025-06-13", 0.8, ("f", "of:=NA()")],
                       [3, "Docs", ("f", "of:=1/0"), "2025-06-02", "2025-06-13", 0.5, 10],
                       [4, "Ship", 100, "2025-06-02", "2025-06-13", ("f", "of:=[.F5]+1"), 10]]),
            HOLIDAYS, ("Cover", [["Status date", "2025-06-13"]])])
        self.generate(path, "--json")
        summary = self.summary(path)
        found = {(d["cell"], d["code"]): d["message"] for d in summary["diagnostics"] if d["sheet"] == "Tasks"}
        self.assertIn("#N/A", found[("G3", "cell_error")])
        self.assertIn("#DIV/0!", found[("C4", "cell_error")])
        self.assertIn("Err:522", found[("F5", "cell_error")])  # a circular reference
        # CPI from the one good row: EV 80 / AC 80, not (80 + 80) / 80 with the #N/A read as blank.
        self.assertEqual(summary["portfolio"]["bac"], 100)
        self.assertTrue(close(summary["portfolio"]["cpi"], 1.0))
        self.assertEqual(summary["problems"]["errors"], 3)
        report = read_tables(self.output(path, ".fods"))["PMO Report"]
        self.assertNotIn("No problems", report.cell(2, 0))


class CsvSafety(ReportTestCase):
    def test_nothing_from_a_csv_is_evaluated_or_written_as_a_formula(self):
        path = os.path.join(self.out, "inject_20250613.csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(",".join(TASK_HEADER) + "\n")
            f.write('1,Build,=1000*1000,2025-06-02,2025-06-13,0.5,10\n')
            f.write('2,"=HYPERLINK(""http://example.com"";""x"")",100,2025-06-02,2025-06-13,0.5,10\n')
            f.write('3,+cmd|\' /C calc\'!A0,100,2025-06-02,2025-06-13,0.5,"1,5"\n')
        os.chmod(path, 0o644)
        self.generate(path, "--json")
        summary = self.summary(path)
        self.assertIn(("inject_20250613", "C2", "not_a_number"), codes(summary))
        self.assertEqual(summary["portfolio"]["bac"], 200)  # never 1,000,100
        self.assertEqual(summary["status_date"], "2025-06-13")  # from the file name
        self.assertEqual(summary["status_date_source"], "file_name")
        tables = read_tables(self.output(path, ".ods"))
        self.assertIn("inject_20250613", tables, "the data sheet is named after the file")
        for table in tables.values():
            self.assertEqual(table.formulas, [], table.name)
        texts = {v for row in tables["inject_20250613"].rows for v in row if isinstance(v, str)}
        self.assertIn("=1000*1000", texts)
        self.assertIn('=HYPERLINK("http://example.com";"x")', texts)

    def test_a_shift_jis_csv_is_read(self):
        source = os.path.join(REAL, "TestProject_20251216.csv")
        path = os.path.join(self.out, "進捗_20250110.csv")
        with open(source, encoding="utf-8") as f, open(path, "w", encoding="cp932") as g:
            g.write(f.read())
        os.chmod(path, 0o644)
        self.generate(path, "--json")
        summary = self.summary(path)
        self.assertEqual(summary["language"], "ja")
        self.assertEqual(summary["portfolio"]["bac"], 18)
        self.assertEqual(summary["projects"][0]["name"], "進捗_20250110")

    def test_an_unknown_encoding_is_named(self):
        path = os.path.join(self.out, "latin.csv")
        with open(path, "wb") as f:
            f.write("Task,Budget\nCafé crème,12\nRésumé révisé,13\nNaïve façade,14\nÉté élevé,15\n".encode("latin-1"))
        os.chmod(path, 0o644)
        done = self.generate(path, expect_ok=False)
        self.assertEqual(done.returncode, 1)
        self.assertIn("latin.csv: the CSV's text encoding", done.stderr)


class InputsAreNeverWritten(ReportTestCase):
    def test_an_input_named_like_an_output_stays(self):
        budget = readable_copy(SAMPLE_EN, self.out, "budget.fods")
        budget_report = readable_copy(SAMPLE_EN, self.out, "budget-report.fods")
        before = digest(budget_report)
        done = cli(budget, budget_report, "--out", self.out, "--json")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertEqual(digest(budget_report), before)
        self.assertIn("budget-report.fods is an input of this run", done.stdout)
        self.assertTrue(os.path.exists(os.path.join(self.out, "budget-report (2).fods")))
        self.assertTrue(os.path.exists(os.path.join(self.out, "budget-report-report.fods")))

    def test_the_same_input_twice_is_reported_once(self):
        path = readable_copy(SAMPLE_EN, self.out, "plan.fods")
        done = cli(path, path, os.path.join(self.out, ".", "plan.fods"), "--out", self.out, "--json")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertEqual(done.stdout.count("given more than once"), 2)
        self.assertEqual(glob.glob(os.path.join(self.out, "plan-report*.fods")),
                         [os.path.join(self.out, "plan-report.fods")])

    def test_out_is_a_file(self):
        target = os.path.join(self.out, "taken")
        open(target, "w").close()
        done = cli(SAMPLE_EN, "--out", target)
        self.assertEqual(done.returncode, 1)
        self.assertIn("is a file, not a folder", done.stderr)
        self.assertFalse(TRACE.search(done.stderr), done.stderr)

    @unittest.skipUnless(os.geteuid() == 0, "needs root to switch to the nobody user")
    def test_a_read_only_out_folder_is_named(self):
        folder = os.path.join(self.out, "read-only")
        os.mkdir(folder)
        os.chmod(folder, 0o555)
        done = cli(readable_copy(SAMPLE_EN, self.out), "--out", folder, user=report_cli.NOBODY)
        self.assertEqual(done.returncode, 1)
        self.assertIn("cannot write into the folder", done.stderr)
        self.assertFalse(TRACE.search(done.stderr), done.stderr)


class Watchdog(ReportTestCase):
    def test_a_hung_office_is_stopped_and_leaves_nothing(self):
        temporary = os.path.join(self.out, "tmp")
        os.mkdir(temporary)
        out = os.path.join(self.out, "out")
        done = cli(SAMPLE_EN, "--out", out, "--json", "--timeout", "20",
                   env={"PMOCALC_INJECT": "hang-after-load", "TMPDIR": temporary})
        self.assertEqual(done.returncode, 1)
        self.assertIn("did not finish within 20 s", done.stderr)
        self.assertEqual(os.listdir(out), [], "no output, no lock file, no half-written file")
        self.assertEqual(os.listdir(temporary), [], "no office profile or process left behind")


class StatusDates(ReportTestCase):
    def test_the_evmtools_date_above_the_gantt(self):
        path = os.path.join(REAL, "ExcelTest.xlsx")
        self.generate(path, "--json")
        summary = self.summary(path)
        self.assertEqual(summary["status_date"], "2025-01-10")
        self.assertEqual(summary["status_date_source"], "gantt")
        self.assertTrue(close(round(summary["portfolio"]["spi"], 2), 0.91))
        self.assertEqual(summary["portfolio"]["rag"], "AMBER")

    def test_today_is_a_warning_at_the_top(self):
        # A plan around today: only the missing status date is a warning (dates
        # years from it would be one too: dates_implausible).
        today = datetime.date.today()
        start, finish = today - datetime.timedelta(days=20), today + datetime.timedelta(days=20)
        path = write_fods(os.path.join(self.out, "undated.fods"), [
            ("Tasks", [TASK_HEADER, [1, "Build", 100, start.isoformat(), finish.isoformat(), 0.5, 50]]), HOLIDAYS])
        self.generate(path, "--json")
        summary = self.summary(path)
        self.assertEqual(summary["status_date_source"], "today")
        self.assertIn(("", "", "status_date_fallback_today"), codes(summary))
        report = read_tables(self.output(path, ".fods"))["PMO Report"]
        self.assertIn("1 warning", report.cell(2, 0))
        self.assertTrue(report.cell(3, 0).startswith("Warning: no status date in the workbook"))


class ReportOwnership(ReportTestCase):
    def test_a_users_range_named_like_the_marker_never_costs_a_sheet(self):
        names = ('<table:named-expressions><table:named-range table:name="pmocalc_report" '
                 'table:base-cell-address="$Lessons.$A$1" table:cell-range-address="$Lessons.$A$1"/>'
                 '</table:named-expressions>')
        path = write_fods(os.path.join(self.out, "marked.fods"), [
            ("Tasks", [TASK_HEADER, [1, "Build", 100, "2025-06-02", "2025-06-13", 0.5, 50]]), HOLIDAYS,
            ("Lessons", [["Lesson"], ["Freeze the scope early"]]), ("Cover", [["Status date", "2025-06-13"]])],
            names)
        self.generate(path, "--json")
        tables = read_tables(self.output(path, ".fods"))
        self.assertEqual(tables["Lessons"].rows, [["Lesson"], ["Freeze the scope early"]])
        self.assertIn("PMO Report", tables)
        self.assertIn(("Lessons", "", "report_kept"), codes(self.summary(path)))
        self.assertIn("PMO Report", named_expressions(self.output(path, ".fods"))["pmocalc_report"])

    def test_a_report_changed_by_hand_is_kept(self):
        self.generate(SAMPLE_EN, "--json")
        first = self.output(SAMPLE_EN, ".fods")
        with open(first, encoding="utf-8") as f:
            content = f.read()
        # A person changes the report's status date (its first date cell).
        start = content.index('<table:table table:name="PMO Report"')
        content = content[:start] + re.sub(r'office:date-value="[0-9-]+"', 'office:date-value="2025-01-01"',
                                           content[start:], count=1)
        edited = os.path.join(self.out, "edited.fods")
        with open(edited, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(edited, 0o644)
        self.generate(edited, "--json")
        tables = read_tables(self.output(edited, ".fods"))
        self.assertIn("PMO Report", tables)
        self.assertIn("PMO Report (2)", tables)
        self.assertEqual(self.summary(edited)["report_sheet"], "PMO Report (2)")

    def test_a_large_report_saved_and_opened_again_is_replaced(self):
        # A file keeps 15 significant digits, and LibreOffice rounds to them
        # from 16 (0.82317321953344247 is saved 0.823173219533443): the
        # report's numbers are written as they will be kept, so its
        # fingerprint still matches after a save. Before, about one number in
        # 2,000 changed its fingerprint, and a 200-project report was kept as
        # "changed by hand" and written again as "PMO Report (2)".
        path = os.path.join(self.out, "portfolio-200.fods")
        done = subprocess.run([sys.executable, os.path.join(report_cli.ROOT, "tools", "generate_portfolio.py"),
                               "benchmark", "--projects", "200", "--tasks-per-project", "5", "--risks", "400",
                               "--issues", "400", "--out", path], capture_output=True, text=True, timeout=300)
        self.assertEqual(done.returncode, 0, done.stderr)
        os.chmod(path, 0o644)
        self.generate(path, "--json")
        saved = self.output(path, ".fods")
        self.generate(saved, "--json")
        summary = self.summary(saved)
        self.assertEqual(summary["report_sheet"], "PMO Report")
        self.assertNotIn("report_kept", [c for _, _, c in codes(summary)])
        tables = read_tables(self.output(saved, ".fods"))
        self.assertNotIn("PMO Report (2)", tables)


class Messages(ReportTestCase):
    def test_japanese_messages_for_a_japanese_user(self):
        done = cli(os.path.join(self.out, "missing.ods"), "--out", self.out, env={"LANG": "ja_JP.UTF-8", "LC_ALL": ""})
        self.assertEqual(done.returncode, 1)
        self.assertIn("missing.ods を読めません", done.stderr)

    def test_damaged_and_foreign_files_are_named_without_traces(self):
        truncated = os.path.join(self.out, "truncated.ods")
        shutil.copyfile(os.path.join(REAL, "ExcelTest.xlsx"), truncated)
        with open(truncated, "r+b") as f:
            f.truncate(os.path.getsize(truncated) // 2)
        picture = os.path.join(self.out, "picture.xlsx")
        with open(picture, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        empty = os.path.join(self.out, "empty.csv")
        open(empty, "w").close()
        for path in (truncated, picture, empty):
            os.chmod(path, 0o644)
        done = cli(truncated, picture, empty, "--out", self.out)
        self.assertEqual(done.returncode, 1)
        for name in ("truncated.ods: ", "picture.xlsx: ", "empty.csv: the file is empty"):
            self.assertIn(name, done.stderr)
        self.assertFalse(TRACE.search(done.stderr), done.stderr)


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
