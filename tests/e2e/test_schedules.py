"""Schedules from MS Project, ProjectLibre, Primavera P6 and GanttProject
(tests/real-schedules, files their tools wrote; SOURCES.md) through
pmocalc-report in real headless Calc, in one run: each gives a report whose
schedule analysis (the critical path, the DCMA checks, the Monte Carlo) and
earned value run on the imported plan; for plans without progress the
critical path ends where the tool's own plan ends. Then the plan of a
workbook out as MS Project XML (--export-mspdi) and back in gives the same
network and dates, and GNOME Planner's own MS Project importer
(msp2planner.xsl, Debian's planner-data) reads the same tasks and links."""
import datetime
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

import report_cli
from report_cli import ROOT, SAMPLE_EN, cli

SCHEDULES = os.path.join(ROOT, "tests", "real-schedules")
PLANNER_XSL = "/usr/share/planner/stylesheets/msp2planner.xsl"
MS = "{http://schemas.microsoft.com/project}"


def schedule_files():
    return sorted(p for p in glob.glob(os.path.join(SCHEDULES, "*"))
                  if os.path.splitext(p)[1].lower() in (".xml", ".xer", ".gan", ".pod"))


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def mspdi_plan(path):
    """The work tasks' dates and links of an MS Project XML, as the file has them."""
    root = ET.parse(path).getroot()
    tasks = {}
    for t in root.iter(MS + "Task"):
        if t.findtext(MS + "IsNull") == "1" or t.findtext(MS + "OutlineLevel") in ("0", None):
            continue
        tasks[t.findtext(MS + "UID")] = t
    summary = {uid for uid, t in tasks.items() if t.findtext(MS + "Summary") == "1"}
    progress = any(t.find(MS + "ActualStart") is not None or (t.findtext(MS + "PercentComplete") or "0") != "0"
                   for t in tasks.values())
    links = sum(len(t.findall(MS + "PredecessorLink")) for t in tasks.values())
    return tasks, summary, progress, links


def last_finish(tasks, summary):
    """The plan's last finish as a day: a finish at the day's start (08:00) ends the day before's work."""
    last = None
    for uid, t in tasks.items():
        text = t.findtext(MS + "Finish")
        if uid in summary or not text:
            continue
        day = datetime.date.fromisoformat(text[:10])
        if text[11:16] <= "08:00" and t.findtext(MS + "Milestone") != "1":
            day -= datetime.timedelta(days=1)
            while day.weekday() >= 5:
                day -= datetime.timedelta(days=1)
        last = day if last is None or day > last else last
    return last


class Schedules(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = tempfile.mkdtemp(prefix="pmocalc-schedules-")
        cls.files = schedule_files()
        cls.run_ = cli(*cls.files, "--out", cls.out, "--json", timeout=1800)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.out, ignore_errors=True)

    def summary(self, path):
        json_path = os.path.join(self.out, stem(path) + "-report.json")
        self.assertTrue(os.path.exists(json_path), "no report for %s:\n%s%s" % (
            os.path.basename(path), self.run_.stdout, self.run_.stderr))
        with open(json_path, encoding="utf-8") as f:
            return json.load(f)

    def test_every_schedule_gives_a_report_or_says_why_not(self):
        self.assertGreaterEqual(len(self.files), 10)
        formats = {os.path.splitext(p)[1] for p in self.files}
        self.assertTrue({".xml", ".xer", ".gan"} <= formats)
        for path in self.files:
            with self.subTest(os.path.basename(path)):
                if path.endswith(".xml") and not mspdi_plan(path)[0]:
                    # Calendars with no task: refused with that reason, the others still reported.
                    self.assertIn(os.path.basename(path) + ": the schedule has no tasks", self.run_.stderr)
                    continue
                s = self.summary(path)
                self.assertGreater(s["projects"][0]["tasks"], 0)
                kinds = [t["kind"] for t in s["read"] if t["read"]]
                self.assertIn("tasks", kinds)
                # What the reading noted is in the report, on the file's name.
                self.assertTrue(any(d["sheet"] == os.path.basename(path) for d in s["diagnostics"]),
                                [d["message"] for d in s["diagnostics"]])

    def test_the_schedule_analysis_and_earned_value_run_on_imported_plans(self):
        linked = 0
        for path in self.files:
            if path.endswith(".xml") and not mspdi_plan(path)[0]:
                continue
            with self.subTest(os.path.basename(path)):
                project = self.summary(path)["projects"][0]
                self.assertGreater(project["bac"], 0)
                self.assertIsNotNone(project["pv"])
                schedule = project.get("schedule")
                if not schedule or schedule["links"] == 0:
                    continue
                linked += 1
                self.assertEqual(schedule["network"], "ok")
                self.assertGreater(len(schedule["health"]), 5)  # the DCMA checks, each with its threshold
                self.assertTrue(all(c["threshold"] for c in schedule["health"]))
                self.assertIsNotNone(schedule["risk"]["p80"])     # the Monte Carlo
                self.assertGreater(schedule["risk"]["iterations"], 0)
        self.assertGreaterEqual(linked, 6)

    def test_plans_without_progress_end_where_the_tools_plan_ends(self):
        compared = 0
        for path in self.files:
            if not path.endswith(".xml"):
                continue
            tasks, summary, progress, links = mspdi_plan(path)
            if progress or links == 0 or not tasks:
                continue
            with self.subTest(os.path.basename(path)):
                schedule = self.summary(path)["projects"][0]["schedule"]
                self.assertEqual(schedule["early_finish"], last_finish(tasks, summary).isoformat())
                compared += 1
        self.assertGreaterEqual(compared, 2)


