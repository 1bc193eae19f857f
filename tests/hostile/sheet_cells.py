"""Cell values of .ods/.fods/.xlsx workbooks and of .csv files, without LibreOffice.

Every reader returns an ordered dict {sheet name: Grid}. A Grid is sparse:
values[(row, column)] (0-based) holds the non-blank values, formulas the set of
positions that hold a formula. Values are normalised so that the same cell
written by two applications compares equal:
  numbers (float, percentage, currency, xlsx n) -> float
  dates / date-times -> "D:2025-01-06" / "D:2025-01-06T09:00:00"
  booleans -> "B:true"/"B:false", times -> "T:PT09H00M00S"
  error results -> "E:#DIV/0!" (ODF writes error results as their text)
  text -> str (an empty text counts as blank)

tests/e2e/odf_cells.py reads whole rows and folds long runs of repeated rows;
this one keeps exact positions (a value at A100000 stays at row 99999) and
streams, so a million-row sheet fits.
"""
import codecs
import csv
import io
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import OrderedDict

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
T, O, X, C = "{%s}" % TABLE, "{%s}" % OFFICE, "{%s}" % TEXT, "{%s}" % CALCEXT
MAX_ROWS, MAX_COLUMNS = 1_048_576, 16_384


class Grid:
    __slots__ = ("name", "values", "formulas", "hidden")

    def __init__(self, name):
        self.name = name
        self.values = {}
        self.formulas = set()
        self.hidden = False

    def get(self, row, column):
        return self.values.get((row, column))


def address(row, column):
    letters, n = "", column + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row + 1}"


def parse_address(a1):
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    column = 0
    for ch in m.group(1):
        column = column * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, column - 1


# ---- ODF --------------------------------------------------------------------

def _odf_stream(path):
    if path.lower().endswith((".ods", ".ots")):
        z = zipfile.ZipFile(path)
        return z.open("content.xml")
    return open(path, "rb")


def _paragraph_text(p):
    out = []

    def walk(el):
        if el.text:
            out.append(el.text)
        for child in el:
            tag = child.tag
            if tag == X + "s":
                out.append(" " * int(child.get(X + "c", "1")))
            elif tag == X + "tab":
                out.append("\t")
            elif tag == X + "line-break":
                out.append("\n")
            elif tag in (X + "note", "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"):
                pass
            else:
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(p)
    return "".join(out)


def _odf_value(cell):
    kind = cell.get(O + "value-type")
    if kind in ("float", "percentage", "currency"):
        v = cell.get(O + "value")
        return float(v) if v is not None else None
    if kind == "date":
        v = cell.get(O + "date-value", "")
        if v.endswith("T00:00:00"):
            v = v[:10]
        return "D:" + v
    if kind == "time":
        return "T:" + cell.get(O + "time-value", "")
    if kind == "boolean":
        return "B:" + cell.get(O + "boolean-value", "")
    paragraphs = [_paragraph_text(p) for p in cell.findall(X + "p")]
    text = "\n".join(paragraphs)
    if cell.get(C + "value-type") == "error" or (cell.get(T + "formula") and kind == "string"
                                                  and re.fullmatch(r"Err:\d{3}|#[A-Z/0!?]+[!?]?", text or "")):
        return "E:" + text
    if kind == "string":
        v = cell.get(O + "string-value")
        if v is not None:
            return v or None
        return text or None
    if kind is None and text:  # a text cell without a value type (hand-written files)
        return text
    return None


def read_odf(path, fast=None):
    """{sheet name: Grid} of an .ods or .fods file."""
    if fast is None and path.lower().endswith(".ods"):
        with zipfile.ZipFile(path) as z:
            fast = z.getinfo("content.xml").file_size > FAST_ODS_BYTES
    if fast:
        return read_ods_fast(path)
    sheets = OrderedDict()
    stack = []       # element stack, to tell a table's rows from an embedded chart's
    grid = None
    row = 0
    depth_table = None
    with _odf_stream(path) as stream:
        for event, el in ET.iterparse(stream, events=("start", "end")):
            tag = el.tag
            if event == "start":
                stack.append(tag)
                if tag == T + "table" and grid is None and len(stack) >= 2 and stack[-2] == O + "spreadsheet":
                    grid = Grid(el.get(T + "name"))
                    depth_table = len(stack)
                    row = 0
                continue
            stack.pop()
            if grid is None:
                continue
            if tag == T + "table-row" and len(stack) >= depth_table and _inside_own_table(stack, depth_table):
                repeat = int(el.get(T + "number-rows-repeated", "1"))
                cells = []
                column = 0
                for cell in el:
                    if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                        continue
                    n = int(cell.get(T + "number-columns-repeated", "1"))
                    value = _odf_value(cell)
                    formula = cell.get(T + "formula")
                    if value is not None or formula:
                        for k in range(min(n, MAX_COLUMNS - column)):
                            cells.append((column + k, value, formula))
                    column += n
                if cells:
                    for r in range(min(repeat, MAX_ROWS - row)):
                        for column, value, formula in cells:
                            if value is not None:
                                grid.values[(row + r, column)] = value
                            if formula:
                                grid.formulas.add((row + r, column))
                row += repeat
                el.clear()
            elif tag == T + "table" and len(stack) == depth_table - 1:
                sheets[grid.name] = grid
                grid = None
                el.clear()
    return sheets


