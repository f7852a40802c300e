"""Fixtures for the screens: kiosks assembled the way the real one is (:func:`kiosk.app.assemble_kiosk`),
on the catalogue read once per session, writing into a data folder of the test's own."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import Kiosk, KioskContent, KioskOptions, ShellTimings, apply_theme, assemble_kiosk
from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.ui.delivery import PrinterPolicy
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.shell.shell import KioskShell

#: A test kiosk: French, windowed at 1280x800, never on paper, never exiting, with delays so long
#: that nothing happens unless the test makes it happen (tests shorten what they need).
TEST_TIMINGS = ShellTimings(idle_ms=600_000, countdown_ms=600_000, long_press_ms=150)

KioskFactory = Callable[..., Kiosk]


@pytest.fixture(scope="session")
def themed_app(qapp: QApplication) -> QApplication:
    apply_theme(qapp)
    return qapp


@pytest.fixture
def kiosk_data_dir(tmp_path: Path) -> Path:
    """The application data location of one test (settings, logs, usage, saved summaries)."""
    return tmp_path / "kiosk-data"


@pytest.fixture
def test_options(kiosk_data_dir: Path) -> KioskOptions:
    return KioskOptions(
        data_dir=kiosk_data_dir,
        language="fr",
        printer=PrinterPolicy.NONE,
        kiosk_mode=False,
        size=(1280, 800),
        log_to_file=False,
        exit_on_error_storm=False,
        timings=TEST_TIMINGS,
    )


@pytest.fixture
def make_kiosk(
    qtbot: QtBot, themed_app: QApplication, catalogue: Catalogue, legal: LegalFigures, test_options: KioskOptions
) -> Iterator[KioskFactory]:
    """Assembles a kiosk of the test options (``options`` replaced field by field by keyword
    arguments; ``assemble`` passes arguments to :func:`assemble_kiosk`), shown but not started."""
    kiosks: list[Kiosk] = []

    def make(assemble: dict[str, Any] | None = None, **overrides: Any) -> Kiosk:
        arguments: dict[str, Any] = {"exit_application": lambda status: None, **(assemble or {})}
        kiosk = assemble_kiosk(replace(test_options, **overrides), content=KioskContent(catalogue, legal), **arguments)
        kiosks.append(kiosk)
        window = kiosk.window
        qtbot.addWidget(window)
        window.resize(*(kiosk.options.size or (1280, 800)))
        window.show()
        qtbot.waitExposed(window)
        return kiosk

    yield make
    for kiosk in kiosks:
        kiosk.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk(make_kiosk: KioskFactory) -> Kiosk:
    return make_kiosk()


@pytest.fixture
def window(kiosk: Kiosk) -> KioskWindow:
    return kiosk.window


@pytest.fixture
def language(kiosk: Kiosk) -> LanguageController:
    return kiosk.language


@pytest.fixture
def shell(kiosk: Kiosk) -> KioskShell:
    """The kiosk shell around ``window``, not started."""
    return kiosk.shell
