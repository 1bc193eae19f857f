#!/usr/bin/env bash
# Screenshots of the one-click PMO report in Calc: the Tools menu entry, the
# PMO toolbar, the PMO sidebar deck with its portfolio health panel, and the
# report sheet the command makes, in an English and a Japanese UI.
#
# A real (non-headless) LibreOffice runs under Xvfb on a fresh private profile
# with build/pmocalc.oxt installed and a writable copy of
# examples/portfolio-sample-<lang>.fods open; xdotool drives it and
# ImageMagick's `import` takes the pictures. For each UI language (en, ja) it
# writes to build/screenshots/:
#   toolbar-<lang>.png        the window, sized to the screen, as it opens,
#                             with the add-on toolbar: a floating window
#                             unless a CalcWindowState.xcu docks it.
#   menu-<lang>.png           Tools menu (Alt+T) open, the entry "Generate PMO
#                             Report" / "PMOレポート作成" highlighted.
#   report-<lang>.png         after choosing that entry: the "PMO Report" /
#                             "PMOレポート" sheet in front.
#   panel-<lang>.png          the sidebar on the PMO deck: the "Portfolio
#                             health" panel with the workbook's figures.
#   report-<lang>-panel.png   after pressing the panel's Generate button.
#   report-<lang>-toolbar.png after pressing the toolbar button.
# Each command is checked, not only pictured: after it the document is saved
# (Ctrl+S) and the saved file must hold the report sheet; after Ctrl+Z it must
# not (the report is one undo step), so the next command is seen to make it
# anew. The text in the pictures is for a person to read: nothing here reads
# it.
#
# Usage: tests/ui/command_and_panel_screenshots.sh [en] [ja]   (default: en ja)
#   PMOCALC_OXT=path.oxt       extension to install (default build/pmocalc.oxt)
#   PMOCALC_SCREENSHOT_DIR=dir output folder (default build/screenshots)
#   SAL_USE_VCLPLUGIN=gen      X11 UI instead of the default gtk3
# Needs (Debian): libreoffice-calc libreoffice-gtk3 libreoffice-l10n-ja
#   fonts-noto-cjk xvfb xdotool imagemagick util-linux (setpriv, setsid)
#   coreutils (timeout).
# The places it clicks are found in the pictures: the toolbar button and the
# PMO deck's button by the colours of their icon (icons/report_*.png), in the
# toolbar window or the docked toolbars and in the sidebar's tab bar, the
# panel's Generate button by the gtk3 (Adwaita) button border left of the
# sidebar's text fields. The menu entry is reached with Alt+T and four Down
# keys (Spelling, Automatic Spell Checking, [Thesaurus, disabled without a
# thesaurus], Language, AutoCorrect Options, the entry).
# Exits non-zero if Xvfb or LibreOffice does not start, a screenshot is
# missing or blank, LibreOffice crashes, a command does not produce the report
# sheet, the deck does not open, or the toolbar button cannot be found. The
# Thesaurus note above matters: with a thesaurus for the cell's language the
# fourth Down lands one entry short, and the menu check fails. A failure in one language is reported and
# the next language still runs. Everything it started (Xvfb, soffice) is
# stopped on exit, whatever happens; the whole run is capped at 240 seconds.
set -euo pipefail

