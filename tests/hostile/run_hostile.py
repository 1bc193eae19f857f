#!/usr/bin/env python3
"""Puts every workbook of the hostile corpus through pmocalc-report and checks
the invariants that must hold whatever the input.

usage: run_hostile.py BUILD_DIR [--only NAME...] [--keep]

  --only NAME...   only these corpus files (names as in manifest.json)
  --keep           keep the corpus and the outputs (the directory is printed)

For every input (see manifest.json, written by make_corpus.py --manifest):
  crash      the command's exit status is 0 or 1, stderr never mentions a
             signal, "abnormally", the URP bridge or a core dump, and the input
             has its JSON (expect "report") or a stderr line starting with its
             file name (expect "refused");
  input      the input's sha256 is the same after the run, and no file
             appeared next to the inputs (a .~lock.*# file, say);
  user sheet in the output workbook every sheet but pmocalc's own (the report
             sheet, and the PMO History sheet the JSON names as recorded) has
             the name and the cell values it had in the input, none is missing;
  formula    the report sheet holds no formula; a CSV's output none at all;
             a text that looked like a formula (=, +, -, @ first) is still
             that text, not a formula and not its result;
  location   every JSON diagnostic has a code, a message and (unless
             workbook-level) a sheet; a refusal names the file and shows no
             internal trace; "No problems found" (report cell A3) only when the
             JSON lists no error or warning;
  manifest   the manifest's expectation: report/refused, the diagnostics that
             must appear (sheet, cell, code), those that must not ("forbid"),
             at most "max_diagnostics", words of the refusal, JSON figures.

Manifest conventions: "sheet": "*" matches any sheet; "cell": "" is a
workbook-level diagnostic, a column letter alone ("C") any cell of that
column; "code": "a|b" either code, "*" (in "forbid") any code; each
"stderr_contains" entry is one or more alternatives separated by "|";
"expect": "any" accepts a report or a refusal; "times": 2 passes the input
twice; "group" puts an input in its own run whose --out is the inputs' own
folder (an output there must never overwrite an input).

Exits 1 when any count is non-zero. Standard library only.
"""
import argparse
import concurrent.futures
import hashlib
import json
import math
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402
from sheet_cells import address, parse_address, read_any, read_csv, read_xlsx  # noqa: E402

# The hang detectors: each input's office is stopped by pmocalc-report's own
# watchdog after TIMEOUT_INPUT (so a hang fails that input, not the run), and
# all pmocalc-report calls (they run side by side) by this script after
# TIMEOUT_RUN. Generous: on a loaded 2-core CI machine the 62 inputs of the
# main run take 500-550 s (about 250 s on a quiet one).
TIMEOUT_INPUT = 400
TIMEOUT_RUN = 1200
HEAVY_CLASSES = {"million_rows", "many_sheets", "wide_16384_columns", "stray_cells", "ten_thousand_bad_rows",
                 "long_text"}
OWN_FOLDER_GROUPS = {"collide"}
CRASH_WORDS = re.compile(r"\bsignal\b|abnormally|Binary URP bridge|core dump|Segmentation fault|"
                         r"terminate called|異常終了", re.I)
INTERNAL_TRACE = re.compile(r"\.cxx:\d+|\b0x[0-9a-fA-F]{3,}\b|sfx|uno::|RuntimeException|IOException")
WORKBOOK_LEVEL = {"no_task_sheet", "no_task_read", "status_date_fallback_today", "no_holiday_sheet",
                  "status_date_from_file_name", "csv_invalid_bytes"}
NO_PROBLEMS = ("No problems found in the workbook", "ブックに問題は見つかりませんでした")
OUTPUT_EXTENSION = {".csv": ".ods", ".ods": ".ods", ".fods": ".fods", ".xlsx": ".xlsx", ".xls": ".xls"}
CATEGORIES = ("crash", "input", "user sheet", "formula", "location", "manifest")


