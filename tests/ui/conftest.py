"""Fixtures for the screens: a themed application, the language controller, the kiosk window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import KioskContent, apply_theme, build_window
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import translations_dir
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell.shell import KioskShell


@pytest.fixture(autouse=True)
def no_paper(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever printers this machine has, the screens under test save their summaries as PDFs."""
    monkeypatch.setenv("KIOSK_PRINTER", "none")


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


@pytest.fixture
def kiosk_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application data location of one test (settings, logs): ``KIOSK_DATA_DIR``."""
    data_dir = tmp_path / "kiosk-data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    return data_dir


@pytest.fixture
def shell(
    window: KioskWindow, catalogue: Catalogue, legal: LegalFigures, language: LanguageController, kiosk_data_dir: Path
) -> Iterator[KioskShell]:
    """The kiosk shell around ``window``, not started; long delays (tests shorten what they need)."""
    from kiosk.app import build_shell
    from kiosk.settings import SettingsStore, settings_path

    store = SettingsStore(settings_path(kiosk_data_dir))
    kiosk_shell = build_shell(
        window,
        KioskContent(catalogue, legal),
        language,
        store,
        idle_ms=600_000,
        countdown_ms=600_000,
        long_press_ms=150,
        exit_on_error_storm=False,
        exit_application=lambda status: None,  # QCoreApplication.exit outside a loop would stall later tests
    )
    yield kiosk_shell
    kiosk_shell.stop()
    kiosk_shell.lock.allow_close()
