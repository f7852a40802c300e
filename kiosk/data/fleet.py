"""A kiosk's link to the server of its fair: new catalogues, its counts and its heartbeat, and the
fleet view that staff read from any kiosk or with ``python -m kiosk fleet status``.

Everything here talks to the server and may wait on it (a connection timeout of a few seconds): the
kiosk calls it from a worker thread, between visitors (:mod:`kiosk.ui.fleet`), never from a tap.
Counts are in the kiosk's own file first (:mod:`kiosk.data.stats`); a push sends this kiosk's
totals per day, event and key, and the server keeps the larger of what it had and what it got:
sent twice, late, or after an outage of hours, each visit counts once. Writes go only to a server of
this kiosk's schema revision (:func:`kiosk.data.server_schema.require_current`); otherwise the error
says what to do, and the counts wait in the kiosk's file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.data.catalogue_store import LoadedCatalogue, catalogue_engine, check_server_catalogue, error_line
from kiosk.data.fleet_tables import FleetKioskRow, FleetServerRow, FleetUsageRow
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.server_schema import require_current, server_schema
from kiosk.data.stats import UsageStats
from kiosk.data.urls import display_url
from kiosk.domain.fleet import FleetEntry, Heartbeat, KioskHealth, fleet_overview
from kiosk.domain.usage import UsageCount, check_usage


def aware_utc(moment: datetime) -> datetime:
    """SQLite gives the server's time without its zone: it is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _insert(connection: Connection, table: Any) -> Any:
    """An INSERT that can say ON CONFLICT, in the server's dialect (PostgreSQL or SQLite)."""
    return (postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert)(table)


def _larger(connection: Connection, stored: Any, sent: Any) -> Any:
    return (func.greatest if connection.dialect.name == "postgresql" else func.max)(stored, sent)


