#!/usr/bin/env bash
# Runs Tradeoff from a checkout on Debian 12: installs any missing packages,
# builds with meson, then opens the window.  With no display it says so and
# prints `tradeoff --summary` instead.  Arguments go to the program, e.g.
#   build-aux/run-app.sh tests/data/three-databases.xml
set -euo pipefail
cd "$(dirname "$0")/.."
source build-aux/packages.sh

ensure_packages "${BUILD_PACKAGES[@]}"
build_tree build

# `meson devenv` gives the program run from the build tree the settings
# schema and translations compiled there (data/meson.build); --workdir keeps
# relative FILE arguments working.
run() {
  exec meson devenv -C build --workdir "$PWD" "$PWD/build/app/tradeoff" "$@"
}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found, so the window cannot open. Here is the summary instead:" >&2
  echo >&2
  run --summary "$@"
fi

run "$@"
