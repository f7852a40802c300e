"""The fleet from the command line, as the README's "Several kiosks" walks through it: a blank
server, an import, the kiosks' names, their heartbeats and counts, then ``fleet status``,
``stats export --db`` and ``catalogue upgrade``; and a server a newer kiosk upgraded."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.data.catalogue_store import CatalogueOrigin
from kiosk.data.fleet import FleetLink
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.fleet import Heartbeat
from kiosk.domain.usage import UsageCount, UsageEvent
from kiosk.settings import load_settings, settings_path
from tests.conftest import SOURCES
from tests.data.test_fleet import last_seen_ago
from tests.data.test_server_schema import upgraded_by_newer_kiosk

TODAY = date.today()


def heartbeat_of(url: str, folder: Path, kiosk_id: str, name: str, counts: list[UsageCount]) -> None:
    """What a kiosk does between visitors: its counts, then its heartbeat."""
    stats = UsageStats(stats_path(folder))
    stats.add_counts(counts)
    link = FleetLink(url, folder, kiosk_id, stats)
    try:
        link.push_counts()
        link.heartbeat(
            Heartbeat(kiosk_id, name, "0.1.0", "f" * 64, CatalogueOrigin.SERVER, TODAY, 1, timedelta(minutes=5))
        )
    finally:
        link.close()


def test_from_a_blank_server_to_the_fleet_view(
    postgres_url: str, isolated_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "import", str(SOURCES), "--db", postgres_url]) == 0
    assert "from their next visitor on" in capsys.readouterr().out
    assert main(["fleet", "status", "--db", postgres_url]) == 0
    assert "no kiosk has sent a heartbeat" in capsys.readouterr().out

    assert main(["admin", "set-name", "Stand A"]) == 0
    settings = load_settings(settings_path(isolated_data_dir))
    assert settings.kiosk_name == "Stand A" and len(settings.kiosk_id) == 32
    heartbeat_of(
        postgres_url, isolated_data_dir, settings.kiosk_id, "Stand A", [UsageCount(TODAY, UsageEvent.SCREEN, "home", 3)]
    )
    heartbeat_of(postgres_url, tmp_path / "b", "b" * 32, "Entrance", [UsageCount(TODAY, UsageEvent.IDLE_RESET, "", 2)])
    last_seen_ago(postgres_url, "b" * 32, timedelta(hours=1))
    capsys.readouterr()

    assert main(["--db", postgres_url, "fleet", "status"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["STATE", "KIOSK", "LAST", "SEEN", "VERSION", "CATALOGUE", "ERRORS", "TODAY", "ID"]
    assert lines[1].startswith("STALE") and "Entrance" in lines[1] and "1 hour ago" in lines[1]
    assert lines[2].startswith("ok") and "Stand A" in lines[2] and "less than a minute ago" in lines[2]
    assert "ffffffffffff (server)" in lines[2] and lines[-1].startswith("2 kiosk(s), 1 stale")

    assert main(["fleet", "status", "--db", postgres_url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(k["name"], k["stale"], k["errors_today"]) for k in listed] == [
        ("Entrance", True, 1),
        ("Stand A", False, 1),
    ]
    assert 3500 < listed[0]["seconds_since_seen"] < 3700

    output = tmp_path / "fleet.csv"
    assert main(["stats", "export", "--db", postgres_url, "-o", str(output)]) == 0
    rows = output.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "kiosk,name,day,event,key,count"
    assert sorted(rows[1:]) == sorted(
        [f"{'b' * 32},Entrance,{TODAY},idle_reset,,2", f"{settings.kiosk_id},Stand A,{TODAY},screen,home,3"]
    )
    assert main(["stats", "export", "-o", "-"]) == 0  # without --db: this kiosk's own, as before
    assert capsys.readouterr().out.splitlines() == ["day,event,key,count", f"{TODAY},screen,home,3"]


def test_without_a_server_fleet_status_says_how_to_give_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fleet", "status"]) == 2
    assert "give --db URL, or set KIOSK_DB_URL" in capsys.readouterr().err
    assert main(["catalogue", "upgrade"]) == 2


def test_an_unreachable_server_is_one_line_without_its_password(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://kiosk:s3cret-pw@127.0.0.1:9/none"
    assert main(["fleet", "status", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cannot list the kiosks: cannot read the kiosks from") and "s3cret-pw" not in err
    assert main(["stats", "export", "--db", url, "-o", "-"]) == 1
    assert "s3cret-pw" not in capsys.readouterr().err


def test_a_server_of_a_newer_kiosk_gets_the_message_from_every_command(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "import", str(SOURCES), "--db", postgres_url]) == 0
    assert main(["catalogue", "upgrade", "--db", postgres_url]) == 0
    assert "already at schema revision" in capsys.readouterr().out
    upgraded_by_newer_kiosk(postgres_url, tmp_path)
    for command in (
        ["fleet", "status", "--db", postgres_url],
        ["catalogue", "upgrade", "--db", postgres_url],
        ["catalogue", "import", str(SOURCES), "--db", postgres_url],
        ["--db", postgres_url, "catalogue", "status"],
    ):
        assert main(command) == (0 if command[-1] == "status" else 1), command  # status: its catalogue reads
        captured = capsys.readouterr()
        assert "schema revision 9999" in captured.out + captured.err and "a newer kiosk upgraded it" in (
            captured.out + captured.err
        ), command


def test_a_kiosk_name_is_one_short_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["admin", "set-name", "x" * 41]) == 2
    assert "at most 40 characters" in capsys.readouterr().err
    assert main(["admin", "set-name", "Stand\nB"]) == 2
