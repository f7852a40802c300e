"""The pay simulator, driven by taps: the figures shown are the engine's for the same inputs."""

from __future__ import annotations

import io
import re
import tokenize
from collections import deque
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.kinds import ScreenName
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.inputs import DEFAULT_BIRTH_MONTH, ExceptionKind, offered_birth_years
from kiosk.domain.pay.scenarios import MonthFigure, compare, run_scenario
from kiosk.domain.presets import preset_for_programme
from kiosk.ui.formatting import parse_money
from kiosk.ui.layout_check import check_surface, describe
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.models.schedule import ScheduleTableModel
from kiosk.ui.printing import SummaryPages
from kiosk.ui.screens import simulator as simulator_package
from kiosk.ui.screens.simulator import NumericPad, SimulatorScreen, SourcesDialog
from kiosk.ui.screens.simulator.form import YEAR_JUMP, BirthDatePicker
from kiosk.ui.widgets.overlay import open_dialogs
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import opened_dialog, plain, tap, visible_texts

#: A fixed day for the screens built here: the next September is 1 September 2026.
TODAY = date(2026, 6, 1)
MDOMC_M2 = "m2-management-droit-organisations-manifestations-culturelles"
MESS_M1 = "m1-management-etablissements-sanitaires-sociaux"


def open_simulator(qtbot: QtBot, window: KioskWindow, contract: str) -> SimulatorScreen:
    """Home → contracts → "simulate" on one contract: two taps."""
    tap(qtbot, window.navigator.screen("home").contracts_card)  # type: ignore[attr-defined]
    contracts = window.navigator.current_screen
    column = next(c for c in contracts.columns if c.contract.id == contract)  # type: ignore[union-attr]
    tap(qtbot, column.simulate_button)
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    return screen


@pytest.fixture
def screen(make_kiosk: KioskFactory) -> SimulatorScreen:
    """The simulator of a kiosk assembled on a fixed day (the ``window`` fixture's uses the real one)."""
    kiosk = make_kiosk(assemble={"today": lambda: TODAY})
    kiosk.window.navigator.go(ScreenName.SIMULATOR)
    simulator = kiosk.window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    return simulator


def shown_monthly(screen: SimulatorScreen) -> Decimal:
    return parse_money(screen.panel.figure_label.text())


def expected_month(screen: SimulatorScreen, legal: LegalFigures, today: date | None = None) -> Decimal:
    result = run_scenario(legal, screen.scenario())
    month = result.headline_month(today or date.today())
    assert month is not None
    return month.gross


COLUMNS = {"due": "Brut dû", "gross": "Minimum du mois complet", "days": "Jours", "percent": "% du SMIC", "age": "Âge"}


