"""The kiosks of a fair as staff see them from one place: which one was seen when, which is stale.

Each kiosk sends its health between visitors (a heartbeat): when, its version, the version of the
catalogue it shows, how many errors it recovered from today. Never anything about a visitor. This
module only judges those reports; the times are the server's (one clock for every kiosk), passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

#: A kiosk calls at least every ``check_every`` on its attract screen and after each visitor; it is
#: stale once it missed this many calls in a row...
MISSED_CALLS = 3
#: ...and never sooner than this (a long visit delays the next call).
MIN_STALE_AFTER = timedelta(minutes=15)
#: How many characters of a catalogue's digest name its version (as ``catalogue build`` prints it).
VERSION_CHARS = 12


class TimeUnit(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"


def catalogue_version(digest: str) -> str:
    """The short name of a catalogue's version: the start of its sources' digest."""
    return digest[:VERSION_CHARS]


def elapsed(span: timedelta) -> tuple[TimeUnit, int]:
    """``span`` in the largest whole unit that fits: (MINUTE, 0) is "less than a minute"."""
    seconds = max(0, int(span.total_seconds()))
    if seconds < 3600:
        return TimeUnit.MINUTE, seconds // 60
    if seconds < 86400:
        return TimeUnit.HOUR, seconds // 3600
    return TimeUnit.DAY, seconds // 86400


def stale_after(check_every: timedelta) -> timedelta:
    """How long a kiosk that calls every ``check_every`` may stay unseen before it is stale."""
    return max(MIN_STALE_AFTER, check_every * MISSED_CALLS)


@dataclass(frozen=True)
class Heartbeat:
    """What a kiosk says of itself between visitors. ``errors`` were counted on ``errors_day`` (the
    kiosk's own date); ``check_every`` is how often it calls while nobody uses it."""

    kiosk_id: str
    name: str
    version: str
    catalogue_digest: str
    catalogue_origin: str
    errors_day: date | None
    errors: int
    check_every: timedelta

    @property
    def label(self) -> str:
        """The name staff gave it, else the start of its id."""
        return self.name or self.kiosk_id[:8]


@dataclass(frozen=True)
class KioskHealth:
    """A kiosk's last heartbeat, and when the server received it."""

    beat: Heartbeat
    last_seen: datetime


@dataclass(frozen=True)
class FleetEntry:
    """One line of the fleet view."""

    kiosk: Heartbeat
    last_seen: datetime
    unseen_for: timedelta
    stale: bool
    errors_today: int

    @property
    def catalogue_version(self) -> str:
        return catalogue_version(self.kiosk.catalogue_digest)


def fleet_overview(kiosks: Iterable[KioskHealth], now: datetime, today: date) -> list[FleetEntry]:
    """Every kiosk, the stale ones first (the longest unseen first), then the others by name.

    ``now`` is the server's time (the clock of the heartbeats); ``today`` the viewer's date, for the
    errors of today (a kiosk last seen yesterday had none today).
    """
    entries = []
    for kiosk in kiosks:
        beat = kiosk.beat
        unseen = max(timedelta(0), now - kiosk.last_seen)
        errors = beat.errors if beat.errors_day == today else 0
        entries.append(FleetEntry(beat, kiosk.last_seen, unseen, unseen > stale_after(beat.check_every), errors))
    stale = sorted((e for e in entries if e.stale), key=lambda e: (-e.unseen_for, e.kiosk.label, e.kiosk.kiosk_id))
    fresh = sorted((e for e in entries if not e.stale), key=lambda e: (e.kiosk.label, e.kiosk.kiosk_id))
    return stale + fresh
