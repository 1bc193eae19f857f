#!/usr/bin/env bash
# Writes the shipped sample portfolios (examples/portfolio-sample-{en,ja}.fods)
# with a few months of status history: dated copies of the sample as of earlier
# month ends are recorded by pmocalc-report itself (--history --record), and
# the PMO History sheet it wrote is put into the sample (without the sample's
# own status date, which the first report records). Needs a build (build/).
#   tools/make_samples.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
for lang in en ja; do
  copies=()
  for date in 2025-07-31 2025-08-29 2025-09-30; do
    copy="$work/portfolio-sample-$lang-$date.fods"
    python3 tools/generate_portfolio.py sample --lang "$lang" --as-of "$date" --out "$copy"
    copies+=("$copy")
  done
  current="$work/portfolio-sample-$lang.fods"
  python3 tools/generate_portfolio.py sample --lang "$lang" --out "$current"
  "$build/pmocalc-report" --history --record --lang "$lang" "${copies[@]}" "$current" --out "$work/out"
  python3 tools/generate_portfolio.py sample --lang "$lang" \
    --history-from "$work/out/portfolio-sample-$lang-report.fods" --out "examples/portfolio-sample-$lang.fods"
done
