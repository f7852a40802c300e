"""The navigator owns the screen stack and the visitor's path through it (for Back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.domain.kinds import ScreenName
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.touch import FocusByKeyboard, stop_scrolling

ScreenFactory = Callable[[], Screen]

#: After the window's first paint, the wait before the screens are built ahead of use, and between two.
WARM_DELAY_MS = 150
WARM_INTERVAL_MS = 40


@dataclass(frozen=True)
class Visit:
    screen: str
    argument: object = None


class Navigator(QObject):
    """Creates screens on first use, shows them, and remembers the path for Back.

    Screens never reach into each other: they emit intents, and the wiring in :mod:`kiosk.app`
    turns intents into :meth:`go` calls. ``current_changed`` names the screen shown; ``visited``
    carries the whole :class:`Visit` (the programme or preset shown with it); ``showing`` gives the
    screen about to be opened and shown (for it to catch up with the look and the language);
    ``arriving`` names it and gives it once opened, just before it shows (for the window to arrange
    its header around it first: the header's height decides the screen's).
    """

    current_changed = Signal(str)
    visited = Signal(object)
    screen_created = Signal(object)
    showing = Signal(object)
    arriving = Signal(str, object)

    def __init__(self, stack: QStackedWidget, home: str = ScreenName.HOME, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self._home = home
        self._factories: dict[str, ScreenFactory] = {}
        self._screens: dict[str, Screen] = {}
        self._history: list[Visit] = []

    def register(self, name: str, factory: ScreenFactory) -> None:
        self._factories[name] = factory

    def names(self) -> tuple[str, ...]:
        """Every registered screen, in the order of registration."""
        return tuple(self._factories)

    def built(self, name: str) -> bool:
        """True once the screen called ``name`` exists."""
        return name in self._screens

    def screen(self, name: str) -> Screen:
        """The screen called ``name``, created on first use."""
        if name not in self._screens:
            screen = self._factories[name]()
            screen.setObjectName(f"screen_{name}")
            self._screens[name] = screen
            self._stack.addWidget(screen)
            self.screen_created.emit(screen)
        return self._screens[name]

    def clear(self) -> None:
        """Forget every screen and factory (a new catalogue): register again, then go home."""
        self._history.clear()
        for screen in self._screens.values():
            self._stack.removeWidget(screen)
            screen.deleteLater()
        self._screens.clear()
        self._factories.clear()

    @property
    def home_screen(self) -> str:
        """The name of the screen where every visit starts."""
        return self._home

    @property
    def current(self) -> str | None:
        return self._history[-1].screen if self._history else None

    @property
    def current_screen(self) -> Screen | None:
        return self._screens.get(self.current) if self.current else None

    @property
    def history(self) -> tuple[Visit, ...]:
        return tuple(self._history)

    def can_go_back(self) -> bool:
        return len(self._history) > 1

    def go(self, name: str, argument: object = None) -> None:
        if name == self._home:
            self._history.clear()
        self._history.append(Visit(name, argument))
        self._show(self._history[-1])

    def back(self) -> None:
        if self.can_go_back():
            self._history.pop()
        self._show(self._history[-1]) if self._history else self.home()

    def home(self) -> None:
        self.go(self._home)

    def reset(self) -> None:
        """Forget every visitor input on every created screen, then go home."""
        for screen in self._screens.values():
            screen.reset()
        self.home()

    def _show(self, visit: Visit) -> None:
        leaving = self._stack.currentWidget()
        if leaving is not None:
            stop_scrolling(leaving)
        screen = self.screen(visit.screen)
        self.showing.emit(screen)
        screen.open(visit.argument)
        self.arriving.emit(visit.screen, screen)
        with FocusByKeyboard.showing_quietly(screen):
            self._stack.setCurrentWidget(screen)
        self.current_changed.emit(visit.screen)
        self.visited.emit(visit)


class ScreenWarmer(QObject):
    """Builds the screens nobody opened yet, one at a time, while the kiosk waits after its window's
    first paint (the start shows the home screen alone): a visitor's first opening of a screen then
    only shows it. Each screen is built hidden, polished and laid out at the window's size.

    :meth:`start` again after the screens were replaced (a new catalogue)."""

    def __init__(
        self,
        navigator: Navigator,
        window: QWidget,
        delay_ms: int = WARM_DELAY_MS,
        interval_ms: int = WARM_INTERVAL_MS,
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._build_next)
        self._delay_ms, self._interval_ms = delay_ms, interval_ms
        window.installEventFilter(self)

    def start(self) -> None:
        self._timer.start(self._delay_ms)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def done(self) -> bool:
        return all(self._navigator.built(name) for name in self._navigator.names())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            self.start()
        return False

    def _build_next(self) -> None:
        navigator = self._navigator
        name = next((name for name in navigator.names() if not navigator.built(name)), None)
        if name is None:
            return
        screen = navigator.screen(name)
        screen.ensurePolished()
        stack = screen.parentWidget()
        if stack is not None:
            screen.resize(stack.size())
        layout = screen.layout()
        if layout is not None:
            layout.activate()
        self._timer.start(self._interval_ms)
