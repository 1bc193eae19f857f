#!/usr/bin/env python3
"""pmocalc-report --share end to end, in real headless LibreOffice: a copy of
the workbook where every pmocalc formula holds its value (recalculated by the
extension itself), in ODS and XLSX; every other formula kept; the input never
written; refusals with exit code 2.

usage: test_share.py BUILD_DIR [TestCase[.test_method] ...]

The shipped sample portfolio has no PMO_* formulas, so the test adds a sheet
of them (scalar, text, error, array, and native formulas around them) to a
copy; the functions demo has them on several sheets.
"""
import hashlib
import os
import re
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_cli  # noqa: E402
from odf_cells import read_tables  # noqa: E402
from report_cli import SAMPLE_EN, ReportTestCase, cli  # noqa: E402

DEMO_EN = os.path.join(report_cli.ROOT, "examples", "functions-demo-en.fods")

# A1 EV 80, B1 PV 100; C1 SPI = 80 / 100 = 0.8; D1 a native SUM = 180; E1 the
# RAG of SPI 0.8 (below red 0.85): RED; F1 a native formula over C1 = 80; K1
# SPI with PV 0: an error value. G1:I3 a network A(5) then B(3) and C(2), J1:J3
# its total float as an array formula: A 0, B 0, C 8 - 5 - 2 = 1.
CHECK_SHEET = """<table:table table:name="Shared check">
<table:table-row>
<table:table-cell office:value-type="float" office:value="80"/>
<table:table-cell office:value-type="float" office:value="100"/>
<table:table-cell table:formula="of:=ORG.PMOCALC.FUNCTIONS.SPI([.A1];[.B1])"/>
<table:table-cell table:formula="of:=SUM([.A1:.B1])"/>
<table:table-cell table:formula="of:=ORG.PMOCALC.FUNCTIONS.RAG([.C1];1)"/>
<table:table-cell table:formula="of:=[.C1]*100"/>
<table:table-cell office:value-type="string"><text:p>A</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="5"/>
<table:table-cell/>
<table:table-cell table:number-matrix-columns-spanned="1" table:number-matrix-rows-spanned="3"
 table:formula="of:=ORG.PMOCALC.FUNCTIONS.TOTALFLOAT([.G1:.G3];[.H1:.H3];[.I1:.I3])"/>
<table:table-cell table:formula="of:=ORG.PMOCALC.FUNCTIONS.SPI([.A1];0)"/>
</table:table-row>
<table:table-row>
<table:table-cell table:number-columns-repeated="6"/>
<table:table-cell office:value-type="string"><text:p>B</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="3"/>
<table:table-cell office:value-type="string"><text:p>A</text:p></table:table-cell>
<table:table-cell/>
</table:table-row>
<table:table-row>
<table:table-cell table:number-columns-repeated="6"/>
<table:table-cell office:value-type="string"><text:p>C</text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="2"/>
<table:table-cell office:value-type="string"><text:p>A</text:p></table:table-cell>
<table:table-cell/>
</table:table-row>
</table:table>
"""

FORMULA = re.compile(r'table:formula="([^"]*)"')


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def ods_formulas(path):
    with zipfile.ZipFile(path) as z:
        return FORMULA.findall(z.read("content.xml").decode("utf-8"))


def xlsx_sheets(path):
    """Each sheet's XML by its name."""
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        targets = dict(re.findall(r'<Relationship Id="([^"]+)"[^>]*Target="([^"]+)"', rels))
        targets.update({k: v for v, k in re.findall(r'<Relationship Target="([^"]+)"[^>]*Id="([^"]+)"', rels)})
        sheets = {}
        for name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*r:id="([^"]+)"', workbook):
            target = targets[rid].lstrip("/")
            sheets[name] = z.read(target if target.startswith("xl/") else "xl/" + target).decode("utf-8")
        return sheets


def xlsx_formulas(sheet_xml):
    return re.findall(r"<f[^>]*>([^<]*)</f>", sheet_xml)


def xlsx_number(sheet_xml, ref):
    cell = re.search(r'<c r="%s"[^>]*>(.*?)</c>' % ref, sheet_xml)
    value = cell and re.search(r"<v>([^<]*)</v>", cell.group(1))
    return float(value.group(1)) if value else None


