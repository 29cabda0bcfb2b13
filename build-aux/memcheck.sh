#!/usr/bin/env bash
# valgrind memcheck where the sanitizer run cannot see (README, "Hostile
# input, fuzzing and memory checks"): the real command line over every
# file of the hostile corpus (--validate, then --summary), and the window's
# open / FAQ question / main menu / Ctrl+Q run of tests/test-quit.c in
# English, German and French, ROUNDS times (the crash at quit of issue 12).
#
#   build-aux/memcheck.sh [BUILDDIR] [ROUNDS]      (default: build 3)
#
# Prints one line per run and "memcheck: N runs, N with errors" last; exits
# 1 if any run had an error.  Each run's log is kept in
# BUILDDIR/meson-logs/memcheck/.  Slow (valgrind is 20-50 times slower):
# about 15 minutes on a busy 2-core machine.  Run it with `nice`.
set -uo pipefail
cd "$(dirname "$0")/.."

builddir=${1:-build}
rounds=${2:-3}
program=$builddir/app/tradeoff
logs=$builddir/meson-logs/memcheck
glib_supp=$(pkg-config --variable=prefix glib-2.0)/share/glib-2.0/valgrind/glib.supp

[ -x "$program" ] || { echo "memcheck: no $program: build first" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "memcheck: valgrind is not installed" >&2; exit 2; }
mkdir -p "$logs"

# The same options as `meson test --setup=valgrind` (top-level meson.build).
memcheck=(valgrind --tool=memcheck --error-exitcode=99 --track-origins=yes
          --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite
          --num-callers=40 --suppressions="$glib_supp" --suppressions=tests/valgrind.supp)
export G_SLICE=always-malloc GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 GTK_A11Y=none
export LC_ALL=C.UTF-8 LANGUAGE=en GSETTINGS_SCHEMA_DIR=$builddir/data

runs=0
failed=0
run() {
  local name=$1
  shift
  runs=$((runs + 1))
  # The program's own exit status (1 for a file it refuses) is not ours to
  # judge here; only valgrind's 99 is.  Each run's log must also say
  # "ERROR SUMMARY: 0 errors".
  "${memcheck[@]}" --log-file="$logs/$name.log" "$@" >/dev/null 2>&1
  if [ $? -eq 99 ] || ! grep -q "ERROR SUMMARY: 0 errors" "$logs/$name.log"; then
    failed=$((failed + 1))
    echo "ERRORS  $name (see $logs/$name.log)"
  else
    echo "clean   $name"
  fi
}

# Every file in one run (--validate takes many), then --summary on each
# file it loads: the advisor and the text writer too.
run validate-hostile "$program" --validate tests/data/hostile/*
for file in tests/data/hostile/*.xml; do
  if "$program" --validate "$file" >/dev/null 2>&1; then
    run "summary-$(basename "$file")" "$program" --summary "$file"
  fi
done

# The window tests need a display; start a private Xvfb if there is none.
xvfb_pid=
if [ -z "${DISPLAY:-}" ]; then
  tmp=$(mktemp -d)
  exec 3> "$tmp/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  export DISPLAY=:$(head -n1 "$tmp/display")
  rm -rf "$tmp"
fi
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null' EXIT

# test-quit opens the window, a FAQ question and the main menu, then quits,
# in each language; with OpenGL off, as in the valgrind setup.
for round in $(seq "$rounds"); do
  for language in english german french; do
    GDK_DEBUG=gl-disable TRADEOFF_LOCALEDIR=$builddir/po G_TEST_SRCDIR=$PWD/tests \
      G_TEST_BUILDDIR=$builddir/tests \
      run "quit-$language-$round" "$builddir/tests/test-quit" -p "/tradeoff/quit/$language"
  done
done

echo "memcheck: $runs runs, $failed with errors"
[ "$failed" -eq 0 ]
