#!/usr/bin/env python3
"""pmocalc-report --portfolio end to end, in real headless LibreOffice: the
PMO's weekly roll-up of a folder of project workbooks into one portfolio
workbook, its figures checked against an independent model
(tests/e2e/rollup_folder.py), and everything it must say of the files.

usage: test_rollup.py BUILD_DIR [TestCase[.test_method] ...]

WeeklyRollUp builds a folder of 25 workbooks (ours in .fods, .ods, .xlsx and a
CSV, real third-party layouts, a stale one, two duplicates, another unit, a
damaged and a password-protected file, hidden and lock files) and rolls it up
twice into the same OUT.ods, which sits inside the folder: once as of the
status date, then a week later with one file rewritten and one removed.
"""
import datetime as dt
import json
import os
import re
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_cli  # noqa: E402
import rollup_folder as rf  # noqa: E402
from odf_cells import read_tables  # noqa: E402
from report_cli import cli  # noqa: E402

STATUS = "2026-11-20"
NEXT = (dt.date.fromisoformat(STATUS) + dt.timedelta(days=7)).isoformat()
RELATIVE = 1e-6
UPDATED = "alpha.fods"    # rewritten between the two roll-ups
REMOVED = "echo.xlsx"     # removed between the two roll-ups (P07, P08)
SOURCE_KEYS = {"file", "path", "modified", "counted", "flags", "reason", "unit", "projects", "errors", "warnings",
               "notes"}
