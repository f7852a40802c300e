"""A panel shown over the whole window, on a dimmed background: inside the kiosk's own window,
so it works fullscreen and frameless, without a window manager, and never blocks the event loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget


class Overlay(QWidget):
    """Covers its parent (and follows its size); the content goes in :attr:`panel`."""

    def __init__(self, parent: QWidget, name: str, panel_width: int = 640) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        self.panel = QFrame()
        self.panel.setObjectName(f"{name}_panel")
        self.panel.setProperty("role", "overlay_panel")
        self.panel.setMaximumWidth(panel_width)
        self.panel.setMinimumWidth(min(panel_width, 480))
        self.panel_layout = QVBoxLayout(self.panel)
        self.panel_layout.setContentsMargins(36, 30, 36, 30)
        self.panel_layout.setSpacing(14)
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
        self.setGeometry(self._host.rect())
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(10, 22, 44, 170))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Touches on the dimmed background stop here, never reaching the screen below."""
