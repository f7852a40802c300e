#!/usr/bin/env bash
# Sets everything up (idempotent), then starts the kiosk. Extra arguments go to the kiosk,
# e.g. `bash scripts/run.sh --windowed --lang en`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m kiosk "$@"
