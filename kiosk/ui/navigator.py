"""The navigator owns the screen stack and the visitor's path through it (for Back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget

from kiosk.domain.kinds import ScreenName
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.touch import stop_scrolling

ScreenFactory = Callable[[], Screen]


@dataclass(frozen=True)
class Visit:
    screen: str
    argument: object = None


class Navigator(QObject):
    """Creates screens on first use, shows them, and remembers the path for Back.

    Screens never reach into each other: they emit intents, and the wiring in :mod:`kiosk.app`
    turns intents into :meth:`go` calls. ``current_changed`` names the screen shown; ``visited``
    carries the whole :class:`Visit` (the programme or preset shown with it); ``showing`` gives the
    screen about to be opened and shown (for it to catch up with the look and the language).
    """

    current_changed = Signal(str)
    visited = Signal(object)
    screen_created = Signal(object)
    showing = Signal(object)

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
        self._stack.setCurrentWidget(screen)
        self.current_changed.emit(visit.screen)
        self.visited.emit(visit)
