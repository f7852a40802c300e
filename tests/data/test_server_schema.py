"""The server's tables come from migrations (Alembic): a blank server, a server made before the
migrations, and a server a newer kiosk upgraded (PostgreSQL and SQLite)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import read_catalogue_at, replace_catalogue, upgrade_catalogue_server
from kiosk.data.fleet_tables import FleetBase
from kiosk.data.models import Base
from kiosk.data.server_schema import (
    BASE_REVISION,
    SchemaState,
    ServerSchemaError,
    alembic_config,
    head_revision,
    migrations_dir,
    server_schema,
    upgrade_server,
)
from kiosk.data.snapshot import CatalogueRead
from tests.conftest import SOURCES
from tests.data.test_catalogue_store import db_url

__all__ = ["db_url"]

#: A migration of a kiosk newer than this one.
NEWER_REVISION = '''
"""A kiosk newer than the one under test added a column."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("fleet_kiosk", sa.Column("screen_size", sa.String(20), nullable=True))


def downgrade() -> None:
    op.drop_column("fleet_kiosk", "screen_size")
'''


@pytest.fixture(scope="module")
def sources() -> CatalogueRead:
    return read_sources(SOURCES)


def newer_kiosk_migrations(folder: Path) -> Path:
    """The migrations of a newer kiosk: this kiosk's, and one more."""
    scripts = folder / "newer-migrations"
    shutil.copytree(migrations_dir(), scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "r9999_newer.py").write_text(NEWER_REVISION.format(head=head_revision()), encoding="utf-8")
    return scripts


def upgraded_by_newer_kiosk(url: str, folder: Path) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            upgrade_server(connection, "the server", newer_kiosk_migrations(folder))
    finally:
        engine.dispose()


def schema_of(url: str) -> tuple[str | None, SchemaState]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            found = server_schema(connection)
            return found.revision, found.state
    finally:
        engine.dispose()


def test_a_blank_server_gets_exactly_the_tables_of_the_models_from_its_first_import(
    db_url: str, sources: CatalogueRead
) -> None:
    assert schema_of(db_url) == (None, SchemaState.EMPTY)
    replace_catalogue(db_url, sources)
    assert schema_of(db_url) == (head_revision(), SchemaState.CURRENT)
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), [Base.metadata, FleetBase.metadata])
    finally:
        engine.dispose()
    assert differences == [], "a model changed without a migration: add one in kiosk/data/migrations/versions/"
    assert read_catalogue_at(db_url).digest == sources.digest


def test_a_server_made_before_the_migrations_is_upgraded_then_takes_a_catalogue(
    db_url: str, sources: CatalogueRead
) -> None:
    """What kiosks made before the migrations left: the catalogue's tables of schema version 1, as
    their ``create_all`` made them (revision 0001's tables), with no revision recorded. The upgrade
    stamps 0001 and runs the later migrations; the next import writes this kiosk's catalogue."""
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), BASE_REVISION)
            connection.exec_driver_sql("DROP TABLE alembic_version")
            connection.exec_driver_sql(
                "INSERT INTO schema_info (id, schema_version, sources_digest) VALUES (1, 1, 'old')"
            )
    finally:
        engine.dispose()
    assert schema_of(db_url) == (None, SchemaState.OLDER)
    before, after = upgrade_catalogue_server(db_url)
    assert (before.revision, before.state) == (None, SchemaState.OLDER)
    assert (after.revision, after.state) == (head_revision(), SchemaState.CURRENT)
    again, _ = upgrade_catalogue_server(db_url)  # nothing to do the second time
    assert again.state is SchemaState.CURRENT
    replace_catalogue(db_url, sources)
    assert read_catalogue_at(db_url).digest == sources.digest


def test_a_server_of_a_newer_kiosk_is_refused_with_what_to_do_and_left_unchanged(
    db_url: str, sources: CatalogueRead, tmp_path: Path
) -> None:
    replace_catalogue(db_url, sources)
    upgraded_by_newer_kiosk(db_url, tmp_path)
    assert schema_of(db_url) == ("9999", SchemaState.NEWER)
    for write in (lambda: upgrade_catalogue_server(db_url), lambda: replace_catalogue(db_url, sources)):
        with pytest.raises(ServerSchemaError) as refused:
            write()
        message = str(refused.value)
        assert "schema revision 9999" in message and f"schema revision {head_revision()}" in message
        assert "a newer kiosk upgraded it" in message and "nothing was changed" in message
    assert schema_of(db_url) == ("9999", SchemaState.NEWER)
    assert read_catalogue_at(db_url).digest == sources.digest  # the catalogue's own version still reads


def test_every_migration_can_be_undone_and_done_again(postgres_url: str, sources: CatalogueRead) -> None:
    replace_catalogue(postgres_url, sources)
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), BASE_REVISION)
            assert not inspect(connection).has_table("fleet_usage")
            command.downgrade(alembic_config(connection), "base")
            assert not inspect(connection).has_table("programme")
            command.upgrade(alembic_config(connection), "head")
    finally:
        engine.dispose()
    assert schema_of(postgres_url) == (head_revision(), SchemaState.CURRENT)


def test_the_messages_say_what_to_do() -> None:
    from kiosk.data.server_schema import ServerSchema

    head = head_revision()
    assert "catalogue upgrade --db URL" in ServerSchema("0001", head, SchemaState.OLDER).problem("S")
    assert "from before the migrations" in ServerSchema(None, head, SchemaState.OLDER).problem("S")
    assert "catalogue import FOLDER --db URL" in ServerSchema(None, head, SchemaState.EMPTY).problem("S")
    assert "update this kiosk" in ServerSchema("9999", head, SchemaState.NEWER).problem("S")
    assert ServerSchema(head, head, SchemaState.CURRENT).problem("S") == ""
