#!/usr/bin/env bash
# Runs the whole test suite from a checkout on Debian 12: installs any
# missing packages, builds with meson, starts a private Xvfb for the window
# tests and runs `meson test`.  The last line counts the test cases:
# "N passed, N failed".
#
#   build-aux/run-tests.sh [--valgrind | --sanitizers] [MESON TEST ARGS…]
#
# --valgrind runs every test under valgrind memcheck (meson test
# --setup=valgrind); --sanitizers builds build-asan/ with ASan and UBSan and
# runs every test there (--setup=sanitizers).  Both stop at the first error.
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/packages.sh

builddir=build
setup_name=
case "${1:-}" in
  --valgrind)
    shift
    TEST_PACKAGES+=(valgrind)
    setup_name=valgrind
    ;;
  --sanitizers)
    shift
    builddir=build-asan
    setup_name=sanitizers
    ;;
esac

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
if [ "$builddir" = build-asan ] && [ ! -f build-asan/build.ninja ]; then
  meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false >&2
fi
build_tree "$builddir"

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
meson test -C "$builddir" --print-errorlogs ${setup_name:+--setup=$setup_name} "$@" || status=$?

# meson counts test programs; count the test cases inside them, from the
# TAP each one printed.  A program that died before printing its plan
# counts as one failure.
log=$builddir/meson-logs/testlog${setup_name:+-$setup_name}.json
python3 build-aux/count-tests.py "$log"
exit $status
