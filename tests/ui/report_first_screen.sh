#!/usr/bin/env bash
# What a PMO sees first: the report sheet in Calc at 100 % on a 1400 × 900
# screen, for the English and the Japanese sample. build/pmocalc-report
# writes each sample's report (the report sheet saved as the active one);
# a real (non-headless) LibreOffice opens it under Xvfb on a fresh profile
# with build/pmocalc.oxt, and the window, sized to the screen, is pictured
# into build/screenshots/report-first-screen-<lang>.png. The picture is for
# a person to look at (the summary's rows and columns are checked in
# tests/core/report/report_layout_test.cpp, TheSummaryIsTheFirstScreenInCalc);
# the script fails when the office does not start or the picture is blank.
#
# Usage: tests/ui/report_first_screen.sh [en] [ja]   (default: en ja)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OXT=${PMOCALC_OXT:-$ROOT/build/pmocalc.oxt}
REPORT_TOOL=${PMOCALC_REPORT:-$ROOT/build/pmocalc-report}
OUT=${PMOCALC_SCREENSHOT_DIR:-$ROOT/build/screenshots}
SCREEN_W=1400
SCREEN_H=900
if [ $# -gt 0 ]; then LANGS=("$@"); else LANGS=(en ja); fi

log() { echo "first-screen: $*" >&2; }
die() { log "FAIL: $*"; exit 1; }

for tool in Xvfb xdotool import identify setpriv setsid; do
  command -v "$tool" >/dev/null || die "missing $tool (packages: xvfb xdotool imagemagick util-linux)"
done
[ -x "$REPORT_TOOL" ] || die "no report tool at $REPORT_TOOL (build it: cmake --build build)"
GUI_WORK_PREFIX=pmocalc-first-screen
# shellcheck source=tests/ui/gui_session.sh
source "$ROOT/tests/ui/gui_session.sh"
mkdir -p "$OUT"
start_xvfb "$SCREEN_W" "$SCREEN_H"

for lang in "${LANGS[@]}"; do
  sample=$ROOT/examples/portfolio-sample-$lang.fods
  "$REPORT_TOOL" "$sample" --out "$WORK" --lang "$lang" >"$WORK/report-$lang.log" 2>&1 \
    || { cat "$WORK/report-$lang.log" >&2; die "[$lang] no report"; }
  make_profile "$WORK/$lang" "$([ "$lang" = ja ] && echo ja || echo en-US)"
  stage_for_office "$WORK/$lang" "$WORK/portfolio-sample-$lang-report.fods"
  launch_office "$WORK/$lang/profile" "$WORK/$lang/portfolio-sample-$lang-report.fods" "$WORK/soffice-$lang.log"
  calc=$(wait_window "Calc document" 90 --class '^libreoffice-calc$') \
    || { cat "$WORK/soffice-$lang.log" >&2; die "[$lang] LibreOffice Calc did not start"; }
  sleep 4
  xdotool windowmove "$calc" 0 0
  xdotool windowsize "$calc" "$SCREEN_W" "$SCREEN_H"
  sleep 3
  xdotool mousemove $((SCREEN_W - 5)) $((SCREEN_H - 5))
  picture=$OUT/report-first-screen-$lang.png
  import -window root "$picture"
  colours=$(identify -format '%k' "$picture")
  [ "$colours" -gt 20 ] || die "[$lang] the picture is blank ($colours colours)"
  log "[$lang] $picture ($colours colours)"
  stop_soffice
done
log "done"
