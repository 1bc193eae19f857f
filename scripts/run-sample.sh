#!/usr/bin/env bash
# The main job on the shipped sample: build; generate the PMO status report for
# the sample portfolio (English and Japanese) into out/ — report workbook, PDF
# and JSON — and print its key figures; then install the extension into a
# private profile and evaluate the PMO_* function demo workbooks.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
mkdir -p out
build/pmocalc-report examples/portfolio-sample-en.fods examples/portfolio-sample-ja.fods --out out --pdf --json
python3 tools/print_summary.py out/portfolio-sample-en-report.json out/portfolio-sample-ja-report.json
python3 tools/run_sample.py build examples/functions-demo-en.fods examples/functions-demo-ja.fods