if [ -z "${PMOCALC_COMMAND_CAPPED:-}" ]; then
  export PMOCALC_COMMAND_CAPPED=1
  exec timeout -k 10 240 bash "$0" "$@"
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OXT=${PMOCALC_OXT:-$ROOT/build/pmocalc.oxt}
OUT=${PMOCALC_SCREENSHOT_DIR:-$ROOT/build/screenshots}
PROGRAM_DIR=/usr/lib/libreoffice/program
NOBODY=65534
SCREEN_W=1600
SCREEN_H=1000
# The add-on toolbar's floating window: its title is the toolbar's UIName
# ("PMO") or LibreOffice's generic one ("Add-On 1", "アドオンの 1").
TOOLBAR_TITLE='^(PMO|Add-On [0-9]+|アドオン.*)$'
# Colours of icons/report_16.png and report_26.png (the toolbar button, the
# deck's button in the tab bar).
ICON_COLOURS='#C00000|#2E75B6|#1F4E79'
# gtk3 Adwaita border of buttons and text fields.
BUTTON_BORDER='#CDC7C2'
if [ $# -gt 0 ]; then LANGS=("$@"); else LANGS=(en ja); fi

log() { echo "command-screenshots: $*" >&2; }
die() { log "FAIL: $*"; exit 1; }
FAILURES=()
fail() { log "FAIL: $*"; FAILURES+=("$*"); }

for tool in Xvfb xdotool import identify convert compare setpriv setsid timeout; do
  command -v "$tool" >/dev/null || die "missing $tool (packages: xvfb xdotool imagemagick util-linux coreutils)"
done
[ -x "$PROGRAM_DIR/soffice" ] || die "missing $PROGRAM_DIR/soffice (package libreoffice-calc)"
[ -f "$OXT" ] || die "no extension at $OXT (build it: cmake --build build)"
if [ -z "${SAL_USE_VCLPLUGIN:-}" ]; then
  if [ -e "$PROGRAM_DIR/libvclplug_gtk3lo.so" ]; then SAL_USE_VCLPLUGIN=gtk3; else SAL_USE_VCLPLUGIN=gen; fi
fi
export SAL_USE_VCLPLUGIN

WORK=$(mktemp -d /tmp/pmocalc-command-XXXXXX)
chmod 755 "$WORK"
XVFB_PID=
SOFFICE_PID=
SOFFICE_LOG=

stop_soffice() {
  if [ -n "$SOFFICE_PID" ]; then
    # soffice was started with setsid: its pid is the id of a process group
    # that holds the launcher (oosplash) and soffice.bin.
    kill -TERM -- "-$SOFFICE_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$SOFFICE_PID" 2>/dev/null || break
      sleep 0.5
    done
    # A crashed soffice.bin can hang in its signal handler: KILL it.
    kill -KILL -- "-$SOFFICE_PID" 2>/dev/null || true
    SOFFICE_PID=
  fi
}

cleanup() {
  local rc=$?
  stop_soffice
  if [ -n "$XVFB_PID" ]; then
    kill -TERM "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 124' INT TERM

# Runs a command as the unprivileged office user when we are root (unopkg
# refuses to run as root without --shared).
as_office_user() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups "$@"
  else
    "$@"
  fi
}

# ---- Xvfb ------------------------------------------------------------------
: >"$WORK/display"
Xvfb -displayfd 3 -screen 0 "${SCREEN_W}x${SCREEN_H}x24" -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 50); do
  [ -s "$WORK/display" ] && break
  kill -0 "$XVFB_PID" 2>/dev/null || break
  sleep 0.2
done
[ -s "$WORK/display" ] || { cat "$WORK/xvfb.log" >&2; die "Xvfb did not start"; }
DISPLAY=":$(tr -d '[:space:]' <"$WORK/display")"
export DISPLAY
xdotool getdisplaygeometry >/dev/null || die "cannot talk to Xvfb on $DISPLAY"
log "Xvfb on $DISPLAY (${SCREEN_W}x${SCREEN_H}), VCL plugin $SAL_USE_VCLPLUGIN"

mkdir -p "$OUT"

# ---- helpers for the GUI ---------------------------------------------------
# LibreOffice died, or crashed and hangs in its crash handler (a crash in an
# extension can leave soffice.bin blocked on the malloc lock, window frozen).
office_broken() {
  if [ -n "$SOFFICE_PID" ] && ! kill -0 "$SOFFICE_PID" 2>/dev/null; then
    log "LibreOffice exited"
    return 0
  fi
  if [ -n "$SOFFICE_LOG" ] && grep -qE 'Fatal exception|double free|free\(\)|corrupted|Unspecified Application Error' "$SOFFICE_LOG"; then
    log "LibreOffice crashed; its output:"
    grep -vE '^(/|Stack:)' "$SOFFICE_LOG" | sed 's/^/  | /' >&2 || true
    return 0
  fi
  return 1
}

# Waits up to $2 seconds for a visible window found by `xdotool search` with
# the options and the one pattern $3..., prints its id.
wait_window() {
  local what=$1 seconds=$2; shift 2
  local end=$((SECONDS + seconds)) id
  while [ "$SECONDS" -lt "$end" ]; do
    if [ -n "$SOFFICE_PID" ] && ! kill -0 "$SOFFICE_PID" 2>/dev/null; then
      log "LibreOffice exited while waiting for $what"
      return 1
    fi
    id=$(xdotool search --onlyvisible "$@" 2>/dev/null | tail -n 1 || true)
    if [ -n "$id" ]; then echo "$id"; return 0; fi
    sleep 0.5
  done
  log "no $what window after ${seconds}s"
  return 1
}

