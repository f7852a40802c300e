"""Turns the catalogue sources into a database, reproducibly: same sources, same rows."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session

from kiosk.data.legal import read_legal_source
from kiosk.data.legal_tables import store_legal_figures
from kiosk.data.models import (
    SCHEMA_VERSION,
    Base,
    CampusRow,
    ContractTypeRow,
    InstituteRow,
    PartnerRow,
    ProgrammeRow,
    SchemaInfo,
)
from kiosk.data.sources import (
    CATALOGUE_FILES,
    LEGAL_FILE,
    CatalogueSourceError,
    SourceProblem,
    load_catalogue_sources,
)
from kiosk.domain.catalogue import Catalogue, Text
from kiosk.domain.pay.figures import LegalFigures


@dataclass(frozen=True)
class CatalogueSources:
    """Everything a catalogue database holds, validated and ready to write."""

    catalogue: Catalogue
    legal: LegalFigures
    digest: str


def sources_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in (*CATALOGUE_FILES, LEGAL_FILE):
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()


def read_sources(directory: Path) -> CatalogueSources:
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
    return CatalogueSources(catalogue, legal, sources_digest(directory))


def _texts(texts: tuple[Text, ...]) -> list[dict[str, str]]:
    return [{"fr": t.fr, "en": t.en} for t in texts]


def write_catalogue(session: Session, sources: CatalogueSources) -> None:
    """Replace every catalogue row in ``session``'s database with ``sources`` (caller commits)."""
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(delete(table))
    catalogue = sources.catalogue
    session.add(SchemaInfo(id=1, schema_version=SCHEMA_VERSION, sources_digest=sources.digest))
    institute = catalogue.institute
    session.add(
        InstituteRow(
            id=1,
            acronym=institute.acronym,
            name_fr=institute.name.fr,
            name_en=institute.name.en,
            university_fr=institute.university.fr,
            university_en=institute.university.en,
            founded=institute.founded,
            status_fr=institute.status.fr,
            status_en=institute.status.en,
            levels_fr=institute.levels.fr,
            levels_en=institute.levels.en,
            mission_fr=institute.mission.fr,
            mission_en=institute.mission.en,
            public_management_fr=institute.public_management.fr,
            public_management_en=institute.public_management.en,
            teaching_fr=institute.teaching.fr,
            teaching_en=institute.teaching.en,
            work_linked_since=institute.work_linked_since,
            work_linked_intro_fr=institute.work_linked_intro.fr,
            work_linked_intro_en=institute.work_linked_intro.en,
            address=institute.address,
            phone=institute.phone,
            email=institute.email,
            website=institute.website,
            student_advantages=_texts(catalogue.student_advantages),
            employer_advantages=_texts(catalogue.employer_advantages),
        )
    )
    for position, campus in enumerate(catalogue.campuses):
        session.add(
            CampusRow(
                id=campus.id,
                position=position,
                name_fr=campus.name.fr,
                name_en=campus.name.en,
                address=campus.address,
            )
        )
    for position, partner in enumerate(catalogue.partners):
        session.add(
            PartnerRow(
                id=partner.id,
                position=position,
                name_fr=partner.name.fr,
                name_en=partner.name.en,
                campus_id=partner.campus,
            )
        )
    session.flush()
    for contract in catalogue.contract_types:
        session.add(
            ContractTypeRow(
                id=contract.id,
                position=contract.position,
                name_fr=contract.name.fr,
                name_en=contract.name.en,
                status_fr=contract.status.fr,
                status_en=contract.status.en,
                who_may_sign_fr=contract.who_may_sign.fr,
                who_may_sign_en=contract.who_may_sign.en,
                employers=list(contract.employers),
                pay_basis_fr=contract.pay_basis.fr,
                pay_basis_en=contract.pay_basis.en,
                training_costs_fr=contract.training_costs.fr,
                training_costs_en=contract.training_costs.en,
                student_advantages=_texts(contract.student_advantages),
                employer_advantages=_texts(contract.employer_advantages),
                simulation=contract.simulation,
                contact=contract.contact,
            )
        )
    for programme in catalogue.programmes:
        continues_title = programme.continues_from_title
        session.add(
            ProgrammeRow(
                id=programme.id,
                position=programme.position,
                level=programme.level,
                campus_id=programme.campus,
                partner_id=programme.partner,
                title_fr=programme.title.fr,
                title_en=programme.title.en,
                modes=list(programme.modes),
                rhythms=list(programme.rhythms),
                work_linked_start=programme.work_linked_start,
                ranking=programme.ranking,
                continues_from_id=programme.continues_from,
                continues_from_title_fr=continues_title.fr if continues_title else None,
                continues_from_title_en=continues_title.en if continues_title else None,
                description_fr=programme.description.fr,
                description_en=programme.description.en,
                leads_to_fr=programme.leads_to.fr,
                leads_to_en=programme.leads_to.en,
                contract_types=list(programme.contract_types),
                web_page=programme.web_page,
                contact=programme.contact,
            )
        )
    session.flush()
    store_legal_figures(session, sources.legal)


def build_sqlite(sources: CatalogueSources, output: Path) -> None:
    """Write ``sources`` into a new SQLite file at ``output``, atomically.

    The file is built beside ``output`` and moved into place only once complete, so a failed build
    never leaves a half-written catalogue behind.
    """
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary_name = tempfile.mkstemp(prefix=".catalogue-", suffix=".sqlite", dir=output.parent)
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        engine = create_engine(f"sqlite:///{temporary}")
        try:
            Base.metadata.create_all(engine)
            with Session(engine) as session, session.begin():
                write_catalogue(session, sources)
        finally:
            engine.dispose()
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)


def build_catalogue(sources_dir: Path, output: Path) -> CatalogueSources:
    """Validate the sources in ``sources_dir`` and build the SQLite catalogue ``output``."""
    sources = read_sources(sources_dir)
    build_sqlite(sources, output)
    return sources
