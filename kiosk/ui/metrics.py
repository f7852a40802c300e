"""One scale for the whole interface, from the size of the screen the kiosk is on.

Sizes in the code and in the style sheets are written for the reference screen, whose shorter side
is :data:`REFERENCE_SIDE` pixels (a 1280x800 tablet); :class:`Metrics` turns them into pixels of the
screen at hand, so that a 1080p or 4K touchscreen looks designed for, not enlarged (nor a 1080p one
like a prototype lost in the middle). Large text multiplies the size of text only.

Widgets never write a pixel size of their own: they call :func:`margins`, :func:`spacing`,
:func:`fixed_size`, :func:`minimum_size`… with reference sizes, which are kept on the layout or
widget and applied again by :func:`apply_metrics` whenever the scale changes. Painted widgets ask
:func:`metrics_of` for the scale of the window they are in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QBoxLayout, QGridLayout, QLayout, QSizePolicy, QWidget

#: The shorter side of the screen the reference sizes are written for.
REFERENCE_SIDE = 800
#: Large text: text this much larger, everything else as it is.
LARGE_TEXT_FACTOR = 1.3
#: A phone-sized window is not a kiosk, a wall is not either: the scale stays within these bounds.
MIN_SCALE, MAX_SCALE = 0.7, 3.0
#: The smallest touch target, in reference pixels (a fingertip, with margin): about 9 mm on a
#: 10-inch 1280x800 tablet, and as large in millimetres on a 1080p 21-inch touchscreen at its scale.
TOUCH_TARGET = 56


@dataclass(frozen=True)
class Metrics:
    """``scale``: reference pixels to screen pixels; ``text``: the same for text (``scale`` times
    the large-text factor when it is on)."""

    scale: float = 1.0
    text: float = 1.0

    @classmethod
    def for_size(cls, width: int, height: int, large_text: bool = False) -> Metrics:
        scale = min(MAX_SCALE, max(MIN_SCALE, min(width, height) / REFERENCE_SIDE))
        scale = round(scale, 3)
        return cls(scale, round(scale * (LARGE_TEXT_FACTOR if large_text else 1.0), 3))

    @property
    def large_text(self) -> bool:
        return self.text > self.scale

    def px(self, value: float) -> int:
        """A length (margin, spacing, size) of ``value`` reference pixels; never 0 unless asked."""
        if value <= 0:
            return 0
        return max(1, round(value * self.scale))

    def text_px(self, value: float) -> int:
        """A font size of ``value`` reference pixels."""
        return max(1, round(value * self.text))

    @property
    def touch(self) -> int:
        """The smallest touch target on this screen, in pixels."""
        return self.px(TOUCH_TARGET)

    def size(self, width: float, height: float) -> QSize:
        return QSize(self.px(width), self.px(height))


_FONT_SIZE = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)px")
_LENGTH = re.compile(r"(?<![\w#.-])(\d+(?:\.\d+)?)px")


def scale_style_sheet(sheet: str, metrics: Metrics) -> str:
    """``sheet`` (written for the reference screen) with every length in pixels scaled: font sizes
    by the text scale, the rest (paddings, borders, radii, minimum sizes) by the scale."""
    if metrics == Metrics():
        return sheet
    fonts = _FONT_SIZE.sub(lambda m: f"{m.group(1)}{metrics.text_px(float(m.group(2)))}FONTPX", sheet)
    lengths = _LENGTH.sub(lambda m: f"{metrics.px(float(m.group(1)))}px", fonts)
    return lengths.replace("FONTPX", "px")


# --------------------------------------------------------------------------------------------------
# Reference sizes kept on layouts and widgets, applied at the current scale

_MARGINS = "kiosk_margins"
_SPACING = "kiosk_spacing"
_HORIZONTAL_SPACING = "kiosk_horizontal_spacing"
_VERTICAL_SPACING = "kiosk_vertical_spacing"
_FIXED = "kiosk_fixed_size"
_MINIMUM = "kiosk_minimum_size"
_MAXIMUM_WIDTH = "kiosk_maximum_width"


def metrics_of(widget: QWidget) -> Metrics:
    """The metrics of the window ``widget`` is in (the reference ones before it is in one)."""
    window = widget.window()
    metrics = getattr(window, "metrics", None)
    return metrics if isinstance(metrics, Metrics) else Metrics()


def _current(layout: QLayout) -> Metrics:
    widget = layout.parentWidget()
    return metrics_of(widget) if widget is not None else Metrics()


def margins(
    layout: QLayout | QWidget,
    left: float,
    top: float | None = None,
    right: float | None = None,
    bottom: float | None = None,
) -> None:
    """Margins of ``layout`` (or a widget's contents) in reference pixels (one value: all four;
    two: horizontal, vertical)."""
    if top is None:
        values = [left, left, left, left]
    elif right is None:
        values = [left, top, left, top]
    else:
        values = [left, top, right, bottom if bottom is not None else top]
    layout.setProperty(_MARGINS, values)
    if isinstance(layout, QWidget):
        _apply_widget(layout, metrics_of(layout))
    else:
        _apply_layout(layout, _current(layout))


def spacing(layout: QLayout, value: float, vertical: float | None = None) -> None:
    """Spacing of ``layout`` (a grid: horizontal ``value`` and ``vertical``, default the same)."""
    if vertical is None:
        layout.setProperty(_SPACING, value)
    else:
        layout.setProperty(_HORIZONTAL_SPACING, value)
        layout.setProperty(_VERTICAL_SPACING, vertical)
    _apply_layout(layout, _current(layout))


def fixed_size(widget: QWidget, width: float, height: float) -> None:
    widget.setProperty(_FIXED, [width, height])
    _apply_widget(widget, metrics_of(widget))


def minimum_size(widget: QWidget, width: float | None = None, height: float | None = None) -> None:
    """At least ``width`` x ``height`` reference pixels (None: as set before, else no minimum)."""
    previous = widget.property(_MINIMUM) or [0, 0]
    widget.setProperty(_MINIMUM, [previous[0] if width is None else width, previous[1] if height is None else height])
    _apply_widget(widget, metrics_of(widget))


def gap(layout: QBoxLayout, size: float) -> None:
    """A fixed gap of ``size`` reference pixels at the end of ``layout`` (as ``addSpacing``)."""
    spacer = QWidget()
    spacer.setObjectName("gap")
    spacer.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    layout.addWidget(spacer)
    fixed_size(spacer, size, size)


def maximum_width(widget: QWidget, width: float) -> None:
    """At most ``width`` reference pixels wide (the simulator's inputs beside its result)."""
    widget.setProperty(_MAXIMUM_WIDTH, width)
    _apply_widget(widget, metrics_of(widget))


def touch_target(widget: QWidget, width: float | None = None, extra_height: float = 0) -> None:
    """At least a fingertip high (and ``width`` wide), plus ``extra_height`` reference pixels."""
    minimum_size(widget, width, TOUCH_TARGET + extra_height)


def _apply_layout(layout: QLayout, metrics: Metrics) -> None:
    values = layout.property(_MARGINS)
    if values:
        layout.setContentsMargins(*(metrics.px(float(value)) for value in values))
    value = layout.property(_SPACING)
    if value is not None:
        layout.setSpacing(metrics.px(float(value)))
    horizontal, vertical = layout.property(_HORIZONTAL_SPACING), layout.property(_VERTICAL_SPACING)
    if horizontal is not None and isinstance(layout, QGridLayout):
        layout.setHorizontalSpacing(metrics.px(float(horizontal)))
        layout.setVerticalSpacing(metrics.px(float(vertical)))


def _apply_widget(widget: QWidget, metrics: Metrics) -> None:
    values = widget.property(_MARGINS)
    if values:
        widget.setContentsMargins(*(metrics.px(float(value)) for value in values))
    fixed = widget.property(_FIXED)
    if fixed:
        widget.setFixedSize(metrics.px(float(fixed[0])), metrics.px(float(fixed[1])))
    minimum = widget.property(_MINIMUM)
    if minimum:
        widget.setMinimumSize(metrics.px(float(minimum[0])), metrics.px(float(minimum[1])))
    maximum = widget.property(_MAXIMUM_WIDTH)
    if maximum is not None:
        widget.setMaximumWidth(metrics.px(float(maximum)))


def apply_metrics(root: QWidget, metrics: Metrics) -> None:
    """Give every layout and widget under ``root`` (``root`` too) its sizes at ``metrics``."""
    for widget in (root, *root.findChildren(QWidget)):
        apply_own_metrics(widget, metrics)


def apply_own_metrics(widget: QWidget, metrics: Metrics) -> None:
    """Give ``widget`` and its layouts (not its children) their sizes at ``metrics``."""
    _apply_widget(widget, metrics)
    layout = widget.layout()
    if layout is not None:
        for sub in (layout, *layout.findChildren(QLayout)):
            _apply_layout(sub, metrics)


#: How many rounds :func:`settle_and_paint` gives the layouts: a widget's new size asks its parent's
#: layout again in the next round, so as many as the kiosk nests layouts (window, stack, screen,
#: scroll area, panel, row, box, button...), with room to spare.
LAYOUT_ROUNDS = 12
#: The rounds of layouts after the queued calls (a scroll area's scroll bars, in its viewport).
QUEUED_ROUNDS = 4


def settle_and_paint() -> None:
    """Lay out now what a change of every text or every size asked for (a language, a display
    mode), then paint the window now, once: left to the event loop, the paint came between two
    rounds of layouts, and the window was painted again once its widgets had moved (two or three
    times). Nothing before a window is shown (at start): it lays itself out when it is.

    Called with the application's filter paused (see
    :meth:`kiosk.ui.widgets.touch.FocusByKeyboard.changing_quietly`): the hundreds of layout, move,
    resize and paint events this sends are no watcher's, and each would be a call into Python."""
    windows = [window for window in QApplication.topLevelWidgets() if window.isVisible()]
    if not windows:
        return
    for _ in range(LAYOUT_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    # The calls Qt queued meanwhile for the scroll areas, and the layouts they ask for: a scroll area
    # whose range changed (new widths) lays out its scroll bars in a queued call, which came after
    # the paint and painted a strip of the window again. Only theirs: the other queued calls (a
    # timer's, a worker's) run when the event loop takes them, not in the middle of this change.
    for window in windows:
        for area in window.findChildren(QAbstractScrollArea):
            QCoreApplication.sendPostedEvents(area, QEvent.Type.MetaCall)
    for _ in range(QUEUED_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    # What the layouts left to repaint (Qt posts one update request per window).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
