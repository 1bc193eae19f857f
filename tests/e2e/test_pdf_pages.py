"""The report as a PMO circulates it: the PDF of the sample portfolio and of
real workbooks, en and ja, read back with pdftotext -bbox. Page 1 answers how
the portfolio is doing, what changed and what needs a decision in type of 9 pt
or more; no page has type below 7 pt; no page is a table of chart numbers;
How to read this report is the last page.

Usage: test_pdf_pages.py BUILD_DIR"""
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report_cli  # noqa: E402
from report_cli import REAL, ROOT, SAMPLE_EN, SAMPLE_JA, ReportTestCase  # noqa: E402

CORPUS = os.path.join(ROOT, "tests", "real-workbooks", "corpus")
THIRD_PARTY = os.path.join(ROOT, "tests", "real-workbooks", "third-party")

# A word's box from pdftotext is its font's ascent plus descent: 1.25 times
# the type's size in the fonts LibreOffice prints with (Liberation/DejaVu Sans,
# Noto Sans CJK), measured on a 10-pt cell at a known scale.
BOX_PER_POINT = 1.25
TOLERANCE_PT = 0.1

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def pages_of(pdf):
    """Each page's words, as (size in points, text)."""
    html = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        pages.append([((float(m.group(4)) - float(m.group(2))) / BOX_PER_POINT, m.group(5))
                      for m in WORD.finditer(page)])
    return pages


NUMBER = re.compile(r"^[-+]?[\d,.%]+$|^\d{4}-\d{2}-\d{2}$")


class PdfPages(ReportTestCase):
    def check(self, path, language, first_page_words):
        self.generate(path, "--pdf", "--lang", language)
        pages = pages_of(self.output(path, ".pdf"))
        self.assertGreater(len(pages), 1)
        first = pages[0]
        smallest = min(first)
        self.assertGreaterEqual(smallest[0], 9 - TOLERANCE_PT, "page 1 in %s: %r" % (language, smallest))
        text = " ".join(w for _, w in first)
        for word in first_page_words:
            self.assertIn(word, text, "page 1 in %s says %r" % (language, word))
        for number, page in enumerate(pages, 1):
            if not page:
                continue
            smallest = min(page)
            self.assertGreaterEqual(smallest[0], 7 - TOLERANCE_PT, "page %d in %s: %r" % (number, language, smallest))
            numbers = sum(1 for _, w in page if NUMBER.match(w))
            # A page of a chart's numbers only: 90 % numbers and dates.
            self.assertLess(numbers, 0.9 * len(page) if len(page) > 40 else len(page) + 1,
                            "page %d in %s is a table of numbers" % (number, language))
        return pages

    def test_sample_in_english(self):
        pages = self.check(SAMPLE_EN, "en", ["Overall", "Headline", "What changed since", "Awaiting a decision",
                                             "Projects at a glance", "Top risks", "Overdue issues"])
        self.assertIn("How to read this report", " ".join(w for _, w in pages[-1]))

    def test_sample_in_japanese(self):
        pages = self.check(SAMPLE_JA, "ja", ["総合", "主要指標", "からの変化", "決定待ち", "プロジェクト概況",
                                             "主要リスク", "期限超過の課題"])
        self.assertIn("このレポートの読み方", " ".join(w for _, w in pages[-1]))

    def test_real_workbooks(self):
        # Layouts nobody here wrote: evmtools' Gantt workbook, a Japanese EVM Gantt sheet.
        self.check(os.path.join(REAL, "ExcelTest.xlsx"), "en", ["Overall", "Headline", "Projects at a glance"])
        self.check(os.path.join(CORPUS, "ja_evm_gantt_masatomix.xlsm"), "ja", ["総合", "主要指標"])
        # A register alone (an issue log published by a project team): page 1 is still the summary alone.
        self.check(os.path.join(THIRD_PARTY, "issues_nchaulagai.xlsx"), "en", ["Overall", "Overdue issues"])


if __name__ == "__main__":
    report_cli.BUILD = sys.argv.pop(1)
    unittest.main()
