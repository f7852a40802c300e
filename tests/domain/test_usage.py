"""The usage vocabulary and the tally a visit adds to before it is written."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.usage import UsageCount, UsageEvent, UsageTally, check_usage

DAY = date(2026, 5, 4)
NEXT = date(2026, 5, 5)


@pytest.mark.parametrize(
    ("event", "key"),
    [("birth", ""), ("screen", "Jean Dupont"), ("simulation", "2005-06-15"), ("screen", "x" * 200), ("filter", "a b")],
)
def test_personal_or_free_text_is_refused(event: str, key: str) -> None:
    with pytest.raises(ValueError, match=repr(event) if event == "birth" else repr(key)[:20]):
        check_usage(event, key)
    assert len(UsageTally()) == 0


def test_known_events_and_short_keys_pass() -> None:
    assert check_usage("filter", "campus:aix") is UsageEvent.FILTER
    assert check_usage("idle_reset", "") is UsageEvent.IDLE_RESET


def test_a_tally_counts_per_day_event_and_key() -> None:
    tally = UsageTally()
    for event, key, day in (("screen", "finder", DAY), ("screen", "finder", DAY), ("screen", "home", NEXT)):
        tally.add(event, key, day)
    assert tally.pending() == [
        UsageCount(DAY, UsageEvent.SCREEN, "finder", 2),
        UsageCount(NEXT, UsageEvent.SCREEN, "home", 1),
    ]
    assert tally.totals(DAY) == {**dict.fromkeys(UsageEvent, 0), UsageEvent.SCREEN: 2}
    with pytest.raises(ValueError):
        tally.add("screen", "Jean Dupont", DAY)
    assert len(tally) == 2


@given(st.lists(st.sampled_from(["home", "finder", "simulator"]), max_size=30), st.integers(0, 30))
def test_discarding_what_was_written_keeps_what_came_since(keys: list[str], written_at: int) -> None:
    """Counts added while the store writes are neither lost nor written twice."""
    tally = UsageTally()
    for key in keys[:written_at]:
        tally.add("screen", key, DAY)
    written = tally.pending()
    for key in keys[written_at:]:
        tally.add("screen", key, DAY)
    tally.discard(written)
    assert sum(row.count for row in tally.pending()) == len(keys[written_at:])
    for row in tally.pending():
        assert row.count == keys[written_at:].count(row.key)
