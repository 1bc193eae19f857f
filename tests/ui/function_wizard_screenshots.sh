#!/usr/bin/env bash
# Screenshots of Calc's Function Wizard showing the pmocalc add-in functions,
# with their descriptions and argument help, in an English and a Japanese UI.
#
# A real (non-headless) LibreOffice runs under Xvfb on a fresh private profile
# with build/pmocalc.oxt installed; xdotool drives it and ImageMagick's
# `import` takes the pictures. For each UI language (en, ja) it writes to
# build/screenshots/:
#   wizard-<lang>-list.png      Functions tab, search "PMO_": the add-in's
#                               functions, PMO_EAC selected with its signature
#                               and description.
#   wizard-<lang>-list-end.png  the same list scrolled to its end, PMO_VAC
#                               selected.
#   wizard-<lang>.png           =PMO_EAC(B3;B5;B6;"composite";B4) opened in the
#                               wizard: description, argument fields, result,
#                               and the help of the first argument (BAC).
#   wizard-<lang>-optional.png  the same, text cursor in the 4th argument:
#                               help of the optional argument "method".
#   wizard-<lang>-pv.png        the same, cursor in the 5th argument: help of
#                               the optional argument PV.
# The pictures are for a person to look at: nothing here reads their text.
#
# Usage: tests/ui/function_wizard_screenshots.sh [en] [ja]   (default: en ja)
#   PMOCALC_OXT=path.oxt       extension to install (default build/pmocalc.oxt)
#   PMOCALC_SCREENSHOT_DIR=dir output folder (default build/screenshots)
#   SAL_USE_VCLPLUGIN=gen      X11 UI instead of the default gtk3
# Needs (Debian): libreoffice-calc libreoffice-gtk3 libreoffice-l10n-ja
#   fonts-noto-cjk xvfb xdotool imagemagick util-linux (setpriv, setsid)
#   coreutils (timeout).
# Exits non-zero if Xvfb or LibreOffice does not start, the wizard does not
# open, or a screenshot is missing or blank. Everything it started (Xvfb,
# soffice) is stopped on exit, whatever happens; the whole run is capped at
# 170 seconds.
set -euo pipefail

