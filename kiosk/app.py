"""Builds the kiosk and wires it: screens, their intents, the language. No globals."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.domain.catalogue import Catalogue, Lang
from kiosk.domain.pay.figures import LegalFigures
from kiosk.paths import resources_dir, translations_dir
from kiosk.settings import SettingsStore
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow

if TYPE_CHECKING:
    # Screens other than home are imported on first use (start-up time): see the factories below.
    from kiosk.ui.screens.attract import AttractScreen
    from kiosk.ui.screens.contracts import ContractsScreen
    from kiosk.ui.screens.finder import FinderScreen
    from kiosk.ui.screens.institute import InstituteScreen
    from kiosk.ui.screens.programme import ProgrammeScreen
    from kiosk.ui.screens.simulator import SimulatorScreen
    from kiosk.ui.shell.shell import KioskShell
    from kiosk.usage import UsageRecorder


@dataclass
class KioskContent:
    """What the screens show: the catalogue and the legal pay figures, and where they come from.

    ``origin`` is a :class:`kiosk.data.catalogue_store.CatalogueOrigin` value ("bundled", "imported",
    "server", "server-copy"); ``status`` is one line for the staff menu; ``degraded`` is True when a
    fallback is shown instead of the catalogue asked for (server unreachable, corrupt import).
    """

    catalogue: Catalogue
    legal: LegalFigures
    origin: str = "bundled"
    status: str = ""
    degraded: bool = False


class QuitOnFirstPaint(QObject):
    """Start-up benchmark hook (``KIOSK_BENCH_EXIT_ON_PAINT=1``): quit once the window is first painted."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # exit(), not quit(): the kiosk lockdown refuses to close its window.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


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


def build_window(
    content: KioskContent, language: LanguageController, usage: UsageRecorder | None = None
) -> KioskWindow:
    """The main window with every screen registered (created on first use) and wired; ``usage``
    counts what visitors do (screens, programmes, filters, simulations, languages)."""
    window = KioskWindow(language)
    register_screens(window, content, language)
    window.navigator.home()
    if usage is not None:
        usage.watch_window(window, language)
    return window