class Share(ReportTestCase):
    def sample_with_formulas(self):
        with open(SAMPLE_EN, encoding="utf-8") as f:
            content = f.read()
        self.assertNotIn("org.pmocalc", content.lower(), "the sample grew PMO_* formulas: use them")
        content = content.replace("</office:spreadsheet>", CHECK_SHEET + "</office:spreadsheet>", 1)
        path = os.path.join(self.out, "portfolio.fods")
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        os.chmod(path, 0o644)
        return path

    def share(self, source, target, expect=0):
        done = cli("--share", target, source)
        self.assertEqual(done.returncode, expect, done.stdout + done.stderr)
        return done

    def test_ods_holds_the_values_and_keeps_native_formulas(self):
        source = self.sample_with_formulas()
        before = digest(source)
        target = os.path.join(self.out, "shared", "portfolio-shared.ods")
        done = self.share(source, target)
        self.assertEqual(digest(source), before, "the input is never written")
        # C1, E1, K1 and J1:J3: 6 cells, one array; K1's error kept as its text.
        self.assertIn("copy for sharing -> " + target, done.stdout)
        with open(source, encoding="utf-8") as f:
            sheets = len(re.findall(r"<table:table table:name=", f.read()))
        self.assertIn("6 cell(s) with pmocalc formulas (1 array formula(s)) on 1 of %d sheet(s)" % sheets,
                      done.stdout)
        self.assertIn("1 of them held an error value, kept as its text: Shared check.K1 (", done.stdout)
        formulas = ods_formulas(target)
        self.assertFalse([f for f in formulas if "pmocalc" in f.lower()], formulas)
        self.assertIn("of:=SUM([.A1:.B1])", formulas)
        self.assertIn("of:=[.C1]*100", formulas)
        check = read_tables(target)["Shared check"]
        self.assertAlmostEqual(check.cell(0, 2), 0.8)
        self.assertEqual(check.cell(0, 3), 180)
        self.assertEqual(check.cell(0, 4), "RED")
        self.assertAlmostEqual(check.cell(0, 5), 80)
        self.assertEqual([check.cell(r, 9) for r in range(3)], [0, 0, 1])
        self.assertIsInstance(check.cell(0, 10), str)
        self.assertTrue(check.cell(0, 10).startswith("#") or check.cell(0, 10).startswith("Err:"),
                        check.cell(0, 10))
        self.assertEqual(read_tables(target)["Projects"].rows, read_tables(source)["Projects"].rows)

    def test_xlsx_has_no_pmocalc_formula(self):
        source = self.sample_with_formulas()
        target = os.path.join(self.out, "portfolio-shared.xlsx")
        self.share(source, target)
        sheets = xlsx_sheets(target)
        for name, xml in sheets.items():
            for f in xlsx_formulas(xml):
                self.assertNotIn("pmocalc", f.lower(), (name, f))
                self.assertNotIn("PMO_", f, (name, f))
        check = sheets["Shared check"]
        self.assertIn("SUM(A1:B1)", xlsx_formulas(check))
        self.assertAlmostEqual(xlsx_number(check, "C1"), 0.8)
        self.assertEqual([xlsx_number(check, "J%d" % r) for r in (1, 2, 3)], [0, 0, 1])

    def test_a_report_keeps_its_pictures_and_conditional_formats(self):
        source = self.sample_with_formulas()
        done = cli(source, "--out", self.out)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)
        report = self.output(source, ".fods")
        target = os.path.join(self.out, "report-shared.ods")
        self.share(report, target)

        def features(path):
            if path.endswith(".ods"):
                with zipfile.ZipFile(path) as z:
                    content = z.read("content.xml").decode("utf-8")
            else:
                with open(path, encoding="utf-8") as f:
                    content = f.read()
            # Charts, data bars, and the ranges under a conditional format (RAG
            # cells, SPI and CPI by the thresholds): the office may join formats
            # of the same conditions into one over several ranges.
            ranges = sorted(r for targets in re.findall(r'calcext:target-range-address="([^"]*)"', content)
                            for r in re.split(r" (?=&apos;|')", targets))
            return [len(re.findall(r"<draw:object ", content)), len(re.findall(r"<calcext:data-bar ", content)),
                    ranges]

        before = features(report)
        self.assertGreater(before[0], 5, "the report's charts")
        self.assertGreater(before[1], 0, "page 1's data bars")
        self.assertGreater(len(before[2]), 4, "page 1's conditional colours")
        self.assertEqual(features(target), before, "the copy for sharing keeps them all")

    def test_the_functions_demo(self):
        target = os.path.join(self.out, "demo-shared.ods")
        done = self.share(DEMO_EN, target)
        formulas = ods_formulas(target)
        self.assertFalse([f for f in formulas if "pmocalc" in f.lower()], formulas)
        self.assertTrue(any(f.startswith("of:=SUM(") for f in formulas), "native formulas stay")
        self.assertNotIn("No cell calls a pmocalc function", done.stdout)
        summary = read_tables(target)["Summary"]
        values = [summary.cell(r, 1) for r in range(len(summary.rows))]
        self.assertFalse([v for v in values if isinstance(v, str) and v.startswith("#NAME")], values)

    def test_refusals(self):
        source = self.sample_with_formulas()
        before = digest(source)
        self.share(source, source.replace(".fods", ".csv"), expect=2)
        self.share(source, os.path.join(self.out, "portfolio.fods"), expect=2)
        self.assertEqual(digest(source), before)
        shared = os.path.join(self.out, "shared.ods")
        self.share(source, shared)
        kept = digest(shared)
        done = self.share(shared, shared, expect=2)
        self.assertIn("the input itself", done.stderr)
        self.assertEqual(digest(shared), kept)
        self.assertEqual(cli("--share", os.path.join(self.out, "a.ods"), source, SAMPLE_EN).returncode, 2)
        self.assertEqual(cli("--share", os.path.join(self.out, "a.ods"), "--pdf", source).returncode, 2)
        missing = cli("--share", os.path.join(self.out, "a.ods"), source,
                      env={"PMOCALC_OXT": os.path.join(self.out, "none.oxt")})
        self.assertEqual(missing.returncode, 1)
        self.assertIn("none.oxt", missing.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.out, "a.ods")))


if __name__ == "__main__":
    report_cli.BUILD = os.path.abspath(sys.argv[1])
    unittest.main(argv=[sys.argv[0]] + sys.argv[2:], verbosity=2)
