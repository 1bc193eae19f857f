#!/usr/bin/env python3
"""Write PMO workbooks as flat ODF spreadsheets (.fods).

Modes:
  sample    --lang en|ja --out FILE   the realistic sample portfolio (deterministic;
                                      en and ja hold identical numbers)
  template  --lang en|ja --out FILE   titles and headers only, for users to fill in
  benchmark [--projects N --tasks-per-project M --risks R --issues I] --out FILE
                                      a large deterministic English portfolio
  broken    --out FILE                an English workbook with one of each problem the
                                      reader must diagnose; the expected problems are
                                      printed as JSON and written to FILE.expected.json

Workbook schema (sheet, header row, columns), English / Japanese:
  Projects/プロジェクト  title, "Status date"/"基準日" in A2 with the date in B2,
                          header on row 4: Project ID, Project name, Program, Department, PM
  Tasks/タスク           title, header on row 2: Project ID, WBS, Task name, Budget,
                          Planned start, Planned finish, Baseline finish, Forecast finish,
                          Actual finish, % complete, Actual cost, Milestone; in the sample and
                          the templates also Predecessors, Optimistic/Most likely/Pessimistic (days),
                          EV method, ETC
  Risks/リスク           header on row 1: Risk ID, Project ID, Risk, Probability, Impact,
                          Type, Status, Owner; in the sample and the templates also Affected task,
                          Schedule impact (days)
  Issues/課題            header on row 1: Issue ID, Project ID, Issue, Raised, Due, Closed,
                          Status, Priority
  Changes/変更要求       header on row 1: CR ID, Project ID, Title, Cost impact,
                          Schedule impact (days), Status
  Lessons/教訓           header on row 1: Project ID, Category, Lesson
  Holidays/祝日          header on row 1: Date, Holiday
  In the sample and the templates also (after Holidays):
  Projects               Size, Size unit / 規模, 規模単位 (KLOC) after PM
  Tests/テスト           header on row 1: Project ID, Date, Planned (cumulative), Executed
                          (cumulative), Passed (cumulative) — one row per project and week
  Defects/不具合         header on row 1: Defect ID, Project ID, Summary, Found, Closed,
                          Severity, Phase
  Milestones/マイルストーン  (sample and templates) header on row 1: Project ID, WBS, Milestone,
                          Weight, Done (the date a step was achieved)
  Assignments/アサイン   (sample and templates) header on row 1: Resource, Project ID, Task, Start,
                          Finish, Allocation
  People/要員            (sample and templates) header on row 1: Name, Capacity, Department
  Criteria/評価基準      (sample and templates) header on row 1: Criterion, Weight
  Scores/スコア          (sample and templates) header on row 1: Project ID, Criterion, Score
  In the sample and the templates Projects also have People needed/必要要員, Tasks
  Assignee/担当者, Risks Risk category/リスク分類 and Lessons Phase/フェーズ (the sample's
  lessons include three finished projects PJ-…); the sample keeps a selection budget in
  its document property pmocalc.SelectionBudget and two cross-project predecessors (P08:…)

Values only, never formulas. Money (budget, actual cost, impact, cost impact) is in
thousand yen; % complete and probability are percentage cells (0..1); dates are date
cells. Every row is a direct child of its table (no header-row or row-group wrappers);
identical adjacent cells and rows are written once with table:number-columns-repeated /
table:number-rows-repeated, and trailing blank cells of a row are left out.

Standard library only.
"""

import argparse
import datetime as dt
import json
import math
import random
import sys
import time
from xml.sax.saxutils import escape, quoteattr

D = dt.date
STATUS_DATE = D(2025, 10, 31)
FY_START, FY_END = D(2025, 4, 1), D(2026, 3, 31)
GENERATOR = "pmocalc tools/generate_portfolio.py"
SEED = 20251031
LANGS = ("en", "ja")

# --------------------------------------------------------------------------
# Sheet names and headers
# --------------------------------------------------------------------------

SHEETS = {  # key: (English name, Japanese name)
    "projects": ("Projects", "プロジェクト"),
    "tasks": ("Tasks", "タスク"),
    "risks": ("Risks", "リスク"),
    "issues": ("Issues", "課題"),
    "changes": ("Changes", "変更要求"),
    "lessons": ("Lessons", "教訓"),
    "holidays": ("Holidays", "祝日"),
    "tests": ("Tests", "テスト"),
    "defects": ("Defects", "不具合"),
    "milestones": ("Milestones", "マイルストーン"),
    "assignments": ("Assignments", "アサイン"),
    "people": ("People", "要員"),
    "criteria": ("Criteria", "評価基準"),
    "scores": ("Scores", "スコア"),
}
SHEET_ORDER = ("projects", "tasks", "risks", "issues", "changes", "lessons", "holidays", "tests", "defects")
# The quality sheets and the projects' size (sample and templates only: the
# benchmark and broken workbooks keep the layout their measurements and expectations rest on).
QUALITY_SHEETS = ("tests", "defects")
# The sample and the templates also have the Milestones sheet (weights of the
# tasks that earn by weighted milestones), after the others.
SCHEDULE_SHEET_ORDER = SHEET_ORDER + ("milestones", "assignments", "people", "criteria", "scores")

# (English header, Japanese header, column width in cm, default cell style of the column)
COLUMNS = {
    "projects": [
        ("Project ID", "プロジェクトID", 3.0, None),
        ("Project name", "プロジェクト名", 8.0, None),
        ("Program", "プログラム", 4.6, None),
        ("Department", "部門", 4.6, None),
        ("PM", "PM", 3.6, None),
    ],
    "tasks": [
        ("Project ID", "プロジェクトID", 2.8, None),
        ("WBS", "WBS番号", 1.8, None),
        ("Task name", "タスク名", 7.4, None),
        ("Budget", "予算", 2.4, "ceNum"),
        ("Planned start", "開始予定日", 2.9, "ceDate"),
        ("Planned finish", "終了予定日", 2.9, "ceDate"),
        ("Baseline finish", "基準終了日", 2.9, "ceDate"),
        ("Forecast finish", "終了見込日", 2.9, "ceDate"),
        ("Actual finish", "実績終了日", 2.9, "ceDate"),
        ("% complete", "進捗率", 2.3, "cePct"),
        ("Actual cost", "実コスト", 2.4, "ceNum"),
        ("Milestone", "マイルストーン", 2.6, "ceCenter"),
    ],
    # The schedule network's columns (sample and templates only: the benchmark
    # and broken workbooks keep the layout their measurements and expectations rest on).
    "tasks_schedule": [
        ("Predecessors", "先行タスク", 3.4, None),
        ("Optimistic (days)", "楽観（日）", 2.6, "ceNum"),
        ("Most likely (days)", "最頻（日）", 2.6, "ceNum"),
        ("Pessimistic (days)", "悲観（日）", 2.6, "ceNum"),
    ],
    # Who does a task, what a risk is about, when a lesson was learned (sample
    # and templates only: the breakdown by assignee and the lessons' matches).
    "tasks_program": [
        ("Assignee", "担当者", 3.6, None),
    ],
    "risks_program": [
        ("Risk category", "リスク分類", 3.6, None),
    ],
    "lessons_program": [
        ("Phase", "フェーズ", 3.0, None),
    ],
    "assignments": [
        ("Resource", "要員", 3.6, None),
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Task", "タスク", 1.8, None),
        ("Start", "開始日", 2.9, "ceDate"),
        ("Finish", "終了日", 2.9, "ceDate"),
        ("Allocation", "稼働率", 2.4, "cePct"),
    ],
    "projects_program": [
        ("People needed", "必要要員", 2.4, "ceNum"),
    ],
    "criteria": [
        ("Criterion", "評価基準", 4.6, None),
        ("Weight", "重み", 2.0, "cePct"),
    ],
    "scores": [
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Criterion", "評価基準", 4.6, None),
        ("Score", "点数", 2.0, "ceNum"),
    ],
    "people": [
        ("Name", "氏名", 3.6, None),
        ("Capacity", "稼働上限", 2.4, "cePct"),
        ("Department", "部門", 4.6, None),
    ],
    # How value is earned and the estimate to complete (sample and templates only, like the network's).
    "tasks_earning": [
        ("EV method", "出来高計上方法", 3.6, None),
        ("ETC", "残作業見積", 2.4, "ceNum"),
    ],
    "milestones": [
        ("Project ID", "プロジェクトID", 2.8, None),
        ("WBS", "WBS番号", 1.8, None),
        ("Milestone", "マイルストーン", 7.4, None),
        ("Weight", "重み", 2.0, "ceNum"),
        ("Done", "達成日", 2.9, "ceDate"),
    ],
    "risks_schedule": [
        ("Affected task", "対象タスク", 2.8, None),
        ("Schedule impact (days)", "スケジュール影響（日）", 4.4, "ceNum"),
    ],
    "risks": [
        ("Risk ID", "リスクID", 2.2, None),
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Risk", "リスク事象", 10.0, None),
        ("Probability", "発生確率", 2.4, "cePct"),
        ("Impact", "影響額", 2.4, "ceNum"),
        ("Type", "種別", 2.6, None),
        ("Status", "ステータス", 2.4, None),
        ("Owner", "担当者", 3.6, None),
    ],
    "issues": [
        ("Issue ID", "課題No", 2.2, None),
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Issue", "課題内容", 10.0, None),
        ("Raised", "起票日", 2.9, "ceDate"),
        ("Due", "期限", 2.9, "ceDate"),
        ("Closed", "完了日", 2.9, "ceDate"),
        ("Status", "ステータス", 2.6, None),
        ("Priority", "優先度", 2.2, "ceCenter"),
    ],
    "changes": [
        ("CR ID", "変更要求ID", 2.4, None),
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Title", "件名", 9.0, None),
        ("Cost impact", "コスト影響", 2.6, "ceNum"),
        ("Schedule impact (days)", "スケジュール影響（日）", 4.4, "ceNum"),
        ("Status", "ステータス", 2.4, None),
    ],
    "lessons": [
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Category", "カテゴリ", 4.0, None),
        ("Lesson", "教訓", 15.0, None),
    ],
    "holidays": [
        ("Date", "日付", 3.0, "ceDate"),
        ("Holiday", "祝日名", 8.0, None),
    ],
    "projects_quality": [
        ("Size", "規模", 2.4, "ceNum"),
        ("Size unit", "規模単位", 2.6, None),
    ],
    "tests": [
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Date", "日付", 2.9, "ceDate"),
        ("Planned (cumulative)", "予定件数（累計）", 4.2, "ceNum"),
        ("Executed (cumulative)", "実施件数（累計）", 4.2, "ceNum"),
        ("Passed (cumulative)", "合格件数（累計）", 4.2, "ceNum"),
    ],
    "defects": [
        ("Defect ID", "不具合No", 2.6, None),
        ("Project ID", "プロジェクトID", 2.8, None),
        ("Summary", "件名", 9.0, None),
        ("Found", "発見日", 2.9, "ceDate"),
        ("Closed", "完了日", 2.9, "ceDate"),
        ("Severity", "重要度", 2.2, "ceCenter"),
        ("Phase", "発見工程", 3.6, None),
    ],
}

TEXT = {
    "status_date": ("Status date", "基準日"),
    "portfolio_title": ("PMO portfolio – FY2025 (amounts in thousand yen)",
                        "PMOポートフォリオ 2025年度（金額単位：千円）"),
    "template_title": ("PMO portfolio (amounts in thousand yen)", "PMOポートフォリオ（金額単位：千円）"),
    "tasks_title": ("Tasks – Budget and Actual cost in thousand yen", "タスク一覧（予算・実コストの単位：千円）"),
    "yes": ("Yes", "○"),
    "threat": ("Threat", "脅威"),
    "opportunity": ("Opportunity", "好機"),
    "risk_open": ("Open", "対応中"),
    "risk_closed": ("Closed", "完了"),
    "issue_open": ("Open", "未対応"),
    "issue_progress": ("In progress", "対応中"),
    "issue_closed": ("Closed", "完了"),
    "high": ("High", "高"),
    "medium": ("Medium", "中"),
    "low": ("Low", "低"),
    "pending": ("Pending", "審査中"),
    "approved": ("Approved", "承認"),
    "rejected": ("Rejected", "却下"),
}

