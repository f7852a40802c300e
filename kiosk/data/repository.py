"""Repositories: the only place that queries the catalogue database. They return domain objects.

A catalogue is always read whole, in one read-only transaction (REPEATABLE READ on PostgreSQL, one
``BEGIN`` on SQLite), so that the catalogue, its legal figures and its digest come from the same
import, never from two (:meth:`CatalogueRepository.read`). Its rows pass the same checks as the
sources (:mod:`kiosk.domain.checks`): a row the sources' check would refuse makes the whole
catalogue unusable, and the kiosk shows the next one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.data.legal_tables import read_legal_figures
from kiosk.data.models import (
    CampusRow,
    ContractTypeRow,
    InstituteRow,
    PartnerRow,
    ProgrammeRow,
    SchemaInfo,
    row_data,
)
from kiosk.data.schema import SCHEMA_VERSION, CatalogueUnavailableError
from kiosk.data.snapshot import CatalogueRead
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.checks import CatalogueCheckError, catalogue_from_data, problems_summary
from kiosk.domain.pay.figures import LegalFigures


def sqlite_engine(url: str | URL, **options: Any) -> Engine:
    """An SQLite engine whose transactions really begin at ``BEGIN``: the driver's default starts
    none before a write, so that two reads of one "transaction" could see two imports."""
    # isolation_level=None: the driver leaves the transactions to the BEGIN below.
    engine = create_engine(url, connect_args={"isolation_level": None}, **options)
    event.listen(engine, "begin", _begin)
    return engine


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def read_only_sqlite_engine(path: Path) -> Engine:
    """An engine on an SQLite file opened read-only (a bundled catalogue may sit on read-only media)."""
    if not path.is_file():
        raise CatalogueUnavailableError(f"no catalogue database at {path}")
    uri = path.resolve().as_uri()
    return sqlite_engine(f"sqlite+pysqlite:///{uri}?mode=ro&uri=true")


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Session]:
    """A session in one read-only transaction: every read in it sees the same state of the database."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with connection.begin(), Session(bind=connection) as session:
            yield session


def _check_schema(session: Session) -> str:
    """The sources digest; raises unless the database holds a catalogue of our schema."""
    info = session.get(SchemaInfo, 1)
    if info is None:
        raise CatalogueUnavailableError("the database holds no catalogue (no schema_info row)")
    if info.schema_version != SCHEMA_VERSION:
        raise CatalogueUnavailableError(
            f"the catalogue has schema version {info.schema_version}, this kiosk reads version {SCHEMA_VERSION}; "
            "rebuild it from its sources with this version of the kiosk"
        )
    return info.sources_digest


def _catalogue(session: Session) -> Catalogue:
    institute = session.get(InstituteRow, 1)
    if institute is None:
        raise CatalogueUnavailableError("the database holds no institute row")
    institute_data = row_data(institute)

    def rows(row_type: type[CampusRow | PartnerRow | ContractTypeRow | ProgrammeRow]) -> list[dict[str, Any]]:
        found = session.scalars(select(row_type).order_by(row_type.position, row_type.id))
        return [row_data(row) for row in found]

    data = {
        "institute": institute_data,
        "campuses": rows(CampusRow),
        "partners": rows(PartnerRow),
        "programmes": rows(ProgrammeRow),
        "contract_types": rows(ContractTypeRow),
        "student_advantages": institute_data.pop("student_advantages"),
        "employer_advantages": institute_data.pop("employer_advantages"),
    }
    try:
        return catalogue_from_data(data)
    except CatalogueCheckError as error:
        raise CatalogueUnavailableError(
            f"the catalogue holds rows that the sources' check refuses: {problems_summary(error.problems)}"
        ) from None


class CatalogueRepository:
    """Reads a whole catalogue from a database built by :mod:`kiosk.data.builder`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def engine(self) -> Engine:
        return self._engine

    def read(self) -> CatalogueRead:
        """The catalogue, legal figures and sources digest, in one read-only transaction.

        Raises:
            CatalogueUnavailableError: unreachable, not a catalogue, of another schema version,
                incomplete, or holding rows the sources' check refuses; the message says which.
        """
        try:
            with read_transaction(self._engine) as session:
                digest = _check_schema(session)
                catalogue = _catalogue(session)
                try:
                    legal = read_legal_figures(session)
                except (KeyError, ValueError) as error:  # legal figures missing or incomplete
                    raise CatalogueUnavailableError(f"incomplete legal figures: {error}") from None
                return CatalogueRead(catalogue, legal, digest)
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the catalogue: {error}") from error

    def sources_digest(self) -> str:
        """Digest of the sources the catalogue was built from: equal digests, equal catalogues."""
        try:
            with read_transaction(self._engine) as session:
                return _check_schema(session)
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the catalogue: {error}") from error

    def check(self) -> None:
        """Raise :class:`CatalogueUnavailableError` unless the database is a catalogue of our schema."""
        self.sources_digest()

    def load(self) -> Catalogue:
        """The whole catalogue (it is small: one read, then everything is in memory)."""
        return self.read().catalogue

    def legal_figures(self) -> LegalFigures:
        return self.read().legal
