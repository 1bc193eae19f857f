#!/usr/bin/env bash
# The sanitized run of the test command: builds our own processes with
# AddressSanitizer + UndefinedBehaviorSanitizer (build-asan, PMOCALC_SANITIZE)
# and runs the core unit tests and pmocalc-report's end-to-end tests there.
# The office, and the extension inside it, stay unsanitized: the CLI drives a
# stock soffice over a bridge, so every line of ours that runs in the CLI is
# checked.
#
#   scripts/sanitize.sh [CTEST_REGEX]   default: the e2e.* and trust.* ctests
#
# Sanitizer reports go to a shared temporary folder, kept as
# build-asan/sanitizer-logs (one file per process,
# whoever started it, including the worker processes of pmocalc-report), so a
# report cannot hide behind a test that expects a failure: the run fails when
# that folder is not empty at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
tests=${1:-'^(e2e|trust)[.]'}

./scripts/bootstrap.sh
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPMOCALC_SANITIZE=ON >/dev/null
# Only what runs in our own processes: no .oxt (an instrumented component
# cannot be loaded into an uninstrumented soffice).
if ! cmake --build build-asan -j"$(nproc)" --target core_tests pmocalc-report pmocalc-office \
     >build-asan/build.log 2>&1; then
  tail -50 build-asan/build.log
  exit 1
fi

# Outside the checkout: the NormalUser test runs the CLI as another user, who
# cannot reach into a checkout in a 0700 folder. Kept in build-asan at the end.
shared=$(mktemp -d "${TMPDIR:-/tmp}/pmocalc-sanitizer-XXXXXX")
chmod 755 "$shared"
logs=$shared/logs
mkdir "$logs"
chmod 1777 "$logs"
cp scripts/lsan.supp "$shared/lsan.supp"
chmod 644 "$shared/lsan.supp"
# --share recalculates pmocalc's functions in its office, so it installs the
# extension there: the normal build's (an instrumented component cannot be
# loaded into an uninstrumented soffice), copied where any user can read it.
[ -f build/pmocalc.oxt ] || ./scripts/build.sh
cp build/pmocalc.oxt "$shared/pmocalc.oxt"
chmod 644 "$shared/pmocalc.oxt"
export PMOCALC_OXT=$shared/pmocalc.oxt
kept=$PWD/build-asan/sanitizer-logs
export ASAN_OPTIONS="log_path=$logs/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="log_path=$logs/ubsan:print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$shared/lsan.supp:print_suppressions=0"

status=0
build-asan/tests/core_tests --gtest_brief=1 || status=$?
(cd build-asan && ctest --output-on-failure -j"$(nproc)" -R "$tests") || status=$?

rm -rf "$kept"
cp -r "$logs" "$kept"
rm -rf "$shared"
if [ -n "$(ls -A "$kept")" ]; then
  echo "sanitize: sanitizer reports in $kept:"
  for log in "$kept"/*; do
    echo "--- $log"
    head -40 "$log"
  done
  status=1
fi
[ "$status" -eq 0 ] && echo "sanitize: unit and end-to-end tests clean under ASan + UBSan"
exit "$status"
