"""A normal install works: the wheel built from this checkout, installed into a fresh virtual
environment, runs its self-test from anywhere, with its files found inside the installed package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(command: list[str], **options: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=900, **options)  # type: ignore[call-overload]
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result  # type: ignore[no-any-return]


def test_the_wheel_installs_into_a_fresh_venv_and_passes_its_self_test(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(ROOT)])
    (wheel,) = wheels.glob("impgt_kiosk-*.whl")

    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    run([str(python), "-m", "pip", "install", "--quiet", str(wheel)])

    data_dir = tmp_path / "kiosk-data"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("KIOSK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir))
    result = run([str(environment / "bin" / "impgt-kiosk"), "--self-test"], cwd=tmp_path, env=env)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True, report["failures"]
    installed = Path(report["bundle_root"])
    assert installed.is_relative_to(environment), f"the kiosk ran from {installed}, not from the wheel"
    assert report["programmes"] > 0 and report["catalogue"] == "bundled"
    assert report["server_schema"], "the migration scripts are not in the wheel"
    assert {"home", "finder", "simulator"} <= set(report["screens"])
    # The files the self-test used are the wheel's: nothing was read from this checkout.
    for folder in ("resources/translations", "catalogue_data"):
        assert any((installed / "kiosk" / folder).iterdir()), folder