# The mouse away from buttons, so that no tooltip covers the picture.
park_mouse() { xdotool mousemove $((SCREEN_W / 2)) $((SCREEN_H * 3 / 4)); }

shoot() {
  local file=$1
  sleep 1
  rm -f "$file"
  import -window root "$file" || { fail "import failed for $file"; return 1; }
  # A picture of a blank screen has one or two colours; a window has many.
  local colours
  colours=$(identify -format '%k' "$file" 2>/dev/null || echo 0)
  if [ "$colours" -le 16 ]; then fail "$file looks blank ($colours colours)"; return 1; fi
  log "wrote $file"
}

grab() { import -window root "$1"; }

focus() { xdotool windowfocus "$1" 2>/dev/null || true; sleep 0.3; }

click() { xdotool mousemove "$1" "$2"; sleep 0.3; xdotool click 1; }

# Saves the document (Ctrl+S in the Calc window) and prints the names of the
# sheets in the saved file, one a line.
saved_sheets() {
  local calc=$1 doc=$2 before after
  before=$(stat -c '%y %s' "$doc")
  focus "$calc"
  xdotool key ctrl+s
  local end=$((SECONDS + 20))
  while [ "$SECONDS" -lt "$end" ]; do
    sleep 0.5
    after=$(stat -c '%y %s' "$doc")
    [ "$after" != "$before" ] && break
  done
  if [ "$after" = "$before" ]; then
    log "the document was not saved (a dialog in the way?)"
    return 1
  fi
  # Let the writing finish: the size stays the same for a second.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    before=$after
    sleep 1
    after=$(stat -c '%y %s' "$doc")
    [ "$after" = "$before" ] && break
  done
  { grep -o '<table:table table:name="[^"]*"' "$doc" || true; } | sed 's/.*table:name="//; s/"$//'
}

# Succeeds when the saved document holds the report sheet $3 (expect=yes) or
# does not (expect=no).
check_report() {
  local calc=$1 doc=$2 sheet=$3 expect=$4 what=$5 sheets
  if ! sheets=$(saved_sheets "$calc" "$doc"); then
    fail "$what: could not save the document to check it"
    return 1
  fi
  if grep -qxF "$sheet" <<<"$sheets"; then
    [ "$expect" = yes ] && { log "$what: sheet \"$sheet\" is in the saved workbook"; return 0; }
    fail "$what: sheet \"$sheet\" is still in the saved workbook"
  else
    [ "$expect" = no ] && { log "$what: no sheet \"$sheet\" in the saved workbook"; return 0; }
    fail "$what: no sheet \"$sheet\" in the saved workbook (sheets: $(tr '\n' ',' <<<"$sheets"))"
  fi
  return 1
}

# Removes the report again (one undo step), checked in the saved file.
undo_report() {
  local calc=$1 doc=$2 sheet=$3 lang=$4
  focus "$calc"
  xdotool key ctrl+z
  sleep 1
  check_report "$calc" "$doc" "$sheet" no "[$lang] Ctrl+Z after the report"
}

# Prints "x y", the centre of the pmocalc icon (icons/report_16.png or
# report_26.png, found by its colours) in the area $2x$3+$4+$5 of the picture
# $1; nothing if it is not there.
find_icon() {
  local shot=$1 w=$2 h=$3 x0=$4 y0=$5
  convert "$shot" -crop "${w}x${h}+${x0}+${y0}" +repage txt:- 2>/dev/null | awk -F'[,: ]+' \
    -v x0="$x0" -v y0="$y0" -v colours="$ICON_COLOURS" '
    $0 ~ colours {
      if (n == 0 || $1 < minx) minx = $1; if ($1 > maxx) maxx = $1
      if (n == 0 || $2 < miny) miny = $2; if ($2 > maxy) maxy = $2; n++
    }
    END {
      if (n >= 10 && maxx - minx <= 40 && maxy - miny <= 40)
        print int(x0 + (minx + maxx) / 2), int(y0 + (miny + maxy) / 2)
    }' || true
}

# The PMO deck's button in the sidebar's tab bar (the right-most 60 pixels).
find_deck_button() { find_icon "$1" 60 "$SCREEN_H" $((SCREEN_W - 60)) 0; }

# Prints "x y" of a point inside the panel's Generate button: 12 pixels
# below the first gtk3 control border in the column 350 pixels left of the
# screen's right edge (left of the text fields, right of the panel's left
# margin; the button is the first bordered control there).
find_generate_button() {
  local shot=$1 x=$((SCREEN_W - 350))
  convert "$shot" -crop "1x$((SCREEN_H - 150))+${x}+120" +repage txt:- 2>/dev/null | awk -F'[,: ]+' -v x="$x" -v border="$BUTTON_BORDER" '
    !done && index($0, border) { print x, $2 + 120 + 12; done = 1 }' || true
}

