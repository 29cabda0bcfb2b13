#!/usr/bin/env bash
# Runs every benchmark of issues 7 and 12 and prints all the figures:
# installs any missing Debian packages, builds an optimised tree
# (build-bench, release), generates the large comparison into it
# (build-bench/tests/bench/big.xml), runs the load, hostile, save, toggle,
# export, min-change and interaction benchmarks (`meson test --benchmark
# --suite bench`) on a private Xvfb, the interaction one again with GTK's
# cairo renderer, then window start-up with the shared startup-bench tool.
# Everything printed is also kept in build-bench/benchmarks.txt.
#
#   bash build-aux/run-benchmarks.sh
#
# STARTUP_RUNS=N sets how many start-ups startup-bench takes the median of
# (default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/packages.sh

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" "${BENCH_PACKAGES[@]}"

builddir=build-bench
if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" --buildtype=release >&2
else
  # Figures only mean something from an optimised build.
  meson configure "$builddir" -Dbuildtype=release >&2
fi
meson compile -C "$builddir" >&2

big=$builddir/tests/bench/big.xml
program=$builddir/app/tradeoff
export GSETTINGS_SCHEMA_DIR=$PWD/$builddir/data
# The benchmarks' private home (see tests/bench/meson.build), so GTK finds
# its cache folder there.
mkdir -p "$builddir"/tests/bench/home/{cache,config,data}

tmp=$(mktemp -d)
xvfb_pid=
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

exec > >(tee "$builddir/benchmarks.txt") 2>&1

echo "Tradeoff benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)," \
  "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)," \
  "Debian $(cat /etc/debian_version), GTK $(pkg-config --modversion gtk4)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "tree: $(git describe --always --dirty 2>/dev/null || echo unknown), $builddir (buildtype=release)"
echo "large comparison: $big ($(du -h "$big" | cut -f1), gen-comparison --options 8" \
  "--aspects 500 --faq 10000 --criteria 2000)"

# A display of our own for the interaction benchmark, as quiet as
# startup-bench's: no blinking cursor, no animations.
exec 3> "$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || { echo "run-benchmarks: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(head -n1 "$tmp/display")
unset WAYLAND_DISPLAY

status=0
echo
echo "== meson test --benchmark --suite bench (load, hostile, save, toggle, export, min-change, interaction)"
meson test -C "$builddir" --benchmark --suite bench --verbose --no-rebuild || status=$?

# With no GPU Tradeoff draws with cairo (app/gui/tradeoff-renderer-choice.c); for
# reference, the same with the GL renderer GTK would otherwise choose (with
# no GPU, Mesa's software one).
echo
echo "== interaction again, for reference, with GSK_RENDERER=gl"
GSK_RENDERER=gl meson test -C "$builddir" --benchmark --suite bench --verbose --no-rebuild \
  interaction || status=$?

kill "$xvfb_pid" 2>/dev/null || true
xvfb_pid=

# startup-bench lives with the project's shared tools, next to the checkout.
startup_bench=$(cd .. && pwd)/shared/tools/startup-bench
budget() {  # budget TEXT VALUE LIMIT
  if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v != "" && v + 0 <= l + 0) }'; then
    printf '  budget: %-62s met\n' "$1"
  else
    printf '  budget: %-62s MISSED\n' "$1"
  fi
}
startup() {  # startup NAME SETTLED_LIMIT RSS_LIMIT [FILE]
  local name=$1 settled_limit=$2 rss_limit=$3 out ratios
  shift 3
  echo
  echo "startup: $name"
  # One retry: a start-up that never reaches the screen is reported, not
  # silently dropped.
  out=$("$startup_bench" -n "${STARTUP_RUNS:-7}" -- "$program" "$@" 2>&1 | grep -v 'Gtk-WARNING\|^$') ||
    out=$("$startup_bench" -n "${STARTUP_RUNS:-7}" -- "$program" "$@" 2>&1 | grep -v 'Gtk-WARNING\|^$') ||
    { echo "  startup-bench failed:"; echo "$out" | sed 's/^/  /'; status=1; return; }
  echo "$out" | sed 's/^/  /'
  ratios=$(echo "$out" | sed -n 's/^ratio to floor: settled \([0-9.]*\), peak RSS \([0-9.]*\)$/\1 \2/p')
  # "-": a reference run, with no budget of its own.
  [ "$settled_limit" = - ] && return 0
  budget "settled within ${settled_limit}x the minimal window" "${ratios% *}" "$settled_limit"
  [ -n "$rss_limit" ] && budget "peak RSS within ${rss_limit}x the minimal window" "${ratios#* }" "$rss_limit"
  return 0
}

echo
echo "== window start-up against the minimal GTK window (startup-bench)"
if [ -x "$startup_bench" ]; then
  startup "shipped comparison" 1.3 1.2
  startup "large comparison" 2 "" "$big"
  # For reference: both programs drawing as Tradeoff draws here (cairo, no
  # OpenGL: app/gui/tradeoff-renderer-choice.c), so the floor pays no more for GL than
  # the program does.
  echo
  echo "== for reference: start-up with the floor drawing as Tradeoff does here"
  (
    export GSK_RENDERER=cairo GDK_DEBUG=gl-disable
    startup "shipped comparison, both with cairo and no OpenGL" - ""
    startup "large comparison, both with cairo and no OpenGL" - "" "$big"
  )
else
  echo "startup-bench was not found at $startup_bench: it is one of the shared tools"
  echo "that sit next to this checkout (../shared/tools).  Without it the window"
  echo "start-up figures are not measured; every other figure above stands."
fi

exit $status
