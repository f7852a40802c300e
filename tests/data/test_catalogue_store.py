"""Where the kiosk reads its catalogue, importing a new one (SQLite and PostgreSQL), exporting it back."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.data import builder
from kiosk.data.builder import build_catalogue
from kiosk.data.catalogue_store import (
    CatalogueOrigin,
    catalogue_url,
    import_catalogue,
    imported_catalogue_path,
    open_catalogue,
    read_catalogue_at,
    server_copy_path,
)
from kiosk.data.exporter import export_sources, source_documents
from kiosk.data.repository import CatalogueRepository
from kiosk.data.schema import CatalogueUnavailableError
from kiosk.data.sources import CatalogueSourceError
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import bundled_catalogue_path
from tests.catalogue_helpers import (
    NEW_RANKING,
    NEW_SMIC_DATE,
    NEW_SMIC_HOURLY,
    OLD_RANKING,
    RANKED_PROGRAMME,
    copy_sources,
    dump,
    line_of,
    replace_in,
    served_kiosk,
    sqlite_url,
    staff_update,
    without_digest,
)
from tests.conftest import SOURCES
from tests.postgres import PostgresServer


def ranking(catalogue: Catalogue) -> int | None:
    programme = catalogue.programme(RANKED_PROGRAMME)
    assert programme is not None
    return programme.ranking


def assert_updated(catalogue: Catalogue, legal: LegalFigures) -> None:
    assert ranking(catalogue) == NEW_RANKING
    assert (legal.smic.latest.effective, legal.smic.latest.hourly) == (NEW_SMIC_DATE, NEW_SMIC_HOURLY)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: an SQLite file, or a database on the throwaway PostgreSQL server."""
    if request.param == "sqlite":
        return sqlite_url(tmp_path / "shared.sqlite")
    url: str = request.getfixturevalue("postgres_url")
    return url


# --- Where the kiosk reads from ------------------------------------------------------------------