# Formula-injection probes: must stay plain text cells in every sample.
PROBE_RISK = '=HYPERLINK("http://example.com";"click")'
PROBE_ISSUE = "+cmd|' /C calc'!A0"

# --------------------------------------------------------------------------
# Holidays: Japanese public holidays 2025-2026 (Cabinet Office list) and the
# company's year-end (Dec 29 - Jan 3) and Obon (Aug 13-15) closures.
# --------------------------------------------------------------------------

PUBLIC_HOLIDAYS = [
    (D(2025, 1, 1), "New Year's Day", "元日"),
    (D(2025, 1, 13), "Coming of Age Day", "成人の日"),
    (D(2025, 2, 11), "National Foundation Day", "建国記念の日"),
    (D(2025, 2, 23), "Emperor's Birthday", "天皇誕生日"),
    (D(2025, 2, 24), "Substitute holiday", "振替休日"),
    (D(2025, 3, 20), "Vernal Equinox Day", "春分の日"),
    (D(2025, 4, 29), "Showa Day", "昭和の日"),
    (D(2025, 5, 3), "Constitution Memorial Day", "憲法記念日"),
    (D(2025, 5, 4), "Greenery Day", "みどりの日"),
    (D(2025, 5, 5), "Children's Day", "こどもの日"),
    (D(2025, 5, 6), "Substitute holiday", "振替休日"),
    (D(2025, 7, 21), "Marine Day", "海の日"),
    (D(2025, 8, 11), "Mountain Day", "山の日"),
    (D(2025, 9, 15), "Respect for the Aged Day", "敬老の日"),
    (D(2025, 9, 23), "Autumnal Equinox Day", "秋分の日"),
    (D(2025, 10, 13), "Sports Day", "スポーツの日"),
    (D(2025, 11, 3), "Culture Day", "文化の日"),
    (D(2025, 11, 23), "Labor Thanksgiving Day", "勤労感謝の日"),
    (D(2025, 11, 24), "Substitute holiday", "振替休日"),
    (D(2026, 1, 1), "New Year's Day", "元日"),
    (D(2026, 1, 12), "Coming of Age Day", "成人の日"),
    (D(2026, 2, 11), "National Foundation Day", "建国記念の日"),
    (D(2026, 2, 23), "Emperor's Birthday", "天皇誕生日"),
    (D(2026, 3, 20), "Vernal Equinox Day", "春分の日"),
    (D(2026, 4, 29), "Showa Day", "昭和の日"),
    (D(2026, 5, 3), "Constitution Memorial Day", "憲法記念日"),
    (D(2026, 5, 4), "Greenery Day", "みどりの日"),
    (D(2026, 5, 5), "Children's Day", "こどもの日"),
    (D(2026, 5, 6), "Substitute holiday", "振替休日"),
    (D(2026, 7, 20), "Marine Day", "海の日"),
    (D(2026, 8, 11), "Mountain Day", "山の日"),
    (D(2026, 9, 21), "Respect for the Aged Day", "敬老の日"),
    (D(2026, 9, 22), "Citizens' holiday", "国民の休日"),
    (D(2026, 9, 23), "Autumnal Equinox Day", "秋分の日"),
    (D(2026, 10, 12), "Sports Day", "スポーツの日"),
    (D(2026, 11, 3), "Culture Day", "文化の日"),
    (D(2026, 11, 23), "Labor Thanksgiving Day", "勤労感謝の日"),
]

COMPANY_BREAKS = [  # (first day, last day, English, Japanese)
    (D(2024, 12, 29), D(2025, 1, 3), "Year-end and New Year holidays (company)", "年末年始"),
    (D(2025, 8, 13), D(2025, 8, 15), "Obon holidays (company)", "お盆"),
    (D(2025, 12, 29), D(2026, 1, 3), "Year-end and New Year holidays (company)", "年末年始"),
    (D(2026, 8, 13), D(2026, 8, 15), "Obon holidays (company)", "お盆"),
    (D(2026, 12, 29), D(2027, 1, 3), "Year-end and New Year holidays (company)", "年末年始"),
]


def holiday_list():
    """[(date, en, ja)] for 2025 and 2026, sorted, one entry per date (a public
    holiday inside a company break keeps its official name)."""
    by_date = {d: (en, ja) for d, en, ja in PUBLIC_HOLIDAYS}
    for first, last, en, ja in COMPANY_BREAKS:
        day = first
        while day <= last:
            if day.year in (2025, 2026) and day not in by_date:
                by_date[day] = (en, ja)
            day += dt.timedelta(days=1)
    return [(d, *by_date[d]) for d in sorted(by_date)]


HOLIDAYS = holiday_list()


class WorkCalendar:
    """Working days (Mon-Fri without holidays) as consecutive indices."""

    def __init__(self, first=D(2025, 1, 1), last=D(2027, 6, 30)):
        off = {d for d, _, _ in HOLIDAYS}
        self.days = []
        day = first
        while day <= last:
            if day.weekday() < 5 and day not in off:
                self.days.append(day)
            day += dt.timedelta(days=1)
        self.index = {d: i for i, d in enumerate(self.days)}

    def on_or_after(self, day):
        while day not in self.index:
            day += dt.timedelta(days=1)
        return self.index[day]

    def on_or_before(self, day):
        while day not in self.index:
            day -= dt.timedelta(days=1)
        return self.index[day]

    def __getitem__(self, i):
        return self.days[i]


# --------------------------------------------------------------------------
# Flat ODF writer
# --------------------------------------------------------------------------

class Pct(float):
    """A percentage cell (value 0..1)."""


class Styled:
    """A cell value with its own cell style (overrides the column default)."""
    __slots__ = ("value", "style")

    def __init__(self, value, style):
        self.value, self.style = value, style


class Sheet:
    def __init__(self, name, columns, freeze_rows=0):
        self.name = name
        self.columns = columns      # [(width_cm, default cell style or None)]
        self.freeze_rows = freeze_rows
        self.rows = []              # lists of cell values


NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "config": "urn:oasis:names:tc:opendocument:xmlns:config:1.0",
}

BLANK = "<table:table-cell/>"


def paragraphs(text):
    """Text content as <text:p> elements; runs of spaces, tabs and line breaks kept."""
    out = []
    for line in text.split("\n"):
        parts = []
        run = 0
        for ch in line:
            if ch == " ":
                run += 1
                continue
            if run:
                parts.append(_spaces(run, not parts))
                run = 0
            parts.append("<text:tab/>" if ch == "\t" else escape(ch))
        if run:
            parts.append(_spaces(run, not parts))
        out.append("<text:p>" + "".join(parts) + "</text:p>")
    return "".join(out)


def _spaces(n, leading):
    # One ordinary space is kept by ODF; more, or one at the start, need <text:s/>.
    if leading:
        return '<text:s/>' if n == 1 else f'<text:s text:c="{n}"/>'
    return " " if n == 1 else " " + ('<text:s/>' if n == 2 else f'<text:s text:c="{n - 1}"/>')


def _plain_paragraph(text):
    if "  " in text or "\t" in text or "\n" in text or text.startswith(" "):
        return paragraphs(text)
    return "<text:p>" + escape(text) + "</text:p>"


class OdsWriter:
    def __init__(self, lang, properties=None):
        self.lang = lang
        self.properties = properties or {}  # user-defined document properties: name -> (type, value)
        sep = "/" if lang == "ja" else "-"
        self.date_sep = sep
        self._date_cache = {}

    # -- cells -------------------------------------------------------------
    def cell(self, value):
        style = ""
        if type(value) is Styled:
            style = f' table:style-name="{value.style}"'
            value = value.value
        t = type(value)
        if value is None or (t is str and value == ""):
            return f"<table:table-cell{style}/>"
        if t is str:
            return f'<table:table-cell{style} office:value-type="string">{_plain_paragraph(value)}</table:table-cell>'
        if t is D:
            if not style:
                cached = self._date_cache.get(value)
                if cached is None:
                    cached = self._date_cache[value] = self._date_cell(value, "")
                return cached
            return self._date_cell(value, style)
        if t is Pct:
            v = round(float(value), 6)
            return (f'<table:table-cell{style} office:value-type="percentage" office:value="{_num(v)}">'
                    f"<text:p>{round(v * 100)}%</text:p></table:table-cell>")
        if t is int or t is float:
            return (f'<table:table-cell{style} office:value-type="float" office:value="{_num(value)}">'
                    f"<text:p>{_grouped(value)}</text:p></table:table-cell>")
        raise TypeError(f"cannot write {value!r}")

    def _date_cell(self, day, style):
        iso = day.isoformat()
        shown = iso.replace("-", self.date_sep)
        return (f'<table:table-cell{style} office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{shown}</text:p></table:table-cell>")

    def row(self, values):
        cells = [self.cell(v) for v in values]
        while cells and cells[-1] == BLANK:
            cells.pop()
        if not cells:
            return "<table:table-row>" + BLANK + "</table:table-row>"
        out = []
        prev, count = cells[0], 1
        for c in cells[1:]:
            if c == prev:
                count += 1
            else:
                out.append(_repeat(prev, count, "table:table-cell", "columns"))
                prev, count = c, 1
        out.append(_repeat(prev, count, "table:table-cell", "columns"))
        return "<table:table-row>" + "".join(out) + "</table:table-row>"

    # -- document ------------------------------------------------------------
    def write(self, path, sheets):
        widths = []
        for sheet in sheets:
            for width, _ in sheet.columns:
                if width not in widths:
                    widths.append(width)
        col_style = {w: f"co{i + 1}" for i, w in enumerate(widths)}
        chunks = [self._head(sheets), self._automatic_styles(col_style),
                  self._master_styles(), "<office:body><office:spreadsheet>\n"]
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.write("".join(chunks))
            for sheet in sheets:
                out.write(f"<table:table table:name={quoteattr(sheet.name)} table:style-name=\"ta1\">\n")
                out.write(self._columns(sheet, col_style))
                buf = []
                prev, count = None, 0
                for values in sheet.rows:
                    r = self.row(values)
                    if r == prev:
                        count += 1
                        continue
                    if prev is not None:
                        buf.append(_repeat(prev, count, "table:table-row", "rows"))
                    prev, count = r, 1
                    if len(buf) >= 2000:
                        out.write("\n".join(buf) + "\n")
                        buf = []
                if prev is not None:
                    buf.append(_repeat(prev, count, "table:table-row", "rows"))
                if buf:
                    out.write("\n".join(buf) + "\n")
                out.write("</table:table>\n")
            out.write("</office:spreadsheet></office:body></office:document>\n")

    def _columns(self, sheet, col_style):
        out = []
        cols = [(col_style[w], s) for w, s in sheet.columns]
        i = 0
        while i < len(cols):
            j = i
            while j + 1 < len(cols) and cols[j + 1] == cols[i]:
                j += 1
            name, default = cols[i]
            attrs = f'table:style-name="{name}"'
            if j > i:
                attrs += f' table:number-columns-repeated="{j - i + 1}"'
            attrs += f' table:default-cell-style-name="{default or "Default"}"'
            out.append(f"<table:table-column {attrs}/>")
            i = j + 1
        return "".join(out) + "\n"

    def _head(self, sheets):
        ns = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document {ns} office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
            f"<office:meta><meta:generator>{GENERATOR}</meta:generator>"
            + "".join(f'<meta:user-defined meta:name={quoteattr(k)} meta:value-type="{t}">{escape(str(v))}'
                      "</meta:user-defined>" for k, (t, v) in self.properties.items())
            + "</office:meta>\n"
            + self._settings(sheets) + self._styles())

    def _settings(self, sheets):
        def item(name, typ, value):
            return f'<config:config-item config:name="{name}" config:type="{typ}">{value}</config:config-item>'

        tables = []
        for sheet in sheets:
            n = sheet.freeze_rows
            items = [item("CursorPositionX", "int", 0), item("CursorPositionY", "int", n),
                     item("HorizontalSplitMode", "short", 0), item("VerticalSplitMode", "short", 2 if n else 0),
                     item("HorizontalSplitPosition", "int", 0), item("VerticalSplitPosition", "int", n),
                     item("ActiveSplitRange", "short", 2), item("PositionLeft", "int", 0),
                     item("PositionRight", "int", 0), item("PositionTop", "int", 0),
                     item("PositionBottom", "int", n)]
            tables.append(f"<config:config-item-map-entry config:name={quoteattr(sheet.name)}>"
                          + "".join(items) + "</config:config-item-map-entry>")
        return ('<office:settings><config:config-item-set config:name="ooo:view-settings">'
                '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
                + item("ViewId", "string", "view1")
                + '<config:config-item-map-named config:name="Tables">' + "".join(tables)
                + "</config:config-item-map-named>"
                + item("ActiveTable", "string", escape(sheets[0].name))
                + "</config:config-item-map-entry></config:config-item-map-indexed>"
                "</config:config-item-set></office:settings>\n")

    def _styles(self):
        if self.lang == "ja":
            lang = ('fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"')
        else:
            lang = ('fo:language="en" fo:country="US" style:language-asian="ja" style:country-asian="JP"')
        return ("<office:styles>"
                f'<style:default-style style:family="table-cell"><style:text-properties {lang}/></style:default-style>'
                '<style:style style:name="Default" style:family="table-cell"/>'
                "</office:styles>\n")

    def _automatic_styles(self, col_style):
        sep = self.date_sep
        bold = 'fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
        parts = [
            "<office:automatic-styles>",
            f'<number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>{sep}</number:text>'
            f'<number:month number:style="long"/><number:text>{sep}</number:text><number:day number:style="long"/>'
            "</number:date-style>",
            '<number:percentage-style style:name="N_PCT"><number:number number:decimal-places="0" '
            'number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text>'
            "</number:percentage-style>",
            '<number:number-style style:name="N_NUM"><number:number number:decimal-places="0" '
            'number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>'
            "</number:number-style>",
        ]
        for width, name in col_style.items():
            parts.append(f'<style:style style:name="{name}" style:family="table-column">'
                         f'<style:table-column-properties fo:break-before="auto" style:column-width="{width}cm"/>'
                         "</style:style>")
        parts += [
            '<style:style style:name="ta1" style:family="table" style:master-page-name="PM_Landscape">'
            '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>',
            '<style:style style:name="ceTitle" style:family="table-cell" style:parent-style-name="Default">'
            f'<style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" style:font-size-complex="14pt" {bold}/>'
            "</style:style>",
            '<style:style style:name="ceLabel" style:family="table-cell" style:parent-style-name="Default">'
            f"<style:text-properties {bold}/></style:style>",
            '<style:style style:name="ceHeader" style:family="table-cell" style:parent-style-name="Default">'
            '<style:table-cell-properties fo:background-color="#dde8f4" fo:wrap-option="wrap" '
            'style:vertical-align="middle" fo:border-bottom="0.75pt solid #2f5597" fo:padding="0.05cm"/>'
            '<style:paragraph-properties fo:text-align="center"/>'
            f'<style:text-properties {bold} fo:color="#1f3864"/></style:style>',
            '<style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" '
            'style:data-style-name="N_DATE"><style:table-cell-properties fo:padding-right="0.15cm"/><style:paragraph-properties fo:text-align="end"/></style:style>',
            '<style:style style:name="cePct" style:family="table-cell" style:parent-style-name="Default" '
            'style:data-style-name="N_PCT"><style:table-cell-properties fo:padding-right="0.15cm"/></style:style>',
            '<style:style style:name="ceNum" style:family="table-cell" style:parent-style-name="Default" '
            'style:data-style-name="N_NUM"><style:table-cell-properties fo:padding-right="0.15cm"/></style:style>',
            '<style:style style:name="ceCenter" style:family="table-cell" style:parent-style-name="Default">'
            '<style:paragraph-properties fo:text-align="center"/></style:style>',
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" '
            'fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.2cm" '
            'fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.2cm" '
            'style:print-page-order="ttb" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>',
            "</office:automatic-styles>\n",
        ]
        return "".join(parts)

    def _master_styles(self):
        return ('<office:master-styles><style:master-page style:name="PM_Landscape" '
                'style:page-layout-name="pm1"/></office:master-styles>\n')


