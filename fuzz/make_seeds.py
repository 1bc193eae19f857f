#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) and the
word list the targets pick texts from (fuzz/words.hpp).

  fuzz/make_seeds.py           # both
  fuzz/make_seeds.py --words   # only fuzz/words.hpp

Seeds come from the real workbooks (tests/real-workbooks: evmtools-node's CSV
and xlsx fixtures), the samples and templates (examples/, templates/), the
broken workbook of the end-to-end tests, the golden workbooks, and the string
literals and worked examples of the unit tests (tests/core). Each seed is
small (a workbook seed holds at most 3 sheets of 24 rows × 20 columns, as the
target reads them). The byte layouts are those of fuzz/fuzz_input.hpp and of
each target's comment."""
import csv
import glob
import hashlib
import io
import os
import re
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "e2e"))
from odf_cells import read_tables  # noqa: E402

MAX_ROWS, MAX_COLUMNS = 24, 20
EPOCH_ORDINAL = 693594  # date(1899, 12, 30).toordinal()

# ---- words -------------------------------------------------------------------

EXTRA_WORDS = [
    # the PMO History sheet's title, header row and levels (status_history.cpp, message_table.hpp)
    "PMO History", "PMO履歴", "Status date", "Level", "Project ID", "Task ID", "Name", "BAC", "PV", "EV", "AC",
    "% complete", "Baseline finish", "Forecast finish", "SPI", "CPI", "SPI(t)", "EAC", "RAG", "Recorded at",
    "基準日", "区分", "プロジェクトID", "タスクID", "名称", "進捗率", "基準終了日", "終了見込日", "記録日時",
    "Portfolio", "Project", "Task", "ポートフォリオ", "プロジェクト", "タスク", "GREEN", "AMBER", "RED",
    # status words, units and markers the reader knows (workbook_reader.cpp, risk.cpp, evm.cpp)
    "accepted", "approved", "canceled", "cancelled", "close", "closed", "complete", "completed", "done",
    "in review", "open", "pending", "rejected", "resolved", "submitted", "under review", "withdrawn",
    "yes", "no", "true", "false", "x", "◆", "○", "●", "いいえ", "はい", "なし", "クローズ", "中止", "保留",
    "却下", "取り下げ", "取下げ", "否認", "完了", "実施", "審査中", "対応済", "対応済み", "承認", "承認済",
    "承認済み", "未対応", "未承認", "検討中", "済", "済み", "申請中", "終了", "解決", "解消", "起票",
    "(amounts in thousand yen)", "amounts in thousand yen", "(k¥)", "k¥", "man-days", "million yen",
    "person-days", "thousand yen", "yen", "単位", "（金額単位：千円）", "人日", "千円",
    "threat", "opportunity", "Threat", "Opportunity", "好機", "機会", "脅威",
    "cpi", "atypical", "composite", "weeks", "working_days", "週", "稼働日",
    # test results and count qualifiers (the Tests sheet), defect sheets' names
    "pass", "fail", "ok", "ng", "合格", "不合格", "×", "未実施", "blocked", "Tests", "Defects", "テスト", "不具合",
    "Planned (cumulative)", "予定件数（累計）", "実施件数（日次）", "Executed (daily)", "規模（KLOC）", "KLOC",
    # headers as people type them
    "Task", "Budget", "Start", "Finish", "% complete", "Budget (k¥)", "予算（千円）", "予算(人日)",
    "開始日（実績）", "開始日（予定）", "ＴＡＳＫ", "Ｂｕｄｇｅｔ", "　タスク名　", "LV1", "LV2", "LV9",
    "Level 3", "レベル1", "階層2", "ガントチャート", "PMO Report", "PMOレポート", "PMO Report (2)",
    # status-date cells
    "Status date", "Status date:", "As of", "As of 2025-10-31", "基準日：2025/10/31", "基準日: 2025-06-30",
    "Data date = 2025/6/30", "報告日 2025年6月30日",
    # numbers and dates as text
    "1,500", "1.500", "1,5", "1.000,50", "1 234,5", "1'234.5", "¥1,000", "￥１，０００", "６０％", "50%",
    "0.5", "100", "1e308", "-1e308", "1.5e-300", "-0", "12,345,678", "1.2.3", "=1000*1000", "=SUM(A1:A3)",
    "+1", "−5", "€3,5", "$1,234.56", "1000円", "NaN", "inf", "-inf",
    "2025-01-06", "2025/1/6", "2025.01.06", "2025年1月6日", "6/13/2025", "13/6/2025", "2025-02-30",
    "2025-02-29", "2024-02-29", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01",
    "2025-06-30T10:00", "2025-06-30 10:00:00", "２０２５／０６／３０",
    # ids and names
    "P01", "P02", "P1", "T1", "1.1", "1.2", "R1", "I1", "CR1", "Ann", "Bob", "Design", "Build", "Go-live",
    "", " ", "　", "\t", "a\nb", "\xa0",
]


