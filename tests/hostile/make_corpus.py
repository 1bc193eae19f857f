#!/usr/bin/env python3
"""Writes the hostile corpus: workbooks that try to break pmocalc-report.

usage: make_corpus.py OUTDIR [--only NAME...]      write the corpus into OUTDIR
       make_corpus.py --manifest FILE              write the expectations (manifest.json)
       make_corpus.py --fods-for-fixtures OUTDIR   write the .fods sources of the fixtures

Almost every file is generated here from code (flat ODF, zipped ODF, OOXML and
CSV are all plain text or zip); only what needs LibreOffice to be made (an
encrypted workbook, a BIFF8 .xls, an .xlsx written by Calc itself) is copied
from fixtures/ (see make_fixtures.py). The big ones (a million-row CSV, 300
sheets, 16,384 columns) are written at test time only.

Every entry also carries its expectation; `--manifest` writes them all to
manifest.json, the spec that run_hostile.py checks the product against.
Standard library only.
"""
import codecs
import datetime as dt
import json
import os
import shutil
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "fixtures")
sys.path.insert(0, HERE)
from sheet_cells import address  # noqa: E402

D = dt.date
STATUS = D(2025, 3, 31)


# ---- the workbook model -------------------------------------------------------

class Pct(float):
    """A percentage cell (0..1)."""


class Formula:
    """A formula cell: ODF text (without of:=), OOXML text (without =), the
    cached result OOXML gets (an error text such as #DIV/0!, or None)."""

    def __init__(self, odf, ooxml, cached=None):
        self.odf, self.ooxml, self.cached = odf, ooxml, cached


ERRORS = {  # name: Formula at a cell; %s is the cell's own address (circular)
    "div0": lambda a: Formula("1/0", "1/0", "#DIV/0!"),
    "na": lambda a: Formula("NA()", "NA()", "#N/A"),
    "err502": lambda a: Formula("SQRT(-1)", "SQRT(-1)", "#NUM!"),
    "value": lambda a: Formula('"x"+1', '"x"+1', "#VALUE!"),
    "ref": lambda a: Formula('INDIRECT("NoSuchSheet.A1")', 'INDIRECT("NoSuchSheet!A1")', "#REF!"),
    "circular": lambda a: Formula(f"[.{a}]+1", f"{a}+1", None),
}


class Sheet:
    def __init__(self, name, hidden=False):
        self.name = name
        self.cells = {}          # (row, column) -> value
        self.hidden = hidden
        self.merges = []         # (row, column, rows, columns)

    def put(self, row, column, value):
        if value is None or value == "":
            self.cells.pop((row, column), None)
        else:
            self.cells[(row, column)] = value

    def put_row(self, row, values, column=0):
        for i, v in enumerate(values):
            self.put(row, column + i, v)

    def extent(self):
        if not self.cells:
            return 0, 0
        return max(r for r, _ in self.cells) + 1, max(c for _, c in self.cells) + 1


class Book:
    def __init__(self, lang="en", sheets=()):
        self.lang = lang
        self.sheets = list(sheets)
        self.names = {}          # name -> (sheet name, "A1")

    def sheet(self, name):
        return next(s for s in self.sheets if s.name == name)


# ---- the usual task table -------------------------------------------------------

KEYS = ("id", "name", "budget", "start", "finish", "pct", "ac")
HEADERS = {
    "en": {"id": "WBS", "name": "Task name", "budget": "Budget", "start": "Planned start",
           "finish": "Planned finish", "pct": "% complete", "ac": "Actual cost"},
    "ja": {"id": "WBS番号", "name": "タスク名", "budget": "予算", "start": "開始予定日",
           "finish": "終了予定日", "pct": "進捗率", "ac": "実コスト"},
}
SHEET_NAMES = {"en": {"tasks": "Tasks", "holidays": "Holidays", "risks": "Risks", "lessons": "Lessons"},
               "ja": {"tasks": "タスク", "holidays": "祝日", "risks": "リスク", "lessons": "教訓"}}
STATUS_LABEL = {"en": "Status date", "ja": "基準日"}
TASK_NAMES = {"en": ["Requirements", "Design", "Build", "Test"], "ja": ["要件定義", "設計", "製造", "テスト"]}


def base_tasks(lang):
    """Four tasks, budgets 100+200+300+400 = BAC 1000."""
    n = TASK_NAMES[lang]
    return [
        {"id": "1", "name": n[0], "budget": 100, "start": D(2025, 1, 6), "finish": D(2025, 1, 31), "pct": Pct(1),
         "ac": 110},
        {"id": "2", "name": n[1], "budget": 200, "start": D(2025, 2, 3), "finish": D(2025, 2, 28), "pct": Pct(1),
         "ac": 190},
        {"id": "3", "name": n[2], "budget": 300, "start": D(2025, 3, 3), "finish": D(2025, 4, 30),
         "pct": Pct(0.5), "ac": 160},
        {"id": "4", "name": n[3], "budget": 400, "start": D(2025, 5, 1), "finish": D(2025, 6, 30), "pct": Pct(0),
         "ac": None},
    ]


class Table:
    """Where a task table sits: cell(i, key) is the A1 address of task i's field."""

    def __init__(self, sheet, header_row, keys, first_column=0):
        self.sheet, self.header_row, self.keys, self.first_column = sheet, header_row, list(keys), first_column

    def column(self, key):
        return self.first_column + self.keys.index(key)

    def cell(self, i, key):
        return address(self.header_row + 1 + i, self.column(key))

    def header(self, key):
        return address(self.header_row, self.column(key))

    def letter(self, key):
        return address(0, self.column(key))[:-1]


def task_sheet(lang, tasks=None, name=None, header_row=2, status=STATUS, keys=KEYS, headers=None):
    """A task sheet: the status date label in A1 (date in B1) unless status is
    None, the header on header_row (0-based), the tasks below."""
    sheet = Sheet(name or SHEET_NAMES[lang]["tasks"])
    if status is not None:
        sheet.put_row(0, [STATUS_LABEL[lang], status])
    heads = dict(HEADERS[lang], **(headers or {}))
    sheet.put_row(header_row, [heads.get(k, k) for k in keys])
    rows = base_tasks(lang) if tasks is None else tasks
    for i, t in enumerate(rows):
        sheet.put_row(header_row + 1 + i, [t.get(k) for k in keys])
    return sheet, Table(sheet, header_row, keys)


