"""``catalogue check|build|import|export|status``: what staff run, following the README."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.cli import main
from kiosk.data.catalogue_store import imported_catalogue_path
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
    sqlite_url,
    staff_update,
    without_digest,
)
from tests.conftest import SOURCES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def shown_ranking_and_smic(data_dir: Path, db_url: str | None = None) -> tuple[int | None, object, object]:
    """What a kiosk started now shows (its options read ``KIOSK_DB_URL``), also after "reload
    catalogue" (the staff menu calls ``load_content`` again with the same options)."""
    import argparse

    from kiosk.app import KioskOptions, load_content

    options = KioskOptions.from_command_line(argparse.Namespace(db=db_url))
    content = load_content(options.db_url, data_dir)
    programme = content.catalogue.programme(RANKED_PROGRAMME)
    assert programme is not None
    smic = content.legal.smic.latest
    return programme.ranking, smic.effective, smic.hourly


def test_check_accepts_the_bundled_sources_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _err = run(capsys, "catalogue", "check", str(SOURCES))
    assert status == 0
    assert out.count("\n") == 1 and "no problem" in out and "10 programmes" in out and "12.31" in out


def test_check_lists_every_problem_as_file_line_field_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / "programmes.yaml", "level: M1", "level: M4")
    replace_in(sources / "legal.yaml", "effective: 2021-01-01", "effective: 2019-01-01")
    status, out, err = run(capsys, "catalogue", "check", str(sources))
    assert status == 1
    assert out.splitlines() == [
        f"programmes.yaml:{line_of(sources / 'programmes.yaml', 'level: M4')}: programmes[1].level: "
        "expected one of 'L3', 'M1' or 'M2' (found 'M4')",
        f"legal.yaml:{line_of(sources / 'legal.yaml', 'effective: 2019-01-01')}: smic.rates[1].effective: "
        "rows must be in increasing order of effective: 2019-01-01 comes after 2020-01-01",
    ]
    assert "2 problem(s)" in err


def test_check_reports_a_yaml_syntax_error_with_its_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sources = copy_sources(tmp_path)
    replace_in(sources / "campuses.yaml", "  - id: marseille\n", "  - id: [marseille\n")
    status, out, _err = run(capsys, "catalogue", "check", str(sources))
    assert status == 1
    assert out.startswith("campuses.yaml:") and "(syntax)" in out


def test_build_writes_a_database_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "out" / "catalogue.sqlite"
    status, out, _err = run(capsys, "catalogue", "build", str(SOURCES), "-o", str(output))
    assert status == 0 and output.is_file() and "built" in out
    assert len(dump(sqlite_url(output))["programme"]) == 10


def test_staff_change_a_ranking_and_the_smic_import_and_the_kiosk_shows_them_after_reload(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_data_dir: Path
) -> None:
    assert shown_ranking_and_smic(isolated_data_dir)[0] == OLD_RANKING
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    status, out, _err = run(capsys, "catalogue", "import", str(sources))
    assert status == 0, out
    assert str(imported_catalogue_path(isolated_data_dir)) in out
    assert shown_ranking_and_smic(isolated_data_dir) == (NEW_RANKING, NEW_SMIC_DATE, NEW_SMIC_HOURLY)
    status, out, _err = run(capsys, "catalogue", "status")
    assert status == 0 and "origin: imported" in out


def test_a_broken_file_is_refused_with_its_line_and_the_kiosk_keeps_the_old_catalogue(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_data_dir: Path
) -> None:
    assert run(capsys, "catalogue", "import", str(SOURCES))[0] == 0
    before = dump(sqlite_url(imported_catalogue_path(isolated_data_dir)))
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    replace_in(sources / "legal.yaml", f'hourly: "{NEW_SMIC_HOURLY}"', "hourly: [12.55]")
    status, out, err = run(capsys, "catalogue", "import", str(sources))
    assert status == 1
    assert out.startswith(f"legal.yaml:{line_of(sources / 'legal.yaml', 'hourly: [12.55]')}: smic.rates[12].hourly: ")
    assert "nothing was imported" in err
    assert dump(sqlite_url(imported_catalogue_path(isolated_data_dir))) == before
    assert shown_ranking_and_smic(isolated_data_dir)[0] == OLD_RANKING


def test_import_and_export_with_a_postgresql_server(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    status, out, err = run(capsys, "catalogue", "import", str(sources), "--db", postgres_url)
    assert status == 0, err
    assert "kiosk@127.0.0.1" in out
    # Every kiosk pointed at the server (KIOSK_DB_URL) shows the new figures.
    monkeypatch.setenv("KIOSK_DB_URL", postgres_url)
    assert shown_ranking_and_smic(tmp_path / "kiosk-1") == (NEW_RANKING, NEW_SMIC_DATE, NEW_SMIC_HOURLY)
    status, out, _err = run(capsys, "catalogue", "status")
    assert status == 0 and "origin: server" in out
    # Export (global --db) then build gives the same rows as building the sources.
    status, _out, err = run(capsys, "--db", postgres_url, "catalogue", "export", "-o", str(tmp_path / "exported"))
    assert status == 0, err
    assert run(capsys, "catalogue", "build", str(tmp_path / "exported"), "-o", str(tmp_path / "a.sqlite"))[0] == 0
    assert run(capsys, "catalogue", "build", str(sources), "-o", str(tmp_path / "b.sqlite"))[0] == 0
    exported, built = dump(sqlite_url(tmp_path / "a.sqlite")), dump(sqlite_url(tmp_path / "b.sqlite"))
    assert without_digest(exported) == without_digest(built)


def test_a_broken_import_leaves_the_server_catalogue_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, postgres_url: str
) -> None:
    assert run(capsys, "--db", postgres_url, "catalogue", "import", str(SOURCES))[0] == 0
    before = dump(postgres_url)
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    (sources / "contracts.yaml").write_text("contracts:\n  - id: apprenticeship\n    name: {fr: x\n", encoding="utf-8")
    status, out, _err = run(capsys, "catalogue", "import", str(sources), "--db", postgres_url)
    assert status == 1 and out.startswith("contracts.yaml:")
    assert dump(postgres_url) == before


