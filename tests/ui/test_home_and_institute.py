"""Home and institute screens, driven with clicks, in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue
from kiosk.ui.main_window import KioskWindow
from tests.ui.helpers import tap as click
from tests.ui.helpers import visible_texts


def switch_language(qtbot: QtBot, window: KioskWindow, lang: str) -> None:
    click(qtbot, window.header.english_button if lang == "en" else window.header.french_button)
    QApplication.processEvents()


def test_kiosk_starts_at_home_in_french(window: KioskWindow) -> None:
    assert window.navigator.current == "home"
    home = window.navigator.current_screen
    assert home is not None
    assert window.header.title.text() == "Accueil"
    assert "Bienvenue à l'IMPGT" in visible_texts(home)
    assert not window.header.back_button.isVisible()
    assert window.header.french_button.isChecked()


def test_institute_card_opens_the_institute_with_catalogue_facts(
    qtbot: QtBot, window: KioskWindow, catalogue: Catalogue
) -> None:
    home = window.navigator.screen("home")
    click(qtbot, home.institute_card)  # type: ignore[attr-defined]
    assert window.navigator.current == "institute"
    screen = window.navigator.current_screen
    texts = visible_texts(screen)
    assert "1996" in texts
    assert catalogue.institute.mission.fr in texts
    assert any("UFR" in text for text in texts)
    assert window.header.title.text() == "L'institut"
    # Contact fields are empty in the catalogue: the contact block is hidden, not shown empty.
    assert not screen.contact.isVisible()  # type: ignore[union-attr]


def test_language_switch_changes_interface_and_catalogue_texts(
    qtbot: QtBot, window: KioskWindow, catalogue: Catalogue
) -> None:
    click(qtbot, window.navigator.screen("home").institute_card)  # type: ignore[attr-defined]
    switch_language(qtbot, window, "en")
    screen = window.navigator.current_screen
    texts = visible_texts(screen)
    assert catalogue.institute.mission.en in texts
    assert catalogue.institute.mission.fr not in texts
    assert window.header.title.text() == "The institute"
    assert window.header.back_button.text() == "‹  Back"
    switch_language(qtbot, window, "fr")
    assert catalogue.institute.mission.fr in visible_texts(screen)
    assert window.header.back_button.text() == "‹  Retour"


def test_back_and_home_buttons(qtbot: QtBot, window: KioskWindow) -> None:
    click(qtbot, window.navigator.screen("home").institute_card)  # type: ignore[attr-defined]
    institute = window.navigator.current_screen
    click(qtbot, institute.finder_button)  # type: ignore[union-attr]
    assert window.navigator.current == "finder"
    click(qtbot, window.header.back_button)
    assert window.navigator.current == "institute"
    click(qtbot, window.header.home_button)
    assert window.navigator.current == "home"
    assert not window.header.back_button.isVisible()


def test_home_cards_lead_to_every_section(qtbot: QtBot, window: KioskWindow) -> None:
    home = window.navigator.screen("home")
    for card, expected in (
        (home.institute_card, "institute"),  # type: ignore[attr-defined]
        (home.finder_card, "finder"),  # type: ignore[attr-defined]
        (home.contracts_card, "contracts"),  # type: ignore[attr-defined]
    ):
        click(qtbot, card)
        assert window.navigator.current == expected
        click(qtbot, window.header.home_button)


def test_touch_targets_are_finger_sized(qtbot: QtBot, window: KioskWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton

    for name in ("institute", "finder", "contracts"):
        window.navigator.go(name)
        QApplication.processEvents()
        for button in window.findChildren(QAbstractButton):
            if button.isVisible():
                assert button.height() >= 48, f"{button.objectName()} on {name} is {button.height()} px high"
