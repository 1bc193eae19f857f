#!/usr/bin/env bash
# Every test: core unit tests, the catalog/IDL/xcu agreement, and the golden
# workbooks (plus their xlsx round trip) recalculated in real headless Calc.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
cd build
ctest --output-on-failure -j"$(nproc)"