def glossary_words():
    """Every quoted word of header_glossary.cpp (headers, sheet-name words, status-date labels)."""
    words = []
    with open(os.path.join(ROOT, "src", "core", "reading", "header_glossary.cpp"), encoding="utf-8") as f:
        for line in f:
            if "'" in line or line.lstrip().startswith(("#", "//")):
                continue
            words += re.findall(r'"([^"\\]+)"', line)
    return words


def c_string(s):
    out = ""
    for ch in s:
        if ch == '"' or ch == "\\":
            out += "\\" + ch
        elif ch == "\n":
            out += "\\n"
        elif ch == "\t":
            out += "\\t"
        elif ord(ch) < 0x20 or ord(ch) == 0xA0:
            out += "\\x%02x" % ord(ch) if ord(ch) < 0x80 else ch
        else:
            out += ch
    return '"' + out + '"'


def write_words():
    seen, items = set(), []
    for w in glossary_words() + EXTRA_WORDS:
        if w not in seen:
            seen.add(w)
            items.append(c_string(w))
    lines = ["// Words the reader, the glossary and the typed-text parsers know, for the",
             "// fuzz targets to pick cell texts from (so a few bytes reach deep). Written",
             "// by fuzz/make_seeds.py --words from src/core/reading/header_glossary.cpp and a list",
             "// of status words, units, numbers and dates as text; do not edit by hand.",
             "#pragma once", "", "#include <string_view>", "", "namespace pmocalc::fuzz {", "",
             "inline constexpr std::string_view words[] = {"]
    line = "   "
    for item in items:
        if len(line) + len(item) + 2 > 110:
            lines.append(line)
            line = "   "
        line += " " + item + ","
    lines += [line, "};", "", "}  // namespace pmocalc::fuzz", ""]
    with open(os.path.join(HERE, "words.hpp"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return len(items)


# ---- encoders (fuzz_input.hpp) --------------------------------------------------

def raw_number(x):
    return b"\x01" + b"\x00" + struct.pack("<d", x)  # cell tag 1 (number), number() tag 0 (raw)


def raw_text(s):
    data = s.encode("utf-8") if isinstance(s, str) else s
    while len(data) > 63:  # at most 63 bytes, cut on a character boundary
        data = data[:-1]
        while data and (data[-1] & 0xC0) == 0x80:
            data = data[:-1]
        if data and data[-1] >= 0xC0:
            data = data[:-1]
    return b"\x01" + bytes([len(data)]) + data  # text() tag 1 (raw bytes)


def cell(value):
    if value is None or value == "":
        return b"\x00"
    if isinstance(value, float) or isinstance(value, int):
        return raw_number(float(value))
    if isinstance(value, tuple) and value[0] == "error":
        return b"\x04" + b"\x00" + struct.pack("<H", value[1])  # error(): flag 0, then the code
    text = str(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # a date cell (odf_cells gives dates as ISO text)
        import datetime
        y, m, d = map(int, text.split("-"))
        return raw_number(float(datetime.date(y, m, d).toordinal() - EPOCH_ORDINAL))
    return b"\x02" + raw_text(text)


def workbook_seed(sheets, flags=0):
    """sheets: [(name, rows)], at most 3 used; flags: the request flags byte."""
    sheets = sheets[:3]
    out = bytes([len(sheets) - 1, 0, flags])
    if flags & 1:
        out += struct.pack("<I", 45838)  # status date (FuzzInput::day reads 4 bytes)
    out += struct.pack("<H", 45838 - 36526)  # today
    for name, rows in sheets:
        rows = [list(r[:MAX_COLUMNS]) for r in rows[:MAX_ROWS]] or [[]]
        columns = max(1, max(len(r) for r in rows))
        out += raw_text(name) + bytes([len(rows) - 1, columns - 1])
        for r in rows:
            for c in range(columns):
                out += cell(r[c] if c < len(r) else None)
    return out


# ---- workbooks ---------------------------------------------------------------------

def ods_sheets(path):
    return [(name, table.rows) for name, table in read_tables(path).items()]


def csv_sheets(path):
    raw = open(path, "rb").read()
    for encoding in ("utf-8-sig", "cp932", "latin-1"):  # exports in Shift_JIS too
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    rows = list(csv.reader(io.StringIO(text, newline="")))
    converted = []
    for r in rows:
        row = []
        for v in r:
            try:
                row.append(float(v))
            except ValueError:
                row.append(v)
        converted.append(row)
    return [(os.path.splitext(os.path.basename(path))[0], converted)]


def xlsx_sheets(path):
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])))
        rels = {r.get("Id"): r.get("Target") for r in ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        sheets = []
        for sheet in ET.fromstring(z.read("xl/workbook.xml")).find("m:sheets", ns):
            target = rels[sheet.get(rel)].lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            grid = {}
            for c in ET.fromstring(z.read(target)).iter("{%s}c" % ns["m"]):
                ref = re.match(r"([A-Z]+)(\d+)", c.get("r"))
                column = 0
                for ch in ref.group(1):
                    column = column * 26 + ord(ch) - 64
                v = c.find("m:v", ns)
                kind = c.get("t")
                if kind == "inlineStr":
                    value = "".join(t.text or "" for t in c.iter("{%s}t" % ns["m"]))
                elif v is None or v.text is None:
                    continue
                elif kind == "s":
                    value = shared[int(v.text)]
                elif kind in ("str", "b"):
                    value = v.text
                elif kind == "e":
                    value = ("error", 0x7FFF)
                else:
                    value = float(v.text)
                grid[(int(ref.group(2)) - 1, column - 1)] = value
            rows = []
            if grid:
                for r in range(max(k[0] for k in grid) + 1):
                    rows.append([grid.get((r, c)) for c in range(max(k[1] for k in grid) + 1)])
            sheets.append((sheet.get("name"), rows))
    return sheets


def workbook_files():
    files = sorted(glob.glob(os.path.join(ROOT, "tests", "real-workbooks", "*", "*.*")))
    files += sorted(glob.glob(os.path.join(ROOT, "examples", "portfolio-sample-*.fods")))
    files += sorted(glob.glob(os.path.join(ROOT, "templates", "*.fods")))
    files += [os.path.join(ROOT, "tests", "e2e", "broken-en.fods")]
    files += sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.fods")))
    return files


def read_workbook(path):
    if path.endswith((".fods", ".ods")):
        return ods_sheets(path)
    if path.endswith(".csv"):
        return csv_sheets(path)
    if path.endswith((".xlsx", ".xlsm")):
        return xlsx_sheets(path)
    return None


def workbook_seeds():
    seeds = []
    for path in workbook_files():
        try:
            sheets = read_workbook(path)
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, ET.ParseError):
            continue
        if not sheets:
            continue
        sheets = [(name, rows) for name, rows in sheets if rows]
        by_name = {name: rows for name, rows in sheets}
        tasks = [s for s in sheets if re.search(r"task|タスク|wbs|ガント|gantt", s[0], re.I)] or sheets[:1]
        seeds.append(workbook_seed(sheets[:3]))
        seeds.append(workbook_seed(tasks[:1], flags=1 | 8))          # the task sheet alone, a chosen date
        for name, rows in sheets[3:]:
            seeds.append(workbook_seed([tasks[0], (name, rows)], flags=2 | 4))
        del by_name
    return seeds


