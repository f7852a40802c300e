"""How a catalogue is read: checked rows, one transaction, the start-up snapshot, no leftovers."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.data.atomic import TEMPORARY_PREFIX
from kiosk.data.builder import build_catalogue
from kiosk.data.catalogue_store import (
    CatalogueOrigin,
    import_catalogue,
    imported_catalogue_path,
    open_catalogue,
    read_catalogue_file,
    read_catalogue_tables,
    server_copy_path,
)
from kiosk.data.snapshot import SnapshotUnusable, read_snapshot
from kiosk.paths import bundled_catalogue_path
from tests.catalogue_helpers import copy_sources, served_kiosk, sqlite_url, staff_update
from tests.conftest import ROOT, SOURCES


def execute(url: str, statement: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


#: Rows the sources' check would refuse, each with what ``catalogue status`` then says.
BAD_ROWS = [
    ("UPDATE programme SET level = 'M4' WHERE position = 1", "programmes[1].level: expected one of 'L3'"),
    ("UPDATE programme SET rhythms = '[\"evening\"]' WHERE position = 0", "programmes[0].rhythms[0]: expected one of"),
    ("UPDATE programme SET modes = '{\"a\": 1}' WHERE position = 2", "programmes[2].modes: should be a list"),
    ("UPDATE programme SET campus_id = 'paris' WHERE position = 0", "programmes[0].campus: expected one of the"),
    ("UPDATE programme SET contract_types = '[\"freelance\"]'", "contract_types[0]: expected one of"),
    ("UPDATE contract_type SET simulation = 'maybe' WHERE position = 0", "contract_types[0].simulation: expected"),
    ("UPDATE campus SET name_en = '' WHERE position = 0", "campuses[0].name.en: should not be empty"),
    ("UPDATE institute SET founded = 1800", "institute.founded: should be greater than or equal to 1900"),
]


@pytest.mark.parametrize(("statement", "reason"), BAD_ROWS)
def test_an_imported_catalogue_with_a_bad_row_is_not_trusted(tmp_path: Path, statement: str, reason: str) -> None:
    import_catalogue(SOURCES, None, tmp_path)
    execute(sqlite_url(imported_catalogue_path(tmp_path)), statement)
    loaded = open_catalogue(None, tmp_path)
    assert loaded.origin is CatalogueOrigin.BUNDLED and loaded.degraded
    assert "the sources' check refuses" in loaded.status and reason in loaded.status


@pytest.mark.parametrize(("statement", "reason"), BAD_ROWS[:3])
def test_a_server_catalogue_with_a_bad_row_is_not_trusted_nor_copied(
    tmp_path: Path, postgres_url: str, statement: str, reason: str
) -> None:
    data_dir = served_kiosk(tmp_path, postgres_url)
    copy_before = server_copy_path(data_dir).read_bytes()
    execute(postgres_url, statement)
    loaded = open_catalogue(postgres_url, data_dir)
    assert loaded.origin is CatalogueOrigin.SERVER_COPY and loaded.degraded  # the last good one
    assert reason in loaded.status
    assert server_copy_path(data_dir).read_bytes() == copy_before


def run_cli(*argv: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "KIOSK_DATA_DIR": str(data_dir)}
    environment.pop("KIOSK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *argv], capture_output=True, text=True, cwd=ROOT, env=environment, check=False
    )


def test_catalogue_status_exits_1_with_the_reason(tmp_path: Path) -> None:
    import_catalogue(SOURCES, None, tmp_path)
    assert run_cli("catalogue", "status", data_dir=tmp_path).returncode == 0
    execute(sqlite_url(imported_catalogue_path(tmp_path)), BAD_ROWS[0][0])
    done = run_cli("catalogue", "status", data_dir=tmp_path)
    assert done.returncode == 1
    assert "origin: bundled" in done.stdout and BAD_ROWS[0][1] in done.stdout


# --- The start-up snapshot ---------------------------------------------------------------------------


def test_the_snapshot_holds_what_the_tables_hold(tmp_path: Path) -> None:
    for database in (bundled_catalogue_path(), tmp_path / "updated.sqlite"):
        if not database.exists():
            sources = copy_sources(tmp_path / "sources")
            staff_update(sources)
            build_catalogue(sources, database)
        assert read_snapshot(database) == read_catalogue_tables(database)


def test_an_edit_of_the_tables_makes_the_snapshot_stale(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    database = tmp_path / "catalogue.sqlite"
    build_catalogue(SOURCES, database)
    execute(sqlite_url(database), "UPDATE programme SET ranking = 3 WHERE position = 0")
    with pytest.raises(SnapshotUnusable, match="stale"):
        read_snapshot(database)
    read = read_catalogue_file(database)  # the tables, then
    assert read.catalogue.programmes[0].ranking == 3
    assert "reading its tables" in caplog.text


@pytest.mark.parametrize(
    ("statement", "why"),
    [
        ("UPDATE catalogue_snapshot SET sources_digest = 'another import'", "stale"),
        ("UPDATE catalogue_snapshot SET content = substr(content, 1, 1000)", "damaged"),
        ("UPDATE catalogue_snapshot SET format = 99", "snapshot format 99"),
        ("DELETE FROM catalogue_snapshot", "no snapshot row"),
        ("DROP TABLE catalogue_snapshot", "no readable snapshot"),
    ],
)
def test_a_stale_or_damaged_snapshot_is_never_shown(tmp_path: Path, statement: str, why: str) -> None:
    database = tmp_path / "catalogue.sqlite"
    build_catalogue(SOURCES, database)
    tables = read_catalogue_tables(database)
    connection = sqlite3.connect(database)
    connection.execute("DROP TRIGGER IF EXISTS stale_snapshot_programme_update")
    connection.execute("UPDATE programme SET ranking = 2 WHERE position = 0")  # what the snapshot does not hold
    connection.execute(statement)
    connection.commit()
    connection.close()
    with pytest.raises(SnapshotUnusable, match=why):
        read_snapshot(database)
    read = read_catalogue_file(database)
    assert read.catalogue.programmes[0].ranking == 2 and read.catalogue != tables.catalogue


def test_a_snapshot_whose_catalogue_breaks_the_rules_is_refused(tmp_path: Path) -> None:
    """Even a snapshot consistent with its digest passes the catalogue's checks."""
    import hashlib

    database = tmp_path / "catalogue.sqlite"
    build_catalogue(SOURCES, database)
    connection = sqlite3.connect(database)
    [(content,)] = connection.execute("SELECT content FROM catalogue_snapshot")
    document = json.loads(content)
    document["catalogue"]["programmes"][0]["level"] = "M4"
    forged = json.dumps(document)
    connection.execute(
        "UPDATE catalogue_snapshot SET content = ?, content_digest = ?",
        (forged, hashlib.sha256(forged.encode()).hexdigest()),
    )
    connection.commit()
    connection.close()
    with pytest.raises(SnapshotUnusable, match=r"programmes\[0\]\.level"):
        read_snapshot(database)
    assert read_catalogue_file(database).catalogue.programmes[0].level == "L3"  # the tables'


