"""Anonymous usage statistics: how many times each thing happened, per day, in a local SQLite file.

Only counters: an event kind (:data:`EVENTS`), a short key naming *what* (a screen, a programme id,
a filter chip, a contract, a language) and a day. Never who, never when within the day, never what a
visitor typed (no birth date, no amount): :meth:`UsageStats.record` refuses any other key.
The file is the kiosk's own (``usage.sqlite`` in the application data location), apart from the
catalogue, which is read-only.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import Date, Integer, String, create_engine, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

STATS_FILE = "usage.sqlite"
#: What is counted. ``idle_reset``: the kiosk started over after a visitor left.
EVENTS: tuple[str, ...] = ("screen", "programme", "filter", "simulation", "language", "idle_reset")
#: A key names a screen, a programme id, a chip ("campus:aix"), a contract or a language: no free text.
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.:-]{0,119}|")
CSV_HEADER = ("day", "event", "key", "count")


class StatsBase(DeclarativeBase):
    """Declarative base of the usage file only (not the catalogue's)."""


class UsageCount(StatsBase):
    """How many times ``event`` with ``key`` happened on ``day``."""

    __tablename__ = "usage_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)


@dataclass(frozen=True)
class CountRow:
    day: date
    event: str
    key: str
    count: int


def stats_path(data_dir: Path) -> Path:
    return data_dir / STATS_FILE


def check_event(event: str, key: str) -> None:
    """Refuse an unknown event or a key that could hold free text (a name, a date, an amount)."""
    if event not in EVENTS:
        raise ValueError(f"unknown usage event {event!r}; expected one of {', '.join(EVENTS)}")
    if not KEY_PATTERN.fullmatch(key) or re.search(r"\d{4}", key):
        raise ValueError(f"usage key {key!r} is not a short identifier")


class UsageStats:
    """The counters of one usage file; created on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._engine = create_engine(f"sqlite:///{self.path}")
            StatsBase.metadata.create_all(self._engine)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def record(self, event: str, key: str, day: date, times: int = 1) -> None:
        """Add ``times`` to the counter of ``event``/``key`` on ``day``."""
        check_event(event, key)
        statement = insert(UsageCount).values(day=day, event=event, key=key, count=times)
        statement = statement.on_conflict_do_update(
            index_elements=[UsageCount.day, UsageCount.event, UsageCount.key],
            set_={"count": UsageCount.count + statement.excluded.count},
        )
        with Session(self.engine) as session, session.begin():
            session.execute(statement)

    def rows(self, first: date | None = None, last: date | None = None) -> list[CountRow]:
        """Every counter between ``first`` and ``last`` (inclusive), by day, event and key."""
        if not self.path.exists():
            return []
        query = select(UsageCount).order_by(UsageCount.day, UsageCount.event, UsageCount.key)
        if first is not None:
            query = query.where(UsageCount.day >= first)
        if last is not None:
            query = query.where(UsageCount.day <= last)
        with Session(self.engine) as session:
            return [CountRow(r.day, r.event, r.key, r.count) for r in session.scalars(query)]

    def totals(self, day: date) -> dict[str, int]:
        """Each event's count on ``day`` (all keys together), every event present, in :data:`EVENTS` order."""
        totals = dict.fromkeys(EVENTS, 0)
        if not self.path.exists():
            return totals
        query = (
            select(UsageCount.event, func.sum(UsageCount.count)).where(UsageCount.day == day).group_by(UsageCount.event)
        )
        with Session(self.engine) as session:
            for event, count in session.execute(query):
                if event in totals:
                    totals[event] = int(count)
        return totals

    def export_csv(self, out: TextIO, first: date | None = None, last: date | None = None) -> int:
        """Write ``day,event,key,count`` rows (ISO dates); returns the number of rows."""
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        rows = self.rows(first, last)
        for row in rows:
            writer.writerow((row.day.isoformat(), row.event, row.key, row.count))
        return len(rows)


def today_summary(stats: UsageStats, day: date) -> list[tuple[str, int]]:
    """``(event, count)`` for the staff menu: every event of :data:`EVENTS`, in that order."""
    return list(stats.totals(day).items())
