"""The application's one Python event filter: each watcher sees the event types it asked for, the
last added first, and one that eats an event stops it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.event_filter import application_filter


class Recorder(QObject):
    def __init__(self, name: str, kinds: frozenset[QEvent.Type], log: list[str], eat: bool = False) -> None:
        super().__init__()
        self.name = name
        self.watched_events = kinds
        self._log = log
        self._eat = eat

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self._log.append(f"{self.name}:{event.type().name}")
        return self._eat


def test_watchers_see_their_event_types_last_added_first(qapp: QApplication) -> None:
    log: list[str] = []
    target = QWidget()
    first = Recorder("first", frozenset({QEvent.Type.User}), log)
    second = Recorder("second", frozenset({QEvent.Type.User, QEvent.Type.MaxUser}), log)
    watchers = application_filter()
    assert application_filter() is watchers  # one per application
    watchers.add(first)
    watchers.add(second)
    try:
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.MaxUser))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.FocusAboutToChange))  # watched by none
        assert log == ["second:User", "first:User", "second:MaxUser"]
        watchers.remove(second)
        assert not watchers.watching(second) and watchers.watching(first)
        log.clear()
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.MaxUser))
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert log == ["first:User"]
    finally:
        watchers.remove(first)
        watchers.remove(second)


def test_a_watcher_that_eats_an_event_stops_it(qapp: QApplication) -> None:
    log: list[str] = []
    seen: list[str] = []

    class Target(QObject):
        def event(self, event: QEvent) -> bool:
            seen.append(event.type().name)
            return True

    target = Target()
    quiet = Recorder("quiet", frozenset({QEvent.Type.User}), log)
    eater = Recorder("eater", frozenset({QEvent.Type.User}), log, eat=True)
    watchers = application_filter()
    watchers.add(quiet)
    watchers.add(eater)
    try:
        QCoreApplication.sendEvent(target, QEvent(QEvent.Type.User))
        assert log == ["eater:User"] and seen == []
    finally:
        watchers.remove(eater)
        watchers.remove(quiet)
