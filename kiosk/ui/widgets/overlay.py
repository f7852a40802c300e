"""Panels shown over the whole window, on a dimmed background: inside the kiosk's own window, so
they work fullscreen and frameless, without a window manager (no title bar, no close button a
window manager would add), and never block the event loop. The shell's countdown, PIN pad and staff
menu are overlays; the screens' dialogs (take-home, sources, number pad) are :class:`OverlayDialog`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QFrame, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.accessibility import adopt_look, refresh_look
from kiosk.ui.metrics import margins, metrics_of, spacing
from kiosk.ui.widgets.touch import FocusByKeyboard, TouchScrollArea

#: The dimmed backdrop: the screen below stays visible, out of reach.
BACKDROP = QColor(10, 22, 44, 170)


#: Room kept around a panel, in reference pixels.
PANEL_MARGIN = 24


class Overlay(QWidget):
    """Covers its parent (and follows its size); the content goes in :attr:`panel`, centred, as
    wide as ``panel_width`` reference pixels allow and as tall as its contents need at that width;
    a panel taller than the window scrolls (large text on a short screen).

    It takes the window's look (style sheet, sizes) and a language change that came while it was
    hidden when it is presented, not before."""

    def __init__(self, parent: QWidget, name: str, panel_width: int = 640) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._language_pending = False
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        self._panel_width = panel_width
        self.panel = QFrame()
        self.panel.setObjectName(f"{name}_panel")
        self.panel.setProperty("role", "overlay_panel")
        # As tall as its contents at its width (height for width), not as the sum of its labels'
        # minimums (each taken at its narrowest): that sum spread the surplus as gaps between lines.
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.panel_layout = QVBoxLayout(self.panel)
        margins(self.panel_layout, 36, 30)
        spacing(self.panel_layout, 14)
        self._scroll = TouchScrollArea(self.panel, self)
        self._scroll.setObjectName(f"{name}_scroll")
        self._scroll.setProperty("role", "overlay_scroll")
        self._host = parent
        parent.installEventFilter(self)
        self.panel.installEventFilter(self)
        self.hide()
        adopt_look(self)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self.isHidden():
            self._language_pending = True  # taken when presented
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._host and kind == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
            self._place()
        elif watched is self.panel and kind == QEvent.Type.LayoutRequest and self.isVisible():
            self._place()
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Centre the panel at the width it may take and the height its contents need."""
        metrics = metrics_of(self)
        margin = metrics.px(PANEL_MARGIN)
        room = self.rect().adjusted(margin, margin, -margin, -margin)
        # As wide as asked, wider if the contents need it (a long translation), never wider than the room.
        wanted = max(metrics.px(self._panel_width), self.panel.minimumSizeHint().width())
        width = max(1, min(wanted, room.width()))
        layout = self.panel.layout()
        needed = layout.totalHeightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
        if needed < 0:
            needed = self.panel.sizeHint().height()
        outer = width
        if needed > room.height():
            # The panel scrolls: its scroll bar goes beside it, not over its contents' width.
            bar = self._scroll.verticalScrollBar().sizeHint().width()
            outer = min(width + bar, room.width())
        height = max(1, min(needed, room.height()))
        self._scroll.setGeometry(
            QRect(room.left() + (room.width() - outer) // 2, room.top() + (room.height() - height) // 2, outer, height)
        )

    def present(self) -> None:
        refresh_look(self)
        if self._language_pending:
            self._language_pending = False
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))
        self.setGeometry(self._host.rect())
        with FocusByKeyboard.showing_quietly(self):
            self.show()
            self.raise_()
            self._place()

    def scroll_to_top(self) -> None:
        """The panel from its top, any flick stopped (a panel taller than the window scrolls)."""
        self._scroll.scroll_to_top()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Touches on the dimmed background stop here, never reaching the screen below."""


class OverlayDialog(Overlay):
    """A dialog of a screen, as an overlay of the window it is in: :meth:`open` shows it,
    :meth:`accept`, :meth:`reject` or :meth:`close` hide it (and delete it: a dialog is opened
    afresh each time, unless ``kept``: then it is only hidden, for its screen to open it again),
    ``finished`` tells which. As in a dialog, Escape rejects it and Enter presses its
    :attr:`default_button`."""

    finished = Signal(bool)
    accepted = Signal()

    def __init__(self, parent: QWidget, name: str, panel_width: int = 640, kept: bool = False) -> None:
        super().__init__(parent.window(), name, panel_width)
        self._done = False
        self._kept = kept
        self.default_button: QAbstractButton | None = None

    def open(self) -> None:
        self._done = False
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
        if accepted:
            self.accepted.emit()
        self.finished.emit(accepted)
        if not self._kept:
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
