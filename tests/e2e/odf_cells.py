"""Reads the cell values of ODF spreadsheets (.fods, .ods) without LibreOffice,
so end-to-end tests can check what pmocalc-report wrote independently of it."""
import re
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]


def _content(path):
    if path.endswith(".ods") or path.endswith(".ots"):
        with zipfile.ZipFile(path) as z:
            return z.read("content.xml")
    with open(path, "rb") as f:
        return f.read()


def _text(cell):
    parts = []
    for p in cell.findall("text:p", NS):
        parts.append("".join(p.itertext()))
    return "\n".join(parts)


def _value(cell):
    kind = cell.get(O + "value-type")
    if kind in ("float", "percentage", "currency"):
        return float(cell.get(O + "value"))
    if kind == "date":
        return cell.get(O + "date-value")[:10]
    if kind == "boolean":
        return cell.get(O + "boolean-value")
    if kind == "string":
        return _text(cell)
    return None


def _rows(element):
    """The table's own rows, in row groups too, but not those of embedded charts."""
    for child in element:
        if child.tag == T + "table-row":
            yield child
        elif child.tag.startswith(T):
            yield from _rows(child)


class Table:
    def __init__(self, element):
        self.element = element
        self.name = element.get(T + "name")
        self.rows = []
        self.formulas = []  # (row, column, formula)
        self.charts = len(element.findall(".//draw:object", NS))
        for row_el in _rows(element):
            row_repeat = min(int(row_el.get(T + "number-rows-repeated", "1")), 2)
            cells = []
            for cell in row_el:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                repeat = int(cell.get(T + "number-columns-repeated", "1"))
                value = _value(cell)
                if cell.get(T + "formula"):
                    self.formulas.append((len(self.rows), len(cells), cell.get(T + "formula")))
                cells.extend([value] * min(repeat, 256 if value is None else repeat))
            while cells and cells[-1] is None:
                cells.pop()
            for _ in range(row_repeat):
                self.rows.append(list(cells))
        while self.rows and not self.rows[-1]:
            self.rows.pop()

    def cell(self, row, column):
        if row < len(self.rows) and column < len(self.rows[row]):
            return self.rows[row][column]
        return None


def read_tables(path):
    root = ET.fromstring(_content(path))
    spreadsheet = root.find("office:body/office:spreadsheet", NS)
    return {t.name: t for t in (Table(e) for e in spreadsheet.findall("table:table", NS))}


def named_expressions(path):
    root = ET.fromstring(_content(path))
    return {e.get(T + "name"): e.get(T + "cell-range-address") or e.get(T + "base-cell-address")
            for e in root.iter(T + "named-range")}


def sheet_names_in_xlsx(path):
    with zipfile.ZipFile(path) as z:
        workbook = z.read("xl/workbook.xml").decode("utf-8")
    return re.findall(r'<sheet [^>]*name="([^"]+)"', workbook)


def view_settings(path, sheet):
    """The saved view settings of one sheet (VerticalSplitMode, …) and the active sheet's name."""
    root = ET.fromstring(_content(path))
    config = "{urn:oasis:names:tc:opendocument:xmlns:config:1.0}"
    settings, active = {}, None
    for item in root.iter(config + "config-item"):
        if item.get(config + "name") == "ActiveTable":
            active = item.text
    for entry in root.iter(config + "config-item-map-entry"):
        if entry.get(config + "name") == sheet:
            for item in entry.findall(config + "config-item"):
                settings[item.get(config + "name")] = item.text
    return settings, active
