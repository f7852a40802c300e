"""The fleet view's judgement: stale kiosks first, time since last seen, errors of today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.fleet import (
    MIN_STALE_AFTER,
    Heartbeat,
    KioskHealth,
    TimeUnit,
    catalogue_version,
    elapsed,
    fleet_overview,
    stale_after,
)

NOW = datetime(2026, 3, 14, 15, 0, tzinfo=UTC)
TODAY = date(2026, 3, 14)
EVERY = timedelta(minutes=5)


def kiosk(kiosk_id: str, name: str, unseen: timedelta, errors: int = 0, day: date | None = TODAY) -> KioskHealth:
    beat = Heartbeat(kiosk_id, name, "0.1.0", "abcdef0123456789", "server", day, errors, EVERY)
    return KioskHealth(beat, NOW - unseen)


def test_stale_kiosks_come_first_the_longest_unseen_first_then_the_others_by_name() -> None:
    kiosks = [
        kiosk("id-a", "Stand A", timedelta(minutes=1)),
        kiosk("id-c", "", timedelta(hours=2)),
        kiosk("id-b", "Entrance", timedelta(seconds=10)),
        kiosk("id-d", "Stand D", timedelta(days=1)),
    ]
    overview = fleet_overview(kiosks, NOW, TODAY)
    assert [(entry.kiosk.label, entry.stale) for entry in overview] == [
        ("Stand D", True),
        ("id-c", True),
        ("Entrance", False),
        ("Stand A", False),
    ]
    assert overview[0].unseen_for == timedelta(days=1) and overview[0].last_seen == NOW - timedelta(days=1)
    assert overview[0].catalogue_version == "abcdef012345" == catalogue_version("abcdef0123456789")


def test_errors_count_only_on_the_day_they_were_counted() -> None:
    today, yesterday, never = fleet_overview(
        [
            kiosk("1", "a", timedelta(0), errors=3),
            kiosk("2", "b", timedelta(0), errors=4, day=TODAY - timedelta(days=1)),
            kiosk("3", "c", timedelta(0), day=None),
        ],
        NOW,
        TODAY,
    )
    assert (today.errors_today, yesterday.errors_today, never.errors_today) == (3, 0, 0)


def test_a_clock_ahead_of_the_server_is_seen_just_now() -> None:
    (entry,) = fleet_overview([kiosk("1", "a", -timedelta(minutes=3))], NOW, TODAY)
    assert entry.unseen_for == timedelta(0) and not entry.stale


def test_a_kiosk_is_stale_after_three_missed_calls_and_never_before_a_quarter_of_an_hour() -> None:
    assert stale_after(timedelta(minutes=1)) == MIN_STALE_AFTER
    assert stale_after(timedelta(minutes=10)) == timedelta(minutes=30)


def test_elapsed_time_in_the_largest_whole_unit() -> None:
    assert elapsed(timedelta(seconds=59)) == (TimeUnit.MINUTE, 0)
    assert elapsed(timedelta(minutes=59, seconds=59)) == (TimeUnit.MINUTE, 59)
    assert elapsed(timedelta(hours=1)) == (TimeUnit.HOUR, 1)
    assert elapsed(timedelta(hours=23, minutes=59)) == (TimeUnit.HOUR, 23)
    assert elapsed(timedelta(days=3, hours=5)) == (TimeUnit.DAY, 3)
    assert elapsed(-timedelta(hours=2)) == (TimeUnit.MINUTE, 0)


UNSEEN = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30))


@given(st.lists(st.tuples(st.text(max_size=4), UNSEEN), max_size=12))
def test_the_overview_lists_each_kiosk_once_stale_ones_first(kiosks: list[tuple[str, timedelta]]) -> None:
    healths = [kiosk(f"id-{n}", name, unseen) for n, (name, unseen) in enumerate(kiosks)]
    overview = fleet_overview(healths, NOW, TODAY)
    assert sorted(entry.kiosk.kiosk_id for entry in overview) == sorted(h.beat.kiosk_id for h in healths)
    flags = [entry.stale for entry in overview]
    assert flags == sorted(flags, reverse=True)
    stale = [entry.unseen_for for entry in overview if entry.stale]
    assert stale == sorted(stale, reverse=True)
    for entry in overview:
        assert entry.stale == (entry.unseen_for > stale_after(EVERY))


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=400)))
def test_the_unit_shown_never_says_more_than_the_time_elapsed(span: timedelta) -> None:
    unit, count = elapsed(span)
    size = {TimeUnit.MINUTE: 60, TimeUnit.HOUR: 3600, TimeUnit.DAY: 86400}[unit]
    assert count * size <= span.total_seconds() < (count + 1) * size