def _num(v):
    if type(v) is int:
        return str(v)
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v))


def _grouped(v):
    return f"{round(v):,}" if v >= 0 else f"-{round(-v):,}"


def _repeat(xml, count, element, axis):
    if count == 1:
        return xml
    return xml.replace(f"<{element}", f'<{element} table:number-{axis}-repeated="{count}"', 1)


# --------------------------------------------------------------------------
# Workbook skeleton shared by all modes
# --------------------------------------------------------------------------

def L(pair, lang):
    return pair[0] if lang == "en" else pair[1]


def new_sheets(lang, title, status_date, schedule=False, quality=False):
    """The seven sheets with their title, status-date and header rows, no data;
    with `schedule` the Tasks and Risks sheets have the schedule network's columns;
    with `quality` the Projects sheet has the size columns and the Tests and
    Defects sheets follow."""
    sheets = {}
    for key in SCHEDULE_SHEET_ORDER if schedule else SHEET_ORDER:
        if key in QUALITY_SHEETS and not quality:
            continue
        cols = (COLUMNS[key]
                + (COLUMNS.get(key + "_schedule", []) + COLUMNS.get(key + "_earning", [])
                   + COLUMNS.get(key + "_program", []) if schedule else [])
                + (COLUMNS.get(key + "_quality", []) if quality else []))
        header = [Styled(L(c, lang), "ceHeader") for c in cols]
        top = {"projects": 4, "tasks": 2}.get(key, 1)
        sheet = Sheet(L(SHEETS[key], lang), [(c[2], c[3]) for c in cols], freeze_rows=top)
        if key == "projects":
            sheet.rows.append([Styled(title, "ceTitle")])
            sheet.rows.append([Styled(L(TEXT["status_date"], lang), "ceLabel"), Styled(status_date, "ceDate")])
            sheet.rows.append([])
        elif key == "tasks":
            sheet.rows.append([Styled(L(TEXT["tasks_title"], lang), "ceTitle")])
        sheet.rows.append(header)
        sheets[key] = sheet
    return sheets


def write_workbook(path, lang, sheets, properties=None):
    OdsWriter(lang, properties).write(
        path, [sheets[k] for k in SCHEDULE_SHEET_ORDER if k in sheets] + list(sheets.get("extra", [])))


def holiday_rows(lang):
    return [[d, en if lang == "en" else ja] for d, en, ja in HOLIDAYS]


# --------------------------------------------------------------------------
# The sample portfolio
# --------------------------------------------------------------------------

PROGRAMS = [("Digital customer", "顧客接点デジタル化"), ("Core systems", "基幹システム刷新"),
            ("Infrastructure", "インフラ基盤")]

PEOPLE = [("Emily Carter", "佐藤 健"), ("James Wilson", "鈴木 美咲"), ("Sarah Thompson", "高橋 誠"),
          ("Michael Brown", "田中 由美"), ("Olivia Davis", "伊藤 大輔"), ("Daniel Miller", "渡辺 直子"),
          ("Sophie Turner", "山本 拓也"), ("Robert Clark", "中村 恵"), ("Hannah Lewis", "小林 翔"),
          ("David Walker", "加藤 彩"), ("Laura Scott", "吉田 亮"), ("Thomas Hall", "山田 花子"),
          ("Grace Young", "佐々木 翼"), ("Peter King", "山口 真理"), ("Anna Wright", "松本 隆"),
          ("Mark Green", "井上 香織")]

# Phase catalogue: (phase, English, Japanese, milestone, mandatory, budget weight)
REQ = [
    ("req", "Current-state business analysis", "現状業務分析", False, False, 0.8),
    ("req", "Business requirements workshops", "業務要件定義ワークショップ", False, False, 1.0),
    ("req", "Requirements definition document", "要件定義書作成", False, True, 1.0),
    ("req", "Non-functional requirements", "非機能要件定義", False, False, 0.6),
    ("req", "Requirements sign-off", "要件定義承認", True, True, 0.0),
]
DESIGN = [
    ("design", "Basic design", "基本設計", False, True, 1.2),
    ("design", "Detailed design", "詳細設計", False, False, 1.2),
    ("design", "Interface design", "外部インターフェース設計", False, False, 0.7),
    ("design", "Data model design", "データモデル設計", False, False, 0.6),
    ("design", "Security design", "セキュリティ設計", False, False, 0.5),
    ("design", "Design review sign-off", "設計レビュー完了", True, False, 0.0),
]
TEST = [
    ("test", "Unit testing", "単体テスト", False, False, 0.8),
    ("test", "System integration testing", "結合テスト", False, False, 1.0),
    ("test", "System testing", "総合テスト", False, True, 1.0),
    ("test", "Performance testing", "性能テスト", False, False, 0.6),
    ("test", "User acceptance testing", "受入テスト", False, False, 0.9),
    ("test", "Test completion review", "テスト完了判定", True, False, 0.0),
]
MIGRATION = [
    ("migration", "Data migration design", "データ移行設計", False, False, 0.5),
    ("migration", "Migration rehearsal", "移行リハーサル", False, False, 0.6),
    ("migration", "Production data migration", "本番データ移行", False, False, 0.7),
]
TRAINING = [
    ("training", "Training materials", "教育資料作成", False, False, 0.4),
    ("training", "End-user training", "利用者教育", False, False, 0.6),
    ("training", "Operations handover", "運用引継ぎ", False, False, 0.4),
]
GOLIVE = [
    ("golive", "Go-live", "本番稼働", True, True, 0.0),
    ("golive", "Hypercare", "稼働後サポート（ハイパーケア）", False, False, 0.5),
]
PHASE_SHARE = {"req": 0.15, "design": 0.18, "build": 0.30, "test": 0.20, "migration": 0.06,
               "training": 0.05, "golive": 0.06}
PHASE_ORDER = ("req", "design", "build", "test", "migration", "training", "golive")


def build(*pairs):
    # The first build task is mandatory.
    return [("build", en, ja, False, i == 0, 1.3) for i, (en, ja) in enumerate(pairs)]