# Pixels that differ between two pictures in the area left of the tab bar
# where the deck opens.
sidebar_change() {
  local a=$1 b=$2 area="400x$((SCREEN_H - 200))+$((SCREEN_W - 450))+100"
  if ! convert "$a" -crop "$area" +repage "$WORK/area-a.png" \
    || ! convert "$b" -crop "$area" +repage "$WORK/area-b.png"; then
    echo 0
    return
  fi
  # compare prints the count on stderr and exits 1 when the pictures differ.
  compare -metric AE "$WORK/area-a.png" "$WORK/area-b.png" null: 2>&1 | awk '{ print $1 + 0; exit }' || true
}

# ---- one UI language ---------------------------------------------------------
run_language() {
  local lang=$1 locale workbook report_sheet
  case "$lang" in
    en) locale=en-US; workbook=$ROOT/examples/portfolio-sample-en.fods; report_sheet='PMO Report' ;;
    ja) locale=ja; workbook=$ROOT/examples/portfolio-sample-ja.fods; report_sheet='PMOレポート' ;;
    *) die "unknown language $lang (en or ja)" ;;
  esac
  [ -f "$workbook" ] || die "missing $workbook"
  rm -f "$OUT"/{toolbar,menu,panel,report}-"$lang".png "$OUT"/report-"$lang"-{panel,toolbar}.png

  local dir=$WORK/$lang
  local profile=$dir/profile
  mkdir -p "$profile/user" "$dir/home"
  cat >"$profile/user/registrymodifications.xcu" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="UILocale" oor:op="fuse"><value>$locale</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
