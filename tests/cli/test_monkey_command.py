"""``monkey``: its report, its exit status, and a run that leaves the kiosk's own data alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.paths import package_root


def run_monkey(data_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIOSK_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("KIOSK_PRINTER", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "monkey", "--actions", "20", "--seed", "5", *options],
        capture_output=True,
        text=True,
        env=environment,
        cwd=package_root().parent,
        timeout=600,
    )


def test_the_monkey_reports_and_leaves_the_kiosk_data_alone(tmp_path: Path) -> None:
    data_dir = tmp_path / "kiosk-data"
    kept = data_dir / "summaries" / "programme-a-visitor-kept.pdf"
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"%PDF-1.4 a visitor's summary")
    # No run can shrink by 1000 MB: the gate fails it, after the report.
    done = run_monkey(data_dir, "--json", "--max-growth", "-1000")
    assert done.returncode == 1
    assert "grew by more than -1000.0 MB" in done.stderr
    report = json.loads(done.stdout)
    assert report["exceptions"] == 0 and report["actions"] == 20
    # Every action asked for was done: the sweep's tap on "Quit the kiosk" ended the run (2 of 20).
    assert sum(report["by_action"].values()) == 20
    assert report["sweep_taps"] > 100 and "simulator+apprenticeship/takeaway" in report["swept"]
    assert isinstance(report["rss_growth_mb"], float) and isinstance(report["python_blocks_growth"], int)
    # The sweep printed a dozen summaries: into a folder of its own, not among the kiosk's.
    assert sorted(path.name for path in data_dir.rglob("*")) == ["programme-a-visitor-kept.pdf", "summaries"]