# Profiles: "done", "not_started", or (SPI, CPI, maximum slip in working days)
PROJECTS = [
    dict(id="P01", program=0, pm=0, name=("Corporate website renewal", "コーポレートサイト刷新"),
         dept=("Marketing", "マーケティング部"), start=D(2025, 4, 1), end=D(2025, 9, 30), tasks=12,
         profile="done", risks=3, issues=4, changes=1, lessons=3,
         build=build(("CMS setup and templates", "CMS構築・テンプレート作成"),
                     ("Content migration", "コンテンツ移行"),
                     ("Accessibility fixes", "アクセシビリティ対応"))),
    dict(id="P02", program=0, pm=1, name=("Customer mobile app", "顧客向けモバイルアプリ開発"),
         dept=("Digital Business", "デジタル事業部"), start=D(2025, 4, 14), end=D(2026, 1, 30), tasks=18,
         profile=(1.12, 1.03, 0), risks=5, issues=6, changes=2, lessons=2,
         build=build(("App development sprint 1", "アプリ開発（スプリント1）"),
                     ("App development sprint 2", "アプリ開発（スプリント2）"),
                     ("App development sprint 3", "アプリ開発（スプリント3）"),
                     ("Push notification service", "プッシュ通知基盤構築"),
                     ("API gateway integration", "APIゲートウェイ連携"))),
    dict(id="P03", program=0, pm=2, name=("CRM implementation", "CRM導入"),
         dept=("Sales Planning", "営業企画部"), start=D(2025, 4, 1), end=D(2026, 2, 27), tasks=22,
         profile=(0.80, 0.84, 30), risks=8, issues=10, changes=4, lessons=3,
         build=build(("CRM configuration", "CRMパラメータ設定"),
                     ("Customisation development", "アドオン開発"),
                     ("Interface to order management", "受注管理システム連携開発"),
                     ("Sales dashboards", "営業ダッシュボード開発"),
                     ("Mobile access setup", "モバイル利用環境構築"))),
    dict(id="P04", program=0, pm=3, name=("Customer support portal", "顧客サポートポータル構築"),
         dept=("Customer Service", "カスタマーサービス部"), start=D(2025, 12, 1), end=D(2026, 3, 31), tasks=10,
         profile="not_started", risks=4, issues=2, changes=0, lessons=1,
         build=build(("Portal configuration", "ポータル設定"),
                     ("FAQ and chatbot content", "FAQ・チャットボット整備"))),
    dict(id="P05", program=1, pm=4, name=("ERP accounting migration", "会計システム（ERP）移行"),
         dept=("Finance", "経理部"), start=D(2025, 5, 7), end=D(2026, 3, 31), tasks=25,
         profile=(1.0, 1.0, 3), risks=6, issues=5, changes=2, lessons=2,
         build=build(("General ledger configuration", "総勘定元帳設定"),
                     ("Accounts payable configuration", "買掛金管理設定"),
                     ("Fixed assets configuration", "固定資産管理設定"),
                     ("Interface development", "インターフェース開発"),
                     ("Report and form development", "帳票開発"),
                     ("Electronic invoice support", "電子インボイス対応"))),
    dict(id="P06", program=1, pm=5, name=("Order management renewal", "受注管理システム刷新"),
         dept=("Sales Operations", "営業管理部"), start=D(2025, 6, 2), end=D(2026, 2, 27), tasks=16,
         profile=(1.0, 0.87, 5), risks=7, issues=7, changes=3, lessons=2,
         build=build(("Order entry screens", "受注入力画面開発"),
                     ("Pricing and discount logic", "価格・値引ロジック開発"),
                     ("Interface to logistics", "物流システム連携開発"),
                     ("Batch processing", "バッチ処理開発"))),
    dict(id="P07", program=1, pm=6, name=("HR and payroll replacement", "人事給与システム更改"),
         dept=("Human Resources", "人事部"), start=D(2025, 4, 21), end=D(2026, 3, 16), tasks=20,
         profile=(0.85, 1.0, 25), risks=6, issues=8, changes=2, lessons=3,
         build=build(("Payroll configuration", "給与計算設定"),
                     ("Attendance management setup", "勤怠管理設定"),
                     ("Year-end adjustment module", "年末調整機能構築"),
                     ("Employee self-service portal", "従業員セルフサービス構築"))),
    dict(id="P08", program=2, pm=7, name=("Data centre to cloud migration", "データセンターのクラウド移行"),
         dept=("IT Infrastructure", "情報システム部"), start=D(2025, 7, 1), end=D(2026, 3, 31), tasks=14,
         profile=(0.93, 0.94, 10), risks=5, issues=4, changes=1, lessons=1,
         build=build(("Cloud landing zone build", "クラウド基盤（ランディングゾーン）構築"),
                     ("Server migration wave 1", "サーバー移行 第1弾"),
                     ("Server migration wave 2", "サーバー移行 第2弾"),
                     ("Backup and DR setup", "バックアップ・DR環境構築"))),
    dict(id="P09", program=2, pm=8, name=("Office network refresh", "社内ネットワーク更改"),
         dept=("IT Infrastructure", "情報システム部"), start=D(2025, 8, 1), end=D(2025, 12, 26), tasks=9,
         profile=(1.10, 1.08, 0), risks=3, issues=2, changes=0, lessons=1,
         build=build(("Switch replacement at head office", "本社スイッチ更改"),
                     ("Wi-Fi access point rollout", "無線LANアクセスポイント展開"))),
    dict(id="P10", program=2, pm=9, name=("Identity and access management", "ID管理基盤（IAM）導入"),
         dept=("Information Security", "情報セキュリティ室"), start=D(2025, 5, 12), end=D(2026, 3, 27), tasks=24,
         profile=(0.75, 0.78, 40), risks=8, issues=9, changes=4, lessons=2,
         build=build(("Directory integration", "ディレクトリ統合"),
                     ("Single sign-on rollout", "シングルサインオン展開"),
                     ("Privileged access management", "特権ID管理構築"),
                     ("Multi-factor authentication", "多要素認証導入"),
                     ("Access review workflow", "アクセス棚卸ワークフロー構築"))),
]

PM_TASK = ("pm", "Project management and PMO reporting", "プロジェクト管理・PMO報告", False, True, 0.0)

THREATS = [
    ("Key vendor engineers may leave the project", "ベンダーの主要技術者が離任する可能性"),
    ("Requirements may change after sign-off", "要件定義承認後に要件変更が発生する可能性"),
    ("Legacy data quality worse than assumed", "旧システムのデータ品質が想定より悪い可能性"),
    ("Performance targets not met at peak load", "ピーク時に性能要件を満たせない可能性"),
    ("Business users unavailable for acceptance testing", "受入テストに業務部門の要員を確保できない可能性"),
    ("Partner system interface specification delayed", "連携先システムのインターフェース仕様確定が遅れる可能性"),
    ("Licence costs rise with the exchange rate", "為替変動によりライセンス費用が増加する可能性"),
    ("Hardware delivery delayed by supply shortages", "部材不足により機器の納期が遅延する可能性"),
    ("Security vulnerabilities found late in testing", "テスト終盤にセキュリティ脆弱性が発見される可能性"),
    ("Regulatory change requires rework", "法改正への対応で手戻りが発生する可能性"),
    ("Cutover window too short for data migration", "本番切替時間内にデータ移行が終わらない可能性"),
    ("Low user adoption after go-live", "稼働後に利用者の定着が進まない可能性"),
    ("Key staff overloaded by parallel projects", "兼務により主要メンバーの負荷が過大になる可能性"),
    ("Budget freeze in the second half of the fiscal year", "下期に予算が凍結される可能性"),
    ("Cloud running costs exceed the sizing estimate", "クラウド利用料が見積りを超過する可能性"),
]
OPPORTUNITIES = [
    ("Reuse components from another project", "他プロジェクトの部品を再利用できる可能性"),
    ("Volume discount on licences", "ライセンスのボリュームディスカウントを受けられる可能性"),
    ("Test automation reduces test effort", "テスト自動化により試験工数を削減できる可能性"),
    ("Earlier decommissioning of legacy servers", "旧サーバーを前倒しで廃止できる可能性"),
]
ISSUES = [
    ("Test environment unavailable for three days", "テスト環境が3日間利用できない"),
    ("Open requirement questions not answered by the business", "業務部門からの要件確認の回答が遅れている"),
    ("System test defects above plan", "総合テストの不具合件数が計画を超過している"),
    ("Vendor delivered the design document late", "ベンダーの設計書納品が遅延している"),
    ("Master data cleansing behind schedule", "マスタデータのクレンジングが遅れている"),
    ("Access rights for contractors not granted", "協力会社要員のアクセス権が付与されていない"),
    ("Not enough licences for training", "教育用ライセンス数が不足している"),
    ("Finance asks for a different approval workflow", "経理部から承認フローの変更要望が出ている"),
    ("Network latency between sites higher than expected", "拠点間のネットワーク遅延が想定より大きい"),
    ("Key user on extended leave", "キーユーザーが長期休暇中"),
    ("Budget transfer approval pending", "予算振替の承認待ち"),
    ("Migration rehearsal failed on customer data", "移行リハーサルで顧客データの移行に失敗した"),
    ("No meeting rooms for the workshops", "ワークショップ用の会議室が確保できない"),
    ("Unclear ownership of interface errors", "インターフェースエラーの対応責任が不明確"),
]
CHANGES = [  # (English, Japanese, cost sign)
    ("Additional interface to the logistics system", "物流システムとの追加インターフェース", 1),
    ("Add an English user interface", "英語UIの追加", 1),
    ("Extend scope to two subsidiaries", "子会社2社への適用範囲拡大", 1),
    ("Additional management reports", "経営向け帳票の追加", 1),
    ("Drop fax ordering (scope reduction)", "FAX受注機能の廃止（スコープ縮小）", -1),
    ("Upgrade to the latest product version", "製品最新バージョンへのアップグレード", 1),
    ("Add multi-factor authentication", "多要素認証の追加", 1),
    ("Move end-user training to the next quarter", "利用者教育の翌四半期への延期", -1),
]
LESSONS = [  # (category en, category ja, lesson en, lesson ja)
    ("Planning", "計画", "Plan a buffer for business-user availability in the closing months",
     "決算期など繁忙期の業務部門の稼働を見込み、計画に余裕を持たせる"),
    ("Requirements", "要件定義", "Freeze requirements with a formal sign-off before design starts",
     "設計着手前に正式な承認で要件を凍結する"),
    ("Vendor management", "ベンダー管理", "Agree acceptance criteria in the contract, not after delivery",
     "受入基準は納品後ではなく契約時に合意する"),
    ("Testing", "テスト", "Prepare test data during design, not at the start of testing",
     "テストデータはテスト開始時ではなく設計段階から準備する"),
    ("Communication", "コミュニケーション", "Weekly steering updates kept the sponsors aligned",
     "週次のステアリング報告でスポンサーとの認識を合わせられた"),
    ("Risk management", "リスク管理", "Review the risk register in every status meeting",
     "定例会議ごとにリスク登録簿を見直す"),
    ("Migration", "移行", "Run at least two full migration rehearsals",
     "本番同等の移行リハーサルを最低2回実施する"),
    ("Training", "教育", "Train key users first and let them coach their teams",
     "キーユーザーを先行教育し、部門内への展開を任せる"),
    ("Planning", "計画", "Estimate infrastructure lead times with the vendor before committing dates",
     "機器の調達リードタイムはベンダーと確認してから日程を確定する"),
]

# The phase each of LESSONS was learned in (en, ja).
LESSON_PHASES = [("Planning", "計画"), ("Requirements", "要件定義"), ("Procurement", "調達"), ("Design", "設計"),
                 ("Execution", "実行"), ("Execution", "実行"), ("Cutover", "移行"), ("Go-live", "稼働"),
                 ("Planning", "計画")]
# Lessons of finished projects that are not in the portfolio any more: (project, LESSONS index).
PAST_LESSONS = [("PJ-2023-04", 2), ("PJ-2023-04", 6), ("PJ-2024-02", 3), ("PJ-2024-02", 0), ("PJ-2024-07", 2),
                ("PJ-2024-07", 1)]
# What each threat and opportunity is about (en, ja), matched against the lessons' categories.
RISK_CATEGORIES = {
    THREATS[0]: ("Vendor management", "ベンダー管理"), THREATS[1]: ("Requirements", "要件定義"),
    THREATS[2]: ("Migration", "移行"), THREATS[3]: ("Testing", "テスト"), THREATS[4]: ("Planning", "計画"),
    THREATS[5]: ("Vendor management", "ベンダー管理"), THREATS[6]: ("Procurement", "調達"),
    THREATS[7]: ("Planning", "計画"), THREATS[8]: ("Testing", "テスト"), THREATS[9]: ("Requirements", "要件定義"),
    THREATS[10]: ("Migration", "移行"), THREATS[11]: ("Training", "教育"), THREATS[12]: ("Resourcing", "要員"),
    THREATS[13]: ("Funding", "予算"), THREATS[14]: ("Procurement", "調達"),
    OPPORTUNITIES[0]: ("Architecture", "アーキテクチャ"), OPPORTUNITIES[1]: ("Procurement", "調達"),
    OPPORTUNITIES[2]: ("Testing", "テスト"), OPPORTUNITIES[3]: ("Migration", "移行"),
}


# Tasks that wait for another project's task (P08's cloud landing zone and
# backup set-up are what the order management and ERP projects test and
# rehearse on): appended to their predecessors, out of both projects' networks.
CROSS_PROJECT_PREDECESSORS = {("P06", "5.1"): "P08:4.1", ("P05", "6.2"): "P08:4.2FS+5"}