TABLE_ROWS, TABLE_COLUMNS = 48, 24


def table_seed(name, rows, entries=()):
    """fuzz_tables: flags, [map entries], the sheet's name, its size, cells each
    after a tag byte of 0 (FuzzInput::cell). Map entries are raw lines."""
    rows = [list(r[:TABLE_COLUMNS]) for r in rows[:TABLE_ROWS]] or [[]]
    columns = max(1, max(len(r) for r in rows))
    out = bytes([1 if entries else 0])
    if entries:
        out += bytes([len(entries)])
    out += raw_text(name)
    for line in entries:
        data = line.encode("utf-8")[:31]
        out += bytes([7, len(data)]) + data  # map_entry: 7 = raw bytes, then their count
    out += bytes([len(rows) - 1, columns - 1])
    for r in rows:
        for c in range(columns):
            out += b"\x00" + cell(r[c] if c < len(r) else None)
    return out


def table_seeds():
    seeds = []
    for path in workbook_files():
        try:
            sheets = read_workbook(path)
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, ET.ParseError):
            continue
        for name, rows in sheets or []:
            if rows:
                seeds.append(table_seed(name, rows))
    # The column map at work: a header of unknown words made a table, a column left out.
    plan = [["Activity", "Kickoff", "Wrap-up", "Done"], ["Design", "2025-01-06", "2025-01-17", 0.5],
            ["Build", "2025-01-20", "2025-02-14", 0.0]]
    seeds.append(table_seed("Plan", plan, ["Plan = tasks", "Plan!A = task_name", "Plan!B = planned_start",
                                           "Plan!C = planned_finish", "Plan!D = percent_complete"]))
    seeds.append(table_seed("Plan", plan, ["Plan!1 = header", "Plan!D = -"]))
    return seeds


