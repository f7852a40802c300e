"""The layout check: in every state of the sweep, every text fits its widget, every widget is in
the window (or can be scrolled to), every touch target is at least a fingertip for this screen, and
a scroll bar shows only where there is something to scroll.

``python -m kiosk layout-check --size WxH`` runs it (:mod:`kiosk.cli.layout_check`); the test command
runs it over a matrix of sizes, languages, large text and pseudo-translation. It finds problems; it
does not replace looking at the screens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QWidget,
)

from kiosk.ui.metrics import Metrics, metrics_of
from kiosk.ui.sweep import Sweep
from kiosk.ui.widgets.overlay import open_dialogs
from kiosk.ui.widgets.programme_card import ProgrammeCardDelegate
from kiosk.ui.widgets.touch import WrapButton, WrappedLabel, content_fits

#: A pixel of rounding is not a cut.
TOLERANCE = 1
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Problem:
    state: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.state}: {self.widget}: {self.what}"


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    text = " ".join(text.split())
    shown = f" {text[:40]!r}" if text else ""
    return f"{type(widget).__name__} {widget.objectName() or '-'}{shown}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    parent = viewport.parentWidget()
    return parent if isinstance(parent, QAbstractScrollArea) and parent.viewport() is viewport else None


def _clipped(widget: QWidget, window: QWidget) -> str:
    """Why ``widget`` cannot be seen whole, or "": out of the window, or cut by a parent that
    cannot scroll to it (a vertical scroll area lets it be taller, never wider)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window and not child.isWindow():
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        bounds = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        area = _scroll_area_of(parent)
        if area is not None:
            if rect.left() < bounds.left() or rect.right() > bounds.right():
                return "wider than the area that scrolls it"
            return ""  # the visitor can scroll to it
        if not bounds.contains(rect):
            if parent is window:
                return "outside the window"
            return f"cut by {describe(parent)}"
        child, parent = parent, parent.parentWidget()
    return ""


def _label_problem(label: QLabel) -> str:
    text = label.text()
    if not text.strip() or label.textFormat() == Qt.TextFormat.RichText:
        return ""
    contents = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        breaks = isinstance(label, WrappedLabel) and label.breaks_long_words()
        widest = max((metrics.horizontalAdvance(word) for word in _WORD.findall(text)), default=0)
        if widest > contents.width() + TOLERANCE and not breaks:
            return f"a word is {widest} px wide in {contents.width()} px"
        needed = label.heightForWidth(label.width())
        if needed > label.height() + TOLERANCE:
            return f"text cut: needs {needed} px of height, has {label.height()}"
        return ""
    widest = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [text])
    if widest > contents.width() + TOLERANCE:
        return f"text cut: needs {widest} px of width, has {contents.width()}"
    return ""


def _button_problem(button: QAbstractButton, metrics: Metrics) -> list[str]:
    problems = []
    if isinstance(button, WrapButton) and button.text().strip():
        narrowest = button.minimumSizeHint().width()
        if narrowest > button.width() + TOLERANCE:
            problems.append(f"a word is {narrowest} px wide in {button.width()} px")
        needed = button.heightForWidth(button.width())
        if needed > button.height() + TOLERANCE:
            problems.append(f"text cut: needs {needed} px of height, has {button.height()}")
    elif isinstance(button, QPushButton) and button.layout() is None and button.text().strip():
        hint = button.sizeHint()
        if hint.width() > button.width() + TOLERANCE:
            problems.append(f"text cut: needs {hint.width()} px of width, has {button.width()}")
    if button.isEnabled() and min(button.width(), button.height()) < metrics.touch - TOLERANCE:
        problems.append(f"{button.width()}x{button.height()} px, smaller than a fingertip ({metrics.touch} px)")
    return problems


def _card_problems(view: QListView) -> list[str]:
    delegate = view.itemDelegate()
    model = view.model()
    if not isinstance(delegate, ProgrammeCardDelegate) or model is None or model.rowCount() == 0:
        return []
    width = delegate._text_width(delegate.card_width())
    problems = []
    for row in range(model.rowCount()):
        title = str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
        if delegate.fitted_title(title, width) != title:
            problems.append(f"card title cut: {title[:40]!r}")
    return problems


def _needless_bar(area: QScrollArea) -> str:
    """A scroll bar shown beside a content that fits the whole viewport (it fits once the bar goes:
    the bar took the room of the line it makes scroll)."""
    content = area.widget()
    if content is None or not area.widgetResizable() or not area.verticalScrollBar().isVisible():
        return ""
    if not content.hasHeightForWidth() or not content_fits(area):
        return ""
    room = area.maximumViewportSize()
    return f"shows a scroll bar, but its content fits the whole {room.width()}x{room.height()}"


def check_surface(state: str, window: QWidget, size: tuple[int, int] | None = None) -> list[Problem]:
    """The problems of what ``window`` shows now."""
    problems: list[Problem] = []
    metrics = metrics_of(window)
    if size is not None and (window.width(), window.height()) != size:
        actual = f"{window.width()}x{window.height()}"
        problems.append(Problem(state, describe(window), f"is {actual}, not {size[0]}x{size[1]}"))
    hint = window.minimumSizeHint()
    if size is not None and (hint.width() > size[0] or hint.height() > size[1]):
        problems.append(
            Problem(state, describe(window), f"asks for at least {hint.width()}x{hint.height()}: a window would grow")
        )
    for area in window.findChildren(QScrollArea):
        if _shown(area, window) and (what := _needless_bar(area)):
            problems.append(Problem(state, describe(area), what))
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QListView) or not _shown(widget, window):
            continue
        whats: list[str] = []
        if isinstance(widget, QLabel):
            whats.append(_label_problem(widget))
        elif isinstance(widget, QAbstractButton):
            whats.extend(_button_problem(widget, metrics))
        else:
            whats.extend(_card_problems(widget))
        whats.append(_clipped(widget, window))
        problems.extend(Problem(state, describe(widget), what) for what in whats if what)
    return problems


def check_all(sweep: Sweep, size: tuple[int, int] | None = None) -> tuple[list[str], list[Problem]]:
    """Every state of ``sweep`` entered in turn and checked: (the states, their problems)."""
    names: list[str] = []
    problems: list[Problem] = []
    window = sweep.shell.window
    for state in sweep.states():
        sweep.enter(state)
        names.append(state.name)
        problems.extend(check_surface(state.name, window, size))
        for dialog in open_dialogs(window):
            if dialog.isWindow():  # a native dialog of its own (not an overlay of the window)
                problems.append(Problem(state.name, describe(dialog), "a window of its own, not an overlay"))
                problems.extend(check_surface(state.name, dialog))
    sweep.fresh_visit()
    return names, problems