def column(screen: SimulatorScreen, key: str) -> list[str]:
    """The cells of the table's column titled as the French visitor reads it."""
    model = screen.panel.table_model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    index = titles.index(COLUMNS[key])
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_a_figure_shows_at_once_with_the_defaults(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    assert screen.result is not None and screen.result.ok
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert "SMIC" in screen.panel.figure_detail.text()
    assert screen.panel.net_label.text().startswith("Environ")  # the net figure is labelled as an estimate
    assert "estimation" in screen.panel.net_label.text()
    assert screen.panel.table_model.rowCount() == 12


@pytest.mark.parametrize("taps", [1, 2, 4])
def test_steppers_change_the_figure_to_the_engines(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures, taps: int
) -> None:
    for _ in range(taps):
        tap(qtbot, screen.birth.plus)  # younger visitor: the rate changes with the age bracket
    tap(qtbot, screen.form.years.chips["3"])
    assert screen.scenario().contract_years == (3,)
    result = run_scenario(legal, screen.scenario())
    assert screen.result == result
    assert shown_monthly(screen) == expected_month(screen, legal, TODAY)
    assert screen.panel.table_model.rowCount() == 36
    assert [parse_money(text) for text in column(screen, "due")] == [m.due for m in result.months]


def test_the_table_is_measured_only_when_shown(
    qtbot: QtBot, screen: SimulatorScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind the chart, a new schedule asks the table for no cell; shown, its columns hold their
    texts, and each cell's text is worked out once per schedule."""
    worked_out: list[tuple[int, int, str]] = []
    text_of = ScheduleTableModel._text

    def counting(model: ScheduleTableModel, month: MonthFigure, key: str) -> str:
        worked_out.append((month.year, month.month, key))
        return text_of(model, month, key)

    monkeypatch.setattr(ScheduleTableModel, "_text", counting)
    assert screen.view_choice.value() == "chart"
    for _ in range(3):
        tap(qtbot, screen.months.plus) if screen.months.isVisible() else tap(qtbot, screen.birth.plus)
    tap(qtbot, screen.form.years.chips["2"])
    assert worked_out == []
    tap(qtbot, screen.view_choice.chips["table"])
    table = screen.panel.table
    model = screen.panel.table_model
    assert model.rowCount() == 24 and worked_out
    assert len(worked_out) == len(set(worked_out)) <= model.rowCount() * model.columnCount()
    header = table.horizontalHeader()
    for column in range(model.columnCount() - 1):  # the last one stretches
        widest = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= widest
    tap(qtbot, screen.form.years.chips["3"])  # shown: measured again at once
    assert model.rowCount() == 36
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)


@pytest.mark.parametrize("contract", ["apprenticeship", "internship"])
@pytest.mark.parametrize("large_text", [False, True])
def test_the_table_takes_the_sizes_qt_would_give_it(
    qtbot: QtBot, screen: SimulatorScreen, contract: str, large_text: bool
) -> None:
    """The table sizes its columns and rows from the widest text of each column (Qt's own sizing
    asks the model for every cell): the sizes are those of Qt's ``resize...ToContents``."""
    window = screen.window()
    assert isinstance(window, KioskWindow)
    window.accessibility.set_large_text(large_text)
    tap(qtbot, screen.contract_choice.chips[contract])
    tap(qtbot, screen.view_choice.chips["table"])
    QApplication.processEvents()
    table = screen.panel.table
    model = screen.panel.table_model
    assert model.rowCount() >= 2
    header = table.horizontalHeader()
    ours = (
        [header.sectionSize(c) for c in range(model.columnCount() - 1)],
        [table.rowHeight(r) for r in range(model.rowCount())],
    )
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    qts = (
        [header.sectionSize(c) for c in range(model.columnCount() - 1)],
        [table.rowHeight(r) for r in range(model.rowCount())],
    )
    assert ours == qts


def test_a_language_switch_relabels_the_table_in_place(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """A language switch changes every text of the table, not its months: the model says that its
    header and cells changed, and is not reset (a reset lays the table out again after the
    window's paint, which then paints the table a second time); the columns hold the new texts."""
    window = screen.window()
    assert isinstance(window, KioskWindow)
    tap(qtbot, screen.view_choice.chips["table"])
    QApplication.processEvents()
    table = screen.panel.table
    model = screen.panel.table_model
    rows = model.rowCount()
    french_month = model.data(model.index(0, 0))
    resets: list[bool] = []
    relabelled: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last: relabelled.append((last.row() - first.row() + 1, last.column() + 1)))
    tap(qtbot, window.header.english_button)
    QApplication.processEvents()
    assert resets == []
    assert relabelled == [(rows, model.columnCount())]
    assert model.rowCount() == rows
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Month"
    english_month = model.data(model.index(0, 0))
    assert english_month != french_month and re.fullmatch(r"[A-Z][a-z]+ \d{4}", english_month), english_month
    header = table.horizontalHeader()
    ours = [header.sectionSize(c) for c in range(model.columnCount() - 1)]
    table.resizeColumnsToContents()
    assert ours == [header.sectionSize(c) for c in range(model.columnCount() - 1)]
    tap(qtbot, screen.form.years.chips["3"])  # a new schedule: a reset, as before
    assert resets == [True] and model.rowCount() == 36


def test_public_employer_for_professionalisation_is_a_plain_sentence(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_simulator(qtbot, window, "professionalisation")
    tap(qtbot, screen.employer.chips["public"])
    assert screen.panel.figure_label.text() == "—"
    assert "employeurs publics" in screen.panel.figure_detail.text()
    assert not screen.panel.views.isVisible(), "no empty chart under a refusal"
    tap(qtbot, screen.employer.chips["private"])
    assert screen.panel.figure_label.text() != "—"


def test_too_old_for_apprenticeship_offers_the_exceptions(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """L6222-1, L6222-2: from 30 at the start, one of five exceptions (their names from the domain)."""
    assert not screen.form.rows["exception"].isVisible()
    tap(qtbot, screen.birth.back_ten)  # 31 at the start
    assert screen.form.rows["exception"].isVisible()
    assert screen.panel.figure_label.text() == "—"
    assert "exception" in screen.panel.figure_detail.text()
    assert len(screen.form.exception.chips) == 6
    assert screen.form.exception.chips["broken-contract"].text().startswith("Contrat précédent rompu")
    tap(qtbot, screen.form.exception.chips["disabled-worker"])
    assert screen.panel.figure_label.text() != "—"
    assert shown_monthly(screen) == expected_month(screen, legal, TODAY)


def test_internship_gratification_matches_the_engine(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "internship")
    result = run_scenario(legal, screen.scenario())
    assert result.due
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert parse_money(screen.panel.figure_detail.text().split("·")[1].split(" au total")[0]) == result.total_due
    for _ in range(5):  # the end moves back from February to September: a few weeks only
        tap(qtbot, screen.form.internship_end.minus)
    result = run_scenario(legal, screen.scenario())
    assert not result.due
    assert shown_monthly(screen) == Decimal(0)
    assert "308" in screen.panel.figure_detail.text()


def test_training_contract_explains_why_there_is_no_figure(qtbot: QtBot, window: KioskWindow) -> None:
    screen = open_simulator(qtbot, window, "training")
    assert screen.panel.figure_label.text() == "Pas de barème légal"
    assert "France Travail" in screen.panel.training_text.text()
    assert not screen.view_choice.isVisible()


def test_comparison_totals_every_contract_over_the_same_period(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 19.5: the comparison compares the same period and says which (an internship: 6 months)."""
    tap(qtbot, screen.view_choice.chips["compare"])
    comparison = compare(legal, screen.scenario())
    assert screen.comparison == comparison
    view = screen.panel.comparison
    assert "1er septembre 2026" in view.intro.text() and "28 février 2027" in view.intro.text()
    for result in comparison.results:
        shown = view.columns[result.contract]
        assert shown.isVisible()
        assert parse_money(shown.total.text().split(" / ")[0]) == comparison.total_over_period(result)
        month = result.headline_month(comparison.first_day)
        assert month is not None and parse_money(shown.monthly.text().split(" / ")[0]) == month.gross
        assert "1er septembre 2026" in shown.total_caption.text()


def test_the_form_texts_follow_each_answer_that_changes_them(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """The form writes its texts again only when what they say changed (the start month names the
    first day, the contract names the rows, an amount typed shows on its button): a tap that changes
    a number alone leaves them, and none is ever left from an earlier answer."""
    form = screen.form
    writes: list[dict[str, str]] = []
    set_texts = form.employer.set_texts

    def counting(texts: dict[str, str]) -> None:
        writes.append(texts)
        set_texts(texts)

    form.employer.set_texts = counting  # type: ignore[method-assign]
    tap(qtbot, form.years.chips["3"])  # a length: the same texts, not written again
    assert writes == []
    day_before = form.start_day.display.text()
    tap(qtbot, form.start.plus)  # another month: its first day is named in it
    assert len(writes) == 1
    month = form.start.display.text().split()[0].lower()
    assert form.start_day.display.text() != day_before and month in form.start_day.display.text().lower()
    tap(qtbot, screen.contract_choice.chips["internship"])
    assert "stage" in form.rows["start_day"].caption.text()
    tap(qtbot, screen.contract_choice.chips["apprenticeship"])
    assert "contrat" in form.rows["start_day"].caption.text()
    screen.set_agreement_minimum(Decimal(2500))
    assert "2\u202f500" in form.agreement_button.text()
    screen.set_agreement_minimum(None)
    assert "2\u202f500" not in form.agreement_button.text()
    assert len(writes) == 5
    tap(qtbot, screen.window().header.english_button)  # type: ignore[attr-defined]
    assert len(writes) == 6 and "contract" in form.rows["start_day"].caption.text()


def test_the_birth_picker_names_the_year_shown(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """A screen reader hears the year of each month chip and of each jump, whichever year is shown
    (the form's texts are written again only when what they say changed: the year is part of it)."""
    picker = screen.birth
    for button in (picker.plus, picker.ahead_ten, picker.back_ten, picker.minus):
        tap(qtbot, button)
        year = picker.year_value()
        assert str(year) in picker.month_chips[3].accessibleName()
        assert str(year - YEAR_JUMP) in picker.back_ten.accessibleName()
        assert str(year + YEAR_JUMP) in picker.ahead_ten.accessibleName()


def test_agreement_minimum_from_the_touch_pad(qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures) -> None:
    tap(qtbot, screen.form.agreement_button)
    pad = opened_dialog(screen.window(), NumericPad)
    for key in "3000":
        tap(qtbot, pad.keypad.keys[key], finger=True)
    assert pad.display.text() == "3000 €"
    tap(qtbot, pad.ok_button, finger=True)
    assert not open_dialogs(screen.window())
    assert screen.scenario().agreement_minimum == Decimal(3000)
    # From 21 the base is the agreement minimum: the explanation names it, and its figures multiply
    # to the pay shown (D6222-26).
    assert "3\u202f000,00\u202f€" in screen.panel.figure_detail.text()
    assert "minimum conventionnel" in screen.panel.figure_detail.text()
    assert shown_monthly(screen) == (Decimal(3000) * Decimal("0.53")).quantize(Decimal("0.01"))
    assert "3" in screen.form.agreement_button.text() and "000" in screen.form.agreement_button.text()


def test_numeric_pad_keys(window: KioskWindow) -> None:
    pad = NumericPad("Montant", None, window)
    for key in ("0", "1", "2", ",", "5", "0", "9", "⌫"):
        pad.press(key)
    assert pad.value() == Decimal("12.5")
    pad.press(",")
    assert pad.value() == Decimal("12.5")
    empty = NumericPad("Montant", Decimal("10"), window)
    for _ in range(3):
        empty.press("⌫")
    assert empty.value() is None
    rate = NumericPad("Taux", None, window, unit="%", integer_digits=3)
    for key in "1234":
        rate.press(key)
    assert rate.value() == Decimal(123) and rate.display.text() == "123 %"


def test_sources_are_one_tap_away_and_name_the_current_articles(qtbot: QtBot, window: KioskWindow) -> None:
    """Issue 16.7: D6222-31 (not D6222-34) for the change of bracket."""
    screen = open_simulator(qtbot, window, "apprenticeship")
    tap(qtbot, screen.sources_button)
    dialog = opened_dialog(window, SourcesDialog)
    seen = dialog.lines
    assert [plain(text) for text in visible_texts(dialog)][1:] == [plain(f"• {line}") for line in seen]
    tap(qtbot, dialog.close_button, finger=True)
    assert not open_dialogs(window)
    assert any("D6222-26" in line for line in seen) and any("D6222-31" in line for line in seen)
    assert not any("D6222-34" in line or "D6222-30" in line for line in seen)
    assert any("SMIC" in line and "en vigueur le" in line for line in seen)


def test_the_sources_opened_again_are_those_of_the_figures_shown_then(qtbot: QtBot, window: KioskWindow) -> None:
    """The sources dialog is kept by the simulator: each opening shows the lines of the contract and
    the language of that moment, never an earlier one's."""
    screen = open_simulator(qtbot, window, "apprenticeship")
    tap(qtbot, screen.sources_button)
    first = opened_dialog(window, SourcesDialog)
    apprenticeship = list(first.lines)
    tap(qtbot, first.close_button, finger=True)
    assert not open_dialogs(window)
    for contract, lang in (("internship", "fr"), ("internship", "en"), ("apprenticeship", "en")):
        tap(qtbot, screen.contract_choice.chips[contract])
        if window.navigator.current_screen is screen and screen.lang != lang:
            tap(qtbot, window.header.english_button)
        tap(qtbot, screen.sources_button)
        dialog = opened_dialog(window, SourcesDialog)
        assert dialog is first
        assert dialog.lines == screen.source_lines() and dialog.lines
        assert [plain(text) for text in visible_texts(dialog)][1:] == [plain(f"• {line}") for line in dialog.lines]
        tap(qtbot, dialog.close_button, finger=True)
    assert dialog.lines != apprenticeship  # the English ones
    assert "Close" in dialog.close_button.text()


def test_the_kept_sources_dialog_opens_at_its_title(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """Large text on a laptop: the sources scroll. A visitor who scrolled them down leaves them so;
    the next opening starts at the title again."""
    kiosk = make_kiosk()
    kiosk.window.accessibility.set_large_text(True)
    navigator = kiosk.window.navigator
    navigator.go(ScreenName.SIMULATOR)
    simulator = navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    simulator.show_sources()
    QApplication.processEvents()
    dialog = opened_dialog(kiosk.window, SourcesDialog)
    bar = dialog._scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the sources should scroll with large text at 1280x800"
    bar.setValue(bar.maximum())
    dialog.close()
    simulator.show_sources()
    QApplication.processEvents()
    assert opened_dialog(kiosk.window, SourcesDialog) is dialog and bar.value() == 0


def test_the_kept_sources_dialog_goes_with_its_screen(qtbot: QtBot, make_kiosk: KioskFactory) -> None:
    """A new catalogue replaces the screens: the old simulator's sources dialog (a child of the
    window, which it covers) is deleted with it, not left hidden in the window for the day."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    kiosk = make_kiosk()
    navigator = kiosk.window.navigator
    navigator.go(ScreenName.SIMULATOR)
    simulator = navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    simulator.show_sources()
    dialog = opened_dialog(kiosk.window, SourcesDialog)
    dialog.close()
    assert shiboken6.isValid(dialog)  # kept for the next tap
    navigator.clear()
    for _ in range(2):  # the screen, then what its destruction deletes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    assert kiosk.window.findChildren(SourcesDialog) == []


def test_simulator_opened_from_an_m1_is_preset_to_two_contracts(
    qtbot: QtBot, window: KioskWindow, legal: LegalFigures
) -> None:
    """Issue 16.1: an M1 followed by a work-linked M2 gives two contracts, the M2 at the 2nd-year rate."""
    window.navigator.go("finder")
    window.navigator.go("programme", MESS_M1)
    tap(qtbot, window.navigator.current_screen.simulate_button)  # type: ignore[union-attr]
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    assert screen.contract_choice.value() == "apprenticeship"
    assert screen.form.years.value() == "2" and screen.form.cycle_year.value() == "1"
    assert screen.scenario().contract_years == (1, 1)
    assert "Master 1 Management des établissements sanitaires et sociaux" in screen.preset_label.text()
    assert "M1 puis M2" in screen.preset_label.text() and "D6222-28-1" in screen.preset_label.text()
    result = run_scenario(legal, screen.scenario())
    assert len(result.months) == 24 and "contract" in result.months[12].changes
    assert result.months[12].contract_year == 2
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert any("Simulation pour" in t for t in visible_texts(screen))


def test_the_m2_preset_of_the_finder_shows_the_second_year_rate(
    qtbot: QtBot, window: KioskWindow, legal: LegalFigures
) -> None:
    """Issue 16.1, D6222-28-1: from the MDOMC M2 (its M1 is work-linked at the IMPGT), 61 %, not 53 %."""
    window.navigator.go("finder")
    window.navigator.go("programme", MDOMC_M2)
    tap(qtbot, window.navigator.current_screen.simulate_button)  # type: ignore[union-attr]
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    assert screen.form.cycle_year.value() == "2" and screen.scenario().shortened_years == 1
    assert "61" in screen.panel.figure_detail.text()
    month = run_scenario(legal, screen.scenario()).headline_month(date.today())
    assert month is not None and month.percent_of_smic == Decimal(61)
    assert shown_monthly(screen) == month.gross
    assert "2e année du cycle" in screen.preset_label.text()


def test_every_opening_shows_the_headline_figure(qtbot: QtBot, window: KioskWindow, catalogue: Catalogue) -> None:
    """Issue 19.5: back on the simulator from another programme, both panes are scrolled to the top."""
    window.navigator.go("simulator", preset_for_programme(catalogue, catalogue.programmes[0]))
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    tap(qtbot, screen.view_choice.chips["table"])
    for area in (screen.inputs_scroll, screen.result_scroll):
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert screen.result_scroll.verticalScrollBar().value() > 0
    window.navigator.go("programme", MESS_M1)
    tap(qtbot, window.navigator.current_screen.simulate_button)  # type: ignore[union-attr]
    assert window.navigator.current_screen is screen
    assert screen.inputs_scroll.verticalScrollBar().value() == 0
    assert screen.result_scroll.verticalScrollBar().value() == 0
    viewport = screen.result_scroll.viewport()
    figure = screen.panel.figure_label
    top_left = figure.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(QRect(top_left, figure.size())), "the headline figure is in view"


def _birth_taps(years: range, default: int, low: int, high: int) -> dict[int, list[int]]:
    """Fewest steps (±1, ±YEAR_JUMP, clamped to the picker's range) from ``default`` to each year."""
    paths: dict[int, list[int]] = {default: []}
    queue = deque([default])
    while queue:
        year = queue.popleft()
        for step in (1, -1, YEAR_JUMP, -YEAR_JUMP):
            reached = min(high, max(low, year + step))
            if reached not in paths:
                paths[reached] = [*paths[year], step]
                queue.append(reached)
    return {year: paths[year] for year in years}


@pytest.mark.parametrize("today", [date(2026, 6, 1), date(2026, 12, 1), date(2030, 1, 15)])
def test_any_birth_date_from_1990_to_2011_is_at_most_8_taps_away(today: date) -> None:
    """Issue 19.5: the year by one or ten, the month in one tap (the day is asked only when it changes
    the age on the first day, by one more tap)."""
    offered = offered_birth_years(today)
    paths = _birth_taps(range(1990, 2012), offered.default, offered.minimum, offered.maximum)
    worst = max(len(path) for path in paths.values())
    assert worst + 1 + 1 <= 8  # + the month chip + the birthday question


@pytest.mark.parametrize(("year", "month"), [(1990, 1), (2011, 12), (1995, 9), (2003, 6)])
def test_birth_dates_by_taps(qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures, year: int, month: int) -> None:
    picker: BirthDatePicker = screen.birth
    offered = offered_birth_years(TODAY)
    steps = _birth_taps(range(year, year + 1), offered.default, offered.minimum, offered.maximum)[year]
    buttons = {1: picker.plus, -1: picker.minus, YEAR_JUMP: picker.ahead_ten, -YEAR_JUMP: picker.back_ten}
    taps = 0
    for step in steps:
        tap(qtbot, buttons[step])
        taps += 1
    if month != DEFAULT_BIRTH_MONTH:
        tap(qtbot, picker.month_chips[month])
        taps += 1
    born = screen.scenario().birth_date
    assert (born.year, born.month) == (year, month) and taps <= 7
    assert screen.result == run_scenario(legal, screen.scenario())


def test_the_age_on_the_first_day_is_asked_only_when_the_birthday_is_in_the_starting_month(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.2, D6222-26: born in September 2008, starting on 15 September 2026: 18 on the first day
    if the birthday is on the 15th or before (43 %), else 17 (27 %) until the 1st of October."""
    for _ in range(3):
        tap(qtbot, screen.birth.plus)  # 2008
    tap(qtbot, screen.birth.month_chips[8])
    assert not screen.form.rows["birthday"].isVisible()  # born in August: 18 on the first day anyway
    tap(qtbot, screen.birth.month_chips[9])
    assert screen.form.rows["birthday"].isVisible()
    assert "1er septembre" in screen.form.rows["birthday"].caption.text()
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    assert screen.scenario().start == date(2026, 9, 15)
    assert screen.form.rows["birthday"].isVisible()
    assert "15 septembre" in screen.form.rows["birthday"].caption.text()
    assert column(screen, "percent")[0] == "43\u202f%" and column(screen, "age")[0] == "18"
    tap(qtbot, screen.form.birthday.chips["no"])
    assert column(screen, "percent")[:2] == ["27\u202f%", "43\u202f%"]
    assert screen.result is not None and screen.result.contracts[0].age_at_start == 17


def test_partial_months_are_counted_by_calendar_days_on_screen(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.4: from 15 September, September is due for 16 days out of 30; the screen says how."""
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    result = run_scenario(legal, screen.scenario())
    assert screen.panel.prorata_label.isVisible()
    assert "septembre 2026" in screen.panel.prorata_label.text() and "16" in screen.panel.prorata_label.text()
    assert column(screen, "days")[0] == "16 sur 30" and column(screen, "days")[1] == ""
    assert [parse_money(text) for text in column(screen, "due")] == [m.due for m in result.months]
    assert parse_money(column(screen, "gross")[0]) == result.months[0].gross
    assert "15 septembre 2026" in screen.panel.figure_detail.text()
    assert money_in(screen.panel.figure_detail.text(), result.total_due)
    # The headline is a month covered in full, its caption says which.
    assert "octobre 2026" in screen.panel.figure_caption.text()


def money_in(text: str, amount: Decimal) -> bool:
    return f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",") in text


def test_the_diploma_question_is_asked_plainly(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    """Issue 19.5, D6325-15: unanswered, both minimums show; an answer keeps one."""
    screen = open_simulator(qtbot, window, "professionalisation")
    assert screen.qualified.value() == "unsure"
    assert " ou " in screen.panel.figure_label.text()
    assert "Code du travail, art. D6325-15" in screen.form.rows["qualified"].help.text()
    assert screen.result is not None and screen.result.alternative is not None
    tap(qtbot, screen.qualified.chips["yes"])
    assert " ou " not in screen.panel.figure_label.text() and "80" in screen.panel.figure_detail.text()
    tap(qtbot, screen.qualified.chips["no"])
    assert "70" in screen.panel.figure_detail.text()


def test_the_cycle_year_and_a_previous_rate_each_say_why(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.1: the visitor can change the year of the cycle (D6222-28-1) and give the rate of a
    previous contract (D6222-29), each explained in one sentence."""
    assert "D6222-28-1" in screen.form.rows["cycle_year"].help.text()
    assert "D6222-29" in screen.form.rows["previous_rate"].help.text()
    tap(qtbot, screen.form.cycle_year.chips["3"])
    assert not screen.form.years.chips["2"].isEnabled() and screen.form.years.value() == "1"
    assert "78" in screen.panel.figure_detail.text()
    tap(qtbot, screen.form.cycle_year.chips["1"])
    tap(qtbot, screen.form.previous_rate_button)
    pad = opened_dialog(screen.window(), NumericPad)
    for key in "67":
        tap(qtbot, pad.keypad.keys[key])
    tap(qtbot, pad.ok_button)
    assert screen.scenario().previous_rate == Decimal(67)
    assert "67" in screen.panel.figure_detail.text() and "67" in screen.form.previous_rate_button.text()


def test_the_date_of_signature_is_asked_only_where_it_changes_the_answer(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.5: at 53 % (above 50 % of the SMIC) the rules of signature change the net estimate; at
    27 % (under 18) or for professionalisation they do not, and the question does not show."""
    row = screen.form.rows["signature"]
    assert row.isVisible() and "net" in row.help.text()
    estimate = screen.panel.net_label.text()
    tap(qtbot, screen.form.signature.chips["0"])  # signed before 1 March 2025
    assert screen.scenario().signed_on == date(2025, 2, 28)
    result = screen.result
    assert result is not None and result.months[1].net_estimate == result.months[1].due
    assert screen.panel.net_label.text() != estimate and "estimation" in screen.panel.net_label.text()
    for _ in range(5):
        tap(qtbot, screen.birth.plus)  # 16 at the start: 27 %
    assert not row.isVisible() and screen.scenario().signed_on is None
    tap(qtbot, screen.contract_choice.chips["professionalisation"])
    assert not row.isVisible()


def test_the_net_estimate_follows_the_first_day_after_the_start_moves(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.5: unless the visitor says the contract was signed before 1 March 2025, the estimate is
    for a contract signed by its first day (the rules' default), wherever the start moves."""
    assert screen.form.rows["signature"].isVisible()
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    assert screen.scenario().start == date(2026, 9, 15)
    result = screen.result
    assert result is not None
    note = result.note("net_is_estimate")
    assert note is not None and note.param("signed") == date(2026, 9, 15)
    assert result == run_scenario(legal, replace(screen.scenario(), signed_on=None))


def test_portrait_puts_the_inputs_above_the_result(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """Issue 19.5 and STYLE.md: a box layout whose direction follows the orientation."""

    def geometry(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(screen, QPoint(0, 0)), widget.size())

    window = screen.window()
    window.resize(1080, 1920)
    QApplication.processEvents()
    inputs, result = geometry(screen.inputs_scroll), geometry(screen.result_scroll)
    assert inputs.bottom() < result.top() and inputs.width() > 900
    window.resize(1280, 800)
    QApplication.processEvents()
    inputs, result = geometry(screen.inputs_scroll), geometry(screen.result_scroll)
    assert inputs.right() < result.left() and inputs.top() == result.top()


def test_every_result_shown_is_signalled(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """usage.py counts simulations from ``result_changed``: it carries the result shown (None: training)."""
    with qtbot.waitSignal(screen.result_changed) as signal:
        tap(qtbot, screen.birth.plus)
    assert signal.args == [screen.result]
    with qtbot.waitSignal(screen.result_changed) as signal:
        tap(qtbot, screen.contract_choice.chips["training"])
    assert signal.args == [None]


def test_english_figures_and_labels(qtbot: QtBot, window: KioskWindow, legal: LegalFigures) -> None:
    screen = open_simulator(qtbot, window, "apprenticeship")
    tap(qtbot, window.header.english_button)
    assert screen.panel.figure_label.text().startswith("€")
    assert shown_monthly(screen) == expected_month(screen, legal)
    assert screen.contract_choice.chips["apprenticeship"].text() == "Apprenticeship"
    assert screen.view_choice.chips["table"].text() == "Month by month"
    assert screen.form.rows["cycle_year"].help.text().startswith("A contract that starts")
    assert screen.birth.month_chips[1].text() == "Jan"


def _string_literals(path: Path) -> list[tuple[str, int, str]]:
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    return [(path.name, token.start[0], token.string) for token in tokens if token.type == tokenize.STRING]


#: Ages and lengths of the rules (15 to 18, 20 to 39), article numbers, and the sentences of the law.
RESTATED_RULE = re.compile(r"\b(1[5-8]|[23]\d)\b|\b[LDR]\d{3,4}-\d|Code du travail|Code de l'éducation")


def test_the_widgets_restate_no_rule_of_the_domain() -> None:
    """Issue 18.2: no age 30, no 6-36, no exception kinds, no article in the simulator's widgets: they
    read them from kiosk/domain/pay/inputs.py and the rules' messages."""
    package = Path(simulator_package.__file__).parent
    literals = [literal for path in sorted(package.glob("*.py")) for literal in _string_literals(path)]
    assert len(literals) > 100
    kinds = {kind.value for kind in ExceptionKind}
    offenders = [
        literal for literal in literals if RESTATED_RULE.search(literal[2]) or any(k in literal[2] for k in kinds)
    ]
    assert offenders == []


def test_the_printed_copy_shows_what_is_due_and_how_part_months_count(
    qtbot: QtBot, screen: SimulatorScreen, legal: LegalFigures
) -> None:
    """Issue 16.4: the PDF lists what is due, a month covered in part with its days, and says how."""
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    result = screen.result
    assert result is not None
    page = SummaryPages(screen).simulation(
        result, screen.scenario(), screen.takeaway_summary(), "fr", TODAY, "Apprentissage", None, None
    )
    assert "septembre 2026 (16 jours sur 30)" in page.body_html
    assert "octobre 2026 à août 2027" in page.body_html and "septembre 2027 (14 jours sur 30)" in page.body_html
    assert "11\u202f874,24\u202f€ brut dû au total" in page.body_html
    assert "prorata des jours calendaires" in page.body_html
    assert "14 septembre 2027" in page.body_html  # the end of the contract
    assert "(mois incomplets au prorata des jours)" in screen.takeaway_summary()


def test_a_contract_from_15_september_in_english_everywhere(
    qtbot: QtBot, make_kiosk: KioskFactory, legal: LegalFigures
) -> None:
    """Issue 16.4 (days counted as in ../shared/reference/pay-rules.md, "Conventions": a part month is
    its full-month minimum x its calendar days / the days of the month), for an English visitor: the
    caption, the table, the comparison over the same period and the printed copy all count
    September 2026 as 16 days out of 30 and total what is due."""
    kiosk = make_kiosk(assemble={"today": lambda: TODAY}, language="en")
    kiosk.window.navigator.go(ScreenName.SIMULATOR)
    screen = kiosk.window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    result = run_scenario(legal, screen.scenario())
    assert result.months[0].days_covered == 16 and result.months[0].days_in_month == 30
    assert "September 2026" in screen.panel.prorata_label.text() and "16" in screen.panel.prorata_label.text()
    assert "15 September 2026" in screen.panel.figure_detail.text()
    total = f"€{result.total_due:,.2f}"
    assert total in screen.panel.figure_detail.text()
    model = screen.panel.table_model
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    days = [model.index(row, titles.index("Days")).data() for row in range(model.rowCount())]
    due = [model.index(row, titles.index("Gross due")).data() for row in range(model.rowCount())]
    assert days[0] == "16 of 30" and days[1] == ""
    assert due[0] == f"€{result.months[0].due:,.2f}"

    tap(qtbot, screen.view_choice.chips["compare"])
    comparison = compare(legal, screen.scenario())
    view = screen.panel.comparison
    assert "15 September 2026" in view.intro.text()
    for contract_result in comparison.results:
        shown = view.columns[contract_result.contract]
        assert shown.total.text().split(" / ")[0] == f"€{comparison.total_over_period(contract_result):,.2f}"
        assert "15 September 2026" in shown.total_caption.text()

    shown_result = screen.result
    assert shown_result is not None
    page = SummaryPages(screen).simulation(
        shown_result, screen.scenario(), screen.takeaway_summary(), "en", TODAY, "Apprenticeship", None, None
    )
    assert "September 2026 (16 days out of 30)" in page.body_html
    assert "Septembre" not in page.body_html and "septembre" not in page.body_html


@pytest.mark.parametrize(
    ("size", "lang", "large_text"),
    [((1280, 800), "fr", False), ((1366, 768), "en", False), ((1080, 1920), "fr", True), ((1920, 1080), "en", True)],
)
def test_every_view_of_every_contract_fits_its_window(
    qtbot: QtBot, make_kiosk: KioskFactory, size: tuple[int, int], lang: str, large_text: bool
) -> None:
    """Issue 19 (layout check, kiosk.ui.layout_check): no text cut, nothing out of reach, no target below
    a fingertip, for a contract from 15 September, in every view, landscape and portrait."""
    kiosk = make_kiosk(assemble={"today": lambda: TODAY}, size=size, language=lang)
    window = kiosk.window
    if large_text:
        tap(qtbot, window.header.large_text_button)
    window.navigator.go(ScreenName.SIMULATOR)
    screen = window.navigator.current_screen
    assert isinstance(screen, SimulatorScreen)
    for _ in range(14):
        tap(qtbot, screen.form.start_day.plus)
    problems = []
    for contract in ("apprenticeship", "professionalisation", "internship", "training"):
        tap(qtbot, screen.contract_choice.chips[contract])
        for view in ("chart", "table", "compare") if contract != "training" else ("chart",):
            if screen.view_choice.isVisible():
                tap(qtbot, screen.view_choice.chips[view])
            QApplication.processEvents()
            # The window's own size is the shell's (with large text, its header asks for more than
            # 1080 px); what is checked here is the simulator inside it.
            problems.extend(str(p) for p in check_surface(f"{contract}+{view}", window) if p.widget != describe(window))
    assert problems == []


def test_the_day_steppers_stop_at_the_end_of_their_month(qtbot: QtBot, screen: SimulatorScreen) -> None:
    """Every tap changes the date shown: no 30 or 31 February."""
    tap(qtbot, screen.contract_choice.chips["internship"])
    end = screen.form.internship_end_day
    while end.plus.isEnabled():
        tap(qtbot, end.plus)
    assert screen.scenario().internship_end == date(2027, 2, 28) and end.value() == 28
    for _ in range(5):
        tap(qtbot, screen.form.start_day.plus)
    assert screen.scenario().start == date(2026, 9, 6)
