#!/usr/bin/env bash
# Sets everything up (idempotent), then runs the checks: ruff, mypy, the layer contract, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check kiosk tests benchmarks
echo "== mypy (strict on kiosk/domain and kiosk/data)"
.venv/bin/mypy kiosk/domain kiosk/data
echo "== pytest"
.venv/bin/python -m pytest "$@"