PART_TIMER = 15  # index into PEOPLE of the sample's part-time member

# Choosing projects: the criteria (en, ja) and their weights; the budget (in
# the document's pmocalc.SelectionBudget) is this share of the projects' BAC.
CRITERIA = [(("Strategic fit", "戦略適合"), 0.35), (("Financial return", "収益性"), 0.30),
            (("Feasibility", "実現可能性"), 0.20), (("Urgency", "緊急性"), 0.15)]
SELECTION_BUDGET_SHARE = 0.55


def choice_model(model, seed):
    """Scores 1–5 per project and criterion and the people each project
    needs (their own random stream), and the selection budget."""
    rng = random.Random(f"{seed}-selection")
    model["scores"] = [dict(project=p["id"], criterion=c, score=rng.randint(1, 5))
                       for p in model["projects"] for c, _ in CRITERIA]
    for p in model["projects"]:
        p["people_needed"] = rng.randint(3, 12)
    bac = sum(t["budget"] for t in model["tasks"])
    model["selection_budget"] = int(round(bac * SELECTION_BUDGET_SHARE, -3))


def assign_people(model, seed):
    """Each project a team of three from PEOPLE (its own random stream, so no
    other figure moves); every task but a milestone gets one of them."""
    rng = random.Random(f"{seed}-people")
    teams = {p["id"]: rng.sample(range(len(PEOPLE)), 3) for p in model["projects"]}
    for t in model["tasks"]:
        team = teams[t["project"]]
        t["assignee"] = None if t["milestone"] else PEOPLE[team[rng.randrange(len(team))]]
    # The Assignments sheet: each assigned task at 20–50 % of its person.
    model["assignments"] = [dict(person=t["assignee"], project=t["project"], wbs=t["wbs"], start=t["start"],
                                 finish=t["finish"], allocation=rng.choice([0.2, 0.3, 0.3, 0.4, 0.5]))
                            for t in model["tasks"] if t["assignee"]]
    # The People sheet: everyone full time in the department of their first
    # project, but one part-timer.
    dept = {}
    for p in model["projects"]:
        for i in teams[p["id"]]:
            dept.setdefault(i, p["dept"])
    model["people"] = [dict(person=PEOPLE[i], capacity=0.5 if i == PART_TIMER else 1.0, dept=dept.get(i))
                       for i in range(len(PEOPLE))]


def round5(x):
    """Round a fraction to a multiple of 5 %."""
    return round(round(x * 20) / 20, 2)


