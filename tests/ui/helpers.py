"""Drive the screens as a visitor does: scroll the target into view, then tap it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot


def tap(qtbot: QtBot, widget: QWidget) -> None:
    """Bring ``widget`` into view in every scroll area around it (as a finger would), then click it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    QApplication.processEvents()
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible() and label.text()]


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
