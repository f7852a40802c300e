"""Anonymous usage statistics: how many times each thing happened, per day, in a local SQLite file.

What is counted, and which keys are allowed, is the domain's (:mod:`kiosk.domain.usage`):
:meth:`UsageStats.add_counts` checks every row again before writing it. The file is the kiosk's own
(``usage.sqlite`` in the application data location), apart from the catalogue, which is read-only.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TextIO

from sqlalchemy import Date, Integer, String, create_engine, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kiosk.domain.usage import UsageCount, UsageEvent, check_usage

STATS_FILE = "usage.sqlite"
CSV_HEADER = ("day", "event", "key", "count")


class StatsBase(DeclarativeBase):
    """Declarative base of the usage file only (not the catalogue's)."""


class UsageCountRow(StatsBase):
    """How many times ``event`` with ``key`` happened on ``day``."""

    __tablename__ = "usage_counts"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True, default="")
    count: Mapped[int] = mapped_column(Integer, default=0)


def stats_path(data_dir: Path) -> Path:
    return data_dir / STATS_FILE


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

    def add_counts(self, counts: Iterable[UsageCount]) -> None:
        """Add each of ``counts`` to its counter, all in one transaction (all or nothing)."""
        values = []
        for row in counts:
            check_usage(row.event, row.key)
            values.append({"day": row.day, "event": str(row.event), "key": row.key, "count": row.count})
        if not values:
            return
        statement = insert(UsageCountRow)
        statement = statement.on_conflict_do_update(
            index_elements=[UsageCountRow.day, UsageCountRow.event, UsageCountRow.key],
            set_={"count": UsageCountRow.count + statement.excluded.count},
        )
        with Session(self.engine) as session, session.begin():
            session.execute(statement, values)

    def rows(self, first: date | None = None, last: date | None = None) -> list[UsageCount]:
        """Every counter between ``first`` and ``last`` (inclusive), by day, event and key."""
        if not self.path.exists():
            return []
        query = select(UsageCountRow).order_by(UsageCountRow.day, UsageCountRow.event, UsageCountRow.key)
        if first is not None:
            query = query.where(UsageCountRow.day >= first)
        if last is not None:
            query = query.where(UsageCountRow.day <= last)
        with Session(self.engine) as session:
            return [UsageCount(r.day, UsageEvent(r.event), r.key, r.count) for r in session.scalars(query)]

    def totals(self, day: date) -> dict[UsageEvent, int]:
        """Each event's count on ``day`` (all keys together), every event present, in :class:`UsageEvent` order."""
        totals = dict.fromkeys(UsageEvent, 0)
        if not self.path.exists():
            return totals
        query = (
            select(UsageCountRow.event, func.sum(UsageCountRow.count))
            .where(UsageCountRow.day == day)
            .group_by(UsageCountRow.event)
        )
        with Session(self.engine) as session:
            for event, count in session.execute(query):
                if event in UsageEvent.__members__.values():
                    totals[UsageEvent(event)] = int(count)
        return totals

    def export_csv(self, out: TextIO, first: date | None = None, last: date | None = None) -> int:
        """Write ``day,event,key,count`` rows (ISO dates); returns the number of rows."""
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        rows = self.rows(first, last)
        for row in rows:
            writer.writerow((row.day.isoformat(), row.event, row.key, row.count))
        return len(rows)

