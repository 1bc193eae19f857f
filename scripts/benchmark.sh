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
#       against its numpy reference, bench/schedule_reference.py).
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
  *)
    echo "benchmark: unknown part $part" >&2
    exit 2 ;;
  esac
done