def test_without_anything_the_bundled_catalogue_is_shown(tmp_path: Path) -> None:
    loaded = open_catalogue(None, tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and not loaded.degraded
    assert ranking(loaded.catalogue) == OLD_RANKING
    assert loaded.location == str(bundled_catalogue_path())


def test_the_url_comes_from_the_option_then_the_environment() -> None:
    assert catalogue_url("sqlite:///a", {"KIOSK_DB_URL": "sqlite:///b"}) == "sqlite:///a"
    assert catalogue_url(None, {"KIOSK_DB_URL": "sqlite:///b"}) == "sqlite:///b"
    assert catalogue_url(None, {"KIOSK_DB_URL": ""}) is None
    assert catalogue_url(None, {}) is None


def test_an_import_is_shown_after_reload(tmp_path: Path) -> None:
    data_dir = tmp_path / "app-data"
    before = open_catalogue(None, data_dir)
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    imported = import_catalogue(sources, None, data_dir)
    assert imported.location == str(imported_catalogue_path(data_dir))
    after = open_catalogue(None, data_dir)  # what "reload catalogue" does
    assert ranking(before.catalogue) == OLD_RANKING
    assert after.origin is CatalogueOrigin.IMPORTED and not after.degraded
    assert "imported by staff" in after.status
    assert_updated(after.catalogue, after.legal)


def test_a_broken_file_is_refused_with_its_line_and_the_imported_catalogue_is_kept(tmp_path: Path) -> None:
    data_dir = tmp_path / "app-data"
    import_catalogue(SOURCES, None, data_dir)
    before = dump(sqlite_url(imported_catalogue_path(data_dir)))
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    replace_in(sources / "legal.yaml", f'hourly: "{NEW_SMIC_HOURLY}"', 'hourly: "12,55"')
    with pytest.raises(CatalogueSourceError) as error:
        import_catalogue(sources, None, data_dir)
    [problem] = error.value.problems
    assert (problem.file, problem.line) == ("legal.yaml", line_of(sources / "legal.yaml", '"12,55"'))
    assert problem.field.endswith(".hourly")
    assert dump(sqlite_url(imported_catalogue_path(data_dir))) == before
    assert ranking(open_catalogue(None, data_dir).catalogue) == OLD_RANKING


def test_a_corrupt_imported_catalogue_falls_back_to_the_bundled_one_with_a_log_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    imported_catalogue_path(tmp_path).write_bytes(b"this is not an SQLite database" * 100)
    with caplog.at_level(logging.WARNING, logger="kiosk.data.catalogue_store"):
        loaded = open_catalogue(None, tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded
    assert "imported catalogue cannot be used" in loaded.status
    assert any("imported catalogue" in record.getMessage() for record in caplog.records)
    # A new import replaces the corrupt file.
    import_catalogue(SOURCES, None, tmp_path)
    assert open_catalogue(None, tmp_path).origin is CatalogueOrigin.IMPORTED


def test_an_empty_imported_file_falls_back_to_the_bundled_one(tmp_path: Path) -> None:
    imported_catalogue_path(tmp_path).write_bytes(b"")
    loaded = open_catalogue(None, tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded


# --- A database shared by several kiosks (SQLite file or PostgreSQL server) -----------------------


def test_import_into_a_database_then_every_kiosk_reads_it(tmp_path: Path, db_url: str) -> None:
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    import_catalogue(sources, db_url, tmp_path / "unused")
    for kiosk in ("kiosk-1", "kiosk-2"):
        loaded = open_catalogue(db_url, tmp_path / kiosk)
        assert loaded.origin is CatalogueOrigin.SERVER and not loaded.degraded
        assert_updated(loaded.catalogue, loaded.legal)
        assert server_copy_path(tmp_path / kiosk).is_file()
    assert not imported_catalogue_path(tmp_path / "unused").exists()


def test_importing_twice_replaces_rather_than_duplicates(tmp_path: Path, db_url: str) -> None:
    import_catalogue(SOURCES, db_url, tmp_path)
    first = dump(db_url)
    import_catalogue(SOURCES, db_url, tmp_path)
    assert dump(db_url) == first
    assert len(first["programme"]) == 10


def test_a_broken_file_changes_nothing_in_the_database(tmp_path: Path, db_url: str) -> None:
    import_catalogue(SOURCES, db_url, tmp_path)
    before = dump(db_url)
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    replace_in(sources / "programmes.yaml", f"ranking: {NEW_RANKING}", "ranking: seventh")
    with pytest.raises(CatalogueSourceError) as error:
        import_catalogue(sources, db_url, tmp_path)
    assert [(p.file, p.line) for p in error.value.problems] == [
        ("programmes.yaml", line_of(sources / "programmes.yaml", "ranking: seventh"))
    ]
    assert dump(db_url) == before


def test_a_failure_while_writing_rolls_the_whole_import_back(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_catalogue(SOURCES, db_url, tmp_path)
    before = dump(db_url)
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)

    def fail_after_the_programmes(*_args: object) -> None:
        raise CatalogueUnavailableError("simulated failure after the programmes were written")

    monkeypatch.setattr(builder, "store_legal_figures", fail_after_the_programmes)
    with pytest.raises(CatalogueUnavailableError, match="simulated failure"):
        import_catalogue(sources, db_url, tmp_path)
    assert dump(db_url) == before


def test_a_database_of_another_schema_version_is_named_clearly(tmp_path: Path, db_url: str) -> None:
    import_catalogue(SOURCES, db_url, tmp_path)
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE schema_info SET schema_version = 99"))
    engine.dispose()
    before = dump(db_url)
    with pytest.raises(CatalogueUnavailableError, match=r"schema version 99, this kiosk reads version 2"):
        read_catalogue_at(db_url)
    loaded = open_catalogue(db_url, tmp_path / "kiosk")
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded
    assert "schema version 99" in loaded.status
    with pytest.raises(CatalogueUnavailableError, match=r"schema version 99, this kiosk writes version 2"):
        import_catalogue(SOURCES, db_url, tmp_path)
    assert dump(db_url) == before


def test_an_empty_database_is_not_a_catalogue(tmp_path: Path, db_url: str) -> None:
    loaded = open_catalogue(db_url, tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded


# --- Server unreachable: the local copy ------------------------------------------------------------


def _unreachable_url(server: PostgresServer) -> str:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return server.url().replace(f":{server.port}/", f":{port}/")


def test_when_the_server_is_unreachable_the_local_copy_is_used_and_said(
    tmp_path: Path, postgres_server: PostgresServer, postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = served_kiosk(tmp_path, postgres_url)
    unreachable = _unreachable_url(postgres_server)
    with caplog.at_level(logging.WARNING, logger="kiosk.data.catalogue_store"):
        loaded = open_catalogue(unreachable, data_dir)
    assert loaded.origin is CatalogueOrigin.SERVER_COPY and loaded.degraded
    assert "cannot be used" in loaded.status and "local copy" in loaded.status
    assert_updated(loaded.catalogue, loaded.legal)
    assert caplog.records


def test_a_reload_does_not_rewrite_an_up_to_date_copy(tmp_path: Path, postgres_url: str) -> None:
    import_catalogue(SOURCES, postgres_url, tmp_path)
    open_catalogue(postgres_url, tmp_path)
    copy = server_copy_path(tmp_path)
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    open_catalogue(postgres_url, tmp_path)
    assert copy.stat().st_mtime == 1_000_000_000
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    import_catalogue(sources, postgres_url, tmp_path)
    open_catalogue(postgres_url, tmp_path)
    assert copy.stat().st_mtime != 1_000_000_000


def test_unreachable_server_and_corrupt_copy_fall_back_to_the_bundled_catalogue(
    tmp_path: Path, postgres_server: PostgresServer, caplog: pytest.LogCaptureFixture
) -> None:
    server_copy_path(tmp_path).write_bytes(b"\0garbage" * 64)
    with caplog.at_level(logging.WARNING, logger="kiosk.data.catalogue_store"):
        loaded = open_catalogue(_unreachable_url(postgres_server), tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded
    assert "no usable local copy" in loaded.status
    assert any("local copy" in record.getMessage() for record in caplog.records)


def test_a_missing_driver_or_bad_url_falls_back(tmp_path: Path) -> None:
    loaded = open_catalogue("nosuchdialect://host/db", tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded


def test_a_password_never_shows_in_the_status(tmp_path: Path, postgres_server: PostgresServer) -> None:
    url = _unreachable_url(postgres_server).replace("kiosk@", "kiosk:s3cret@")
    loaded = open_catalogue(url, tmp_path)
    assert "s3cret" not in loaded.status


# --- Export ----------------------------------------------------------------------------------------


def test_export_then_build_gives_the_same_rows(tmp_path: Path, db_url: str) -> None:
    import_catalogue(SOURCES, db_url, tmp_path)
    read = read_catalogue_at(db_url)
    catalogue, legal = read.catalogue, read.legal
    exported = tmp_path / "exported"
    export_sources(catalogue, legal, exported)
    build_catalogue(SOURCES, tmp_path / "original.sqlite")
    build_catalogue(exported, tmp_path / "rebuilt.sqlite")
    original, rebuilt = dump(sqlite_url(tmp_path / "original.sqlite")), dump(sqlite_url(tmp_path / "rebuilt.sqlite"))
    assert without_digest(rebuilt) == without_digest(original)
    assert rebuilt["schema_info"][0][1] == original["schema_info"][0][1]  # the schema version
    # Exporting the rebuilt catalogue again gives the same files: the export is stable.
    repository = CatalogueRepository(create_engine(sqlite_url(tmp_path / "rebuilt.sqlite")))
    again = source_documents(repository.load(), repository.legal_figures())
    repository.engine.dispose()
    assert again == {path.name: path.read_text(encoding="utf-8") for path in exported.iterdir()}


def test_exported_files_are_readable_yaml_with_exact_amounts(tmp_path: Path) -> None:
    loaded = open_catalogue(None, tmp_path)
    export_sources(loaded.catalogue, loaded.legal, tmp_path / "out")
    legal = (tmp_path / "out" / "legal.yaml").read_text(encoding="utf-8")
    assert 'hourly: "12.31"' in legal and "effective: 2026-06-01" in legal
    programmes = (tmp_path / "out" / "programmes.yaml").read_text(encoding="utf-8")
    assert programmes.startswith("# ") and "modes: [initial, continuing]" in programmes
    assert "Université" in (tmp_path / "out" / "institute.yaml").read_text(encoding="utf-8")
