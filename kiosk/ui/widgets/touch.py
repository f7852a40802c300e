"""Touch widgets: kinetic scrolling, chips, card buttons, wrapped labels."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent, QTextLayout, QTextOption, QTouchEvent, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QScrollerProperties,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.event_filter import quietly
from kiosk.ui.metrics import margins, metrics_of, settle_and_paint, spacing, touch_target

_T = TypeVar("_T")


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
    for scroller in QScroller.activeScrollers():  # the ones running (most often none)
        target = scroller.target()
        if isinstance(target, QWidget) and (target is root or root.isAncestorOf(target)):
            scroller.stop()


#: What makes a scroll area decide again whether its scroll bar shows (its content's new size is a
#: layout request to it).
_BAR_EVENTS = frozenset({QEvent.Type.LayoutRequest, QEvent.Type.Resize})


def content_fits(area: QScrollArea) -> bool:
    """Whether the content of ``area`` (resized with it, its height following its width) fits the
    whole viewport, with no scroll bar: at the widest it may be, and as tall as its minimum at least."""
    content = area.widget()
    if content is None:
        return True
    room = area.maximumViewportSize()
    width = min(room.width(), content.maximumWidth())
    return max(content.heightForWidth(width), content.minimumHeight()) <= room.height()


class TouchScrollArea(QScrollArea):
    """A vertical scroll area that scrolls by flicking, with a thin visible scroll bar."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport of ours: asked for Qt's own, PySide looks for the most derived class of a
        # widget it has never seen, which builds every widget class of QtWidgets (and their 145
        # enums: 16 ms on the start path).
        self.setViewport(QWidget())
        # The content given its vertical policy (see _bar_if_needed), and the policy it had.
        self._sized: tuple[QWidget | None, QSizePolicy.Policy] = (None, QSizePolicy.Policy.Preferred)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        make_kinetic(self.viewport())

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.viewport()).stop()
        self.verticalScrollBar().setValue(0)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _BAR_EVENTS:
            self._bar_if_needed()  # once Qt has set the scroll range for the new size
        return handled

    def _give_back_policy(self) -> None:
        content, vertical = self._sized
        if content is not None and shiboken6.isValid(content):
            sizing = content.sizePolicy()
            sizing.setVerticalPolicy(vertical)
            content.setSizePolicy(sizing)
        self._sized = (None, QSizePolicy.Policy.Preferred)

    def _bar_if_needed(self) -> None:
        """The vertical scroll bar only for a content taller than the whole viewport. Once the bar
        shows, Qt measures the content at the width the bar leaves, where a text may take a line
        more: a content that fits the whole width kept a bar with nothing to scroll but the lines
        the bar itself cost (Qt decides alone while the bar is hidden and the policy is Qt's)."""
        content = self.widget()
        policy = self.verticalScrollBarPolicy()
        if content is None or not self.widgetResizable() or not content.hasHeightForWidth():
            # Qt's own rules: a content whose height does not follow its width (or none).
            self._give_back_policy()
            if policy != Qt.ScrollBarPolicy.ScrollBarAsNeeded:
                self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            return
        if content is not self._sized[0]:
            self._give_back_policy()
            # As tall as it is at the viewport's width, not less than its minimum: that minimum is its
            # height at its narrowest (each text wrapped at its longest word), and a page that fits
            # scrolled over the blank it added.
            sizing = content.sizePolicy()
            self._sized = (content, sizing.verticalPolicy())
            sizing.setVerticalPolicy(QSizePolicy.Policy.Ignored)
            content.setSizePolicy(sizing)
        room = self.maximumViewportSize()
        if policy == Qt.ScrollBarPolicy.ScrollBarAsNeeded:
            bar = self.verticalScrollBar()
            # Hidden, Qt decides right; far taller than the room, the bar's width cannot be what
            # makes it scroll (it costs a few lines): not measured again at each layout.
            if not bar.isVisible() or bar.maximum() > room.height() // 4:
                return
        wanted = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if content_fits(self) else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        if wanted != policy:
            self.setVerticalScrollBarPolicy(wanted)


