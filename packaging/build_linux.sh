#!/usr/bin/env bash
# Build the frozen app (packaging/isange_desktop.spec) on Linux and run both executables'
# --self-test against it: what CI runs after the test suite. Exit non-zero when the build or
# a check fails.
#
#   bash packaging/build_linux.sh                 # into build/frozen/{dist,work}
#   DIST=/tmp/dist WORK=/tmp/build bash packaging/build_linux.sh
#   PYTHON=/path/to/venv/bin/python bash packaging/build_linux.sh
#
# PYTHON (default .venv/bin/python, as .ci/run makes it, else python3) needs the project
# installed (pip install -e .); PyInstaller is installed into it (the "build" extra) when
# missing. Prints the build time, the folder's size and every self-test line.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PYTHON:-}" ]; then
  if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
DIST="${DIST:-build/frozen/dist}"
WORK="${WORK:-build/frozen/work}"
APP="$DIST/isange-desktop"

# PyInstaller reads the libraries' dependencies with objdump (binutils).
if ! command -v objdump >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils \
      >/dev/null
  else
    echo "build_linux.sh: objdump not found: install binutils" >&2
    exit 1
  fi
fi
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  "$PYTHON" -m pip install -q -e ".[build]"
fi

start=$SECONDS
"$PYTHON" -m PyInstaller packaging/isange_desktop.spec --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK"
echo "build: $((SECONDS - start)) s, $(du -sh "$APP" | cut -f1) in $APP"

# Both executables, each in a folder of its own making that it removes (see --self-test).
# Offscreen: CI has no display; the platform plugin and everything else still load.
"$APP/isange" --self-test
QT_QPA_PLATFORM=offscreen "$APP/isange-desktop" --self-test
echo "self-test: both executables passed"
