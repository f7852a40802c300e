"""The pay simulator, driven by taps: the figures shown are the engine's for the same inputs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import compare, run_scenario
from kiosk.ui.formatting import parse_money
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.simulator import SimulatorScreen, SourcesDialog
from kiosk.ui.widgets.inputs import NumericPad
from tests.ui.helpers import tap, visible_texts, when_dialog_opens


def open_simulator(qtbot: QtBot, window: KioskWindow, contract: str) -> SimulatorScreen:
    """Home → contracts → "simulate" on one contract: two taps."""
    tap(qtbot, window.navigator.screen("home").contracts_card)  # type: ignore[attr-defined]
    contracts = window.navigator.current_screen
    column = next(c for c in contracts.columns if c.contract.id == contract)  # type: ignore[union-attr]
    tap(qtbot, column.simulate_button)
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    return screen


def shown_monthly(screen: SimulatorScreen) -> Decimal:
    return parse_money(screen.figure_label.text())


def expected_month(screen: SimulatorScreen, legal: LegalFigures) -> Decimal:
    result = run_scenario(legal, screen.scenario())
    month = result.month_on(date.today())
    assert month is not None
    return month.gross


def test_a_figure_shows_at_once_with_the_defaults(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    assert screen.result is not None and screen.result.ok
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert "SMIC" in screen.figure_detail.text()
    assert screen.net_label.text().startswith("Environ")  # the net figure is labelled as an estimate
    assert "estimation" in screen.net_label.text()
    assert screen.table_model.rowCount() == 12


@pytest.mark.parametrize("taps", [3, 30, 60])
def test_steppers_change_the_figure_to_the_engines(
    qtbot: QtBot, window: KioskWindow, legal: LegalFigures, taps: int
) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    for _ in range(taps):
        tap(qtbot, screen.birth.plus)  # younger visitor: the rate changes with the age bracket
    tap(qtbot, screen.years.chips["3"])
    assert screen.scenario().contract_years == (3,)
    result = run_scenario(legal, screen.scenario())
    assert screen.result == result
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert screen.table_model.rowCount() == 36
    gross_column = [screen.table_model.index(r, 5).data() for r in range(36)]
    assert [parse_money(text) for text in gross_column] == [m.gross for m in result.months]


def test_public_employer_for_professionalisation_is_a_plain_sentence(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_simulator(qtbot, window, "professionalisation")
    tap(qtbot, screen.employer.chips["public"])
    assert screen.figure_label.text() == "—"
    assert "employeurs publics" in screen.figure_detail.text()
    assert not screen.views.isVisible(), "no empty chart under a refusal"
    tap(qtbot, screen.employer.chips["private"])
    assert screen.figure_label.text() != "—"


def test_too_old_for_apprenticeship_offers_the_exceptions(
    qtbot: QtBot, window: KioskWindow, legal: LegalFigures
) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    assert not screen.rows["exception"].isVisible()
    for _ in range(10 * 12):
        if screen.rows["exception"].isVisible():
            break
        tap(qtbot, screen.birth.minus)
    assert screen.rows["exception"].isVisible()
    assert screen.figure_label.text() == "—"
    assert "30" in screen.figure_detail.text() or "exception" in screen.figure_detail.text()
    tap(qtbot, screen.exception.chips["disabled-worker"])
    assert screen.figure_label.text() != "—"
    assert shown_monthly(screen) == expected_month(screen, legal)


def test_internship_gratification_matches_the_engine(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "internship")
    result = run_scenario(legal, screen.scenario())
    assert result.due
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert parse_money(screen.figure_detail.text().split("·")[1].split(" au total")[0]) == result.total_due
    for _ in range(5):  # the end moves back from February to September: a few weeks only
        tap(qtbot, screen.internship_end.minus)
    result = run_scenario(legal, screen.scenario())
    assert not result.due
    assert shown_monthly(screen) == Decimal(0)
    assert "308" in screen.figure_detail.text()


def test_training_contract_explains_why_there_is_no_figure(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_simulator(qtbot, window, "training")
    assert screen.figure_label.text() == "Pas de barème légal"
    assert "France Travail" in screen.training_text.text()
    assert not screen.view_choice.isVisible()


def test_comparison_shows_each_contract_for_the_same_visitor(
    qtbot: QtBot, window: KioskWindow, legal: LegalFigures
) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    tap(qtbot, screen.view_choice.chips["compare"])
    for result in compare(legal, screen.scenario()).results:
        column = screen.comparison_columns[result.contract]
        assert column.isVisible()
        assert parse_money(column.total.text()) == result.total_due
        first = result.first_month
        assert first is not None and parse_money(column.monthly.text()) == first.gross


def test_agreement_minimum_from_the_touch_pad(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    pressed: list[str] = []

    def type_amount(pad: NumericPad) -> None:  # type: ignore[override]
        for key in "3000":
            pad.press(key)
            pressed.append(key)
        pad.ok_button.click()

    when_dialog_opens(NumericPad, type_amount)  # type: ignore[arg-type]
    tap(qtbot, screen.agreement_button)
    qtbot.waitUntil(lambda: len(pressed) == 4)
    QApplication.processEvents()
    assert screen.scenario().agreement_minimum == Decimal(3000)
    # From 21 the base is the agreement minimum: the explanation names it, and its figures multiply
    # to the pay shown (D6222-26).
    assert "3\u202f000,00\u202f€" in screen.figure_detail.text()
    assert "minimum conventionnel" in screen.figure_detail.text()
    assert shown_monthly(screen) == (Decimal(3000) * Decimal("0.53")).quantize(Decimal("0.01"))
    assert "3" in screen.agreement_button.text() and "000" in screen.agreement_button.text()
    assert shown_monthly(screen) == expected_month(screen, legal)


def test_numeric_pad_keys() -> None:
    pad = NumericPad("Montant", None)
    for key in ("0", "1", "2", ",", "5", "0", "9", "⌫"):
        pad.press(key)
    assert pad.value() == Decimal("12.5")
    pad.press(",")
    assert pad.value() == Decimal("12.5")
    empty = NumericPad("Montant", Decimal("10"))
    for _ in range(3):
        empty.press("⌫")
    assert empty.value() is None


def test_sources_are_one_tap_away(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    seen: list[str] = []

    def read_and_close(dialog: SourcesDialog) -> None:
        seen.extend(dialog.lines)  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(SourcesDialog, read_and_close)  # type: ignore[arg-type]
    tap(qtbot, screen.sources_button)
    qtbot.waitUntil(lambda: bool(seen))
    assert any("D6222-26" in line for line in seen)
    assert any("SMIC" in line and "en vigueur le" in line for line in seen)


def test_simulator_opened_from_a_programme_is_preset(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    window.navigator.go("finder")
    window.navigator.go("programme", "m1-management-etablissements-sanitaires-sociaux")
    detail = window.navigator.current_screen
    tap(qtbot, detail.simulate_button)  # type: ignore[union-attr]
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    assert screen.contract_choice.value() == "apprenticeship"
    assert screen.years.value() == "2"
    assert screen.scenario().contract_years == (1, 1)
    assert "Master 1 Management des établissements sanitaires et sociaux" in screen.preset_label.text()
    assert "M1 puis M2" in screen.preset_label.text()
    result = run_scenario(legal, screen.scenario())
    assert len(result.months) == 24 and "contract" in result.months[12].changes
    assert shown_monthly(screen) == expected_month(screen, legal)
    texts = visible_texts(screen)
    assert any("Simulation pour" in t for t in texts)


def test_english_figures_and_labels(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    tap(qtbot, window.header.english_button)
    assert screen.figure_label.text().startswith("€")
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert screen.contract_choice.chips["apprenticeship"].text() == "Apprenticeship"
    assert screen.view_choice.chips["table"].text() == "Month by month"
