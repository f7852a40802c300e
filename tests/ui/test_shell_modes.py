"""Kiosk mode: fullscreen, frameless, no way out by Escape, Alt+F4, closing or shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell.shell import KioskShell


def test_kiosk_mode_is_fullscreen_frameless_and_hides_the_cursor(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=True)
    window = shell.window
    assert window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BlankCursor
    shell.stop()
    assert QApplication.overrideCursor() is None


def test_kiosk_mode_ignores_escape_alt_f4_close_and_shortcuts(qtbot: QtBot, shell: KioskShell) -> None:
    window = shell.window
    fired: list[str] = []
    for sequence in ("Ctrl+Q", "Ctrl+W", "Esc", "F11"):
        shortcut = QShortcut(QKeySequence(sequence), window)
        shortcut.activated.connect(lambda s=sequence: fired.append(s))
    shell.start(kiosk=True)
    window.activateWindow()
    qtbot.waitActive(window)

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.close() is False
    QApplication.processEvents()

    assert window.isVisible() and window.isFullScreen()
    assert fired == []


def test_the_shortcut_test_would_see_a_shortcut_outside_kiosk_mode(qtbot: QtBot, shell: KioskShell) -> None:
    """The same keys reach the app in windowed mode: the kiosk test above is not vacuous."""
    window = shell.window
    fired: list[str] = []
    shortcut = QShortcut(QKeySequence("Ctrl+Q"), window)
    shortcut.activated.connect(lambda: fired.append("Ctrl+Q"))
    shell.start(kiosk=False)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+Q"]


def test_windowed_mode_is_a_normal_window_that_closes(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=False)
    window: KioskWindow = shell.window
    assert not window.isFullScreen()
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert QApplication.overrideCursor() is None
    assert window.close() is True


def test_staff_can_switch_modes_both_ways(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=True)
    shell.open_staff_menu()
    qtbot.mouseClick(shell.staff_menu.mode_button, Qt.MouseButton.LeftButton)
    assert not shell.kiosk_mode and not shell.window.isFullScreen() and not shell.lock.engaged
    assert shell.staff_menu.mode_button.text() == "Passer en mode kiosque"
    qtbot.mouseClick(shell.staff_menu.mode_button, Qt.MouseButton.LeftButton)
    assert shell.kiosk_mode and shell.window.isFullScreen() and shell.lock.engaged


def test_staff_quit_closes_the_locked_window(qtbot: QtBot, shell: KioskShell) -> None:
    shell.start(kiosk=True)
    shell.open_staff_menu()
    qtbot.mouseClick(shell.staff_menu.quit_button, Qt.MouseButton.LeftButton)
    assert not shell.window.isVisible()


def test_kiosk_mode_covers_its_screen_and_windowed_mode_keeps_its_own_size(qtbot: QtBot, shell: KioskShell) -> None:
    """(Following a screen whose geometry changes is tested on a real X server: tests/e2e.)"""
    window = shell.window
    window.resize(800, 600)
    shell.start(kiosk=True)
    screen = window.screen()
    qtbot.waitUntil(lambda: window.geometry() == screen.geometry(), timeout=3000)
    assert window.isFullScreen()
    shell.set_mode(False)  # windowed: the staff's own size, whatever the screen does
    window.resize(900, 700)
    screen.geometryChanged.emit(QRect(0, 0, 600, 1000))
    qtbot.wait(100)
    assert window.size() == QSize(900, 700) and not window.isFullScreen()
