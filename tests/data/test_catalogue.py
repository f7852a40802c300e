"""The catalogue holds the seeds' facts, once each, and the committed database matches its sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.data.builder import build_catalogue
from kiosk.data.repository import CatalogueRepository, read_only_sqlite_engine
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.sources import CatalogueSourceError, load_catalogue_sources
from kiosk.domain.catalogue import Catalogue
from kiosk.paths import bundled_catalogue_path
from tests.catalogue_helpers import dump as dump_url
from tests.catalogue_helpers import sqlite_url
from tests.conftest import SOURCES
from tests.seed_programmes import SEED_PROGRAMMES


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the SQLite file ``path``."""
    return dump_url(sqlite_url(path))


def test_each_seed_programme_is_in_the_catalogue_once_with_its_campus_level_and_ranking(
    catalogue: Catalogue,
) -> None:
    found = [(p.id, p.level, p.campus, p.ranking) for p in catalogue.programmes]
    assert sorted(found) == sorted(SEED_PROGRAMMES)
    titles = [p.title.en for p in catalogue.programmes]
    assert len(titles) == len(set(titles)), "a programme is listed twice"


def test_institute_facts_come_from_the_seeds(catalogue: Catalogue) -> None:
    institute = catalogue.institute
    assert institute.acronym == "IMPGT"
    assert institute.founded == 1996
    assert "UFR" in institute.status.fr and "UFR" in institute.status.en
    assert institute.work_linked_since == 2016
    assert {c.id for c in catalogue.campuses} == {"aix", "marseille"}
    assert [p.id for p in catalogue.partners] == ["ensosp"]
    # Not given by the seeds: left empty for staff.
    assert (institute.address, institute.phone, institute.email, institute.website) == ("", "", "", "")


def test_every_text_exists_in_both_languages(catalogue: Catalogue) -> None:
    for programme in catalogue.programmes:
        for value in (programme.title, programme.description):
            assert value.fr.strip() and value.en.strip() and value.fr != value.en
    assert [c.id for c in catalogue.contract_types] == [
        "apprenticeship",
        "professionalisation",
        "training",
        "internship",
    ]
    professionalisation = catalogue.contract_type("professionalisation")
    assert professionalisation is not None and professionalisation.employers == ("private",)


def test_work_linked_start_and_partner_follow_the_seeds(catalogue: Catalogue) -> None:
    quality = catalogue.programme("m2-management-qualite-risques-societaux")
    security = catalogue.programme("m2-securite-management-territoires")
    bachelor = catalogue.programme("l3-administration-publique-management-public")
    assert quality is not None and quality.work_linked_start == "2022-09"
    assert security is not None and security.partner == "ensosp"
    assert bachelor is not None and bachelor.rhythms == ("standard", "work_linked")
    followers = catalogue.followers("m1-management-etablissements-sanitaires-sociaux")
    assert [p.id for p in followers] == ["m2-management-etablissements-sanitaires-sociaux"]


def test_committed_database_is_in_sync_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    build_catalogue(SOURCES, fresh)
    assert dump(fresh) == dump(bundled_catalogue_path()), (
        "data/catalogue.sqlite is out of date: run `python -m kiosk catalogue build`"
    )


def test_building_twice_gives_the_same_rows(tmp_path: Path) -> None:
    build_catalogue(SOURCES, tmp_path / "a.sqlite")
    build_catalogue(SOURCES, tmp_path / "b.sqlite")
    assert dump(tmp_path / "a.sqlite") == dump(tmp_path / "b.sqlite")


def test_bundled_database_is_opened_read_only(repository: CatalogueRepository) -> None:
    with repository.engine.connect() as connection, pytest.raises(Exception, match="readonly"):
        connection.execute(text("DELETE FROM programme"))


def test_a_missing_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueUnavailableError, match="no catalogue database"):
        read_only_sqlite_engine(tmp_path / "missing.sqlite")


def test_a_bad_source_is_reported_with_file_line_and_field(tmp_path: Path) -> None:
    for source in SOURCES.iterdir():
        (tmp_path / source.name).write_bytes(source.read_bytes())
    programmes = tmp_path / "programmes.yaml"
    lines = programmes.read_text(encoding="utf-8").splitlines()
    level_line = next(i for i, line in enumerate(lines) if line.strip() == "level: M1")
    lines[level_line] = lines[level_line].replace("M1", "M4")
    programmes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CatalogueSourceError) as error:
        load_catalogue_sources(tmp_path)
    [problem] = error.value.problems
    assert problem.file == "programmes.yaml"
    assert problem.line == level_line + 1
    assert problem.field == "programmes[1].level"
    assert "L3" in problem.message and "M4" in problem.message


def test_a_failed_build_leaves_the_previous_database(tmp_path: Path) -> None:
    output = tmp_path / "catalogue.sqlite"
    build_catalogue(SOURCES, output)
    before = dump(output)
    broken = tmp_path / "broken"
    broken.mkdir()
    for source in SOURCES.iterdir():
        (broken / source.name).write_bytes(source.read_bytes())
    (broken / "institute.yaml").write_text("acronym: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogueSourceError, match=r"institute.yaml:\d+: \(syntax\)"):
        build_catalogue(broken, output)
    assert dump(output) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".catalogue-")] == []
