"""Repositories: the only place that queries the catalogue database. They return domain objects."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.data.legal_tables import read_legal_figures
from kiosk.data.models import (
    SCHEMA_VERSION,
    CampusRow,
    ContractTypeRow,
    InstituteRow,
    PartnerRow,
    ProgrammeRow,
    SchemaInfo,
)
from kiosk.domain.catalogue import (
    Campus,
    Catalogue,
    ContractType,
    Institute,
    Partner,
    Programme,
    Text,
)
from kiosk.domain.pay.figures import LegalFigures


class CatalogueUnavailableError(RuntimeError):
    """The database cannot be read as a catalogue (missing, corrupt or of another schema version)."""


def read_only_sqlite_engine(path: Path) -> Engine:
    """An engine on an SQLite file opened read-only (a bundled catalogue may sit on read-only media)."""
    if not path.is_file():
        raise CatalogueUnavailableError(f"no catalogue database at {path}")
    uri = path.resolve().as_uri()
    return create_engine(f"sqlite+pysqlite:///{uri}?mode=ro&uri=true")


def _texts(items: list[Any]) -> tuple[Text, ...]:
    return tuple(Text(str(item["fr"]), str(item["en"])) for item in items)


class CatalogueRepository:
    """Reads a whole catalogue from a database built by :mod:`kiosk.data.builder`."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @property
    def engine(self) -> Engine:
        return self._engine

    def schema_version(self) -> int:
        with Session(self._engine) as session:
            info = session.get(SchemaInfo, 1)
        if info is None:
            raise CatalogueUnavailableError("the database holds no catalogue (no schema_info row)")
        return info.schema_version

    def sources_digest(self) -> str:
        """Digest of the sources the catalogue was built from: equal digests, equal catalogues."""
        try:
            with Session(self._engine) as session:
                info = session.get(SchemaInfo, 1)
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the catalogue: {error}") from error
        if info is None:
            raise CatalogueUnavailableError("the database holds no catalogue (no schema_info row)")
        return info.sources_digest

    def check(self) -> None:
        """Raise :class:`CatalogueUnavailableError` unless the database is a catalogue of our schema."""
        try:
            version = self.schema_version()
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the catalogue: {error}") from error
        if version != SCHEMA_VERSION:
            raise CatalogueUnavailableError(
                f"the catalogue has schema version {version}, this kiosk reads version {SCHEMA_VERSION}; "
                "rebuild it from its sources with this version of the kiosk"
            )

    def load(self) -> Catalogue:
        """The whole catalogue (it is small: one read at start-up, then everything is in memory)."""
        self.check()
        try:
            with Session(self._engine) as session:
                institute = session.get(InstituteRow, 1)
                if institute is None:
                    raise CatalogueUnavailableError("the database holds no institute row")
                campuses = session.scalars(select(CampusRow).order_by(CampusRow.position)).all()
                partners = session.scalars(select(PartnerRow).order_by(PartnerRow.position)).all()
                contracts = session.scalars(select(ContractTypeRow).order_by(ContractTypeRow.position)).all()
                programmes = session.scalars(
                    select(ProgrammeRow).order_by(ProgrammeRow.position, ProgrammeRow.id)
                ).all()
                return Catalogue(
                    institute=_institute(institute),
                    campuses=tuple(Campus(c.id, Text(c.name_fr, c.name_en), c.address) for c in campuses),
                    partners=tuple(Partner(p.id, Text(p.name_fr, p.name_en), p.campus_id) for p in partners),
                    programmes=tuple(_programme(p) for p in programmes),
                    contract_types=tuple(_contract(c) for c in contracts),
                    student_advantages=_texts(institute.student_advantages),
                    employer_advantages=_texts(institute.employer_advantages),
                )
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the catalogue: {error}") from error

    def legal_figures(self) -> LegalFigures:
        self.check()
        try:
            with Session(self._engine) as session:
                return read_legal_figures(session)
        except SQLAlchemyError as error:
            raise CatalogueUnavailableError(f"cannot read the legal figures: {error}") from error


def _institute(row: InstituteRow) -> Institute:
    return Institute(
        acronym=row.acronym,
        name=Text(row.name_fr, row.name_en),
        university=Text(row.university_fr, row.university_en),
        founded=row.founded,
        status=Text(row.status_fr, row.status_en),
        levels=Text(row.levels_fr, row.levels_en),
        mission=Text(row.mission_fr, row.mission_en),
        public_management=Text(row.public_management_fr, row.public_management_en),
        teaching=Text(row.teaching_fr, row.teaching_en),
        work_linked_since=row.work_linked_since,
        work_linked_intro=Text(row.work_linked_intro_fr, row.work_linked_intro_en),
        address=row.address,
        phone=row.phone,
        email=row.email,
        website=row.website,
    )


def _programme(row: ProgrammeRow) -> Programme:
    continues_title = (
        Text(row.continues_from_title_fr, row.continues_from_title_en or "")
        if row.continues_from_title_fr is not None
        else None
    )
    return Programme(
        id=row.id,
        level=row.level,
        title=Text(row.title_fr, row.title_en),
        campus=row.campus_id,
        modes=tuple(str(m) for m in row.modes),
        rhythms=tuple(str(r) for r in row.rhythms),
        description=Text(row.description_fr, row.description_en),
        position=row.position,
        partner=row.partner_id,
        work_linked_start=row.work_linked_start,
        ranking=row.ranking,
        continues_from=row.continues_from_id,
        continues_from_title=continues_title,
        leads_to=Text(row.leads_to_fr, row.leads_to_en),
        contract_types=tuple(str(c) for c in row.contract_types),
        web_page=row.web_page,
        contact=row.contact,
    )


def _contract(row: ContractTypeRow) -> ContractType:
    return ContractType(
        id=row.id,
        name=Text(row.name_fr, row.name_en),
        status=Text(row.status_fr, row.status_en),
        who_may_sign=Text(row.who_may_sign_fr, row.who_may_sign_en),
        employers=tuple(str(e) for e in row.employers),
        pay_basis=Text(row.pay_basis_fr, row.pay_basis_en),
        training_costs=Text(row.training_costs_fr, row.training_costs_en),
        student_advantages=_texts(row.student_advantages),
        employer_advantages=_texts(row.employer_advantages),
        simulation=row.simulation,
        position=row.position,
        contact=row.contact,
    )
