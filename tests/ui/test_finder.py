"""The programme finder, driven by taps: chips, count, cards, detail and back, language switch."""

from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.cli import main as cli
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.filters import ProgrammeFilter
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.models.programmes import ProgrammeListModel, ProgrammeRole
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.programme import ProgrammeScreen
from tests.ui.helpers import tap, visible_texts


@pytest.fixture
def finder(qtbot: QtBot, window: KioskWindow) -> FinderScreen:
    tap(qtbot, window.navigator.screen("home").finder_card)  # type: ignore[attr-defined]
    screen = window.navigator.current_screen
    assert isinstance(screen, FinderScreen)
    return screen


def cli_ids(capsys: pytest.CaptureFixture[str], campus: str | None, level: str | None) -> list[str]:
    argv = ["programmes", "--json"] + (["--campus", campus] if campus else []) + (["--level", level] if level else [])
    assert cli(argv) == 0
    return [item["id"] for item in json.loads(capsys.readouterr().out)]


def chip(finder: FinderScreen, group: str, value: str):  # type: ignore[no-untyped-def]
    chips = finder.campus_chips if group == "campus" else finder.level_chips
    return next(c for c in chips if c.value == value)


def tap_card(qtbot: QtBot, finder: FinderScreen, programme_id: str) -> None:
    model = finder.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ProgrammeRole.Id) == programme_id)
    index = model.index(row, 0)
    finder.list_view.scrollTo(index)
    QApplication.processEvents()
    rect = finder.list_view.visualRect(index)
    qtbot.mouseClick(finder.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


@pytest.mark.parametrize(
    ("campus", "level"), list(itertools.product((None, "aix", "marseille"), (None, "L3", "M1", "M2")))
)
def test_each_combination_shows_the_cli_set_and_count(
    qtbot: QtBot, finder: FinderScreen, capsys: pytest.CaptureFixture[str], campus: str | None, level: str | None
) -> None:
    if campus:
        tap(qtbot, chip(finder, "campus", campus))
    if level:
        tap(qtbot, chip(finder, "level", level))
    expected = cli_ids(capsys, campus, level)
    assert finder.visible_programme_ids() == expected
    if expected:
        assert finder.count_label.text() == (f"{len(expected)} formation" + ("s" if len(expected) > 1 else ""))
        assert finder.results.currentWidget() is finder.list_view
    else:
        assert finder.count_label.text() == "0 formation"
        assert "Aucune formation" in finder.empty_label.text()
        assert finder.empty_clear_button.isVisible()


def test_chips_within_a_group_combine_as_alternatives(qtbot: QtBot, finder: FinderScreen) -> None:
    tap(qtbot, chip(finder, "level", "L3"))
    tap(qtbot, chip(finder, "level", "M1"))
    assert {finder.model.index(r, 0).data(ProgrammeRole.Level) for r in range(finder.model.rowCount())} == {"L3", "M1"}
    assert finder.model.rowCount() == 3


def test_one_tap_clears_every_filter(qtbot: QtBot, finder: FinderScreen, catalogue: Catalogue) -> None:
    tap(qtbot, chip(finder, "campus", "marseille"))
    tap(qtbot, chip(finder, "level", "L3"))
    assert finder.model.rowCount() == 0
    tap(qtbot, finder.empty_clear_button)
    assert finder.model.rowCount() == len(catalogue.programmes)
    assert not any(c.isChecked() for c in (*finder.campus_chips, *finder.level_chips))
    assert not finder.clear_button.isEnabled()


def test_detail_then_back_keeps_the_filters(qtbot: QtBot, window: KioskWindow, finder: FinderScreen) -> None:
    tap(qtbot, chip(finder, "campus", "aix"))
    tap(qtbot, chip(finder, "level", "M2"))
    before = finder.visible_programme_ids()
    tap_card(qtbot, finder, "m2-marketing-communication-publics")
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen)
    assert detail.title_label.text() == "Master 2 Marketing et communication publics"
    assert "3e" in detail.ranking_fact.value.text()
    tap(qtbot, window.header.back_button)
    assert window.navigator.current_screen is finder
    assert finder.visible_programme_ids() == before
    assert chip(finder, "campus", "aix").isChecked() and chip(finder, "level", "M2").isChecked()


