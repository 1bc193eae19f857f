# Shared by the tests/ui scripts; source it after defining log() and setting
# GUI_WORK_PREFIX. It picks the VCL plugin, makes the work directory $WORK,
# stops soffice and Xvfb and removes $WORK on exit whatever happens, and runs
# commands as the unprivileged office user when we are root; start_xvfb,
# wait_window and focus drive the display.

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
