# Shared by the tests/ui scripts; source it after defining log() and die() and
# setting ROOT, OXT and GUI_WORK_PREFIX. It picks the VCL plugin, makes the
# work directory $WORK, stops soffice and Xvfb and removes $WORK on exit
# whatever happens; make_profile and launch_office set up and start a GUI
# office with the extension (as the unprivileged office user when we are
# root); start_xvfb, wait_window and focus drive the display.

PROGRAM_DIR=${PMOCALC_PROGRAM_DIR:-/usr/lib/libreoffice/program}
OFFICE_TOOL=${PMOCALC_OFFICE_TOOL:-$ROOT/build/pmocalc-office}
NOBODY=65534
[ -x "$PROGRAM_DIR/soffice" ] || die "missing $PROGRAM_DIR/soffice (package libreoffice-calc)"
[ -f "$OXT" ] || die "no extension at $OXT (build it: cmake --build build)"
[ -x "$OFFICE_TOOL" ] || die "no $OFFICE_TOOL (build it: cmake --build build)"

if [ -z "${SAL_USE_VCLPLUGIN:-}" ]; then
  if [ -e "$PROGRAM_DIR/libvclplug_gtk3lo.so" ]; then SAL_USE_VCLPLUGIN=gtk3; else SAL_USE_VCLPLUGIN=gen; fi
fi
export SAL_USE_VCLPLUGIN

WORK=$(mktemp -d "/tmp/${GUI_WORK_PREFIX}-XXXXXX")
chmod 755 "$WORK"
XVFB_PID=
SOFFICE_PID=

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
    setpriv --reuid="$NOBODY" --regid="$NOBODY" --clear-groups "$@"
  else
    "$@"
  fi
}

# Makes $1/profile with the extension installed and the UI language $2
# (en-US, ja), $1/home as its HOME: the same harness as the tests
# (pmocalc-office profile), owned by the office user when we are root.
make_profile() {
  local dir=$1 locale=$2
  log "installing the extension into $dir/profile (UI $locale)"
  "$OFFICE_TOOL" profile --extension "$OXT" --ui-locale "$locale" "$dir" >"$WORK/profile.log" 2>&1 \
    || { cat "$WORK/profile.log" >&2; die "the extension could not be installed into $dir/profile"; }
}

# Copies the files $2... into the directory $1 so that the office user can
# write them (a document must be writable, else it opens read-only).
stage_for_office() {
  local dir=$1; shift
  local file
  for file in "$@"; do
    cp "$file" "$dir/"
    chmod u+w "$dir/$(basename "$file")"
    [ "$(id -u)" -eq 0 ] && chown "$NOBODY:$NOBODY" "$dir/$(basename "$file")"
  done
  return 0
}

# Starts a GUI LibreOffice Calc on the profile $1 (made by make_profile) with
# the document $2, its output in $3; sets SOFFICE_PID (a process group).
launch_office() {
  local profile=$1 doc=$2 logfile=$3
  local env_args=(env HOME="$(dirname "$profile")/home" LANG=C.UTF-8 LC_ALL=C.UTF-8)
  local user=()
  [ "$(id -u)" -eq 0 ] && user=(setpriv --reuid="$NOBODY" --regid="$NOBODY" --clear-groups)
  # setsid first: $! is then the id of a process group holding the launcher
  # (oosplash) and soffice.bin, which stop_soffice ends as a whole.
  setsid "${user[@]}" "${env_args[@]}" \
    "$PROGRAM_DIR/soffice" "-env:UserInstallation=file://$profile" --norestore --nologo \
    --calc "$doc" >"$logfile" 2>&1 </dev/null &
  SOFFICE_PID=$!
}

# Starts Xvfb with a $1 x $2 screen and exports its DISPLAY.
start_xvfb() {
  : >"$WORK/display"
  Xvfb -displayfd 3 -screen 0 "$1x$2x24" -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
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
  log "Xvfb on $DISPLAY ($1x$2), VCL plugin $SAL_USE_VCLPLUGIN"
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

focus() { xdotool windowfocus "$1" 2>/dev/null || true; sleep 0.3; }
