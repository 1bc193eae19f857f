#!/usr/bin/env python3
"""A folder of project workbooks for the portfolio roll-up
(pmocalc-report --portfolio OUT FOLDER), and an independent model of what the
roll-up must count.

usage: rollup_folder.py BUILD_DIR [FOLDER] [--status-date YYYY-MM-DD]
       builds FOLDER (default: a temporary one), prints what it holds and the
       model's totals.

make_folder(path, status_date) writes (status_date S, a date):

  our own template layout (tools/generate_portfolio.py's sheets), English, amounts
  in thousand yen, one or two projects each, percent-complete earning only:
    alpha.fods (P01 P02)  bravo.xlsx (P03)  charlie.ods (P04 P05)  delta.fods (P06)
    echo.xlsx (P07 P08)   foxtrot.ods (P09)  golf.xlsx (P10)  hotel.fods (P11)
    kilo.ods (P12, saved earlier, before the unfinished tasks' costs were typed in) and
    kilo-resaved.ods (P12, the same status date, saved later: it counts)
    bravo-old-copy.fods   P03 again, status date S-5: the duplicate that loses
    india-stale.ods       P13, status date S-21: stale, still counted
    mike-persondays.fods  P14, amounts in person-days: another unit, not added
    team-b/juliet.xlsx (P15 P16), team-b/nested/lima.fods (P17): found recursively
    team-b/tasks-export_<S>.csv: a CSV task list (P18 P19), its status date in its name
  real third-party layouts copied from tests/real-workbooks/corpus into third-party/
    (names kept): five weighted by effort or working days (another measure: not
    added) and two budget-weighted ones without a unit (added, the unit assumed)
  broken.xlsx           random bytes: unreadable (damaged)
  locked.ods            a generated workbook saved with a password: unreadable
  skipped, never read: .draft-zulu.fods (hidden, a valid workbook of P98),
    .~lock.alpha.fods# (LibreOffice's lock file), ~$echo.xlsx (Excel's), notes.txt

Every file's modification time is set a day before now (kilo.ods three days), so
a file rewritten later is the only one changed since.

expected_totals(info) is the model: for our own files BAC = Σ budget, EV = Σ
budget × % complete, AC = Σ actual cost, straight from the generated numbers; for
the third-party files the figures of `pmocalc-report FILE --json` run on each file
alone. Then the roll-up's rules: a project ID in two files counts from the later
status date (tie: the later saved file); the portfolio's measure is the weighting
of most counted projects and the unit most of its files name; a file of another
weighting or another (named) unit is not added unless a rate converts it; a file
without a unit in the portfolio's weighting is added; a counted file whose status
date is older than the portfolio's by more than stale_days is stale.

Workbooks in .ods and .xlsx and the password-protected .ods are written by a
private headless LibreOffice driven over Python UNO (in a subprocess of a Python
that has the uno module: this one, else /usr/bin/python3).
"""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(ROOT, "tests", "real-workbooks", "corpus")
sys.path.insert(0, os.path.join(ROOT, "tools"))
import generate_portfolio as gp  # noqa: E402

D = dt.date
PASSWORD = "rollup-secret"
UNIT = "thousand yen"
TITLE = "PMO portfolio – project status (amounts in thousand yen)"
TITLE_PERSON_DAYS = "PMO portfolio – project status (amounts in person-days)"
UNO_PYTHONS = ("/usr/bin/python3",)