class WrappedLabel(QLabel):
    """A label that wraps its text and can be styled by role (``title``, ``body``, ``muted``…).
    ``break_long_words``: a word wider than the label (a folder path, an address) breaks where
    the line ends, as Qt wraps it, instead of widening the layout."""

    def __init__(
        self, text: str = "", role: str = "body", parent: QWidget | None = None, break_long_words: bool = False
    ) -> None:
        super().__init__(text, parent)
        # Per text (the last few: a language switch comes back to the other language's), in this
        # font: the size hints (Qt lays the text out three to five times for them at each new
        # text), and the height at each width.
        self._hints: dict[str, tuple[QSize, QSize]] = {}
        self._heights: dict[str, dict[int, int]] = {}
        self._break_long_words = break_long_words
        self.setWordWrap(True)
        self.setProperty("role", role)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # as setWordWrap set it (a text given here is never set again)
        self.setSizePolicy(policy)

    def breaks_long_words(self) -> bool:
        return self._break_long_words

    def sizeHint(self) -> QSize:
        return QSize(self._hints_of(self.text())[0])

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its longest word: a layout short of room wraps the text, or takes
        another line of columns, rather than cutting a word (Qt's own hint for a wrapped label
        is narrower than that)."""
        return QSize(self._hints_of(self.text())[1])

    def _hints_of(self, text: str) -> tuple[QSize, QSize]:
        hints = self._hints.get(text)
        if hints is None:
            hint, minimum = super().sizeHint(), super().minimumSizeHint()
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0)
            if widest and not self._break_long_words:
                margins = self.contentsMargins()
                floor = widest + margins.left() + margins.right() + 2 * self.margin()
                minimum = QSize(max(minimum.width(), floor), minimum.height())
            hints = (hint, minimum)
            _remember(self._hints, text, hints)
        return hints

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._forget()
        super().setAlignment(alignment)

    def heightForWidth(self, width: int) -> int:
        """Qt lays the whole text out again at each call, and a layout pass asks each label many
        times: each width is measured once per text and font."""
        text = self.text()
        heights = self._heights.get(text)
        if heights is None:
            heights = {}
            _remember(self._heights, text, heights)
        height = heights.get(width)
        if height is None:
            height = heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._hints.clear()
        self._heights.clear()


#: How many texts a label keeps measurements of (its texts in the two languages, and a spare).
_TEXTS_KEPT = 4
#: How many (text, width) line breaks a button keeps before it starts again.
_LINES_KEPT = 64


def _remember(cache: dict[str, _T], text: str, value: _T) -> None:
    if len(cache) >= _TEXTS_KEPT:
        del cache[next(iter(cache))]  # the oldest
    cache[text] = value


class CardButton(QPushButton):
    """A large pressable card: a title and a wrapped text, laid out inside a button.

    Being a real button, it takes keyboard focus, Enter/Space and an accessible name.
    """

    def __init__(self, role: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        # A minimum of its own, not only in its hints: a layout asks a card with a layout for its
        # layout's height for a width, and never for this class's.
        touch_target(self)
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
        """As its layout: with no wrapped text, its height is its size hint's (a layout asking it for
        a height at a width had its layout's answer, none, and gave it no height at all)."""
        return self._layout.hasHeightForWidth()

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


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """``text`` broken between words into lines at most ``width`` pixels wide (a word wider than
    that stays whole on its line)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 1))
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return [line for line in lines if line] or [text]


class WrapButton(QPushButton):
    """A push button whose text goes on as many lines as its width needs, broken between words.

    Qt's button keeps its text on one line and cuts it when a layout gives less than its width (a
    long translation, large text, a portrait screen). This one asks for its one-line width, accepts
    down to its longest word, and then grows in height. ``text()`` is the text as given (and the
    accessible name); the style draws it with the line breaks of the current width, so the style
    sheet's colours, fonts and states apply unchanged."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        # What the style adds around n lines, and the lines at a width: asked many times per layout
        # pass, the same until the text, the font or the style changes.
        # Kept across texts (a language switch comes back to the other language's), until the font
        # or the style changes: the lines of a text at a width, the size of lines, a text's longest word.
        self._paddings: dict[int, QSize] = {}
        self._wrapped: dict[tuple[str, int], list[str]] = {}
        self._sizes: dict[tuple[str, ...], QSize] = {}
        self._widest: dict[str, QSize] = {}
        # Narrower than its one line if the layout is short of room (Qt's button never is), and as
        # high as its lines then need.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if len(self._wrapped) > _LINES_KEPT:
            self._wrapped.clear()
            self._sizes.clear()
            self._widest.clear()
        if self.accessibleName() in ("", self._text):  # a name set on purpose ("Back" for "‹") stays
            self.setAccessibleName(text)
        self._text = text
        self._wrap(self.width())
        self.updateGeometry()

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _padding(self, lines: int) -> QSize:
        """What the style adds around ``lines`` lines of text (padding, border)."""
        padding = self._paddings.get(lines)
        if padding is None:
            metrics = self.fontMetrics()
            text = QSize(100, metrics.height() * lines)
            full = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, self._option(), text, self)
            padding = QSize(max(full.width() - text.width(), 0), max(full.height() - text.height(), 0))
            self._paddings[lines] = padding
        return padding

    def _lines(self, width: int) -> list[str]:
        lines = self._wrapped.get((self._text, width))
        if lines is None:
            text_width = width - self._padding(1).width()
            if not self._text or self.fontMetrics().horizontalAdvance(self._text) <= text_width:
                lines = [self._text]
            else:
                lines = wrapped_lines(self._text, self.font(), text_width)
            self._wrapped[self._text, width] = lines
        return lines

    def _size_for(self, lines: list[str]) -> QSize:
        key = tuple(lines)
        size = self._sizes.get(key)
        if size is None:
            metrics = self.fontMetrics()
            widest = max((metrics.horizontalAdvance(line) for line in lines), default=0)
            padding = self._padding(len(lines))
            size = self._sizes[key] = QSize(widest + padding.width(), metrics.height() * len(lines) + padding.height())
        return size.expandedTo(self.minimumSize())

    def _wrap(self, width: int) -> None:
        shown = "\n".join(self._lines(width)) if width > 0 else self._text
        if super().text() != shown:
            super().setText(shown)

    def sizeHint(self) -> QSize:
        return self._size_for([self._text]) if self._text else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """As narrow as the longest word, as high as the lines it then takes."""
        if not self._text:
            return super().minimumSizeHint()
        widest = self._widest.get(self._text)
        if widest is None:
            metrics = self.fontMetrics()
            words = self._text.split() or [self._text]
            widest = self._widest[self._text] = QSize(max(metrics.horizontalAdvance(word) for word in words), 0)
        return self._size_for(self._lines(widest.width() + self._padding(1).width()))

    def hasHeightForWidth(self) -> bool:
        return bool(self._text)

    def heightForWidth(self, width: int) -> int:
        return self._size_for(self._lines(width)).height()

    def wrapped_text(self) -> str:
        """The text with the line breaks drawn at the current width."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._wrap(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._paddings.clear()
            self._wrapped.clear()
            self._sizes.clear()
            self._widest.clear()
            self._wrap(self.width())
            self.updateGeometry()


def action_button(role: str = "primary", parent: QWidget | None = None) -> WrapButton:
    """A finger-sized push button with a style role (``primary``, ``secondary``, ``nav``…), whose
    text wraps between words when its width is short."""
    button = WrapButton(parent=parent)
    button.setProperty("role", role)
    touch_target(button)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


class OneFinger(QObject):
    """An application event filter that lets the first finger of a touch through and no other.

    A kiosk has no pinch or two-finger gesture: a second finger (a child's, a hand resting on the
    screen) only made Qt's flick recognizer take the tap for a fling, cancelling it and leaving the
    list scrolling, which ate the next tap too. The touch events reaching the window are given again
    with the first finger's point alone (a watcher of :func:`kiosk.ui.event_filter.application_filter`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first: int | None = None
        self._resending = False

    @property
    def watched_events(self) -> frozenset[QEvent.Type]:
        return _TOUCH

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
                QCoreApplication.sendEvent(watched, QTouchEvent(kind, event.pointingDevice(), event.modifiers(), first))
            finally:
                self._resending = False
        return True


