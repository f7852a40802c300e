"""Touch widgets: kinetic scrolling, chips, card buttons, wrapped labels."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

#: The smallest touch target, in pixels (a fingertip, with margin).
MIN_TOUCH = 56


def make_kinetic(widget: QWidget) -> None:
    """Flick-to-scroll with a finger (or a held mouse button) on ``widget``'s viewport."""
    QScroller.grabGesture(widget, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(widget)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    properties.setScrollMetric(
        QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
        QScrollerProperties.OvershootPolicy.OvershootAlwaysOff,
    )
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.DragStartDistance, 0.004)
    # Pass a tap to the button under the finger at once, instead of holding it back while the
    # scroller decides whether a drag begins: a kiosk must answer a tap immediately.
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(properties)


def stop_scrolling(root: QWidget) -> None:
    """Stop the kinetic scrolling still running in ``root`` (a screen being left): while one flick
    runs out, Qt starts no other, so the next screen would not scroll under the finger."""
    for widget in (root, *root.findChildren(QWidget)):
        if QScroller.hasScroller(widget):
            QScroller.scroller(widget).stop()


class TouchScrollArea(QScrollArea):
    """A vertical scroll area that scrolls by flicking, with a thin visible scroll bar."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        make_kinetic(self.viewport())

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)


class WrappedLabel(QLabel):
    """A label that wraps its text and can be styled by role (``title``, ``body``, ``muted``…)."""

    def __init__(self, text: str = "", role: str = "body", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class CardButton(QPushButton):
    """A large pressable card: a title and a wrapped text, laid out inside a button.

    Being a real button, it takes keyboard focus, Enter/Space and an accessible name.
    """

    def __init__(self, role: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(28, 24, 28, 24)
        self._layout.setSpacing(10)

    def add_label(self, label: QLabel) -> QLabel:
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout.addWidget(label)
        return label

    def add_stretch(self) -> None:
        self._layout.addStretch(1)

    def set_accessible_text(self, name: str, description: str = "") -> None:
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)

    def sizeHint(self) -> QSize:
        hint = self._layout.totalSizeHint()
        return QSize(max(hint.width(), 200), max(hint.height(), MIN_TOUCH))

    def minimumSizeHint(self) -> QSize:
        hint = self._layout.totalMinimumSize()
        return QSize(min(hint.width(), 200), max(hint.height(), MIN_TOUCH))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.totalHeightForWidth(width), MIN_TOUCH)


class ChipButton(QPushButton):
    """A toggleable filter chip, finger-sized."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setCheckable(True)
        self.setProperty("role", "chip")
        self.setMinimumHeight(MIN_TOUCH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)


def action_button(role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A finger-sized push button with a style role (``primary``, ``secondary``, ``nav``…)."""
    button = QPushButton(parent)
    button.setProperty("role", role)
    button.setMinimumHeight(MIN_TOUCH)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button
