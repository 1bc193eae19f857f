#!/usr/bin/env python3
"""End-to-end tests of pmocalc-report in real headless LibreOffice.

usage: test_report.py BUILD_DIR [TestCase[.test_method] ...]

Figures in the JSON are checked against an independent computation from the
sample workbook's cells (tests/e2e/odf_cells.py reads them without LibreOffice).
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_cli  # noqa: E402
from odf_cells import named_expressions, read_tables, sheet_names_in_xlsx, view_settings  # noqa: E402
from report_cli import (BROKEN, REAL, SAMPLE_EN, SAMPLE_JA, ReportTestCase, cli, close,  # noqa: E402
                        readable_copy)
from test_trust import write_fods  # noqa: E402

# ---- an independent model of the figures, from the sample's cells ----------

def day(iso):
    return datetime.date.fromisoformat(iso)


def table_rows(table, header_row):
    header = table.rows[header_row]
    for row in table.rows[header_row + 1:]:
        if any(v not in (None, "") for v in row):
            yield {header[i]: (row[i] if i < len(row) else None) for i in range(len(header)) if header[i]}


def working_day_counter(path):
    """Working days from first to last (both included): weekdays not on the Holidays sheet."""
    holidays = {day(r["Date"]) for r in table_rows(read_tables(path)["Holidays"], 0)}

    def count(first, last):
        n, d = 0, first
        while d <= last:
            if d.weekday() < 5 and d not in holidays:
                n += 1
            d += datetime.timedelta(days=1)
        return n
    return count


def expected_figures(path):
    tables = read_tables(path)
    projects_sheet = tables["Projects"]
    status = day(projects_sheet.cell(1, 1))
    working_days = working_day_counter(path)

    # Weighted milestones: the share of each task's weights achieved by the status date.
    achieved, weights = {}, {}
    for m in table_rows(tables["Milestones"], 0):
        key = (m["Project ID"], m["WBS"])
        weights[key] = weights.get(key, 0.0) + m["Weight"]
        if m["Done"] and day(m["Done"]) <= status:
            achieved[key] = achieved.get(key, 0.0) + m["Weight"]

    def earned(t, pv):
        pct = t["% complete"] or 0.0
        method = (t["EV method"] or "").lower()
        if method == "loe":
            return pv
        if method == "0/100":
            return t["Budget"] * (1.0 if pct >= 1 else 0.0)
        if method == "50/50":
            return t["Budget"] * (1.0 if pct >= 1 else 0.5 if pct > 0 else 0.0)
        if method == "weighted milestones":
            key = (t["Project ID"], t["WBS"])
            return t["Budget"] * achieved.get(key, 0.0) / weights[key]
        assert method == "", method
        return t["Budget"] * pct

    projects = {}
    for r in table_rows(projects_sheet, 3):
        projects[r["Project ID"]] = dict(bac=0.0, pv=0.0, ev=0.0, ac=None, open_issues=0, overdue_issues=0,
                                         risk_exposure=0.0)
    for t in table_rows(tables["Tasks"], 1):
        p = projects[t["Project ID"]]
        budget = t["Budget"]
        start, finish = day(t["Planned start"]), day(t["Planned finish"])
        if status < start:
            pv = 0.0
        elif status >= finish:
            pv = budget
        else:
            pv = budget * working_days(start, status) / working_days(start, finish)
        p["bac"] += budget
        p["pv"] += pv
        p["ev"] += earned(t, pv)
        if t["Actual cost"] is not None:
            p["ac"] = (p["ac"] or 0.0) + t["Actual cost"]
    for i in table_rows(tables["Issues"], 0):
        raised = day(i["Raised"])
        closed = day(i["Closed"]) if i["Closed"] else None
        if raised <= status and (closed is None or closed > status):
            p = projects[i["Project ID"]]
            p["open_issues"] += 1
            if i["Due"] and day(i["Due"]) < status:
                p["overdue_issues"] += 1
    for r in table_rows(tables["Risks"], 0):
        if r["Status"] != "Closed" and r["Type"] == "Threat":
            projects[r["Project ID"]]["risk_exposure"] += r["Probability"] * r["Impact"]
    for p in projects.values():
        p["spi"] = p["ev"] / p["pv"] if p["pv"] else None
        p["cpi"] = p["ev"] / p["ac"] if p["ac"] else None
    total = {k: sum(p[k] for p in projects.values()) for k in ("bac", "pv", "ev")}
    total["ac"] = sum(p["ac"] or 0 for p in projects.values())
    total["spi"] = total["ev"] / total["pv"]
    total["cpi"] = total["ev"] / total["ac"]
    total["sv"] = total["ev"] - total["pv"]
    total["cv"] = total["ev"] - total["ac"]
    total["eac"] = total["bac"] / total["cpi"]
    total["vac"] = total["bac"] - total["eac"]
    return status.isoformat(), projects, total


def user_sheets(tables, report_names):
    return {name: t.rows for name, t in tables.items() if name not in report_names}


class SampleReport(ReportTestCase):
    """The shipped sample, in English: figures, charts, PDF, user sheets, text safety."""

    @classmethod
    def setUpClass(cls):
        cls.shared = tempfile.mkdtemp(prefix="pmocalc-e2e-sample-")
        done = cli(SAMPLE_EN, "--out", cls.shared, "--pdf", "--json")
        assert done.returncode == 0, done.stdout + done.stderr
        stem = os.path.join(cls.shared, "portfolio-sample-en-report")
        with open(stem + ".json", encoding="utf-8") as f:
            cls.json = json.load(f)
        cls.pdf = stem + ".pdf"
        cls.tables = read_tables(stem + ".fods")
        cls.view = view_settings(stem + ".fods", "PMO Report")
        cls.names = named_expressions(stem + ".fods")

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.shared, ignore_errors=True)

    def test_json_figures_match_an_independent_computation(self):
        status, projects, total = expected_figures(SAMPLE_EN)
        self.assertEqual(self.json["status_date"], status)
        for key, value in total.items():
            self.assertTrue(close(self.json["portfolio"][key], value), (key, self.json["portfolio"][key], value))
        self.assertEqual(len(self.json["projects"]), len(projects))
        for p in self.json["projects"]:
            expected = projects[p["id"]]
            for key in ("bac", "pv", "ev", "ac", "spi", "cpi", "risk_exposure"):
                self.assertTrue(close(p[key], expected[key]), (p["id"], key, p[key], expected[key]))
            self.assertEqual(p["open_issues"], expected["open_issues"], p["id"])
            self.assertEqual(p["overdue_issues"], expected["overdue_issues"], p["id"])
        self.assertEqual(self.json["issues"]["open"], sum(p["open_issues"] for p in projects.values()))
        self.assertEqual(sum(self.json["issues"]["aging"].values()), self.json["issues"]["open"])
        for key in ("svt", "spit"):
            self.assertIsNotNone(self.json["portfolio"][key])

    def test_forecast_range_and_earning_rules(self):
        """Every project states its EV methods and its EACs side by side; undefined ones are null."""
        status, projects, total = expected_figures(SAMPLE_EN)
        rules = {"percent", "0/100", "50/50", "20/80", "milestones", "loe", "apportioned", "fell_back"}
        for p in self.json["projects"] + [self.json["portfolio"]]:
            self.assertEqual(set(p["earning_rules"]), rules)
            self.assertEqual(p["earning_rules"]["fell_back"], 0)
            r = p["forecast_range"]
            self.assertEqual(set(r["eac"]), {"cpi", "atypical", "cpi_spi", "cpi_spit", "bottom_up"})
            self.assertEqual(set(r["finish"]), {"earned_schedule", "recent_spi"})
            if p["ac"] is None:
                self.assertTrue(all(v is None for v in r["eac"].values()), p.get("id"))
                continue
            self.assertTrue(close(r["eac"]["cpi"], p["eac"]), p.get("id"))
            self.assertTrue(close(r["eac"]["atypical"], p["ac"] + p["bac"] - p["ev"]), p.get("id"))
            defined = [v for v in r["eac"].values() if v is not None]
            self.assertTrue(close(r["eac_low"], min(defined)) and close(r["eac_high"], max(defined)))
            # The sample's Tasks sheet has an ETC column: bottom-up = AC + ΣETC.
            self.assertIsNotNone(r["eac"]["bottom_up"], p.get("id"))
        p02 = next(p for p in self.json["projects"] if p["id"] == "P02")
        self.assertEqual(p02["earning_rules"]["loe"], 1)
        self.assertEqual(p02["earning_rules"]["milestones"], 1)
        self.assertEqual(p02["earning_rules"]["0/100"], 2)
        self.assertEqual(p02["earning_rules"]["50/50"], 1)
        self.assertEqual(self.json["portfolio"]["earning_rules"]["percent"], 170 - 5)
        # The sample ships with status history: the finish at the last period's SPI (ΔEV / ΔPV).
        trend = next(t for t in self.json["history"]["projects"] if t["id"] == "P02")
        self.assertTrue(close(p02["forecast_range"]["recent_spi"], trend["points"][-1]["period_spi"]))
        self.assertIsNotNone(p02["forecast_range"]["finish"]["recent_spi"])
        self.assertIsNotNone(p02["forecast_range"]["finish"]["earned_schedule"])
        report = self.tables["PMO Report"]
        texts = {v for row in report.rows for v in row if isinstance(v, str)}
        self.assertIn("Forecast range", texts)
        self.assertIn("EAC (bottom-up)", texts)

    def test_undefined_figures_are_null_not_zero(self):
        not_started = [p for p in self.json["projects"] if p["pv"] == 0]
        self.assertTrue(not_started, "the sample has a project that has not started")
        for p in not_started:
            self.assertIsNone(p["spi"])
            self.assertIsNone(p["rag"])

    def test_report_sheet_has_figures_charts_and_a_marker(self):
        report = self.tables["PMO Report"]
        self.assertEqual(report.cell(0, 0), "PMO Status Report")
        self.assertEqual(report.cell(1, 2), self.json["status_date"])
        self.assertGreaterEqual(report.charts, 2)
        self.assertIn("pmocalc_report", self.names)
        self.assertIn("PMO Report", self.names["pmocalc_report"])
        values = [v for row in report.rows for v in row]
        self.assertIn(self.json["portfolio"]["bac"], values)
        self.assertEqual(report.formulas, [], "the report holds computed values, not formulas")

    def test_report_opens_with_its_title_rows_frozen(self):
        settings, active = self.view
        self.assertEqual(active, "PMO Report")
        self.assertEqual(settings.get("VerticalSplitMode"), "2")  # 2 = frozen
        self.assertEqual(settings.get("VerticalSplitPosition"), "3")

    def test_no_formula_appears_anywhere(self):
        for table in self.tables.values():
            self.assertEqual(table.formulas, [], table.name)

    def test_user_sheets_are_unchanged(self):
        before = user_sheets(read_tables(SAMPLE_EN), ["PMO History"])
        after = user_sheets(self.tables, ["PMO Report", "PMO History"])
        self.assertEqual(list(before), list(after))
        for name in before:
            self.assertEqual(before[name], after[name], name)

    def test_the_history_keeps_its_rows_and_gains_the_status_date(self):
        before = read_tables(SAMPLE_EN)["PMO History"].rows
        after = self.tables["PMO History"].rows
        self.assertEqual(after[:len(before)], before)
        added = after[len(before):]
        self.assertEqual({r[0] for r in added}, {"2025-10-31"})
        self.assertEqual(len(added), 1 + 10 + 170, "the portfolio, each project and each task")

    def test_pdf_exists_and_has_pages(self):
        with open(self.pdf, "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"%PDF"))
        pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
        self.assertGreaterEqual(pages, 1)
        # The report's pages (each table within the page at a readable size: about
        # twenty for the sample), a page per project of the three whose schedule is
        # shown in detail and per plan with progress lines: no other sheet's.
        projects = len(self.json["projects"])
        self.assertLessEqual(pages, 18 + projects, "only the report sheet is exported")


class FormulaInjection(ReportTestCase):
    def test_text_copied_from_the_workbook_stays_text(self):
        with open(SAMPLE_EN, encoding="utf-8") as f:
            content = f.read()
        probe = '=HYPERLINK("http://example.com";"click")'
        row = content.find(probe)
        # Make the probe the largest risk so that it reaches the top-10 table,
        # and give a project a name that looks like a formula.
        impact = content.find('office:value="2390"', row)
        content = content[:impact] + 'office:value="9000000"' + content[impact + len('office:value="2390"'):]
        content = content.replace("<text:p>Order management renewal</text:p>", "<text:p>@SUM(1;2)</text:p>", 1)
        content = content.replace("<text:p>Office network refresh</text:p>", "<text:p>+cmd|' /C calc'!A0</text:p>", 1)
        path = os.path.join(self.out, "injection.fods")
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(path, 0o644)
        self.generate(path, "--json")
        report = read_tables(self.output(path, ".fods"))["PMO Report"]
        texts = {v for row in report.rows for v in row if isinstance(v, str)}
        for text in (probe, "@SUM(1;2)", "+cmd|' /C calc'!A0"):
            self.assertIn(text, texts)
        self.assertEqual(report.formulas, [])


class JapaneseSample(ReportTestCase):
    def test_japanese_report_matches_the_english_figures(self):
        self.generate(SAMPLE_JA, "--json")
        self.generate(SAMPLE_EN, "--json")
        ja, en = self.summary(SAMPLE_JA), self.summary(SAMPLE_EN)
        self.assertEqual(ja["language"], "ja")
        self.assertEqual(ja["report_sheet"], "PMOレポート")
        for key in ("bac", "pv", "ev", "ac", "spi", "cpi", "svt", "spit"):
            self.assertTrue(close(ja["portfolio"][key], en["portfolio"][key]), key)
        tables = read_tables(self.output(SAMPLE_JA, ".fods"))
        self.assertEqual(tables["PMOレポート"].cell(0, 0), "PMOステータスレポート")

    def test_language_can_be_chosen(self):
        self.generate(SAMPLE_JA, "--json", "--lang", "en")
        self.assertEqual(self.summary(SAMPLE_JA)["report_sheet"], "PMO Report")


class Regeneration(ReportTestCase):
    def test_regenerating_replaces_only_the_own_report(self):
        self.generate(SAMPLE_EN, "--json")
        first = self.output(SAMPLE_EN, ".fods")
        again = os.path.join(self.out, "again")
        os.makedirs(again)
        done = cli(first, "--out", again, "--json")
        self.assertEqual(done.returncode, 0, done.stderr)
        second = os.path.join(again, "portfolio-sample-en-report-report.fods")
        one, two = read_tables(first), read_tables(second)
        self.assertEqual(list(one), list(two), "no second report sheet")
        # The history records the same status again; only its "recorded at"
        # minute may differ between the two runs.
        def without_recording_times(sheets):
            stamp = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")
            history = sheets.get("PMO History", [])
            sheets["PMO History"] = [[None if isinstance(v, str) and stamp.match(v) else v for v in row]
                                     for row in history]
            return sheets
        self.assertEqual(without_recording_times(user_sheets(one, ["PMO Report"])),
                         without_recording_times(user_sheets(two, ["PMO Report"])))
        with open(os.path.join(again, "portfolio-sample-en-report-report.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["portfolio"], self.summary(SAMPLE_EN)["portfolio"])

    def test_a_user_sheet_with_the_report_name_is_left_alone(self):
        with open(SAMPLE_EN, encoding="utf-8") as f:
            content = f.read()
        # Rename the user's Lessons sheet to "PMO Report".
        content = content.replace('table:name="Lessons"', 'table:name="PMO Report"', 1)
        clash = os.path.join(self.out, "clash.fods")
        with open(clash, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(clash, 0o644)
        self.generate(clash, "--json")
        self.assertEqual(self.summary(clash)["report_sheet"], "PMO Report (2)")
        before, after = read_tables(clash), read_tables(self.output(clash, ".fods"))
        self.assertEqual(before["PMO Report"].rows, after["PMO Report"].rows)


class BrokenWorkbook(ReportTestCase):
    def test_every_problem_is_named_and_the_rest_still_reports(self):
        self.generate(BROKEN, "--json", "--pdf")
        summary = self.summary(BROKEN)
        found = {(d["sheet"], d["cell"]) for d in summary["diagnostics"]}
        with open(BROKEN + ".expected.json", encoding="utf-8") as f:
            expected = json.load(f)
        for problem in expected:
            self.assertIn((problem["sheet"], problem["cell"]), found, problem)
        self.assertGreater(summary["portfolio"]["bac"], 0)
        self.assertTrue(os.path.exists(self.output(BROKEN, ".pdf")))
        report = read_tables(self.output(BROKEN, ".fods"))["PMO Report"]
        cells = {(row[0], row[1]) for row in report.rows if len(row) >= 2}
        for problem in expected:
            self.assertIn((problem["sheet"], problem["cell"]), cells, "listed in the report's Diagnostics")


class Formats(ReportTestCase):
    def test_xlsx_in_xlsx_out(self):
        converted = subprocess.run([report_cli.tool("pmocalc-office"), "convert", "--to", "xlsx", "--outdir",
                                    self.out, SAMPLE_EN], capture_output=True, text=True, timeout=600)
        self.assertEqual(converted.returncode, 0, converted.stderr)
        xlsx = os.path.join(self.out, "portfolio.xlsx")
        shutil.move(converted.stdout.split()[0], xlsx)
        os.chmod(xlsx, 0o644)
        self.generate(xlsx, "--json")
        self.generate(SAMPLE_EN, "--json")
        out = self.output(xlsx, ".xlsx")
        self.assertIn("PMO Report", sheet_names_in_xlsx(out))
        self.assertEqual(sheet_names_in_xlsx(out)[:-1], sheet_names_in_xlsx(xlsx))
        a, b = self.summary(xlsx)["portfolio"], self.summary(SAMPLE_EN)["portfolio"]
        for key in ("bac", "pv", "ev", "ac", "spi", "cpi"):
            self.assertTrue(close(a[key], b[key]), key)

    def test_the_input_is_never_written(self):
        copy = os.path.join(self.out, "input.fods")
        shutil.copyfile(SAMPLE_EN, copy)
        os.chmod(copy, 0o644)
        before = open(copy, "rb").read()
        self.generate(copy)
        self.assertEqual(open(copy, "rb").read(), before)
        done = cli(self.output(copy, ".fods"), "--out", self.out)  # would write input-report-report.fods
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(open(copy, "rb").read(), before)


class RealWorkbooks(ReportTestCase):
    def test_evmtools_gantt_workbook(self):
        path = os.path.join(REAL, "ExcelTest.xlsx")
        self.generate(path, "--json", "--status-date", "2025-01-08")
        summary = self.summary(path)
        self.assertEqual(summary["language"], "ja")
        self.assertEqual(len(summary["projects"]), 1)
        self.assertEqual(summary["projects"][0]["tasks"], 3)
        self.assertEqual(summary["portfolio"]["bac"], 16)  # 5 + 8 + 3 person-days
        self.assertTrue(close(summary["portfolio"]["ev"], 5 + 8 * 0.4))
        self.assertNotIn("error", [d["severity"] for d in summary["diagnostics"]])

    def test_csv_with_text_dates_gives_an_ods(self):
        path = os.path.join(REAL, "DateFormat_20251216.csv")
        self.generate(path, "--json", "--status-date", "2025-01-17")
        self.assertTrue(os.path.exists(self.output(path, ".ods")))
        self.assertEqual(self.summary(path)["portfolio"]["bac"], 15)

    def test_a_workbook_without_tasks_fails_clearly(self):
        done = self.generate(os.path.join(REAL, "MissingGantt.xlsx"), expect_ok=False)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("no task", done.stderr)


class ManyInputs(ReportTestCase):
    def test_inputs_run_in_parallel_and_failures_stay_with_their_input(self):
        garbage = os.path.join(self.out, "garbage.ods")
        with open(garbage, "wb") as f:
            f.write(b"PK\x03\x04 this is not a spreadsheet" * 50)
        os.chmod(garbage, 0o644)
        missing = os.path.join(self.out, "missing.ods")
        done = cli(SAMPLE_EN, garbage, missing, SAMPLE_JA, "--out", self.out, "--json")
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("missing.ods: cannot read", done.stderr)
        self.assertIn("garbage.ods:", done.stderr)
        self.assertTrue(os.path.exists(self.output(SAMPLE_EN, ".json")))
        self.assertTrue(os.path.exists(self.output(SAMPLE_JA, ".json")))

    def test_usage_errors(self):
        self.assertEqual(cli().returncode, 2)
        self.assertEqual(cli(SAMPLE_EN, "--lang", "fr").returncode, 2)
        self.assertEqual(cli(SAMPLE_EN, "--status-date", "10/11/2025").returncode, 2)  # 10 Nov or 11 Oct?
        self.assertEqual(cli(SAMPLE_EN, "--status-date", "2025-02-30").returncode, 2)
        self.assertEqual(cli(SAMPLE_EN, "--duration-uncertainty", "10,30").returncode, 2)


def expected_quality(path, status):
    """Tests and defects at the status date, from the sample's cells: the last
    cumulative row on or before it, defects found and still open."""
    tables = read_tables(path)
    tests, defects = {}, {}
    for r in table_rows(tables["Tests"], 0):
        if day(r["Date"]) <= status:
            tests[r["Project ID"]] = (r["Planned (cumulative)"], r["Executed (cumulative)"],
                                      r["Passed (cumulative)"])
    for r in table_rows(tables["Defects"], 0):
        if day(r["Found"]) <= status:
            found, still_open = defects.get(r["Project ID"], (0, 0))
            defects[r["Project ID"]] = (found + 1, still_open + (not r["Closed"] or day(r["Closed"]) > status))
    sizes = {r["Project ID"]: r["Size"] for r in table_rows(tables["Projects"], 3) if r["Size"]}
    return tests, defects, sizes


class Quality(ReportTestCase):
    """The sample's Tests and Defects sheets: test progress, defect counts and
    density, and a reliability growth estimate for every project past its
    curve's bend — and none, said, for the one before it."""

    def test_sample_quality_figures_in_both_languages(self):
        self.generate(SAMPLE_EN, "--json")
        self.generate(SAMPLE_JA, "--json")
        en, ja = self.summary(SAMPLE_EN), self.summary(SAMPLE_JA)
        tests, defects, sizes = expected_quality(SAMPLE_EN, day(en["status_date"]))
        self.assertTrue(tests and defects)
        by_id = {p["id"]: p for p in en["projects"]}
        for pid, (planned, executed, passed) in tests.items():
            q = by_id[pid]["quality"]["tests"]
            self.assertEqual((q["planned"], q["executed"], q["passed"]), (planned, executed, passed), pid)
            self.assertTrue(close(q["execution_rate"], executed / planned), pid)
            self.assertTrue(close(q["pass_rate"], passed / executed), pid)
        fitted = []
        for pid, (found, still_open) in defects.items():
            d = by_id[pid]["quality"]["defects"]
            self.assertEqual((d["found"], d["open"]), (found, still_open), pid)
            self.assertTrue(close(d["density"], found / sizes[pid]), pid)
            growth = d["reliability_growth"]
            if growth["estimated_total"] is not None:
                fitted.append(pid)
                self.assertGreaterEqual(growth["estimated_total"], found * 0.999, pid)
                self.assertTrue(close(growth["latent"], max(0, growth["estimated_total"] - found)), pid)
                self.assertTrue(close(growth["convergence"], min(1, found / growth["estimated_total"])), pid)
                self.assertIsNone(growth["problem"], pid)
        self.assertGreaterEqual(len(fitted), len(defects) - 1, "the fit converges for most projects")
        self.assertEqual(by_id["P10"]["quality"]["defects"]["reliability_growth"]["problem"], "not_bending")
        said = [d for d in en["diagnostics"] if d["code"] == "growth_no_estimate"]
        self.assertTrue(said and all((d["sheet"], d["severity"]) == ("Defects", "warning") for d in said))
        self.assertTrue(any(d["message"].startswith(by_id["P10"]["name"] + ": no estimate") for d in said))
        # The portfolio's curve (projects at different stages added up) is said, whatever it gives.
        if en["quality"]["defects"]["reliability_growth"]["problem"]:
            self.assertTrue(any(d["message"].startswith("Portfolio: no estimate") for d in said))
        self.assertEqual(en["quality"]["defects"]["found"], sum(f for f, _ in defects.values()))
        # The Japanese sample holds the same numbers (severities as typed: High / 高).
        def numbers(quality):
            text = json.dumps(quality, sort_keys=True, ensure_ascii=False)
            for en_word, ja_word in (("High", "高"), ("Medium", "中"), ("Low", "低")):
                text = text.replace(f'"{ja_word}"', f'"{en_word}"')
            return text
        self.assertEqual(numbers(ja["quality"]), numbers(en["quality"]))
        for a, b in zip(en["projects"], ja["projects"]):
            self.assertEqual(numbers(a["quality"]), numbers(b["quality"]), a["id"])
        report = read_tables(self.output(SAMPLE_EN, ".fods"))["PMO Report"]
        cells = [v for row in report.rows for v in row]
        self.assertIn("Quality: tests and defects", cells)
        japanese = read_tables(self.output(SAMPLE_JA, ".fods"))["PMOレポート"]
        self.assertIn("品質（テスト・不具合）", [v for row in japanese.rows for v in row])


