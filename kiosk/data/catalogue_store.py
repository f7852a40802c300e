"""Where the kiosk reads its catalogue from, and how staff replace it without a developer.

The kiosk reads, in this order:

1. a database URL (``--db URL`` or ``KIOSK_DB_URL``), e.g. a PostgreSQL server shared by several
   kiosks. Each good read is also kept as a local SQLite copy in the application data location, used
   when the server cannot be reached;
2. else the catalogue staff imported into the application data location (``catalogue import``);
3. else the read-only catalogue bundled with the release.

Whatever goes wrong (server down, corrupt file, another schema version, rows the sources' check
refuses), the kiosk falls back to the next good catalogue with a log line and a status the staff
menu shows: the visitor never sees an error page. Each catalogue is read whole in one read-only
transaction. Without a server, a catalogue file is read from its snapshot with ``sqlite3`` alone
(:mod:`kiosk.data.snapshot`): this module imports SQLAlchemy only when it needs the tables.
Opening is cheap, so "reload catalogue" simply opens it again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.data.atomic import remove_leftovers
from kiosk.data.schema import OLDEST_MIGRATED_VERSION, SCHEMA_VERSION, CatalogueUnavailableError
from kiosk.data.snapshot import CatalogueRead, SnapshotUnusable, read_snapshot
from kiosk.data.urls import display_url, hide_secrets, password_problem
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import bundled_catalogue_path

if TYPE_CHECKING:
    # Imported where used: the start path reads its catalogue without SQLAlchemy.
    from sqlalchemy import Connection, Engine

    from kiosk.data.server_schema import ServerSchema

log = logging.getLogger(__name__)

DB_URL_ENV = "KIOSK_DB_URL"
IMPORTED_CATALOGUE_FILE = "catalogue.sqlite"
SERVER_COPY_FILE = "catalogue-server-copy.sqlite"
CONNECT_TIMEOUT_SECONDS = 5
#: Taken by each import into a PostgreSQL database: two imports at once run one after the other.
IMPORT_LOCK_KEY = 0x494D5047  # "IMPG"


class CatalogueOrigin(StrEnum):
    """Which catalogue the kiosk shows (the staff menu may translate these)."""

    BUNDLED = "bundled"
    IMPORTED = "imported"
    SERVER = "server"
    SERVER_COPY = "server-copy"


@dataclass(frozen=True)
class LoadedCatalogue:
    """A catalogue ready to show, where it came from, and one line for the staff menu."""

    catalogue: Catalogue
    legal: LegalFigures
    origin: CatalogueOrigin
    location: str
    status: str
    degraded: bool = False
    """True when a fallback is shown instead of the catalogue asked for."""
    digest: str = ""
    """The digest of its sources: its version (equal digests, equal catalogues)."""
    fetched: datetime | None = None
    """When it was read from the server (for the server's local copy: when that copy was saved)."""


@dataclass(frozen=True)
class ImportedCatalogue:
    """What ``catalogue import`` wrote, and where."""

    sources: CatalogueRead
    location: str


def catalogue_url(cli_value: str | None, environ: Mapping[str, str] = os.environ) -> str | None:
    """The database URL asked for: ``--db`` first, then ``KIOSK_DB_URL``; None for the local catalogues."""
    return cli_value or environ.get(DB_URL_ENV) or None


def imported_catalogue_path(data_dir: Path) -> Path:
    return data_dir / IMPORTED_CATALOGUE_FILE


def server_copy_path(data_dir: Path) -> Path:
    return data_dir / SERVER_COPY_FILE


def error_line(error: BaseException, url: str | None = None) -> str:
    """The first line of an error, without SQLAlchemy's background link and without the password
    of ``url``: fit for one status line."""
    text = str(getattr(error, "orig", None) or error).strip().splitlines()
    first = text[0] if text else type(error).__name__
    if url is not None:
        first = hide_secrets(first, url)
    return first if len(first) <= 200 else first[:197] + "..."


def catalogue_engine(url: str) -> Engine:
    """An engine on ``url``; a server that does not answer fails after a few seconds, not minutes."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from kiosk.data.repository import sqlite_engine

    shown = display_url(url)
    if "://" not in url:
        raise CatalogueUnavailableError(
            f"cannot use the database URL {shown}: it must start with the kind of database and ://, "
            "for example postgresql://"
        )
    problem = password_problem(url)
    if problem:
        raise CatalogueUnavailableError(f"cannot use the database URL {shown}: {problem}")
    try:
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            return sqlite_engine(parsed)
        connect_args: dict[str, object] = {}
        if parsed.get_backend_name() == "postgresql":
            connect_args["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
        return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)
    except NoSuchModuleError as error:
        raise CatalogueUnavailableError(f"no database driver for {shown}: {error_line(error, url)}") from None
    except (ArgumentError, ImportError, ValueError) as error:
        raise CatalogueUnavailableError(f"cannot use the database URL {shown}: {error_line(error, url)}") from None


def read_catalogue(engine: Engine) -> CatalogueRead:
    """The catalogue, legal figures and sources digest in ``engine``'s database, read whole in one
    read-only transaction (REPEATABLE READ on PostgreSQL): never a mix of two imports.

    Raises:
        CatalogueUnavailableError: unreachable, not a catalogue, incomplete, of another schema
            version or holding rows the sources' check refuses; the message says which in one line.
    """
    from kiosk.data.repository import CatalogueRepository

    try:
        return CatalogueRepository(engine).read()
    except CatalogueUnavailableError as error:
        cause = error.__cause__
        if cause is None:
            raise
        raise CatalogueUnavailableError(error_line(cause)) from error


def read_catalogue_at(url: str) -> CatalogueRead:
    """:func:`read_catalogue` on a database URL, with no fallback (``catalogue export --db``, the server)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        engine = catalogue_engine(url)  # raises, saying what is wrong with the URL
        engine.dispose()
        raise CatalogueUnavailableError(f"{display_url(url)} is not a database URL") from None
    database = parsed.database or ":memory:"
    if parsed.get_backend_name() == "sqlite" and database != ":memory:" and not Path(database).is_file():
        # Reading must not create an empty file.
        raise CatalogueUnavailableError(f"no catalogue database at {database}")
    engine = catalogue_engine(url)
    try:
        return read_catalogue(engine)
    except CatalogueUnavailableError as error:
        raise CatalogueUnavailableError(hide_secrets(str(error), url)) from None
    finally:
        engine.dispose()


def read_catalogue_file(path: Path) -> CatalogueRead:
    """The catalogue of the SQLite file ``path``: from its snapshot (``sqlite3`` alone), else from
    its tables (SQLAlchemy), which also say why a catalogue cannot be used."""
    if not path.is_file():
        raise CatalogueUnavailableError(f"no catalogue database at {path}")
    try:
        return read_snapshot(path)
    except SnapshotUnusable as why:
        log.warning("the snapshot of %s cannot be used (%s): reading its tables", path, why)
    return read_catalogue_tables(path)


def read_catalogue_tables(path: Path) -> CatalogueRead:
    """The catalogue of the SQLite file ``path``, read from its tables through SQLAlchemy."""
    from kiosk.data.repository import read_only_sqlite_engine

    engine = read_only_sqlite_engine(path)
    try:
        return read_catalogue(engine)
    finally:
        engine.dispose()


def _saved_at(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime)


def _saved_on(path: Path) -> str:
    return _saved_at(path).strftime("%Y-%m-%d %H:%M")


def open_catalogue(db_url: str | None, data_dir: Path, *, bundled: Path | None = None) -> LoadedCatalogue:
    """The catalogue the kiosk shows (see the module's docstring for the order); call again to reload.

    Args:
        db_url: a database URL (already resolved with :func:`catalogue_url`), or None.
        data_dir: the application data location (Qt's ``AppDataLocation``; the CLI uses
            :func:`kiosk.paths.app_data_dir`): staff-imported catalogue and server copy live there.
        bundled: the bundled catalogue (tests only; default: the one shipped with the kiosk).

    Raises:
        CatalogueUnavailableError: only when even the bundled catalogue cannot be read (a broken
            installation).
    """
    bundled_path = bundled or bundled_catalogue_path()
    remove_leftovers(data_dir)  # of an import a crash or a power cut interrupted
    if db_url:
        return _open_server(db_url, data_dir, bundled_path)
    imported = imported_catalogue_path(data_dir)
    if imported.is_file():
        try:
            read = read_catalogue_file(imported)
        except CatalogueUnavailableError as error:
            log.warning("the imported catalogue %s cannot be used (%s): using the bundled catalogue", imported, error)
            return _open_bundled(
                bundled_path, f"The imported catalogue cannot be used ({error}): showing the bundled catalogue."
            )
        return LoadedCatalogue(
            read.catalogue,
            read.legal,
            CatalogueOrigin.IMPORTED,
            str(imported),
            f"Catalogue imported by staff on {_saved_on(imported)}.",
            digest=read.digest,
        )
    return _open_bundled(bundled_path, "", degraded=False)


def _open_server(db_url: str, data_dir: Path, bundled_path: Path) -> LoadedCatalogue:
    shown = display_url(db_url)
    try:
        read = read_catalogue_at(db_url)
    except CatalogueUnavailableError as error:
        reason = str(error)
        log.warning("the catalogue database %s cannot be used (%s)", shown, reason)
    else:
        return _from_server(read, db_url, data_dir)
    copy = server_copy_path(data_dir)
    if copy.is_file():
        try:
            read = read_catalogue_file(copy)
        except CatalogueUnavailableError as error:
            log.warning("the local copy %s cannot be used (%s): using the bundled catalogue", copy, error)
        else:
            log.warning("using the local copy %s of the server's catalogue", copy)
            return LoadedCatalogue(
                read.catalogue,
                read.legal,
                CatalogueOrigin.SERVER_COPY,
                str(copy),
                f"The catalogue server {shown} cannot be used ({reason}): "
                f"showing the local copy of its last good catalogue, saved on {_saved_on(copy)}.",
                degraded=True,
                digest=read.digest,
                fetched=_saved_at(copy),
            )
    return _open_bundled(
        bundled_path,
        f"The catalogue server {shown} cannot be used ({reason}) and there is no usable local copy: "
        "showing the bundled catalogue.",
    )


def _open_bundled(path: Path, status: str, *, degraded: bool = True) -> LoadedCatalogue:
    read = read_catalogue_file(path)
    return LoadedCatalogue(
        read.catalogue,
        read.legal,
        CatalogueOrigin.BUNDLED,
        str(path),
        status or "Bundled catalogue (the one shipped with this version of the kiosk).",
        degraded=degraded,
        digest=read.digest,
    )


def _from_server(read: CatalogueRead, db_url: str, data_dir: Path) -> LoadedCatalogue:
    """What was read from the server, once kept as the local last-good copy."""
    shown = display_url(db_url)
    _keep_copy(read, server_copy_path(data_dir))
    return LoadedCatalogue(
        read.catalogue,
        read.legal,
        CatalogueOrigin.SERVER,
        shown,
        f"Catalogue read from {shown}.",
        digest=read.digest,
        fetched=datetime.now(),
    )


def check_server_catalogue(
    engine: Engine, db_url: str, data_dir: Path, shown: str, shown_from_server: bool
) -> LoadedCatalogue | None:
    """Between visitors: None when the server still holds the catalogue of digest ``shown`` (one
    small read); else the server's catalogue, read whole in one transaction, checked like an import
    and kept as the local last-good copy. ``shown_from_server`` False (a fallback is shown): the
    server's catalogue in any case, since the server can be used again.

    Raises:
        CatalogueUnavailableError: the server cannot be used (the catalogue shown stays).
    """
    from kiosk.data.repository import CatalogueRepository

    try:
        if shown_from_server and CatalogueRepository(engine).sources_digest() == shown:
            return None
        read = read_catalogue(engine)
    except CatalogueUnavailableError as error:
        raise CatalogueUnavailableError(hide_secrets(str(error), db_url)) from None
    return _from_server(read, db_url, data_dir)


def _keep_copy(read: CatalogueRead, path: Path) -> None:
    """Save the server's catalogue locally (what one transaction read: never a mix), unless the
    copy already holds it (a reload stays cheap). A folder that cannot be written keeps no copy."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.data.builder import build_sqlite

    if path.is_file():
        try:
            if read_catalogue_file(path).digest == read.digest:
                return
        except CatalogueUnavailableError:
            pass  # rewritten below
    try:
        build_sqlite(read, path)
    except (OSError, SQLAlchemyError) as error:
        log.warning("cannot keep a local copy of the catalogue in %s: %s", path, error_line(error))


# --------------------------------------------------------------------------------------------------
# Import: validate, then replace the whole catalogue at once


def import_catalogue(sources_dir: Path, db_url: str | None, data_dir: Path) -> ImportedCatalogue:
    """Validate the sources in ``sources_dir`` and make them the catalogue the kiosk reads.

    Without ``db_url`` the catalogue goes to the application data location, built beside it and
    moved into place at once (so even a corrupt previous file is replaced); with one, every row is
    replaced in a single transaction. Either way, on any problem nothing changes.

    Raises:
        CatalogueSourceError: the sources hold problems (nothing was touched).
        CatalogueUnavailableError: the database cannot be written or holds another schema version.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.data.builder import build_sqlite, read_sources

    sources = read_sources(sources_dir)
    if not db_url:
        target = imported_catalogue_path(data_dir)
        try:
            build_sqlite(sources, target)
        except (OSError, SQLAlchemyError) as error:
            raise CatalogueUnavailableError(f"cannot write {target}: {error_line(error)}") from error
        return ImportedCatalogue(sources, str(target))
    replace_catalogue(db_url, sources)
    return ImportedCatalogue(sources, display_url(db_url))


def replace_catalogue(db_url: str, sources: CatalogueRead) -> None:
    """Replace every catalogue row of the database at ``db_url`` in one transaction (readers see the
    old catalogue or the new one, never a mix; two imports at once run one after the other)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from kiosk.data.builder import write_catalogue
    from kiosk.data.server_schema import upgrade_server

    engine = catalogue_engine(db_url)
    try:
        with Session(engine) as session, session.begin():
            connection = session.connection()
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
            _refuse_other_schema(connection, db_url)
            upgrade_server(connection, display_url(db_url))  # a blank server gets every table here
            write_catalogue(session, sources)
    except SQLAlchemyError as error:
        raise CatalogueUnavailableError(
            f"cannot write the catalogue to {display_url(db_url)}: {error_line(error, db_url)}; nothing was changed"
        ) from None
    finally:
        engine.dispose()


def upgrade_catalogue_server(db_url: str) -> tuple[ServerSchema, ServerSchema]:
    """Bring the server at ``db_url`` to this kiosk's schema revision (its catalogue and counts
    kept), one import at a time; returns its schema before and after.

    Raises:
        CatalogueUnavailableError: the server cannot be reached or written, or is newer than this
            kiosk (:class:`kiosk.data.server_schema.ServerSchemaError`); nothing was changed.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.data.server_schema import server_schema, upgrade_server

    engine = catalogue_engine(db_url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK_KEY})
            before = upgrade_server(connection, display_url(db_url))
            return before, server_schema(connection)
    except SQLAlchemyError as error:
        raise CatalogueUnavailableError(
            f"cannot upgrade {display_url(db_url)}: {error_line(error, db_url)}; nothing was changed"
        ) from None
    finally:
        engine.dispose()


def _refuse_other_schema(connection: Connection, db_url: str) -> None:
    from sqlalchemy import inspect, select

    from kiosk.data.models import SchemaInfo

    if not inspect(connection).has_table(SchemaInfo.__tablename__):
        return
    version = connection.execute(select(SchemaInfo.schema_version).where(SchemaInfo.id == 1)).scalar()
    if version is not None and not OLDEST_MIGRATED_VERSION <= version <= SCHEMA_VERSION:
        raise CatalogueUnavailableError(
            f"the database {display_url(db_url)} holds a catalogue of schema version {version}, "
            f"this kiosk writes version {SCHEMA_VERSION}: import with the kiosk of the same version, "
            "or into an empty database; nothing was changed"
        )