EOF
  cp "$OXT" "$dir/pmocalc.oxt"
  cp "$workbook" "$dir/$(basename "$workbook")"
  local doc
  doc=$dir/$(basename "$workbook")
  chmod u+w "$doc"
  [ "$(id -u)" -eq 0 ] && chown -R $NOBODY:$NOBODY "$dir"

  local env_args=(env HOME="$dir/home" LANG=C.UTF-8 LC_ALL=C.UTF-8)
  log "[$lang] installing the extension"
  as_office_user "${env_args[@]}" timeout 90 "$PROGRAM_DIR/unopkg" add \
    "-env:UserInstallation=file://$profile" "$dir/pmocalc.oxt" >"$dir/unopkg.log" 2>&1 \
    || { cat "$dir/unopkg.log" >&2; die "[$lang] unopkg add failed"; }

  log "[$lang] starting LibreOffice"
  SOFFICE_LOG=$WORK/soffice-$lang.log
  if [ "$(id -u)" -eq 0 ]; then
    setsid setpriv --reuid=$NOBODY --regid=$NOBODY --clear-groups "${env_args[@]}" \
      "$PROGRAM_DIR/soffice" "-env:UserInstallation=file://$profile" --norestore --nologo \
      --calc "$doc" >"$SOFFICE_LOG" 2>&1 </dev/null &
  else
    setsid "${env_args[@]}" \
      "$PROGRAM_DIR/soffice" "-env:UserInstallation=file://$profile" --norestore --nologo \
      --calc "$doc" >"$SOFFICE_LOG" 2>&1 </dev/null &
  fi
  SOFFICE_PID=$!

  local calc
  calc=$(wait_window "Calc document" 90 --class '^libreoffice-calc$') \
    || { cat "$SOFFICE_LOG" >&2; die "[$lang] LibreOffice Calc did not start"; }
  sleep 3  # let the document finish loading and recalculating
  # No window manager: "maximise" by moving and sizing the window to the screen.
  xdotool windowmove "$calc" 0 0
  xdotool windowsize "$calc" "$SCREEN_W" "$SCREEN_H"
  sleep 2
  focus "$calc"
  park_mouse

  # 1. The window with the add-on toolbar: a floating window of its own
  # unless the extension's window state docks it.
  local toolbar tb_button='' tb_area
  tb_area="$SCREEN_W 150 0 0"
  if toolbar=$(wait_window "floating PMO toolbar" 5 --name "$TOOLBAR_TITLE"); then
    eval "$(xdotool getwindowgeometry --shell "$toolbar")"
    log "[$lang] toolbar \"$(xdotool getwindowname "$toolbar")\" floats at ${X},${Y} (${WIDTH}x${HEIGHT})"
    tb_area="$WIDTH $HEIGHT $X $Y"
  else
    log "[$lang] no floating PMO toolbar: looking for its button in the docked toolbars"
  fi
  if shoot "$OUT/toolbar-$lang.png"; then
    # shellcheck disable=SC2086
    tb_button=$(find_icon "$OUT/toolbar-$lang.png" $tb_area)
    if [ -n "$tb_button" ]; then
      log "[$lang] PMO toolbar button at $tb_button"
    else
      fail "[$lang] no PMO toolbar button visible"
    fi
  fi

  # 2. Tools menu, the entry highlighted.
  focus "$calc"
  xdotool key alt+t
  sleep 1.5
  xdotool key --delay 150 Down Down Down Down
  shoot "$OUT/menu-$lang.png" || true

  # 3. The entry chosen: the report sheet in front.
  xdotool key Return
  sleep 5
  if office_broken; then
    fail "[$lang] LibreOffice broke after the menu command"
    stop_soffice
    return
  fi
  park_mouse
  shoot "$OUT/report-$lang.png" || true
  check_report "$calc" "$doc" "$report_sheet" yes "[$lang] Tools menu entry" || true
  undo_report "$calc" "$doc" "$report_sheet" "$lang" || true

  # 4. The toolbar button.
  if [ -n "$tb_button" ]; then
    # shellcheck disable=SC2086
    click $tb_button
    sleep 5
    park_mouse
    if office_broken; then
      fail "[$lang] LibreOffice broke after the toolbar button"
      stop_soffice
      return
    fi
    shoot "$OUT/report-$lang-toolbar.png" || true
    check_report "$calc" "$doc" "$report_sheet" yes "[$lang] toolbar button" || true
    undo_report "$calc" "$doc" "$report_sheet" "$lang" || true
  fi

  # 5. The PMO deck in the sidebar.
  grab "$WORK/before-deck.png"
  local deck
  deck=$(find_deck_button "$WORK/before-deck.png")
  if [ -z "$deck" ]; then
    log "[$lang] no PMO deck button in the tab bar: opening the sidebar (Ctrl+F5)"
    focus "$calc"
    xdotool key ctrl+F5
    sleep 2
    grab "$WORK/before-deck.png"
    deck=$(find_deck_button "$WORK/before-deck.png")
  fi
  if [ -z "$deck" ]; then
    fail "[$lang] no PMO deck button in the sidebar's tab bar"
    shoot "$OUT/panel-$lang.png" || true
    stop_soffice
    return
  fi
  log "[$lang] PMO deck button at $deck"
  # shellcheck disable=SC2086
  click $deck
  sleep 4
  park_mouse
  if office_broken; then
    fail "[$lang] LibreOffice crashed when the PMO deck opened"
    shoot "$OUT/panel-$lang.png" || true
    stop_soffice
    return
  fi
  shoot "$OUT/panel-$lang.png" || true
  local changed
  changed=$(sidebar_change "$WORK/before-deck.png" "$OUT/panel-$lang.png")
  if awk -v c="${changed:-0}" 'BEGIN { exit !(c + 0 < 2000) }'; then
    fail "[$lang] the PMO deck did not open (the sidebar area did not change: ${changed:-?} pixels)"
    stop_soffice
    return
  fi

  # 6. The panel's Generate button.
  local generate
  generate=$(find_generate_button "$OUT/panel-$lang.png")
  if [ -z "$generate" ]; then
    fail "[$lang] no Generate button found in the panel"
  else
    log "[$lang] panel's Generate button at $generate"
    # shellcheck disable=SC2086
    click $generate
    sleep 5
    park_mouse
    if office_broken; then
      fail "[$lang] LibreOffice broke after the panel's Generate button"
      stop_soffice
      return
    fi
    shoot "$OUT/report-$lang-panel.png" || true
    check_report "$calc" "$doc" "$report_sheet" yes "[$lang] panel's Generate button" || true
  fi

  stop_soffice
}

for lang in "${LANGS[@]}"; do
  run_language "$lang"
done
for lang in "${LANGS[@]}"; do
  for shot in toolbar menu report panel; do
    [ -s "$OUT/$shot-$lang.png" ] || fail "missing $OUT/$shot-$lang.png"
  done
done
if [ ${#FAILURES[@]} -gt 0 ]; then
  log "${#FAILURES[@]} failure(s):"
  printf '  - %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
log "done: screenshots in $OUT"
