"""The application's one Python event filter: each watcher sees the event types it asked for, the
last added first, and one that eats an event stops it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.kinds import ScreenName
from kiosk.domain.presets import SimulationPreset
from kiosk.ui.event_filter import application_filter
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import tap, wait_for_screens


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


def test_a_restyle_and_a_language_switch_send_their_floods_past_the_python_filter(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    """A large-text toggle restyles the screen shown, a language switch retranslates every widget:
    thousands of style, font and language events that no watcher wants, each a call into Python
    through the filter (13 ms of a toggle on the simulator), then hundreds of layout, move, resize
    and paint events as the window is laid out and painted again (1.5 ms of a language switch on
    the simulator). The filter is paused meanwhile, while the taps themselves still reach it."""
    kiosk = make_kiosk()
    kiosk.start()
    navigator = kiosk.window.navigator
    navigator.go(ScreenName.SIMULATOR, SimulationPreset())
    # The other screens are built after the first paint: not what is counted here.
    wait_for_screens(qtbot, kiosk.window)
    QApplication.processEvents()
    log: list[str] = []
    flood = frozenset(
        {
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
            QEvent.Type.LayoutRequest,
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Paint,
        }
    )
    taps = frozenset({QEvent.Type.MouseButtonRelease})
    counter = Recorder("seen", flood | taps, log)
    watchers = application_filter()
    watchers.add(counter)
    try:
        header = kiosk.window.header
        for button in (header.large_text_button, header.english_button, header.contrast_button):
            tap(qtbot, button)
            QApplication.processEvents()
        assert kiosk.window.accessibility.large_text and kiosk.window.accessibility.high_contrast
        assert kiosk.language.language == "en"
        assert [entry for entry in log if not entry.endswith(("MouseButtonRelease", ":Paint"))] == []
        assert log.count("seen:MouseButtonRelease") >= 3
        # What the filter sees painted is each tap's own: the button pressed, then released (and
        # what lies under it), not the window painted again (a hundred widgets each time).
        assert log.count("seen:Paint") <= 3 * 12, log.count("seen:Paint")
    finally:
        watchers.remove(counter)


def test_every_control_of_every_screen_takes_the_focus_from_tab_only(make_kiosk: KioskFactory) -> None:
    """A tap never leaves a focus frame: each screen's buttons, lists and scroll areas, polished when the screen
    is first shown (with the filter paused for the switch), take the focus from Tab, not a tap."""
    kiosk = make_kiosk()
    kiosk.start()
    navigator = kiosk.window.navigator
    programme = kiosk.content.catalogue.programmes[0].id
    visits: list[tuple[str, object]] = [
        (ScreenName.INSTITUTE, None),
        (ScreenName.FINDER, None),
        (ScreenName.PROGRAMME, programme),
        (ScreenName.CONTRACTS, None),
        (ScreenName.SIMULATOR, SimulationPreset()),
        (ScreenName.HOME, None),
    ]
    for name, argument in visits:
        navigator.go(name, argument)
        QApplication.processEvents()
        screen = navigator.current_screen
        assert screen is not None
        controls = [w for kind in (QAbstractButton, QAbstractItemView, QScrollArea) for w in screen.findChildren(kind)]
        shown = [w for w in controls if w.isVisibleTo(screen)]
        assert shown, name
        clicked = [w.objectName() or type(w).__name__ for w in shown if w.focusPolicy() & Qt.FocusPolicy.ClickFocus]
        assert clicked == [], name
    # A button added to a screen while it is hidden is first polished when the screen shows again.
    institute = navigator.screen(ScreenName.INSTITUTE)
    late = QPushButton("late", institute)
    assert late.focusPolicy() & Qt.FocusPolicy.ClickFocus
    navigator.go(ScreenName.INSTITUTE)
    QApplication.processEvents()
    assert late.isVisible() and not late.focusPolicy() & Qt.FocusPolicy.ClickFocus


class ShowsAButtonInEnglish(QWidget):
    """A screen whose retranslation adds a button (as a screen makes a line for each item of a list
    whose items depend on the language)."""

    def __init__(self) -> None:
        super().__init__()
        self.button: QPushButton | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.button is None:
            self.button = QPushButton("Added in English", self)
            self.button.show()
        super().changeEvent(event)


def test_a_button_first_shown_by_a_language_switch_takes_the_focus_from_tab_only(
    qtbot: QtBot, make_kiosk: KioskFactory
) -> None:
    """The filter is paused for a language switch, so the Polish event of a button made and shown by
    it never reaches the focus watcher: the switch gives it the kiosk's focus policy after (it kept
    Qt's, and a tap left a focus frame on it)."""
    kiosk = make_kiosk()
    kiosk.start()
    wait_for_screens(qtbot, kiosk.window)
    screen = ShowsAButtonInEnglish()
    kiosk.window.stack.addWidget(screen)
    kiosk.window.stack.setCurrentWidget(screen)
    QApplication.processEvents()
    assert screen.button is None
    tap(qtbot, kiosk.window.header.english_button)
    assert screen.button is not None and screen.button.isVisible()
    assert screen.button.focusPolicy() == Qt.FocusPolicy.TabFocus
