"""Every visible string is translated: walk every screen and panel in French, and check the .ts files."""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue, Text
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.messages import _TEMPLATES
from kiosk.domain.pay.training import training_contract_info
from kiosk.paths import translations_dir
from kiosk.settings import with_pin
from kiosk.ui.screens.finder import FinderScreen
from kiosk.ui.screens.simulator import CONTRACTS, SimulatorScreen
from kiosk.ui.screens.simulator.dialogs import SourcesDialog
from kiosk.ui.shell.shell import KioskShell
from tests.ui.conftest import KioskFactory
from tests.ui.helpers import opened_dialog

#: Language-neutral texts: names, codes and symbols that read the same in French and English.
ALLOWED = ("IMPGT", "FR", "EN", "Aa", "L3", "M1", "M2", "UFR", "Eduniversal", "SMIC", "Français", "English", "PhD")
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
WORD = re.compile(r"[^\W\d_]{2,}")


def ts_messages(lang: str) -> Iterator[ET.Element]:
    yield from ET.parse(translations_dir() / f"kiosk_{lang}.ts").getroot().iter("message")


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def catalogue_texts(value: object, lang: str = "fr") -> Iterator[str]:
    """Every text of the catalogue in ``lang`` (content shown as is), found by walking its dataclasses."""
    if isinstance(value, Text):
        yield value.fr if lang == "fr" else value.en
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from catalogue_texts(getattr(value, field.name), lang)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from catalogue_texts(item, lang)
    elif isinstance(value, str):
        yield value


class LanguageChecker:
    """A visible text passes if, once every fragment of ``lang`` it may contain is removed
    (translations between their placeholders, catalogue content, month names, allowed names), no
    word is left: a word left is in the other language (or nowhere)."""

    def __init__(self, catalogue: Catalogue, legal: LegalFigures, lang: str = "fr") -> None:
        fragments: set[str] = set()
        # Texts the domain writes in both languages (pay messages, the training contract).
        for templates in _TEMPLATES.values():
            fragments.update(part for part in re.split(r"\{\w+\}", templates[lang]) if part.strip())
        info = training_contract_info()
        fragments.update((info.summary_text(lang), *info.depends_on_texts(lang)))
        fragments.update(text for text in catalogue_texts(info, lang) if text.strip())
        # Legal references are quoted as published (in French), in either language.
        fragments.update(text for text in catalogue_texts(legal, lang) if text.strip())
        for message in ts_messages("fr"):
            # English is the source language: its texts are the sources (and its plural forms).
            texts = translation_texts(message) if lang == "fr" else [message.findtext("source") or ""]
            for text in texts:
                fragments.update(part for part in PLACEHOLDER.split(text) if part.strip())
        if lang == "en":
            for message in ts_messages("en"):
                if message.get("numerus") == "yes":
                    for text in translation_texts(message):
                        fragments.update(part for part in PLACEHOLDER.split(text) if part.strip())
        fragments.update(text for text in catalogue_texts(catalogue, lang) if text.strip())
        locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
        for month in range(1, 13):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                fragments.add(locale.monthName(month, kind))
                fragments.add(locale.standaloneMonthName(month, kind).capitalize())
        fragments.update(ALLOWED)
        spaced = {fragment.replace("\u202f", " ").replace("\xa0", " ") for fragment in fragments}
        self.fragments = sorted(spaced, key=len, reverse=True)

    def leftover(self, text: str) -> list[str]:
        text = text.replace("\u202f", " ").replace("\xa0", " ")  # typography's no-break spaces
        for fragment in self.fragments:
            if fragment in text:
                text = text.replace(fragment, " ")
        return WORD.findall(text)

    def untranslated(self, texts: list[str]) -> list[str]:
        return sorted({text for text in texts if self.leftover(text)})


def shown_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible() and widget.text().strip():
            texts.append(widget.text())
    return texts


def test_the_ts_files_are_finished() -> None:
    unfinished_fr = [
        message.findtext("source")
        for message in ts_messages("fr")
        if (message.find("translation") is not None and message.find("translation").get("type"))  # type: ignore[union-attr]
        or not all(text.strip() for text in translation_texts(message))
    ]
    assert unfinished_fr == []
    # English is the source language: only the plural forms need an English translation.
    unfinished_en_plurals = [
        message.findtext("source")
        for message in ts_messages("en")
        if message.get("numerus") == "yes"
        and (message.find("translation").get("type") or not all(t.strip() for t in translation_texts(message)))  # type: ignore[union-attr]
    ]
    assert unfinished_en_plurals == []


