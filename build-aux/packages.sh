# build-aux/packages.sh — sourced by run-app.sh and run-tests.sh.
#
# The Debian 12 packages Tradeoff needs, and one function that installs the
# ones that are missing (as root, or through sudo).  Keep the lists here and
# nowhere else.

# To build and run the program.
BUILD_PACKAGES=(
  meson ninja-build pkg-config gcc gettext
  libgtk-4-dev libglib2.0-dev libxml2-dev
  libglib2.0-bin          # glib-compile-resources, glib-compile-schemas
  adwaita-icon-theme      # the icons the window uses come from the theme
  fonts-cantarell fonts-dejavu-core
)

# Also needed by the test suite.
TEST_PACKAGES=(
  xvfb xauth              # a private display for the window tests
  dbus-daemon             # GTestDBus: private session buses (application, settings portal)
  libxml2-utils           # xmllint: the schema checks
  poppler-utils           # pdftotext: what the PDF export says
  desktop-file-utils appstream shared-mime-info   # test-validate: desktop file, metainfo, MIME type
)

# Also needed by the benchmarks (run-benchmarks.sh): startup-bench builds a
# small X11 screen watcher.
BENCH_PACKAGES=(
  libx11-dev
)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
      printf '%s\n' "$pkg"
  done
}

ensure_packages() {
  local missing
  mapfile -t missing < <(missing_packages "$@")
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
      sudo=(sudo)
    else
      echo "Tradeoff needs these Debian packages: ${missing[*]}" >&2
      echo "Install them as root: apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi

  echo "Installing missing Debian packages: ${missing[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Configures (once) and builds the tree in $1.
build_tree() {
  local builddir=$1
  if [ ! -f "$builddir/build.ninja" ]; then
    meson setup "$builddir" >&2
  fi
  meson compile -C "$builddir" >&2
}
