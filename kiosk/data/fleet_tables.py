"""The fleet's tables on the server: which server this is, each kiosk's last heartbeat, its counts.

Apart from the catalogue's tables (:class:`kiosk.data.models.Base`): an import replaces every
catalogue row, and must never touch a count. Only counts and health are stored, never a visitor's
input (the keys are the usage vocabulary's, checked by :func:`kiosk.domain.usage.check_usage`).
Created and changed by the migrations (:mod:`kiosk.data.server_schema`), never by ``create_all``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class FleetBase(DeclarativeBase):
    """The fleet's tables (not the catalogue's)."""


class FleetServerRow(FleetBase):
    """One row: a random id given to this server when its fleet tables were made. A kiosk notes
    which counts it sent to which server, so that a new server (or one made anew) gets them all."""

    __tablename__ = "fleet_server"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_id: Mapped[str] = mapped_column(String(32))


class FleetKioskRow(FleetBase):
    """A kiosk's last heartbeat; ``last_seen`` is the server's clock, the same for every kiosk."""

    __tablename__ = "fleet_kiosk"

    kiosk_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    version: Mapped[str] = mapped_column(String(40))
    catalogue_digest: Mapped[str] = mapped_column(String(64))
    catalogue_origin: Mapped[str] = mapped_column(String(20))
    errors_day: Mapped[date | None] = mapped_column(Date)
    errors: Mapped[int] = mapped_column(Integer)
    check_every_s: Mapped[int] = mapped_column(Integer)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FleetUsageRow(FleetBase):
    """How many times ``event``/``key`` happened on ``day`` at kiosk ``kiosk_id``: the kiosk's own
    total, set (never added to) by each push, so that a push sent twice counts once."""

    __tablename__ = "fleet_usage"

    kiosk_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    event: Mapped[str] = mapped_column(String(20), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
