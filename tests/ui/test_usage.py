"""The usage counts follow what visitors do, not what the kiosk does on its own (resets, wake-ups)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import KioskContent, register_screens
from kiosk.data.stats import UsageStats, stats_path
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.contracts import ContractsScreen
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from kiosk.ui.shell.shell import KioskShell
from kiosk.usage import UsageRecorder
from tests.ui.helpers import tap


@pytest.fixture
def stats(tmp_path: Path) -> Iterator[UsageStats]:
    usage = UsageStats(stats_path(tmp_path))
    yield usage
    usage.close()


@pytest.fixture
def recorder(window: KioskWindow, stats: UsageStats) -> UsageRecorder:
    usage = UsageRecorder(stats, today=lambda: date(2026, 5, 4), parent=window)
    usage.watch_window(window, window.language)
    return usage


def counts(stats: UsageStats) -> dict[tuple[str, str], int]:
    return {(row.event, row.key): row.count for row in stats.rows()}


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


def test_a_simulation_opened_with_a_preset_counts_in_its_own_visit(
    qtbot: QtBot, window: KioskWindow, recorder: UsageRecorder, stats: UsageStats
) -> None:
    open_contracts(qtbot, window)
    simulate(qtbot, window, "internship")
    assert counts(stats)[("simulation", "internship")] == 1  # the first time too

    tap(qtbot, window.header.back_button)
    simulator = simulate(qtbot, window, "apprenticeship")
    tap(qtbot, simulator.birth.plus)  # the same simulation in the same visit
    assert counts(stats)[("simulation", "apprenticeship")] == 1

    tap(qtbot, window.header.back_button)
    simulate(qtbot, window, "apprenticeship")  # a new visit, a new simulation
    rows = counts(stats)
    assert rows[("simulation", "apprenticeship")] == 2 and rows[("simulation", "internship")] == 1
    assert rows[("screen", "simulator")] == 3


def test_an_idle_reset_on_the_simulator_counts_no_simulation(
    qtbot: QtBot, shell: KioskShell, recorder: UsageRecorder, stats: UsageStats
) -> None:
    recorder.watch_shell(shell)
    shell.start(kiosk=False)
    window = shell.window
    open_contracts(qtbot, window)
    simulator = simulate(qtbot, window, "internship")
    tap(qtbot, simulator.hours.plus)
    before = counts(stats)

    shell.idle.time_out()  # the visitor left: the simulator goes back to its apprenticeship default
    assert shell.navigator.current == "attract"
    assert simulator.contract_choice.value() == "apprenticeship"

    rows = counts(stats)
    assert ("simulation", "apprenticeship") not in rows
    assert rows[("idle_reset", "")] == 1
    assert {key: count for key, count in rows.items() if key != ("idle_reset", "")} == before


def test_one_touch_on_the_attract_screen_opens_home_once(
    qtbot: QtBot, shell: KioskShell, recorder: UsageRecorder, stats: UsageStats
) -> None:
    recorder.watch_shell(shell)
    shell.start(kiosk=False)
    shell.idle.time_out()
    attract = shell.navigator.current_screen
    assert isinstance(attract, AttractScreen)
    before = counts(stats).get(("screen", "home"), 0)
    qtbot.mouseClick(attract.touch_prompt, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert shell.navigator.current == "home"
    assert [visit.screen for visit in shell.navigator.history] == ["home"]
    assert counts(stats)[("screen", "home")] == before + 1


def test_a_catalogue_reload_drops_the_old_screens(
    qtbot: QtBot,
    window: KioskWindow,
    recorder: UsageRecorder,
    stats: UsageStats,
    catalogue: Catalogue,
    legal: LegalFigures,
) -> None:
    campus = ""
    for _ in range(3):
        home = window.navigator.current_screen
        assert isinstance(home, HomeScreen)
        tap(qtbot, home.finder_card)
        finder = window.navigator.current_screen
        assert isinstance(finder, FinderScreen)
        tap(qtbot, finder.campus_chips[0])
        campus = finder.campus_chips[0].value
        # What the staff menu's "reload the catalogue" does (see kiosk.app.build_shell).
        window.navigator.clear()
        register_screens(window, KioskContent(catalogue, legal), window.language)
        window.navigator.home()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    assert len(recorder._filters) == 0 and len(recorder._watched) == 1  # only the new home screen
    assert counts(stats)[("filter", f"campus:{campus}")] == 3
