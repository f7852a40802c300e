"""The server's tables are made and changed by migrations (Alembic), never by ``create_all``.

A server (the PostgreSQL database the kiosks of a fair share, or any ``--db`` database) holds the
catalogue's tables and the fleet's (:mod:`kiosk.data.fleet_tables`), and Alembic's
``alembic_version`` row naming the last migration run on it. The ``catalogue`` commands that write
to a server (``import``, ``upgrade``) first bring it to this kiosk's revision
(:func:`upgrade_server`), in the same transaction as what they write. A kiosk never migrates: it
writes its counts and heartbeats only to a server of its own revision, and otherwise says what to
do (:func:`require_current`): upgrade the server, or update the kiosk when the server is newer.

The migration scripts are package data (``migrations/`` beside this module), in the wheel and the
standalone build alike.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, inspect

from kiosk import __version__
from kiosk.data.schema import CatalogueUnavailableError

#: The catalogue's tables as every kiosk made them before the migrations: a server made then (it has
#: a ``schema_info`` table but no ``alembic_version``) is marked with this revision, then upgraded.
BASE_REVISION = "0001"
#: Alembic keeps its context in module globals: one migration at a time in this process.
_ALEMBIC = threading.Lock()


def migrations_dir() -> Path:
    """The migration scripts (package data, found beside this module also in the standalone build)."""
    return Path(__file__).resolve().parent / "migrations"


class SchemaState(StrEnum):
    EMPTY = "empty"
    """No kiosk table at all: a blank server."""
    OLDER = "older"
    """Made by an older kiosk: ``catalogue upgrade`` brings it to this kiosk's revision."""
    CURRENT = "current"
    NEWER = "newer"
    """Upgraded by a newer kiosk (a revision this kiosk does not know)."""


class ServerSchemaError(CatalogueUnavailableError):
    """This kiosk cannot write to the server at its revision; the message says what to do."""


@dataclass(frozen=True)
class ServerSchema:
    """The revision a server is at (None: no migration ran on it yet) against this kiosk's."""

    revision: str | None
    head: str
    state: SchemaState

    def newer(self, shown_url: str) -> str:
        """What a server of a revision this kiosk does not know is."""
        return (
            f"the server {shown_url} has schema revision {self.revision}, which this kiosk (version {__version__}, "
            f"schema revision {self.head}) does not know: a newer kiosk upgraded it"
        )

    def problem(self, shown_url: str) -> str:
        """Why this kiosk cannot write to the server, and what to do ("" when it can)."""
        if self.state is SchemaState.NEWER:
            return (
                f"{self.newer(shown_url)}; update this kiosk to the version of that kiosk; until then it keeps "
                "its usage counts on this computer (none is lost)"
            )
        if self.state is SchemaState.OLDER:
            made = f"revision {self.revision}" if self.revision else "from before the migrations"
            return (
                f"the server {shown_url} has schema {made}, older than this kiosk's (revision {self.head}): run "
                "`python -m kiosk catalogue upgrade --db URL` once (the catalogue and the counts are kept); "
                "until then this kiosk keeps its usage counts on this computer"
            )
        if self.state is SchemaState.EMPTY:
            return (
                f"the server {shown_url} holds no kiosk tables yet: import a catalogue into it first "
                "(`python -m kiosk catalogue import FOLDER --db URL`)"
            )
        return ""


def alembic_config(connection: Connection | None = None, scripts: Path | None = None) -> Config:
    """Alembic's configuration for the kiosk's migrations (no ``alembic.ini``: everything is here)."""
    config = Config()
    config.set_main_option("script_location", str(scripts or migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision(scripts: Path | None = None) -> str:
    """The last revision of the migrations this kiosk ships."""
    head = ScriptDirectory.from_config(alembic_config(scripts=scripts)).get_current_head()
    if head is None:  # pragma: no cover - the package ships its migrations
        raise CatalogueUnavailableError(f"no migration scripts in {scripts or migrations_dir()}")
    return head


def server_schema(connection: Connection, scripts: Path | None = None) -> ServerSchema:
    """Which revision the server of ``connection`` is at, compared with this kiosk's."""
    directory = ScriptDirectory.from_config(alembic_config(scripts=scripts))
    head = directory.get_current_head() or BASE_REVISION
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision is None:
        from kiosk.data.models import SchemaInfo

        made_before = inspect(connection).has_table(SchemaInfo.__tablename__)
        return ServerSchema(None, head, SchemaState.OLDER if made_before else SchemaState.EMPTY)
    if revision == head:
        return ServerSchema(revision, head, SchemaState.CURRENT)
    try:
        directory.get_revision(revision)
    except CommandError:
        return ServerSchema(revision, head, SchemaState.NEWER)
    return ServerSchema(revision, head, SchemaState.OLDER)


def require_current(connection: Connection, shown_url: str) -> None:
    """Raise :class:`ServerSchemaError` (saying what to do) unless the server is at this kiosk's revision."""
    problem = server_schema(connection).problem(shown_url)
    if problem:
        raise ServerSchemaError(problem)


def upgrade_server(connection: Connection, shown_url: str, scripts: Path | None = None) -> ServerSchema:
    """Bring the server of ``connection`` to this kiosk's revision, in the caller's transaction.
    Returns what it was before.

    Raises:
        ServerSchemaError: the server is newer than this kiosk (it is left as it is).
    """
    with _ALEMBIC:
        before = server_schema(connection, scripts)
        if before.state is SchemaState.NEWER:
            raise ServerSchemaError(f"{before.newer(shown_url)}; write with that kiosk's version; nothing was changed")
        config = alembic_config(connection, scripts)
        if before.revision is None and before.state is SchemaState.OLDER:
            command.stamp(config, BASE_REVISION)
        command.upgrade(config, "head")
        return before
