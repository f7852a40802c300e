"""What the kiosk counts of its visitors, anonymously: the vocabulary and a tally kept in memory.

Only counters: an event kind (:class:`UsageEvent`), a short key naming *what* (a screen, a
programme id, a filter chip, a contract, a language) and a day. Never who, never when within the
day, never what a visitor typed (no birth date, no amount): :func:`check_usage` refuses any other
key. The UI adds to a :class:`UsageTally` as visitors tap; the kiosk writes the tally to its store
between visitors (an idle reset) and at exit, so that no tap waits for a disk.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class UsageEvent(StrEnum):
    """What is counted. ``IDLE_RESET``: the kiosk started over after a visitor left."""

    SCREEN = "screen"
    PROGRAMME = "programme"
    FILTER = "filter"
    SIMULATION = "simulation"
    LANGUAGE = "language"
    IDLE_RESET = "idle_reset"


#: A key names a screen, a programme id, a chip ("campus:aix"), a contract or a language: no free text.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,119}|")
#: Four digits in a row could be a year of birth or an amount: never a key.
_NUMBER = re.compile(r"\d{4}")


def check_usage(event: str, key: str) -> UsageEvent:
    """The event, after refusing an unknown one or a key that could hold free text.

    Raises:
        ValueError: naming the event or key refused.
    """
    try:
        kind = UsageEvent(event)
    except ValueError:
        expected = ", ".join(e.value for e in UsageEvent)
        raise ValueError(f"unknown usage event {event!r}; expected one of {expected}") from None
    if not KEY_PATTERN.fullmatch(key) or _NUMBER.search(key):
        raise ValueError(f"usage key {key!r} is not a short identifier")
    return kind


@dataclass(frozen=True)
class UsageCount:
    """How many times ``event`` with ``key`` happened on ``day``."""

    day: date
    event: UsageEvent
    key: str
    count: int


class UsageTally:
    """Counts not yet written to the store, per day, event and key."""

    def __init__(self) -> None:
        self._counts: Counter[tuple[date, UsageEvent, str]] = Counter()

    def add(self, event: str, key: str, day: date) -> None:
        """One more ``event``/``key`` on ``day`` (checked with :func:`check_usage`)."""
        self._counts[(day, check_usage(event, key), key)] += 1

    def __len__(self) -> int:
        return len(self._counts)

    def pending(self) -> list[UsageCount]:
        """What the tally holds, by day, event and key."""
        return [UsageCount(day, event, key, count) for (day, event, key), count in sorted(self._counts.items())]

    def totals(self, day: date) -> dict[UsageEvent, int]:
        """Each event's pending count on ``day``, every event present, in :class:`UsageEvent` order."""
        totals = dict.fromkeys(UsageEvent, 0)
        for (counted_day, event, _key), count in self._counts.items():
            if counted_day == day:
                totals[event] += count
        return totals

    def discard(self, written: list[UsageCount]) -> None:
        """Forget what the store has now written (counts added meanwhile stay)."""
        for row in written:
            remaining = self._counts[(row.day, row.event, row.key)] - row.count
            if remaining > 0:
                self._counts[(row.day, row.event, row.key)] = remaining
            else:
                del self._counts[(row.day, row.event, row.key)]