def value_word_seeds():
    words = ["Rare", "Unlikely", "Possible", "Likely", "Almost Certain", "Very Low", "Very High", "低", "中", "高",
             "大", "小", "75% to 100%", "50-75%", "0〜20%", "< 10%", "In Progress", "Monitoring", "対策中", "対応中",
             "保留", "完了", "Closed", "Cancelled", "-", "N/A", "未定", "TBD", "→", "2 days", "3-5 days", "1日",
             "0.5人日", "16h", "2w", "1 mon", "5 days?", "3 edays", "Approved", "Pending", "却下",
             "Must Start On", "開始日以降", "Pass", "Fail", "○", "×", "済", "候補", "対象外",
             "6/13/25", "6/13/2025", "1/6/2025", "Jan 5, 2025", "5-Jan-25", "2025/01/06(月)", "Mon 1/6/25",
             "2025年1月6日", "13.06.2025"]
    return [w.encode("utf-8") for w in words]


# ---- texts and binary seeds of the other targets ---------------------------------------

def test_literals(*names):
    """The string literals of some unit tests (C++ escapes \\x.. and \\n understood)."""
    out = []
    for name in names:
        with open(os.path.join(ROOT, "tests", "core", name), encoding="utf-8") as f:
            source = f.read()
        for literal in re.findall(r'"((?:[^"\\\n]|\\.)*)"', source):
            if "#include" in literal or literal.endswith(".hpp"):
                continue
            data = re.sub(rb"\\x([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                          literal.encode("utf-8"))
            data = data.replace(b"\\n", b"\n").replace(b"\\t", b"\t").replace(b'\\"', b'"')
            if data and len(data) < 200:
                out.append(data)
    return out


def real_csv_bytes():
    return [open(p, "rb").read()[:2000] for p in glob.glob(os.path.join(ROOT, "tests", "real-workbooks", "*", "*.csv"))]


def num(x):
    return b"\x00" + struct.pack("<d", x)  # number() tag 0: raw


def u32(x):
    return struct.pack("<I", x)


def range_of(values, columns=1):
    """FuzzInput::range with max 8 × 3: rows-1, columns-1, not ragged, then cells."""
    rows = max(1, (len(values) + columns - 1) // columns)
    return bytes([rows - 1, columns - 1, 1]) + b"".join(cell(v) for v in values)


def sheet_function_seeds():
    p6 = [100.0 * i for i in range(1, 9)]
    mon, fri = 45663.0, 45666.0  # 2025-01-06 … 2025-01-09 (MS Project's 4-day task)
    seeds = []
    # which, frame, then the two flags of each range (0, 0: up to 8 × 3) before it
    def call(which, *ranges):
        out = bytes([which, 0])
        for r in ranges:
            out += b"\x00\x00" + r
        return out
    seeds.append(call(0, range_of([300.0]), range_of([500.0])))                       # SV, P6
    seeds.append(call(2, range_of([60.0]), range_of([50.0])))                         # SPI 1.2, MS Project
    seeds.append(call(7, range_of([200.0]), range_of([125.0]), range_of([150.0])))    # TCPI 1.5
    seeds.append(call(8, range_of([100.0]), range_of([mon]), range_of([fri]), range_of([45664.0])))  # PV 50
    seeds.append(call(9, range_of([100.0, 200.0]), range_of([0.5, None])))
    seeds.append(call(10, range_of([45666.0]), range_of([45670.0])))
    seeds.append(call(11, range_of(p6), range_of([300.0])))                           # ES 3
    seeds.append(call(13, range_of(p6), range_of([300.0]), range_of([5.0])))          # SPI(t) 0.6
    seeds.append(call(16, range_of([0.5, 0.2]), range_of([1000.0, 500.0]), range_of(["脅威", "Opportunity"])))
    seeds.append(call(17, range_of([0.9]), range_of([1.0])))
    seeds.append(call(18, range_of([45600.0, 45610.0]), range_of([None, 45620.0]), range_of([45630.0])))
    return seeds


def calendar_seeds():
    seeds = []
    # i64 day, u32 day, weekend (tag 2: a bit mask), holidays, a, b flag, b, n, then tasks
    golden_week = [45776, 45780, 45781, 45782, 45783]
    body = struct.pack("<q", 45663) + u32(45663 + 998) + b"\x02" + bytes([0b1100000]) + bytes([len(golden_week)])
    body += b"".join(u32(d + 998) for d in golden_week)
    body += u32(45770 + 998) + b"\x00" + u32(45790 + 998) + u32(7 + 10)
    body += bytes([2]) + u32(45663 - 2) + num(100.0) + struct.pack("<H", 0) + b"\x01\x03"
    body += num(200.0) + struct.pack("<H", 10) + b"\x00" + struct.pack("<H", 30) + u32(45680 + 998)
    seeds.append(body)
    seeds.append(struct.pack("<q", -(2 ** 63)) + u32(0) + b"\x02" + bytes([0b0111111]) + b"\x00")
    return seeds


def earned_schedule_seeds():
    p6 = b"".join(num(100.0 * i) for i in range(1, 11))
    return [bytes([10, 0]) + p6 + b"\x00" + num(300.0) + b"\x00" + num(5.0),
            bytes([5, 0]) + num(100) + num(300) + num(600) + num(600) + num(600) + b"\x00" + num(700.0)]


def message_seeds():
    seeds = []
    for value in (0.955, 49378.6, 1.5e308, -0.0, 1e-7, 123456789.126):
        seeds.append(struct.pack("<d", value) + b"\x02\x01" + struct.pack("<H", 40) + b"\x03"
                     + b"\x00\x01\x05Sheet" + b"\x02\x01" + struct.pack("<H", 45663 + 998) + b"\x00\x00")
    return seeds


# ---- writing ---------------------------------------------------------------------------------

def write_corpus(target, seeds):
    # Seeds are added beside what is there (inputs merged in from fuzzing runs
    # stay); a file's name is its hash, so writing again changes nothing.
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    for data in seeds:
        name = hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    return len(set(seeds))


def main():
    print("words.hpp: %d words" % write_words())
    if "--words" in sys.argv:
        return
    texts = test_literals("text_test.cpp", "workbook_reader_test.cpp")
    texts += [w.encode("utf-8") for w in glossary_words() + EXTRA_WORDS if w]
    typed = test_literals("typed_text_test.cpp", "csv_format_test.cpp", "portfolio_analysis_test.cpp")
    typed += real_csv_bytes() + [b"2025-06-30\t0.95\t0.85", b"\t0,95\t0,85", b"\xFE\xFF", b"Report_20251216"]
    counts = {
        "fuzz_workbook": write_corpus("fuzz_workbook", workbook_seeds()),
        "fuzz_tables": write_corpus("fuzz_tables", table_seeds()),
        "fuzz_value_words": write_corpus("fuzz_value_words", value_word_seeds()),
        "fuzz_headers": write_corpus("fuzz_headers", texts),
        "fuzz_typed_text": write_corpus("fuzz_typed_text", typed),
        "fuzz_messages": write_corpus("fuzz_messages", message_seeds()),
        "fuzz_calendar": write_corpus("fuzz_calendar", calendar_seeds()),
        "fuzz_earned_schedule": write_corpus("fuzz_earned_schedule", earned_schedule_seeds()),
        "fuzz_sheet_functions": write_corpus("fuzz_sheet_functions", sheet_function_seeds()),
    }
    for target, count in counts.items():
        print("%s: %d seeds" % (target, count))


if __name__ == "__main__":
    main()
