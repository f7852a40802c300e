"""Fixtures for the screens: a themed application, the language controller, the kiosk window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import KioskContent, apply_theme, build_window
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import translations_dir
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow


@pytest.fixture(scope="session")
def themed_app(qapp: QApplication) -> QApplication:
    apply_theme(qapp)
    return qapp


@pytest.fixture
def language(themed_app: QApplication) -> Iterator[LanguageController]:
    controller = LanguageController(translations_dir())
    controller.set_language("fr")
    yield controller
    controller.set_language("en")


@pytest.fixture
def window(qtbot: QtBot, catalogue: Catalogue, legal: LegalFigures, language: LanguageController) -> KioskWindow:
    kiosk = build_window(KioskContent(catalogue, legal), language)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    return kiosk