if [ -z "${PMOCALC_WIZARD_CAPPED:-}" ]; then
  export PMOCALC_WIZARD_CAPPED=1
  exec timeout -k 10 170 bash "$0" "$@"
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OXT=${PMOCALC_OXT:-$ROOT/build/pmocalc.oxt}
OUT=${PMOCALC_SCREENSHOT_DIR:-$ROOT/build/screenshots}
WIZARD_TITLE='^(Function Wizard|関数ウィザード)$'
if [ $# -gt 0 ]; then LANGS=("$@"); else LANGS=(en ja); fi

log() { echo "wizard-screenshots: $*" >&2; }
die() { log "FAIL: $*"; exit 1; }

for tool in Xvfb xdotool import identify setpriv setsid timeout; do
  command -v "$tool" >/dev/null || die "missing $tool (packages: xvfb xdotool imagemagick util-linux coreutils)"
done
GUI_WORK_PREFIX=pmocalc-wizard
# shellcheck source=tests/ui/gui_session.sh
source "$ROOT/tests/ui/gui_session.sh"

# ---- Xvfb ------------------------------------------------------------------
start_xvfb 1400 1000

mkdir -p "$OUT"

# ---- helpers for the GUI ---------------------------------------------------
wait_gone() {
  local id=$1
  for _ in $(seq 20); do
    xdotool getwindowname "$id" >/dev/null 2>&1 || return 0
    xdotool search --onlyvisible --name "$WIZARD_TITLE" 2>/dev/null | grep -qx "$id" || return 0
    sleep 0.25
  done
}

shoot() {
  local file=$1
  sleep 1
  import -window root "$file" || die "import failed for $file"
  # A picture of a blank screen has one or two colours; a dialog has many.
  local colours
  colours=$(identify -format '%k' "$file" 2>/dev/null || echo 0)
  [ "$colours" -gt 16 ] || die "$file looks blank ($colours colours)"
  log "wrote $file"
}

# Ctrl+F2 in the Calc window; a second try if the first key press was lost.
open_wizard() {
  local calc=$1 id try
  for try in 1 2; do
    focus "$calc"
    xdotool key ctrl+F2
    if id=$(wait_window "Function Wizard" 15 --name "$WIZARD_TITLE"); then
      focus "$id"
      sleep 1
      echo "$id"
      return 0
    fi
  done
  return 1
}

close_wizard() {
  local calc=$1 wizard=$2
  focus "$wizard"
  xdotool key Escape
  wait_gone "$wizard"
  focus "$calc"
  xdotool key Escape  # leave the cell's edit mode, dropping the formula
  sleep 0.5
}

# ---- one UI language ---------------------------------------------------------
run_language() {
  local lang=$1 locale workbook
  case "$lang" in
    en) locale=en-US; workbook=$ROOT/examples/functions-demo-en.fods ;;
    ja) locale=ja; workbook=$ROOT/examples/functions-demo-ja.fods ;;
    *) die "unknown language $lang (en or ja)" ;;
  esac
  [ -f "$workbook" ] || die "missing $workbook"

  local dir=$WORK/$lang
  make_profile "$dir" "$locale"
  stage_for_office "$dir" "$workbook"
  local doc=$dir/$(basename "$workbook")

  log "[$lang] starting LibreOffice"
  launch_office "$dir/profile" "$doc" "$WORK/soffice-$lang.log"

  local calc
  calc=$(wait_window "Calc document" 90 --class '^libreoffice-calc$') \
    || { cat "$WORK/soffice-$lang.log" >&2; die "[$lang] LibreOffice Calc did not start"; }
  sleep 3  # let the document finish loading and recalculating

  # An empty cell below the summary: C28.
  focus "$calc"
  xdotool key ctrl+Home
  xdotool key --repeat 27 --delay 20 Down
  xdotool key Right Right
  sleep 0.5

  # 1. Functions tab, searching "PMO_", PMO_EAC selected.
  local wizard
  wizard=$(open_wizard "$calc") || die "[$lang] the Function Wizard did not open"
  xdotool type --delay 60 'PMO_'
  sleep 1
  xdotool key Tab   # category list
  sleep 0.3
  xdotool key Tab   # function list: selects its first entry, PMO_CPI
  sleep 0.5
  xdotool key Down  # PMO_CV
  sleep 0.3
  xdotool key Down  # PMO_EAC
  shoot "$OUT/wizard-$lang-list.png"
  xdotool key End   # the end of the list: PMO_VAC
  shoot "$OUT/wizard-$lang-list-end.png"
  close_wizard "$calc" "$wizard"

  # 2. A formula with every argument, opened in the wizard: argument page.
  # B3, B5, B6 and B4 are BAC, EV, AC and PV on the demo workbook's first sheet.
  focus "$calc"
  xdotool type --delay 50 '=PMO_EAC(B3;B5;B6;"composite";B4'
  sleep 0.5
  wizard=$(open_wizard "$calc") || die "[$lang] the Function Wizard did not open on the formula"
  shoot "$OUT/wizard-$lang.png"

  # 3. The text cursor inside "composite" (4th argument): help of "method".
  xdotool key End
  xdotool key --repeat 6 --delay 50 Left
  shoot "$OUT/wizard-$lang-optional.png"

  # 4. The text cursor inside B4 (5th argument): help of PV.
  xdotool key End
  xdotool key Left
  shoot "$OUT/wizard-$lang-pv.png"
  close_wizard "$calc" "$wizard"

  stop_soffice
}

for lang in "${LANGS[@]}"; do
  run_language "$lang"
done
log "done: $(ls "$OUT"/wizard-*.png | wc -l) screenshots in $OUT"
