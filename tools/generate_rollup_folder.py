#!/usr/bin/env python3
"""Write a folder of N project workbooks × T tasks for the portfolio roll-up
(pmocalc-report --portfolio OUT.ods FOLDER) and its benchmark.

  generate_rollup_folder.py --workbooks N --tasks T --out DIR [--seed S] [--force]

Formats (exact shares of N, rounded; the files shuffled deterministically):
  40 % .xlsx, 30 % .ods, 15 % .fods, 15 % .csv.
Layouts:
  template   our template (tools/generate_portfolio.py benchmark layout: Projects,
             Tasks, Risks, Issues, Changes, Lessons, Holidays), one project per
             workbook with its own Project ID (P001 …); English or Japanese headers
  ja-wbs     a Japanese WBS: title block (プロジェクト名, 基準日), a two-row header with
             merged cells (WBS番号 / タスク名 / 担当者, 予定 and 実績 over 開始日 / 終了日 /
             工数(人日), 進捗率, 備考), phase headings (WBS 1, 2 …) above their tasks (1.1 …),
             no budget (weighted by effort) and a 祝日 sheet
  csv        a plain CSV task list with a project column (English, ISO dates; or
             Japanese, UTF-8 with BOM, yyyy/mm/dd dates); the status date in the name
             (_20251031)
  .xlsx, .ods and .fods hold template and ja-wbs workbooks half and half; .csv the CSV
  layout. Every workbook is one project with T tasks (the WBS's phase headings come on
  top); status date 2025-10-31.

The workbooks are spread over DIR/dept-01 … dept-NN (and a few in DIR itself), so that
reading the folder is recursive. Every workbook is written as .fods first; the .xlsx
and the .ods are converted by one soffice call per format (run side by side, each with
its own private profile), then moved into place. The folder is built as DIR.partial and
renamed to DIR at the end, so a DIR that exists is complete.

The contents are deterministic for a given --seed (the .xlsx and .ods carry
LibreOffice's own time stamps in their metadata, so they are not byte-identical).
"""

import argparse
import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate_portfolio as gp  # noqa: E402

SEED = 20251031
FORMAT_SHARES = (("xlsx", 0.40), ("ods", 0.30), ("fods", 0.15), ("csv", 0.15))
STATUS_DATE = gp.STATUS_DATE
SUBFOLDERS = 12


# --------------------------------------------------------------------------
# The plan: which file has which format, layout, language and name
# --------------------------------------------------------------------------

