"""Drive the screens as a visitor does: scroll the target into view, then tap it (with the
mouse, or with ``finger=True`` a touch from a touchscreen: :mod:`kiosk.ui.touching`)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import touching
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.overlay import open_dialogs

D = TypeVar("D", bound=QWidget)


def wait_for_screens(qtbot: QtBot, window: KioskWindow) -> None:
    """Until every screen is built: the kiosk builds them one by one after its first paint, each
    holding the event loop a moment (a test that times a hold, or counts what a tap adds, waits)."""
    navigator = window.navigator
    qtbot.waitUntil(lambda: all(navigator.built(name) for name in navigator.names()), timeout=10_000)


def tap(qtbot: QtBot, widget: QWidget, *, finger: bool = False) -> None:
    """Bring ``widget`` into view in every scroll area around it (as a finger would), then tap it."""
    touching.bring_into_view(widget)
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be tapped"
    touching.tap(widget, finger=finger)
    QApplication.processEvents()


def plain(text: str) -> str:
    """``text`` with French typography's narrow no-break spaces as plain spaces, to compare it."""
    return text.replace("\u202f", " ")


def visible_texts(widget: QWidget) -> list[str]:
    """The texts of the labels shown, spaces plain (see :func:`plain`)."""
    return [plain(label.text()) for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


def opened_dialog(window: QWidget, dialog_type: type[D]) -> D:
    """The ``dialog_type`` overlay shown over ``window`` (the topmost, if several)."""
    shown = [dialog for dialog in open_dialogs(window) if isinstance(dialog, dialog_type)]
    assert shown, f"no {dialog_type.__name__} is open"
    assert not shown[-1].isWindow(), "a dialog must be an overlay of the kiosk's window"
    return shown[-1]