def test_detail_links_to_the_programme_before_and_after(
    qtbot: QtBot, window: KioskWindow, finder: FinderScreen
) -> None:
    tap_card(qtbot, finder, "m1-management-etablissements-sanitaires-sociaux")
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen)
    [link] = detail.path_links
    assert link.caption.text() == "Se poursuit en"
    tap(qtbot, link)
    assert detail.programme is not None and detail.programme.id == "m2-management-etablissements-sanitaires-sociaux"
    [back_link] = detail.path_links
    assert back_link.caption.text() == "Fait suite à"
    tap(qtbot, window.header.back_button)
    assert detail.programme is not None and detail.programme.id == "m1-management-etablissements-sanitaires-sociaux"
    tap(qtbot, window.header.back_button)
    assert window.navigator.current_screen is finder


def test_detail_shows_what_the_catalogue_holds(qtbot: QtBot, window: KioskWindow, finder: FinderScreen) -> None:
    tap_card(qtbot, finder, "m2-securite-management-territoires")
    detail = window.navigator.current_screen
    assert isinstance(detail, ProgrammeScreen)
    texts = visible_texts(detail)
    assert "Campus : Marseille · avec l'ENSOSP" in texts
    assert any("Contrat d'apprentissage" in t for t in texts)
    assert "Fait suite à : Master 1 Management public" in texts
    tap_card_back = window.header.back_button
    tap(qtbot, tap_card_back)
    tap_card(qtbot, finder, "m2-management-qualite-risques-societaux")
    assert any("depuis septembre 2022" in t for t in visible_texts(detail))


def test_language_switch_keeps_the_filters_and_translates_cards(
    qtbot: QtBot, window: KioskWindow, finder: FinderScreen
) -> None:
    tap(qtbot, chip(finder, "campus", "marseille"))
    before = finder.visible_programme_ids()
    tap(qtbot, window.header.english_button)
    assert finder.visible_programme_ids() == before
    assert chip(finder, "campus", "marseille").isChecked()
    assert finder.count_label.text() == "2 programmes"
    titles = [finder.model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(finder.model.rowCount())]
    assert titles[0].startswith("Master's year 2")
    assert chip(finder, "level", "L3").text() == "Bachelor 3 (L3)"
    tap(qtbot, window.header.french_button)
    assert finder.count_label.text() == "2 formations"


def test_the_model_passes_the_model_tester_filtered_or_not(qtmodeltester, catalogue: Catalogue) -> None:  # type: ignore[no-untyped-def]
    model = ProgrammeListModel(catalogue, "fr")
    qtmodeltester.check(model)
    index = model.index(0)
    assert model.data(index, ProgrammeRole.Programme) == catalogue.programmes[0]
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole).startswith(catalogue.programmes[0].title.fr)
    assert model.roleNames()[int(ProgrammeRole.Level)].data() == b"level"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    masters = ProgrammeFilter(levels=frozenset({"M2"}))
    model.set_programme_filter(masters)
    qtmodeltester.check(model)
    assert model.programme_ids() == [p.id for p in masters.apply(catalogue.programmes)]
    assert [model.index(row).data(ProgrammeRole.Level) for row in range(model.rowCount())] == ["M2"] * model.rowCount()
    model.set_language("en")
    assert model.index(0).data() == masters.apply(catalogue.programmes)[0].title.en
    longest = max(catalogue.programmes, key=lambda p: len(p.title.en))
    assert model.longest_titles(1) == [longest.title.en]  # of the whole catalogue, filtered or not


def test_one_tap_opens_a_programme_once_even_where_a_tap_activates(
    qtbot: QtBot, window: KioskWindow, finder: FinderScreen
) -> None:
    opened: list[str] = []
    finder.programme_chosen.connect(opened.append)
    tap_card(qtbot, finder, "m2-marketing-communication-publics")
    finder.list_view.activated.emit(finder.list_view.currentIndex())  # what single-click styles add
    assert opened == ["m2-marketing-communication-publics"]
    assert [visit.screen for visit in window.navigator.history].count("programme") == 1