def plan(n, seed):
    """[(index, format, layout, lang, relative path)] for workbooks 0..n-1."""
    counts = [round(n * share) for _, share in FORMAT_SHARES]
    counts[0] += n - sum(counts)  # rounding rest to .xlsx
    formats = [fmt for (fmt, _), c in zip(FORMAT_SHARES, counts) for _ in range(c)]
    rng = random.Random(f"{seed}-plan")
    rng.shuffle(formats)
    seen = {}
    width = max(3, len(str(n)))
    entries = []
    for i, fmt in enumerate(formats):
        k = seen.get(fmt, 0)
        seen[fmt] = k + 1
        if fmt == "csv":
            layout, lang = "csv", ("en", "ja")[k % 2]
        else:
            # template-en, ja-wbs, template-ja, ja-wbs, …: half each layout per format.
            layout = ("template", "ja-wbs")[k % 2]
            lang = "ja" if layout == "ja-wbs" else ("en", "ja")[(k // 2) % 2]
        pid = f"P{i + 1:0{width}d}"
        stem = f"{pid}-{layout}-{lang}" if layout != "ja-wbs" else f"{pid}-{layout}"
        if fmt == "csv":
            stem += "_" + STATUS_DATE.strftime("%Y%m%d")
        # Most in a department folder, every seventh at the top.
        folder = "" if i % 7 == 6 else f"dept-{i % SUBFOLDERS + 1:02d}"
        entries.append((i, fmt, layout, lang, pid, os.path.join(folder, f"{stem}.{fmt}")))
    return entries


def project_name(i, lang):
    p = gp.PROJECTS[i % len(gp.PROJECTS)]
    return gp.L(p["name"], lang)


def person(i, lang):
    return gp.L(gp.PEOPLE[i % len(gp.PEOPLE)], lang)


# --------------------------------------------------------------------------
# Template layout: generate_portfolio's benchmark workbook with one project
# --------------------------------------------------------------------------

JA_WORDS = {
    "risks": {5: {"Threat": "脅威", "Opportunity": "好機"}, 6: {"Open": "対応中", "Closed": "完了"}},
    "issues": {6: {"Open": "未対応", "In progress": "対応中", "Closed": "完了"},
               7: {"High": "高", "Medium": "中", "Low": "低"}},
    "changes": {5: {"Pending": "審査中", "Approved": "承認", "Rejected": "却下"}},
    "lessons": {1: {"Planning": "計画"}},
    "tasks": {11: {"Yes": "○"}},
}


def template_sheets(i, pid, lang, tasks, seed):
    """The benchmark layout of generate_portfolio with one project: its own ID, name
    and figures; risks, issues and change requests numbered within the project."""
    n_items = max(1, tasks // 20)
    sheets = gp.benchmark_sheets(1, tasks, n_items, n_items, seed=seed * 100003 + i)
    name = project_name(i, lang)
    p = gp.PROJECTS[i % len(gp.PROJECTS)]
    title = (f"{pid} {name} (amounts in thousand yen)" if lang == "en"
             else f"{pid} {name}（金額単位：千円）")
    out = gp.new_sheets(lang, title, STATUS_DATE)
    for key, sheet in out.items():
        if key == "holidays":
            sheet.rows.extend(gp.holiday_rows(lang))
            continue
        head = len(sheet.rows)
        words = JA_WORDS.get(key, {}) if lang == "ja" else {}
        for n, row in enumerate(sheets[key].rows[head:]):
            row = list(row)
            if row and row[0 if key in ("projects", "tasks", "lessons") else 1] == "P0001":
                row[0 if key in ("projects", "tasks", "lessons") else 1] = pid
            if key == "projects":
                row[1:5] = [name, gp.L(gp.PROGRAMS[p["program"]], lang), gp.L(p["dept"], lang),
                            person(p["pm"] + i, lang)]
            elif key == "tasks" and lang == "ja":
                row[2] = row[2].replace("Task", "作業")
            elif key == "risks":
                row[0] = f"{pid}-R{n + 1:02d}"
                row[2] = f"Risk {n + 1} of {pid}" if lang == "en" else f"{pid} リスク {n + 1}"
                row[7] = person(i + n, lang)
            elif key == "issues":
                row[0] = f"{pid}-I{n + 1:02d}"
                row[2] = f"Issue {n + 1} of {pid}" if lang == "en" else f"{pid} 課題 {n + 1}"
            elif key == "changes":
                row[0] = f"{pid}-CR{n + 1}"
                row[2] = f"Change request {n + 1} of {pid}" if lang == "en" else f"{pid} 変更要求 {n + 1}"
            elif key == "lessons":
                row[2] = f"Lesson learned in {pid}" if lang == "en" else f"{pid} の教訓"
            for col, mapping in words.items():
                if col < len(row) and row[col] in mapping:
                    row[col] = mapping[row[col]]
            sheet.rows.append(row)
    return out


def template_task_rows(i, pid, lang, tasks, seed):
    """The template's task rows (for the CSV layout): the values of the Tasks sheet."""
    sheets = template_sheets(i, pid, lang, tasks, seed)
    return sheets["projects"].rows[4][1], sheets["tasks"].rows[2:]


# --------------------------------------------------------------------------
# Japanese WBS layout
# --------------------------------------------------------------------------

class Span:
    """A header cell merged over `cols` columns and `rows` rows."""
    __slots__ = ("text", "cols", "rows")

    def __init__(self, text, cols=1, rows=1):
        self.text, self.cols, self.rows = text, cols, rows


class Covered:
    """A cell covered by a merge above it."""


class MergingOdsWriter(gp.OdsWriter):
    """generate_portfolio's writer, with merged header cells (rows holding Span or
    Covered cells are written cell by cell, without repetition)."""

    def row(self, values):
        if not any(type(v) in (Span, Covered) for v in values):
            return super().row(values)
        cells = []
        for v in values:
            if type(v) is Span:
                attrs = ""
                if v.cols > 1:
                    attrs += f' table:number-columns-spanned="{v.cols}"'
                if v.rows > 1:
                    attrs += f' table:number-rows-spanned="{v.rows}"'
                text = f'<text:p>{escape(v.text)}</text:p>' if v.text else ""
                vtype = ' office:value-type="string"' if v.text else ""
                cells.append(f'<table:table-cell table:style-name="ceHeader"{attrs}{vtype}>{text}</table:table-cell>')
            elif type(v) is Covered:
                cells.append('<table:covered-table-cell table:style-name="ceHeader"/>')
            else:
                cells.append(self.cell(v))
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"


PHASES_JA = {"req": "要件定義", "design": "設計", "build": "製造", "test": "テスト", "migration": "移行",
             "training": "教育", "golive": "本番稼働"}
CATALOGUE = {"req": gp.REQ, "design": gp.DESIGN, "test": gp.TEST, "migration": gp.MIGRATION,
             "training": gp.TRAINING, "golive": gp.GOLIVE}

# (width cm, default style) of: WBS番号 タスク名 担当者 予定開始日 予定終了日 予定工数 実績開始日 実績終了日
# 実績工数 進捗率 備考
WBS_COLUMNS = [(1.8, None), (8.0, None), (3.0, None), (2.9, "ceDate"), (2.9, "ceDate"), (2.2, "ceNum"),
               (2.9, "ceDate"), (2.9, "ceDate"), (2.2, "ceNum"), (2.0, "cePct"), (6.0, None)]


def wbs_sheets(i, pid, tasks, seed):
    """[Sheet] of the Japanese WBS of project i: a phase heading per phase (no dates),
    then its tasks; effort in person-days, no budget."""
    rng = random.Random(seed * 100003 + i)
    cal = gp.WorkCalendar()
    days = cal.days
    sl = cal.on_or_before(STATUS_DATE)
    fy_a, fy_b = cal.on_or_after(gp.FY_START), cal.on_or_before(gp.FY_END)
    length = rng.randint(60, fy_b - fy_a)
    a = rng.randint(fy_a, fy_b - length)
    spi, cpi = rng.uniform(0.75, 1.12), rng.uniform(0.78, 1.1)
    slip_max = 0 if spi >= 1 else round((1 - spi) * 120)
    proj = gp.PROJECTS[i % len(gp.PROJECTS)]
    catalogue = dict(CATALOGUE, build=proj["build"])
    # Tasks per phase by the sample's phase shares, at least one each (while there are tasks).
    phases = [ph for ph in gp.PHASE_ORDER][:max(1, min(len(gp.PHASE_ORDER), tasks))]
    share = [gp.PHASE_SHARE[ph] for ph in phases]
    counts = [max(1, int(tasks * s / sum(share))) for s in share]
    while sum(counts) > tasks:
        counts[counts.index(max(counts))] -= 1
    k = 0
    while sum(counts) < tasks:
        counts[k % len(counts)] += 1
        k += 1

    name = f"{pid} {gp.L(proj['name'], 'ja')}"
    rows = [
        [gp.Styled("プロジェクト名", "ceLabel"), gp.Styled(name, "ceTitle")],
        [gp.Styled("基準日", "ceLabel"), gp.Styled(STATUS_DATE, "ceDate")],
        [],
        [Span("WBS番号", rows=2), Span("タスク名", rows=2), Span("担当者", rows=2), Span("予定", cols=3),
         Covered(), Covered(), Span("実績", cols=3), Covered(), Covered(), Span("進捗率", rows=2),
         Span("備考", rows=2)],
        [Covered(), Covered(), Covered(), Span("開始日"), Span("終了日"), Span("工数(人日)"), Span("開始日"),
         Span("終了日"), Span("工数(人日)"), Covered(), Covered()],
    ]
    n = 0
    for p, (phase, count) in enumerate(zip(phases, counts)):
        rows.append([str(p + 1), PHASES_JA[phase]])
        entries = catalogue[phase]
        work = [e for e in entries if not e[3]]  # past the catalogue: more of its work, no more milestones
        for t in range(count):
            if t < len(entries):
                _, _, label, milestone, _, _ = entries[t]
            else:
                u = t - len(entries)
                label, milestone = f"{work[u % len(work)][2]}（{u // len(work) + 2}）", False
            s = a + (n * length) // tasks
            width = max(1, (3 * (length + 1)) // tasks)
            f = s if milestone else min(a + length, s + rng.randint(0, width))
            if s > sl:
                pct = 0.0
            elif f <= sl:
                pct = 1.0 if (spi >= 0.97 or rng.random() < 0.7) else (0.0 if milestone else 0.8)
            else:
                pct = 0.0 if milestone else min(0.95, gp.round5((sl - s + 1) / (f - s + 1) * spi))
            slip = round(slip_max * (f - a) / max(1, length))
            effort = 0 if milestone else round((f - s + 1) * rng.choice((0.5, 1.0, 1.0, 1.5, 2.0)), 1)
            started = pct > 0 or (s <= sl and not milestone and rng.random() < 0.5)
            actual_start = days[min(sl, s + (slip // 3 if started else 0))] if started else None
            actual_finish = days[min(sl, f + slip // 2)] if pct == 1.0 else None
            actual_effort = round(effort * pct / cpi, 1) if pct > 0 and effort else None
            note = "遅延あり" if pct < 1.0 and f < sl else None
            rows.append([f"{p + 1}.{t + 1}", label, None if milestone else person(i + n, "ja"), days[s], days[f],
                         effort if effort else None, actual_start, actual_finish, actual_effort, gp.Pct(pct), note])
            n += 1
    wbs = gp.Sheet("WBS", WBS_COLUMNS, freeze_rows=5)
    wbs.rows = rows
    holidays = gp.Sheet("祝日", [(3.0, "ceDate"), (8.0, None)], freeze_rows=1)
    holidays.rows = [[gp.Styled("日付", "ceHeader"), gp.Styled("祝日名", "ceHeader")]] + gp.holiday_rows("ja")
    return [wbs, holidays]


# --------------------------------------------------------------------------
# CSV layout
# --------------------------------------------------------------------------

CSV_HEADERS = {
    "en": ["Project ID", "Project name", "Task ID", "Task name", "Assignee", "Planned start", "Planned finish",
           "Forecast finish", "Actual finish", "% complete", "Budget", "Actual cost", "Milestone"],
    "ja": ["プロジェクトID", "プロジェクト名", "No", "タスク名", "担当者", "開始予定日", "終了予定日",
           "終了見込日", "実績終了日", "進捗率", "予算", "実コスト", "マイルストーン"],
}


def write_csv(path, i, pid, lang, tasks, seed):
    name, rows = template_task_rows(i, pid, lang, tasks, seed)
    fmt = "%Y-%m-%d" if lang == "en" else "%Y/%m/%d"

    def day(d):
        return d.strftime(fmt) if d is not None else ""

    with open(path, "w", encoding="utf-8-sig" if lang == "ja" else "utf-8", newline="") as out:
        w = csv.writer(out, lineterminator="\r\n")
        w.writerow(CSV_HEADERS[lang])
        # Task numbers 1, 2 …, not the template's WBS: a CSV cell 1.10 is the number 1.1.
        for n, r in enumerate(rows):
            # r: Project ID, WBS, Task name, Budget, Planned start, Planned finish, Baseline finish,
            #    Forecast finish, Actual finish, % complete, Actual cost, Milestone
            w.writerow([r[0], name, n + 1, r[2], "" if r[11] else person(i + n, lang), day(r[4]), day(r[5]),
                        day(r[7]), day(r[8]), f"{round(float(r[9]) * 100)}%", r[3],
                        "" if r[10] is None else r[10], r[11] or ""])


# --------------------------------------------------------------------------
# Conversion and the command line
# --------------------------------------------------------------------------

def soffice():
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    for path in ("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"):
        if os.path.exists(path):
            return path
    sys.exit("generate_rollup_folder: soffice not found")


def convert(jobs, timeout):
    """jobs: {target extension: (out dir, [.fods paths])}: one soffice call per
    extension, all side by side, each with its own private profile."""
    running = []
    profiles = []
    for ext, (outdir, files) in jobs.items():
        if not files:
            continue
        profile = tempfile.mkdtemp(prefix=f"pmocalc-rollup-gen-{ext}-")
        profiles.append(profile)
        cmd = [soffice(), "--headless", "--norestore", "--nologo", "--nodefault",
               f"-env:UserInstallation=file://{profile}", "--convert-to", ext, "--outdir", outdir, *files]
        log = open(os.path.join(profile, "convert.log"), "w+")
        running.append((ext, subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT), log, outdir, files))
    failed = []
    try:
        for ext, proc, log, outdir, files in running:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                failed.append(f"{ext}: soffice did not finish within {timeout} s")
                continue
            missing = [f for f in files
                       if not os.path.exists(os.path.join(outdir, os.path.splitext(os.path.basename(f))[0] + "." + ext))]
            if proc.returncode != 0 or missing:
                log.seek(0)
                failed.append(f"{ext}: soffice exit {proc.returncode}, {len(missing)} of {len(files)} not converted"
                              f" (first: {missing[:1]}); its output:\n{log.read()[-2000:]}")
    finally:
        for _, proc, log, _, _ in running:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            log.close()
        for profile in profiles:
            shutil.rmtree(profile, ignore_errors=True)
    if failed:
        sys.exit("generate_rollup_folder: conversion failed: " + "\n".join(failed))


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write a folder of project workbooks for the portfolio roll-up.")
    parser.add_argument("--workbooks", type=int, default=300, metavar="N")
    parser.add_argument("--tasks", type=int, default=200, metavar="T", help="tasks per workbook")
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--force", action="store_true", help="replace DIR if it exists")
    parser.add_argument("--timeout", type=int, default=1800, help="seconds for the soffice conversions")
    args = parser.parse_args(argv)
    if args.workbooks < 1 or args.tasks < 1:
        parser.error("--workbooks and --tasks must be at least 1")
    out = os.path.abspath(args.out.rstrip("/"))
    if os.path.exists(out) and not args.force:
        parser.error(f"{args.out} exists (--force replaces it)")

    started = time.perf_counter()
    partial = out + ".partial"
    shutil.rmtree(partial, ignore_errors=True)
    staging = os.path.join(partial, ".staging")
    fods_dir, conv_dir = os.path.join(staging, "fods"), os.path.join(staging, "converted")
    os.makedirs(fods_dir)
    os.makedirs(conv_dir)
    entries = plan(args.workbooks, args.seed)
    jobs = {"xlsx": (conv_dir, []), "ods": (conv_dir, [])}
    moves = []   # (staged file, final path)
    tally = {}
    for i, fmt, layout, lang, pid, rel in entries:
        final = os.path.join(partial, rel)
        os.makedirs(os.path.dirname(final), exist_ok=True)
        tally[(fmt, layout)] = tally.get((fmt, layout), 0) + 1
        if fmt == "csv":
            write_csv(final, i, pid, lang, args.tasks, args.seed)
            continue
        stem = os.path.splitext(os.path.basename(rel))[0]
        fods = final if fmt == "fods" else os.path.join(fods_dir, stem + ".fods")
        if layout == "template":
            gp.write_workbook(fods, lang, template_sheets(i, pid, lang, args.tasks, args.seed))
        else:
            MergingOdsWriter("ja").write(fods, wbs_sheets(i, pid, args.tasks, args.seed))
        if fmt != "fods":
            jobs[fmt][1].append(fods)
            moves.append((os.path.join(conv_dir, f"{stem}.{fmt}"), final))
    written = time.perf_counter()
    convert(jobs, args.timeout)
    for src, dst in moves:
        os.replace(src, dst)
    shutil.rmtree(staging)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.rename(partial, out)
    done = time.perf_counter()
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(out) for f in fs)
    mix = ", ".join(f"{c} {fmt} {layout}" for (fmt, layout), c in sorted(tally.items()))
    print(f"{args.out}: {args.workbooks} workbooks × {args.tasks} tasks ({mix}), {size / 1e6:.1f} MB; "
          f"written in {written - started:.1f} s, converted in {done - written:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