def register_screens(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    """Register and wire every screen; again after a catalogue reload (see ``Navigator.clear``)."""
    from kiosk.ui.screens.home import HomeScreen

    navigator = window.navigator
    catalogue = content.catalogue

    def home() -> HomeScreen:
        screen = HomeScreen(catalogue, language)
        screen.institute_requested.connect(lambda: navigator.go("institute"))
        screen.finder_requested.connect(lambda: navigator.go("finder"))
        screen.contracts_requested.connect(lambda: navigator.go("contracts"))
        return screen

    def institute() -> InstituteScreen:
        from kiosk.ui.screens.institute import InstituteScreen

        screen = InstituteScreen(catalogue, language)
        screen.finder_requested.connect(lambda: navigator.go("finder"))
        return screen

    navigator.register("home", home)
    navigator.register("institute", institute)
    _register_programme_screens(window, content, language)
    _register_contract_screens(window, content, language)
    _register_attract_screen(window, content, language)


def _register_attract_screen(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    """The attract screen; a touch on it takes the visitor home through the shell's idle watcher
    (:meth:`kiosk.ui.shell.shell.KioskShell._on_woken`), its one way out."""

    def attract() -> AttractScreen:
        from kiosk.ui.screens.attract import AttractScreen

        return AttractScreen(content.catalogue, language)

    window.navigator.register("attract", attract)


def _register_programme_screens(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    navigator = window.navigator

    def finder() -> FinderScreen:
        from kiosk.ui.screens.finder import FinderScreen

        screen = FinderScreen(content.catalogue, language)
        screen.programme_chosen.connect(lambda programme_id: navigator.go("programme", programme_id))
        return screen

    def programme() -> ProgrammeScreen:
        from kiosk.ui.screens.programme import ProgrammeScreen

        screen = ProgrammeScreen(content.catalogue, language)
        screen.programme_chosen.connect(lambda programme_id: navigator.go("programme", programme_id))
        screen.simulation_requested.connect(lambda preset: navigator.go("simulator", preset))
        return screen

    navigator.register("finder", finder)
    navigator.register("programme", programme)


def _register_contract_screens(window: KioskWindow, content: KioskContent, language: LanguageController) -> None:
    navigator = window.navigator

    def contracts() -> ContractsScreen:
        from kiosk.ui.screens.contracts import ContractsScreen

        screen = ContractsScreen(content.catalogue, language)
        screen.simulation_requested.connect(lambda preset: navigator.go("simulator", preset))
        return screen

    def simulator() -> SimulatorScreen:
        from kiosk.ui.screens.simulator import SimulatorScreen

        return SimulatorScreen(content.catalogue, content.legal, language)

    navigator.register("contracts", contracts)
    navigator.register("simulator", simulator)


def load_content(db_url: str | None, data_dir: Path | None = None) -> KioskContent:
    """Open the catalogue the kiosk shows; call it again to reload (one small read, no restart).

    ``db_url``: ``--db`` (else ``KIOSK_DB_URL``); ``data_dir``: the application data location
    (default :func:`kiosk.paths.app_data_dir`, the same folder as Qt's AppDataLocation). Never fails
    for a bad server or imported file: it falls back and says so in ``status``.
    """
    from kiosk.data.catalogue_store import catalogue_url, open_catalogue
    from kiosk.paths import app_data_dir

    loaded = open_catalogue(catalogue_url(db_url), data_dir or app_data_dir())
    return KioskContent(loaded.catalogue, loaded.legal, loaded.origin.value, loaded.status, loaded.degraded)


def build_shell(
    window: KioskWindow,
    content: KioskContent,
    language: LanguageController,
    store: SettingsStore,
    reload_content: Callable[[], KioskContent] | None = None,
    **options: Any,
) -> KioskShell:
    """Wrap ``window`` in the kiosk shell. The staff menu's "reload the catalogue" calls
    ``reload_content`` and rebuilds every screen with what it returns."""
    from kiosk.ui.shell.shell import KioskShell

    def reload() -> tuple[Catalogue, str]:
        assert reload_content is not None
        fresh = reload_content()
        window.navigator.clear()
        register_screens(window, fresh, language)
        window.navigator.home()
        return fresh.catalogue, fresh.status

    shell = KioskShell(
        window,
        language,
        store,
        content.catalogue,
        reload=reload if reload_content is not None else None,
        catalogue_status=content.status,
        **options,
    )
    # Large text and high contrast are the visitor's choice: the next visitor starts without them.
    shell.idle.timed_out.connect(window.accessibility.reset)
    return shell


def run_kiosk(args: argparse.Namespace) -> int:
    """Kiosk mode (fullscreen, locked) unless ``--windowed``; see :class:`kiosk.ui.shell.shell.KioskShell`."""
    from kiosk.logs import configure_file_logging
    from kiosk.paths import app_data_dir
    from kiosk.settings import settings_path
    from kiosk.ui.shell.shell import pick_screen

    data_dir = app_data_dir()
    log_file = configure_file_logging(data_dir)
    store = SettingsStore(settings_path(data_dir))
    app = create_application()
    apply_theme(app)
    try:
        screen = pick_screen(getattr(args, "screen", None))
    except IndexError as error:
        print(f"impgt-kiosk: error: --screen: {error}", file=sys.stderr)
        return 2
    language = LanguageController(translations_dir(), pseudo=bool(getattr(args, "pseudo", False)))
    language.set_language(args.lang or start_language(store.settings.default_language))
    content = load_content(args.db)
    usage = open_usage(data_dir)
    window = build_window(content, language, usage)
    shell = build_shell(
        window, content, language, store, lambda: load_content(args.db), log_file=log_file, screen=screen
    )
    usage.watch_shell(shell)
    shell.staff_menu.set_usage_source(usage.today_summary)
    if os.environ.get("KIOSK_BENCH_EXIT_ON_PAINT") == "1":
        window.installEventFilter(QuitOnFirstPaint(window))
    shell.start(kiosk=not args.windowed)
    status = app.exec()
    shell.stop()
    return status


def open_usage(data_dir: Path) -> UsageRecorder:
    """The anonymous usage counters of this kiosk (``usage.sqlite`` in the data location)."""
    from kiosk.data.stats import UsageStats, stats_path
    from kiosk.usage import UsageRecorder

    return UsageRecorder(UsageStats(stats_path(data_dir)))


def start_language(value: str | None) -> Lang:
    return "en" if value == "en" else "fr"
