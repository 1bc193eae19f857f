"""The column map, end to end in real headless Calc: where pmocalc cannot read
a workbook (headers it does not know) or reads it wrongly, the map a person
writes — kept in the document as pmocalc.ColumnMap (File ▸ Properties ▸
Custom Properties) or given as pmocalc-report --map FILE — says which column
is which field, and the report says which columns came from the map."""
import json
import os
import sys
import unittest
from xml.sax.saxutils import escape

import report_cli
from report_cli import ReportTestCase, cli

STATUS = "2025-01-31"
# A sprint plan whose dates are headed by words no glossary has.
ROWS = [
    ["Sprint plan"],
    ["Activity", "Kickoff", "Wrap-up", "Done", "Hours"],
    ["Design", ("date", "2025-01-06"), ("date", "2025-01-17"), 1.0, 40.0],
    ["Build", ("date", "2025-01-20"), ("date", "2025-02-14"), 0.25, 120.0],
    ["Test", ("date", "2025-02-17"), ("date", "2025-02-28"), 0.0, 60.0],
]
MAP = """# dates under our own words
Plan!B = planned_start
Plan!C = planned_finish   # Wrap-up is the finish
Plan!D = % complete
Plan!E = effort
"""


def cell(value):
    if isinstance(value, tuple):
        return ('<table:table-cell office:value-type="date" office:date-value="%s"><text:p>%s</text:p>'
                "</table:table-cell>" % (value[1], value[1]))
    if isinstance(value, float):
        return ('<table:table-cell office:value-type="float" office:value="%r"><text:p>%r</text:p>'
                "</table:table-cell>" % (value, value))
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(value)


def plan_fods(path, column_map=None):
    meta = ""
    if column_map is not None:
        meta = ('<meta:user-defined meta:name="pmocalc.ColumnMap" meta:value-type="string">%s</meta:user-defined>'
                % escape(column_map))
    rows = "".join("<table:table-row>%s</table:table-row>" % "".join(cell(v) for v in row) for row in ROWS)
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
                "<office:meta>%s</office:meta><office:body><office:spreadsheet>"
                '<table:table table:name="Plan">%s</table:table>'
                "</office:spreadsheet></office:body></office:document>" % (meta, rows))
    os.chmod(path, 0o644)
    return path


class ColumnMap(ReportTestCase):
    def write_map(self, text, name="map.txt"):
        path = os.path.join(self.out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(path, 0o644)
        return path

    def tasks_table(self, summary):
        tables = [t for t in summary["read"] if t["read"] and t["kind"] == "tasks"]
        self.assertEqual(len(tables), 1, summary["read"])
        return tables[0]

    def test_without_a_map_the_refusal_names_what_is_missing(self):
        path = plan_fods(os.path.join(self.out, "plan.fods"))
        done = self.generate(path, "--status-date", STATUS, expect_ok=False)
        self.assertEqual(done.returncode, 1, done.stdout + done.stderr)
        self.assertIn("no start or finish date column", done.stderr)

    def test_a_map_file_makes_the_plan_readable_and_is_said(self):
        path = plan_fods(os.path.join(self.out, "plan.fods"))
        self.generate(path, "--json", "--status-date", STATUS, "--map", self.write_map(MAP))
        summary = self.summary(path)
        self.assertEqual(summary["records"]["tasks"], 3)
        self.assertEqual(summary["weighting"], "effort")
        self.assertEqual(summary["portfolio"]["bac"], 220)
        table = self.tasks_table(summary)
        columns = {c["column"]: (c["field"], c["from_map"]) for c in table["columns"]}
        self.assertEqual(columns["A"], ("task_name", False))
        self.assertEqual(columns["B"], ("planned_start", True))
        self.assertEqual(columns["C"], ("planned_finish", True))
        self.assertEqual(columns["D"], ("percent_complete", True))
        self.assertEqual(columns["E"], ("effort", True))
        self.assertNotIn("column_map_unreadable", {d["code"] for d in summary["diagnostics"]})
        self.assertEqual(summary["projects"][0]["name"], "Sprint plan")

    def test_the_documents_map_is_read_and_the_command_lines_map_wins(self):
        path = plan_fods(os.path.join(self.out, "kept.fods"), MAP)
        self.generate(path, "--json", "--status-date", STATUS)
        self.assertEqual(self.summary(path)["weighting"], "effort")
        # --map replaces the document's map: without the effort column, tasks weigh by their working days.
        self.generate(path, "--json", "--status-date", STATUS, "--map",
                      self.write_map(MAP.replace("Plan!E = effort", "Plan!E = -")))
        summary = self.summary(path)
        self.assertEqual(summary["records"]["tasks"], 3)
        self.assertEqual(summary["weighting"], "duration")
        self.assertNotIn("E", [c["column"] for c in self.tasks_table(summary)["columns"]])

    def test_a_wrong_line_and_a_missing_sheet_are_said_in_the_reports_language(self):
        path = plan_fods(os.path.join(self.out, "plan.fods"))
        text = MAP + "Plan!ZZZZ = task_name\nNowhere!A = task_name\n"
        self.generate(path, "--json", "--status-date", STATUS, "--lang", "ja", "--map", self.write_map(text))
        summary = self.summary(path)
        self.assertEqual(summary["records"]["tasks"], 3)
        said = {d["code"]: d["message"] for d in summary["diagnostics"]}
        self.assertIn("6行目", said["column_map_unreadable"])
        self.assertIn("Nowhere", said["column_map_no_sheet"])

    def test_an_unreadable_map_file_is_a_usage_error(self):
        path = plan_fods(os.path.join(self.out, "plan.fods"))
        done = cli(path, "--out", self.out, "--map", os.path.join(self.out, "missing.txt"))
        self.assertEqual(done.returncode, 2)
        self.assertIn("missing.txt", done.stderr)
        big = self.write_map("# " + "x" * (1 << 20), "big.txt")
        done = cli(path, "--out", self.out, "--map", big)
        self.assertEqual(done.returncode, 2)
        self.assertIn("1 MB", done.stderr)


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
