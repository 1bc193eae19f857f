#!/usr/bin/env bash
# Every benchmark of docs/BENCHMARKS.md, each printing its ratios measured in
# one run (never a timed test: the machines are shared and noisy).
#
#   scripts/benchmark.sh [ROUNDS] [PART...]
#
# PART: report (100k task rows), report-1m (1M task rows; ~1 GB workbook, minutes),
#       long-text (100,000-character cells), functions (every PMO_* per row and the
#       range form), core (EVM + ES + PV, reading and layout without UNO),
#       schedule (CPM over 100k tasks; Monte Carlo 1,000 tasks × 10,000 iterations
#       against its numpy reference, bench/schedule_reference.py),
#       import (a Primavera P6 export of 10,000 activities, tools/generate_xer.py: read
#       into the schedule model and into pmocalc's sheets by the core, and reported end
#       to end by pmocalc-report; seconds),
#       rollup (pmocalc-report --portfolio over a folder of 300 workbooks × 200 tasks of
#       mixed formats and layouts, tools/generate_rollup_folder.py, against --open-only:
#       the same workers merely opening and closing every file; minutes).
# Default: report long-text functions core schedule.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(report long-text functions core schedule)
# The core's benchmarks alone need only their own targets; the others the whole build.
core_only=1
for part in "${parts[@]}"; do
  case $part in core | schedule) ;; *) core_only=0 ;; esac
done
if [ $core_only -eq 1 ]; then
  ./scripts/bootstrap.sh
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)" --target core_benchmark schedule_benchmark >/dev/null
else
  ./scripts/build.sh >/dev/null
fi
mkdir -p build/bench
nproc | sed 's/^/cores               /'

workbook() {  # FILE ARGS...: generates the workbook once
  local file=$1
  shift
  [ -f "$file" ] || python3 tools/generate_portfolio.py benchmark "$@" --out "$file"
}

for part in "${parts[@]}"; do
  echo "== $part"
  case $part in
  report)
    workbook build/bench/portfolio-200x500.fods --projects 200 --tasks-per-project 500 --risks 5000 --issues 5000
    build/report_benchmark build/bench/portfolio-200x500.fods "$rounds" ;;
  report-1m)
    workbook build/bench/portfolio-2000x500.fods --projects 2000 --tasks-per-project 500 --risks 50000 \
      --issues 50000
    build/report_benchmark build/bench/portfolio-2000x500.fods 1 ;;
  long-text)
    # pmocalc-report itself: what it writes must not grow with the input's texts.
    input=build/bench/longtext-10x50.fods
    workbook "$input" --projects 10 --tasks-per-project 50 --risks 200 --issues 200 --long-text 100000
    out=build/bench/long-text-out
    rm -rf "$out"
    start=$(date +%s.%N)
    build/pmocalc-report "$input" --out "$out" --json --pdf >/dev/null
    end=$(date +%s.%N)
    in_size=$(stat -c %s "$input")
    report_size=$(stat -c %s "$out/longtext-10x50-report.fods")
    printf 'input               %s bytes (%s)\n' "$in_size" "$input"
    printf 'pmocalc-report      %.1f s (load, report, save, PDF, JSON)\n' "$(python3 -c "print($end - $start)")"
    printf 'report workbook     %s bytes: the report added %s bytes\n' "$report_size" $((report_size - in_size))
    printf 'JSON, PDF           %s, %s bytes\n' "$(stat -c %s "$out/longtext-10x50-report.json")" \
      "$(stat -c %s "$out/longtext-10x50-report.pdf")" ;;
  functions)
    build/function_benchmark "$rounds" ;;
  core)
    build/core_benchmark --benchmark_repetitions="$rounds" --benchmark_report_aggregates_only=true ;;
  schedule)
    # Debian's python3-numpy is in the system interpreter, which may not be the first python3.
    python=python3
    "$python" -c 'import numpy' 2>/dev/null || python=/usr/bin/python3
    "$python" bench/schedule_reference.py build/schedule_benchmark "$rounds" ;;
  import)
    xer=build/bench/p6-10000.xer
    [ -f "$xer" ] || python3 tools/generate_xer.py --activities 10000 --out "$xer"
    build/core_benchmark --benchmark_filter=BM_ReadXer --benchmark_repetitions="$rounds" \
        --benchmark_report_aggregates_only=true
    for round in $(seq "$rounds"); do
      rm -rf build/bench/import-out
      start=$(date +%s.%N)
      build/pmocalc-report --out build/bench/import-out --json "$xer" >/dev/null
      end=$(date +%s.%N)
      echo "pmocalc-report $xer (office start, sheets, report): $(python3 -c "print(round($end - $start, 2))") s"
    done ;;
  rollup)
    # The roll-up against its floor, --open-only (the same workers and offices opening
    # and closing every file, reading nothing, writing nothing), alternating, the first
    # of a round swapped each round. Peak RSS: pmocalc-report's own high-water mark
    # (VmHWM, sampled every 20 ms), and what /usr/bin/time -v reports (wait4's
    # ru_maxrss: the largest of pmocalc-report and the processes it waited for).
    folder=build/bench/rollup-300x200
    [ -d "$folder" ] || python3 tools/generate_rollup_folder.py --workbooks 300 --tasks 200 --out "$folder"
    python3 - "$rounds" "$folder" build/bench/rollup-out <<'PY'
