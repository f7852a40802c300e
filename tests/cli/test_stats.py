"""``stats export``: the day's figures as CSV for staff."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.usage import UsageCount, UsageEvent


def test_export_writes_the_counts(isolated_data_dir: Path, tmp_path: Path) -> None:
    stats = UsageStats(stats_path(isolated_data_dir))
    stats.add_counts(
        [
            UsageCount(date(2026, 5, 4), UsageEvent.SCREEN, "finder", 1),
            UsageCount(date(2026, 5, 5), UsageEvent.SIMULATION, "apprenticeship", 1),
        ]
    )
    stats.close()
    output = tmp_path / "usage.csv"
    assert main(["stats", "export", "-o", str(output)]) == 0
    assert output.read_text(encoding="utf-8").splitlines() == [
        "day,event,key,count",
        "2026-05-04,screen,finder,1",
        "2026-05-05,simulation,apprenticeship,1",
    ]
    assert main(["stats", "export", "-o", str(output), "--from", "2026-05-05", "--to", "2026-05-05"]) == 0
    assert len(output.read_text(encoding="utf-8").splitlines()) == 2


def test_export_with_nothing_recorded_is_a_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "export", "-o", "-"]) == 0
    assert capsys.readouterr().out == "day,event,key,count\n"


def test_bad_arguments_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "export", "-o", str(tmp_path / "x.csv"), "--from", "2026-05-05", "--to", "2026-05-01"]) == 2
    assert "--from is after --to" in capsys.readouterr().err
    assert main(["stats", "export", "-o", str(tmp_path / "missing" / "x.csv")]) == 2
    assert "cannot write" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["stats", "export", "-o", "x.csv", "--from", "May"])
    assert exit_info.value.code == 2
