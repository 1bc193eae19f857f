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
#   share-dialog-<lang>.png   after =PMO_SPI(1234.5;1000) is typed two rows
#                             below the report's last cell and the panel's
#                             Export for Sharing button pressed: the file
#                             dialog titled "Export for Sharing" /
#                             "共有用にエクスポート" (ODS and XLSX filters).
#   share-done-<lang>.png     after the name shared-<lang>.xlsx is typed and
#                             Return pressed: the message box saying where
#                             the copy is and what was replaced. The XLSX must
#                             hold the value 1.2345 and no formula calling
#                             pmocalc.
#   panel-jump-<lang>.png     a writable copy of tests/e2e/broken-en.fods
#                             (opens on its Projects sheet), the PMO deck
#                             open, after a click on the first line of the
#                             panel's Diagnostics list: the line selected and
#                             Calc on its sheet and cell (Tasks!D6, the text
#                             "abc" in Budget).
#   error-<lang>.png          a workbook without tasks (one sheet, "hello" in
#                             A1), after choosing the Tools menu entry: the
#                             message box "The PMO report could not be
#                             generated: ... no task could be read from the
#                             workbook".
# Each command is checked, not only pictured: after it the document is saved
# (Ctrl+S) and the saved file must hold the report sheet; after Ctrl+Z it must
# not (the report is one undo step), so the next command is seen to make it
# anew. The jump is checked the same way: the saved settings must name the
# diagnostic's sheet as the active one (ActiveTable) with the cursor on its
# cell (CursorPositionX/Y of that sheet); which line is which comes from
# build/pmocalc-report --json on the same workbook (the panel lists the
# engine's diagnostics in the same order), and a second line on another sheet
# is clicked and checked too. After the message box is closed (Return) the
# saved workbook must hold its one sheet and "hello", nothing else. The
# broken workbook and the one without tasks each open in an office of their
# own, on a copy of the profile as it was before the first start (so the
# sidebar opens as it does the first time). The text in the pictures is for
# a person to read: nothing here reads it.
#
# Usage: tests/ui/command_and_panel_screenshots.sh [en] [ja]   (default: en ja)
#   PMOCALC_OXT=path.oxt       extension to install (default build/pmocalc.oxt)
#   PMOCALC_REPORT=path        the headless report tool that tells the order
#                              of the diagnostics (default build/pmocalc-report)
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
# The Diagnostics list is the last bordered box in that column; its lines are
# found by their dark text pixels.
# Exits non-zero if Xvfb or LibreOffice does not start, a screenshot is
# missing or blank, LibreOffice crashes, a command does not produce the report
# sheet, the deck does not open, the toolbar button cannot be found, a click
# on a diagnostic leaves another sheet or cell active than the diagnostic's,
# or the workbook without tasks gives no message box or is changed. The
# Thesaurus note above matters: with a thesaurus for the cell's language the
# fourth Down lands one entry short, and the menu check fails. A failure in one language is reported and
# the next language still runs. Everything it started (Xvfb, soffice) is
# stopped on exit, whatever happens; the whole run is capped at 330 seconds.
set -euo pipefail

if [ -z "${PMOCALC_COMMAND_CAPPED:-}" ]; then
  export PMOCALC_COMMAND_CAPPED=1
  exec timeout -k 10 330 bash "$0" "$@"
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OXT=${PMOCALC_OXT:-$ROOT/build/pmocalc.oxt}
REPORT_TOOL=${PMOCALC_REPORT:-$ROOT/build/pmocalc-report}
BROKEN=$ROOT/tests/e2e/broken-en.fods
OUT=${PMOCALC_SCREENSHOT_DIR:-$ROOT/build/screenshots}
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
[ -x "$REPORT_TOOL" ] || die "no report tool at $REPORT_TOOL (build it: cmake --build build)"
[ -f "$BROKEN" ] || die "missing $BROKEN"
GUI_WORK_PREFIX=pmocalc-command
# shellcheck source=tests/ui/gui_session.sh
source "$ROOT/tests/ui/gui_session.sh"
SOFFICE_LOG=