def sample_model(seed=SEED):
    """The sample portfolio, language-neutral (texts as (en, ja) pairs)."""
    rng = random.Random(seed)
    # The schedule network's figures draw from their own stream, so that
    # adding them left every other figure of the sample as it was.
    sched_rng = random.Random(f"{seed}-schedule")
    cal = WorkCalendar()
    sl = cal.on_or_before(STATUS_DATE)         # last working day on or before the status date
    model = dict(projects=[], tasks=[], risks=[], issues=[], changes=[], lessons=[], stats=[])

    for spec in PROJECTS:
        pid = spec["id"]
        profile = spec["profile"]
        model["projects"].append(dict(id=pid, name=spec["name"], program=PROGRAMS[spec["program"]],
                                      dept=spec["dept"], pm=PEOPLE[spec["pm"]]))
        # -- choose the tasks -----------------------------------------------
        candidates = REQ + DESIGN + spec["build"] + TEST + MIGRATION + TRAINING + GOLIVE
        mandatory = [c for c in candidates if c[4]]
        optional = [c for c in candidates if not c[4]]
        picked = set(rng.sample(range(len(optional)), spec["tasks"] - 1 - len(mandatory)))
        chosen = [c for c in candidates if c[4] or optional.index(c) in picked]
        # -- schedule: phases one after another, tasks staggered inside -----
        pa, pb = cal.on_or_after(spec["start"]), cal.on_or_before(spec["end"])
        phases = [p for p in PHASE_ORDER if any(c[0] == p for c in chosen)]
        total = sum(PHASE_SHARE[p] for p in phases)
        span = pb - pa + 1
        tasks = [dict(item=PM_TASK, s=pa, f=pb, wbs="1.1")]
        edge = pa
        for n, phase in enumerate(phases):
            share = PHASE_SHARE[phase] / total
            a = edge
            b = pb if n == len(phases) - 1 else max(a, a + round(span * share) - 1)
            edge = b + 1
            items = [c for c in chosen if c[0] == phase]
            work = [c for c in items if not c[3]]
            marks = [c for c in items if c[3]]
            length = b - a + 1
            sub = 0
            if phase == "golive":
                for c in marks:
                    sub += 1
                    tasks.append(dict(item=c, s=a, f=a, wbs=f"{n + 2}.{sub}", phase=n, j=None))
                for c in work:
                    sub += 1
                    tasks.append(dict(item=c, s=min(a + 1, b), f=b, wbs=f"{n + 2}.{sub}", phase=n, j=0))
                continue
            k = len(work)
            for j, c in enumerate(work):
                s = a + (j * length) // (k + 1)
                f = min(b, a + ((j + 2) * length) // (k + 1) - 1)
                sub += 1
                tasks.append(dict(item=c, s=s, f=max(s, f), wbs=f"{n + 2}.{sub}", phase=n, j=j))
            for c in marks:
                sub += 1
                tasks.append(dict(item=c, s=b, f=b, wbs=f"{n + 2}.{sub}", phase=n, j=None))
        # -- budgets ------------------------------------------------------------
        for t in tasks:
            item = t["item"]
            if item[0] == "pm":
                t["budget"] = rng.randrange(1500, 4001, 10)
            elif item[3]:
                t["budget"] = rng.randrange(200, 501, 10)
            else:
                t["budget"] = int(min(5000, max(200, round(rng.uniform(600, 3800) * item[5], -1))))
        # -- status at the status date ------------------------------------------
        for t in tasks[1:]:
            status_of_task(t, profile, pa, pb, sl, rng)
        pm = tasks[0]
        status_of_task(pm, profile, pa, pb, sl, rng)
        if profile not in ("done", "not_started"):
            pm["forecast"] = max(t["forecast"] for t in tasks)
            pm["pct"] = min(pm["pct"], 0.95)
        for t in tasks:
            t["baseline"] = t["f"]
        # -- change requests (approved schedule changes re-plan one task) ------
        crs = []
        for ci in rng.sample(range(len(CHANGES)), spec["changes"]):
            en, ja, sign = CHANGES[ci]
            cost = sign * rng.randrange(100, 3001, 10)
            days = rng.choice([0, 0, 3, 5, 10, 15, 20]) if sign > 0 else 0
            if profile == "done":
                status = rng.choice(["approved", "rejected"])
            else:
                status = rng.choices(["approved", "pending", "rejected"], [5, 3, 2])[0]
            crs.append(dict(title=(en, ja), cost=cost, days=days, status=status))
            if status == "approved" and days and profile not in ("done",):
                open_tasks = [t for t in tasks[1:] if t["pct"] < 1 and not t["item"][3] and t["f"] > sl
                              and not t.get("replanned")]
                if open_tasks:
                    t = rng.choice(open_tasks)
                    t["replanned"] = True
                    t["f"] = min(t["f"] + days, cal.on_or_before(FY_END))
                    t["forecast"] = max(t["forecast"], t["f"])
                    tasks[0]["forecast"] = max(tasks[0]["forecast"], t["forecast"])
        link_tasks(tasks, profile, sched_rng)
        for t in tasks:
            model["tasks"].append(dict(
                project=pid, wbs=t["wbs"], name=(t["item"][1], t["item"][2]), budget=t["budget"],
                start=cal[t["s"]], finish=cal[t["f"]], baseline=cal[t["baseline"]],
                forecast=cal[t["forecast"]], actual=cal[t["actual"]] if t["actual"] is not None else None,
                pct=t["pct"], ac=t["ac"], milestone=t["item"][3], preds=t["preds"], estimate=t["estimate"]))
        open_work = [t["wbs"] for t in tasks[1:] if not t["item"][3] and t["pct"] < 1]
        for c in crs:
            model["changes"].append(dict(project=pid, **c))
        # -- risks ------------------------------------------------------------
        threats = rng.sample(range(len(THREATS)), len(THREATS))
        opps = rng.sample(range(len(OPPORTUNITIES)), len(OPPORTUNITIES))
        for _ in range(spec["risks"]):
            opportunity = rng.random() < 0.18 and opps
            title = OPPORTUNITIES[opps.pop()] if opportunity else THREATS[threats.pop()]
            prob = rng.randint(1, 18) * 5 / 100
            impact = int(max(100, min(20000, round(10 ** rng.uniform(2, 4.3), -1))))
            if profile == "done":
                closed = True
            elif profile == "not_started":
                closed = False
            else:
                closed = rng.random() < 0.3
            # About half of the open threats would delay a task still to be done.
            affected = days = None
            if not opportunity and not closed and open_work and sched_rng.random() < 0.5:
                affected = sched_rng.choice(open_work)
                days = sched_rng.choice([2, 3, 5, 5, 10, 15])
            model["risks"].append(dict(project=pid, title=title, prob=round(prob, 2), impact=impact,
                                       type="opportunity" if opportunity else "threat",
                                       status="closed" if closed else "open",
                                       owner=PEOPLE[rng.randrange(len(PEOPLE))], affected=affected, days=days))
        # -- issues -------------------------------------------------------------
        last = min(sl, pb)
        first = max(cal.on_or_after(D(2025, 3, 3)), pa - 20)
        if first > last - 20:       # not started yet: issues from the preparation weeks
            first = last - 40
        picks = rng.sample(range(len(ISSUES)), spec["issues"])
        raised_days = sorted(rng.randint(first, last) for _ in picks)
        for ii, raised in zip(picks, raised_days):
            due = raised + rng.randint(5, 30)
            age = (last - raised) / max(1, last - first)
            healthy = profile == "done" or (profile != "not_started" and profile[0] >= 1)
            closed_flag = profile == "done" or rng.random() < (0.45 if healthy else 0.25) + 0.6 * age
            closed = min(sl, raised + rng.randint(1, due - raised + 8)) if closed_flag else None
            status = "closed" if closed_flag else rng.choice(["open", "progress"])
            model["issues"].append(dict(project=pid, title=ISSUES[ii], raised=cal[raised], due=cal[due],
                                        closed=cal[closed] if closed is not None else None, status=status,
                                        priority=rng.choices(["high", "medium", "low"], [1, 2, 1])[0]))
        # -- lessons --------------------------------------------------------------
        for li in sorted(rng.sample(range(len(LESSONS)), spec["lessons"])):
            model["lessons"].append(dict(project=pid, lesson=LESSONS[li]))

    # IDs, in the order of the sheets
    for n, r in enumerate(model["risks"], 1):
        r["id"] = f"R-{n:03d}"
    for n, i in enumerate(model["issues"], 1):
        i["id"] = f"I-{n:03d}"
    for n, c in enumerate(model["changes"], 1):
        c["id"] = f"CR-{n:03d}"
    # The formula-injection probes (same rows in en and ja)
    [r for r in model["risks"] if r["project"] == "P06"][1]["title"] = (PROBE_RISK, PROBE_RISK)
    [i for i in model["issues"] if i["project"] == "P03"][2]["title"] = (PROBE_ISSUE, PROBE_ISSUE)
    assign_people(model, seed)
    choice_model(model, seed)
    model["stats"] = portfolio_stats(model, cal, sl)
    return model


def link_tasks(tasks, profile, rng):
    """Predecessors that reproduce the plan's dates by the critical path
    method, and three-point estimates in working days.

    Inside a phase the tasks are staggered: task j starts the day task j-2
    finishes (FS), task 1 a few days after task 0 starts (SS+lag); a phase
    starts after the last two tasks and the milestones of the one before; the
    go-live milestone falls the day after the last phase (FS+1) and hypercare
    follows it. The project-management task runs alongside from the first task
    (SS): a level-of-effort task without a successor, as many PMO sheets keep
    it (the health checks count it as missing logic)."""
    pm, rest = tasks[0], tasks[1:]
    phases = sorted({t["phase"] for t in rest})
    ends = {}  # phase -> the WBS numbers a following phase waits for
    for n in phases:
        items = [t for t in rest if t["phase"] == n]
        work = sorted((t for t in items if t["j"] is not None), key=lambda t: t["j"])
        marks = [t for t in items if t["j"] is None]
        before = ends.get(phases[phases.index(n) - 1], []) if phases.index(n) > 0 else []
        if items[0]["item"][0] == "golive":
            for m in marks:
                m["preds"] = ";".join(w + "FS+1" for w in before)
            for t in work:
                t["preds"] = ";".join(m["wbs"] for m in marks)
            ends[n] = [t["wbs"] for t in work] or [m["wbs"] for m in marks]
            continue
        for i, t in enumerate(work):
            if i == 0:
                t["preds"] = ";".join(before)
            elif i == 1:
                lag = t["s"] - work[0]["s"]
                t["preds"] = work[0]["wbs"] + ("SS+%d" % lag if lag else "SS")
            else:
                t["preds"] = work[i - 2]["wbs"]
        last_two = [t["wbs"] for t in work[-2:]]
        for m in marks:
            m["preds"] = ";".join(last_two)
        ends[n] = [m["wbs"] for m in marks] or last_two
    pm["preds"] = rest[0]["wbs"] + "SS" if rest else ""
    # Troubled projects estimate with a longer tail.
    spread = 0.3 if profile in ("done", "not_started") or profile[0] >= 0.95 else 0.6
    for t in tasks:
        d = t["f"] - t["s"] + 1
        if t["item"][3]:
            t["estimate"] = (0, 0, 0)
        elif t is pm:
            t["estimate"] = (d, d, d)
        else:
            tail = spread * rng.uniform(0.7, 1.3)
            t["estimate"] = (max(1, round(d * 0.85)), d, max(d, round(d * (1 + tail))))


def status_of_task(t, profile, pa, pb, sl, rng):
    """Set pct, actual (working-day index or None), forecast and ac of one task.

    A running project is behind (or ahead) by lag = (1 - SPI) x the working days
    elapsed: each task has progressed as planned for the lagged status date, and
    work still open is forecast to finish late by about that lag, more so towards
    the end of the project."""
    s, f, budget = t["s"], t["f"], t["budget"]
    milestone = t["item"][3]
    noise = rng.uniform(0.9, 1.1)
    jitter = rng.uniform(0.7, 1.3)
    chance = rng.random()
    t["actual"] = None
    if profile == "done":
        act = max(s, min(sl, f + rng.choice([-2, -1, 0, 0, 0, 1, 2])))
        t.update(pct=1.0, actual=act, forecast=act)
        t["ac"] = round(budget / 1.04 * rng.uniform(0.93, 1.06))
        return
    if profile == "not_started":
        t.update(pct=0.0, forecast=f, ac=None)
        return
    spi, cpi, slip_max = profile
    elapsed = max(1, sl - pa + 1)
    lag = round((1 - spi) * elapsed)
    effective = sl - lag
    progress = 0.0 if effective < s else min(1.0, (effective - s + 1) / (f - s + 1))
    if progress >= 1:
        behind = round(lag * min(1.0, (f - pa) / elapsed) * jitter)
        # no task finishes in much less than its planned duration
        earliest = s + (7 * (f - s)) // 10
        if earliest > sl:
            pct = 0.0 if milestone else 0.95
        else:
            pct = 1.0
            t["actual"] = max(earliest, min(sl, f + behind))
    elif milestone:
        pct = 0.0
    elif progress > 0:
        pct = max(0.05, min(0.95, round5(progress * noise)))
    else:
        pct = 0.0
    if pct == 1.0:
        t["forecast"] = t["actual"]
    else:
        pos = (f - pa) / max(1, pb - pa)
        slip = round(slip_max * pos * jitter) if (lag > 0 or chance < 0.3) else 0
        if lag > 0:
            slip = max(slip, round(lag * (0.8 + 0.6 * pos) * jitter))
        forecast = f + slip
        if forecast <= sl:
            forecast = sl + rng.randint(3, 12)
        t["forecast"] = forecast
    t["pct"] = pct
    t["ac"] = round(budget * pct / cpi * rng.uniform(0.93, 1.07)) if pct > 0 else None


def portfolio_stats(model, cal, sl):
    """Per project: BAC, PV, EV, AC, SPI, CPI and slips at the status date (for the report)."""
    stats = []
    for p in model["projects"]:
        pid = p["id"]
        ts = [t for t in model["tasks"] if t["project"] == pid]
        bac = sum(t["budget"] for t in ts)
        pv = 0.0
        for t in ts:
            s, f = cal.index[t["start"]], cal.index[t["finish"]]
            if sl >= f:
                pv += t["budget"]
            elif sl >= s:
                pv += t["budget"] * (sl - s + 1) / (f - s + 1)
        ev = sum(t["budget"] * t["pct"] for t in ts)
        ac = sum(t["ac"] or 0 for t in ts)

        def slip_days(t):
            return cal.index[t["forecast"]] - cal.index[t["baseline"]]

        stats.append(dict(
            project=pid, tasks=len(ts), bac=bac, pv=round(pv), ev=round(ev), ac=ac,
            spi=round(ev / pv, 2) if pv else None, cpi=round(ev / ac, 2) if ac else None,
            done=sum(t["pct"] == 1 for t in ts),
            slipped=sum(slip_days(t) > 0 for t in ts),
            slipped_milestones=sum(t["milestone"] and slip_days(t) > 0 for t in ts),
            max_slip=max(slip_days(t) for t in ts),
            replanned=sum(t["finish"] != t["baseline"] for t in ts),
            risks=sum(r["project"] == pid for r in model["risks"]),
            open_risks=sum(r["project"] == pid and r["status"] == "open" for r in model["risks"]),
            issues=sum(i["project"] == pid for i in model["issues"]),
            overdue_issues=sum(i["project"] == pid and i["closed"] is None and i["due"] < STATUS_DATE
                               for i in model["issues"]),
            changes=sum(c["project"] == pid for c in model["changes"]),
            lessons=sum(x["project"] == pid for x in model["lessons"]),
        ))
    return stats


# A few tasks of one project (P02, the mobile app) earn by a rule other than
# percent complete, to show them in the report: (project, WBS) → (en, ja).
EARNING_RULES = {
    ("P02", "1.1"): ("LOE", "レベル・オブ・エフォート"),        # project management: EV = PV
    ("P02", "4.1"): ("50/50", "50/50"),
    ("P02", "5.2"): ("Weighted milestones", "加重マイルストーン"),
    ("P02", "5.3"): ("0/100", "0/100"),
    ("P02", "5.4"): ("0/100", "0/100"),
}
# The steps of P02's system testing: (en, ja, weight, achieved on).
SAMPLE_MILESTONES = [
    ("P02", "5.2", ("Test cases approved", "テストケース承認"), 20, D(2025, 10, 29)),
    ("P02", "5.2", ("Test runs complete", "テスト実施完了"), 50, D(2025, 10, 31)),
    ("P02", "5.2", ("Defects closed", "不具合クローズ"), 30, None),
]


def estimate_to_complete(t):
    """The PM's ETC of an unfinished task (blank when done): the remaining
    budget at the task's own cost efficiency so far (0.8–1.5), to 10."""
    if t["pct"] >= 1:
        return None
    factor = 1.0
    if t["ac"] and t["pct"] > 0:
        factor = min(1.5, max(0.8, t["ac"] / (t["budget"] * t["pct"])))
    return int(round(t["budget"] * (1 - t["pct"]) * factor, -1))


def render_sample(model, lang, status_date=STATUS_DATE):
    sheets = new_sheets(lang, L(TEXT["portfolio_title"], lang), status_date, schedule=True, quality=True)
    t = lambda key: L(TEXT[key], lang)  # noqa: E731
    for p in model["projects"]:
        size = QUALITY.get(p["id"], {}).get("kloc")
        sheets["projects"].rows.append([p["id"], L(p["name"], lang), L(p["program"], lang),
                                        L(p["dept"], lang), L(p["pm"], lang), p["people_needed"], size,
                                        "KLOC" if size else None])
    for x in model["tasks"]:
        sheets["tasks"].rows.append([
            x["project"], x["wbs"], L(x["name"], lang), x["budget"], x["start"], x["finish"], x["baseline"],
            x["forecast"], x["actual"], Pct(x["pct"]), x["ac"], t("yes") if x["milestone"] else None,
            ";".join(filter(None, [x["preds"], CROSS_PROJECT_PREDECESSORS.get((x["project"], x["wbs"]))])),
            *x["estimate"], L(EARNING_RULES.get((x["project"], x["wbs"]), (None, None)), lang),
            estimate_to_complete(x), L(x["assignee"], lang) if x["assignee"] else None])
    for project, wbs, name, weight, done in SAMPLE_MILESTONES:
        sheets["milestones"].rows.append([project, wbs, L(name, lang), weight,
                                          done if done is not None and done <= status_date else None])
    for r in model["risks"]:
        sheets["risks"].rows.append([
            r["id"], r["project"], L(r["title"], lang), Pct(r["prob"]), r["impact"], t(r["type"]),
            t("risk_" + r["status"]), L(r["owner"], lang), r["affected"], r["days"],
            L(RISK_CATEGORIES[r["title"]], lang) if r["title"] in RISK_CATEGORIES else None])
    for i in model["issues"]:
        sheets["issues"].rows.append([
            i["id"], i["project"], L(i["title"], lang), i["raised"], i["due"], i["closed"],
            t("issue_" + i["status"]), t(i["priority"])])
    for c in model["changes"]:
        sheets["changes"].rows.append([c["id"], c["project"], L(c["title"], lang), c["cost"], c["days"],
                                       t(c["status"])])
    for project, lesson in [(x["project"], LESSONS.index(x["lesson"])) for x in model["lessons"]] + PAST_LESSONS:
        cat_en, cat_ja, en, ja = LESSONS[lesson]
        sheets["lessons"].rows.append([project, cat_en if lang == "en" else cat_ja,
                                       en if lang == "en" else ja, L(LESSON_PHASES[lesson], lang)])
    sheets["holidays"].rows.extend(holiday_rows(lang))
    for (name, weight) in CRITERIA:
        sheets["criteria"].rows.append([L(name, lang), Pct(weight)])
    for x in model["scores"]:
        sheets["scores"].rows.append([x["project"], L(x["criterion"], lang), x["score"]])
    for a in model["assignments"]:
        sheets["assignments"].rows.append([L(a["person"], lang), a["project"], a["wbs"], a["start"], a["finish"],
                                           Pct(a["allocation"])])
    for x in model["people"]:
        sheets["people"].rows.append([L(x["person"], lang), Pct(x["capacity"]),
                                      L(x["dept"], lang) if x["dept"] else None])
    for r in model["tests"]:
        sheets["tests"].rows.append([r["project"], r["date"], r["planned"], r["executed"], r["passed"]])
    for x in model["defects"]:
        sheets["defects"].rows.append([x["id"], x["project"], L(x["title"], lang), x["found"], x["closed"],
                                       t(x["severity"]), L(x["phase"], lang)])
    return sheets


# --------------------------------------------------------------------------
# Quality: weekly cumulative test counts and the defect register
# --------------------------------------------------------------------------

# Per project: size (KLOC); the first Friday of testing and the weeks planned;
# tests planned in all, the pace of execution against the plan and the share
# passing; and the defects found per week, following a Gompertz curve
# a·exp(−b·exp(−c·k)) from that Friday (k in weeks) — past its inflection
# (ln b / c weeks) by the status date for all but P10, which is still before
# it (no estimate yet). Projects not named here have no quality records.
QUALITY = {
    "P01": dict(kloc=45, first=D(2025, 6, 6), weeks=14, tests=600, pace=1.0, passing=0.97, a=180, b=5, c=0.35),
    "P02": dict(kloc=80, first=D(2025, 8, 8), weeks=14, tests=800, pace=1.05, passing=0.93, a=260, b=6, c=0.30),
    "P03": dict(kloc=120, first=D(2025, 8, 22), weeks=16, tests=1200, pace=0.8, passing=0.86, a=420, b=7, c=0.28),
    "P04": dict(kloc=30),
    "P05": dict(kloc=150, first=D(2025, 9, 5), weeks=16, tests=900, pace=0.95, passing=0.9, a=300, b=5, c=0.35),
    "P06": dict(kloc=95, first=D(2025, 8, 29), weeks=14, tests=700, pace=0.9, passing=0.88, a=210, b=6, c=0.32),
    "P07": dict(kloc=110, first=D(2025, 9, 12), weeks=16, tests=750, pace=0.85, passing=0.9, a=250, b=5, c=0.40),
    "P09": dict(first=D(2025, 10, 3), weeks=8, tests=150, pace=1.1, passing=0.96),
    "P10": dict(kloc=60, first=D(2025, 9, 19), weeks=20, tests=1000, pace=0.7, passing=0.8, a=2000, b=6, c=0.12),
}
DEFECT_TITLES = [
    ("Screen freezes on save", "保存時に画面が固まる"),
    ("Wrong total on the monthly report", "月次帳票の合計が合わない"),
    ("Validation message missing", "入力チェックのメッセージが出ない"),
    ("Interface file rejected by the partner system", "連携ファイルが相手システムで取り込めない"),
    ("Slow search with many records", "大量データで検索が遅い"),
    ("Date shown in the wrong format", "日付の表示形式が誤っている"),
    ("Batch job stops on an empty file", "空ファイルでバッチが異常終了する"),
    ("Access right not applied", "アクセス権限が反映されない"),
]
DEFECT_PHASES = [("Integration test", "結合テスト"), ("System test", "総合テスト")]
SEVERITIES = ("high", "medium", "low")


def quality_model(seed=SEED):
    """Weekly cumulative test counts (Fridays, cumulative, planned beyond the
    status date) and the defect register; deterministic, their own random stream."""
    rng = random.Random(f"{seed}-quality")
    tests, defects = [], []
    for pid, q in QUALITY.items():
        if "first" not in q:
            continue
        weeks, total = q["weeks"], q["tests"]
        for k in range(weeks):
            day = q["first"] + dt.timedelta(weeks=k)
            share = (k + 1) / weeks
            planned = round(total * share * share * (3 - 2 * share))  # an S-shaped plan
            executed = passed = None
            if day <= STATUS_DATE:
                s = min(1.0, (k + 1) * q["pace"] / weeks)
                executed = min(planned if q["pace"] >= 1 else total, round(total * s * s * (3 - 2 * s)))
                passed = round(executed * q["passing"])
            tests.append(dict(project=pid, date=day, planned=planned, executed=executed, passed=passed))
        if "a" not in q:
            continue
        before, n = 0, 0
        k = 0
        monday = q["first"] - dt.timedelta(days=4)
        while monday + dt.timedelta(days=4) <= STATUS_DATE:
            now = round(q["a"] * math.exp(-q["b"] * math.exp(-q["c"] * k)))
            for i in range(now - before):
                n += 1
                found = monday + dt.timedelta(days=i % 5)
                fix_days = rng.randint(2, 15)
                closed = found + dt.timedelta(days=fix_days)
                defects.append(dict(
                    id=f"{pid}-B{n:03d}", project=pid, title=DEFECT_TITLES[rng.randrange(len(DEFECT_TITLES))],
                    found=found, closed=closed if closed <= STATUS_DATE else None,
                    severity=SEVERITIES[0 if n % 10 == 0 else 1 if n % 3 == 0 else 2],
                    phase=DEFECT_PHASES[0 if k < q["weeks"] // 2 else 1]))
            before = now
            k += 1
            monday += dt.timedelta(weeks=1)
    return tests, defects


# --------------------------------------------------------------------------
# The sample's past: dated copies as of earlier status dates, and the history
# pmocalc recorded from them
# --------------------------------------------------------------------------

# The status dates of the sample's history (the month ends before STATUS_DATE).
HISTORY_DATES = (D(2025, 7, 31), D(2025, 8, 29), D(2025, 9, 30))
STALLED_SINCE = D(2025, 8, 29)   # one task makes no progress from here on
SCOPE_ADDED = D(2025, 9, 30)     # one task enters the plan here (a scope change)


def model_as_of(model, day):
    """The sample as it stood on `day`: each task progressed evenly from its start
    to its actual finish (or to STATUS_DATE while unfinished), actual costs in
    proportion; issues raised later left out, those closed later still open.
    One task of a late project stalls from STALLED_SINCE on, and one future task
    of another project is only added to the plan at SCOPE_ADDED."""
    past = dict(model)
    stats = {s["project"]: s for s in model["stats"]}
    running = [s["project"] for s in model["stats"] if s["spi"] is not None and 0 < s["ev"] < s["bac"]]
    late = [p for p in running if stats[p]["spi"] < 0.95]
    stalled = next((t for t in model["tasks"] if t["project"] in late and 0 < t["pct"] < 1
                    and t["start"] < D(2025, 7, 1)), None)
    added = next((t for t in model["tasks"] if t["project"] in running and t["project"] != (stalled or {}).get("project")
                  and t["pct"] == 0 and t["start"] > STATUS_DATE and not t["milestone"]), None)
    tasks = []
    for t in model["tasks"]:
        if t is added and day < SCOPE_ADDED:
            continue
        x = dict(t)
        end = t["actual"] or STATUS_DATE
        if t["pct"] == 0 or day < t["start"]:
            frac = 0.0
        elif day >= end:
            frac = 1.0
        else:
            frac = ((day - t["start"]).days + 1) / ((end - t["start"]).days + 1)
        pct = min(t["pct"], round5(t["pct"] * frac))
        if t is stalled and day >= STALLED_SINCE:
            pct = t["pct"]
        if pct >= 1 and (t["actual"] is None or t["actual"] > day):
            pct = 0.95
        x["pct"] = pct
        x["actual"] = t["actual"] if t["actual"] is not None and t["actual"] <= day and pct >= 1 else None
        x["ac"] = round(t["ac"] * pct / t["pct"]) if t["ac"] and t["pct"] > 0 and pct > 0 else None
        if x["actual"] is not None:
            x["forecast"] = x["actual"]
        tasks.append(x)
    past["tasks"] = tasks
    issues = []
    for i in model["issues"]:
        if i["raised"] > day:
            continue
        x = dict(i)
        if i["closed"] is not None and i["closed"] > day:
            x.update(closed=None, status="open")
        issues.append(x)
    past["issues"] = issues
    if "tests" in model:
        past["tests"] = [r for r in model["tests"] if r["date"] <= day]
        past["defects"] = [dict(x, closed=x["closed"] if x["closed"] is not None and x["closed"] <= day else None)
                           for x in model["defects"] if x["found"] <= day]
    return past


def history_sheet(path, lang, drop_date):
    """The "PMO History" sheet of a workbook pmocalc-report wrote (read without
    LibreOffice), as a sheet of this generator, without the rows of `drop_date`
    and with each row's "recorded at" set to its status date (deterministic)."""
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent / "tests" / "e2e"))
    import odf_cells  # noqa: E402
    name = "PMO History" if lang == "en" else "PMO履歴"
    table = odf_cells.read_tables(path)[name]
    columns = [(2.6, "ceDate"), (2.2, None), (2.2, None), (2.2, None), (5.0, None)] + [(2.2, "ceNum")] * 4 + \
              [(2.2, "cePct"), (2.6, "ceDate"), (2.6, "ceDate")] + [(2.0, None)] * 3 + [(2.2, "ceNum"), (2.0, None),
                                                                                 (3.2, None)]
    sheet = Sheet(name, columns, freeze_rows=3)
    sheet.rows.append([Styled(table.cell(0, 0), "ceTitle")])
    sheet.rows.append([table.cell(1, 0)])
    sheet.rows.append([Styled(v, "ceHeader") for v in table.rows[2]])
    as_date = lambda v: D.fromisoformat(v) if isinstance(v, str) and len(v) == 10 and v[4] == "-" else v  # noqa: E731
    for row in table.rows[3:]:
        if not row or row[0] == drop_date.isoformat():
            continue
        cells = list(row) + [None] * (18 - len(row))
        for c in (0, 10, 11):
            cells[c] = as_date(cells[c])
        if cells[9] is not None:
            cells[9] = Pct(cells[9])
        cells[17] = f"{row[0]} 18:00"
        sheet.rows.append(cells)
    return sheet


# --------------------------------------------------------------------------
# Benchmark
# --------------------------------------------------------------------------

def long(text, length):
    """`text` followed by filler words up to `length` characters (none when 0)."""
    if len(text) >= length:
        return text
    filler = " all work and no play makes a long cell"
    return (text + filler * (length // len(filler) + 1))[:length]


def benchmark_sheets(n_projects, tasks_per_project, n_risks, n_issues, seed=SEED, long_text=0):
    """With long_text > 0 every name, title and owner is that many characters
    long, and every 50th task's budget is such a text instead of a number."""
    rng = random.Random(seed)
    cal = WorkCalendar()
    sl = cal.on_or_before(STATUS_DATE)
    fy_a, fy_b = cal.on_or_after(FY_START), cal.on_or_before(FY_END)
    title = (f"PMO portfolio – benchmark: {n_projects} projects, {n_projects * tasks_per_project} tasks "
             "(amounts in thousand yen)")
    sheets = new_sheets("en", title, STATUS_DATE)
    days = cal.days
    yes = "Yes"
    project_rows = sheets["projects"].rows
    task_rows = sheets["tasks"].rows
    for p in range(n_projects):
        pid = f"P{p + 1:04d}"
        project_rows.append([pid, long(f"Project {p + 1:04d}", long_text), f"Program {p % 12 + 1:02d}",
                             f"Department {p % 17 + 1:02d}", long(f"PM {p % 60 + 1:03d}", long_text)])
        length = rng.randint(60, fy_b - fy_a)
        a = rng.randint(fy_a, fy_b - length)
        b = a + length
        spi, cpi = rng.uniform(0.75, 1.12), rng.uniform(0.78, 1.1)
        slip_max = 0 if spi >= 1 else round((1 - spi) * 120)
        m = tasks_per_project
        width = max(1, (3 * (length + 1)) // max(1, m))
        for i in range(m):
            s = a + (i * length) // m
            milestone = i % 25 == 24
            f = s if milestone else min(b, s + rng.randint(0, width))
            budget = rng.randint(20, 500) * 10
            if s > sl:
                pct = 0.0
            elif f <= sl:
                pct = 1.0 if (spi >= 0.97 or rng.random() < 0.7) else (0.0 if milestone else 0.8)
            else:
                pct = 0.0 if milestone else min(0.95, round5((sl - s + 1) / (f - s + 1) * spi))
            slip = round(slip_max * (f - a) / max(1, length))
            if pct == 1.0:
                actual = min(sl, f + slip // 2)
                forecast = actual
            else:
                actual = None
                forecast = f + slip
                if s <= sl and forecast <= sl:
                    forecast = sl + 5
            if long_text and i % 50 == 49:
                budget = long(f"about {budget}", long_text)
            task_rows.append([
                pid, f"{i // 20 + 1}.{i % 20 + 1}", long(f"Task {i // 20 + 1}.{i % 20 + 1}", long_text), budget,
                days[s], days[f],
                days[f], days[forecast], days[actual] if actual is not None else None, Pct(pct),
                round(budget * pct / cpi) if pct > 0 else None, yes if milestone else None])
    for r in range(n_risks):
        pid = f"P{r % n_projects + 1:04d}"
        opportunity = rng.random() < 0.15
        sheets["risks"].rows.append([
            f"R{r + 1:05d}", pid, long(f"Risk {r + 1:05d}", long_text), Pct(rng.randint(1, 18) * 5 / 100),
            rng.randint(10, 2000) * 10, "Opportunity" if opportunity else "Threat",
            "Closed" if rng.random() < 0.3 else "Open", long(f"Owner {r % 60 + 1:03d}", long_text)])
    first = cal.on_or_after(D(2025, 3, 3))
    for i in range(n_issues):
        pid = f"P{i % n_projects + 1:04d}"
        raised = rng.randint(first, sl)
        due = raised + rng.randint(5, 30)
        closed = min(sl, raised + rng.randint(1, 30)) if rng.random() < 0.5 else None
        sheets["issues"].rows.append([
            f"I{i + 1:05d}", pid, long(f"Issue {i + 1:05d}", long_text), days[raised], days[due],
            days[closed] if closed is not None else None,
            "Closed" if closed is not None else rng.choice(["Open", "In progress"]),
            rng.choice(["High", "Medium", "Medium", "Low"])])
    for p in range(n_projects):
        pid = f"P{p + 1:04d}"
        for c in range(2):
            sheets["changes"].rows.append([
                f"CR{p * 2 + c + 1:05d}", pid, f"Change request {p * 2 + c + 1:05d}", rng.randint(10, 300) * 10,
                rng.choice([0, 5, 10, 20]), rng.choice(["Pending", "Approved", "Approved", "Rejected"])])
        sheets["lessons"].rows.append([pid, "Planning", f"Lesson learned in project {p + 1:04d}"])
    sheets["holidays"].rows.extend(holiday_rows("en"))
    return sheets


# --------------------------------------------------------------------------
# Broken workbook (reader diagnostics)
# --------------------------------------------------------------------------

COL_INDEX = {key: {c[0]: i for i, c in enumerate(cols)} for key, cols in COLUMNS.items()}


def col_letter(index):
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def broken_sheets():
    """Returns (sheets, problems). Each data row is (values, problem or None) where
    problem = (column header, description, severity)."""
    sheets = new_sheets("en", L(TEXT["portfolio_title"], "en"), STATUS_DATE)
    d = D
    yes = "Yes"
    problems = []

    sheets["projects"].rows += [
        ["P01", "Order system renewal", "Core systems", "Sales Operations", "Emily Carter"],
        ["P02", "Corporate website relaunch", "Digital customer", "Marketing", "James Wilson"],
    ]
    first_task_row = len(sheets["tasks"].rows) + 1    # A1 row number of row1 below
    row1 = ["P01", "1.1", "Requirements definition", 1200, d(2025, 4, 1), d(2025, 4, 30), d(2025, 4, 30),
            d(2025, 4, 30), d(2025, 4, 30), Pct(1), 1250, None]
    tasks = [
        (row1, None),
        (["P01", "1.2", "Requirements sign-off", 200, d(2025, 5, 1), d(2025, 5, 1), d(2025, 5, 1),
          d(2025, 5, 1), d(2025, 5, 1), Pct(1), 200, yes], None),
        (["P01", "2.1", "Basic design", 1800, "2025/05/07", d(2025, 6, 13), d(2025, 6, 13),
          d(2025, 6, 20), d(2025, 6, 20), Pct(1), 1900, None],
         ("Planned start", "text date in Planned start: '2025/05/07' is text, readable as 2025-05-07", "warning")),
        (["P01", "2.2", "Detailed design", "abc", d(2025, 6, 16), d(2025, 7, 25), d(2025, 7, 25),
          d(2025, 7, 25), d(2025, 7, 25), Pct(1), 2100, None],
         ("Budget", "text in Budget: 'abc' is not a number", "error")),
        (["P01", "3.1", "Development", 4500, d(2025, 7, 28), d(2025, 10, 10), d(2025, 10, 10),
          d(2025, 11, 14), None, Pct(0.8), 3800, None], None),
        (["P01", "3.2", "Interface development", 2200, "2025/13/45", d(2025, 10, 31), d(2025, 10, 31),
          d(2025, 11, 7), None, Pct(0.6), 1400, None],
         ("Planned start", "unreadable date in Planned start: text '2025/13/45' is no date", "error")),
        (["P01", "4.1", "System test", 2500, d(2025, 11, 4), d(2025, 12, 19), d(2025, 12, 19),
          d(2025, 12, 19), None, Pct(0), None, None], None),
        ([], ("Project ID", "blank row in the middle of the Tasks table", "warning")),
        (["P01", "4.2", "User acceptance test", 1500, d(2026, 1, 6), d(2025, 1, 30), d(2026, 1, 30),
          d(2026, 1, 30), None, Pct(0), None, None],
         ("Planned finish", "Planned finish 2025-01-30 lies before Planned start 2026-01-06", "error")),
        (["P01", "5.1", "Go-live", 300, d(2026, 2, 2), d(2026, 2, 2), d(2026, 2, 2),
          d(2026, 2, 2), None, Pct(0), None, yes], None),
        (["P02", "1.1", "Site requirements", 800, d(2025, 6, 2), d(2025, 6, 27), d(2025, 6, 27),
          d(2025, 6, 27), d(2025, 6, 27), Pct(1), 760, None], None),
        (["P02", "2.1", "Design and content", 1600, d(2025, 7, 1), d(2025, 8, 29), d(2025, 8, 29),
          d(2025, 11, 7), None, Pct(1.5), 1700, None],
         ("% complete", "% complete out of range: 150% (must be 0%..100%)", "error")),
        (["P02", "3.1", "Build pages", 2400, d(2025, 9, 1), d(2025, 10, 31), d(2025, 10, 31),
          d(2025, 11, 7), None, Pct(0.9), 2300, None], None),
        (["P99", "1.1", "Unplanned hosting migration", 500, d(2025, 9, 1), d(2025, 9, 30), d(2025, 9, 30),
          d(2025, 11, 14), None, Pct(0.5), 250, None],
         ("Project ID", "unknown Project ID 'P99' (not on the Projects sheet)", "error")),
        (list(row1), ("WBS", f"duplicate task: Project ID P01, WBS 1.1 already on row {first_task_row}", "error")),
        (["P02", "4.1", "Launch", 200, d(2025, 11, 14), d(2025, 11, 14), d(2025, 11, 14),
          d(2025, 11, 14), None, Pct(0), None, yes], None),
    ]
    risks = [
        (["R-001", "P01", "Key vendor engineers may leave the project", Pct(0.3), 4000, "Threat", "Open",
          "Sarah Thompson"], None),
        (["R-002", "P01", "Legacy order data quality worse than assumed", "high", 2500, "Threat", "Open",
          "Michael Brown"], ("Probability", "text in Probability: 'high' is not a number", "error")),
        (["R-003", "P02", "Reuse the design system of the intranet project", Pct(0.4), 600, "Opportunity",
          "Open", "Olivia Davis"], None),
        (["R-004", "P02", "Content approval delayed by legal review", Pct(0.2), 300, "Threat", "Closed",
          "James Wilson"], None),
    ]
    issues = [
        (["I-001", "P01", "Test environment unavailable for three days", d(2025, 9, 1), d(2025, 9, 12),
          d(2025, 9, 10), "Closed", "High"], None),
        (["I-002", "P01", "Open requirement questions not answered", d(2025, 10, 1), d(2025, 10, 17), None,
          "Open", "Medium"], None),
        (["I-003", "P02", "Translation vendor not contracted", d(2025, 8, 4), d(2025, 8, 29), d(2025, 7, 30),
          "Closed", "Low"], ("Closed", "Closed date 2025-07-30 lies before Raised date 2025-08-04", "error")),
        (["I-004", "P02", "Image rights for product photos unclear", d(2025, 10, 20), d(2025, 11, 14), None,
          "In progress", "Medium"], None),
    ]
    data = {"tasks": tasks, "risks": risks, "issues": issues}
    for key, entries in data.items():
        sheet = sheets[key]
        for values, problem in entries:
            sheet.rows.append(values)
            if problem:
                header, text, severity = problem
                cell = f"{col_letter(COL_INDEX[key][header])}{len(sheet.rows)}"
                problems.append({"sheet": sheet.name, "cell": cell, "problem": text, "severity": severity})
    sheets["changes"].rows += [
        ["CR-001", "P01", "Additional interface to the logistics system", 1200, 10, "Approved"],
        ["CR-002", "P02", "Add English pages", 400, 5, "Pending"],
    ]
    sheets["lessons"].rows += [
        ["P01", "Requirements", "Freeze requirements with a formal sign-off before design starts"],
        ["P02", "Vendor management", "Agree acceptance criteria in the contract, not after delivery"],
    ]
    sheets["holidays"].rows.extend(holiday_rows("en"))
    return sheets, problems


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(description="Write PMO workbooks as flat ODF spreadsheets (.fods).")
    sub = parser.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("sample", help="the realistic sample portfolio")
    p.add_argument("--lang", choices=LANGS, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    p.add_argument("--as-of", type=D.fromisoformat, metavar="YYYY-MM-DD",
                   help="the sample as it stood on an earlier status date")
    p.add_argument("--history-from", metavar="FILE",
                   help="add the PMO History sheet of FILE (written by pmocalc-report --record)")
    p = sub.add_parser("template", help="empty workbook with titles and headers")
    p.add_argument("--lang", choices=LANGS, required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("benchmark", help="a large deterministic portfolio (English)")
    p.add_argument("--projects", type=int, default=200)
    p.add_argument("--tasks-per-project", type=int, default=500)
    p.add_argument("--risks", type=int, default=5000, help="risks in total")
    p.add_argument("--issues", type=int, default=5000, help="issues in total")
    p.add_argument("--long-text", type=int, default=0, metavar="CHARS",
                   help="names, titles and owners this long; every 50th budget such a text")
    p.add_argument("--out", required=True)
    p.add_argument("--seed", type=int, default=SEED, help=argparse.SUPPRESS)
    p = sub.add_parser("broken", help="a workbook with one of each problem; prints the expected problems as JSON")
    p.add_argument("--out", required=True)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if args.mode == "sample":
        model = sample_model(args.seed)
        model["tests"], model["defects"] = quality_model(args.seed)
        status_date = STATUS_DATE
        if args.as_of:
            model, status_date = model_as_of(model, args.as_of), args.as_of
        sheets = render_sample(model, args.lang, status_date)
        if args.history_from:
            sheets["extra"] = [history_sheet(args.history_from, args.lang, status_date)]
        write_workbook(args.out, args.lang, sheets,
                       {"pmocalc.SelectionBudget": ("float", model["selection_budget"])})
        print(f"{args.out}: {len(model['projects'])} projects, {len(model['tasks'])} tasks, "
              f"{len(model['risks'])} risks, {len(model['issues'])} issues, {len(model['changes'])} change "
              f"requests, {len(model['lessons'])} lessons, {len(HOLIDAYS)} holidays, "
              f"{len(model['tests'])} test counts, {len(model['defects'])} defects", file=sys.stderr)
    elif args.mode == "template":
        write_workbook(args.out, args.lang,
                       new_sheets(args.lang, L(TEXT["template_title"], args.lang), None, schedule=True,
                                  quality=True))
        print(f"{args.out}: template", file=sys.stderr)
    elif args.mode == "benchmark":
        if args.projects < 1 or args.tasks_per_project < 1 or args.risks < 0 or args.issues < 0:
            parser.error("--projects and --tasks-per-project must be at least 1, --risks and --issues at least 0")
        sheets = benchmark_sheets(args.projects, args.tasks_per_project, args.risks, args.issues, args.seed,
                                  args.long_text)
        write_workbook(args.out, "en", sheets)
        print(f"{args.out}: {args.projects} projects, {args.projects * args.tasks_per_project} tasks, "
              f"{args.risks} risks, {args.issues} issues in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    elif args.mode == "broken":
        sheets, problems = broken_sheets()
        write_workbook(args.out, "en", sheets)
        text = json.dumps(problems, ensure_ascii=False, indent=2) + "\n"
        with open(args.out + ".expected.json", "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