FLAGS = {"stale", "unchanged", "duplicate", "unit", "unreadable", "empty"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def near(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= RELATIVE * max(1.0, abs(a), abs(b))


def roll_up(out, *inputs_and_options):
    return cli("--portfolio", out, *inputs_and_options)


def outputs(out):
    stem = os.path.splitext(out)[0]
    return stem + ".json", stem + ".pdf"


def load_json(out):
    path = outputs(out)[0]
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def texts(table):
    return [v for row in table.rows for v in row if isinstance(v, str)]


def history_dates(tables):
    history = tables.get("PMO History")
    if history is None:
        return set()
    return {row[0] for row in history.rows[1:] if row and isinstance(row[0], str) and ISO_DATE.match(row[0])}


class RollUpCase(unittest.TestCase):
    """Helpers over a roll-up's JSON and the folder's model."""

    def by_path(self, summary, info):
        """The JSON's sources by their path relative to the folder."""
        self.assertIsNotNone(summary, "no JSON written next to OUT")
        self.assertIn("sources", summary)
        found = {}
        for source in summary["sources"]:
            rel = os.path.relpath(os.path.realpath(source["path"]), info["path"]).replace(os.sep, "/")
            self.assertNotIn(rel, found, "a file listed twice")
            found[rel] = source
        return found

    def assert_totals(self, summary, model):
        for key in ("bac", "ev", "ac"):
            self.assertTrue(near(summary["portfolio"][key], model[key]),
                            "portfolio %s: %r, the model %r" % (key, summary["portfolio"][key], model[key]))

    def assert_sources_match_the_model(self, sources, model):
        self.assertEqual(set(sources), set(model["sources"]), "the files read are the folder's workbooks")
        for rel, expected in model["sources"].items():
            source = sources[rel]
            self.assertEqual(source["counted"], expected["counted"], (rel, source))
            for flag in ("duplicate", "unit", "unreadable"):
                self.assertEqual(flag in source["flags"], flag in expected["flags"], (rel, flag, source))
            projects = {p["id"]: p["counted"] for p in source["projects"]}
            self.assertEqual(projects, expected["projects"], rel)

    def assert_projects_counted(self, summary, model):
        self.assertEqual(sorted(p["id"] for p in summary["projects"]), sorted(model["counted_projects"]))


class WeeklyRollUp(RollUpCase):
    @classmethod
    def setUpClass(cls):
        cls.work = tempfile.mkdtemp(prefix="pmocalc-e2e-rollup-")
        os.chmod(cls.work, 0o755)
        cls.info = rf.make_folder(os.path.join(cls.work, "status-files"), STATUS)
        cls.out = os.path.join(cls.info["path"], "portfolio.ods")  # in the folder: never read as a source
        cls.model = rf.expected_totals(cls.info, report_cli.BUILD, status_date=STATUS)
        cls.done = roll_up(cls.out, cls.info["path"], "--json", "--pdf", "--status-date", STATUS)
        cls.summary = load_json(cls.out)
        cls.out_existed = os.path.exists(cls.out)
        cls.pdf = outputs(cls.out)[1]
        cls.pdf_head = None
        if os.path.exists(cls.pdf):
            with open(cls.pdf, "rb") as f:
                cls.pdf_head = f.read(5)
        cls.tables = read_tables(cls.out) if cls.out_existed else {}

        # A week later: one file rewritten (later progress), one removed, the same OUT.
        cls.removed = rf.remove_file(cls.info, REMOVED)
        rf.update_file(cls.info, UPDATED, NEXT)
        cls.model2 = rf.expected_totals(cls.info, report_cli.BUILD, status_date=NEXT)
        cls.done2 = roll_up(cls.out, cls.info["path"], "--json", "--pdf", "--status-date", NEXT)
        cls.summary2 = load_json(cls.out)
        cls.tables2 = read_tables(cls.out) if os.path.exists(cls.out) else {}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.work, ignore_errors=True)

    # ---- the first roll-up ----------------------------------------------------

    def test_exits_0_and_writes_the_workbook_the_json_and_the_pdf(self):
        self.assertEqual(self.done.returncode, 0, self.done.stdout + self.done.stderr)
        self.assertTrue(self.out_existed)
        self.assertIsNotNone(self.summary)
        self.assertEqual(self.pdf_head, b"%PDF-")
        self.assertEqual(self.summary["status_date"], STATUS)

    def test_totals_match_the_independent_model(self):
        self.assert_totals(self.summary, self.model)

    def test_every_workbook_is_a_source_and_nothing_else(self):
        sources = self.by_path(self.summary, self.info)
        self.assertGreaterEqual(len(sources), 20)
        for name in self.info["cases"]["skipped"] + [os.path.basename(self.out)]:
            self.assertNotIn(name, sources, "hidden, lock, other and OUT files are not read")
        self.assert_sources_match_the_model(sources, self.model)
        for rel, source in sources.items():
            self.assertLessEqual(SOURCE_KEYS, set(source), rel)
            self.assertLessEqual(set(source["flags"]), FLAGS, rel)
            self.assertEqual(source["file"], os.path.basename(rel))
            self.assertTrue(source["modified"], rel)
            for key in ("errors", "warnings", "notes"):
                self.assertIsInstance(source[key], int, (rel, key))
            if source["flags"]:
                self.assertTrue(source["reason"], "a flagged file says why: " + rel)

    def test_the_projects_counted_are_the_models(self):
        self.assert_projects_counted(self.summary, self.model)
        self.assertNotIn("P98", [p["id"] for p in self.summary["projects"]], "the hidden file is not read")

    def test_a_stale_file_is_flagged_and_still_counted(self):
        sources = self.by_path(self.summary, self.info)
        stale = sources[self.info["cases"]["stale"]]
        self.assertIn("stale", stale["flags"])
        self.assertTrue(stale["counted"])
        self.assertEqual(stale["projects"][0]["status_date"],
                         (dt.date.fromisoformat(STATUS) - dt.timedelta(days=21)).isoformat())
        for rel, entry in self.info["files"].items():
            if entry["kind"] == "own":
                self.assertEqual("stale" in sources[rel]["flags"], "stale" in self.model["sources"][rel]["flags"], rel)

    def test_a_duplicate_counts_from_the_later_status_date_then_the_later_save(self):
        sources = self.by_path(self.summary, self.info)
        for loser, winner in (self.info["cases"]["duplicate"], self.info["cases"]["duplicate_saved"]):
            self.assertIn("duplicate", sources[loser]["flags"], loser)
            self.assertFalse(sources[loser]["counted"], loser)
            self.assertIn(os.path.basename(winner), sources[loser]["reason"], "the losing file names the other")
            self.assertTrue(sources[winner]["counted"], winner)
            self.assertNotIn("duplicate", sources[winner]["flags"], winner)
            self.assertTrue(all(p["counted"] for p in sources[winner]["projects"]), winner)

    def test_unreadable_files_are_named_with_their_reason_and_the_others_counted(self):
        sources = self.by_path(self.summary, self.info)
        damaged, locked = sources[self.info["cases"]["damaged"]], sources[self.info["cases"]["password"]]
        for source in (damaged, locked):
            self.assertIn("unreadable", source["flags"])
            self.assertFalse(source["counted"])
            self.assertEqual(source["projects"], [])
        self.assertRegex(locked["reason"], re.compile("password", re.I))
        self.assertRegex(damaged["reason"], re.compile("damaged|not a spreadsheet", re.I))

    def test_amounts_in_another_unit_or_measure_are_not_added(self):
        sources = self.by_path(self.summary, self.info)
        apart = [rel for rel, s in self.model["sources"].items() if "unit" in s["flags"]]
        self.assertIn("mike-persondays.fods", apart)
        self.assertGreaterEqual(len(apart), 4, "person-days and third-party plans weighted by effort or days")
        for rel in apart:
            self.assertIn("unit", sources[rel]["flags"], rel)
            self.assertFalse(sources[rel]["counted"], rel)
        self.assertEqual(sources["mike-persondays.fods"]["unit"], "person-days")
        self.assertIn("person-days", sources["mike-persondays.fods"]["reason"])

    def test_a_workbook_without_a_project_id_is_known_by_its_name(self):
        sources = self.by_path(self.summary, self.info)
        single = self.info["single"]
        for rel, entry in self.info["files"].items():
            if entry["kind"] != "real":
                continue
            expected = [p["id"] for p in single[rel]["projects"]]
            self.assertEqual([p["id"] for p in sources[rel]["projects"]], expected, rel)
        self.assertEqual([p["id"] for p in sources["third-party/syn_gantt_simple_vertex42_layout.xlsx"]["projects"]],
                         ["Office Move 2025"])
        self.assertEqual([p["id"] for p in sources["third-party/syn_ja_wbs_daichusho.xlsx"]["projects"]],
                         ["syn_ja_wbs_daichusho"])

    def test_the_workbook_has_the_sources_and_the_history(self):
        self.assertIn("PMO Sources", self.tables)
        self.assertIn("PMO History", self.tables)
        listed = "\n".join(texts(self.tables["PMO Sources"]))
        for rel in self.model["sources"]:
            self.assertIn(os.path.basename(rel), listed)
        self.assertEqual(history_dates(self.tables), {STATUS})

    def test_nothing_is_missing_the_first_time(self):
        self.assertEqual(self.summary["missing"], [])

    # ---- a week later ---------------------------------------------------------

    def test_a_week_later_exits_0_and_the_totals_match_the_model(self):
        self.assertEqual(self.done2.returncode, 0, self.done2.stdout + self.done2.stderr)
        self.assertEqual(self.summary2["status_date"], NEXT)
        self.assert_totals(self.summary2, self.model2)
        self.assert_projects_counted(self.summary2, self.model2)
        sources = self.by_path(self.summary2, self.info)
        self.assertNotIn(REMOVED, sources)
        self.assertNotIn(os.path.basename(self.out), sources, "OUT, now in the folder, is not a source")
        self.assert_sources_match_the_model(sources, self.model2)

    def test_a_week_later_the_removed_files_projects_are_missing(self):
        missing = sorted(self.summary2["missing"], key=lambda m: m["project_id"])
        self.assertEqual([m["project_id"] for m in missing], [p["id"] for p in self.removed["projects"]])
        for m in missing:
            self.assertEqual(m["last_status_date"], STATUS, m)
            self.assertEqual(m["file"], REMOVED, m)

    def test_a_week_later_files_not_saved_since_are_unchanged(self):
        sources = self.by_path(self.summary2, self.info)
        self.assertNotIn("unchanged", sources[UPDATED]["flags"])
        self.assertTrue(sources[UPDATED]["counted"])
        self.assertEqual(sources[UPDATED]["projects"][0]["status_date"], NEXT)
        for rel, source in sources.items():
            if rel != UPDATED and source["counted"]:
                self.assertIn("unchanged", source["flags"], rel)
        # Seven days older than the portfolio is not stale (more than seven is); 28 is.
        self.assertNotIn("stale", sources["bravo.xlsx"]["flags"])
        self.assertIn("stale", sources[self.info["cases"]["stale"]]["flags"])

    def test_a_week_later_the_history_has_both_dates_and_the_sources_sheet_is_rewritten(self):
        self.assertEqual(history_dates(self.tables2), {STATUS, NEXT})
        history = self.tables2["PMO History"].rows
        first = [row for row in self.tables["PMO History"].rows if row and row[0] == STATUS]
        self.assertEqual([row for row in history if row and row[0] == STATUS], first,
                         "the earlier roll-up's rows are kept as they were")
        # The trend also shows the earned value by period a file keeps itself (a table of periods): its dates come first.
        self.assertEqual(self.summary2["history"]["dates"][-2:], [STATUS, NEXT])
        once = [v for v in texts(self.tables["PMO Sources"]) if v == "golf.xlsx"]
        again = [v for v in texts(self.tables2["PMO Sources"]) if v == "golf.xlsx"]
        self.assertTrue(once)
        self.assertEqual(len(again), len(once), "PMO Sources is rewritten, not appended to")


class NothingReadable(RollUpCase):
    def test_a_folder_of_unreadable_files_fails_and_says_why(self):
        work = tempfile.mkdtemp(prefix="pmocalc-e2e-rollup-")
        try:
            folder = os.path.join(work, "in")
            os.makedirs(folder)
            rf.make_broken(os.path.join(folder, "broken.xlsx"))
            rf.make_locked(os.path.join(folder, "locked.ods"), STATUS)
            out = os.path.join(work, "portfolio.ods")
            done = roll_up(out, folder, "--json", "--status-date", STATUS)
            said = done.stdout + done.stderr
            self.assertNotEqual(done.returncode, 0, said)
            self.assertIn("broken.xlsx", said)
            self.assertIn("locked.ods", said)
            self.assertRegex(said, re.compile("password", re.I))
            self.assertRegex(said, re.compile("damaged|not a spreadsheet", re.I))
        finally:
            shutil.rmtree(work, ignore_errors=True)


class Rates(RollUpCase):
    """OUT has a sheet "Rates" (Unit | Rate): amounts in person-days and in md are
    converted into the portfolio's thousand yen and added. The files are given one by one."""

    RATES = {"person-days": 50, "md": 40}

    def test_other_units_are_converted_by_the_portfolios_rates(self):
        work = tempfile.mkdtemp(prefix="pmocalc-e2e-rollup-")
        try:
            info = rf.make_rates_folder(os.path.join(work, "in"), STATUS)
            out = os.path.join(work, "portfolio.fods")
            rf.write_rates_workbook(out, self.RATES)
            model = rf.expected_totals(info, report_cli.BUILD, status_date=STATUS, rates=self.RATES)
            self.assertEqual({rel for rel, s in model["sources"].items() if s["rate"]},
                             {"mike-persondays.fods", "ja_evm_gantt_masatomix.xlsm"})
            inputs = [os.path.join(info["path"], rel) for rel in sorted(info["files"])]
            done = roll_up(out, *inputs, "--json", "--status-date", STATUS)
            self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
            summary = load_json(out)
            sources = self.by_path(summary, info)
            self.assert_sources_match_the_model(sources, model)
            for rel in ("mike-persondays.fods", "ja_evm_gantt_masatomix.xlsm"):
                self.assertNotIn("unit", sources[rel]["flags"], rel)
                self.assertTrue(sources[rel]["counted"], rel)
            self.assert_totals(summary, model)
            self.assertIn("Rates", read_tables(out), "the user's Rates sheet is kept")
        finally:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
