"""Builds the kiosk and wires it: screens, their intents, the language. No globals."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.domain.catalogue import DEFAULT_LANGUAGE, Catalogue, Lang
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import resources_dir, translations_dir
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow


@dataclass
class KioskContent:
    """What the screens show: the catalogue and the legal pay figures."""

    catalogue: Catalogue
    legal: LegalFigures


def apply_theme(app: QApplication) -> None:
    """Load the bundled fonts (the same look on every machine) and the style sheet."""
    for font in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setStyleSheet((resources_dir() / "styles" / "kiosk.qss").read_text(encoding="utf-8"))


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("impgt-kiosk")
    app.setOrganizationName("IMPGT")
    return app


def build_window(content: KioskContent, language: LanguageController) -> KioskWindow:
    """The main window with every screen registered (created on first use) and wired."""
    from kiosk.ui.screens.home import HomeScreen
    from kiosk.ui.screens.institute import InstituteScreen

    window = KioskWindow(language)
    navigator = window.navigator
    catalogue = content.catalogue

    def home() -> HomeScreen:
        screen = HomeScreen(catalogue, language)
        screen.institute_requested.connect(lambda: navigator.go("institute"))
        screen.finder_requested.connect(lambda: navigator.go("finder"))
        screen.contracts_requested.connect(lambda: navigator.go("contracts"))
        return screen

    def institute() -> InstituteScreen:
        screen = InstituteScreen(catalogue, language)
        screen.finder_requested.connect(lambda: navigator.go("finder"))
        return screen

    navigator.register("home", home)
    navigator.register("institute", institute)
    _register_programme_screens(window, content, language)
    _register_contract_screens(window, content, language)
    navigator.home()
    return window


def _register_programme_screens(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    from kiosk.ui.screens.finder import FinderScreen
    from kiosk.ui.screens.programme import ProgrammeScreen

    navigator = window.navigator

    def finder() -> FinderScreen:
        screen = FinderScreen(content.catalogue, language)
        screen.programme_chosen.connect(lambda programme_id: navigator.go("programme", programme_id))
        return screen

    def programme() -> ProgrammeScreen:
        screen = ProgrammeScreen(content.catalogue, language)
        screen.programme_chosen.connect(lambda programme_id: navigator.go("programme", programme_id))
        screen.simulation_requested.connect(lambda preset: navigator.go("simulator", preset))
        return screen

    navigator.register("finder", finder)
    navigator.register("programme", programme)


def _register_contract_screens(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    from kiosk.ui.screens.contracts import ContractsScreen
    from kiosk.ui.screens.simulator import SimulatorScreen

    navigator = window.navigator

    def contracts() -> ContractsScreen:
        screen = ContractsScreen(content.catalogue, language)
        screen.simulation_requested.connect(lambda preset: navigator.go("simulator", preset))
        return screen

    def simulator() -> SimulatorScreen:
        return SimulatorScreen(content.catalogue, content.legal, language)

    navigator.register("contracts", contracts)
    navigator.register("simulator", simulator)


def load_content(db_url: str | None) -> KioskContent:
    from kiosk.cli import CliContext

    context = CliContext(db_url)
    return KioskContent(context.catalogue(), context.legal_figures())


def run_kiosk(args: argparse.Namespace) -> int:
    app = create_application()
    apply_theme(app)
    language = LanguageController(translations_dir())
    language.set_language(args.lang or DEFAULT_LANGUAGE)
    window = build_window(load_content(args.db), language)
    window.resize(1280, 800)
    window.show()
    return app.exec()


def start_language(value: str | None) -> Lang:
    return "en" if value == "en" else "fr"
