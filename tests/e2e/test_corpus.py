"""Real layouts, read as they are: every workbook of tests/real-workbooks/corpus
and third-party (templates and exports published by project teams, and
synthetic copies of layouts that may not be carried) through pmocalc-report in
real headless Calc, in one run, against tests/real-workbooks/expected.json.

expected.json holds, per workbook, what a PMO expects from it: whether it gives
a report (else what the refusal says), its language, how many tasks, risks,
issues, changes, defects and periods are read (leaf tasks, not summaries), the
projects' names, its own status date and where it came from, how tasks are
weighed, the predecessor links and the critical path, which sheet became which
kind of table, how many errors, and the codes of what must be said (mappings
and fallbacks). Each entry was checked against the workbook by hand when it
was added; see tests/real-workbooks/README.md."""
import collections
import glob
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

import report_cli
from odf_cells import read_tables
from report_cli import ROOT, cli

REAL = os.path.join(ROOT, "tests", "real-workbooks")
EXPECTED = os.path.join(REAL, "expected.json")
COUNTS = ("tasks", "risks", "issues", "changes", "defects", "periods")
JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u9fff\uff01-\uff9f]")


def inputs():
    found = []
    for folder in ("corpus", "third-party"):
        for path in sorted(glob.glob(os.path.join(REAL, folder, "*"))):
            if os.path.splitext(path)[1].lower() in (".xlsx", ".xlsm", ".xls", ".csv", ".ods", ".fods"):
                found.append(os.path.relpath(path, REAL))
    return found


class Corpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(EXPECTED, encoding="utf-8") as f:
            cls.expected = json.load(f)
        cls.out = tempfile.mkdtemp(prefix="pmocalc-corpus-")
        os.chmod(cls.out, 0o777)
        paths = [os.path.join(REAL, name) for name in inputs()]
        cls.run_ = cli(*paths, "--out", cls.out, "--json", timeout=1800)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def summary(self, name):
        stem = os.path.splitext(os.path.basename(name))[0]
        path = os.path.join(self.out, stem + "-report.json")
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    def reports(self):
        for name, expected in self.expected.items():
            if expected["report"]:
                yield name, expected, self.summary(name)

    def test_every_workbook_has_its_expectation(self):
        self.assertEqual(sorted(inputs()), sorted(self.expected))
        self.assertGreaterEqual(len(self.expected), 35)  # the shared five and at least 30 more layouts

    def test_every_workbook_gives_what_it_holds(self):
        for name, expected, summary in self.reports():
            with self.subTest(workbook=name):
                self.assertIsNotNone(summary, self.run_.stderr[-3000:])
                self.assertEqual(summary["language"], expected["language"])
                for what in COUNTS:
                    self.assertEqual(summary["records"][what], expected.get(what, 0), what)
                if "open_risks" in expected:
                    self.assertEqual(summary["risks"]["open"], expected["open_risks"])
                self.assertEqual([p["name"] for p in summary["projects"]], expected["projects"])
                if "status_date" in expected:
                    self.assertEqual(summary["status_date"], expected["status_date"])
                    self.assertEqual(summary["status_date_source"], expected["status_date_source"])
                else:
                    self.assertEqual(summary["status_date_source"], "today")
                if "weighting" in expected:
                    self.assertEqual(summary["weighting"], expected["weighting"])
                schedules = [p.get("schedule") or {} for p in summary["projects"]]
                self.assertEqual(sum(s.get("links", 0) or 0 for s in schedules), expected.get("links", 0))
                if "links" in expected:  # the critical path from the workbook's own predecessors
                    self.assertEqual(sum(s.get("critical_path_tasks", 0) or 0 for s in schedules),
                                     expected["critical_path_tasks"])
                read = [[t["sheet"], t["kind"]] for t in summary["read"] if t["read"]]
                self.assertEqual(read, expected["read"])
                errors = [d for d in summary["diagnostics"] if d["severity"] == "error"]
                self.assertEqual(len(errors), expected["errors"], [d["message"] for d in errors][:5])
                codes = {d["code"] for d in summary["diagnostics"]}
                self.assertLessEqual(set(expected["says"]), codes)
                if expected.get("dates_implausible"):
                    self.assertIn("dates_implausible", codes)

    def test_a_workbook_with_nothing_usable_gets_one_clear_message(self):
        for name, expected in self.expected.items():
            if expected["report"]:
                continue
            with self.subTest(workbook=name):
                base = os.path.basename(name)
                self.assertIsNone(self.summary(name))
                self.assertIn(base + ": no task could be read from the workbook", self.run_.stderr)
                said = self.run_.stderr.split(base + ": no task could be read from the workbook")[1]
                self.assertIn(expected["says"], said.split("\n", 2)[1])

    def test_messages_are_in_the_reports_language(self):
        for name, _, summary in self.reports():
            if summary["language"] != "ja":
                continue
            with self.subTest(workbook=name):
                for d in summary["diagnostics"]:
                    self.assertRegex(d["message"], JAPANESE, d["code"])

    def test_each_mapping_and_problem_is_said_once(self):
        for name, _, summary in self.reports():
            with self.subTest(workbook=name):
                said = collections.Counter((d["sheet"], d["cell"], d["code"], d["message"])
                                           for d in summary["diagnostics"])
                self.assertEqual([k for k, n in said.items() if n > 1], [])
                # How tasks are weighed: once per task table that is not weighed by budget.
                weighed = collections.Counter(d["sheet"] for d in summary["diagnostics"]
                                              if d["code"].startswith("tasks_weighed_by_"))
                self.assertLessEqual(max(weighed.values(), default=0), 1)
                if summary["records"]["tasks"] and summary["weighting"] != "budget":
                    self.assertTrue(weighed, "the weighting is said")

    def test_every_table_read_says_which_column_became_which_field(self):
        for name, _, summary in self.reports():
            with self.subTest(workbook=name):
                for table in summary["read"]:
                    if table["read"]:
                        self.assertTrue(table["columns"], table)
                        self.assertTrue(all(c["field"] and c["column"] for c in table["columns"]))

    def test_the_report_sheet_says_what_was_read_in_its_language(self):
        # CSV inputs give an .ods report that odf_cells reads without LibreOffice.
        for name, heading in (("corpus/syn_msproject_export.csv", "What pmocalc read"),
                              ("corpus/syn_ja_backlog_issues_sjis.csv", "pmocalcが読み取った内容")):
            with self.subTest(workbook=name):
                stem = os.path.splitext(os.path.basename(name))[0]
                tables = read_tables(os.path.join(self.out, stem + "-report.ods"))
                texts = [str(v) for sheet in tables.values() for row in sheet.rows for v in row if v]
                self.assertIn(heading, texts)


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
