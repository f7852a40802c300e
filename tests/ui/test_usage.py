"""The usage counts follow what visitors do, not what the kiosk does on its own (resets, wake-ups),
and reach the disk between visitors, not at every tap."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.usage import UsageCount, UsageEvent
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.contracts import ContractsScreen
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import tap

DAY = date(2026, 5, 4)


@pytest.fixture
def counted(make_kiosk: KioskFactory) -> Kiosk:
    """A kiosk counting into the usage file of its data folder, on a fixed day."""
    return make_kiosk(assemble={"today": lambda: DAY})


def counts(kiosk: Kiosk) -> dict[tuple[str, str], int]:
    """What the usage file holds once the kiosk has written its tally (as between two visitors)."""
    kiosk.usage.write()
    stats = UsageStats(stats_path(kiosk.options.data_dir))
    try:
        return {(row.event, row.key): row.count for row in stats.rows()}
    finally:
        stats.close()


def simulate(qtbot: QtBot, window: KioskWindow, contract: str) -> SimulatorScreen:
    """From the contracts screen, tap "Simulate the pay" under ``contract``."""
    contracts = window.navigator.current_screen
    assert isinstance(contracts, ContractsScreen)
    tap(qtbot, next(c.simulate_button for c in contracts.columns if c.contract.id == contract))
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    return simulator


def open_contracts(qtbot: QtBot, window: KioskWindow) -> None:
    home = window.navigator.current_screen
    assert isinstance(home, HomeScreen)
    tap(qtbot, home.contracts_card)


def test_what_a_visitor_does_is_counted(qtbot: QtBot, counted: Kiosk) -> None:
    window = counted.window
    tap(qtbot, window.navigator.screen("home").finder_card)  # type: ignore[attr-defined]
    finder = window.navigator.current_screen
    assert isinstance(finder, FinderScreen)
    tap(qtbot, finder.campus_chips[0])
    tap(qtbot, finder.campus_chips[0])  # off again: not a new filter
    finder.clear_filters()
    programme_id = finder.visible_programme_ids()[0]
    window.navigator.go("programme", programme_id)
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen)
    tap(qtbot, detail.simulate_button)
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    tap(qtbot, simulator.birth.plus)  # the same simulation, not a new one
    tap(qtbot, simulator.contract_choice.chips["internship"])
    tap(qtbot, window.header.english_button)
    tap(qtbot, window.header.english_button)  # the language already shown: not a switch
    window.language.set_language("fr")  # a reset's return to French is not a visitor's switch
    summary = dict(counted.usage.today_summary())  # the staff menu sees what is not written yet
    assert summary["simulation"] == 2 and summary["idle_reset"] == 0 and summary["screen"] == 3
    rows = counts(counted)
    assert rows[("screen", "finder")] == 1 and rows[("screen", "programme")] == 1
    assert rows[("programme", programme_id)] == 1
    assert rows[("filter", f"campus:{finder.campus_chips[0].value}")] == 1
    assert rows[("simulation", "apprenticeship")] == 1 and rows[("simulation", "internship")] == 1
    assert rows[("language", "en")] == 1 and ("language", "fr") not in rows
    assert dict(counted.usage.today_summary()) == summary  # written now, counted once


def test_counts_reach_the_disk_between_visitors_and_at_exit(qtbot: QtBot, counted: Kiosk) -> None:
    stats = UsageStats(stats_path(counted.options.data_dir))
    try:
        counted.shell.start(kiosk=False)
        open_contracts(qtbot, counted.window)
        assert stats.rows() == []  # a tap never waits for the disk
        counted.shell.idle.time_out()  # the visitor left
        written = {(row.event, row.key): row.count for row in stats.rows()}
        assert written == {("screen", "contracts"): 1, ("idle_reset", ""): 1}
        QApplication.processEvents()
        tap(qtbot, counted.window)  # wakes the kiosk: home
        assert stats.totals(DAY)[UsageEvent.SCREEN] == 1
        counted.stop()  # the kiosk quits
        assert stats.totals(DAY)[UsageEvent.SCREEN] == 2
    finally:
        stats.close()


class BrokenStore:
    """A store on a full disk: every write fails, until it does not."""

    def __init__(self) -> None:
        self.full = True
        self.written: list[UsageCount] = []

    def add_counts(self, counts: Iterable[UsageCount]) -> None:
        if self.full:
            raise OSError(28, "No space left on device")
        self.written.extend(counts)

    def totals(self, day: date) -> dict[UsageEvent, int]:
        raise OSError(5, "Input/output error")


def test_a_full_disk_loses_no_count_and_never_reaches_the_visitor(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    store = BrokenStore()
    kiosk = make_kiosk(assemble={"usage_store": store, "today": lambda: DAY})
    kiosk.shell.start(kiosk=False)
    open_contracts(qtbot, kiosk.window)
    kiosk.shell.idle.time_out()  # the write fails: logged, kept
    assert kiosk.shell.errors.count == 0 and not kiosk.shell.banner.isVisible()
    assert dict(kiosk.usage.today_summary())["screen"] == 1  # unreadable store: the tally still shows
    store.full = False
    kiosk.usage.write()
    assert {(row.event, row.key, row.count) for row in store.written} == {
        (UsageEvent.SCREEN, "contracts", 1),
        (UsageEvent.IDLE_RESET, "", 1),
    }


def test_a_simulation_opened_with_a_preset_counts_in_its_own_visit(qtbot: QtBot, counted: Kiosk) -> None:
    window = counted.window
    open_contracts(qtbot, window)
    simulate(qtbot, window, "internship")
    assert counts(counted)[("simulation", "internship")] == 1  # the first time too

    tap(qtbot, window.header.back_button)
    simulator = simulate(qtbot, window, "apprenticeship")
    tap(qtbot, simulator.birth.plus)  # the same simulation in the same visit
    assert counts(counted)[("simulation", "apprenticeship")] == 1

    tap(qtbot, window.header.back_button)
    simulate(qtbot, window, "apprenticeship")  # a new visit, a new simulation
    rows = counts(counted)
    assert rows[("simulation", "apprenticeship")] == 2 and rows[("simulation", "internship")] == 1
    assert rows[("screen", "simulator")] == 3


def test_an_idle_reset_on_the_simulator_counts_no_simulation(qtbot: QtBot, counted: Kiosk) -> None:
    shell = counted.shell
    shell.start(kiosk=False)
    window = shell.window
    open_contracts(qtbot, window)
    simulator = simulate(qtbot, window, "internship")
    tap(qtbot, simulator.hours.plus)
    before = counts(counted)

    shell.idle.time_out()  # the visitor left: the simulator goes back to its apprenticeship default
    assert shell.navigator.current == "attract"
    assert simulator.contract_choice.value() == "apprenticeship"

    rows = counts(counted)
    assert ("simulation", "apprenticeship") not in rows
    assert rows[("idle_reset", "")] == 1
    assert {key: count for key, count in rows.items() if key != ("idle_reset", "")} == before


def test_one_touch_on_the_attract_screen_opens_home_once(qtbot: QtBot, counted: Kiosk) -> None:
    shell = counted.shell
    shell.start(kiosk=False)
    shell.idle.time_out()
    attract = shell.navigator.current_screen
    assert isinstance(attract, AttractScreen)
    before = counts(counted).get(("screen", "home"), 0)
    qtbot.mouseClick(attract.touch_prompt, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert shell.navigator.current == "home"
    assert [visit.screen for visit in shell.navigator.history] == ["home"]
    assert counts(counted)[("screen", "home")] == before + 1


def test_the_finder_of_a_reloaded_catalogue_counts_its_chips_afresh(qtbot: QtBot, counted: Kiosk) -> None:
    window = counted.window
    campus = ""
    for _ in range(3):
        home = window.navigator.current_screen
        assert isinstance(home, HomeScreen)
        tap(qtbot, home.finder_card)
        finder = window.navigator.current_screen
        assert isinstance(finder, FinderScreen)
        tap(qtbot, finder.campus_chips[0])
        campus = finder.campus_chips[0].value
        counted.shell.reload_catalogue()  # what the staff menu's "reload the catalogue" does
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    assert counts(counted)[("filter", f"campus:{campus}")] == 3


def test_a_key_that_could_hold_free_text_is_refused_and_never_raised(counted: Kiosk) -> None:
    counted.usage.count(UsageEvent.SCREEN, "not allowed 2005")
    assert counts(counted) == {}
