"""Usage counters: per day, anonymous, in their own SQLite file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect

from kiosk.data.models import Base
from kiosk.data.stats import StatsBase, UsageStats, stats_path
from kiosk.domain.usage import UsageCount, UsageEvent

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


def test_own_file_and_base_apart_from_the_catalogue(stats: UsageStats) -> None:
    record(stats, "screen", "home", DAY)
    assert stats.path.name == "usage.sqlite"
    assert StatsBase is not Base
    assert set(StatsBase.metadata.tables) == {"usage_counts"}
    assert not set(StatsBase.metadata.tables) & set(Base.metadata.tables)
    assert inspect(stats.engine).get_table_names() == ["usage_counts"]