# A faster path for big .ods files (a million-row CSV's output holds ~1 GB of
# content.xml): rows are matched with regular expressions on the byte stream
# instead of building elements. Used only for a zipped .ods (its charts live in
# parts of their own, so every table:table in content.xml is a sheet) above
# FAST_ODS_BYTES; the tests compare it with read_odf on the smaller outputs.
FAST_ODS_BYTES = 20_000_000
_TOKEN = re.compile(rb'<table:table (?P<t>[^>]*)>|(?P<end></table:table>)|'
                    rb'<table:table-row\b(?P<r>[^>]*?)(?:/>|>(?P<body>.*?)</table:table-row>)', re.S)
_CELL = re.compile(rb'<table:(table-cell|covered-table-cell)\b([^>]*?)(?:/>|>(.*?)</table:\1>)', re.S)
_ATTR = re.compile(rb'([\w:.-]+)="([^"]*)"')
_PARA = re.compile(rb'<text:p\b[^>]*?(?:/>|>(.*?)</text:p>)', re.S)
_ANNOTATION = re.compile(rb'<office:annotation\b.*?</office:annotation>', re.S)
_INLINE = re.compile(rb'<text:s\b[^>]*?(?:text:c="(\d+)")?[^>]*/>|<text:tab\b[^>]*/>|<text:line-break\b[^>]*/>|<[^>]+>')


def _xml_text(raw):
    import html
    def inline(m):
        tag = m.group(0)
        if tag.startswith(b"<text:s"):
            return b" " * int(m.group(1) or b"1")
        if tag.startswith(b"<text:tab"):
            return b"\t"
        if tag.startswith(b"<text:line-break"):
            return b"\n"
        return b""
    return html.unescape(_INLINE.sub(inline, raw).decode("utf-8"))


def _fast_value(attrs, body):
    import html
    kind = attrs.get(b"office:value-type")
    if kind in (b"float", b"percentage", b"currency"):
        v = attrs.get(b"office:value")
        return float(v) if v is not None else None
    if kind == b"date":
        v = attrs.get(b"office:date-value", b"").decode()
        return "D:" + (v[:10] if v.endswith("T00:00:00") else v)
    if kind == b"time":
        return "T:" + attrs.get(b"office:time-value", b"").decode()
    if kind == b"boolean":
        return "B:" + attrs.get(b"office:boolean-value", b"").decode()
    text = ""
    if body:
        body = _ANNOTATION.sub(b"", body)
        text = "\n".join(_xml_text(p or b"") for p in _PARA.findall(body))
    if attrs.get(b"calcext:value-type") == b"error" or (
            b"table:formula" in attrs and kind == b"string"
            and re.fullmatch(r"Err:\d{3}|#[A-Z/0!?]+[!?]?", text or "")):
        return "E:" + text
    if kind == b"string":
        v = attrs.get(b"office:string-value")
        if v is not None:
            return html.unescape(v.decode("utf-8")) or None
        return text or None
    if kind is None and text:
        return text
    return None


def read_ods_fast(path):
    sheets = OrderedDict()
    grid, row = None, 0
    with zipfile.ZipFile(path) as z, z.open("content.xml") as stream:
        buffer = b""
        while True:
            chunk = stream.read(16 << 20)
            buffer += chunk
            consumed = 0
            for m in _TOKEN.finditer(buffer):
                if m.group("t") is not None:
                    name = dict(_ATTR.findall(m.group("t"))).get(b"table:name", b"")
                    grid, row = Grid(_xml_text(name)), 0
                elif m.group("end"):
                    if grid is not None:
                        sheets[grid.name] = grid
                    grid = None
                elif grid is not None:
                    attrs = m.group("r")
                    rm = re.search(rb'table:number-rows-repeated="(\d+)"', attrs)
                    repeat = int(rm.group(1)) if rm else 1
                    cells, column = [], 0
                    for c in _CELL.finditer(m.group("body") or b""):
                        a = dict(_ATTR.findall(c.group(2)))
                        n = int(a.get(b"table:number-columns-repeated", b"1"))
                        value = _fast_value(a, c.group(3))
                        formula = b"table:formula" in a
                        if value is not None or formula:
                            for k in range(min(n, MAX_COLUMNS - column)):
                                cells.append((column + k, value, formula))
                        column += n
                    if cells:
                        for r in range(min(repeat, MAX_ROWS - row)):
                            for column, value, formula in cells:
                                if value is not None:
                                    grid.values[(row + r, column)] = value
                                if formula:
                                    grid.formulas.add((row + r, column))
                    row += repeat
                consumed = m.end()
            buffer = buffer[consumed:]
            if not chunk:
                break
    return sheets