# ---- Xvfb ------------------------------------------------------------------
start_xvfb "$SCREEN_W" "$SCREEN_H"

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

click() { xdotool mousemove "$1" "$2"; sleep 0.3; xdotool click 1; }

# Saves the document (Ctrl+S in the Calc window) and waits until the file is
# written.
save_document() {
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
}

# Saves the document and prints the names of the sheets in the saved file,
# one a line.
saved_sheets() {
  local calc=$1 doc=$2
  save_document "$calc" "$doc" || return 1
  { grep -o '<table:table table:name="[^"]*"' "$doc" || true; } | sed 's/.*table:name="//; s/"$//'
}

# Saves the document and prints "sheet column row" from the view settings of
# the saved file: the active sheet (ActiveTable) and the cursor on it
# (CursorPositionX/Y in that sheet's entry, 0-based).
saved_cursor() {
  local calc=$1 doc=$2
  save_document "$calc" "$doc" || return 1
  awk 'BEGIN { RS = "\001" }
    function item(s, name,   p) {
      p = index(s, "config:name=\"" name "\"")
      if (!p) return "?"
      s = substr(s, p); s = substr(s, index(s, ">") + 1)
      return substr(s, 1, index(s, "<") - 1)
    }
    {
      active = item($0, "ActiveTable")
      entry = "<config:config-item-map-entry config:name=\"" active "\">"
      p = index($0, entry)
      if (active == "?" || !p) { print active, "?", "?"; exit }
      s = substr($0, p + length(entry))
      s = substr(s, 1, index(s, "</config:config-item-map-entry>"))
      print active, item(s, "CursorPositionX"), item(s, "CursorPositionY")
      exit
    }' "$doc"
}

# "D6" -> "3 5": the 0-based column and row of a cell address.
cell_position() {
  awk -v cell="$1" 'BEGIN {
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; col = 0
    for (i = 1; i <= length(cell) && index(letters, substr(cell, i, 1)); i++)
      col = col * 26 + index(letters, substr(cell, i, 1))
    print col - 1, substr(cell, i) - 1
  }'
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

# Prints "x y" of a point inside the panel's Export for Sharing button: 12
# pixels below the third gtk3 border in the column of find_generate_button
# (the tops of Generate, Record and Share).
find_share_button() {
  local shot=$1 x=$((SCREEN_W - 350))
  convert "$shot" -crop "1x$((SCREEN_H - 150))+${x}+120" +repage txt:- 2>/dev/null | awk -F'[,: ]+' -v x="$x" -v border="$BUTTON_BORDER" '
    index($0, border) { if (++n == 3) { print x, $2 + 120 + 12; exit } }' || true
}

# Succeeds when the XLSX $1 holds the value $2 in some cell and no formula
# that calls pmocalc; says what it found.
xlsx_shared_as_values() {
  python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
path, value = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(path) as z:
    sheets = [z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)]
formulas = [f for s in sheets for f in re.findall(r"<f[^>]*>([^<]*)</f>", s)]
ours = [f for f in formulas if re.search(r"PMO_|PMOCALC", f, re.I)]
found = any(re.search(r"<v>" + re.escape(value) + r"</v>", s) for s in sheets)
print(f"{len(sheets)} sheets, {len(formulas)} formulas, {len(ours)} calling pmocalc, value {value} {'found' if found else 'missing'}")
sys.exit(0 if sheets and found and not ours else 1)
PY
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

# Opens the PMO deck with its button in the sidebar's tab bar (opening the
# sidebar first if the tab bar is not there) and pictures it as $3; fails
# unless the area of the deck changed.
open_deck() {
  local lang=$1 calc=$2 shot=$3 deck changed
  grab "$WORK/before-deck.png"
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
    shoot "$shot" || true
    return 1
  fi
  log "[$lang] PMO deck button at $deck"
  # shellcheck disable=SC2086
  click $deck
  sleep 4
  park_mouse
  if office_broken; then
    fail "[$lang] LibreOffice crashed when the PMO deck opened"
    shoot "$shot" || true
    return 1
  fi
  shoot "$shot" || true
  changed=$(sidebar_change "$WORK/before-deck.png" "$shot")
  if awk -v c="${changed:-0}" 'BEGIN { exit !(c + 0 < 2000) }'; then
    fail "[$lang] the PMO deck did not open (the sidebar area did not change: ${changed:-?} pixels)"
    return 1
  fi
}

