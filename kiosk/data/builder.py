"""Turns the catalogue sources into a database, reproducibly: same sources, same rows."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kiosk.data.atomic import stopped_by_signals, temporary_beside
from kiosk.data.legal import read_legal_source
from kiosk.data.legal_tables import store_legal_figures
from kiosk.data.models import (
    Base,
    CampusRow,
    CatalogueSnapshot,
    ContractTypeRow,
    InstituteRow,
    PartnerRow,
    ProgrammeRow,
    SchemaInfo,
    row_values,
)
from kiosk.data.repository import sqlite_engine
from kiosk.data.schema import SCHEMA_VERSION
from kiosk.data.snapshot import CatalogueRead, snapshot_fields
from kiosk.data.sources import (
    CATALOGUE_FILES,
    LEGAL_FILE,
    CatalogueSourceError,
    SourceProblem,
    load_catalogue_sources,
)
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.checks import catalogue_data


def sources_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in (*CATALOGUE_FILES, LEGAL_FILE):
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()


def read_sources(directory: Path) -> CatalogueRead:
    """Load and validate every source file in ``directory``.

    Raises:
        CatalogueSourceError: listing every problem of every file (catalogue and legal figures).
    """
    problems: list[SourceProblem] = []
    catalogue: Catalogue | None = None
    try:
        catalogue = load_catalogue_sources(directory)
    except CatalogueSourceError as error:
        problems.extend(error.problems)
    legal = read_legal_source(directory / LEGAL_FILE, problems)
    if catalogue is None or legal is None or problems:
        raise CatalogueSourceError(problems)
    return CatalogueRead(catalogue, legal, sources_digest(directory))


def write_catalogue(session: Session, sources: CatalogueRead) -> None:
    """Replace every catalogue row in ``session``'s database with ``sources`` (caller commits), the
    start-up snapshot included (:mod:`kiosk.data.snapshot`): both change in the same transaction."""
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(delete(table))
    data = catalogue_data(sources.catalogue)
    session.add(SchemaInfo(id=1, schema_version=SCHEMA_VERSION, sources_digest=sources.digest))
    session.add(
        InstituteRow(
            id=1,
            student_advantages=data["student_advantages"],
            employer_advantages=data["employer_advantages"],
            **row_values(InstituteRow, data["institute"]),
        )
    )
    ordered: tuple[tuple[type[CampusRow | PartnerRow | ContractTypeRow | ProgrammeRow], str], ...] = (
        (CampusRow, "campuses"),
        (PartnerRow, "partners"),
        (ContractTypeRow, "contract_types"),
        (ProgrammeRow, "programmes"),
    )
    for row_type, part in ordered:  # in the order of their references
        session.add_all(row_type(position=i, **row_values(row_type, item)) for i, item in enumerate(data[part]))
        session.flush()
    store_legal_figures(session, sources.legal)
    session.add(CatalogueSnapshot(id=1, **snapshot_fields(data, sources.legal, sources.digest)))


def build_sqlite(sources: CatalogueRead, output: Path) -> None:
    """Write ``sources`` into a new SQLite file at ``output``, atomically.

    The file is built beside ``output`` and moved into place only once complete, so a failed or
    interrupted build (SIGTERM, SIGHUP, Ctrl+C) never leaves a half-written catalogue or a temporary
    file behind (see :mod:`kiosk.data.atomic`).
    """
    with stopped_by_signals(), temporary_beside(output) as temporary:
        engine = sqlite_engine(f"sqlite:///{temporary}")
        try:
            Base.metadata.create_all(engine)
            with Session(engine) as session, session.begin():
                write_catalogue(session, sources)
        finally:
            engine.dispose()
        os.replace(temporary, output)


def build_catalogue(sources_dir: Path, output: Path) -> CatalogueRead:
    """Validate the sources in ``sources_dir`` and build the SQLite catalogue ``output``."""
    sources = read_sources(sources_dir)
    build_sqlite(sources, output)
    return sources