# ---- small helpers ----------------------------------------------------------------

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def snapshot(root):
    """{relative path: sha256 or 'dir'} of everything under root."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for d in dirs:
            out[os.path.relpath(os.path.join(folder, d), root)] = "dir"
        for f in files:
            path = os.path.join(folder, f)
            out[os.path.relpath(path, root)] = sha256(path)
    return out


def same_number(a, b):
    return a == b or abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value):
    """What ODF can hold of a value: XML 1.0 has no place for most control
    characters, so an .ods/.fods output cannot keep them (an .xlsx can)."""
    return XML_ILLEGAL.sub("", value) if isinstance(value, str) else value


def looks_like_formula(text):
    if not isinstance(text, str) or not text or text[0] not in "=+-@":
        return False
    if text[0] in "+-":
        try:
            float(text.replace(",", ""))
            return False  # a signed number, not a formula
        except ValueError:
            return True
    return True


def json_path(data, path):
    for part in path.split("."):
        if isinstance(data, list):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            raise KeyError(path)
    return data


def short(value, n=60):
    text = repr(value)
    return text if len(text) <= n else text[:n] + "…"


# ---- the run ----------------------------------------------------------------------

class Input:
    def __init__(self, name, entry, path):
        self.name, self.entry, self.path = name, entry, path
        self.problems = {c: [] for c in CATEGORIES}
        self.stderr = []          # the refusal message(s): lines for this input
        self.summary = None
        self.written = {}         # extension -> the path pmocalc-report says it wrote

    def fail(self, category, text):
        self.problems[category].append(text)

    @property
    def ok(self):
        return not any(self.problems.values())

    @property
    def stem(self):
        return os.path.splitext(self.name)[0]

    @property
    def extension(self):
        return os.path.splitext(self.name)[1].lower()

    def output(self, ext):
        if ext in self.written:
            return self.written[ext]
        return os.path.join(self.outdir, self.stem + "-report" + ext)


def run_command(build, cwd, args, out, timeout):
    timeout = max(timeout, 1)
    """Runs pmocalc-report; returns (exit status or None on timeout, stdout, stderr, seconds)."""
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("LC_MESSAGES", None)
    command = [os.path.join(build, "pmocalc-report")] + args + ["--out", out, "--json",
                                                                "--timeout", str(TIMEOUT_INPUT)]
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True, env=env)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        status = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)   # the command and the offices it started
        stdout, stderr = process.communicate()
        status = None
    return status, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"), time.monotonic() - start


WRITTEN = re.compile(r"(?:JSON|PDF|report sheet .*) -> (.+)$")


def attribute_stdout(stdout, inputs, passed, cwd):
    """Notes where pmocalc-report says it wrote each input's outputs (an output
    whose usual name is taken by an input goes elsewhere)."""
    prefixes = sorted([(item.name + ": ", item) for item in inputs] +
                      [(passed[item.name] + ": ", item) for item in inputs], key=lambda p: -len(p[0]))
    for line in stdout.splitlines():
        for prefix, item in prefixes:
            if line.startswith(prefix):
                found = WRITTEN.search(line[len(prefix):])
                if found:
                    path = found.group(1)
                    item.written[os.path.splitext(path)[1].lower()] = os.path.join(cwd, path)
                break


def attribute_stderr(stderr, inputs, passed):
    """Gives each input the stderr lines that start with its file name (or the
    path it was passed as), with their indented continuation lines; returns
    the lines that belong to no input."""
    prefixes = []
    for item in inputs:
        prefixes.append((item.name + ": ", item))
        prefixes.append((passed[item.name] + ": ", item))
    prefixes.sort(key=lambda p: -len(p[0]))
    stray, current = [], None
    for line in stderr.splitlines():
        if current is not None and line.startswith((" ", "\t")):
            current.stderr[-1] += "\n" + line
            continue
        current = None
        for prefix, item in prefixes:
            if line.startswith(prefix):
                item.stderr.append(line)
                current = item
                break
        else:
            if line.strip():
                stray.append(line)
    return stray


# ---- reading workbooks -----------------------------------------------------------

def convert_xls(build, paths, outdir):
    """{xls path: xlsx path} converted by pmocalc-office (a throwaway office)."""
    if not paths:
        return {}
    os.makedirs(outdir, exist_ok=True)
    os.chmod(outdir, 0o777)
    done = subprocess.run([os.path.join(build, "pmocalc-office"), "convert", "--to", "xlsx", "--outdir", outdir]
                          + paths, capture_output=True, text=True, timeout=300)
    out = {}
    for p in paths:
        target = os.path.join(outdir, os.path.splitext(os.path.basename(p))[0] + ".xlsx")
        if os.path.exists(target):
            out[p] = target
    if done.returncode != 0 and len(out) < len(paths):
        print("pmocalc-office convert:", done.stderr.strip()[:500], file=sys.stderr)
    return out


def workbook_cells(path, converted):
    if path.lower().endswith(".xls"):
        return read_xlsx(converted[path])
    return read_any(path)


# ---- the checks ------------------------------------------------------------------

def matches(diagnostic, want):
    code = want["code"]
    if code != "*" and diagnostic.get("code") not in code.split("|"):
        return False
    sheet, cell = want.get("sheet", "*"), want.get("cell", "")
    if cell == "":
        return diagnostic.get("cell", "") == "" and (sheet in ("", "*") or diagnostic.get("sheet") == sheet)
    if sheet != "*" and diagnostic.get("sheet") != sheet:
        return False
    got = diagnostic.get("cell", "") or ""
    if cell.isalpha():
        return re.fullmatch(cell + r"\d+", got) is not None
    return got == cell


def check_outcome(item, status, crashed_run):
    e = item.entry
    json_file = item.output(".json")
    has_json = os.path.exists(json_file)
    if has_json:
        try:
            with open(json_file, encoding="utf-8") as f:
                item.summary = json.load(f)
        except (OSError, ValueError) as err:
            item.fail("crash", f"JSON unreadable: {err}")
    for line in item.stderr:
        if CRASH_WORDS.search(line):
            item.fail("crash", "stderr: " + line.splitlines()[0][:200])
    if status is None:
        if not has_json and not item.stderr:
            item.fail("crash", "the run was stopped by the watchdog before this input finished")
        return
    if not has_json and not item.stderr:
        item.fail("crash", "neither a JSON nor a message on stderr")
        return
    expect = e["expect"]
    if expect == "report" and not has_json:
        item.fail("manifest", "refused, expected a report: " + " / ".join(item.stderr)[:300])
    if expect == "refused" and has_json:
        item.fail("manifest", "reported, expected a refusal")
    if has_json and item.stderr and expect == "report":
        item.fail("manifest", "a report and a message on stderr: " + " / ".join(item.stderr)[:300])


def check_refusal(item):
    for message in item.stderr:
        if not message.startswith(item.name + ": "):
            item.fail("location", f"the message does not start with the file name: {message[:120]!r}")
        if INTERNAL_TRACE.search(message):
            item.fail("location", "internal trace in the message: " + message.splitlines()[0][:200])
    if item.entry["expect"] in ("refused", "any") and item.stderr:
        text = "\n".join(item.stderr).lower()
        for words in item.entry.get("stderr_contains", []):
            if not any(alt.strip().lower() in text for alt in words.split("|")):
                item.fail("manifest", f"the refusal does not say {words!r}: " + " / ".join(item.stderr)[:300])


def check_diagnostics(item):
    s = item.summary
    if s is None:
        return
    diagnostics = s.get("diagnostics", [])
    for d in diagnostics:
        where = f"{d.get('sheet')}!{d.get('cell')} {d.get('code')}"
        if not d.get("code"):
            item.fail("location", f"a diagnostic without a code: {short(d, 120)}")
        if not d.get("message"):
            item.fail("location", f"a diagnostic without a message: {where}")
        if not d.get("sheet") and d.get("code") not in WORKBOOK_LEVEL:
            item.fail("location", f"a diagnostic without a sheet: {where}")
    e = item.entry
    for want in e.get("diagnostics", []):
        if not any(matches(d, want) for d in diagnostics):
            near = [f"{d.get('cell')} {d.get('code')}" for d in diagnostics
                    if want.get("sheet") in ("*", "", d.get("sheet"))][:6]
            item.fail("manifest", f"missing diagnostic {want['sheet']}!{want['cell']} {want['code']}"
                                  f" (has: {', '.join(near) or 'none'})")
    for bad in e.get("forbid", []):
        found = [d for d in diagnostics if matches(d, bad)]
        if found:
            item.fail("manifest", f"unexpected diagnostic {found[0].get('sheet')}!{found[0].get('cell')} "
                                  f"{found[0].get('code')}: {found[0].get('message', '')[:100]}")
    if "max_diagnostics" in e and len(diagnostics) > e["max_diagnostics"]:
        item.fail("manifest", f"{len(diagnostics)} diagnostics, at most {e['max_diagnostics']} expected")
    for path, want in e.get("json", {}).items():
        try:
            got = json_path(s, path)
        except (KeyError, IndexError, ValueError):
            item.fail("manifest", f"JSON has no {path}")
            continue
        ok = (same_number(got, want) if isinstance(want, (int, float)) and isinstance(got, (int, float))
              and not isinstance(got, bool) else got == want)
        if not ok:
            item.fail("manifest", f"JSON {path} = {short(got)}, expected {short(want)}")


def compare_csv(item, grid, out_sheet):
    bad = []
    positions = set(grid.values) | set(out_sheet.values)
    for pos in sorted(positions):
        field, value = xml_safe(grid.values.get(pos)), out_sheet.values.get(pos)
        if looks_like_formula(field):
            continue  # the formula check looks at these
        if field is not None and "\ufffd" in field:
            continue  # bytes that are no text in any encoding: nothing to compare with
        if field is None or value is None:
            if (field or "").strip() == "" and value is None:
                continue
            bad.append((pos, field, value))
        elif isinstance(value, str) and not value.startswith(("D:", "E:", "B:", "T:")):
            if value != field:
                bad.append((pos, field, value))
        elif isinstance(value, float):
            text = field.strip().replace(",", "").replace("%", "")
            try:
                number = float(text) / (100 if "%" in field else 1)
                if not same_number(number, value):
                    bad.append((pos, field, value))
            except ValueError:
                if not re.search(r"\d", field):
                    bad.append((pos, field, value))
        elif value.startswith("D:"):
            if not re.search(r"\d", field):
                bad.append((pos, field, value))
        else:
            bad.append((pos, field, value))
    return bad


def compare_sheet(before, after, odf_output):
    bad = []
    for pos in sorted(set(before.values) | set(after.values) | before.formulas | after.formulas):
        if pos in before.formulas:
            if pos not in after.formulas:
                bad.append((pos, "formula", after.values.get(pos)))
            continue
        a, b = before.values.get(pos), after.values.get(pos)
        if odf_output and isinstance(a, str):
            a = xml_safe(a) or None
        if isinstance(a, float) and isinstance(b, float):
            if same_number(a, b):
                continue
        elif a == b and pos not in after.formulas:
            continue
        bad.append((pos, a, b))
    return bad


def check_workbook(item, converted):
    """User sheets unchanged, no formula where none belongs, the no-problems sentence."""
    s = item.summary
    if s is None:
        return
    out = item.output(OUTPUT_EXTENSION.get(item.extension, item.extension))
    if not os.path.exists(out):
        if item.entry["expect"] == "any":
            return  # the command may have picked another name for an output that would overwrite an input
        item.fail("user sheet", "no output workbook " + os.path.basename(out))
        return
    report_name = s.get("report_sheet")
    try:
        after = workbook_cells(out, converted)
    except Exception as err:  # noqa: BLE001 - any unreadable output is a finding
        item.fail("user sheet", f"output unreadable: {type(err).__name__}: {err}"[:200])
        return
    report = after.get(report_name)
    if report is None:
        item.fail("manifest", f"no report sheet {report_name!r} in the output")
    else:
        if report.formulas:
            item.fail("formula", f"{len(report.formulas)} formula(s) in the report sheet, first at "
                                 f"{address(*min(report.formulas))}")
        a3 = report.get(2, 0)
        problems = [d for d in s.get("diagnostics", []) if d.get("severity") in ("error", "warning")]
        if problems and a3 in NO_PROBLEMS:
            item.fail("location", f"A3 says {a3!r} but the JSON lists {len(problems)} error(s)/warning(s)")
    # pmocalc's own sheets: the report, and the status history it records (a
    # sheet of that name that is not pmocalc's is not written: JSON says null).
    history_name = (s.get("history") or {}).get("sheet")
    own = {report_name, history_name}
    user_after = [(n, g) for n, g in after.items() if n not in own]
    if item.extension == ".csv":
        grid = read_csv(item.path)
        if len(user_after) != 1:
            item.fail("user sheet", f"{len(user_after)} user sheets in the output of a CSV: "
                                    f"{[n for n, _ in user_after]}")
            return
        name, sheet = user_after[0]
        for pos in sorted(sheet.formulas):
            item.fail("formula", f"formula at {name}!{address(*pos)} in the output of a CSV")
            break
        for pos, field in grid.values.items():
            if looks_like_formula(field):
                value = sheet.values.get(pos)
                if value != field or pos in sheet.formulas:
                    item.fail("formula", f"{address(*pos)}: the CSV's {short(field, 40)} became {short(value, 40)}")
        bad = compare_csv(item, grid, sheet)
        if bad:
            pos, a, b = bad[0]
            item.fail("user sheet", f"{len(bad)} cell(s) differ from the CSV, first {address(*pos)}: "
                                    f"{short(a, 40)} -> {short(b, 40)}")
        return
    try:
        before = workbook_cells(item.path, converted)
    except Exception as err:  # noqa: BLE001
        item.fail("user sheet", f"input unreadable by the checker: {type(err).__name__}: {err}"[:200])
        return
    names_after = [n for n, _ in user_after]
    if names_after != [n for n in before if n != history_name]:
        missing = [n for n in before if n not in after]
        extra = [n for n in names_after if n not in before]
        item.fail("user sheet", f"sheets differ: missing {missing[:5]}, new {extra[:5]}"
                  if missing or extra else "sheet order changed")
    for name, sheet in before.items():
        if name == history_name:
            continue  # pmocalc's history, recorded into by design
        if name not in after or name == report_name:
            if name == report_name:
                item.fail("user sheet", f"the user's sheet {name!r} became the report sheet")
            continue
        out_sheet = after[name]
        for pos, value in sheet.values.items():
            if looks_like_formula(value) and pos not in sheet.formulas:
                if pos in out_sheet.formulas or out_sheet.values.get(pos) != value:
                    item.fail("formula", f"{name}!{address(*pos)}: text {short(value, 40)} became "
                                         f"{'a formula' if pos in out_sheet.formulas else short(out_sheet.values.get(pos), 40)}")
        new_formulas = out_sheet.formulas - sheet.formulas
        if new_formulas:
            item.fail("formula", f"{len(new_formulas)} new formula(s) in {name}, first {address(*min(new_formulas))}")
        bad = compare_sheet(sheet, out_sheet, out.endswith((".ods", ".fods")))
        if bad:
            pos, a, b = bad[0]
            item.fail("user sheet", f"{name}: {len(bad)} cell(s) changed, first {address(*pos)}: "
                                    f"{short(a, 40)} -> {short(b, 40)}")


def check_item(item, converted):
    """The checks that read the outputs; runs in a worker process."""
    check_refusal(item)
    check_diagnostics(item)
    try:
        check_workbook(item, converted)
    except Exception as err:  # noqa: BLE001 - a checker failure must not hide the others
        item.fail("user sheet", f"checker error: {type(err).__name__}: {err}"[:200])
    return item.problems, item.summary


# ---- main -------------------------------------------------------------------------

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build")
    parser.add_argument("--only", nargs="+", default=None)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    build = os.path.abspath(args.build)
    started = time.monotonic()

    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    corpus_names = [name for name, _, _ in make_corpus.CORPUS]
    if set(corpus_names) != set(manifest) and not args.only:
        print("manifest.json and make_corpus.py disagree (run make_corpus.py --manifest): "
              f"{sorted(set(corpus_names) ^ set(manifest))}", file=sys.stderr)
        return 1
    names = [n for n in corpus_names if not args.only or n in args.only]
    unknown = [n for n in (args.only or []) if n not in manifest]
    if unknown:
        print("not in the corpus:", unknown, file=sys.stderr)
        return 2

    work = tempfile.mkdtemp(prefix="pmocalc-hostile-")
    os.chmod(work, 0o777)
    corpus = os.path.join(work, "corpus")
    out = os.path.join(work, "out")
    os.makedirs(out)
    os.chmod(out, 0o777)
    make_corpus.write_corpus(corpus, set(names))
    for folder, dirs, files in os.walk(corpus):
        os.chmod(folder, 0o777)
        for f in files:
            os.chmod(os.path.join(folder, f), 0o644)
    generated = time.monotonic() - started
    before = snapshot(corpus)

    inputs = []
    for name in names:
        e = manifest[name]
        item = Input(name, e, make_corpus.corpus_path(corpus, name, e))
        group = e.get("group", "main")
        item.group = group
        item.outdir = os.path.dirname(item.path) if group in OWN_FOLDER_GROUPS else out
        inputs.append(item)

    # The big inputs get a call of their own beside the rest, so that a slow one
    # cannot keep the many small ones from running; biggest first in each.
    def size(item):
        try:
            return -os.path.getsize(item.path)
        except OSError:
            return 0

    groups = {}
    for item in sorted(inputs, key=size):
        if item.group == "main" and item.entry["class"] in HEAVY_CLASSES:
            item.group = "heavy"
        groups.setdefault(item.group, []).append(item)
    run_notes, run_crashes = [], [0]
    pool = concurrent.futures.ProcessPoolExecutor(2)
    futures = {}

    def run_group(group, items):
        cwd = os.path.join(corpus, group) if group in OWN_FOLDER_GROUPS else corpus
        passed = {it.name: "./" + it.name for it in items}
        argv_inputs = []
        for it in items:
            argv_inputs += [passed[it.name]] * it.entry.get("times", 1)
        outdir = cwd if group in OWN_FOLDER_GROUPS else out
        status, stdout, stderr, seconds = run_command(build, cwd, argv_inputs, outdir, deadline - time.monotonic())
        stray = attribute_stderr(stderr, items, passed)
        attribute_stdout(stdout, items, passed, cwd)
        run_notes.append(f"run {group}: {len(items)} inputs, exit {status}, {seconds:.0f} s")
        if status is None:
            run_notes.append(f"  run {group}: stopped by the watchdog after {seconds:.0f} s")
            run_crashes[0] += 1
        elif status not in (0, 1):
            run_notes.append(f"  run {group}: exit status {status} (expected 0 or 1)")
            run_crashes[0] += 1
        for line in stray:
            if CRASH_WORDS.search(line):
                run_notes.append(f"  run {group}: stderr: {line[:200]}")
                run_crashes[0] += 1
        for it in items:
            check_outcome(it, status, False)
            if it.extension != ".xls":
                futures[it.name] = pool.submit(check_item, it, {})

    deadline = time.monotonic() + TIMEOUT_RUN
    threads = [threading.Thread(target=run_group, args=(g, items)) for g, items in groups.items()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    # Inputs unchanged, nothing new beside them (outputs in a group's own folder aside).
    after = snapshot(corpus)
    loose_changes = []
    by_path = {os.path.relpath(it.path, corpus): it for it in inputs}
    for rel, digest in before.items():
        item = by_path.get(rel)
        if after.get(rel) != digest:
            target = item if item else None
            text = f"{rel} changed" if rel in after else f"{rel} disappeared"
            if target:
                target.fail("input", text)
            else:
                run_notes.append("  input: " + text)
                loose_changes.append(rel)
    stray_files = []
    for rel in after:
        if rel in before:
            continue
        base = os.path.basename(rel)
        folder = os.path.dirname(rel)
        if folder and not base.startswith(".~lock") and re.search(
                r"-report(-report)*( \(\d+\))?\.(fods|ods|xlsx|xls|json|pdf)$", base):
            continue  # an output of a group run into its own folder
        stray_files.append(rel)
    for rel in stray_files:
        owner = next((it for it in inputs if it.name in rel), None)
        if owner:
            owner.fail("input", f"new file next to the inputs: {rel}")
        else:
            run_notes.append(f"  input: new file next to the inputs: {rel}")
            loose_changes.append(rel)

    # xls outputs (and inputs) are read after a conversion to xlsx.
    xls = []
    for it in inputs:
        if it.extension == ".xls" and it.summary is not None:
            xls += [it.path, it.output(".xls")]
    converted = {}
    if xls:
        converted.update(convert_xls(build, [p for p in xls if p.startswith(corpus) and os.path.exists(p)],
                                     os.path.join(work, "xls-in")))
        converted.update(convert_xls(build, [p for p in xls if not p.startswith(corpus) and os.path.exists(p)],
                                     os.path.join(work, "xls-out")))

    for it in inputs:
        if it.extension == ".xls":
            futures[it.name] = pool.submit(check_item, it, converted)
    for it in inputs:
        problems, summary = futures[it.name].result()
        for category, texts in problems.items():
            it.problems[category] += [t for t in texts if t not in it.problems[category]]
        it.summary = summary
    pool.shutdown()

    counts = {c: 0 for c in CATEGORIES}
    for it in sorted(inputs, key=lambda i: (i.entry["class"], i.name)):
        for c in CATEGORIES:
            if it.problems[c]:
                counts[c] += 1
        if it.ok:
            print(f"PASS {it.name} [{it.entry['class']}]")
        else:
            reasons = "; ".join(f"{c}: {p}" for c in CATEGORIES for p in it.problems[c])
            print(f"FAIL {it.name} [{it.entry['class']}]: {reasons}")
    counts["crash"] += run_crashes[0]
    counts["input"] += len(loose_changes)
    for note in run_notes:
        print(note)
    elapsed = time.monotonic() - started
    print(f"hostile corpus: {len(inputs)} workbooks, {counts['crash']} crashes, {counts['input']} inputs changed, "
          f"{counts['user sheet']} user sheets changed or removed, {counts['formula']} formulas from inputs, "
          f"{counts['location']} problems without a location, {counts['manifest']} manifest mismatches "
          f"({elapsed:.0f} s, corpus written in {generated:.0f} s)")
    if args.keep:
        print("kept:", work)
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if any(counts.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
