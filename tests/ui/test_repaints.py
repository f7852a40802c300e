"""What a tap repaints: the controls it changes, and the window once when everything changes (a
language switch), never the whole window again and again. Counted from the window's own paint
events (what Qt repaints of it), not timed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.domain.kinds import ContractKind, ScreenName
from kiosk.domain.presets import SimulationPreset
from kiosk.ui import touching
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import wait_for_screens


class WindowPaints(QObject):
    """The area of each region the window paints."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.areas: list[int] = []
        self.whole = window.width() * window.height()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QPaintEvent):
            self.areas.append(sum(rect.width() * rect.height() for rect in event.region()))
        return False


def started(qtbot: QtBot, make_kiosk: KioskFactory) -> Kiosk:
    kiosk = make_kiosk()
    kiosk.start()
    wait_for_screens(qtbot, kiosk.window)
    return kiosk


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def test_a_press_repaints_the_control_pressed_not_the_window(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """Pressing a control in a scroll area, then one outside it (a finger or the mouse), leaves the
    keyboard focus where it was: the scroll area that took it repainted all of itself, and the
    window that took it back repainted all the window, at each press."""
    window = started(qtbot, make_kiosk).window
    window.navigator.go(ScreenName.SIMULATOR, SimulationPreset())
    settle()
    focused = QApplication.focusWidget()
    assert focused is window.centralWidget()
    paints = WindowPaints(window)
    # Buttons that do not repeat when held (a stepper would, after a stall of the test machine).
    names = [f"contract_{ContractKind.PROFESSIONALISATION}", "view_table", "birth_year_plus10", "birth_year_minus10"]
    for finger in (False, True):
        for name in names:
            button = window.findChild(QAbstractButton, name)
            assert button is not None and button.isVisible(), name
            touching.bring_into_view(button)
            settle()
            paints.areas.clear()
            at = button.rect().center()
            touch = touching.Finger(button, at)
            if finger:
                touch.press()
            else:
                QTest.mousePress(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
            settle()
            assert paints.areas and max(paints.areas) < paints.whole // 8, (name, finger, paints.areas)
            assert QApplication.focusWidget() is focused, (name, finger)
            if finger:
                touch.release()
            else:
                QTest.mouseRelease(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
            settle()


@pytest.mark.parametrize("buttons", ["language", "display modes"])
def test_a_change_of_every_text_repaints_the_window_once(qtbot: QtBot, make_kiosk: KioskFactory, buttons: str) -> None:
    """A language switch, large text, high contrast: everything changes, so the window is painted
    again, once, its layouts settled first (a button's new width moved its neighbours after the
    paint, and most of the window was painted two or three times), on every screen, both ways."""
    kiosk = started(qtbot, make_kiosk)
    window = kiosk.window
    header = window.header
    taps = {
        "language": [header.english_button, header.french_button],
        "display modes": [header.large_text_button, header.contrast_button] * 2,
    }[buttons]
    visits: list[tuple[str, object]] = [
        (ScreenName.HOME, None),
        (ScreenName.INSTITUTE, None),
        (ScreenName.FINDER, None),
        (ScreenName.PROGRAMME, kiosk.content.catalogue.programmes[0].id),
        (ScreenName.CONTRACTS, None),
        (ScreenName.SIMULATOR, SimulationPreset()),
    ]
    paints = WindowPaints(window)
    for name, argument in visits:
        window.navigator.go(name, argument)
        settle()
        for button in taps:
            paints.areas.clear()
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            settle()
            large = [area for area in paints.areas if area > paints.whole // 4]
            assert len(large) == 1, (name, button.objectName(), paints.areas)
            # A scroll bar the new texts need may show after it: a strip, not the window again.
            after = paints.areas[paints.areas.index(large[0]) + 1 :]
            assert sum(after) < paints.whole // 20, (name, button.objectName(), paints.areas)
    assert not window.accessibility.large_text and not window.accessibility.high_contrast


class Paints(QObject):
    """How many times a widget is painted."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_language_switch_paints_the_simulator_table_once(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """The table's texts and sizes change with the language: it is painted once, with the window.
    Relabelled by a reset, and resized column by column, it was laid out again after the window's
    paint (a reset's delayed layout, and a resized column's zero timer), and painted a second time."""
    kiosk = started(qtbot, make_kiosk)
    window = kiosk.window
    window.navigator.go(ScreenName.SIMULATOR, SimulationPreset())
    settle()
    simulator = window.navigator.current_screen
    touching.tap(simulator.findChild(QAbstractButton, "view_table"))  # type: ignore[union-attr]
    settle()
    table = simulator.panel.table  # type: ignore[union-attr]
    assert table.isVisible()
    paints = Paints(table.viewport())
    for button in (window.header.english_button, window.header.french_button) * 2:
        paints.count = 0
        touching.tap(button)
        settle()
        assert paints.count == 1, (button.objectName(), paints.count)


class Resizes(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.sizes: list[tuple[int, int]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.sizes.append((watched.width(), watched.height()))  # type: ignore[attr-defined]
        return False


def test_a_screen_shown_is_laid_out_once_at_its_size(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """Back and Home show on every screen but home, and at this width the title then takes a line
    of its own: the header grows. Arranged before the screen shows, the screen arriving is sized
    once, at the room left; arranged after, it was laid out at the room the last screen had, then
    again at its own (the simulator twice at each opening)."""
    kiosk = started(qtbot, make_kiosk)
    window = kiosk.window
    navigator = window.navigator
    home = navigator.screen(ScreenName.HOME)
    visits: list[tuple[str, object]] = [
        (ScreenName.SIMULATOR, SimulationPreset()),
        (ScreenName.INSTITUTE, None),
        (ScreenName.PROGRAMME, kiosk.content.catalogue.programmes[0].id),
    ]
    for name, argument in visits:
        navigator.go(ScreenName.HOME)
        settle()
        home_header = window.header.height()
        screen = navigator.screen(name)
        resizes = Resizes(screen)
        navigator.go(name, argument)
        settle()
        assert window.header.height() > home_header, name  # the case in question: the header grew
        assert screen.size() == window.stack.size(), name
        assert len(resizes.sizes) <= 1, (name, resizes.sizes)
        resizes.deleteLater()
        home_resizes = Resizes(home)
        navigator.go(ScreenName.HOME)  # and back: the header shrinks again
        settle()
        assert home.size() == window.stack.size(), name
        assert len(home_resizes.sizes) <= 1, (name, home_resizes.sizes)
        home_resizes.deleteLater()


@pytest.mark.parametrize("view", ["chart", "table", "compare"])
def test_a_language_switch_on_the_simulator_paints_nothing_after_the_window(
    qtbot: QtBot, make_kiosk: KioskFactory, view: str
) -> None:
    """In each view of the simulator, the window is painted once at a language switch and nothing
    after it. The table's scroll bars, their range changed by the new widths, were laid out by a
    queued call after the window's paint, which painted a strip of the result panel again."""
    kiosk = started(qtbot, make_kiosk)
    window = kiosk.window
    window.navigator.go(ScreenName.SIMULATOR, SimulationPreset())
    settle()
    touching.tap(window.navigator.current_screen.findChild(QAbstractButton, f"view_{view}"))  # type: ignore[union-attr]
    settle()
    paints = WindowPaints(window)
    for button in (window.header.english_button, window.header.french_button) * 2:
        paints.areas.clear()
        touching.tap(button)
        settle()
        large = [index for index, area in enumerate(paints.areas) if area > paints.whole // 4]
        # (Before it, the button pressed, drawn down and up.)
        assert len(large) == 1 and large[0] == len(paints.areas) - 1, (button.objectName(), paints.areas)