_TOUCH = frozenset({QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd})


#: What takes the keyboard focus from Tab alone (by class name: a widget's ``inherits`` needs no class
#: of PySide's, which costs its enums to make). A text field that scrolls (``QTextEdit``) is no
#: ``QScrollArea``: a click on it lets its user type.
FOCUS_BY_TAB = ("QAbstractButton", "QAbstractItemView", "QScrollArea")
#: The focus policies that take the focus from a click.
_CLICK_FOCUS = frozenset({Qt.FocusPolicy.ClickFocus, Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.WheelFocus})


class FocusByKeyboard(QObject):
    """A watcher of the application's events: controls and scroll areas take the keyboard focus from
    Tab (and arrow keys in lists), never from a tap. A visitor's finger thus never leaves a focus frame behind it (nor
    does the kiosk show one at start); a keyboard user gets one as soon as they press Tab."""

    watched_events = frozenset({QEvent.Type.Polish})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.adopt(watched)
        return False

    @classmethod
    def adopt_all(cls, root: QWidget) -> None:
        """Give every button, list and scroll area of ``root`` the kiosk's focus policy (after a
        change made with the application's filter paused, in which a widget shown for the first
        time was polished)."""
        from PySide6 import QtWidgets  # (their classes: not on the start path)

        for name in FOCUS_BY_TAB:
            for widget in root.findChildren(getattr(QtWidgets, name)):
                if widget.focusPolicy() in _CLICK_FOCUS:
                    widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    @classmethod
    @contextmanager
    def showing_quietly(cls, root: QWidget) -> Iterator[None]:
        """Show (switch to, raise) ``root`` with the application's filter paused (hundreds of show,
        move and layout events no watcher wants), then give its widgets polished meanwhile (shown
        for the first time) the kiosk's focus policy."""
        with quietly() as paused:
            yield
        if paused:
            cls.adopt_all(root)

    @classmethod
    @contextmanager
    def changing_quietly(cls) -> Iterator[None]:
        """A change of every text or every size (a language, a display mode) made with the
        application's filter paused, then laid out and painted before it resumes
        (:func:`kiosk.ui.metrics.settle_and_paint`): thousands of language, style, layout and paint
        events that no watcher wants, each a call into Python. The buttons, lists and scroll areas
        made or first polished meanwhile (a screen's retranslation may add some) get the kiosk's
        focus policy after, in every window shown (a fraction of a millisecond)."""
        with quietly() as paused:
            yield
            settle_and_paint()
        if paused:
            for window in QApplication.topLevelWidgets():
                if window.isVisible():
                    cls.adopt_all(window)

    @staticmethod
    def adopt(widget: QObject) -> None:
        """Give ``widget`` the focus policy of a kiosk (as its Polish event would). A scroll area
        too: a tap on a button in it would give it the focus, and Qt repaints all of a widget that
        takes or loses the focus (the scroll area, then the window taking it back). Not a text
        field, though it scrolls (``QTextEdit``): a click on it must let its user type."""
        if (
            isinstance(widget, QWidget)
            and any(widget.inherits(name) for name in FOCUS_BY_TAB)
            and widget.focusPolicy() in _CLICK_FOCUS
        ):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)
