"""Kiosk mode's lock: no way out by Escape, Alt+F4, closing the window or the app's shortcuts.

The operating system keeps its own keys (Ctrl+Alt+Del, the Windows key…): the open-day account
(Assigned Access, Shell Launcher, or a session that starts only the kiosk) takes care of those.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.event_filter import application_filter

#: Keys eaten whatever the modifiers: they close dialogs, toggle full screen or open help.
BLOCKED_KEYS = frozenset(
    {
        Qt.Key.Key_Escape,
        Qt.Key.Key_Close,
        Qt.Key.Key_Exit,
        Qt.Key.Key_Cancel,
        Qt.Key.Key_Help,
        Qt.Key.Key_Menu,
        *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 25)),
    }
)
SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)
KEY_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride})
LOCK_EVENTS = KEY_EVENTS | {QEvent.Type.Shortcut, QEvent.Type.Close, QEvent.Type.WindowStateChange}


def is_blocked_key(event: QKeyEvent) -> bool:
    key = Qt.Key(event.key())
    return key in BLOCKED_KEYS or bool(event.modifiers() & SHORTCUT_MODIFIERS)


class KioskLock(QObject):
    """A watcher of the application's events (:mod:`kiosk.ui.event_filter`) that, while
    :attr:`engaged`, eats the ways out.

    Closing ``window`` is refused unless :meth:`allow_close` was called (the staff menu's Quit).
    """

    watched_events = LOCK_EVENTS

    def __init__(
        self, window: QWidget, parent: QObject | None = None, on_restored: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._on_restored = on_restored
        self._engaged = False
        self._close_allowed = False

    @property
    def engaged(self) -> bool:
        return self._engaged

    def engage(self) -> None:
        if not self._engaged:
            application_filter().add(self)
            self._engaged = True

    def release(self) -> None:
        if self._engaged:
            if QCoreApplication.instance() is not None:
                application_filter().remove(self)
            self._engaged = False

    def allow_close(self) -> None:
        self._close_allowed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in KEY_EVENTS:
            assert isinstance(event, QKeyEvent)
            if is_blocked_key(event):
                # An accepted ShortcutOverride stops Qt from firing a shortcut; then the key is eaten.
                event.accept()
                return True
            return False
        if kind == QEvent.Type.Shortcut:
            return True
        if watched is self._window:
            if kind == QEvent.Type.Close and not self._close_allowed:
                event.ignore()
                return True
            if kind == QEvent.Type.WindowStateChange and not self._window.isFullScreen():
                QTimer.singleShot(0, self._restore_full_screen)
        return False

    def _restore_full_screen(self) -> None:
        if self._engaged and not self._window.isFullScreen() and self._window.isVisible():
            self._window.showFullScreen()
            if self._on_restored is not None:
                self._on_restored()
