"""Large text, high contrast, accessible names, and the keyboard alone through finder → detail → simulator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListView, QTableView, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.presets import preset_for_programme
from kiosk.ui.accessibility import style_sheet
from kiosk.ui.colours import colours_of
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from kiosk.ui.shell.shell import KioskShell
from tests.ui.helpers import tap


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QAbstractButton | QListView | QTableView):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName().strip() or text.strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_every_screen_has_a_name(qtbot: QtBot, window: KioskWindow, catalogue: Catalogue) -> None:
    programme = catalogue.programmes[3]
    arguments = {"programme": programme.id, "simulator": preset_for_programme(catalogue, programme)}
    for name in window.navigator.names():
        window.navigator.go(name, arguments.get(name))
        QApplication.processEvents()
        assert unnamed_controls(window) == [], name
    window.navigator.go("simulator")
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    for view in ("table", "compare"):
        tap(qtbot, simulator.view_choice.chips[view])
        assert unnamed_controls(window) == [], view
    dialog = simulator.open_takeaway()
    assert dialog is not None
    assert unnamed_controls(dialog) == [] and dialog.qr.accessibleName()
    dialog.close()


def test_display_modes_from_the_header(qtbot: QtBot, window: KioskWindow, shell: KioskShell) -> None:
    header = window.header
    base = window.metrics
    assert header.large_text_button.isVisible() and header.contrast_button.isVisible()
    assert header.large_text_button.height() >= base.touch and header.large_text_button.width() >= base.touch
    home = window.navigator.current_screen
    assert home is not None
    title = home.welcome  # type: ignore[attr-defined]
    size = title.font().pixelSize()
    tap(qtbot, header.large_text_button)
    large = window.metrics
    assert window.accessibility.large_text and large.text > base.text and large.scale == base.scale
    assert header.styleSheet() == home.styleSheet() == style_sheet(large) and title.font().pixelSize() > size * 1.2
    tap(qtbot, header.contrast_button)
    assert home.styleSheet() == style_sheet(large, high_contrast=True) and "#ffd400" in home.styleSheet()
    shell.idle.timed_out.emit()  # the next visitor starts with the house theme
    assert not window.accessibility.large_text and not window.accessibility.high_contrast
    assert not header.large_text_button.isChecked() and not header.contrast_button.isChecked()
    window.navigator.home()
    assert home.styleSheet() == style_sheet(base) and title.font().pixelSize() == size


def looks(widget: QWidget) -> tuple[int, str]:
    """The font size and the text colour of the first label ``widget`` shows."""
    label = next(label for label in widget.findChildren(QLabel) if label.isVisible() and label.text())
    return label.font().pixelSize(), label.palette().color(QPalette.ColorRole.WindowText).name()


def test_every_screen_overlay_and_card_switches_both_ways(qtbot: QtBot, kiosk: Kiosk, catalogue: Catalogue) -> None:
    """Large text and high contrast, on and off, reach every screen (those built before hidden
    behind the one in view included), the shell's overlays, a dialog and the painted cards."""
    window, shell = kiosk.window, kiosk.shell
    navigator = window.navigator
    programme = catalogue.programmes[3]
    arguments = {"programme": programme.id, "simulator": preset_for_programme(catalogue, programme)}
    names = [name for name in navigator.names() if name != "attract"]

    def everything() -> dict[str, tuple[int, str]]:
        seen = {}
        for name in names:
            navigator.go(name, arguments.get(name))
            QApplication.processEvents()
            seen[name] = looks(window.stack.currentWidget())
        finder = navigator.screen("finder")
        assert isinstance(finder, FinderScreen)
        navigator.go("finder")
        QApplication.processEvents()
        delegate = finder.list_view.itemDelegate()
        card = finder.list_view.visualRect(finder.model.index(0, 0))
        seen["cards"] = (delegate.card_height(finder.model.index(0, 0)), colours_of(finder).panel)  # type: ignore[attr-defined]
        assert card.height() == seen["cards"][0]
        shell.idle.start_countdown()
        seen["countdown"] = looks(shell.countdown)
        shell.close_overlays()
        navigator.go("programme", programme.id)
        screen = navigator.current_screen
        assert isinstance(screen, ProgrammeScreen)
        dialog = screen.open_takeaway()
        assert dialog is not None
        seen["takeaway"] = looks(dialog)
        dialog.close()
        return seen

    base = everything()
    header = window.header
    for button, changes in ((header.large_text_button, 0), (header.contrast_button, 1)):
        navigator.home()
        tap(qtbot, button)  # on, from the home screen: the others were built before, and are hidden
        changed = everything()
        for name, value in base.items():
            assert changed[name][changes] != value[changes], name
        tap(qtbot, button)  # off, from the take-home dialog's programme screen
        assert everything() == base


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)
    QApplication.processEvents()


def tab_to(qtbot: QtBot, window: KioskWindow, target: QWidget, limit: int = 200) -> None:
    """Press Tab until ``target`` has the keyboard focus."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        focused = QApplication.focusWidget() or window
        press(qtbot, focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName()}")


def test_keyboard_only_finder_to_detail_to_simulator(qtbot: QtBot, window: KioskWindow) -> None:
    window.activateWindow()
    window.navigator.go("finder")
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    window.header.back_button.setFocus()
    chip = finder.level_chips[1]
    tab_to(qtbot, window, chip)
    press(qtbot, chip, Qt.Key.Key_Space)
    assert chip.isChecked()
    tab_to(qtbot, window, finder.list_view)
    assert finder.list_view.currentIndex().isValid()
    press(qtbot, finder.list_view, Qt.Key.Key_Down)
    press(qtbot, finder.list_view, Qt.Key.Key_Return)
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen) and detail.programme is not None
    assert detail.programme.level == "M1"
    tab_to(qtbot, window, detail.simulate_button)
    press(qtbot, detail.simulate_button, Qt.Key.Key_Space)
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen) and simulator.result is not None
    before = simulator.scenario().birth_date
    tab_to(qtbot, window, simulator.birth.plus)
    press(qtbot, simulator.birth.plus, Qt.Key.Key_Space)
    assert simulator.scenario().birth_date > before
    tab_to(qtbot, window, simulator.takeaway_button)
    press(qtbot, simulator.takeaway_button, Qt.Key.Key_Space)
    dialogs = [w for w in window.findChildren(QWidget, "takeaway_dialog") if w.isVisible()]
    assert len(dialogs) == 1
    press(qtbot, dialogs[0], Qt.Key.Key_Return)  # "Close" is the default button
    assert not [w for w in window.findChildren(QWidget, "takeaway_dialog") if w.isVisible()]


def test_no_focus_frame_until_a_key_is_used(qtbot: QtBot, kiosk: Kiosk) -> None:
    """At start, and after any number of taps, no control has the keyboard focus (no frame shows);
    the first Tab gives one the focus, and its frame."""
    window = kiosk.window
    kiosk.shell.start(kiosk=False)
    window.activateWindow()
    qtbot.waitActive(window)
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QAbstractButton | QListView)
    home = window.navigator.current_screen
    tap(qtbot, home.finder_card, finger=True)  # type: ignore[union-attr]
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    tap(qtbot, finder.level_chips[0], finger=True)
    tap(qtbot, finder.level_chips[1])
    assert not isinstance(QApplication.focusWidget(), QAbstractButton | QListView)
    press(qtbot, QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QAbstractButton | QListView)
