"""Panels shown over the whole window, on a dimmed background: inside the kiosk's own window, so
they work fullscreen and frameless, without a window manager (no title bar, no close button a
window manager would add), and never block the event loop. The shell's countdown, PIN pad and staff
menu are overlays; the screens' dialogs (take-home, sources, number pad) are :class:`OverlayDialog`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFrame, QVBoxLayout, QWidget

from kiosk.ui.metrics import apply_metrics, margins, maximum_width, metrics_of, minimum_size, spacing

#: The dimmed backdrop: the screen below stays visible, out of reach.
BACKDROP = QColor(10, 22, 44, 170)


class Overlay(QWidget):
    """Covers its parent (and follows its size); the content goes in :attr:`panel`."""

    def __init__(self, parent: QWidget, name: str, panel_width: int = 640) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        outer = QVBoxLayout(self)
        margins(outer, 24)
        outer.addStretch(1)
        self.panel = QFrame()
        self.panel.setObjectName(f"{name}_panel")
        self.panel.setProperty("role", "overlay_panel")
        maximum_width(self.panel, panel_width)
        minimum_size(self.panel, min(panel_width, 480))
        self.panel_layout = QVBoxLayout(self.panel)
        margins(self.panel_layout, 36, 30)
        spacing(self.panel_layout, 14)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self._host = parent
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def present(self) -> None:
        apply_metrics(self, metrics_of(self))
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Touches on the dimmed background stop here, never reaching the screen below."""


class OverlayDialog(Overlay):
    """A dialog of a screen, as an overlay of the window it is in: :meth:`open` shows it,
    :meth:`accept`, :meth:`reject` or :meth:`close` hide it (and delete it: a dialog is opened
    afresh each time), ``finished`` tells which. As in a dialog, Escape rejects it and Enter presses
    its :attr:`default_button`."""

    finished = Signal(bool)

    def __init__(self, parent: QWidget, name: str, panel_width: int = 640) -> None:
        super().__init__(parent.window(), name, panel_width)
        self._done = False
        self.default_button: QAbstractButton | None = None

    def open(self) -> None:
        self.present()
        self.setFocus()

    def accept(self) -> None:
        self._finish(True)

    def reject(self) -> None:
        self._finish(False)

    def close(self) -> bool:
        self._finish(False)
        return True

    def _finish(self, accepted: bool) -> None:
        if self._done:
            return
        self._done = True
        self.hide()
        self.finished.emit(accepted)
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.default_button is not None:
            self.default_button.click()
            return
        super().keyPressEvent(event)


def open_dialogs(window: QWidget) -> list[QWidget]:
    """The dialogs shown over ``window``, the topmost last: its overlay dialogs, and any native
    dialog a screen still opens (each is closed by the shell's reset just the same)."""
    shown: list[QWidget] = [dialog for dialog in window.findChildren(OverlayDialog) if dialog.isVisible()]
    shown += [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    return shown


def close_dialog(dialog: QWidget) -> None:
    if isinstance(dialog, OverlayDialog | QDialog):
        dialog.reject()
