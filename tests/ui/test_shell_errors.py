"""Never stays broken: an exception in a screen is logged and the visitor is brought home."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.logs import close_file_logging, configure_file_logging
from kiosk.ui.shell.errors import STORM_EXIT_STATUS, STORM_LIMIT
from kiosk.ui.shell.shell import KioskShell
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import tap


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_screen_slot_is_logged_and_the_visitor_goes_home(
    qtbot: QtBot, shell: KioskShell, kiosk_data_dir: Path
) -> None:
    log_file = configure_file_logging(kiosk_data_dir)
    try:
        shell.start(kiosk=True)
        shell.navigator.go("institute")
        screen = shell.navigator.current_screen
        assert screen is not None
        broken = QPushButton("broken", screen)
        broken.show()

        def fail() -> None:
            raise RuntimeError("a bug in a screen")

        broken.clicked.connect(fail)
        qtbot.mouseClick(broken, Qt.MouseButton.LeftButton)

        qtbot.waitUntil(lambda: shell.navigator.current == "home", timeout=3000)
        assert shell.banner.isVisible()
        assert shell.banner.text().startswith("Désolé")
        assert shell.window.isVisible() and shell.window.isFullScreen()
        assert shell.errors.count == 1
    finally:
        close_file_logging()
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a screen" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in fail" in logged


@pytest.mark.qt_no_exception_capture
def test_the_kiosk_exits_on_the_twentieth_error_in_a_minute(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """The README: "after 20 errors in a minute the kiosk exits with status 70"."""
    statuses: list[int] = []
    kiosk = make_kiosk(exit_on_error_storm=True, assemble={"exit_application": statuses.append})
    shell, window = kiosk.shell, kiosk.window
    try:
        shell.start(kiosk=False)
        broken = QPushButton("broken", window)  # on the window: still there after each recovery
        broken.setGeometry(20, window.height() - 80, 200, 60)
        broken.show()
        broken.raise_()

        def fail() -> None:
            raise RuntimeError("a bug in a screen")

        broken.clicked.connect(fail)
        for _ in range(STORM_LIMIT - 1):
            tap(qtbot, broken)
            qtbot.waitUntil(lambda: shell.navigator.current == "home", timeout=3000)
        assert shell.errors.count == 19 and statuses == []
        tap(qtbot, broken)
        assert shell.errors.count == 20 and statuses == [STORM_EXIT_STATUS]
    finally:
        shell.stop()
        shell.lock.allow_close()