def _inside_own_table(stack, depth_table):
    # Rows of the sheet itself sit under table:table (maybe in row groups /
    # header rows), never under an office:chart or draw element.
    for tag in stack[depth_table:]:
        if not tag.startswith(T):
            return False
    return True


def odf_named_ranges(path):
    names = {}
    with _odf_stream(path) as stream:
        for _, el in ET.iterparse(stream):
            if el.tag in (T + "named-range", T + "named-expression"):
                names[el.get(T + "name")] = (el.get(T + "cell-range-address") or el.get(T + "expression")
                                             or el.get(T + "base-cell-address"))
    return names


# ---- XLSX -------------------------------------------------------------------

S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def _unescape_ooxml(text):
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), text)


def _string_item(el):
    return _unescape_ooxml("".join(t.text or "" for t in el.iter(S + "t")))


def _xlsx_number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def xlsx_workbook(path):
    """[(sheet name, part name, state)] and {defined name: text}."""
    with zipfile.ZipFile(path) as z:
        wb = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iter(PR + "Relationship")}
    sheets = []
    for s in wb.iter(S + "sheet"):
        target = targets[s.get(R + "id")]
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        sheets.append((s.get("name"), part, s.get("state", "visible")))
    names = {d.get("name"): (d.text or "") for d in wb.iter(S + "definedName")}
    return sheets, names


def read_xlsx(path):
    sheets_info, _ = xlsx_workbook(path)
    out = OrderedDict()
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for _, el in ET.iterparse(z.open("xl/sharedStrings.xml")):
                if el.tag == S + "si":
                    shared.append(_string_item(el))
                    el.clear()
        for name, part, state in sheets_info:
            grid = Grid(name)
            grid.hidden = state != "visible"
            next_row = 0
            for _, el in ET.iterparse(z.open(part)):
                if el.tag != S + "row":
                    continue
                r = int(el.get("r", next_row + 1)) - 1
                next_row = r + 1
                next_col = 0
                for c in el.findall(S + "c"):
                    ref = c.get("r")
                    column = parse_address(ref)[1] if ref else next_col
                    next_col = column + 1
                    t = c.get("t", "n")
                    v = c.find(S + "v")
                    f = c.find(S + "f")
                    vt = v.text if v is not None else None
                    if t == "s":
                        value = shared[int(vt)] if vt is not None else None
                    elif t == "inlineStr":
                        is_ = c.find(S + "is")
                        value = _string_item(is_) if is_ is not None else None
                    elif t == "str":
                        value = _unescape_ooxml(vt) if vt is not None else None
                    elif t == "b":
                        value = "B:" + ("true" if vt == "1" else "false") if vt is not None else None
                    elif t == "e":
                        value = "E:" + vt if vt is not None else None
                    else:
                        value = _xlsx_number(vt) if vt is not None else None
                    if value == "":
                        value = None
                    if value is not None:
                        grid.values[(r, column)] = value
                    if f is not None and (f.text or f.get("t") == "shared"):
                        grid.formulas.add((r, column))
                el.clear()
            out[name] = grid
    return out


# ---- CSV --------------------------------------------------------------------

def decode_csv(data):
    """The text of a CSV file and the encoding it was read with: a BOM decides,
    else UTF-8, else CP932; undecodable bytes become U+FFFD."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few bad bytes stays UTF-8; a file that is mostly not UTF-8 may be CP932.
    text = data.decode("utf-8", "replace")
    if text.count("\ufffd") <= max(3, len(data) // 1000):
        return text, "utf-8-replace"
    try:
        return data.decode("cp932"), "cp932"
    except UnicodeDecodeError:
        return text, "utf-8-replace"


def read_csv(path):
    with open(path, "rb") as f:
        text, _ = decode_csv(f.read())
    grid = Grid("csv")
    for r, fields in enumerate(csv.reader(io.StringIO(text, newline=""))):
        for c, field in enumerate(fields):
            if field != "":
                grid.values[(r, c)] = field
    return grid


def read_any(path):
    lower = path.lower()
    if lower.endswith((".ods", ".fods", ".ots")):
        return read_odf(path)
    if lower.endswith((".xlsx", ".xlsm")):
        return read_xlsx(path)
    raise ValueError("no reader for " + path)
