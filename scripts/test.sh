#!/usr/bin/env bash
# Sets everything up (idempotent), then runs the checks: ruff, mypy, the layer contracts
# (import-linter), the dead-code check (vulture), pytest (with the wheel install in a fresh venv and
# PostgreSQL), then builds the standalone kiosk (dist/impgt-kiosk/, about 40 s) and runs its self-test.
# KIOSK_SKIP_BUNDLE=1 skips the build (e.g. when running a few tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check kiosk tests benchmarks
echo "== mypy (the whole package; strict on kiosk/domain and kiosk/data)"
.venv/bin/mypy kiosk
echo "== import contracts (the layers of STYLE.md, indirect imports included)"
.venv/bin/lint-imports --no-cache
echo "== dead code"
.venv/bin/vulture
echo "== pytest (the whole suite; the domain must keep 100 % branch coverage)"
if [ $# -eq 0 ]; then
  set -- --cov=kiosk/domain --cov-branch --cov-report=term-missing:skip-covered --cov-fail-under=100
fi
.venv/bin/python -m pytest "$@"
if [ "${KIOSK_SKIP_BUNDLE:-0}" != "1" ]; then
  echo "== standalone build and its self-test"
  .venv/bin/python -m kiosk build
  KIOSK_DATA_DIR="$(mktemp -d)" dist/impgt-kiosk/impgt-kiosk --self-test
  # Started as the README's Linux set-up does (a bare X server, no window manager): it fills the screen.
  env -u QT_QPA_PLATFORM .venv/bin/python -m tests.e2e.xvfb dist/impgt-kiosk/impgt-kiosk --supervise
fi
