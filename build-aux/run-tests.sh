#!/usr/bin/env bash
# Runs the whole test suite from a checkout on Debian 12: installs any
# missing packages, builds with meson, starts a private Xvfb for the window
# tests and runs `meson test`.  The last line counts the test cases:
# "N passed, N failed".  Extra arguments go to `meson test`.
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/packages.sh

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
build_tree build

# A display of our own, so the window tests neither need nor disturb one.
tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
exec 3> "$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || { echo "run-tests: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -n1 "$tmp/display")
unset WAYLAND_DISPLAY

status=0
meson test -C build --print-errorlogs "$@" || status=$?

# meson counts test programs; count the test cases inside them, from the
# TAP each one printed.  A program that died before printing its plan
# counts as one failure.
python3 build-aux/count-tests.py build/meson-logs/testlog.json
exit $status