def expected_week_loads(path, weeks):
    """Each person's load in each of `weeks` (Mondays), from the sheets: every
    Assignments row, and each task's assignee without an Assignments row for
    that task at 100 %; a row's share of a week is its allocation × its
    working days in that week ÷ the week's."""
    tables = read_tables(path)
    working_days = working_day_counter(path)
    rows, named = [], set()
    for a in table_rows(tables["Assignments"], 0):
        rows.append((a["Resource"], day(a["Start"]), day(a["Finish"]), a["Allocation"]))
        named.add((a["Project ID"], a["Task"], a["Resource"]))
    for t in table_rows(tables["Tasks"], 1):
        if t["Assignee"] and (t["Project ID"], t["WBS"], t["Assignee"]) not in named:
            rows.append((t["Assignee"], day(t["Planned start"]), day(t["Planned finish"]), 1.0))
    loads = {}
    for person, start, finish, allocation in rows:
        load = loads.setdefault(person, [0.0] * len(weeks))
        for k, monday in enumerate(weeks):
            week_days = working_days(monday, monday + datetime.timedelta(days=6))
            first, last = max(start, monday), min(finish, monday + datetime.timedelta(days=6))
            if week_days and first <= last:
                load[k] += allocation * working_days(first, last) / week_days
    return loads


