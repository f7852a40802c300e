"""A visitor's finger (or a staff member's mouse), for the tests, the monkey and the sweep: bring a
control into view as a flick would, then tap it, flick a list, hold a finger down.

Touches are real Qt touch events from a touchscreen device (:func:`touchscreen`): what a kiosk's
screen sends, which Qt turns into the mouse events widgets answer to. One place for all of it, so
that every driver of the kiosk touches it the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_TOUCHSCREEN: list[QPointingDevice] = []


def touchscreen() -> QPointingDevice:
    """The (test) touchscreen the touches come from, registered once per application."""
    if not _TOUCHSCREEN:
        _TOUCHSCREEN.append(QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen))
    return _TOUCHSCREEN[0]


class Finger:
    """One touch point on the screen, sent to the native window as a touchscreen sends it (in the
    window's coordinates; Qt finds the widget under it, as for a real finger)."""

    def __init__(self, widget: QWidget, point: QPoint, number: int = 0) -> None:
        window = widget.window()
        handle = window.windowHandle()
        if handle is None:
            raise RuntimeError(f"{widget.objectName() or widget} is not in a shown window")
        self._handle = handle
        self._window = window
        self.number = number
        self.at = widget.mapTo(window, point)

    def press(self, *others: Finger) -> None:
        self._send("press", others)

    def move_to(self, widget: QWidget, point: QPoint, *others: Finger) -> None:
        self.at = widget.mapTo(self._window, point)
        self._send("move", others)

    def release(self, *others: Finger) -> None:
        self._send("release", others)

    def _send(self, action: str, others: tuple[Finger, ...]) -> None:
        sequence = QTest.touchEvent(self._handle, touchscreen(), False)
        getattr(sequence, action)(self.number, self.at, self._handle)
        for other in others:  # fingers already down, held still
            sequence.stationary(other.number)
        sequence.commit()


def wait(milliseconds: int) -> None:
    """Let the event loop run for a while (timers, kinetic scrolling), as time passes under a finger."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def bring_into_view(widget: QWidget) -> None:
    """What a visitor's flick does before a tap: bring ``widget`` into the view of every scroll
    area around it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
            QApplication.processEvents()
        parent = parent.parentWidget()


def tap(widget: QWidget, point: QPoint | None = None, *, finger: bool = False, hold_ms: int = 40) -> None:
    """A tap at ``point`` of ``widget`` (its centre by default): a mouse click, or with ``finger`` a
    touch pressed ``hold_ms`` then lifted."""
    at = point if point is not None else widget.rect().center()
    if not finger:
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
        return
    touch = Finger(widget, at)
    touch.press()
    wait(hold_ms)
    touch.release()
    QApplication.processEvents()


def tap_rect(widget: QWidget, rect: QRect, *, finger: bool = False) -> None:
    """A tap on the centre of ``rect`` of ``widget`` (a list item)."""
    tap(widget, rect.center(), finger=finger)


def flick(
    widget: QWidget, start: QPoint, end: QPoint, *, finger: bool = True, steps: int = 10, settle_ms: int = 600
) -> None:
    """A finger (or the mouse's left button) pressed at ``start``, dragged to ``end`` in ``steps``
    moves about one frame apart, then lifted; the kinetic scroll runs ``settle_ms`` more."""
    touch = Finger(widget, start)
    if finger:
        touch.press()
    else:
        QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        wait(16)
        if finger:
            touch.move_to(widget, point)
        else:
            QTest.mouseMove(widget, point)
    if finger:
        touch.release()
    else:
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    wait(settle_ms)


def hold(widget: QWidget, milliseconds: int, point: QPoint | None = None) -> None:
    """A finger held still on ``widget`` for ``milliseconds``, then lifted (a long press)."""
    tap(widget, point, finger=True, hold_ms=milliseconds)
