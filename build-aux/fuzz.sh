#!/usr/bin/env bash
# Fuzzes the loader for N minutes (default 10) with libFuzzer, ASan and UBSan:
#   bash build-aux/fuzz.sh [MINUTES]
# It builds build-fuzz/ with clang and -Dfuzzing=true, starts from the seed
# corpus (the shipped and fixture files, the hostile corpus and every earlier
# crasher) and keeps what it learns in build-fuzz/corpus.  A crash stops the
# run and leaves the input as build-fuzz/crash-*; copy it into
# tests/fuzz/crashers/ (it is then replayed by every test run), fix the bug,
# and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/packages.sh

minutes=${1:-10}
ensure_packages "${BUILD_PACKAGES[@]}" clang libclang-rt-14-dev

if [ ! -f build-fuzz/build.ninja ]; then
  CC=clang meson setup build-fuzz -Dfuzzing=true -Dbuildtype=debugoptimized >&2
fi
meson compile -C build-fuzz tests/fuzz/fuzz-loader >&2

mkdir -p build-fuzz/corpus
seeds=(data tests/data tests/data/hostile tests/fuzz/crashers)

# The loader holds nothing between inputs, but GLib's type system and the
# compiled schema live for the whole run: leaks are checked per input.
cd build-fuzz
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ./tests/fuzz/fuzz-loader \
    -max_total_time=$((minutes * 60)) \
    -max_len=65536 \
    -timeout=5 \
    -rss_limit_mb=2048 \
    -dict=../tests/fuzz/comparison.dict \
    -print_final_stats=1 \
    corpus "${seeds[@]/#/../}"