def best_selection(ranking, budget, people_limit=None):
    """The largest total score within the budget (and people limit), by trying every set."""
    candidates = [p for p in ranking if p["candidate"]]
    best = (0.0, ())
    for mask in range(1 << len(candidates)):
        chosen = [p for k, p in enumerate(candidates) if mask >> k & 1]
        if sum(p["cost"] for p in chosen) > budget:
            continue
        if people_limit is not None and sum(p["people"] for p in chosen) > people_limit:
            continue
        score = sum(p["score"] for p in chosen)
        if score > best[0] + 1e-9:
            best = (score, tuple(p["project_id"] for p in chosen))
    return best


class ProgramAndPortfolio(ReportTestCase):
    """Above single projects, on the shipped samples: EVM by program,
    department, PM and assignee; people's weekly load across projects;
    choosing projects within a budget; lessons from past projects; links
    between projects. Figures checked against the sheets, computed here."""

    def test_breakdowns_add_up_to_the_portfolio_and_match_the_sheets(self):
        self.generate(SAMPLE_EN, "--json")
        summary = self.summary(SAMPLE_EN)
        _, projects, _ = expected_figures(SAMPLE_EN)
        program_of = {r["Project ID"]: r["Program"] for r in table_rows(read_tables(SAMPLE_EN)["Projects"], 3)}
        expected = {}
        for pid, p in projects.items():
            group = expected.setdefault(program_of[pid], dict(bac=0.0, pv=0.0, ev=0.0))
            for key in group:
                group[key] += p[key]
        by_program = {g["name"]: g for g in summary["breakdowns"]["program"]}
        self.assertEqual(set(by_program), set(expected))
        for name, figures in expected.items():
            for key, value in figures.items():
                self.assertTrue(close(by_program[name][key], value), (name, key, by_program[name][key], value))
        portfolio = summary["portfolio"]
        for dimension in ("program", "department", "manager", "assignee"):
            groups = summary["breakdowns"][dimension]
            self.assertTrue(groups, dimension)
            for key in ("bac", "pv", "ev", "ac"):  # AC is null for a group without actual costs
                self.assertTrue(close(sum(g[key] or 0.0 for g in groups), portfolio[key]), (dimension, key))
            for g in groups:  # index-correct: ΣEV/ΣPV, never a mean of ratios
                if g["pv"]:
                    self.assertTrue(close(g["spi"], g["ev"] / g["pv"]), (dimension, g["name"]))
                if g["ac"]:
                    self.assertTrue(close(g["cpi"], g["ev"] / g["ac"]), (dimension, g["name"]))

    def test_weekly_loads_and_overloads_match_the_assignments(self):
        self.generate(SAMPLE_EN, "--json")
        people = self.summary(SAMPLE_EN)["people"]
        weeks = [day(w) for w in people["heat_map_weeks"]]
        expected = expected_week_loads(SAMPLE_EN, weeks)
        by_name = {p["name"]: p for p in people["people"]}
        for name, loads in expected.items():
            self.assertIn(name, by_name)
            for k, (got, want) in enumerate(zip(by_name[name]["heat_map"], loads)):
                self.assertAlmostEqual(got, want, delta=1e-9, msg=(name, people["heat_map_weeks"][k]))
                self.assertGreaterEqual(got, 0.0, (name, k))
        capacity = {p["name"]: p["capacity"] for p in people["people"]}
        self.assertTrue(people["overloads"], "the sample has people over capacity")
        for over in people["overloads"]:
            self.assertGreater(over["load"], over["capacity"] + people["overload_tolerance"] - 1e-12, over)
            self.assertEqual(over["capacity"], capacity[over["person"]])
            self.assertTrue(close(over["load_of_capacity"], over["load"] / over["capacity"]), over)
            self.assertTrue(close(sum(c["load"] for c in over["causes"]), over["load"]), over)
            if over["week"] in people["heat_map_weeks"]:
                k = people["heat_map_weeks"].index(over["week"])
                self.assertTrue(close(expected[over["person"]][k], over["load"]), over)
        # Every person-week of the heat map above capacity is listed.
        listed = {(o["person"], o["week"]) for o in people["overloads"]}
        for name, loads in expected.items():
            for k, load in enumerate(loads):
                if load > capacity[name] + people["overload_tolerance"]:
                    self.assertIn((name, people["heat_map_weeks"][k]), listed)

    def test_selection_is_the_best_set_within_the_budget_and_people_limit(self):
        self.generate(SAMPLE_EN, "--json")
        selection = self.summary(SAMPLE_EN)["selection"]
        self.assertEqual(selection["budget"], 169000, "the budget the sample keeps")
        score, chosen = best_selection(selection["ranking"], selection["budget"])
        self.assertTrue(close(selection["total_score"], score))
        self.assertLessEqual(selection["total_cost"], selection["budget"])
        self.assertEqual(selection["proof"], "optimal")
        if chosen != tuple(selection["chosen"]):  # another set as good: same score
            picked = {p["project_id"]: p for p in selection["ranking"]}
            self.assertTrue(close(sum(picked[i]["score"] for i in selection["chosen"]), score))
        # Given on the command line, the limits override the workbook's.
        self.generate(SAMPLE_EN, "--json", "--budget", "100000", "--people-limit", "25")
        limited = self.summary(SAMPLE_EN)["selection"]
        self.assertEqual((limited["budget"], limited["people_limit"]), (100000, 25))
        score, _ = best_selection(limited["ranking"], 100000, 25)
        self.assertTrue(close(limited["total_score"], score))
        self.assertLessEqual(limited["total_people"], 25)
        for p in limited["ranking"]:
            if p["candidate"] and not p["chosen"]:
                self.assertTrue(p["over_budget"] is not None or p["over_people_limit"] is not None, p)

    def test_scores_as_projects_columns_in_japanese(self):
        # Greedy by score per cost takes P3 (9 / 6) and has no room left; P1 + P2 (5 + 5, 6 + 6 = 12) is best.
        path = write_fods(os.path.join(self.out, "選定.fods"), [
            ("プロジェクト", [["プロジェクトID", "プロジェクト名", "投資額", "戦略適合", "収益性"],
                              ["P1", "基幹", 5, 6, 6], ["P2", "営業", 5, 6, 6], ["P3", "物流", 6, 12, 6]]),
            ("タスク", [["プロジェクトID", "タスク名", "予算", "開始予定日", "終了予定日"],
                        ["P1", "設計", 100, "2025-06-02", "2025-06-13"], ["P2", "設計", 100, "2025-06-02", "2025-06-13"],
                        ["P3", "設計", 100, "2025-06-02", "2025-06-13"]]),
            ("評価基準", [["評価基準", "ウェイト"], ["戦略適合", 1], ["収益性", 1]]),
        ])
        self.generate(path, "--json", "--budget", "10", "--status-date", "2025-06-30")
        selection = self.summary(path)["selection"]
        self.assertEqual([(p["project_id"], p["score"]) for p in selection["ranking"]],
                         [("P3", 9), ("P1", 6), ("P2", 6)])
        self.assertEqual(selection["chosen"], ["P1", "P2"])
        self.assertEqual(best_selection(selection["ranking"], 10)[0], 12)
        cells = {v for row in read_tables(self.output(path, ".fods"))["PMOレポート"].rows for v in row}
        self.assertIn("プロジェクト選定", cells)

    def test_lessons_and_the_risks_they_match(self):
        self.generate(SAMPLE_EN, "--json")
        lessons = self.summary(SAMPLE_EN)["lessons"]
        tables = read_tables(SAMPLE_EN)
        rows = list(table_rows(tables["Lessons"], 0))
        self.assertEqual(lessons["lessons"], len(rows))
        projects_of = {}
        for r in rows:
            projects_of.setdefault(r["Category"], set()).add(r["Project ID"])
        by_name = {c["name"]: c for c in lessons["categories"]}
        self.assertEqual(set(by_name), set(projects_of))
        for name, projects in projects_of.items():
            self.assertEqual(set(by_name[name]["projects"]), projects, name)
            self.assertEqual(by_name[name]["lessons"], sum(1 for r in rows if r["Category"] == name))
            self.assertEqual(by_name[name]["recurs"], len(projects) > 1, name)
        current = {r["Project ID"] for r in table_rows(tables["Projects"], 3)}
        expected = {r["Risk ID"] for r in table_rows(tables["Risks"], 0)
                    if r["Status"] != "Closed" and r["Project ID"] in current and r["Risk category"] in projects_of}
        self.assertTrue(expected)
        self.assertEqual({m["risk"] for m in lessons["matched_risks"]}, expected)

    def test_a_slip_across_projects_and_every_section_in_both_languages(self):
        self.generate(SAMPLE_EN, "--json")
        self.generate(SAMPLE_JA, "--json")
        cross = self.summary(SAMPLE_EN)["cross_project"]
        for link in cross["links"]:
            self.assertEqual(link["propagates"], link["push_days"] > 0, link)
        reached = {p["project"]: set(p["reaches"]) for p in cross["projects"]}
        for link in cross["links"]:
            if link["propagates"]:
                self.assertIn(link["to_project"], reached[link["from_project"]])
        self.assertTrue(any(link["propagates"] for link in cross["links"]), "the sample has a slip that spreads")
        for path, sheet, titles in (
                (SAMPLE_EN, "PMO Report", ["By program, department, PM and assignee", "People across projects",
                                           "Choosing projects", "Lessons from past projects",
                                           "Open risks matching past lessons", "Cross-project dependencies"]),
                (SAMPLE_JA, "PMOレポート", ["プログラム・部門・PM・担当者別", "要員負荷", "プロジェクト選定",
                                           "過去の教訓", "過去の教訓に該当するリスク", "プロジェクト間の依存関係"])):
            cells = {v for row in read_tables(self.output(path, ".fods"))[sheet].rows for v in row}
            for title in titles:
                self.assertIn(title, cells, path)
        # The Japanese sample holds the same figures.
        en, ja = self.summary(SAMPLE_EN), self.summary(SAMPLE_JA)
        self.assertEqual(en["selection"]["chosen"], ja["selection"]["chosen"])
        self.assertEqual(len(en["people"]["overloads"]), len(ja["people"]["overloads"]))
        for key in ("bac", "pv", "ev", "ac"):
            self.assertTrue(close(sum(g[key] for g in ja["breakdowns"]["program"]), en["portfolio"][key]))