class ExportImport(unittest.TestCase):
    def setUp(self):
        self.out = tempfile.mkdtemp(prefix="pmocalc-mspdi-")

    def tearDown(self):
        shutil.rmtree(self.out, ignore_errors=True)

    def test_a_workbook_out_as_ms_project_xml_and_back_gives_the_same_network(self):
        xml = os.path.join(self.out, "plan.xml")
        run = cli("--export-mspdi", xml, SAMPLE_EN)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertIn("MS Project XML -> " + xml, run.stdout)
        original = cli(SAMPLE_EN, "--out", self.out, "--json", "--status-date", "2025-10-31")
        self.assertEqual(original.returncode, 0, original.stderr)
        again = cli(xml, "--out", self.out, "--json", "--status-date", "2025-10-31")
        self.assertEqual(again.returncode, 0, again.stderr)
        with open(os.path.join(self.out, "portfolio-sample-en-report.json"), encoding="utf-8") as f:
            before = json.load(f)["projects"][0]
        with open(os.path.join(self.out, "plan-report.json"), encoding="utf-8") as f:
            after = json.load(f)["projects"][0]
        for key in ("links", "start", "early_finish", "length_working_days", "critical_path_tasks"):
            self.assertEqual(after["schedule"][key], before["schedule"][key], key)
        self.assertEqual(after["tasks"], before["tasks"])

    @unittest.skipUnless(os.path.exists(PLANNER_XSL) and shutil.which("xsltproc"),
                         "GNOME Planner's importer (planner-data, xsltproc) is not installed")
    def test_gnome_planners_importer_reads_the_same_tasks_and_links(self):
        xml = os.path.join(self.out, "plan.xml")
        self.assertEqual(cli("--export-mspdi", xml, SAMPLE_EN).returncode, 0)
        planner = subprocess.run(["xsltproc", PLANNER_XSL, xml], capture_output=True, text=True, check=True).stdout
        root = ET.fromstring(planner)
        ours = ET.parse(xml).getroot()
        tasks = list(root.iter("task"))
        self.assertEqual(len(tasks), len(list(ours.iter(MS + "Task"))))
        types = {"0": "FF", "1": "FS", "2": "SF", "3": "SS"}
        expected = sorted((l.findtext(MS + "PredecessorUID"), types[l.findtext(MS + "Type")])
                          for l in ours.iter(MS + "PredecessorLink"))
        read = sorted((p.get("predecessor-id"), p.get("type")) for p in root.iter("predecessor"))
        self.assertEqual(read, expected)
        self.assertGreater(len(read), 5)
        milestones = [t for t in tasks if t.get("type") == "milestone"]
        self.assertEqual(len(milestones), sum(1 for t in ours.iter(MS + "Task") if t.findtext(MS + "Milestone") == "1"))

    def test_imported_in_japanese_reads_the_same(self):
        plan = os.path.join(SCHEDULES, "mspdi_mpxj_task-links-project2019.xml")
        en = cli(plan, "--out", os.path.join(self.out, "en"), "--json")
        ja = cli(plan, "--out", os.path.join(self.out, "ja"), "--json", "--lang", "ja")
        self.assertEqual(en.returncode, 0, en.stderr)
        self.assertEqual(ja.returncode, 0, ja.stderr)
        name = "mspdi_mpxj_task-links-project2019-report.json"
        with open(os.path.join(self.out, "en", name), encoding="utf-8") as f:
            a = json.load(f)
        with open(os.path.join(self.out, "ja", name), encoding="utf-8") as f:
            b = json.load(f)
        self.assertEqual(b["language"], "ja")
        self.assertIn("タスク", [t["sheet"] for t in b["read"]])
        for key in ("tasks", "bac", "pv"):
            self.assertEqual(a["projects"][0][key], b["projects"][0][key])
        self.assertEqual(a["projects"][0]["schedule"]["early_finish"], b["projects"][0]["schedule"]["early_finish"])

    def test_a_damaged_schedule_is_refused_by_name_and_the_others_still_run(self):
        broken = os.path.join(self.out, "broken.xml")
        with open(os.path.join(SCHEDULES, "mspdi_mpxj_sample.xml"), "rb") as f:
            data = f.read()
        with open(broken, "wb") as f:
            f.write(data[: len(data) // 2])
        garbage = os.path.join(self.out, "garbage.xer")
        with open(garbage, "wb") as f:
            f.write(bytes(range(256)) * 20)
        good = os.path.join(SCHEDULES, "gan_findvid_project.gan")
        run = cli(broken, garbage, good, "--out", self.out)
        self.assertNotEqual(run.returncode, 0)
        self.assertIn("broken.xml: not an XML file", run.stderr)
        self.assertIn("garbage.xer: not a Primavera P6 XER file", run.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.out, "gan_findvid_project-report.ods")))
        self.assertNotIn("Traceback", run.stderr)


if __name__ == "__main__":
    report_cli.BUILD = sys.argv.pop(1)
    unittest.main(verbosity=2)
