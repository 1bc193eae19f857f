#!/usr/bin/env bash
# Every benchmark of docs/BENCHMARKS.md, each printing its ratios measured in
# one run (never a timed test: the machines are shared and noisy).
#
#   scripts/benchmark.sh [ROUNDS] [PART...]
#
# PART: report (100k task rows), report-1m (1M task rows; ~1 GB workbook, minutes),
#       long-text (100,000-character cells), functions (every PMO_* per row and the
#       range form), core (EVM + ES + PV, reading and layout without UNO).
# Default: report long-text functions core.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(report long-text functions core)
./scripts/build.sh >/dev/null
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
  *)
    echo "benchmark: unknown part $part" >&2
    exit 2 ;;
  esac
done