def holiday_sheet(lang):
    s = Sheet(SHEET_NAMES[lang]["holidays"])
    if lang == "en":
        s.put_row(0, ["Date", "Holiday"])
        rows = [(D(2025, 1, 1), "New Year's Day"), (D(2025, 1, 13), "Coming of Age Day"),
                (D(2025, 2, 11), "National Foundation Day")]
    else:
        s.put_row(0, ["日付", "祝日名"])
        rows = [(D(2025, 1, 1), "元日"), (D(2025, 1, 13), "成人の日"), (D(2025, 2, 11), "建国記念の日")]
    for i, r in enumerate(rows):
        s.put_row(1 + i, list(r))
    return s


def risk_sheet(lang, probabilities=(Pct(0.3), Pct(0.5)), impacts=(400, 200)):
    s = Sheet(SHEET_NAMES[lang]["risks"])
    if lang == "en":
        s.put_row(0, ["Risk ID", "Risk", "Probability", "Impact", "Type", "Status"])
        texts, kind, state = ["Vendor delay", "Key engineer leaves"], "Threat", "Open"
    else:
        s.put_row(0, ["リスクID", "リスク事象", "発生確率", "影響額", "種別", "ステータス"])
        texts, kind, state = ["ベンダー遅延", "要員離脱"], "脅威", "対応中"
    for i, (p, imp) in enumerate(zip(probabilities, impacts)):
        s.put_row(1 + i, [f"R{i + 1}", texts[i % 2], p, imp, kind, state])
    return s


def lessons_sheet(lang):
    s = Sheet(SHEET_NAMES[lang]["lessons"])
    if lang == "en":
        s.put_row(0, ["Category", "Lesson"])
        s.put_row(1, ["Planning", "Freeze the scope before design"])
    else:
        s.put_row(0, ["カテゴリ", "教訓"])
        s.put_row(1, ["計画", "設計前にスコープを確定する"])
    return s


def standard_book(lang, tasks=None, holidays=True, **kw):
    sheet, table = task_sheet(lang, tasks, **kw)
    book = Book(lang, [sheet] + ([holiday_sheet(lang)] if holidays else []))
    return book, table


# ---- writers ----------------------------------------------------------------------

ODF_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "of": "urn:oasis:names:tc:opendocument:xmlns:of:1.2",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
ODF_STYLES = (
    '<office:automatic-styles>'
    '<number:date-style style:name="N_DATE"><number:year number:style="long"/><number:text>-</number:text>'
    '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>'
    '</number:date-style>'
    '<number:percentage-style style:name="N_PCT"><number:number number:decimal-places="0" '
    'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
    '<style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/>'
    '</style:style>'
    '<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N_DATE"/>'
    '<style:style style:name="cePct" style:family="table-cell" style:data-style-name="N_PCT"/>'
    '</office:automatic-styles>')


def _odf_number(v):
    if isinstance(v, int) or (isinstance(v, float) and v.is_integer() and abs(v) < 1e15):
        return str(int(v))
    return repr(float(v))


def _odf_text(text):
    """<text:p> elements keeping runs of spaces, tabs and line breaks."""
    out = []
    for line in text.split("\n"):
        parts, run = [], 0
        for ch in line:
            if ch == " ":
                run += 1
                continue
            if run:
                parts.append(" " if run == 1 and parts else f'<text:s text:c="{run}"/>')
                run = 0
            parts.append("<text:tab/>" if ch == "\t" else escape(ch))
        if run:
            parts.append(f'<text:s text:c="{run}"/>')
        out.append("<text:p>" + "".join(parts) + "</text:p>")
    return "".join(out)


def odf_cell(v, span=None):
    attrs = ""
    if span:
        attrs = f' table:number-rows-spanned="{span[0]}" table:number-columns-spanned="{span[1]}"'
    if v is None:
        return f"<table:table-cell{attrs}/>"
    if isinstance(v, Formula):
        return (f'<table:table-cell{attrs} table:formula={quoteattr("of:=" + v.odf)} office:value-type="float">'
                "</table:table-cell>")
    if isinstance(v, Pct):
        return (f'<table:table-cell{attrs} table:style-name="cePct" office:value-type="percentage" '
                f'office:value="{_odf_number(v)}"><text:p>{round(v * 100)}%</text:p></table:table-cell>')
    if isinstance(v, bool):
        raise TypeError("no booleans")
    if isinstance(v, (int, float)):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{_odf_number(v)}">'
                f"<text:p>{_odf_number(v)}</text:p></table:table-cell>")
    if isinstance(v, dt.datetime):
        iso = v.isoformat(timespec="seconds")
        return (f'<table:table-cell{attrs} table:style-name="ceDate" office:value-type="date" '
                f'office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>')
    if isinstance(v, D):
        iso = v.isoformat()
        return (f'<table:table-cell{attrs} table:style-name="ceDate" office:value-type="date" '
                f'office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>')
    if isinstance(v, str):
        return f'<table:table-cell{attrs} office:value-type="string">{_odf_text(v)}</table:table-cell>'
    raise TypeError(repr(v))


def _odf_quote_sheet(name):
    return "$'" + name.replace("'", "''") + "'" if any(c in name for c in " '.-()") else "$" + name


def _odf_absolute(sheet, a1):
    import re
    col, row = re.fullmatch(r"([A-Z]+)(\d+)", a1).groups()
    return f"{_odf_quote_sheet(sheet)}.${col}${row}"


