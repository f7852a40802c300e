"""Usage counters: per day, anonymous, in their own SQLite file."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect

from kiosk.data.models import Base
from kiosk.data.stats import EVENTS, StatsBase, UsageStats, stats_path, today_summary

DAY = date(2026, 5, 4)
NEXT = date(2026, 5, 5)


@pytest.fixture
def stats(tmp_path: Path) -> Iterator[UsageStats]:
    usage = UsageStats(stats_path(tmp_path / "data"))
    yield usage
    usage.close()


def test_counts_add_up_per_day_event_and_key(stats: UsageStats) -> None:
    stats.record("screen", "finder", DAY)
    stats.record("screen", "finder", DAY)
    stats.record("screen", "home", DAY, times=3)
    stats.record("screen", "finder", NEXT)
    stats.record("idle_reset", "", DAY)
    rows = [(r.day, r.event, r.key, r.count) for r in stats.rows()]
    assert rows == [
        (DAY, "idle_reset", "", 1),
        (DAY, "screen", "finder", 2),
        (DAY, "screen", "home", 3),
        (NEXT, "screen", "finder", 1),
    ]
    assert [r.day for r in stats.rows(first=NEXT)] == [NEXT]
    assert [r.day for r in stats.rows(last=DAY)] == [DAY] * 3


def test_today_summary_lists_every_event(stats: UsageStats) -> None:
    assert today_summary(stats, DAY) == [(event, 0) for event in EVENTS]  # no file yet
    assert not stats.path.exists()
    stats.record("programme", "m1-x", DAY)
    stats.record("programme", "m2-y", DAY)
    stats.record("language", "en", NEXT)
    summary = dict(today_summary(stats, DAY))
    assert list(summary) == list(EVENTS)
    assert summary["programme"] == 2 and summary["language"] == 0


@pytest.mark.parametrize(
    ("event", "key"),
    [("birth", ""), ("screen", "Jean Dupont"), ("simulation", "2005-06-15"), ("screen", "x" * 200), ("filter", "a b")],
)
def test_personal_or_free_text_is_refused(stats: UsageStats, event: str, key: str) -> None:
    with pytest.raises(ValueError):
        stats.record(event, key, DAY)


def test_export_csv(stats: UsageStats) -> None:
    out = io.StringIO()
    assert stats.export_csv(out) == 0
    assert out.getvalue() == "day,event,key,count\n"
    stats.record("filter", "campus:aix", DAY)
    out = io.StringIO()
    assert stats.export_csv(out) == 1
    assert out.getvalue().splitlines() == ["day,event,key,count", "2026-05-04,filter,campus:aix,1"]


def test_own_file_and_base_apart_from_the_catalogue(stats: UsageStats) -> None:
    stats.record("screen", "home", DAY)
    assert stats.path.name == "usage.sqlite"
    assert StatsBase is not Base
    assert set(StatsBase.metadata.tables) == {"usage_counts"}
    assert not set(StatsBase.metadata.tables) & set(Base.metadata.tables)
    assert inspect(stats.engine).get_table_names() == ["usage_counts"]
