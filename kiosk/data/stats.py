"""Anonymous usage statistics: how many times each thing happened, per day, in a local SQLite file.

What is counted, and which keys are allowed, is the domain's (:mod:`kiosk.domain.usage`):
:meth:`UsageStats.add_counts` checks every row again before writing it. The file is the kiosk's own
(``usage.sqlite`` in the application data location), apart from the catalogue, which is read-only.
Read and written with the standard library's ``sqlite3``: the kiosk opens it at start, which does
not load SQLAlchemy.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kiosk.domain.usage import UsageCount, UsageEvent, check_usage

STATS_FILE = "usage.sqlite"
CSV_HEADER = ("day", "event", "key", "count")
TABLE = "usage_counts"
_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (day DATE NOT NULL, event VARCHAR(20) NOT NULL, "
    "key VARCHAR(120) NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, event, key))"
)


def stats_path(data_dir: Path) -> Path:
    return data_dir / STATS_FILE


class UsageStats:
    """The counters of one usage file; created on first write."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def close(self) -> None:
        """Nothing stays open between two writes or reads (kept for the callers that close)."""

    def add_counts(self, counts: Iterable[UsageCount]) -> None:
        """Add each of ``counts`` to its counter, all in one transaction (all or nothing).

        Raises:
            ValueError: a row the domain refuses (nothing is written).
            OSError, sqlite3.Error: the file cannot be written (a read-only folder, a full disk):
                nothing is written, the caller keeps its counts for the next try.
        """
        values = []
        for row in counts:
            check_usage(row.event, row.key)
            values.append((row.day.isoformat(), str(row.event), row.key, row.count))
        if not values:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            connection.execute(_SCHEMA)
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(
                    f"INSERT INTO {TABLE} (day, event, key, count) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (day, event, key) DO UPDATE SET count = count + excluded.count",
                    values,
                )
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            connection.close()

    def _read(self, query: str, parameters: tuple[str, ...]) -> list[Any]:
        if not self.path.exists():
            return []
        connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            return connection.execute(query, parameters).fetchall()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):  # created, never written
                return []
            raise
        finally:
            connection.close()

    def rows(self, first: date | None = None, last: date | None = None) -> list[UsageCount]:
        """Every counter between ``first`` and ``last`` (inclusive), by day, event and key."""
        conditions, parameters = [], []
        if first is not None:
            conditions.append("day >= ?")
            parameters.append(first.isoformat())
        if last is not None:
            conditions.append("day <= ?")
            parameters.append(last.isoformat())
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        found = self._read(
            f"SELECT day, event, key, count FROM {TABLE}{where} ORDER BY day, event, key", tuple(parameters)
        )
        return [UsageCount(date.fromisoformat(day), UsageEvent(event), key, count) for day, event, key, count in found]

    def totals(self, day: date) -> dict[UsageEvent, int]:
        """Each event's count on ``day`` (all keys together), every event present, in :class:`UsageEvent` order."""
        totals = dict.fromkeys(UsageEvent, 0)
        query = f"SELECT event, SUM(count) FROM {TABLE} WHERE day = ? GROUP BY event"
        for event, count in self._read(query, (day.isoformat(),)):
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