class ScheduleNetworks(ReportTestCase):
    """Predecessors and three-point estimates: the critical path on the working-day
    calendar, the Monte Carlo, the health checks; a cycle named by its cell."""

    HEADER = ["Project ID", "Task ID", "Task", "Budget", "Planned start", "Planned finish", "Baseline finish",
              "% complete", "Predecessors", "Optimistic (days)", "Most likely (days)", "Pessimistic (days)"]

    def workbook(self):
        # P1 by hand: 1 (5 days, done) → 2 (5) and 3 (2) → 4 (3 days after the 16 June holiday).
        # Early finish 5 + 5 + 3 = 13 working days from 2 June: 19 June, the baseline.
        return write_fods(os.path.join(self.out, "network.fods"), [
            ("Projects", [["Project ID", "Project name"], ["P1", "Network"], ["P2", "Loop"], ["P3", "Solo"]]),
            ("Tasks", [self.HEADER,
                       ["P1", "1", "Design", 100, "2025-06-02", "2025-06-06", "2025-06-06", 1, None, 5, 5, 5],
                       ["P1", "2", "Build", 100, "2025-06-09", "2025-06-13", "2025-06-13", 0.5, "1", 4, 5, 8],
                       ["P1", "3", "Docs", 100, "2025-06-09", "2025-06-10", "2025-06-10", 0, "1", 2, 2, 3],
                       ["P1", "4", "Test", 100, "2025-06-17", "2025-06-19", "2025-06-19", 0, "2; 3", 3, 3, 5],
                       ["P2", "A", "Plan", 100, "2025-06-02", "2025-06-06", None, 0, "C", None, None, None],
                       ["P2", "B", "Do", 100, "2025-06-09", "2025-06-13", None, 0, "A", None, None, None],
                       ["P2", "C", "Check", 100, "2025-06-16", "2025-06-20", None, 0, "B", None, None, None],
                       ["P3", "X", "Solo", 100, "2025-06-02", "2025-06-11", None, 0, None, None, None, None]]),
            ("Risks", [["Risk ID", "Project ID", "Risk", "Probability", "Impact", "Type", "Status", "Affected task",
                        "Schedule impact (days)"],
                       ["R1", "P1", "Late parts", 0.5, 100, "Threat", "Open", "2", 3],
                       ["R2", "P1", "Unknown task", 0.1, 10, "Threat", "Open", "9", 2]]),
            ("Holidays", [["Date"], ["2025-06-16"]]),
            ("Cover", [["Status date", "2025-06-13"]])])

    def test_critical_path_risk_health_and_a_cycle(self):
        path = self.workbook()
        self.generate(path, "--json")
        summary = self.summary(path)
        p1, p2, p3 = summary["projects"]
        schedule = p1["schedule"]
        self.assertEqual(schedule["network"], "ok")
        self.assertEqual(schedule["critical_path"], ["1", "2", "4"])
        self.assertEqual(schedule["start"], "2025-06-02")
        self.assertEqual(schedule["early_finish"], "2025-06-19")
        self.assertEqual(schedule["baseline_finish"], "2025-06-19")
        self.assertEqual(schedule["finish_float"], 0)
        risk = schedule["risk"]
        self.assertEqual(risk["estimates"], "three_point")
        self.assertEqual(risk["iterations"], 10000)
        self.assertEqual(risk["risk_events"], 1)
        # Durations only grow from the plan's most likely (and the risk adds days): never before 19 June.
        self.assertTrue("2025-06-19" <= risk["p50"] <= risk["p80"] <= risk["p95"] <= "2025-06-30", risk)
        self.assertTrue(0 < risk["probability_on_time"] < 0.5, risk["probability_on_time"])
        # Docs (2–3 days) never outlasts Build (4–8): every other task is always critical.
        self.assertEqual({c["id"]: c["value"] for c in risk["criticality"]}, {"1": 1, "2": 1, "4": 1})
        checks = {h["check"]: h for h in schedule["health"]}
        self.assertEqual(len(checks), 14)
        self.assertEqual(checks["hard_constraints"]["status"], "not_assessed")
        self.assertEqual(checks["logic"]["status"], "pass")
        self.assertEqual(checks["missed_tasks"]["count"], 2)  # Build due today and half done, Docs not started
        self.assertEqual((checks["bei"]["count"], checks["bei"]["of"]), (1, 3))
        self.assertEqual(p2["schedule"], {"network": "problems"})
        self.assertGreater(p2["bac"], 0, "the project without a network is still reported")
        cycle = [d for d in summary["diagnostics"] if d["code"] == "network_cycle"]
        self.assertEqual(len(cycle), 1, summary["diagnostics"])
        self.assertEqual(cycle[0]["sheet"], "Tasks")
        self.assertIn(cycle[0]["cell"], ("I6", "I7", "I8"))
        self.assertEqual(cycle[0]["severity"], "error")
        self.assertRegex(cycle[0]["message"], "cycle: [ABC] \u2192 [ABC] \u2192 [ABC] \u2192 [ABC]")
        unknown = [d for d in summary["diagnostics"] if d["code"] == "schedule_risk_unknown_task"]
        self.assertEqual([(d["sheet"], d["cell"]) for d in unknown], [("Risks", "H3")])
        report = read_tables(self.output(path, ".fods"))["PMO Report"]
        texts = [v for row in report.rows for v in row if isinstance(v, str)]
        self.assertIn("Schedule networks, risk and health", texts)
        self.assertIn("1 \u2192 2 \u2192 4", texts)
        self.assertIn("13 CPLI", texts)
        self.assertGreaterEqual(report.charts, 4)

    def test_japanese_messages_name_the_cycle_and_the_uncertainty_is_a_setting(self):
        path = self.workbook()
        self.generate(path, "--json", "--lang", "ja", "--duration-uncertainty", "-20,50")
        summary = self.summary(path)
        # P3 has no three-point estimate: 9 working days (11 June's holiday-free week), drawn from 7.2 to 13.5.
        risk = summary["projects"][2]["schedule"]["risk"]
        self.assertEqual(risk["estimates"], "uncertainty")
        self.assertEqual(risk["uncertainty"], {"low": -0.2, "high": 0.5})
        self.assertTrue("2025-06-11" <= risk["p50"] <= "2025-06-17", risk)
        note = [d for d in summary["diagnostics"] if d["code"] == "schedule_uncertainty_some_tasks"]
        self.assertIn("-20%", note[0]["message"])
        cycle = [d for d in summary["diagnostics"] if d["code"] == "network_cycle"]
        self.assertIn("先行関係が循環しています", cycle[0]["message"])
        report = read_tables(self.output(path, ".fods"))["PMOレポート"]
        texts = [v for row in report.rows for v in row if isinstance(v, str)]
        self.assertIn("スケジュール（ネットワーク・リスク・健全性）", texts)