import os, shutil, statistics, sys, threading, time

rounds, folder, out_dir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
files = [os.path.join(d, f) for d, _, fs in os.walk(folder) for f in fs]
by_ext = {}
for f in files:
    ext = f.rsplit(".", 1)[-1]
    by_ext[ext] = by_ext.get(ext, 0) + 1
print(f"folder              {len(files)} files, {sum(map(os.path.getsize, files)) / 1e6:.1f} MB "
      f"({', '.join(f'{n} .{e}' for e, n in sorted(by_ext.items()))}) in {folder}")
out = os.path.join(out_dir, "portfolio.ods")
modes = {"open-only": ["--open-only"], "rollup": []}
times = {m: [] for m in modes}
sizes = []
parent_rss = {m: 0 for m in modes}
tree_rss = {m: 0 for m in modes}


def run(mode):
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(out_dir)
    argv = ["build/pmocalc-report", "--portfolio", out, *modes[mode], folder]
    log_path = os.path.join(out_dir, f"{mode}.log")
    log = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    actions = [(os.POSIX_SPAWN_DUP2, log, 1), (os.POSIX_SPAWN_DUP2, log, 2)]
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    os.close(log)
    result = {}

    def reap():
        _, status, usage = os.wait4(pid, 0)
        result.update(end=time.perf_counter(), status=status, usage=usage)

    reaper = threading.Thread(target=reap)
    reaper.start()
    hwm = 0
    while reaper.is_alive():
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        hwm = max(hwm, int(line.split()[1]))
        except OSError:
            pass
        reaper.join(0.02)
    code = os.waitstatus_to_exitcode(result["status"])
    if code != 0 or (mode == "rollup" and not os.path.isfile(out)):
        with open(log_path, errors="replace") as log_file:
            tail = log_file.read()[-3000:]
        sys.exit(f"rollup: {' '.join(argv)} failed (exit {code}{'' if code else ', no ' + out}):\n{tail}")
    elapsed = result["end"] - start
    times[mode].append(elapsed)
    if mode == "rollup":
        sizes.append(os.path.getsize(out))
    parent_rss[mode] = max(parent_rss[mode], hwm)
    tree_rss[mode] = max(tree_rss[mode], result["usage"].ru_maxrss)
    return elapsed


for r in range(rounds):
    order = ["open-only", "rollup"] if r % 2 == 0 else ["rollup", "open-only"]
    measured = {m: run(m) for m in order}
    print(f"round {r + 1:<13} open-only {measured['open-only']:.1f} s, rollup {measured['rollup']:.1f} s: "
          f"{measured['rollup'] / measured['open-only']:.2f}", flush=True)
median = {m: statistics.median(t) for m, t in times.items()}
print(f"open-only           {median['open-only']:.1f} s (median of {rounds})")
print(f"rollup              {median['rollup']:.1f} s (median of {rounds}), portfolio {sizes[-1]} bytes")
print(f"rollup/open-only    {median['rollup'] / median['open-only']:.2f} (goal: at most 1.5)")
print(f"peak RSS            pmocalc-report itself: rollup {parent_rss['rollup'] / 1024:.0f} MB, "
      f"open-only {parent_rss['open-only'] / 1024:.0f} MB")
print(f"                    largest process waited for (/usr/bin/time -v): rollup "
      f"{tree_rss['rollup'] / 1024:.0f} MB, open-only {tree_rss['open-only'] / 1024:.0f} MB")
PY
    ;;
  *)
    echo "benchmark: unknown part $part" >&2
    exit 2 ;;
  esac
done
