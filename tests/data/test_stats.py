"""Usage counters: per day, anonymous, in their own SQLite file."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.data import stats as stats_module
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.usage import UsageCount, UsageEvent
from tests.faults import full_disk, read_only

DAY = date(2026, 5, 4)
NEXT = date(2026, 5, 5)


def record(stats: UsageStats, event: str, key: str, day: date, times: int = 1) -> None:
    stats.add_counts([UsageCount(day, UsageEvent(event), key, times)])


@pytest.fixture
def stats(tmp_path: Path) -> Iterator[UsageStats]:
    usage = UsageStats(stats_path(tmp_path / "data"))
    yield usage
    usage.close()


def test_counts_add_up_per_day_event_and_key(stats: UsageStats) -> None:
    record(stats, "screen", "finder", DAY)
    record(stats, "screen", "finder", DAY)
    record(stats, "screen", "home", DAY, times=3)
    record(stats, "screen", "finder", NEXT)
    record(stats, "idle_reset", "", DAY)
    rows = [(r.day, r.event, r.key, r.count) for r in stats.rows()]
    assert rows == [
        (DAY, "idle_reset", "", 1),
        (DAY, "screen", "finder", 2),
        (DAY, "screen", "home", 3),
        (NEXT, "screen", "finder", 1),
    ]
    assert [r.day for r in stats.rows(first=NEXT)] == [NEXT]
    assert [r.day for r in stats.rows(last=DAY)] == [DAY] * 3


def test_totals_list_every_event(stats: UsageStats) -> None:
    assert stats.totals(DAY) == dict.fromkeys(UsageEvent, 0)  # no file yet
    assert not stats.path.exists()
    record(stats, "programme", "m1-x", DAY)
    record(stats, "programme", "m2-y", DAY)
    record(stats, "language", "en", NEXT)
    summary = stats.totals(DAY)
    assert list(summary) == list(UsageEvent)
    assert summary[UsageEvent.PROGRAMME] == 2 and summary[UsageEvent.LANGUAGE] == 0


def test_counts_are_written_all_at_once_or_not_at_all(stats: UsageStats) -> None:
    good = UsageCount(DAY, UsageEvent.SCREEN, "finder", 2)
    bad = UsageCount(DAY, UsageEvent.SCREEN, "Jean Dupont", 1)
    with pytest.raises(ValueError, match="Jean Dupont"):
        stats.add_counts([good, bad])
    assert stats.rows() == []
    stats.add_counts([good, good])
    assert stats.rows() == [UsageCount(DAY, UsageEvent.SCREEN, "finder", 4)]


@pytest.mark.parametrize("key", ["Jean Dupont", "2005-06-15", "x" * 200, "a b"])
def test_personal_or_free_text_is_refused(stats: UsageStats, key: str) -> None:
    with pytest.raises(ValueError):
        record(stats, "screen", key, DAY)


def test_export_csv(stats: UsageStats) -> None:
    out = io.StringIO()
    assert stats.export_csv(out) == 0
    assert out.getvalue() == "day,event,key,count\n"
    record(stats, "filter", "campus:aix", DAY)
    out = io.StringIO()
    assert stats.export_csv(out) == 1
    assert out.getvalue().splitlines() == ["day,event,key,count", "2026-05-04,filter,campus:aix,1"]


def test_own_file_apart_from_the_catalogue(stats: UsageStats) -> None:
    record(stats, "screen", "home", DAY)
    assert stats.path.name == "usage.sqlite"
    connection = sqlite3.connect(stats.path)
    tables = [name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    connection.close()
    assert tables == ["usage_counts"]


def test_a_read_only_folder_writes_nothing_and_says_so(tmp_path: Path) -> None:
    """The counter keeps its counts for the next try (:mod:`kiosk.ui.usage`): the store only refuses."""
    with read_only(tmp_path):
        stats = UsageStats(stats_path(tmp_path))
        with pytest.raises((OSError, sqlite3.Error)):
            record(stats, "screen", "home", DAY)
        assert stats.totals(DAY) == dict.fromkeys(UsageEvent, 0) and stats.rows() == []


def test_a_full_disk_writes_nothing_and_counting_resumes_with_room(tmp_path: Path) -> None:
    with full_disk(tmp_path / "tiny") as tiny:
        stats = UsageStats(stats_path(tiny))
        with pytest.raises((OSError, sqlite3.Error)):
            stats.add_counts([UsageCount(DAY, UsageEvent.SCREEN, f"screen-{n}", 1) for n in range(500)])
        (tiny / "filler").unlink()  # staff free some room
        record(stats, "screen", "home", DAY)
        assert stats.rows() == [UsageCount(DAY, UsageEvent.SCREEN, "home", 1)]


def test_a_failed_write_is_all_or_nothing(stats: UsageStats, monkeypatch: pytest.MonkeyPatch) -> None:
    record(stats, "screen", "home", DAY)
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, connection: sqlite3.Connection) -> None:
            self._connection = connection

        def executemany(self, *_args: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        def __getattr__(self, name: str) -> object:
            return getattr(self._connection, name)

    monkeypatch.setattr(stats_module.sqlite3, "connect", lambda *a, **k: FullDisk(real_connect(*a, **k)))
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        record(stats, "screen", "home", DAY, times=5)
    monkeypatch.undo()
    assert stats.rows() == [UsageCount(DAY, UsageEvent.SCREEN, "home", 1)]
