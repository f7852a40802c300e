"""The application's one event filter written in Python, shared by what watches every event.

Qt calls an application event filter for every event of every object: a restyle, a language switch
or a screen shown sends thousands. Each Python filter costs a call across the C++/Python boundary per
event, so the kiosk installs one, and its watchers (one finger at a time, keyboard focus, the idle
watch, the kiosk lock) subscribe to the event types they need: the other events cost one lookup.

The kiosk's start installs it only once its window is first painted (:func:`install_at_first_paint`):
building and showing the first screen sends thousands of events, and any of them about a widget
Qt made itself (a scroll area's scroll bar container) makes PySide build every widget class of
QtWidgets with all their enums to wrap it for Python: about 60 ms before the visitor sees anything.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer


class EventWatcher(Protocol):
    """What subscribes: the event types it needs, and a filter as Qt's (True eats the event)."""

    @property
    def watched_events(self) -> frozenset[QEvent.Type]: ...

    def eventFilter(self, watched: QObject, event: QEvent) -> bool: ...


class ApplicationFilter(QObject):
    """Dispatches the application's events to the watchers of their type, the last added first
    (as Qt calls its own event filters)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watchers: dict[QEvent.Type, tuple[EventWatcher, ...]] = {}
        self.installed = False

    def install(self) -> None:
        """Filter the application's events from now on."""
        app = QCoreApplication.instance()
        if app is not None and not self.installed:
            app.installEventFilter(self)
            self.installed = True

    @contextmanager
    def paused(self) -> Iterator[bool]:
        """Not filtering while the kiosk itself sends a flood of events that no watcher wants, at
        once (not posted): a restyle or a language change sends thousands of style, font, layout and
        language events, each a call into Python here (13 ms of a large-text toggle on the
        simulator). No input, close or polish event is sent meanwhile: a restyle re-polishes with
        the style, without Polish events, and an input event waits for the event loop."""
        app = QCoreApplication.instance()
        if app is None or not self.installed:
            yield False
            return
        app.removeEventFilter(self)
        self.installed = False
        try:
            yield True
        finally:
            app.installEventFilter(self)
            self.installed = True

    def add(self, watcher: EventWatcher) -> None:
        for kind in watcher.watched_events:
            others = tuple(w for w in self._watchers.get(kind, ()) if w is not watcher)
            self._watchers[kind] = (watcher, *others)

    def remove(self, watcher: EventWatcher) -> None:
        for kind in watcher.watched_events:
            left = tuple(w for w in self._watchers.get(kind, ()) if w is not watcher)
            if left:
                self._watchers[kind] = left
            else:
                self._watchers.pop(kind, None)

    def watching(self, watcher: EventWatcher) -> bool:
        return any(watcher in watchers for watchers in self._watchers.values())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watchers = self._watchers.get(event.type())
        if watchers:
            for watcher in watchers:
                if watcher.eventFilter(watched, event):
                    return True
        return False


#: How long the kiosk waits for its window's first paint before it installs its filter anyway.
FIRST_PAINT_WAIT_MS = 2000


def application_filter(*, installed: bool = True) -> ApplicationFilter:
    """The application's filter, installed on first use (``installed=False``: made, not installed yet)."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application")
    existing = app.findChild(ApplicationFilter, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, ApplicationFilter):
        return existing
    created = ApplicationFilter(app)
    if installed:
        created.install()
    return created


def quietly() -> AbstractContextManager[bool]:
    """The application's event filter paused (:meth:`ApplicationFilter.paused`), if there is one
    and it is installed; True if it was paused."""
    app = QCoreApplication.instance()
    found = app.findChild(ApplicationFilter, "", Qt.FindChildOption.FindDirectChildrenOnly) if app else None
    return found.paused() if isinstance(found, ApplicationFilter) else nullcontext(False)


class _InstallAtFirstPaint(QObject):
    """Watches one window (its own events only) for its first paint."""

    def __init__(self, window: QObject, filter_: ApplicationFilter, then: Callable[[], None]) -> None:
        super().__init__(filter_)
        self._window = window
        self._filter = filter_
        self._then = then
        # A window never painted (started minimised, never exposed) must not leave the kiosk
        # unlocked: the filter is installed after a while in any case.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._install)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._install()
        return False

    def _install(self) -> None:
        if shiboken6.isValid(self._window):
            self._window.removeEventFilter(self)
        if not self._filter.installed:
            self._filter.install()
            self._then()
        self.deleteLater()


def install_at_first_paint(window: QObject, filter_: ApplicationFilter, then: Callable[[], None]) -> None:
    """Install ``filter_`` (made with ``installed=False``) on the application when ``window`` is first
    painted, then call ``then`` (to catch up on what the watchers missed until then). Nothing to
    wait for if it is installed already (another kiosk of this process made it)."""
    if not filter_.installed:
        window.installEventFilter(_InstallAtFirstPaint(window, filter_, then))