def test_the_checker_catches_the_other_language_left_in_an_interface(catalogue: Catalogue, legal: LegalFigures) -> None:
    checker = LanguageChecker(catalogue, legal)
    assert checker.untranslated(["Contracts and pay", "Still there?", "3 months"]) == [
        "3 months",
        "Contracts and pay",
        "Still there?",
    ]
    assert checker.untranslated(["Contrats et rémunération", "IMPGT", "1 234,56 €", "L3"]) == []
    english = LanguageChecker(catalogue, legal, "en")
    assert english.untranslated(["Contrats et rémunération", "Encore là ?", "Contracts and pay", "3 months"]) == [
        "Contrats et rémunération",
        "Encore là ?",
    ]


@pytest.mark.parametrize("size", [(1280, 800)])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_visible_string_is_in_the_visitors_language(
    qtbot: QtBot, shell: KioskShell, catalogue: Catalogue, legal: LegalFigures, size: tuple[int, int], lang: str
) -> None:
    """No English left in the French interface, and no French in the English one (issue 19.8): every
    screen, programme, simulator view, dialog and overlay."""
    shell.start(kiosk=False)
    shell.language.set_language(lang)  # type: ignore[arg-type]
    window = shell.window
    window.resize(*size)
    navigator = shell.navigator
    checker = LanguageChecker(catalogue, legal, lang)
    seen: dict[str, list[str]] = {}

    def collect(where: str, root: QWidget | None = None) -> None:
        QApplication.processEvents()
        seen[where] = shown_texts(root or window)

    for name in ("attract", "home", "institute", "contracts"):
        navigator.go(name)
        collect(name)
    navigator.go("finder")
    collect("finder")
    finder = navigator.current_screen
    assert isinstance(finder, FinderScreen)
    finder.campus_chips[0].setChecked(True)
    finder.level_chips[0].setChecked(True)
    collect("finder, filtered")
    for programme in catalogue.programmes:
        navigator.go("programme", programme.id)
        collect(f"programme {programme.id}")
    navigator.go("simulator")
    simulator = navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    for contract in CONTRACTS:
        simulator.contract_choice.set_value(contract)
        for view in ("chart", "table", "compare"):
            simulator.view_choice.set_value(view)
            collect(f"simulator {contract} {view}")
    simulator.show_sources()
    dialog = opened_dialog(shell.window, SourcesDialog)
    collect("sources", dialog)
    dialog.close()

    shell.idle.start_countdown()
    collect("countdown")
    shell.close_overlays()
    shell.open_pin_pad()
    collect("PIN pad, no PIN")
    shell.store.update(with_pin(shell.store.settings, "1234"))
    shell.open_pin_pad()
    collect("PIN pad")
    shell._on_pin_submitted("0000")
    collect("PIN pad, wrong PIN")
    for _ in range(5):
        shell._on_pin_submitted("0000")
    collect("PIN pad, locked")
    shell.close_overlays()
    shell.open_staff_menu()
    collect("staff menu")
    shell.staff_menu.show_settings_page()
    collect("staff settings")
    shell.close_overlays()
    shell.banner.present()
    collect("apology")

    missing = {where: checker.untranslated(texts) for where, texts in seen.items()}
    assert {where: texts for where, texts in missing.items() if texts} == {}
    assert len(seen) > 20 and all(seen.values())


def test_a_closed_kiosk_leaves_no_translator_for_the_collector(make_kiosk: KioskFactory) -> None:
    """A translator's destructor takes Qt's translator lock, which Qt holds while it asks a (Python)
    translator: one collected by Python in the middle of a translation hung the test run for good.
    Closing a kiosk deletes its translators at once, and the next kiosk translates as before."""
    kiosk = make_kiosk(language="fr")
    kiosk.language.set_language("en")
    kiosk.language.set_language("fr")
    translators = list(kiosk.language._translators.values())
    assert len(translators) == 2 and all(shiboken6.isValid(t) for t in translators)
    kiosk.close()
    assert not any(shiboken6.isValid(t) for t in translators)
    again = make_kiosk(language="fr")
    assert again.window.header.home_button.text() == "Accueil"