START_PATH = """
import sys
from kiosk.app import load_content
content = load_content({url!r}, __import__("pathlib").Path(sys.argv[1]))
print(content.origin, len(content.catalogue.programmes))
print(sorted(name for name in ("sqlalchemy", "pydantic", "yaml") if name in sys.modules))
"""


def start_path(data_dir: Path, url: str | None = None) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", START_PATH.format(url=url), str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    return done.stdout.splitlines()


def test_the_start_path_reads_the_catalogue_without_sqlalchemy_pydantic_or_yaml(tmp_path: Path) -> None:
    assert start_path(tmp_path / "empty") == ["bundled 10", "[]"]
    import_catalogue(SOURCES, None, tmp_path)
    assert start_path(tmp_path) == ["imported 10", "[]"]
    server = tmp_path / "server.sqlite"
    build_catalogue(SOURCES, server)
    origin, modules = start_path(tmp_path / "kiosk", sqlite_url(server))
    assert origin == "server 10" and "sqlalchemy" in modules  # with a server, as before


# --- No leftovers after an interrupted import ----------------------------------------------------------

INTERRUPTED_IMPORT = """
import os, signal, sys
from pathlib import Path
from kiosk.data import builder
from kiosk.data.catalogue_store import import_catalogue

store = builder.store_legal_figures
def stop_in_the_middle(session, figures):
    store(session, figures)
    session.flush()
    os.kill(os.getpid(), getattr(signal, sys.argv[3]))

builder.store_legal_figures = stop_in_the_middle
import_catalogue(Path(sys.argv[1]), None, Path(sys.argv[2]))
"""


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith(TEMPORARY_PREFIX))


@pytest.mark.skipif(os.name != "posix", reason="signals are POSIX")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "SIGHUP", "SIGKILL"])
def test_an_interrupted_import_leaves_nothing_behind(tmp_path: Path, stop: str) -> None:
    data_dir = tmp_path / "data"
    import_catalogue(SOURCES, None, data_dir)
    before = imported_catalogue_path(data_dir).read_bytes()
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    done = subprocess.run(
        [sys.executable, "-c", INTERRUPTED_IMPORT, str(sources), str(data_dir), stop],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode != 0
    assert imported_catalogue_path(data_dir).read_bytes() == before  # the catalogue in use is untouched
    if stop == "SIGKILL":  # nothing could clean up: the next start does
        assert leftovers(data_dir)
        assert open_catalogue(None, data_dir).origin is CatalogueOrigin.IMPORTED
    else:
        assert "Traceback" not in done.stderr or stop == "SIGINT"
    assert leftovers(data_dir) == []


def test_a_running_import_keeps_its_temporary_file(tmp_path: Path) -> None:
    """The clean-up of leftovers never removes the file another import is writing."""
    from kiosk.data.atomic import remove_leftovers, temporary_beside

    with temporary_beside(tmp_path / "catalogue.sqlite") as writing:
        writing.write_bytes(b"half a catalogue")
        assert remove_leftovers(tmp_path) == []
        assert writing.exists()
    assert not writing.exists()
    stale = tmp_path / f"{TEMPORARY_PREFIX}dead.sqlite"
    stale.write_bytes(b"left by a crash")
    (tmp_path / f"{TEMPORARY_PREFIX}dead.sqlite-journal").write_bytes(b"its journal")
    assert len(remove_leftovers(tmp_path)) == 2 and leftovers(tmp_path) == []