class FleetLink:
    """One engine on the server of ``db_url``; each method is one transaction. Not shared between
    threads: the kiosk uses it from its one worker thread; the command line from its own.

    ``kiosk_id`` and ``stats`` (this kiosk's id and usage file) are needed to push counts and send
    heartbeats; reading the fleet needs neither.

    Every method raises :class:`CatalogueUnavailableError` (its message without the URL's password)
    when the server cannot be used; :class:`kiosk.data.server_schema.ServerSchemaError`, one of them,
    when its schema revision is not this kiosk's.
    """

    def __init__(self, db_url: str, data_dir: Path, kiosk_id: str = "", stats: UsageStats | None = None) -> None:
        self._url = db_url
        self.shown_url = display_url(db_url)
        self._data_dir = data_dir
        self._kiosk_id = kiosk_id
        self._stats = stats
        self._engine: Engine | None = None

    def _server(self) -> Engine:
        if self._engine is None:
            self._engine = catalogue_engine(self._url)
        return self._engine

    def _unavailable(self, error: SQLAlchemyError, doing: str) -> CatalogueUnavailableError:
        return CatalogueUnavailableError(f"cannot {doing} {self.shown_url}: {error_line(error, self._url)}")

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # --- the catalogue ----------------------------------------------------------------------------

    def check_catalogue(self, shown_digest: str, shown_from_server: bool) -> LoadedCatalogue | None:
        """None when the server holds the catalogue shown; else the new one, read in one transaction,
        checked, and kept as the local last-good copy (see :func:`check_server_catalogue`)."""
        return check_server_catalogue(self._server(), self._url, self._data_dir, shown_digest, shown_from_server)

    # --- counts and heartbeats --------------------------------------------------------------------

    def _stats_of_kiosk(self) -> UsageStats:
        if self._stats is None or not self._kiosk_id:
            raise ValueError("a push needs the kiosk's id and usage file")
        return self._stats

    def push_counts(self) -> int:
        """Send this kiosk's totals that the server has not confirmed; returns how many rows went.

        The server sets each (kiosk, day, event, key) to the larger of its total and the one sent: the
        kiosk's totals only grow, so a push repeated after a lost answer, or arriving after a newer
        one, changes nothing. The rows are noted as confirmed only once the server committed them.
        """
        stats = self._stats_of_kiosk()
        try:
            with self._server().begin() as connection:
                require_current(connection, self.shown_url)
                server = connection.scalar(select(FleetServerRow.server_id).where(FleetServerRow.id == 1)) or ""
                rows = stats.unpushed(server)
                if rows:
                    insert = _insert(connection, FleetUsageRow)
                    connection.execute(
                        insert.on_conflict_do_update(
                            index_elements=["kiosk_id", "day", "event", "key"],
                            set_={"count": _larger(connection, FleetUsageRow.count, insert.excluded.count)},
                        ),
                        [
                            {
                                "kiosk_id": self._kiosk_id,
                                "day": r.day,
                                "event": r.event.value,
                                "key": r.key,
                                "count": r.count,
                            }
                            for r in rows
                        ],
                    )
        except SQLAlchemyError as error:
            raise self._unavailable(error, "send the usage counts to") from None
        stats.mark_pushed(server, rows)
        return len(rows)

    def heartbeat(self, beat: Heartbeat) -> None:
        """Say that this kiosk is alive, at the server's time, with its version, its catalogue's and
        its errors of the day. Nothing about its visitors."""
        values = {
            "name": beat.name,
            "version": beat.version,
            "catalogue_digest": beat.catalogue_digest,
            "catalogue_origin": beat.catalogue_origin,
            "errors_day": beat.errors_day,
            "errors": beat.errors,
            "check_every_s": int(beat.check_every.total_seconds()),
            "last_seen": func.now(),
        }
        try:
            with self._server().begin() as connection:
                require_current(connection, self.shown_url)
                insert = _insert(connection, FleetKioskRow).values(kiosk_id=beat.kiosk_id, **values)
                connection.execute(insert.on_conflict_do_update(index_elements=["kiosk_id"], set_=values))
        except SQLAlchemyError as error:
            raise self._unavailable(error, "send the heartbeat to") from None

    def schema_problem(self) -> str:
        """Why this kiosk cannot write to the server, and what to do ("" when it can); a server that
        cannot be reached says so."""
        try:
            with self._server().connect() as connection:
                return server_schema(connection).problem(self.shown_url)
        except SQLAlchemyError as error:
            return str(self._unavailable(error, "read the schema of"))

    # --- what staff read --------------------------------------------------------------------------

    def fleet(self, today: date) -> list[FleetEntry]:
        """Every kiosk that ever sent a heartbeat, stale ones first (see :func:`fleet_overview`)."""
        try:
            with Session(self._server()) as session:
                require_current(session.connection(), self.shown_url)
                now = aware_utc(session.scalars(select(func.now())).one())
                rows = session.scalars(select(FleetKioskRow)).all()
                kiosks = [
                    KioskHealth(
                        Heartbeat(
                            row.kiosk_id,
                            row.name,
                            row.version,
                            row.catalogue_digest,
                            row.catalogue_origin,
                            row.errors_day,
                            row.errors,
                            timedelta(seconds=row.check_every_s),
                        ),
                        aware_utc(row.last_seen),
                    )
                    for row in rows
                ]
        except SQLAlchemyError as error:
            raise self._unavailable(error, "read the kiosks from") from None
        return fleet_overview(kiosks, now, today)

    def usage(self, first: date | None = None, last: date | None = None) -> list[tuple[str, str, UsageCount]]:
        """Every kiosk's counts between ``first`` and ``last`` (inclusive): (kiosk id, its name, count),
        by kiosk, day, event and key. A row of an event this kiosk does not know is left out."""
        query = (
            select(FleetUsageRow, FleetKioskRow.name)
            .join(FleetKioskRow, FleetKioskRow.kiosk_id == FleetUsageRow.kiosk_id, isouter=True)
            .order_by(FleetUsageRow.kiosk_id, FleetUsageRow.day, FleetUsageRow.event, FleetUsageRow.key)
        )
        if first is not None:
            query = query.where(FleetUsageRow.day >= first)
        if last is not None:
            query = query.where(FleetUsageRow.day <= last)
        found = []
        try:
            with Session(self._server()) as session:
                require_current(session.connection(), self.shown_url)
                for row, name in session.execute(query):
                    try:
                        event = check_usage(row.event, row.key)
                    except ValueError:
                        continue
                    found.append((row.kiosk_id, name or "", UsageCount(row.day, event, row.key, row.count)))
        except SQLAlchemyError as error:
            raise self._unavailable(error, "read the usage counts from") from None
        return found
