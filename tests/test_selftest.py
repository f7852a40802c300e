"""``--self-test``: the check a built kiosk runs in CI, here on the source tree (same code path)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def self_test(tmp_path: Path, *argv: str, data_dir: Path | None = None) -> tuple[int, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(data_dir or tmp_path / "data"))
    env.pop("KIOSK_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", *argv, "--self-test"],
        cwd=tmp_path,  # never the repository: the kiosk must not depend on the current folder
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    report: dict[str, Any] = json.loads(lines[0])
    return result.returncode, report


def test_self_test_opens_every_screen_and_runs_every_contract(tmp_path: Path) -> None:
    status, report = self_test(tmp_path)
    assert status == 0, report["failures"]
    assert report["ok"] is True and report["failures"] == []
    assert report["frozen"] is False
    assert report["programmes"] >= 1
    assert {"home", "institute", "finder", "programme", "contracts", "simulator"} <= set(report["screens"])
    assert set(report["simulations"]) == {"apprenticeship", "professionalisation", "internship", "training"}
    assert report["simulations"]["apprenticeship"]["months"] == 12  # the simulator's default: one year
    assert isinstance(report["elapsed_ms"], int) and report["elapsed_ms"] > 0
    assert report["data_dir"] == str(tmp_path / "data")
    assert list((tmp_path / "data").iterdir()) == []  # the write probe is removed


def test_self_test_exits_1_naming_what_failed(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    status, report = self_test(tmp_path, data_dir=not_a_folder)
    assert status == 1
    assert report["ok"] is False
    assert [failure.split(":")[0] for failure in report["failures"]] == ["data_dir"]
    assert report["screens"]  # the other checks still ran


def test_self_test_fails_when_the_catalogue_asked_for_cannot_be_read(tmp_path: Path) -> None:
    status, report = self_test(tmp_path, "--db", f"sqlite:///{tmp_path / 'missing.sqlite'}")
    assert status == 1
    assert any(failure.startswith("catalogue:") for failure in report["failures"])


def test_self_test_fails_when_the_bundled_sources_do_not_match_the_database(tmp_path: Path) -> None:
    """Sources edited without rebuilding the database (same number of programmes): named, exit 1."""
    import shutil

    from tests.catalogue_helpers import staff_update

    bundle = tmp_path / "bundle"  # laid out as an installed wheel
    ignore = shutil.ignore_patterns("__pycache__", "*.ts")
    shutil.copytree(ROOT / "kiosk", bundle / "kiosk", ignore=ignore)
    shutil.copytree(ROOT / "resources", bundle / "kiosk" / "resources", ignore=ignore)
    shutil.copytree(ROOT / "data", bundle / "kiosk" / "catalogue_data", ignore=ignore)
    # A new ranking and SMIC, catalogue.sqlite left as it was.
    staff_update(bundle / "kiosk" / "catalogue_data" / "catalogue")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(bundle))
    env.pop("KIOSK_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["bundle_root"] == str(bundle)
    assert result.returncode == 1 and report["ok"] is False
    failures = [failure for failure in report["failures"] if failure.startswith("sources:")]
    assert len(failures) == 1, report["failures"]
    assert "do not match the database" in failures[0] and "digest" in failures[0]
    assert "catalogue build" in failures[0]
