#!/usr/bin/env bash
# Every test: the core unit tests, the catalog/IDL/xcu agreement, the golden
# workbooks (plus their xlsx round trip), the end-to-end reports, the in-Calc
# command and the live hostile test of every function in real headless Calc;
# then a bounded fuzz run of every core target (scripts/fuzz.sh) and the unit
# and end-to-end tests again under ASan + UBSan (scripts/sanitize.sh).
# All three parts run; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh || exit 1

failed=()
(cd build && ctest --output-on-failure -j"$(nproc)") || failed+=("ctest")
./scripts/fuzz.sh || failed+=("fuzz")
./scripts/sanitize.sh || failed+=("sanitize")

if [ ${#failed[@]} -ne 0 ]; then
  echo "test: FAILED: ${failed[*]}"
  exit 1
fi
echo "test: everything passed (ctest, fuzz, sanitize)"
