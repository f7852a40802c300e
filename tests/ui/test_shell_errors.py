"""Never stays broken: an exception in a screen is logged and the visitor is brought home."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.logs import close_file_logging, configure_file_logging
from kiosk.ui.shell.shell import KioskShell


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