# (relative path, [(project ID, name)], as of: days after S (negative: before), unit title[, "draft"])
# A draft was saved before the actual costs of the unfinished tasks were typed in.
OWN = [
    ("alpha.fods", [("P01", "Customer portal renewal"), ("P02", "Mobile app release 3")], 0, TITLE),
    ("bravo.xlsx", [("P03", "Order management renewal")], 0, TITLE),
    ("charlie.ods", [("P04", "Data warehouse migration"), ("P05", "BI dashboards")], 0, TITLE),
    ("delta.fods", [("P06", "Office network refresh")], 0, TITLE),
    ("echo.xlsx", [("P07", "Payroll outsourcing"), ("P08", "HR self-service")], 0, TITLE),
    ("foxtrot.ods", [("P09", "Call centre telephony")], 0, TITLE),
    ("golf.xlsx", [("P10", "Warehouse robotics pilot")], 0, TITLE),
    ("hotel.fods", [("P11", "Identity and access management")], 0, TITLE),
    ("kilo.ods", [("P12", "E-invoicing")], 0, TITLE, "draft"),
    ("kilo-resaved.ods", [("P12", "E-invoicing")], 0, TITLE),
    ("bravo-old-copy.fods", [("P03", "Order management renewal")], -5, TITLE),
    ("india-stale.ods", [("P13", "Supplier portal")], -21, TITLE),
    ("mike-persondays.fods", [("P14", "Test automation")], 0, TITLE_PERSON_DAYS),
    ("team-b/juliet.xlsx", [("P15", "Store POS upgrade"), ("P16", "Loyalty programme")], 0, TITLE),
    ("team-b/nested/lima.fods", [("P17", "Backup consolidation")], 0, TITLE),
]
CSV_PROJECTS = [("P18", "Field service scheduling"), ("P19", "Fleet telematics")]
HIDDEN = (".draft-zulu.fods", [("P98", "Draft that must not be read")])

# The real layouts: file name → how pmocalc weighs it (checked against its own JSON).
REAL = [
    "ja_evm_gantt_masatomix.xlsm",             # effort (md), status date 2025-07-25
    "syn_ja_wbs_daichusho.xlsx",               # working days
    "syn_msproject_export.csv",                # working days
    "syn_gantt_simple_vertex42_layout.xlsx",   # working days
    "syn_ja_koutei_yojitsu.xlsx",              # effort, no unit
    "en_evm_baseline_weekly_asr.csv",          # budget, no unit: PV / EV / AC per period
    "syn_evm_milestone_periods_snapshots.xlsx",  # budget, no unit
]
REAL_FOLDER = "third-party"

CASES = {
    "stale": "india-stale.ods",
    "duplicate": ("bravo-old-copy.fods", "bravo.xlsx"),  # (loses, counted)
    "duplicate_saved": ("kilo.ods", "kilo-resaved.ods"),  # same status date: the later save counts
    "damaged": "broken.xlsx",
    "password": "locked.ods",
    "unit": ["mike-persondays.fods"],  # and the third-party files of another weighting (from the model)
    "skipped": [HIDDEN[0], ".~lock.alpha.fods#", "~$echo.xlsx", "notes.txt"],
}


# ---- our own workbooks ---------------------------------------------------------

def _day(value):
    return D.fromisoformat(value) if isinstance(value, str) else value