# Prints "left top right bottom", the inside of the panel's Diagnostics list
# box: the last two gtk3 borders in the column of find_generate_button are
# its top and bottom, the borders along a row just below its top its sides.
find_list_box() {
  local shot=$1 x=$((SCREEN_W - 350)) top bottom
  read -r top bottom < <(convert "$shot" -crop "1x$((SCREEN_H - 150))+${x}+120" +repage txt:- 2>/dev/null \
    | awk -F'[,: ]+' -v border="$BUTTON_BORDER" '
      index($0, border) { prev = last; last = $2 + 120; n++ }
      END { if (n >= 3 && last - prev > 40) print prev, last }' || true)
  [ -n "${top:-}" ] || return 0
  convert "$shot" -crop "$((SCREEN_W - 60 - x + 200))x1+$((x - 200))+$((top + 5))" +repage txt:- 2>/dev/null \
    | awk -F'[,: ]+' -v x0=$((x - 200)) -v xm="$x" -v top="$top" -v bottom="$bottom" -v border="$BUTTON_BORDER" '
      index($0, border) { b = $1 + x0; if (b < xm) left = b; else if (!right) right = b }
      END { if (left && right) print left + 1, top + 1, right - 1, bottom - 1 }' || true
}

# Prints the y of the middle of each line of text in the list box
# "left top right bottom" ($2..$5) of the picture $1, one a line: runs of
# pixel rows with dark pixels in the left 250 pixels (clear of the
# scrollbar).
list_lines() {
  local shot=$1 left=$2 top=$3 right=$4 bottom=$5 span
  span=$((right - left - 2)); [ "$span" -gt 250 ] && span=250
  convert "$shot" -crop "${span}x$((bottom - top - 2))+$((left + 2))+$((top + 1))" +repage \
    -colorspace Gray -threshold 50% txt:- 2>/dev/null | awk -F'[,: ]+' -v y0=$((top + 1)) '
      /^#/ { next }
      /#000000|gray\(0\)|black/ { dark[$2] = 1 }
      END {
        for (y = 0; y <= 2000; y++) {
          if ((y in dark) && !run) { run = 1; start = y }
          if (!(y in dark) && run) { run = 0; if (y - start >= 4) print int(y0 + (start + y - 1) / 2) }
        }
      }' || true
}

# Starts LibreOffice on the profile $2 with the document $3, as the office
# user, its output in $WORK/soffice-$4.log; sets CALC to its window, moved and
# sized to the screen. The caller stops it (stop_soffice).
CALC=
start_office() {
  local lang=$1 profile=$2 doc=$3 name=$4
  log "[$lang] starting LibreOffice on $(basename "$doc")"
  SOFFICE_LOG=$WORK/soffice-$name.log
  launch_office "$profile" "$doc" "$SOFFICE_LOG"
  CALC=$(wait_window "Calc document" 90 --class '^libreoffice-calc$') \
    || { cat "$SOFFICE_LOG" >&2; return 1; }
  sleep 3  # let the document finish loading and recalculating
  # No window manager: "maximise" by moving and sizing the window to the screen.
  xdotool windowmove "$CALC" 0 0
  xdotool windowsize "$CALC" "$SCREEN_W" "$SCREEN_H"
  sleep 2
  focus "$CALC"
  park_mouse
}

# ---- one UI language ---------------------------------------------------------
# The office on the sample portfolio: toolbar, Tools menu entry, toolbar
# button, the PMO deck and its Generate button.
commands_session() {
  local lang=$1 profile=$2 doc=$3 report_sheet=$4
  start_office "$lang" "$profile" "$doc" "$lang" || die "[$lang] LibreOffice Calc did not start"
  local calc=$CALC

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
      return
    fi
    shoot "$OUT/report-$lang-toolbar.png" || true
    check_report "$calc" "$doc" "$report_sheet" yes "[$lang] toolbar button" || true
    undo_report "$calc" "$doc" "$report_sheet" "$lang" || true
  fi

  # 5. The PMO deck in the sidebar.
  open_deck "$lang" "$calc" "$OUT/panel-$lang.png" || return

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
      return
    fi
    shoot "$OUT/report-$lang-panel.png" || true
    check_report "$calc" "$doc" "$report_sheet" yes "[$lang] panel's Generate button" || true
  fi

  # 7. The panel's Export for Sharing button, after a PMO_* formula is typed
  # below the report shown: the file dialog, a name ending .xlsx, the message
  # box; the XLSX holds the formula's value and no formula of pmocalc.
  share_from_panel "$lang" "$calc" "$(dirname "$doc")"
}

share_from_panel() {
  local lang=$1 calc=$2 dir=$3 share dialog box target=shared-$lang.xlsx
  share=$(find_share_button "$OUT/panel-$lang.png")
  [ -n "$share" ] || { fail "[$lang] no Export for Sharing button found in the panel"; return; }
  focus "$calc"
  xdotool key ctrl+End Down Down
  xdotool type --delay 40 '=PMO_SPI(1234.5;1000)'
  xdotool key Return
  sleep 1
  log "[$lang] panel's Export for Sharing button at $share"
  # shellcheck disable=SC2086
  click $share
  if ! dialog=$(wait_window "Export for Sharing file dialog" 20 --name "^$SHARE_TITLE\$"); then
    fail "[$lang] no file dialog after the panel's Export for Sharing button"
    return
  fi
  park_mouse
  shoot "$OUT/share-dialog-$lang.png" || true
  focus "$dialog"
  xdotool type --delay 40 "$target"
  xdotool key Return
  # The dialog closes, the copy is written, a message box says what it holds.
  local end=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$end" ] && xdotool search --onlyvisible --name "^$SHARE_TITLE\$" 2>/dev/null | grep -qx "$dialog"; do
    sleep 0.5
  done
  if ! box=$(wait_window "Export for Sharing message box" 60 --name "^$SHARE_TITLE\$"); then
    fail "[$lang] no message box after Export for Sharing"
    return
  fi
  shoot "$OUT/share-done-$lang.png" || true
  focus "$box"
  xdotool key Return
  sleep 1
  if office_broken; then
    fail "[$lang] LibreOffice broke after Export for Sharing"
    return
  fi
  if [ ! -s "$dir/$target" ]; then
    fail "[$lang] Export for Sharing wrote no $dir/$target"
  elif result=$(xlsx_shared_as_values "$dir/$target" 1.2345); then
    log "[$lang] Export for Sharing: $target: $result"
  else
    fail "[$lang] Export for Sharing: $target: $result"
  fi
}

# Succeeds when the saved document has the sheet $4 active with the cursor on
# the cell $5; $6 says what was done.
check_cursor() {
  local lang=$1 calc=$2 doc=$3 sheet=$4 cell=$5 what=$6 want got
  want="$sheet $(cell_position "$cell")"
  if ! got=$(saved_cursor "$calc" "$doc"); then
    fail "[$lang] $what: could not save the document to check it"
    return 1
  fi
  if [ "$got" = "$want" ]; then
    log "[$lang] $what: $sheet!$cell active (saved: $got)"
    return 0
  fi
  fail "[$lang] $what: saved active sheet and cursor (column row, 0-based) \"$got\", not $sheet!$cell \"$want\""
  return 1
}

# 7. The office on the broken workbook: a click on a line of the panel's
# Diagnostics list makes that diagnostic's sheet and cell the active ones.
jump_session() {
  local lang=$1 profile=$2 doc=$3
  start_office "$lang" "$profile" "$doc" "$lang-jump" \
    || { fail "[$lang] LibreOffice Calc did not start on $(basename "$doc")"; return; }
  local calc=$CALC
  # The workbook opens on its Projects sheet, where no diagnostic points.
  local start
  start=$(saved_cursor "$calc" "$doc") || { fail "[$lang] could not save $(basename "$doc")"; return; }
  log "[$lang] $(basename "$doc") opened on \"$start\" (sheet column row)"
  open_deck "$lang" "$calc" "$WORK/deck-jump-$lang.png" || return
  local box lines=()
  box=$(find_list_box "$WORK/deck-jump-$lang.png")
  if [ -z "$box" ]; then
    fail "[$lang] no Diagnostics list found in the panel"
    return
  fi
  # shellcheck disable=SC2086
  mapfile -t lines < <(list_lines "$WORK/deck-jump-$lang.png" $box)
  log "[$lang] Diagnostics list at $box (left top right bottom): ${#lines[@]} line(s) at y ${lines[*]}"
  if [ ${#lines[@]} -eq 0 ] || [ ${#lines[@]} -gt ${#DIAG_SHEETS[@]} ]; then
    fail "[$lang] the Diagnostics list shows ${#lines[@]} line(s); the workbook has ${#DIAG_SHEETS[@]} diagnostic(s)"
    return
  fi
  # The first line, pictured, then the first one on another sheet that is
  # wholly in view (clear of a horizontal scrollbar at the bottom).
  local picks=(0) i x left top right bottom
  read -r left top right bottom <<<"$box"
  for ((i = 1; i < ${#lines[@]} && ${lines[$i]} <= bottom - 20; i++)); do
    if [ "${DIAG_SHEETS[$i]}" != "${DIAG_SHEETS[0]}" ]; then picks+=("$i"); break; fi
  done
  if [ "$start" = "${DIAG_SHEETS[0]} $(cell_position "${DIAG_CELLS[0]}")" ]; then
    fail "[$lang] $(basename "$doc") opens on the first diagnostic's cell: a jump there would not show"
    return
  fi
  x=$((left + 60))
  for i in "${picks[@]}"; do
    local target="${DIAG_SHEETS[$i]}!${DIAG_CELLS[$i]}"
    log "[$lang] clicking line $((i + 1)) of the Diagnostics list ($target) at $x ${lines[$i]}"
    click "$x" "${lines[$i]}"
    sleep 2
    park_mouse
    if office_broken; then
      fail "[$lang] LibreOffice broke after a click on a diagnostic"
      return
    fi
    [ "$i" -eq 0 ] && { shoot "$OUT/panel-jump-$lang.png" || true; }
    # The keyboard focus is in the list, where Ctrl+S does not save (the
    # sidebar does not run the document's shortcuts): Escape gives it back to
    # the document, the cursor where it is.
    focus "$calc"
    xdotool key Escape
    sleep 0.5
    check_cursor "$lang" "$calc" "$doc" "${DIAG_SHEETS[$i]}" "${DIAG_CELLS[$i]}" \
      "click on line $((i + 1)) of the Diagnostics list" || true
  done
}

# 8. The office on a workbook without tasks: the Tools menu entry gives a
# message box, and the workbook is left as it was.
unreadable_session() {
  local lang=$1 profile=$2 doc=$3 sheets
  start_office "$lang" "$profile" "$doc" "$lang-error" \
    || { fail "[$lang] LibreOffice Calc did not start on $(basename "$doc")"; return; }
  local calc=$CALC box
  focus "$calc"
  xdotool key alt+t
  sleep 1.5
  xdotool key --delay 150 Down Down Down Down Return
  if ! box=$(wait_window "pmocalc message box" 20 --name '^pmocalc$'); then
    fail "[$lang] no message box after the Tools menu entry on a workbook without tasks"
    shoot "$OUT/error-$lang.png" || true
    return
  fi
  park_mouse
  shoot "$OUT/error-$lang.png" || true
  focus "$box"
  xdotool key Return
  local end=$((SECONDS + 10))
  while [ "$SECONDS" -lt "$end" ] && xdotool search --onlyvisible --name '^pmocalc$' >/dev/null 2>&1; do
    sleep 0.5
  done
  if xdotool search --onlyvisible --name '^pmocalc$' >/dev/null 2>&1; then
    fail "[$lang] the message box did not close on Return"
    return
  fi
  if office_broken; then
    fail "[$lang] LibreOffice broke after the message box"
    return
  fi
  if ! sheets=$(saved_sheets "$calc" "$doc"); then
    fail "[$lang] workbook without tasks: could not save the document to check it"
    return
  fi
  if [ "$sheets" = Sheet1 ] && grep -q '<text:p>hello</text:p>' "$doc"; then
    log "[$lang] workbook without tasks: still its one sheet with \"hello\", no report sheet"
  else
    fail "[$lang] workbook without tasks: changed (sheets: $(tr '\n' ',' <<<"$sheets"))"
  fi
}

run_language() {
  local lang=$1 locale workbook report_sheet
  case "$lang" in
    en) locale=en-US; workbook=$ROOT/examples/portfolio-sample-en.fods; report_sheet='PMO Report'
        SHARE_TITLE='Export for Sharing' ;;
    ja) locale=ja; workbook=$ROOT/examples/portfolio-sample-ja.fods; report_sheet='PMOレポート'
        SHARE_TITLE='共有用にエクスポート' ;;
    *) die "unknown language $lang (en or ja)" ;;
  esac
  [ -f "$workbook" ] || die "missing $workbook"
  rm -f "$OUT"/{toolbar,menu,panel,report,panel-jump,error,share-dialog,share-done}-"$lang".png "$OUT"/report-"$lang"-{panel,toolbar}.png

  local dir=$WORK/$lang
  local profile=$dir/profile
  make_profile "$dir" "$locale"
  cat >"$WORK/no-tasks.fods" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Sheet1">
    <table:table-row><table:table-cell office:value-type="string"><text:p>hello</text:p></table:table-cell></table:table-row>
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document>
EOF
  stage_for_office "$dir" "$workbook" "$BROKEN" "$WORK/no-tasks.fods"
  local doc=$dir/$(basename "$workbook") broken=$dir/$(basename "$BROKEN") no_tasks=$dir/no-tasks.fods

  # The later offices start on copies of the profile as it is now.
  cp -a "$profile" "$dir/profile-jump"
  cp -a "$profile" "$dir/profile-error"

  commands_session "$lang" "$profile" "$doc" "$report_sheet"
  stop_soffice
  jump_session "$lang" "$dir/profile-jump" "$broken"
  stop_soffice
  unreadable_session "$lang" "$dir/profile-error" "$no_tasks"
  stop_soffice
}

# Which line of the panel's Diagnostics list is which: the diagnostics of the
# broken workbook in the engine's order, from the headless report tool.
DIAG_SHEETS=()
DIAG_CELLS=()
mkdir -p "$WORK/diagnostics"
timeout 90 "$REPORT_TOOL" "$BROKEN" --json --out "$WORK/diagnostics" >"$WORK/diagnostics/log" 2>&1 || true
diag_json=$WORK/diagnostics/$(basename "$BROKEN" .fods)-report.json
[ -s "$diag_json" ] || { cat "$WORK/diagnostics/log" >&2; die "$REPORT_TOOL wrote no JSON for $BROKEN"; }
while IFS=$'\t' read -r sheet cell; do
  DIAG_SHEETS+=("$sheet")
  DIAG_CELLS+=("$cell")
done < <(python3 -c 'import json, sys
for d in json.load(open(sys.argv[1], encoding="utf-8"))["diagnostics"]:
    print(d["sheet"] + "\t" + d["cell"])' "$diag_json")
[ ${#DIAG_SHEETS[@]} -gt 0 ] || die "no diagnostics with a cell in $diag_json"
log "diagnostics of $(basename "$BROKEN"): $(paste -d'!' <(printf '%s\n' "${DIAG_SHEETS[@]}") <(printf '%s\n' "${DIAG_CELLS[@]}") | tr '\n' ' ')"

for lang in "${LANGS[@]}"; do
  run_language "$lang"
done
for lang in "${LANGS[@]}"; do
  for shot in toolbar menu report panel panel-jump error share-dialog share-done; do
    [ -s "$OUT/$shot-$lang.png" ] || fail "missing $OUT/$shot-$lang.png"
  done
done
if [ ${#FAILURES[@]} -gt 0 ]; then
  log "${#FAILURES[@]} failure(s):"
  printf '  - %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
log "done: screenshots in $OUT"
