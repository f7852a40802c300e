"""The application's one event filter written in Python, shared by what watches every event.

Qt calls an application event filter for every event of every object: a restyle, a language switch
or a screen shown sends thousands. Each Python filter costs a call across the C++/Python boundary per
event, so the kiosk installs one, and its watchers (one finger at a time, keyboard focus, the idle
watch, the kiosk lock) subscribe to the event types they need: the other events cost one lookup.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt


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


def application_filter() -> ApplicationFilter:
    """The application's filter, installed on first use."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("no Qt application")
    existing = app.findChild(ApplicationFilter, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, ApplicationFilter):
        return existing
    created = ApplicationFilter(app)
    app.installEventFilter(created)
    return created
