"""Touch widgets: kinetic scrolling, chips, card buttons, wrapped labels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QTouchEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
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

from kiosk.ui.metrics import margins, metrics_of, spacing, touch_target


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

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its longest word: a layout short of room wraps the text, or takes
        another line of columns, rather than cutting a word (Qt's own hint for a wrapped label
        is narrower than that)."""
        hint = super().minimumSizeHint()
        words = self.text().split()
        if not words:
            return hint
        margins = self.contentsMargins()
        widest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QSize(max(hint.width(), widest + margins.left() + margins.right() + 2 * self.margin()), hint.height())


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
        margins(self._layout, 28, 24)
        spacing(self._layout, 10)

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
        metrics = metrics_of(self)
        return QSize(max(hint.width(), metrics.px(200)), max(hint.height(), metrics.touch))

    def minimumSizeHint(self) -> QSize:
        """As narrow as its longest word allows (wrapped labels), never below a fingertip."""
        hint = self._layout.totalMinimumSize()
        return QSize(hint.width(), max(hint.height(), metrics_of(self).touch))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.totalHeightForWidth(width), metrics_of(self).touch)


class ChipButton(QPushButton):
    """A toggleable filter chip, finger-sized."""

    def __init__(self, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setCheckable(True)
        self.setProperty("role", "chip")
        touch_target(self)
        self.setCursor(Qt.CursorShape.PointingHandCursor)


def action_button(role: str = "primary", parent: QWidget | None = None) -> QPushButton:
    """A finger-sized push button with a style role (``primary``, ``secondary``, ``nav``…)."""
    button = QPushButton(parent)
    button.setProperty("role", role)
    touch_target(button)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class OneFinger(QObject):
    """An application event filter that lets the first finger of a touch through and no other.

    A kiosk has no pinch or two-finger gesture: a second finger (a child's, a hand resting on the
    screen) only made Qt's flick recognizer take the tap for a fling, cancelling it and leaving the
    list scrolling, which ate the next tap too. The touch events reaching the window are given again
    with the first finger's point alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first: int | None = None
        self._resending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._resending or kind not in _TOUCH or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QTouchEvent)
        points = event.points()
        if kind == QEvent.Type.TouchBegin and points:
            self._first = points[0].id()
        first = [point for point in points if point.id() == self._first]
        if kind == QEvent.Type.TouchEnd:
            self._first = None
        if len(first) == len(points):
            return False
        if first:
            self._resending = True
            try:
                QCoreApplication.sendEvent(
                    watched, QTouchEvent(kind, event.pointingDevice(), event.modifiers(), first)
                )
            finally:
                self._resending = False
        return True


_TOUCH = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd})


class FocusByKeyboard(QObject):
    """An application event filter: controls take the keyboard focus from Tab (and arrow keys in
    lists), never from a tap. A visitor's finger thus never leaves a focus frame behind it (nor
    does the kiosk show one at start); a keyboard user gets one as soon as they press Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QAbstractButton | QAbstractItemView)
            and watched.focusPolicy() & Qt.FocusPolicy.ClickFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return False