def weekday_on_or_after(day):
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def weekday_on_or_before(day):
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def project_plan(pid, anchor):
    """The plan of one project: fixed by its ID and the folder's status date."""
    rng = random.Random(zlib.crc32(pid.encode()))
    first = anchor - dt.timedelta(days=rng.randint(70, 140))
    last = anchor + dt.timedelta(days=rng.randint(35, 110))
    n = rng.randint(3, 5)
    span = (last - first).days
    perf = rng.choice((0.8, 0.9, 1.0, 1.05))
    tasks = []
    for i in range(n):
        start = weekday_on_or_after(first + dt.timedelta(days=i * span // n))
        finish = weekday_on_or_before(first + dt.timedelta(days=(i + 1) * span // n - 1))
        tasks.append({"wbs": "%d" % (i + 1), "name": "Work package %d" % (i + 1),
                      "budget": rng.randint(20, 400) * 10, "start": start, "finish": finish,
                      "cost_factor": rng.choice((0.9, 1.0, 1.1, 1.25))})
    return {"perf": perf, "tasks": tasks}


def tasks_as_of(pid, anchor, day):
    """The tasks of project `pid` as they stand on `day`: % complete (0.05 steps),
    actual cost, forecast and actual finish — simple percent-complete earning."""
    plan = project_plan(pid, anchor)
    out = []
    for t in plan["tasks"]:
        start, finish = t["start"], t["finish"]
        if day < start:
            pct = 0.0
        elif day >= finish:
            pct = 1.0 if plan["perf"] >= 0.9 else 0.9
        else:
            elapsed = ((day - start).days + 1) / ((finish - start).days + 1)
            pct = min(0.95, round(elapsed * plan["perf"] / 0.05) * 0.05)
        pct = round(pct, 2)
        actual = round(t["budget"] * pct * t["cost_factor"]) if pct > 0 else None
        done = finish if pct == 1.0 else None
        forecast = done or (finish if plan["perf"] >= 1 else finish + dt.timedelta(days=7))
        out.append(dict(t, pct=pct, actual_cost=actual, actual_finish=done, forecast=forecast))
    return out


def own_projects(projects, anchor, day, draft=False):
    out = [{"id": pid, "name": name, "tasks": tasks_as_of(pid, anchor, day)} for pid, name in projects]
    if draft:
        for p in out:
            for t in p["tasks"]:
                if t["pct"] < 1:
                    t["actual_cost"] = None
    return out


def write_own_fods(path, title, status_date, projects):
    sheets = gp.new_sheets("en", title, status_date)
    for p in projects:
        sheets["projects"].rows.append([p["id"], p["name"], "Programme A", "IT", "PM " + p["id"]])
        for t in p["tasks"]:
            sheets["tasks"].rows.append([
                p["id"], t["wbs"], t["name"], t["budget"], t["start"], t["finish"], t["finish"], t["forecast"],
                t["actual_finish"], gp.Pct(t["pct"]), t["actual_cost"], None])
    sheets["holidays"].rows.extend(gp.holiday_rows("en"))
    gp.write_workbook(path, "en", sheets)


def write_csv(path, projects):
    lines = ["Project ID,Project name,WBS,Task name,Budget (thousand yen),Planned start,Planned finish,"
             "% complete,Actual cost"]
    for p in projects:
        for t in p["tasks"]:
            lines.append(",".join([p["id"], p["name"], t["wbs"], t["name"], str(t["budget"]), t["start"].isoformat(),
                                   t["finish"].isoformat(), "%g%%" % round(t["pct"] * 100, 6),
                                   "" if t["actual_cost"] is None else str(t["actual_cost"])]))
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(lines) + "\n")


# ---- a private headless LibreOffice: conversions and the password ------------

OFFICE_JOB = r'''
import json, os, subprocess, sys, time
import uno
from com.sun.star.beans import PropertyValue

def prop(name, value):
    p = PropertyValue(); p.Name, p.Value = name, value; return p

job = json.load(open(sys.argv[1]))
pipe = "pmocalc_rollup_%d" % os.getpid()
office = subprocess.Popen([job["soffice"], "--headless", "--invisible", "--norestore", "--nologo",
                           "--nodefault", "--nolockcheck",
                           "-env:UserInstallation=" + uno.systemPathToFileUrl(job["profile"]),
                           "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
print("office", office.pid, flush=True)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            if office.poll() is not None:
                raise SystemExit("LibreOffice ended before it could be reached")
            time.sleep(0.25)
    else:
        raise SystemExit("LibreOffice did not start")
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    for source, target, filter_name, password in job["files"]:
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        args = [prop("FilterName", filter_name), prop("Overwrite", True)]
        if password:
            args.append(prop("Password", password))
        doc.storeToURL(uno.systemPathToFileUrl(target), tuple(args))
        doc.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
    office.wait(timeout=60)
finally:
    if office.poll() is None:
        office.kill()
        office.wait()
'''

FILTERS = {".ods": "calc8", ".xlsx": "Calc MS Excel 2007 XML"}


def uno_python():
    try:
        import uno  # noqa: F401
        return sys.executable
    except ImportError:
        pass
    for candidate in UNO_PYTHONS:
        if os.path.exists(candidate) and subprocess.run([candidate, "-c", "import uno"],
                                                        capture_output=True).returncode == 0:
            return candidate
    raise RuntimeError("no Python with the uno module (apt-get install python3-uno)")


def office_convert(files, timeout=300):
    """[(source .fods, target, password or None)]: each saved by one private headless office."""
    work = tempfile.mkdtemp(prefix="pmocalc-rollup-office-")
    try:
        job = {"soffice": shutil.which("soffice") or "/usr/bin/soffice", "profile": os.path.join(work, "profile"),
               "files": [(s, t, FILTERS[os.path.splitext(t)[1]], p) for s, t, p in files]}
        job_path = os.path.join(work, "job.json")
        with open(job_path, "w", encoding="utf-8") as f:
            json.dump(job, f)
        script = os.path.join(work, "office_job.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(OFFICE_JOB)
        done = subprocess.run([uno_python(), script, job_path], capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError("LibreOffice could not convert the workbooks:\n" + done.stdout + done.stderr)
        for _, target, _ in files:
            if not os.path.exists(target):
                raise RuntimeError("LibreOffice did not write " + target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---- the folder -----------------------------------------------------------------

def _set_mtime(path, when):
    os.utime(path, (when, when))


def make_folder(path, status_date):
    """Writes the folder at `path` (created; must not hold anything) as of
    `status_date` (a date or "YYYY-MM-DD"). Returns what it made (see
    expected_totals)."""
    status_date = _day(status_date)
    os.makedirs(path, exist_ok=True)
    path = os.path.realpath(path)
    if os.listdir(path):
        raise ValueError(path + " is not empty")
    staging = tempfile.mkdtemp(prefix="pmocalc-rollup-fods-")
    info = {"path": path, "status_date": status_date.isoformat(), "files": {}, "cases": json.loads(json.dumps(CASES))}
    convert = []
    try:
        for rel, projects, days, title, *draft in OWN:
            as_of = status_date + dt.timedelta(days=days)
            model = own_projects(projects, status_date, as_of, bool(draft))
            target = os.path.join(path, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if rel.endswith(".fods"):
                write_own_fods(target, title, as_of, model)
            else:
                fods = os.path.join(staging, rel.replace("/", "_") + ".fods")
                write_own_fods(fods, title, as_of, model)
                convert.append((fods, target, None))
            info["files"][rel] = {"kind": "own", "status_date": as_of.isoformat(), "title": title, "draft": bool(draft),
                                  "unit": "person-days" if title == TITLE_PERSON_DAYS else UNIT,
                                  "weighting": "budget", "projects": _jsonable(model)}
        # The password-protected workbook: a project of its own that is never counted.
        convert.append(_locked_job(staging, os.path.join(path, CASES["password"]), status_date))
        info["files"][CASES["password"]] = {"kind": "password", "projects": []}
        office_convert(convert)

        csv_rel = "team-b/tasks-export_%s.csv" % status_date.strftime("%Y%m%d")
        csv_model = own_projects(CSV_PROJECTS, status_date, status_date)
        write_csv(os.path.join(path, csv_rel), csv_model)
        info["files"][csv_rel] = {"kind": "own", "status_date": status_date.isoformat(), "unit": UNIT,
                                  "weighting": "budget", "projects": _jsonable(csv_model)}

        os.makedirs(os.path.join(path, REAL_FOLDER))
        for name in REAL:
            rel = REAL_FOLDER + "/" + name
            shutil.copyfile(os.path.join(CORPUS, name), os.path.join(path, rel))
            info["files"][rel] = {"kind": "real", "source": os.path.join(CORPUS, name)}

        make_broken(os.path.join(path, CASES["damaged"]))
        info["files"][CASES["damaged"]] = {"kind": "damaged", "projects": []}

        hidden_name, hidden_projects = HIDDEN
        write_own_fods(os.path.join(path, hidden_name), TITLE, status_date,
                       own_projects(hidden_projects, status_date, status_date))
        with open(os.path.join(path, ".~lock.alpha.fods#"), "w", encoding="utf-8") as f:
            f.write(",someone,somehost,07.12.2026 09:30,file:///home/someone/.config/libreoffice/4;")
        with open(os.path.join(path, "~$echo.xlsx"), "wb") as f:
            f.write(b"\x0asomeone" + b"\x00" * 155)
        with open(os.path.join(path, "notes.txt"), "w", encoding="utf-8") as f:
            f.write("Weekly status files of the PMO. Not a workbook.\n")
        for name in CASES["skipped"]:
            info["files"][name] = {"kind": "skipped", "projects": []}

        day_before = time.time() - 86400
        for root, _, names in os.walk(path):
            for name in names:
                _set_mtime(os.path.join(root, name), day_before)
        # The same project, the same status date: kilo-resaved.ods was saved two days later.
        _set_mtime(os.path.join(path, CASES["duplicate_saved"][0]), day_before - 2 * 86400)
        for rel, entry in info["files"].items():
            entry["mtime"] = os.stat(os.path.join(path, rel)).st_mtime
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return info


def make_broken(path):
    """A file of random bytes (named .xlsx: damaged)."""
    rng = random.Random(20261120)
    with open(path, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(4096)))


def _locked_job(staging, target, status_date):
    fods = os.path.join(staging, os.path.basename(target) + ".fods")
    write_own_fods(fods, TITLE, status_date, own_projects([("P20", "Locked project")], status_date, status_date))
    return (fods, target, PASSWORD)


def make_locked(path, status_date):
    """A workbook of ours saved by LibreOffice with a password (.ods)."""
    status_date = _day(status_date)
    staging = tempfile.mkdtemp(prefix="pmocalc-rollup-fods-")
    try:
        office_convert([_locked_job(staging, path, status_date)])
    finally:
        shutil.rmtree(staging, ignore_errors=True)


RATES_FOLDER = ["alpha.fods", "delta.fods", "hotel.fods", "mike-persondays.fods"]
RATES_REAL = ["ja_evm_gantt_masatomix.xlsm"]


def make_rates_folder(path, status_date):
    """A small folder (no LibreOffice needed): three of our workbooks in thousand
    yen, one in person-days, and a third-party one weighted by effort in md."""
    status_date = _day(status_date)
    os.makedirs(path, exist_ok=True)
    path = os.path.realpath(path)
    info = {"path": path, "status_date": status_date.isoformat(), "files": {}, "cases": {}}
    for rel, projects, days, title, *draft in OWN:
        if rel not in RATES_FOLDER:
            continue
        model = own_projects(projects, status_date, status_date)
        write_own_fods(os.path.join(path, rel), title, status_date, model)
        info["files"][rel] = {"kind": "own", "status_date": status_date.isoformat(), "title": title, "draft": False,
                              "unit": "person-days" if title == TITLE_PERSON_DAYS else UNIT,
                              "weighting": "budget", "projects": _jsonable(model)}
    for name in RATES_REAL:
        shutil.copyfile(os.path.join(CORPUS, name), os.path.join(path, name))
        info["files"][name] = {"kind": "real", "source": os.path.join(CORPUS, name)}
    for rel, entry in info["files"].items():
        entry["mtime"] = os.stat(os.path.join(path, rel)).st_mtime
    return info


def write_rates_workbook(path, rates, sheet="Rates"):
    """A portfolio workbook (.fods) holding only a sheet "Rates": Unit | Rate."""
    rates_sheet = gp.Sheet(sheet, [(4.0, None), (3.0, "ceNum")])
    rates_sheet.rows.append([gp.Styled("Unit", "ceHeader"), gp.Styled("Rate", "ceHeader")])
    for unit, rate in rates.items():
        rates_sheet.rows.append([unit, rate])
    gp.OdsWriter("en").write(path, [rates_sheet])


def _jsonable(projects):
    out = []
    for p in projects:
        tasks = [{k: (v.isoformat() if isinstance(v, D) else v) for k, v in t.items()} for t in p["tasks"]]
        out.append({"id": p["id"], "name": p["name"], "tasks": tasks})
    return out


def update_file(info, rel, status_date):
    """Rewrites our own workbook `rel` as of `status_date` (later progress, its
    status date moved): a file changed since the last roll-up."""
    entry = info["files"][rel]
    assert entry["kind"] == "own" and rel.endswith(".fods"), rel
    status_date = _day(status_date)
    anchor = D.fromisoformat(info["status_date"])
    pairs = [(p["id"], p["name"]) for p in entry["projects"]]
    model = own_projects(pairs, anchor, status_date, entry.get("draft", False))
    target = os.path.join(info["path"], rel)
    write_own_fods(target, entry["title"], status_date, model)
    entry.update(status_date=status_date.isoformat(), projects=_jsonable(model), mtime=os.stat(target).st_mtime)
    return entry


def remove_file(info, rel):
    """Removes one file from the folder; returns its entry."""
    os.remove(os.path.join(info["path"], rel))
    return info["files"].pop(rel)


# ---- the model ------------------------------------------------------------------

def single_file_figures(info, build, timeout=900):
    """The third-party files' figures, each file reported alone by the existing
    single-file engine (`pmocalc-report FILE --json`): cached in `info`."""
    cache = info.setdefault("single", {})
    wanted = [rel for rel, e in info["files"].items() if e["kind"] == "real" and rel not in cache]
    if not wanted:
        return cache
    out = tempfile.mkdtemp(prefix="pmocalc-rollup-single-")
    try:
        env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("LANGUAGE", None)
        done = subprocess.run([os.path.join(build, "pmocalc-report")] + [os.path.join(info["path"], r) for r in wanted]
                              + ["--out", out, "--json"], capture_output=True, text=True, timeout=timeout, env=env)
        if done.returncode != 0:
            raise RuntimeError("pmocalc-report failed on a third-party file:\n" + done.stdout + done.stderr)
        for rel in wanted:
            stem = os.path.splitext(os.path.basename(rel))[0]
            with open(os.path.join(out, stem + "-report.json"), encoding="utf-8") as f:
                summary = json.load(f)
            projects = [{"id": p["id"] or p["name"] or stem, "name": p["name"]} for p in summary["projects"]]
            cache[rel] = {
                "bac": summary["portfolio"]["bac"], "ev": summary["portfolio"]["ev"], "ac": summary["portfolio"]["ac"],
                "unit": summary["unit"] or "", "weighting": summary["weighting"],
                # A status date the file does not give (today's) is none.
                "status_date": None if summary["status_date_source"] == "today" else summary["status_date"],
                "projects": projects,
            }
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return cache


def own_figures(entry):
    """BAC, EV, AC of each of our own file's projects from the generated numbers."""
    out = []
    for p in entry["projects"]:
        bac = sum(t["budget"] for t in p["tasks"])
        ev = sum(t["budget"] * t["pct"] for t in p["tasks"])
        costs = [t["actual_cost"] for t in p["tasks"] if t["actual_cost"] is not None]
        out.append({"id": p["id"], "name": p["name"], "bac": float(bac), "ev": float(ev),
                    "ac": float(sum(costs)) if costs else None})
    return out


def unit_key(unit):
    return "".join((unit or "").casefold().split())


def _most_common(values):
    best, count = None, 0
    for v in values:  # ties to the first seen, as given
        n = values.count(v)
        if n > count:
            best, count = v, n
    return best


def expected_totals(info, build=None, status_date=None, stale_days=7, rates=None):
    """The roll-up as the model sees it:
    {"bac", "ev", "ac", "status_date", "weighting", "unit",
     "sources": {rel: {"counted": bool, "flags": set, "projects": {id: counted}, "rate": rate or None}},
     "counted_projects": {id: rel}}
    status_date: the portfolio's (default: the latest of the files'); rates: {unit: rate}
    (the OUT workbook's Rates sheet). `build` is needed for the third-party files."""
    if build is None:
        import report_cli
        build = report_cli.BUILD
    single = single_file_figures(info, build)
    rates = {unit_key(u): r for u, r in (rates or {}).items()}
    files = []  # readable workbooks: rel, status date, mtime, unit, weighting, projects
    sources = {}
    for rel, entry in info["files"].items():
        if entry["kind"] == "skipped":
            continue
        if entry["kind"] in ("damaged", "password"):
            sources[rel] = {"counted": False, "flags": {"unreadable"}, "projects": {}, "rate": None}
            continue
        if entry["kind"] == "own":
            figures = own_figures(entry)
            f = {"rel": rel, "status_date": entry["status_date"], "unit": entry["unit"],
                 "weighting": entry["weighting"], "projects": figures}
        else:
            s = single[rel]
            figures = [dict(p, bac=0.0, ev=0.0, ac=None) for p in s["projects"]]
            if len(figures) == 1:
                figures[0].update(bac=s["bac"], ev=s["ev"], ac=s["ac"])
            else:  # not in this folder: the model needs one project per third-party file
                raise AssertionError(rel + " holds %d projects" % len(figures))
            f = {"rel": rel, "status_date": s["status_date"], "unit": s["unit"], "weighting": s["weighting"],
                 "projects": figures}
        f["mtime"] = entry["mtime"]
        for p in f["projects"]:
            p["counted"] = True
        files.append(f)
        sources[rel] = {"counted": True, "flags": set(), "projects": {}, "rate": None}

    dates = [f["status_date"] for f in files if f["status_date"]]
    portfolio_date = status_date or (max(dates) if dates else None)

    # The same project ID in two files: the later status date, then the later save.
    def later(a, b):
        if a["status_date"] != b["status_date"]:
            return (a["status_date"] or "") > (b["status_date"] or "")
        return a["mtime"] > b["mtime"]

    holder = {}
    for f in files:
        for p in f["projects"]:
            other = holder.get(p["id"])
            if other is None or other is f:
                holder[p["id"]] = f
                continue
            winner, loser = (f, other) if later(f, other) else (other, f)
            for q in loser["projects"]:
                if q["id"] == p["id"]:
                    q["counted"] = False
            sources[loser["rel"]]["flags"].add("duplicate")
            holder[p["id"]] = winner

    # The portfolio's measure: the weighting of most counted projects, the unit most of its files name.
    weighting = _most_common([f["weighting"] for f in files for p in f["projects"] if p["counted"]]) or "budget"
    named = [f["unit"] for f in files
             if f["weighting"] == weighting and f["unit"] and any(p["counted"] for p in f["projects"])]
    keys = [unit_key(u) for u in named]
    unit_as_typed = named[keys.index(_most_common(keys))] if named else ""
    unit = unit_key(unit_as_typed)
    for f in files:
        if not any(p["counted"] for p in f["projects"]):
            continue
        if f["weighting"] == weighting and (unit_key(f["unit"]) == unit or not f["unit"]):
            continue
        rate = rates.get(unit_key(f["unit"])) if f["unit"] else None
        if rate is not None:
            sources[f["rel"]]["rate"] = rate
            for p in f["projects"]:
                p["bac"], p["ev"] = p["bac"] * rate, p["ev"] * rate
                p["ac"] = None if p["ac"] is None else p["ac"] * rate
        else:
            sources[f["rel"]]["flags"].add("unit")
            for p in f["projects"]:
                p["counted"] = False

    total = {"bac": 0.0, "ev": 0.0, "ac": 0.0}
    counted = {}
    for f in files:
        src = sources[f["rel"]]
        src["projects"] = {p["id"]: p["counted"] for p in f["projects"]}
        src["counted"] = any(p["counted"] for p in f["projects"])
        src["status_date"] = f["status_date"]
        if src["counted"] and f["status_date"] and portfolio_date and \
                (D.fromisoformat(portfolio_date) - D.fromisoformat(f["status_date"])).days > stale_days:
            src["flags"].add("stale")
        for p in f["projects"]:
            if p["counted"]:
                counted[p["id"]] = f["rel"]
                total["bac"] += p["bac"]
                total["ev"] += p["ev"]
                total["ac"] += p["ac"] or 0.0
    return dict(total, status_date=portfolio_date, weighting=weighting, unit=unit_as_typed, sources=sources,
                counted_projects=counted)


def main(argv):
    import argparse
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build")
    parser.add_argument("folder", nargs="?")
    parser.add_argument("--status-date", default="2026-11-20")
    args = parser.parse_args(argv)
    folder = args.folder or tempfile.mkdtemp(prefix="pmocalc-rollup-folder-")
    started = time.perf_counter()
    info = make_folder(folder, args.status_date)
    made = time.perf_counter() - started
    model = expected_totals(info, os.path.abspath(args.build), status_date=args.status_date)
    print("folder %s: %d files in %.1f s" % (info["path"], len(info["files"]), made))
    for rel, src in sorted(model["sources"].items()):
        print("  %-48s counted=%-5s flags=%-22s %s" % (rel, src["counted"], ",".join(sorted(src["flags"])) or "-",
                                                       " ".join("%s%s" % (k, "" if v else "(no)")
                                                                for k, v in src["projects"].items())))
    print("status date %s, weighting %s, unit %r, %d projects counted" % (
        model["status_date"], model["weighting"], model["unit"], len(model["counted_projects"])))
    print("BAC %.6f  EV %.6f  AC %.6f" % (model["bac"], model["ev"], model["ac"]))


if __name__ == "__main__":
    main(sys.argv[1:])
