"""A finger on a touchscreen: Qt touch events from a touchscreen device, as a kiosk's screen sends
them, on each kind of control, flicks that scroll, the long press of staff, a second finger."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QListView
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.settings import with_pin
from kiosk.ui import touching
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from kiosk.ui.widgets.takeaway import TakeawayDialog
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import tap, wait_for_screens


def open_dialogs() -> list[TakeawayDialog]:
    return [w for top in QApplication.topLevelWidgets() for w in top.findChildren(TakeawayDialog) if w.isVisible()]


def touch_card(view: QListView, row: int) -> None:
    """A finger on the ``row``-th card of a programme list."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QApplication.processEvents()
    touching.tap_rect(view.viewport(), view.visualRect(index), finger=True)


def test_a_finger_works_every_kind_of_control(qtbot: QtBot, kiosk: Kiosk) -> None:
    window = kiosk.window
    kiosk.shell.start(kiosk=False)
    home = window.navigator.current_screen
    assert isinstance(home, HomeScreen)
    tap(qtbot, window.header.english_button, finger=True)  # a header button
    assert kiosk.language.language == "en"
    tap(qtbot, window.header.french_button, finger=True)
    tap(qtbot, home.finder_card, finger=True)  # a card
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    chip = finder.level_chips[2]
    tap(qtbot, chip, finger=True)  # a filter chip
    assert chip.isChecked() and finder.programme_filter.levels == {chip.value}
    first = finder.visible_programme_ids()[0]
    touch_card(finder.list_view, 0)  # a card painted in a list
    assert window.navigator.current == "programme" and window.navigator.history[-1].argument == first
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen)
    tap(qtbot, detail.simulate_button, finger=True)  # a push button
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    before = simulator.scenario().birth_date
    tap(qtbot, simulator.birth.plus, finger=True)  # a stepper
    assert simulator.scenario().birth_date > before
    tap(qtbot, simulator.contract_choice.chips["internship"], finger=True)  # a segmented choice
    assert simulator.contract_choice.value() == "internship"
    tap(qtbot, simulator.takeaway_button, finger=True)  # a dialog...
    assert len(open_dialogs()) == 1
    tap(qtbot, open_dialogs()[0].close_button, finger=True)  # ...and its buttons
    qtbot.waitUntil(lambda: not open_dialogs(), timeout=3000)
    tap(qtbot, window.header.back_button, finger=True)
    assert window.navigator.current == "programme"
    kiosk.shell.idle.start_countdown()  # an overlay
    tap(qtbot, kiosk.shell.countdown.continue_button, finger=True)
    assert not kiosk.shell.countdown.isVisible() and not kiosk.shell.idle.counting_down


def test_a_flick_scrolls_the_finder_and_the_programme_page(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    kiosk = make_kiosk(size=(1280, 560))  # short enough that both pages scroll
    window = kiosk.window
    window.navigator.go("finder")
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    viewport = finder.list_view.viewport()
    bar = finder.list_view.verticalScrollBar()
    assert bar.maximum() > 0
    touching.flick(viewport, QPoint(300, viewport.height() - 20), QPoint(300, 20))
    assert bar.value() > 0
    page = window.navigator.screen("programme")
    window.navigator.go("programme", kiosk.content.catalogue.programmes[1].id)
    assert isinstance(page, ProgrammeScreen)
    scroll = page.scroll_area
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    middle = scroll.viewport().rect().center()
    touching.flick(scroll.viewport(), middle + QPoint(0, 180), middle - QPoint(0, 180))
    assert bar.value() > 0


def test_a_flick_right_after_a_tap_scrolls(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """A visitor taps a card and flicks the page it opens at once: Qt would have taken that second
    press for a double click, which starts no flick."""
    kiosk = make_kiosk(size=(1280, 560))
    home = kiosk.window.navigator.current_screen
    assert isinstance(home, HomeScreen)
    touching.tap(home.institute_card, finger=True, hold_ms=0)
    page = kiosk.window.navigator.current_screen
    assert page is not None and kiosk.window.navigator.current == "institute"
    scroll = page.scroll_area  # type: ignore[attr-defined]
    middle = scroll.viewport().rect().center()
    touching.flick(scroll.viewport(), middle + QPoint(0, 180), middle - QPoint(0, 180))
    assert scroll.verticalScrollBar().value() > 0


def test_the_mouse_scrolls_too_by_dragging(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """A staff laptop at a fair has a mouse or a touchpad: dragging scrolls like a flick."""
    kiosk = make_kiosk(size=(1280, 560))
    kiosk.window.navigator.go("finder")
    finder = kiosk.window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    viewport = finder.list_view.viewport()
    touching.flick(viewport, QPoint(300, viewport.height() - 20), QPoint(300, 20), finger=False)
    assert finder.list_view.verticalScrollBar().value() > 0
    assert kiosk.window.navigator.current == "finder"  # a drag is not a tap on a card


def test_a_long_press_of_a_finger_on_the_brand_opens_the_pin_pad(qtbot: QtBot, kiosk: Kiosk) -> None:
    shell = kiosk.shell
    shell.store.update(with_pin(shell.store.settings, "2468"))
    shell.start(kiosk=True)
    wait_for_screens(qtbot, kiosk.window)  # a screen built during the short hold made it a long one
    brand = kiosk.window.header.brand
    touching.hold(brand, 60)  # shorter than the long press (150 ms in tests): nothing
    assert not shell.pin_pad.isVisible()
    touching.hold(brand, 400)
    assert shell.pin_pad.isVisible() and shell.pin_pad.state == "ready"
    for digit in "2468":
        tap(qtbot, shell.pin_pad.keys[digit], finger=True)
    tap(qtbot, shell.pin_pad.ok_button, finger=True)
    assert shell.staff_menu.isVisible()


def test_a_second_finger_during_a_tap_acts_once(qtbot: QtBot, kiosk: Kiosk) -> None:
    """A child's second finger, or a parent's hand resting on the screen: the first finger's tap
    acts once, the second finger acts on nothing, and nothing is left scrolling to eat the next tap
    (the home screen scrolls when it must: without the kiosk's one-finger filter, Qt took the two
    fingers for a fling)."""
    window = kiosk.window
    home = window.navigator.current_screen
    assert isinstance(home, HomeScreen)
    first = touching.Finger(home.finder_card, home.finder_card.rect().center())
    second = touching.Finger(home.contracts_card, home.contracts_card.rect().center(), number=1)
    first.press()
    touching.wait(30)
    second.press(first)
    touching.wait(30)
    second.release(first)
    touching.wait(30)
    first.release()
    QApplication.processEvents()
    assert [visit.screen for visit in window.navigator.history] == ["home", "finder"]
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    tap(qtbot, finder.level_chips[0], finger=True)  # and the next tap works
    assert finder.level_chips[0].isChecked()
