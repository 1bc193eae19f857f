#!/usr/bin/env bash
# Report speed on a generated 200 projects x 500 tasks portfolio (100k task
# rows, 5k risks, 5k issues), against the bare bulk I/O floor, in one run.
# usage: scripts/benchmark.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
workbook=build/bench/portfolio-200x500.fods
if [ ! -f "$workbook" ]; then
  python3 tools/generate_portfolio.py benchmark --projects 200 --tasks-per-project 500 --risks 5000 \
    --issues 5000 --out "$workbook"
fi
nproc | sed 's/^/cores               /'
build/report_benchmark "$workbook" "${1:-5}"
