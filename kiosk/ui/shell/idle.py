"""Idle reset: no touch for a while, a visible countdown, then the kiosk starts over.

:class:`IdleWatcher` watches every input of the application (through the application's event filter,
:mod:`kiosk.ui.event_filter`), so no screen has to report activity. The delays are injectable:
tests use a few milliseconds.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.ui.event_filter import application_filter
from kiosk.ui.metrics import gap
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.touch import WrappedLabel, action_button

#: What counts as a visitor being there: touches, clicks, drags, the wheel, keys.
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Counts down ``idle_ms`` from the last input, then ``countdown_ms`` in ``tick_ms`` steps.

    ``countdown_started``/``countdown_tick`` carry the seconds left; any input during the countdown
    cancels it (``countdown_cancelled``); its end emits ``timed_out``. While :attr:`dormant` (the
    attract screen is up) nothing counts down and the first input emits ``woken``.
    """

    countdown_started = Signal(int)
    countdown_tick = Signal(int)
    countdown_cancelled = Signal()
    timed_out = Signal()
    woken = Signal()
    watched_events = ACTIVITY_EVENTS

    def __init__(self, idle_ms: int, countdown_ms: int, tick_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self.start_countdown)
        self._tick_timer = QTimer(self)
        self._tick_timer.timeout.connect(self._on_tick)
        self._countdown_ms = countdown_ms
        self._remaining_ms = 0
        self._running = False
        self._dormant = False
        self.set_delays(idle_ms, countdown_ms, tick_ms)

    # --- control ---------------------------------------------------------------------------------

    def set_delays(self, idle_ms: int, countdown_ms: int, tick_ms: int | None = None) -> None:
        self._idle_timer.setInterval(max(1, idle_ms))
        self._countdown_ms = max(1, countdown_ms)
        if tick_ms is not None:
            self._tick_timer.setInterval(max(1, tick_ms))
        if self._running and not self._dormant and not self.counting_down:
            self._idle_timer.start()

    @property
    def idle_interval(self) -> int:
        return self._idle_timer.interval()

    def start(self) -> None:
        if not self._running:
            application_filter().add(self)
            self._running = True
        self._restart()

    def stop(self) -> None:
        if self._running:
            if QCoreApplication.instance() is not None:
                application_filter().remove(self)
            self._running = False
        self._idle_timer.stop()
        self._tick_timer.stop()

    @property
    def dormant(self) -> bool:
        return self._dormant

    def set_dormant(self, dormant: bool) -> None:
        self._dormant = dormant
        self._tick_timer.stop()
        self._idle_timer.stop()
        if not dormant and self._running:
            self._idle_timer.start()

    @property
    def counting_down(self) -> bool:
        return self._tick_timer.isActive()

    def seconds_left(self) -> int:
        return math.ceil(self._remaining_ms / 1000)

    def start_countdown(self) -> None:
        if self._dormant:
            return
        self._idle_timer.stop()
        self._remaining_ms = self._countdown_ms
        self._tick_timer.start()
        self.countdown_started.emit(self.seconds_left())

    def time_out(self) -> None:
        """End the countdown now (also what the monkey test uses to trigger resets)."""
        self._tick_timer.stop()
        self._idle_timer.stop()
        self.timed_out.emit()

    # --- internals -------------------------------------------------------------------------------

    def _restart(self) -> None:
        if self.counting_down:
            self._tick_timer.stop()
            self.countdown_cancelled.emit()
        if not self._dormant:
            self._idle_timer.start()

    def _on_tick(self) -> None:
        self._remaining_ms -= self._tick_timer.interval()
        if self._remaining_ms <= 0:
            self.time_out()
        else:
            self.countdown_tick.emit(self.seconds_left())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A hovering mouse (or a move Qt makes up when a widget appears under a parked pointer) is
        # not a visitor; a drag (flick scrolling) is.
        if event.type() == QEvent.Type.MouseMove and event.buttons() == Qt.MouseButton.NoButton:  # type: ignore[attr-defined]
            return False
        if self._dormant:
            self.woken.emit()
        else:
            self._restart()
        return False


class CountdownOverlay(Overlay):
    """ "Still there? Touch the screen to continue", with the seconds left in large."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "countdown", panel_width=720)
        self.heading = WrappedLabel(role="overlay_title")
        self.heading.setObjectName("countdown_heading")
        self.prompt = WrappedLabel(role="lead")
        self.prompt.setObjectName("countdown_prompt")
        self.seconds = WrappedLabel(role="countdown_value")
        self.seconds.setObjectName("countdown_seconds")
        self.detail = WrappedLabel(role="muted")
        self.detail.setObjectName("countdown_detail")
        self.continue_button = action_button("primary")
        self.continue_button.setObjectName("countdown_continue")
        for label in (self.heading, self.prompt, self.seconds, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.panel_layout.addWidget(label)
        gap(self.panel_layout, 8)
        self.panel_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.continue_button.clicked.connect(self.hide)
        self._left = 0
        self.retranslate()

    def set_seconds(self, seconds: int) -> None:
        self._left = seconds
        self.seconds.setText(str(seconds))
        self.detail.setText(
            self.tr("Otherwise the kiosk starts over for the next visitor in %n second(s).", "", seconds)
        )

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Still there?"))
        self.prompt.setText(self.tr("Touch the screen to continue"))
        self.continue_button.setText(self.tr("Continue"))
        self.set_seconds(self._left)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
