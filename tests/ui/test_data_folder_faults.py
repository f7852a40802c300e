"""A read-only data folder or a full disk never stops the kiosk: it starts, logs to the error output,
says so in the staff menu, and every write (settings, usage counts, saved PDFs, server copy, log) fails
quietly. Real faults (see :mod:`tests.faults`), and an injected ENOSPC where no mount is allowed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.data.builder import build_catalogue
from kiosk.data.catalogue_store import CatalogueOrigin, open_catalogue, server_copy_path
from kiosk.logs import close_file_logging, configure_file_logging, log_path, log_problem
from kiosk.settings import KioskSettings, save_settings, with_pin
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.shell.shell import KioskShell
from kiosk.ui.widgets.takeaway import TakeawayDialog
from tests.conftest import ROOT, SOURCES
from tests.faults import full_disk, no_space, read_only
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import tap

PIN = "2468"


def start_kiosk(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """The kiosk as ``python -m kiosk --windowed`` starts it, ended at its first paint."""
    environment = {
        **os.environ,
        "KIOSK_DATA_DIR": str(data_dir),
        "KIOSK_BENCH_EXIT_ON_PAINT": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    environment.pop("KIOSK_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "--windowed"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
        check=False,
    )


def test_the_kiosk_starts_on_a_read_only_data_folder_and_logs_to_the_error_output(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    save_settings(with_pin(KioskSettings(), PIN), data_dir / "settings.json")
    with read_only(data_dir):
        started = start_kiosk(data_dir)
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr
    assert f"cannot write the log file {log_path(data_dir)}" in started.stderr
    assert "the log goes to the error output" in started.stderr


def test_the_kiosk_starts_on_a_full_disk(tmp_path: Path) -> None:
    with full_disk(tmp_path / "data") as data_dir:
        started = start_kiosk(data_dir)
    assert started.returncode == 0, started.stderr
    assert "Traceback" not in started.stderr


@pytest.fixture
def logging_set_up() -> Iterator[None]:
    yield
    close_file_logging()


def visit(qtbot: QtBot, shell: KioskShell) -> None:
    """What a visitor does that the kiosk writes down: screens, a filter chip, a programme, a saved
    copy; then the idle reset, when usage counts are written."""
    window = shell.window
    tap(qtbot, window.navigator.screen("home").finder_card)  # type: ignore[attr-defined]
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    tap(qtbot, finder.campus_chips[0])
    window.navigator.go("programme", finder.visible_programme_ids()[0])
    programme = window.navigator.current_screen
    assert isinstance(programme, ProgrammeScreen)
    tap(qtbot, programme.takeaway_button)
    [dialog] = [w for w in window.findChildren(TakeawayDialog) if w.isVisible()]
    tap(qtbot, dialog.print_button)
    assert dialog.status.text()  # the visitor is told, not sent home
    dialog.close()
    shell.idle.timed_out.emit()  # the visitor left: the kiosk resets and writes its usage counts
    assert shell.errors.count == 0


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("logging_set_up")
def test_a_visit_on_a_read_only_folder_loses_nothing_but_what_it_cannot_write(
    qtbot: QtBot,
    make_kiosk: KioskFactory,
    kiosk_data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    kiosk_data_dir.mkdir(parents=True)
    save_settings(with_pin(KioskSettings(), PIN), kiosk_data_dir / "settings.json")
    with read_only(kiosk_data_dir):
        kiosk = make_kiosk(log_to_file=True, count_usage=True)
        shell = kiosk.shell
        assert kiosk.log_file is None
        shell.start(kiosk=True)
        visit(qtbot, shell)
        assert any("usage count" in record.getMessage() for record in caplog.records)  # kept for the next try
        shell.open_staff_menu()
        [line] = [line for line in shell.about_lines() if "sortie d'erreur" in line]
        assert "Read-only file system" in line or "Permission denied" in line
        # Saving the settings keeps them in use, and the menu says they are not kept.
        shell.apply_settings(shell.store.settings)
        assert not shell.store.saved
        assert any("n'ont pas pu être enregistrés" in line for line in shell.about_lines())


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("logging_set_up")
def test_a_visit_on_a_full_disk(
    qtbot: QtBot,
    make_kiosk: KioskFactory,
    kiosk_data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with full_disk(kiosk_data_dir):
        kiosk = make_kiosk(log_to_file=True, count_usage=True)
        assert kiosk.log_file is not None  # the file can be created: the disk is full, not read-only
        shell = kiosk.shell
        shell.start(kiosk=True)
        visit(qtbot, shell)
        logging.getLogger("kiosk.test").warning("a line the full disk cannot take")
        error_output = capsys.readouterr().err
        assert "--- Logging error ---" not in error_output
        assert "a line the full disk cannot take" in error_output
        assert any("sortie d'erreur" in line and "No space left" in line for line in shell.about_lines())


@pytest.mark.usefixtures("logging_set_up")
def test_a_log_write_that_fails_turns_to_the_error_output_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    log_file = configure_file_logging(tmp_path)
    assert log_file is not None and not log_problem(log_file)
    logger = logging.getLogger("kiosk.test")
    logger.warning("first line, in the file")
    [handler] = [h for h in logging.getLogger("kiosk").handlers if getattr(h, "baseFilename", None) == str(log_file)]
    monkeypatch.setattr(handler.stream, "write", no_space)  # type: ignore[attr-defined]
    logger.warning("second line")
    logger.warning("third line")
    error_output = capsys.readouterr().err
    assert error_output.count("cannot write the log file") == 1
    assert "second line" in error_output and "third line" in error_output
    assert "--- Logging error ---" not in error_output
    assert "No space left" in log_problem(log_file)
    assert "first line" in log_file.read_text(encoding="utf-8")


def test_a_server_copy_that_cannot_be_kept_still_shows_the_server(tmp_path: Path) -> None:
    server = tmp_path / "server.sqlite"
    build_catalogue(SOURCES, server)
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    with read_only(data_dir):
        loaded = open_catalogue(f"sqlite:///{server}", data_dir)
    assert loaded.origin is CatalogueOrigin.SERVER and not loaded.degraded
    assert not server_copy_path(data_dir).exists()
    with full_disk(tmp_path / "full") as full:
        loaded = open_catalogue(f"sqlite:///{server}", full)
        assert loaded.origin is CatalogueOrigin.SERVER
        assert [path.name for path in full.iterdir()] == ["filler"]  # no half-written copy left
