#!/usr/bin/env bash
# The bounded fuzz run of the test command: builds the libFuzzer targets of
# fuzz/ (build-fuzz, clang-14, ASan + UBSan) and runs each on its corpus for
# a bounded time; fails on any finding (crash, sanitizer report, broken
# invariant, an input that takes over 10 s, a leak).
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   default 12: fuzz_workbook gets 3×, fuzz_tables 2×, about 160 s in all
#
# New inputs go to build-fuzz/corpus/<target> (the checked-in seeds in
# fuzz/corpus/<target> are only read); a finding is saved as
# build-fuzz/findings/<target>/crash-… (or timeout-…, leak-…): see docs/FUZZING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-12}
targets=(fuzz_workbook fuzz_tables fuzz_headers fuzz_value_words fuzz_typed_text fuzz_messages fuzz_calendar
         fuzz_earned_schedule fuzz_sheet_functions fuzz_schedule_network fuzz_mspdi fuzz_xer fuzz_gan)

./scripts/bootstrap.sh
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-14 -DPMOCALC_BUILD_FUZZERS=ON \
      -DPMOCALC_BUILD_EXTENSION=OFF -DPMOCALC_BUILD_TESTS=OFF >/dev/null
if ! cmake --build build-fuzz -j"$(nproc)" >build-fuzz/build.log 2>&1; then
  cat build-fuzz/build.log
  exit 1
fi

passed=0
failed=0
for target in "${targets[@]}"; do
  time=$seconds
  [ "$target" = fuzz_workbook ] && time=$((seconds * 3))  # the slowest runs and the most code
  [ "$target" = fuzz_tables ] && time=$((seconds * 2))    # whole sheets, read
  work=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  log=build-fuzz/$target.log
  mkdir -p "$work" "$findings"
  status=0
  "build-fuzz/fuzz/$target" -max_total_time="$time" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$findings/" "$work" "fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]* ft: [0-9]* corp: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    printf 'fuzz: %-21s ok     %9s runs in %3ss, %s\n' "$target" "${runs:-?}" "$time" "${coverage:-cov ?}"
  else
    failed=$((failed + 1))
    printf 'fuzz: %-21s FAILED %9s runs (exit %s): %s\n' "$target" "${runs:-?}" "$status" \
           "$(ls "$findings" | head -1)"
    grep -E 'ERROR|invariant broken|runtime error|SUMMARY' "$log" | head -5 | sed 's/^/    /'
    echo "    full log: $log; reproduce: build-fuzz/fuzz/$target $findings/<file>"
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
