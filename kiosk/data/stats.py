"""Anonymous usage statistics: how many times each thing happened, per day, in a local SQLite file.

What is counted, and which keys are allowed, is the domain's (:mod:`kiosk.domain.usage`):
:meth:`UsageStats.add_counts` checks every row again before writing it. The file is the kiosk's own
(``usage.sqlite`` in the application data location), apart from the catalogue, which is read-only.
Read and written with the standard library's ``sqlite3``: the kiosk opens it at start, which does
not load SQLAlchemy.

With a server, the same file notes which totals each server confirmed (``usage_pushed``): a push
sends the totals that changed since (:meth:`UsageStats.unpushed`), as totals, never as increments,
so that a push sent twice (its answer lost) or after an outage counts each visit once.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kiosk.domain.usage import UsageCount, UsageEvent, check_usage

STATS_FILE = "usage.sqlite"
CSV_HEADER = ("day", "event", "key", "count")
#: ``stats export --db``: every kiosk's rows, the kiosk's id and name first.
FLEET_CSV_HEADER = ("kiosk", "name", *CSV_HEADER)
TABLE = "usage_counts"
PUSHED_TABLE = "usage_pushed"
_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (day DATE NOT NULL, event VARCHAR(20) NOT NULL, "
    "key VARCHAR(120) NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (day, event, key))"
)
_PUSHED_SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS {PUSHED_TABLE} (server VARCHAR(32) NOT NULL, day DATE NOT NULL, "
    "event VARCHAR(20) NOT NULL, key VARCHAR(120) NOT NULL, count INTEGER NOT NULL, "
    "PRIMARY KEY (server, day, event, key))"
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
        if values:
            self._write(
                f"INSERT INTO {TABLE} (day, event, key, count) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (day, event, key) DO UPDATE SET count = count + excluded.count",
                values,
            )

    def _connect(self, pushed: bool = False) -> sqlite3.Connection:
        """A connection that may write, on a file holding the counts' table (created if need be) and,
        with ``pushed`` (a kiosk with a server), the table of what each server confirmed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=5, isolation_level=None)
        try:
            connection.execute(_SCHEMA)
            if pushed:
                connection.execute(_PUSHED_SCHEMA)
        except BaseException:
            connection.close()
            raise
        return connection

    def _write(self, statement: str, values: Sequence[tuple[str | int, ...]], pushed: bool = False) -> None:
        """``statement`` once per row of ``values``, all in one transaction."""
        connection = self._connect(pushed)
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                connection.executemany(statement, values)
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
        finally:
            connection.close()

    def unpushed(self, server: str) -> list[UsageCount]:
        """This kiosk's totals that ``server`` has not confirmed as they are now (all of them for a
        server it never sent to), by day, event and key.

        Raises:
            OSError, sqlite3.Error: the file cannot be opened (nothing to send then).
        """
        connection = self._connect(pushed=True)
        try:
            found = connection.execute(
                f"SELECT c.day, c.event, c.key, c.count FROM {TABLE} c LEFT JOIN {PUSHED_TABLE} p "
                "ON p.server = ? AND p.day = c.day AND p.event = c.event AND p.key = c.key "
                "WHERE p.count IS NULL OR p.count != c.count ORDER BY c.day, c.event, c.key",
                (server,),
            ).fetchall()
        finally:
            connection.close()
        return [UsageCount(date.fromisoformat(day), UsageEvent(event), key, count) for day, event, key, count in found]

    def mark_pushed(self, server: str, rows: Iterable[UsageCount]) -> None:
        """``server`` confirmed these totals (committed them): the next push leaves them out."""
        values = [(server, row.day.isoformat(), str(row.event), row.key, row.count) for row in rows]
        if values:
            self._write(
                f"INSERT INTO {PUSHED_TABLE} (server, day, event, key, count) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (server, day, event, key) DO UPDATE SET count = excluded.count",
                values,
                pushed=True,
            )

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
            writer.writerow(_csv_row(row))
        return len(rows)


def _csv_row(row: UsageCount) -> tuple[str, str, str, int]:
    return row.day.isoformat(), str(row.event), row.key, row.count


def export_fleet_csv(out: TextIO, rows: Iterable[tuple[str, str, UsageCount]]) -> int:
    """Write ``kiosk,name,day,event,key,count`` rows (a kiosk's id, its name, then as
    :meth:`UsageStats.export_csv`); returns the number of rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FLEET_CSV_HEADER)
    written = 0
    for kiosk, name, row in rows:
        writer.writerow((kiosk, name, *_csv_row(row)))
        written += 1
    return written