def odf_body(book, out):
    """Writes <office:spreadsheet>…</office:spreadsheet> to the text stream out."""
    out.write("<office:body><office:spreadsheet>")
    for sheet in book.sheets:
        style = "taHidden" if sheet.hidden else "ta1"
        out.write(f"<table:table table:name={quoteattr(sheet.name)} table:style-name=\"{style}\">")
        rows, columns = sheet.extent()
        out.write(f'<table:table-column table:number-columns-repeated="{max(columns, 1)}"/>')
        spans = {(r, c): (nr, nc) for r, c, nr, nc in sheet.merges}
        covered = set()
        for r, c, nr, nc in sheet.merges:
            for i in range(nr):
                for j in range(nc):
                    if i or j:
                        covered.add((r + i, c + j))
        by_row = {}
        for (r, c), v in sheet.cells.items():
            by_row.setdefault(r, {})[c] = v
        for r, c in covered:
            by_row.setdefault(r, {})
        for r, c in spans:
            by_row.setdefault(r, {})
        previous = -1
        for r in sorted(by_row):
            gap = r - previous - 1
            if gap:
                rep = f' table:number-rows-repeated="{gap}"' if gap > 1 else ""
                out.write(f"<table:table-row{rep}><table:table-cell/></table:table-row>")
            cells = by_row[r]
            positions = sorted(set(cells) | {c for (rr, c) in covered if rr == r} | {c for (rr, c) in spans if rr == r})
            parts, column = [], 0
            for c in positions:
                if c > column:
                    n = c - column
                    parts.append(f'<table:table-cell table:number-columns-repeated="{n}"/>' if n > 1
                                 else "<table:table-cell/>")
                if (r, c) in covered:
                    v = cells.get(c)
                    parts.append("<table:covered-table-cell/>" if v is None else
                                 odf_cell(v).replace("<table:table-cell", "<table:covered-table-cell", 1)
                                 .replace("</table:table-cell>", "</table:covered-table-cell>"))
                else:
                    parts.append(odf_cell(cells.get(c), spans.get((r, c))))
                column = c + 1
            out.write("<table:table-row>" + "".join(parts) + "</table:table-row>\n")
            previous = r
        out.write("</table:table>\n")
    if book.names:
        out.write("<table:named-expressions>")
        for name, (sheet, a1) in book.names.items():
            ref = _odf_absolute(sheet, a1)
            out.write(f'<table:named-range table:name={quoteattr(name)} table:base-cell-address={quoteattr(ref)} '
                      f'table:cell-range-address={quoteattr(ref)}/>')
        out.write("</table:named-expressions>")
    out.write("</office:spreadsheet></office:body>")


def _ns():
    return " ".join(f'xmlns:{k}="{v}"' for k, v in ODF_NS.items())


def write_fods(book, path):
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<office:document {_ns()} office:version="1.3" '
                  'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">\n'
                  "<office:meta><meta:generator>pmocalc tests/hostile/make_corpus.py</meta:generator></office:meta>\n")
        out.write(ODF_STYLES)
        odf_body(book, out)
        out.write("</office:document>\n")


def write_ods(book, path):
    import io
    content = io.StringIO()
    content.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<office:document-content {_ns()} office:version="1.3">')
    content.write(ODF_STYLES)
    odf_body(book, content)
    content.write("</office:document-content>\n")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>\n")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content.getvalue().encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


def _ooxml_text(text):
    out = []
    for ch in text:
        o = ord(ch)
        if (o < 0x20 and ch not in "\t\n\r") or o in (0xFFFE, 0xFFFF):
            out.append(f"_x{o:04X}_")
        else:
            out.append(ch)
    return escape("".join(out))


def _serial(v):
    if isinstance(v, dt.datetime):
        delta = v - dt.datetime(1899, 12, 30)
        return delta.days + delta.seconds / 86400
    return (v - D(1899, 12, 30)).days


