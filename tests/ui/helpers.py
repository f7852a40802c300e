"""Drive the screens as a visitor does: scroll the target into view, then tap it (with the
mouse, or with ``finger=True`` a touch from a touchscreen: :mod:`kiosk.ui.touching`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import touching


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


def when_dialog_opens(dialog_type: type[QWidget], action: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Run ``action`` on the first visible ``dialog_type`` window once it opens (modal dialogs block
    the caller, so the test acts from a timer, as a second finger would)."""
    waited = 0

    def poll() -> None:
        nonlocal waited
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, dialog_type) and widget.isVisible():
                action(widget)
                return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