def test_an_unreachable_server_is_said_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    url = "postgresql+psycopg://kiosk@127.0.0.1:1/kiosk"
    status, _out, err = run(capsys, "catalogue", "import", str(SOURCES), "--db", url)
    assert status == 1 and "cannot import" in err and "nothing was imported" in err
    status, out, _err = run(capsys, "--db", url, "catalogue", "status")
    assert status == 1 and "origin: bundled" in out and "cannot be used" in out


def test_another_schema_version_gets_a_clear_message(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    assert run(capsys, "catalogue", "build", str(SOURCES), "-o", str(database))[0] == 0
    engine = create_engine(sqlite_url(database))
    with engine.begin() as connection:
        connection.execute(text("UPDATE schema_info SET schema_version = 0"))
    engine.dispose()
    status, _out, err = run(capsys, "catalogue", "export", "--db", sqlite_url(database), "-o", str(tmp_path / "x"))
    assert status == 1 and "schema version 0, this kiosk reads version 2" in err
    status, _out, err = run(capsys, "catalogue", "import", str(SOURCES), "--db", sqlite_url(database))
    assert status == 1 and "schema version 0, this kiosk writes version 2" in err


def test_export_of_a_missing_database_creates_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    status, _out, err = run(capsys, "catalogue", "export", "--db", sqlite_url(missing), "-o", str(tmp_path / "x"))
    assert status == 1 and "no catalogue database" in err
    assert not missing.exists()


def test_export_reads_kiosk_db_url_and_never_falls_back(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = copy_sources(tmp_path / "sources")
    staff_update(sources)
    server = tmp_path / "server.sqlite"
    assert run(capsys, "catalogue", "build", str(sources), "-o", str(server))[0] == 0
    monkeypatch.setenv("KIOSK_DB_URL", sqlite_url(server))
    status, out, _err = run(capsys, "catalogue", "status")  # the kiosk keeps a local copy of the server's
    assert status == 0 and "origin: server" in out

    status, out, err = run(capsys, "catalogue", "export", "-o", str(tmp_path / "exported"))
    assert status == 0, err
    assert str(server) in out
    assert run(capsys, "catalogue", "build", str(tmp_path / "exported"), "-o", str(tmp_path / "again.sqlite"))[0] == 0
    exported, original = dump(sqlite_url(tmp_path / "again.sqlite")), dump(sqlite_url(server))
    # The server's catalogue (new ranking and SMIC), not the bundled one.
    assert without_digest(exported) == without_digest(original)

    server.unlink()  # the server is down: the local copy is not what was asked for
    status, out, err = run(capsys, "catalogue", "export", "-o", str(tmp_path / "fallback"))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("cannot export") and str(server) in err
    assert not (tmp_path / "fallback").exists()


def test_export_without_a_url_says_which_catalogue_it_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, isolated_data_dir: Path
) -> None:
    status, _out, err = run(capsys, "catalogue", "export", "-o", str(tmp_path / "bundled"))
    assert status == 0 and "the bundled catalogue" in err
    assert run(capsys, "catalogue", "import", str(SOURCES))[0] == 0
    status, _out, err = run(capsys, "catalogue", "export", "-o", str(tmp_path / "imported"))
    assert status == 0 and "the imported catalogue" in err and str(imported_catalogue_path(isolated_data_dir)) in err


def test_export_refuses_a_folder_holding_files_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    edits = copy_sources(tmp_path / "my-catalogue")
    replace_in(edits / "programmes.yaml", f"ranking: {OLD_RANKING}", f"ranking: {NEW_RANKING}")  # a staff edit
    (edits / "notes.txt").write_text("to do", encoding="utf-8")
    before = {path.name: path.read_bytes() for path in edits.iterdir()}
    status, out, err = run(capsys, "catalogue", "export", "-o", str(edits))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and "already holds files" in err and "--force" in err
    assert "notes.txt" in err and "programmes.yaml" in err
    assert {path.name: path.read_bytes() for path in edits.iterdir()} == before  # nothing touched
    status, out, _err = run(capsys, "catalogue", "export", "-o", str(edits), "--force")
    assert status == 0 and "exported" in out
    assert f"ranking: {OLD_RANKING}" in (edits / "programmes.yaml").read_text(encoding="utf-8")
    assert (edits / "notes.txt").read_text(encoding="utf-8") == "to do"
    # An empty folder, or a new one, needs no --force.
    (tmp_path / "empty").mkdir()
    assert run(capsys, "catalogue", "export", "-o", str(tmp_path / "empty"))[0] == 0
    assert run(capsys, "catalogue", "export", "-o", str(tmp_path / "new" / "folder"))[0] == 0