class History(ReportTestCase):
    """The status history: three status dates recorded through the workbook's
    own PMO History sheet and through dated copies (--history), the trends,
    period indices, re-baselines and changes they give, an xlsx round trip of
    the sheet, the Japanese sample's shipped history, and a sheet of that name
    that is not pmocalc's left alone."""

    GENERATOR = os.path.join(report_cli.ROOT, "tools", "generate_portfolio.py")

    def copy_as_of(self, date, lang="en"):
        path = os.path.join(self.out, "portfolio-%s-%s.fods" % (lang, date))
        command = [sys.executable, self.GENERATOR, "sample", "--lang", lang, "--out", path]
        if date != "current":
            command += ["--as-of", date]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        self.assertEqual(done.returncode, 0, done.stderr)
        os.chmod(path, 0o644)
        return path

    def history(self, path):
        return self.summary(path)["history"]

    def test_recording_then_reporting_builds_the_history_in_the_workbook(self):
        first = self.copy_as_of("2025-08-29")
        done = self.generate(first, "--record", "--json")
        self.assertIn("PMO History", done.stdout)
        recorded = self.output(first, ".fods")
        tables = read_tables(recorded)
        self.assertNotIn("PMO Report", tables, "--record writes no report")
        self.assertEqual(tables["PMO History"].cell(2, 0), "Status date")
        self.assertEqual(self.history(first)["dates"], ["2025-08-29"])
        # The same workbook reported as of a month later: two dates, nothing progressed.
        later = os.path.join(self.out, "later")
        os.makedirs(later)
        done = cli(recorded, "--out", later, "--status-date", "2025-09-30", "--json")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        with open(os.path.join(later, "portfolio-en-2025-08-29-report-report.json"), encoding="utf-8") as f:
            history = json.load(f)["history"]
        self.assertEqual(history["dates"], ["2025-08-29", "2025-09-30"])
        self.assertEqual(history["previous_date"], "2025-08-29")
        self.assertFalse([c for c in history["changes"] if c["kind"] == "progressed"])
        # Reporting the same date again replaces its rows: still two dates.
        again = os.path.join(self.out, "again")
        os.makedirs(again)
        done = cli(os.path.join(later, "portfolio-en-2025-08-29-report-report.fods"), "--out", again,
                   "--status-date", "2025-09-30", "--json")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        with open(os.path.join(again, "portfolio-en-2025-08-29-report-report-report.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["history"]["dates"], ["2025-08-29", "2025-09-30"])

    def test_dated_copies_give_trends_changes_and_a_rebaseline(self):
        copies = [self.copy_as_of(d) for d in ("2025-07-31", "2025-08-29", "2025-09-30")]
        current = self.copy_as_of("current")
        done = cli("--history", *copies, current, "--out", self.out, "--json")
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        summary = self.summary(current)
        history = summary["history"]
        self.assertEqual(history["dates"], ["2025-07-31", "2025-08-29", "2025-09-30", "2025-10-31"])
        points = history["portfolio"]
        self.assertEqual(points[-1]["ev"], summary["portfolio"]["ev"])
        # Period SPI is ΔEV / ΔPV between the last two dates.
        expected = (points[-1]["ev"] - points[-2]["ev"]) / (points[-1]["pv"] - points[-2]["pv"])
        self.assertTrue(close(points[-1]["period_spi"], expected), points[-1])
        # One task enters the plan on 2025-09-30: a re-baseline, not a slowdown.
        self.assertEqual([(r["from"], r["to"]) for r in history["rebaselines"]], [("2025-08-29", "2025-09-30")])
        self.assertTrue(points[2]["rebaselined"])
        self.assertIsNone(points[2]["period_spi"])
        kinds = {c["kind"] for c in history["changes"]}
        self.assertIn("progressed", kinds)
        self.assertIn("stalled", kinds)
        # The milestone trend: every project's finish at each date it was recorded,
        # its slip a week the way its forecasts moved, its last forecast today's.
        finishes = {t["project"]: t for t in history["milestone_trends"] if t["task"] is None}
        self.assertTrue(finishes)
        self.assertLessEqual(set(finishes), {p["id"] for p in summary["projects"] if p["forecast_finish"]})
        for project in summary["projects"]:
            trend = finishes.get(project["id"])
            if trend is None:
                continue
            dates = [p["date"] for p in trend["points"]]
            self.assertEqual(dates, [d for d in history["dates"] if d in dates])
            self.assertEqual(dates[-1], history["dates"][-1])
            self.assertEqual(trend["points"][-1]["forecast"], project["forecast_finish"])
            first, last = trend["points"][0]["forecast"], trend["points"][-1]["forecast"]
            self.assertEqual((trend["slip_per_week"] > 0) - (trend["slip_per_week"] < 0),
                             (last > first) - (last < first), trend)
        accelerating = [d for d in summary["diagnostics"]
                        if d["code"] in ("finish_slip_accelerating", "milestone_slip_accelerating")]
        self.assertEqual(len(accelerating), sum(t["accelerating"] for t in history["milestone_trends"]))
        # The finish at the recent rate is filled from the history.
        self.assertTrue(any(p["forecast_range"]["finish"]["recent_spi"] for p in summary["projects"]))
        notes = [d for d in summary["diagnostics"] if d["code"] == "history_imported"]
        self.assertEqual(len(notes), 3)
        report = read_tables(self.output(current, ".fods"))["PMO Report"]
        texts = [v for row in report.rows for v in row if isinstance(v, str)]
        self.assertIn("Progress over time", texts)
        self.assertIn("Milestone trend analysis (MTA)", texts)
        self.assertTrue(any(t.endswith(": plan and progress lines") for t in texts))
        self.assertIn("What changed since 2025-09-30", texts)
        self.assertIn("Stalled", texts)
        with_history = report.charts
        # The xlsx round trip: the history is read back from the converted workbook.
        converted = subprocess.run([report_cli.tool("pmocalc-office"), "convert", "--to", "xlsx", "--outdir",
                                    self.out, self.output(current, ".fods")], capture_output=True, text=True,
                                   timeout=600)
        self.assertEqual(converted.returncode, 0, converted.stderr)
        xlsx = os.path.join(self.out, "roundtrip.xlsx")
        shutil.move(converted.stdout.split()[0], xlsx)
        os.chmod(xlsx, 0o644)
        self.generate(xlsx, "--json")
        again = self.history(xlsx)
        self.assertEqual(again["dates"], history["dates"])
        for a, b in zip(again["portfolio"], points):
            for key in ("pv", "ev", "ac", "spi", "cpi", "spit", "eac", "period_spi"):
                self.assertTrue(close(a[key], b[key]), (key, a, b))
        self.assertEqual(len(again["changes"]), len(history["changes"]))
        self.assertIn("PMO History", sheet_names_in_xlsx(self.output(xlsx, ".xlsx")))
        self.assertGreaterEqual(with_history, 3)

    def test_the_japanese_sample_ships_with_history(self):
        self.generate(SAMPLE_JA, "--json")
        history = self.history(SAMPLE_JA)
        self.assertEqual(history["sheet"], "PMO履歴")
        self.assertEqual(history["dates"], ["2025-07-31", "2025-08-29", "2025-09-30", "2025-10-31"])
        tables = read_tables(self.output(SAMPLE_JA, ".fods"))
        self.assertEqual(tables["PMO履歴"].cell(2, 0), "基準日")
        texts = [v for row in tables["PMOレポート"].rows for v in row if isinstance(v, str)]
        self.assertIn("進捗の推移", texts)
        # The input's history is three dates; the report's status date was added to the output only.
        self.assertEqual(len({r[0] for r in read_tables(SAMPLE_JA)["PMO履歴"].rows[3:]}), 3)

    def test_a_user_sheet_with_the_history_name_is_left_alone(self):
        with open(SAMPLE_EN, encoding="utf-8") as f:
            content = f.read()
        # The user's Lessons sheet renamed "PMO History", and the shipped history removed.
        start = content.index('<table:table table:name="PMO History"')
        end = content.index("</table:table>", start) + len("</table:table>")
        content = content[:start] + content[end:]
        content = content.replace('table:name="Lessons"', 'table:name="PMO History"', 1)
        clash = os.path.join(self.out, "clash.fods")
        with open(clash, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(clash, 0o644)
        self.generate(clash, "--json")
        summary = self.summary(clash)
        self.assertIsNone(summary["history"]["sheet"])
        self.assertIn("history_not_ours", {d["code"] for d in summary["diagnostics"]})
        before, after = read_tables(clash), read_tables(self.output(clash, ".fods"))
        self.assertEqual(before["PMO History"].rows, after["PMO History"].rows)
        done = self.generate(clash, "--record", expect_ok=False)
        self.assertEqual(done.returncode, 1)
        self.assertIn("PMO History", done.stderr)

    def test_usage_errors(self):
        self.assertEqual(cli(SAMPLE_EN, "--history", "--out", self.out).returncode, 2)
        self.assertEqual(cli(SAMPLE_EN, "--record", "--pdf", "--out", self.out).returncode, 2)


class NormalUser(ReportTestCase):
    @unittest.skipUnless(os.geteuid() == 0, "needs root to switch to the nobody user")
    def test_runs_as_an_unprivileged_user(self):
        done = cli(readable_copy(SAMPLE_EN, self.out), "--out", self.out, "--json", user=report_cli.NOBODY)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        self.assertTrue(os.path.exists(self.output(SAMPLE_EN, ".json")))


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
