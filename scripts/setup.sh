#!/usr/bin/env bash
# Sets up everything the kiosk and its tests need on a Debian machine. Idempotent.
#   - the Debian packages Qt needs (offscreen and a real X window), fonts, and for the tests
#     PostgreSQL, poppler-utils (reads the printed summaries back) and x11-utils (xwininfo: where the
#     kiosk's window is on a bare X server)
#   - a virtual environment in .venv/ with the project installed (editable) and its test extra
#   - the compiled translations (.qm)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv
  libgl1 libegl1 libxkbcommon0 libx11-6 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libsqlite3-0
  xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxcb-randr0 libxcb-render0 libxcb-shm0
  libxcb-sync1 libxcb-xfixes0 libx11-xcb1 libxcb-util1 libxcb1 libxcb-glx0
  x11-utils
  fonts-dejavu-core
  postgresql
  poppler-utils
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
.venv/bin/python -m kiosk translations build >/dev/null