def write_xlsx(book, path, shared_strings=True):
    strings, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    sheet_parts = []
    for sheet in book.sheets:
        rows = {}
        for (r, c), v in sheet.cells.items():
            rows.setdefault(r, []).append((c, v))
        body = []
        for r in sorted(rows):
            cells = []
            for c, v in sorted(rows[r]):
                ref = address(r, c)
                if isinstance(v, Formula):
                    cached = f'<v>{escape(v.cached)}</v>' if v.cached else ""
                    t = ' t="e"' if v.cached else ""
                    cells.append(f'<c r="{ref}"{t}><f>{escape(v.ooxml)}</f>{cached}</c>')
                elif isinstance(v, Pct):
                    cells.append(f'<c r="{ref}" s="2"><v>{repr(float(v))}</v></c>')
                elif isinstance(v, dt.datetime):
                    cells.append(f'<c r="{ref}" s="3"><v>{repr(_serial(v))}</v></c>')
                elif isinstance(v, D):
                    cells.append(f'<c r="{ref}" s="1"><v>{_serial(v)}</v></c>')
                elif isinstance(v, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{_odf_number(v)}</v></c>')
                elif shared_strings:
                    cells.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_ooxml_text(v)}</t></is></c>')
            body.append(f'<row r="{r + 1}">' + "".join(cells) + "</row>")
        nrows, ncols = sheet.extent()
        dim = f"A1:{address(max(nrows, 1) - 1, max(ncols, 1) - 1)}"
        merges = ""
        if sheet.merges:
            merges = f'<mergeCells count="{len(sheet.merges)}">' + "".join(
                f'<mergeCell ref="{address(r, c)}:{address(r + nr - 1, c + nc - 1)}"/>'
                for r, c, nr, nc in sheet.merges) + "</mergeCells>"
        sheet_parts.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<dimension ref="{dim}"/><sheetData>' + "".join(body) + "</sheetData>" + merges + "</worksheet>")
    sheets_xml = "".join(
        f'<sheet name={quoteattr(s.name)} sheetId="{i + 1}" r:id="rId{i + 1}"'
        + (' state="hidden"' if s.hidden == "hidden" or s.hidden is True else
           ' state="veryHidden"' if s.hidden == "veryHidden" else "") + "/>"
        for i, s in enumerate(book.sheets))
    names = ""
    if book.names:
        names = "<definedNames>" + "".join(
            f"<definedName name={quoteattr(n)}>'{escape(s.replace(chr(39), chr(39) * 2))}'!"
            f"${a1.rstrip('0123456789')}${a1.lstrip('ABCDEFGHIJKLMNOPQRSTUVWXYZ')}</definedName>"
            for n, (s, a1) in book.names.items()) + "</definedNames>"
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f"<sheets>{sheets_xml}</sheets>{names}</workbook>")
    n = len(book.sheets)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="rId{i + 1}" '
                      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                      f'Target="worksheets/sheet{i + 1}.xml"/>' for i in range(n))
            + f'<Relationship Id="rId{n + 1}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            + (f'<Relationship Id="rId{n + 2}" '
               'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
               'Target="sharedStrings.xml"/>' if shared_strings else "")
            + "</Relationships>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill>'
              '<fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              "</styleSheet>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/xl/workbook.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
             + "".join(f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
                       'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                       for i in range(n))
             + '<Override PartName="/xl/styles.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
             + ('<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                if shared_strings else "")
             + "</Types>")
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" '
                 'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", root_rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/styles.xml", styles)
        for i, part in enumerate(sheet_parts):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", part)
        if shared_strings:
            z.writestr("xl/sharedStrings.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       f'count="{len(strings)}" uniqueCount="{len(strings)}">'
                       + "".join(f'<si><t xml:space="preserve">{_ooxml_text(s)}</t></si>' for s in strings)
                       + "</sst>")


def csv_text(v):
    if v is None:
        return ""
    if isinstance(v, Pct):
        return f"{round(v * 100)}%"
    if isinstance(v, dt.datetime):
        return v.isoformat(timespec="minutes")
    if isinstance(v, D):
        return v.isoformat()
    if isinstance(v, (int, float)):
        return _odf_number(v)
    return v


def csv_field(text):
    if any(c in text for c in ',"\n\r') or text != text.strip(" "):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_bytes(sheet, encoding="utf-8", bom=b""):
    rows, columns = sheet.extent()
    lines = []
    for r in range(rows):
        fields = [csv_field(csv_text(sheet.cells.get((r, c)))) for c in range(columns)]
        while fields and fields[-1] == "":
            fields.pop()
        lines.append(",".join(fields))
    return bom + ("\r\n".join(lines) + "\r\n").encode(encoding)


def save(book, path, **kw):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".fods":
        write_fods(book, path)
    elif ext == ".ods":
        write_ods(book, path)
    elif ext == ".xlsx":
        write_xlsx(book, path, **kw)
    elif ext == ".csv":
        with open(path, "wb") as f:
            f.write(csv_bytes(book.sheets[0], **kw))
    else:
        raise ValueError(path)


# ---- the corpus -----------------------------------------------------------------

CORPUS = []          # (name, writer(path) or None, entry)


def entry(name, cls, writer, expect="report", diagnostics=(), stderr=(), json_figures=None, forbid=(),
          max_diagnostics=None, times=1, group="main"):
    if name.lower().endswith(".csv"):   # a CSV has no sheet name of its own
        diagnostics = [(s if c == "" else "*", c, code) for s, c, code in diagnostics]
        forbid = [(s if c == "" else "*", c, code) for s, c, code in forbid]
    e = {"class": cls, "expect": expect,
         "diagnostics": [dict(zip(("sheet", "cell", "code"), d)) for d in diagnostics],
         "stderr_contains": list(stderr)}
    if json_figures:
        e["json"] = json_figures
    if forbid:
        e["forbid"] = [dict(zip(("sheet", "cell", "code"), d)) for d in forbid]
    if max_diagnostics is not None:
        e["max_diagnostics"] = max_diagnostics
    if times != 1:
        e["times"] = times
    if group != "main":
        e["group"] = group
    CORPUS.append((name, writer, e))


def book_writer(book, **kw):
    return lambda path: save(book, path, **kw)


def bytes_writer(data):
    def write(path):
        with open(path, "wb") as f:
            f.write(data)
    return write


def fixture(name):
    return lambda path: shutil.copyfile(os.path.join(FIXTURES, name), path)


def truncated(make, suffix):
    """Writes a whole workbook with make(tmp) and keeps its first half."""
    def write(path):
        tmp = path + ".whole" + suffix
        make(tmp)
        with open(tmp, "rb") as f:
            data = f.read()
        os.remove(tmp)
        with open(path, "wb") as f:
            f.write(data[:len(data) // 2])
    return write


BAC = {"portfolio.bac": 1000}
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
       b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND"
       b"\xaeB`\x82")
DAMAGED = "damaged|not a spreadsheet|corrupt"
NO_TASK = "no task could be read from the workbook"


def unreadable_files():
    entry("encrypted-ods-en.ods", "encrypted", fixture("encrypted-en.ods"), "refused", stderr=["password"])
    entry("encrypted-xlsx-en.xlsx", "encrypted", fixture("encrypted-en.xlsx"), "refused", stderr=["password"])

    entry("truncated-ods-en.ods", "truncated", truncated(book_writer(standard_book("en")[0]), ".ods"),
          "refused", stderr=[DAMAGED])
    entry("truncated-xlsx-ja.xlsx", "truncated", truncated(book_writer(standard_book("ja")[0]), ".xlsx"),
          "refused", stderr=[DAMAGED])

    for name in ("empty-ods.ods",):
        entry(name, "zero_bytes", bytes_writer(b""), "refused", stderr=["empty|" + NO_TASK])

    entry("picture-xlsx.xlsx", "not_a_spreadsheet", bytes_writer(PNG), "refused", stderr=["not a spreadsheet"])

    entry("folder.ods", "directory", lambda path: os.mkdir(path), "refused", stderr=["directory|not a file"])
    entry("missing-en.ods", "missing", None, "refused", stderr=["no such file"])
    entry("存在しない.xlsx", "missing", None, "refused", stderr=["no such file"])


def big_files():
    def sheets300(lang, tasks_last):
        def write(path):
            book, _ = standard_book(lang)
            fillers = []
            for i in range(300 - len(book.sheets)):
                s = Sheet(f"Sheet{i + 1}" if lang == "en" else f"シート{i + 1}")
                s.put_row(0, [f"filler {i + 1}", i + 1])
                fillers.append(s)
            book.sheets = fillers + book.sheets if tasks_last else book.sheets + fillers
            save(book, path)
        return write

    entry("sheets300-ja.fods", "many_sheets", sheets300("ja", True), json_figures=BAC)

    def million(path):
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("Status date,2025-03-31\r\n\r\nWBS,Task name,Budget,Planned start,Planned finish,"
                    "% complete,Actual cost\r\n")
            chunk = []
            for i in range(1, 1_000_000 - 3 + 1):
                chunk.append(f"{i},Task {i},1,2025-01-06,2025-01-31,100%,1\r\n")
                if len(chunk) == 50_000:
                    f.write("".join(chunk))
                    chunk = []
            f.write("".join(chunk))
    entry("million-en.csv", "million_rows", million,
          json_figures={"portfolio.bac": 999_997, "projects.0.tasks": 999_997})

    def wide(lang, ext):
        def write(path):
            book, table = standard_book(lang)
            s = Sheet("Wide" if lang == "en" else "横長")
            for c in range(16_384):
                s.put(0, c, c + 1)
                s.put(1, c, f"c{c + 1}")
            book.sheets[0].put(5, 16_383, "far right note" if lang == "en" else "右端のメモ")
            book.sheets.insert(1, s)
            save(book, path)
        return write
    entry("wide-en.xlsx", "wide_16384_columns", wide("en", ".xlsx"), json_figures=BAC)


def stray_cells():
    def a100000(lang):
        book, _ = standard_book(lang)
        book.sheets[0].put(99_999, 0, "stray note" if lang == "en" else "メモ")
        return book
    entry("stray-a100000-en.fods", "stray_cells", book_writer(a100000("en")), json_figures=BAC,
          max_diagnostics=5)
    book, table = standard_book("en")
    book.sheets[0].put(4, 1023, "far right")
    book, table = standard_book("ja", holidays=False)
    book.sheets[0].put(4, 16_383, "右端")
    entry("stray-right-ja.xlsx", "stray_cells", book_writer(book), json_figures=BAC, max_diagnostics=5)


def error_book(lang):
    """Tasks whose budget, % complete, actual cost and dates are error
    results, a risk whose probability and impact are; the expected cell_error
    diagnostics."""
    tasks = base_tasks(lang) + [dict(base_tasks(lang)[0], id=str(i)) for i in (5, 6, 7)]
    sheet, table = task_sheet(lang, tasks)
    # Task 7 (the 7th row) stays clean: the report is about it alone.
    where = [(0, "budget", "div0"), (1, "pct", "na"), (2, "ac", "err502"), (3, "start", "value"),
             (4, "finish", "ref"), (5, "budget", "circular")]
    expected = []
    for i, key, kind in where:
        a1 = table.cell(i, key)
        sheet.put(table.header_row + 1 + i, table.column(key), ERRORS[kind](a1))
        expected.append((sheet.name, a1, "cell_error"))
    risks = risk_sheet(lang, probabilities=(ERRORS["div0"]("C2"), Pct(0.5)), impacts=(400, ERRORS["na"]("D3")))
    expected += [(risks.name, "C2", "cell_error"), (risks.name, "D3", "cell_error")]
    return Book(lang, [sheet, risks, holiday_sheet(lang)]), expected


def error_cells():
    for name, lang in (("errors-fods-en.fods", "en"),):
        book, expected = error_book(lang)
        entry(name, "error_cells", book_writer(book), diagnostics=expected,
              json_figures={"portfolio.bac": base_tasks(lang)[0]["budget"], "projects.0.tasks": 1})
    # Saved by Calc with an error in every task row: no task is left to report
    # on, and the refusal names every error and its cell.
    entry("errors-calc-en.xlsx", "error_cells", fixture("errors-lo.xlsx"), expect="refused",
          stderr=["no task could be read", "Tasks!C4", "#DIV/0!", "#N/A", "#REF!", "Err:522"])


PROBES = ['=HYPERLINK("http://x";"y")', "+cmd|' /C calc'!A0", "@SUM(1;2)"]


def injection_book(lang):
    """Formula-looking text in names and numbers; BAC 200+300+500 = 1000 from the rows that stay."""
    tasks = base_tasks(lang) + [dict(base_tasks(lang)[3], id="5", budget=500)]
    tasks[0].update(name=PROBES[0], budget="=1000*1000")
    tasks[1].update(name=PROBES[1])
    tasks[2].update(name=PROBES[2])
    tasks[3].update(budget="-2+3")
    tasks[4].update(name="=1+1")
    sheet, table = task_sheet(lang, tasks)
    expected = [(sheet.name, table.cell(0, "budget"), "not_a_number"),
                (sheet.name, table.cell(3, "budget"), "not_a_number")]
    return standard_book_with(sheet, lang), expected


def standard_book_with(sheet, lang, holidays=True):
    return Book(lang, [sheet] + ([holiday_sheet(lang)] if holidays else []))


def formula_injection():
    for name, lang, kw in (("inject-csv-en.csv", "en", {}),
                           ("inject-fods-en.fods", "en", {}), ("inject-xlsx-ja.xlsx", "ja", {"shared_strings": False})):
        book, expected = injection_book(lang)
        entry(name, "formula_injection", book_writer(book, **kw), diagnostics=expected,
              json_figures={"portfolio.bac": 1000})


def number_text():
    tasks = base_tasks("en")
    tasks[0]["budget"], tasks[1]["budget"], tasks[2]["budget"] = "1,5", "1.000,50", "1 234,5"
    sheet, table = task_sheet("en", tasks)
    entry("numtext-comma-en.fods", "numbers_as_text", book_writer(standard_book_with(sheet, "en")),
          diagnostics=[(sheet.name, table.letter("budget"), "numbers_typed_as_text")],
          json_figures={"portfolio.bac": 1.5 + 1000.5 + 1234.5 + 400})

    tasks = base_tasks("en")
    tasks[1]["budget"] = "1,500"
    tasks[2]["ac"] = "1.500"
    sheet, table = task_sheet("en", tasks)
    entry("numtext-ambiguous-en.fods", "numbers_as_text", book_writer(standard_book_with(sheet, "en")),
          diagnostics=[(sheet.name, table.cell(1, "budget"), "number_text_ambiguous"),
                       (sheet.name, table.cell(2, "ac"), "number_text_ambiguous")])

    tasks = base_tasks("ja")
    for t, v in zip(tasks, ("1.000,50", "1 234,5", "¥1,000", "１，０００")):
        t["budget"] = v
    sheet, table = task_sheet("ja", tasks)
    entry("numtext-ja.csv", "numbers_as_text", book_writer(Book("ja", [sheet])),
          json_figures={"portfolio.bac": 1000.5 + 1234.5 + 1000 + 1000})


def overflow():
    for name, lang, kw in (("overflow-fods-en.fods", "en", {}),):
        tasks = base_tasks(lang)
        tasks[0]["budget"], tasks[1]["budget"], tasks[2]["ac"] = 1.5e308, 1e300, 1e16
        sheet, table = task_sheet(lang, tasks)
        entry(name, "overflow", book_writer(standard_book_with(sheet, lang, holidays=not name.endswith(".csv")),
                                            **kw),
              diagnostics=[(sheet.name, table.cell(0, "budget"), "value_too_large"),
                           (sheet.name, table.cell(1, "budget"), "value_too_large"),
                           (sheet.name, table.cell(2, "ac"), "value_too_large")])


def date_range():
    for name, lang in (("dates-1950-ja.xlsx", "ja"),):
        tasks = base_tasks(lang)
        tasks[0]["start"] = D(1950, 1, 2)
        tasks[1]["start"] = "1950/01/02"
        sheet, table = task_sheet(lang, tasks)
        # A 1950 date is a date, as a cell and as text alike: both rows count.
        entry(name, "date_range", book_writer(standard_book_with(sheet, lang)),
              diagnostics=[(sheet.name, table.cell(1, "start"), "dates_typed_as_text")], json_figures=BAC,
              forbid=[(sheet.name, table.cell(0, "start"), "date_implausible"),
                      (sheet.name, table.cell(1, "start"), "date_implausible"),
                      (sheet.name, table.cell(0, "start"), "not_a_date"),
                      (sheet.name, table.cell(1, "start"), "date_text_unreadable")])
    for name, lang in (("dates-2199-en.csv", "en"),):
        tasks = base_tasks(lang)
        tasks[0]["finish"] = D(2199, 12, 31)
        tasks[1]["finish"] = "2199/12/31"
        sheet, table = task_sheet(lang, tasks)
        entry(name, "date_range", book_writer(standard_book_with(sheet, lang, holidays=not name.endswith("csv"))),
              json_figures=BAC, forbid=[(sheet.name, table.cell(0, "finish"), "date_implausible"),
                                        (sheet.name, table.cell(1, "finish"), "date_implausible")])


def status_dates():
    for name, lang in (("nostatus-en.fods", "en"),):
        sheet, table = task_sheet(lang, status=None, header_row=0)
        entry(name, "no_status_date", book_writer(standard_book_with(sheet, lang, holidays=False)),
              diagnostics=[("", "", "status_date_fallback_today"), ("", "", "no_holiday_sheet")], json_figures=BAC)

    entry("evm-gantt-ja.xlsx", "gantt_status_date", fixture("ExcelTest.xlsx"),
          diagnostics=[("ガントチャート", "AA1", "status_date_from_gantt")],
          json_figures={"status_date": "2025-01-10", "portfolio.bac": 16},
          forbid=[("", "", "status_date_fallback_today")])
    for name, lang in (("gantt-ja.fods", "ja"),):
        sheet = Sheet("ガントチャート" if lang == "ja" else "Gantt")
        heads = (["#", "LV1", "LV2", "担当", "予定工数", "予定開始日", "予定終了日", "進捗率"] if lang == "ja" else
                 ["#", "LV1", "LV2", "Owner", "Budget", "Planned start", "Planned finish", "% complete"])
        sheet.put_row(1, heads)
        days = [D(2025, 3, 24) + dt.timedelta(days=i) for i in range(14)]
        sheet.put_row(1, days, column=9)
        sheet.put(0, 9 + 7, STATUS)   # the status date above the timeline, no label
        names = TASK_NAMES[lang]
        rows = [[1, "Phase 1" if lang == "en" else "フェーズ1", None, None, None, D(2025, 1, 6), D(2025, 2, 28), None]]
        for i, t in enumerate(base_tasks(lang)):
            rows.append([i + 2, None, names[i], "A", t["budget"], t["start"], t["finish"], t["pct"]])
        for i, r in enumerate(rows):
            sheet.put_row(2 + i, r)
        entry(name, "gantt_status_date", book_writer(Book(lang, [sheet, holiday_sheet(lang)])),
              diagnostics=[(sheet.name, address(0, 16), "status_date_from_gantt")],
              json_figures={"status_date": "2025-03-31", "portfolio.bac": 1000},
              forbid=[("", "", "status_date_fallback_today")])

    for name, lang, iso in (("tasks_20250115.csv", "en", "2025-01-15"), ("タスク_20250301.csv", "ja", "2025-03-01")):
        sheet, table = task_sheet(lang, status=None, header_row=0)
        entry(name, "status_date_from_file_name", book_writer(Book(lang, [sheet])),
              diagnostics=[("", "", "status_date_from_file_name"), ("", "", "no_holiday_sheet")],
              json_figures={"status_date": iso, "portfolio.bac": 1000},
              forbid=[("", "", "status_date_fallback_today")])

    labels = [("label-kijunbi-ja.fods", "ja", "基準日", D(2025, 3, 14)),
              ("label-shinchoku-ja.xlsx", "ja", "進捗基準日", D(2025, 3, 17)),
              ("label-hokoku-ja.fods", "ja", "報告日", D(2025, 3, 18)),
              ("label-shukei-ja.csv", "ja", "集計日", D(2025, 3, 19)),
              ("label-hyoka-ja.ods", "ja", "評価日：", D(2025, 3, 20)),
              ("label-asof-en.xlsx", "en", "As of", D(2025, 3, 21)),
              ("label-datadate-en.fods", "en", "Data date", D(2025, 3, 24)),
              ("label-statusdate-en.csv", "en", "Status date:", D(2025, 3, 25))]
    for name, lang, label, day in labels:
        sheet, table = task_sheet(lang, status=None, header_row=3)
        sheet.put_row(0, ["Weekly status" if lang == "en" else "週次進捗報告"])
        sheet.put_row(1, [None, None, None, label, day])
        entry(name, "status_date_labels", book_writer(standard_book_with(sheet, lang, holidays=not name.endswith("csv"))),
              json_figures={"status_date": day.isoformat(), "portfolio.bac": 1000},
              forbid=[("", "", "status_date_fallback_today")])


def workbook_shapes():
    for name, lang in (("noholiday-ja.xlsx", "ja"),):
        book, table = standard_book(lang, holidays=False)
        entry(name, "no_holiday_sheet", book_writer(book), diagnostics=[("", "", "no_holiday_sheet")],
              json_figures=BAC)

    for name, lang in (("dupcol-ja.xlsx", "ja"),):
        keys = list(KEYS) + ["budget2"]
        tasks = base_tasks(lang)
        for t in tasks:
            t["budget2"] = 9999
        sheet, table = task_sheet(lang, tasks, keys=keys, headers={"budget2": HEADERS[lang]["budget"]})
        entry(name, "duplicate_columns", book_writer(standard_book_with(sheet, lang)),
              diagnostics=[(sheet.name, table.header("budget2"), "duplicate_column")], json_figures=BAC)

    for name, lang in (("wbs-summary-en.fods", "en"),):
        t = base_tasks(lang)
        summary = "Phase" if lang == "en" else "フェーズ"
        tasks = [{"id": "1", "name": summary + " 1", "start": D(2025, 1, 6), "finish": D(2025, 2, 28)},
                 dict(t[0], id="1.1"), dict(t[1], id="1.2"),
                 {"id": "2", "name": summary + " 2", "start": D(2025, 3, 3), "finish": D(2025, 6, 30)},
                 dict(t[2], id="2.1"), dict(t[3], id="2.2")]
        sheet, table = task_sheet(lang, tasks)
        entry(name, "wbs_summary_rows", book_writer(standard_book_with(sheet, lang)), json_figures=BAC)

    for name, lang in (("taskid-en.fods", "en"),):
        tasks = base_tasks(lang) + [dict(base_tasks(lang)[3], id="5", budget=500)]
        tasks[1]["id"] = None
        tasks[3]["id"] = "abc"
        sheet, table = task_sheet(lang, tasks)
        entry(name, "task_ids", book_writer(standard_book_with(sheet, lang, holidays=name.endswith("fods"))),
              diagnostics=[(sheet.name, table.cell(1, "id"), "task_without_id"),
                           (sheet.name, table.cell(3, "id"), "task_id_unusual")])
    entry("InvalidRows_20251216.csv", "task_ids", fixture("InvalidRows_20251216.csv"),
          diagnostics=[("", "", "status_date_from_file_name"), ("*", "A3", "task_without_id"),
                       ("*", "A4", "task_id_unusual")],
          json_figures={"status_date": "2025-12-16"})

    def clash(lang, names, ext):
        book, table = standard_book(lang)
        for n in names:
            s = Sheet(n)
            s.put_row(0, ["my own notes" if lang == "en" else "自分のメモ", 42])
            s.put_row(1, ["do not touch" if lang == "en" else "消さないで"])
            book.sheets.append(s)
        return book
    entry("clash-en.fods", "report_name_clash", book_writer(clash("en", ["PMO Report"], ".fods")),
          json_figures={"report_sheet": "PMO Report (2)", "portfolio.bac": 1000})

    for name, lang, target in (("namedrange-en.fods", "en", "lessons"), ("namedrange-tasks-ja.xlsx", "ja", "tasks")):
        book, table = standard_book(lang)
        book.sheets.append(lessons_sheet(lang))
        book.names["pmocalc_report"] = (SHEET_NAMES[lang][target], "A1")
        entry(name, "user_named_range", book_writer(book), json_figures=BAC)

    book, table = standard_book("en")
    entry("budget.fods", "output_name_collision", book_writer(book), expect="any", group="collide")
    book2, _ = standard_book("en", tasks=[dict(t, budget=t["budget"] * 2) for t in base_tasks("en")])
    entry("budget-report.fods", "output_name_collision", book_writer(book2), group="collide",
          json_figures={"portfolio.bac": 2000})

    book, _ = standard_book("en")
    entry("twice-en.fods", "same_input_twice", book_writer(book), times=2, json_figures=BAC)


def csv_encodings():
    sheet, _ = task_sheet("ja")
    ja = Book("ja", [sheet])
    sheet_en, _ = task_sheet("en")
    en = Book("en", [sheet_en])
    entry("sjis-ja.csv", "csv_encoding", book_writer(ja, encoding="cp932"),
          json_figures={"portfolio.bac": 1000, "language": "ja"})
    entry("utf16-en.csv", "csv_encoding", book_writer(en, encoding="utf-16-le", bom=codecs.BOM_UTF16_LE),
          json_figures=BAC)
    entry("bom-ja.csv", "csv_encoding", book_writer(ja, bom=codecs.BOM_UTF8),
          json_figures={"portfolio.bac": 1000, "language": "ja"})

    def bad_utf8(path):
        data = csv_bytes(sheet_en).replace(b"Design", b"Des\xffign \xc3\x28 \xe2\x82", 1)
        with open(path, "wb") as f:
            f.write(data)
    entry("badutf8-en.csv", "csv_encoding", bad_utf8, json_figures=BAC)


def odd_names():
    sheet, _ = task_sheet("en")
    en = Book("en", [sheet])
    sheet_ja, _ = task_sheet("ja")
    ja = Book("ja", [sheet_ja])
    for name, book in (("tasks with spaces.csv", en), ("予算表.csv", ja), ("it's \"quoted\".fods", en),
                       ("-x.csv", en), ("t" * 196 + ".csv", en), ("plan%20v2.fods", en)):
        entry(name, "odd_file_names", book_writer(book), json_figures=BAC)


def text_oddities():
    for name, lang in (("longtext-ja.xlsx", "ja"),):
        tasks = base_tasks(lang)
        unit = "All work and no play. " if lang == "en" else "長い説明文です。"
        tasks[0]["name"] = (unit * 32_000)[:32_000]
        sheet, _ = task_sheet(lang, tasks)
        entry(name, "long_text", book_writer(standard_book_with(sheet, lang)), json_figures=BAC)

    tasks = base_tasks("en")
    tasks[0]["name"] = "bell\x07 escape\x1b[31m red \x01start\x02 del\x7f"
    tasks[1]["name"] = "vertical\x0btab form\x0cfeed"
    tasks[2]["name"] = "  two\nlines, \u200bzero width \u202eright-to-left\u202c \u2028line sep  "
    sheet, _ = task_sheet("en", tasks)
    entry("ctrl-xlsx-en.xlsx", "control_characters", book_writer(standard_book_with(sheet, "en"), shared_strings=False),
          json_figures=BAC)
    tasks = base_tasks("ja")
    tasks[0]["name"] = "制御\x07文字\x1b[0m\x01"
    tasks[1]["name"] = "タブ\tと改行\n入り"
    sheet, _ = task_sheet("ja", tasks)


def layout_oddities():
    for name, lang in (("merged-ja.xlsx", "ja"),):
        keys = ["id", "name", "note", "budget", "start", "finish", "pct", "ac"]
        sheet, table = task_sheet(lang, keys=keys, header_row=3, headers={"note": None})
        sheet.put(2, 4, "Schedule" if lang == "en" else "日程")
        sheet.merges += [(3, 1, 1, 2), (2, 4, 1, 2)]   # Task name over B:C, "Schedule" over E:F
        entry(name, "merged_header_cells", book_writer(standard_book_with(sheet, lang)), json_figures=BAC)

    book, _ = standard_book("en")
    book.sheets[0].hidden = True
    notes = Sheet("Notes")
    notes.put_row(0, ["Tasks are on a hidden sheet"])
    book.sheets.insert(0, notes)
    book, _ = standard_book("ja")
    book.sheets[0].hidden = "veryHidden"
    book.sheets[1].hidden = "hidden"
    notes = Sheet("メモ")
    notes.put_row(0, ["タスクは非表示シートにあります"])
    book.sheets.insert(0, notes)
    entry("hidden-ja.xlsx", "hidden_sheets", book_writer(book), json_figures=BAC)

    for name, lang, row in (("header30-ja.xlsx", "ja", 29),):
        book, _ = standard_book(lang, header_row=row)
        for r in range(2, row):
            book.sheets[0].put(r, 0, f"notes line {r + 1}" if lang == "en" else f"注記 {r + 1}")
        entry(name, "header_row_far_down", book_writer(book), json_figures=BAC)
    # Below the first 40 rows a header is still found (rows that could be
    # one are tried down to row 1000): a long legend does not hide the table.
    for name, lang, sheet_name in (("header40-ja.fods", "ja", "タスク"),):
        book, _ = standard_book(lang, header_row=39, name=sheet_name, holidays=False)
        entry(name, "header_row_far_down", book_writer(book), json_figures=BAC)
    for name, lang, row in (("header300-en.xlsx", "en", 299),):
        book, _ = standard_book(lang, header_row=row)
        for r in range(2, row, 7):
            book.sheets[0].put(r, 0, f"notes line {r + 1}")
        entry(name, "header_row_far_down", book_writer(book), json_figures=BAC)


def value_checks():
    tasks = base_tasks("en")
    for t, v in zip(tasks, (100, 100, 50, 0)):
        t["pct"] = v
    tasks.append(dict(base_tasks("en")[3], id="5", pct=150))
    sheet, table = task_sheet("en", tasks)
    entry("pct100-en.fods", "percent_over_100", book_writer(standard_book_with(sheet, "en")),
          diagnostics=[(sheet.name, table.cell(4, "pct"), "percent_outside")])

    for name, lang in (("negbudget-ja.xlsx", "ja"),):
        tasks = base_tasks(lang)
        tasks[1]["budget"] = -200
        sheet, table = task_sheet(lang, tasks)
        entry(name, "negative_budget", book_writer(standard_book_with(sheet, lang)),
              diagnostics=[(sheet.name, table.cell(1, "budget"), "budget_negative")])
    for name, lang in (("fbs-ja.csv", "ja"),):
        tasks = base_tasks(lang)
        tasks[2]["finish"] = D(2025, 2, 1)
        sheet, table = task_sheet(lang, tasks)
        entry(name, "finish_before_start",
              book_writer(standard_book_with(sheet, lang, holidays=name.endswith("fods"))),
              diagnostics=[(sheet.name, table.cell(2, "finish"), "finish_before_start")])

    for name, lang in (("textdates-ja.csv", "ja"),):
        tasks = base_tasks(lang)
        tasks[0]["start"] = "2025/1/6"
        tasks[1]["start"] = "2025年2月3日"
        tasks[2]["start"] = "2025-03-03T09:00"
        tasks[3]["start"] = "1/5/2025"
        tasks[0]["finish"] = "2025/01/31"
        sheet, table = task_sheet(lang, tasks)
        readable = [(sheet.name, table.cell(i, "start"), code) for i in range(3)
                    for code in ("date_text_unreadable", "not_a_date")]
        entry(name, "dates_as_text", book_writer(standard_book_with(sheet, lang, holidays=not name.endswith("csv"))),
              diagnostics=[(sheet.name, table.letter("start"), "dates_typed_as_text")], forbid=readable)

    for name, lang in (("bad10k-ja.csv", "ja"),):
        tasks = base_tasks(lang) + [{"id": f"B{i}", "name": "bad", "budget": "abc", "start": "x", "finish": "y"}
                                    for i in range(10_000)]
        sheet, table = task_sheet(lang, tasks)
        entry(name, "ten_thousand_bad_rows",
              book_writer(standard_book_with(sheet, lang, holidays=name.endswith("fods"))),
              diagnostics=[(sheet.name, table.cell(4, "budget"), "not_a_number"),
                           (sheet.name, table.cell(10_003, "budget"), "not_a_number")])

    entry("tasks-ja.xls", "xls", fixture("tasks-ja.xls"), json_figures=BAC)


for section in (unreadable_files, big_files, stray_cells, error_cells, formula_injection, number_text, overflow,
                date_range, status_dates, workbook_shapes, csv_encodings, odd_names, text_oddities,
                layout_oddities, value_checks):
    section()


# ---- command line -----------------------------------------------------------------

def corpus_path(outdir, name, e):
    group = e.get("group", "main")
    return os.path.join(outdir, name) if group == "main" else os.path.join(outdir, group, name)


def write_corpus(outdir, only=None):
    os.makedirs(outdir, exist_ok=True)
    for name, writer, e in CORPUS:
        if only and name not in only:
            continue
        path = corpus_path(outdir, name, e)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if writer is not None:
            writer(path)


def manifest():
    return {name: e for name, _, e in CORPUS}


def _check_unique_outputs():
    """Two inputs of one run with the same stem would write the same JSON."""
    seen = {}
    for name, _, e in CORPUS:
        key = (e.get("group", "main"), os.path.splitext(name)[0])
        assert key not in seen, f"{name} and {seen[key]} would write the same outputs"
        seen[key] = name


_check_unique_outputs()


FIXTURE_SOURCES = {  # fixture name: (the .fods it is made from, how)
    "encrypted-en.ods": (lambda: standard_book("en")[0], "password"),
    "encrypted-en.xlsx": (lambda: standard_book("en")[0], "password"),
    "tasks-ja.xls": (lambda: standard_book("ja")[0], "plain"),
    "errors-lo.xlsx": (lambda: error_book("en")[0], "plain"),
}


def main(argv):
    if len(argv) >= 2 and argv[0] == "--manifest":
        with open(argv[1], "w", encoding="utf-8") as f:
            json.dump(manifest(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        return 0
    if len(argv) >= 2 and argv[0] == "--fods-for-fixtures":
        os.makedirs(argv[1], exist_ok=True)
        for name, (make, how) in FIXTURE_SOURCES.items():
            write_fods(make(), os.path.join(argv[1], name + ".fods"))
        return 0
    if not argv or argv[0].startswith("--"):
        print(__doc__, file=sys.stderr)
        return 2
    only = argv[argv.index("--only") + 1:] if "--only" in argv else None
    write_corpus(argv[0], only)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
