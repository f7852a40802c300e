"""A short monkey run: the sweep reaches every screen and dialog, random actions raise nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue
from kiosk.ui.monkey import MonkeyDriver
from kiosk.ui.shell.shell import KioskShell


def test_the_sweep_then_three_hundred_random_actions_raise_no_exception(
    qtbot: QtBot, shell: KioskShell, catalogue: Catalogue, kiosk_data_dir: Path
) -> None:
    shell.start(kiosk=False)
    report = MonkeyDriver(shell, actions=300, seed=3, samples=3).run()
    assert report.exceptions == 0
    assert sum(report.counts.values()) == 300
    assert {"tap_button", "switch_language"} <= set(report.counts)

    # The sweep went everywhere a visitor can go before the baseline was taken: every state of
    # kiosk.ui.sweep (every screen, programme, simulator contract and view, dialog and overlay),
    # tapping every button of each, down to the printed copy (saved as a PDF: no printer here).
    from kiosk.ui.sweep import Sweep

    assert report.swept == [state.name for state in Sweep(shell, catalogue).states()]
    screens = {state.split("+")[0].split(":")[0].split("/")[0] for state in report.swept}
    assert set(shell.navigator.names()) <= screens
    assert {f"programme:{p.id}" for p in catalogue.programmes} <= set(report.swept)
    dialogs = {state.split("/")[1] for state in report.swept if "/" in state}
    assert {"takeaway", "sources", "number_pad"} <= dialogs
    contracts = ("apprenticeship", "professionalisation", "internship", "training")
    assert {f"simulator+{contract}" for contract in contracts} <= set(report.swept)
    assert len(list((kiosk_data_dir / "summaries").glob("*.pdf"))) >= len(catalogue.programmes)
    assert report.sweep_taps > 100
    assert report.baseline.rss > 0 and report.end.rss > 0
    assert [done for done, _ in report.samples] == [100, 200]  # readings along the way, evenly spaced
    assert all(reading.rss > 0 for _, reading in report.samples)


def test_the_monkey_is_repeatable(qtbot: QtBot, shell: KioskShell) -> None:
    """The same seed taps the same widgets and touches the same points, and leaves the visitor in
    the same places (a failure found by a long run can be replayed); another seed goes elsewhere."""

    def trace(seed: int) -> list[str]:
        shell.reset_for_next_visitor()
        shell.navigator.home()
        return MonkeyDriver(shell, actions=40, seed=seed, sweep=False).run().trace

    shell.start(kiosk=False)
    first = trace(11)
    assert len([step for step in first if step.startswith(("tap ", "touch "))]) >= 30
    assert len({step.split(" -> ")[1] for step in first if " -> " in step}) >= 3  # it went places
    assert trace(11) == first
    assert trace(12) != first
