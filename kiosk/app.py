"""Assembles the kiosk in one place, from explicit options, and wires it: the screens and their
intents, the language, the shell, the printed copies and the usage counts. No globals.

Everything that can change how a kiosk behaves (its data folder, its catalogue server, its printer
policy, its language, its size) is in :class:`KioskOptions`, decided once at start-up
(:meth:`KioskOptions.from_command_line` is the only place that reads the environment). The kiosk
window, the monkey, the self-test, the layout check and the tests all call :func:`assemble_kiosk`.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QLayout, QWidget

from kiosk.domain.catalogue import Catalogue, Lang, language_or_default
from kiosk.domain.kinds import ScreenName
from kiosk.domain.pay.figures import LegalFigures
from kiosk.memory import release_free_memory
from kiosk.paths import resources_dir, translations_dir
from kiosk.settings import SettingsStore, settings_path, with_kiosk_id
from kiosk.ui.delivery import SUMMARIES_FOLDER, PrinterPolicy, SummaryDelivery
from kiosk.ui.event_filter import ApplicationFilter, application_filter, install_at_first_paint
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.navigator import ScreenWarmer, Visit
from kiosk.ui.shell.shell import RELEASE_MEMORY_DELAY_MS, WINDOWED_SIZE, CatalogueSource, KioskShell
from kiosk.ui.shell.staff import LONG_PRESS_MS
from kiosk.ui.usage import UsageCounter, UsageStore
from kiosk.ui.widgets.touch import FocusByKeyboard, OneFinger

if TYPE_CHECKING:
    from kiosk.data.catalogue_store import LoadedCatalogue
    from kiosk.ui.fleet import FleetClient

    # Screens other than home are imported on first use (start-up time): see the factories below.
    from kiosk.ui.screens.attract import AttractScreen
    from kiosk.ui.screens.contracts import ContractsScreen
    from kiosk.ui.screens.finder import FinderScreen
    from kiosk.ui.screens.institute import InstituteScreen
    from kiosk.ui.screens.programme import ProgrammeScreen
    from kiosk.ui.screens.simulator import SimulatorScreen

#: The environment a kiosk reads at start-up, and nowhere else (see :meth:`KioskOptions.from_command_line`).
DB_URL_ENVIRONMENT = "KIOSK_DB_URL"
PRINTER_ENVIRONMENT = "KIOSK_PRINTER"
BENCH_ENVIRONMENT = "KIOSK_BENCH_EXIT_ON_PAINT"


@dataclass
class KioskContent:
    """What the screens show: the catalogue and the legal pay figures, and where they come from.

    ``origin`` is a :class:`kiosk.data.catalogue_store.CatalogueOrigin` value ("bundled", "imported",
    "server", "server-copy"); ``status`` is one line for the staff menu; ``degraded`` is True when a
    fallback is shown instead of the catalogue asked for (server unreachable, corrupt import);
    ``digest`` is its version, ``fetched`` when it was read from a server (or its copy saved).
    """

    catalogue: Catalogue
    legal: LegalFigures
    origin: str = "bundled"
    status: str = ""
    degraded: bool = False
    location: str = ""
    digest: str = ""
    fetched: datetime | None = None

    @property
    def source(self) -> CatalogueSource:
        return CatalogueSource(self.origin, self.degraded, self.location, self.digest, self.fetched)


@dataclass(frozen=True)
class ShellTimings:
    """The shell's delays, in milliseconds; ``None`` idle and countdown delays come from the settings.
    Tests and the monkey shorten or lengthen them."""

    idle_ms: int | None = None
    countdown_ms: int | None = None
    tick_ms: int = 1000
    long_press_ms: int = LONG_PRESS_MS
    release_memory_delay_ms: int = RELEASE_MEMORY_DELAY_MS
    catalogue_check_ms: int | None = None
    """How often a kiosk with a server looks for a new catalogue on the attract screen (None: the settings')."""


@dataclass(frozen=True)
class KioskOptions:
    """How one kiosk is assembled.

    ``data_dir``: where it writes (settings, logs, usage, saved summaries, imported catalogues);
    ``db_url``: a catalogue server, or None for the local catalogues; ``language``: at start (None:
    the settings' default); ``printer``: whether printed copies may go to paper; ``kiosk_mode``:
    fullscreen and locked, else a normal window of ``size`` (or :data:`WINDOWED_SIZE`); ``screen``:
    the display to show it on; ``pseudo``: pseudo-translated interface; ``log_to_file``: the rotating
    log in ``data_dir``; ``count_usage``: write usage counts to ``data_dir``;
    ``exit_on_error_storm``: exit (status 70) after 20 errors in a minute; ``exit_on_first_paint``:
    the start-up benchmark's hook; ``join_fleet``: with a server, look for new catalogues between
    visitors, push the usage counts and send heartbeats (:mod:`kiosk.ui.fleet`);
    ``filter_from_first_paint``: the application's event filter (one finger, keyboard focus, idle
    watch, lock) starts at the window's first paint, not before (the start's speed: see
    :mod:`kiosk.ui.event_filter`); a kiosk that is never painted (some tests) keeps it from the start.
    """

    data_dir: Path
    db_url: str | None = None
    language: Lang | None = None
    printer: PrinterPolicy = PrinterPolicy.SYSTEM
    kiosk_mode: bool = True
    size: tuple[int, int] | None = None
    screen: int | None = None
    pseudo: bool = False
    log_to_file: bool = True
    count_usage: bool = True
    exit_on_error_storm: bool = True
    exit_on_first_paint: bool = False
    join_fleet: bool = True
    filter_from_first_paint: bool = False
    timings: ShellTimings = field(default_factory=ShellTimings)

    @classmethod
    def from_command_line(cls, args: argparse.Namespace, environ: Mapping[str, str] = os.environ) -> KioskOptions:
        """The options of ``python -m kiosk`` (see its ``--help``) and of its environment:
        ``KIOSK_DATA_DIR``, ``KIOSK_DB_URL``, ``KIOSK_PRINTER=none``, ``KIOSK_BENCH_EXIT_ON_PAINT=1``."""
        from kiosk.paths import app_data_dir

        printer = environ.get(PRINTER_ENVIRONMENT, "").strip().lower()
        return cls(
            data_dir=app_data_dir(),
            db_url=getattr(args, "db", None) or environ.get(DB_URL_ENVIRONMENT) or None,
            language=getattr(args, "lang", None),
            printer=PrinterPolicy.NONE if printer == PrinterPolicy.NONE else PrinterPolicy.SYSTEM,
            kiosk_mode=not getattr(args, "windowed", False),
            screen=getattr(args, "screen", None),
            pseudo=bool(getattr(args, "pseudo", False)),
            exit_on_first_paint=environ.get(BENCH_ENVIRONMENT) == "1",
            filter_from_first_paint=True,
        )

    def offscreen(self, size: tuple[int, int]) -> KioskOptions:
        """These options for a kiosk that nobody uses: the self-test, the monkey, the layout check. A
        window of ``size``, never on paper, no log file, no usage counts, no exit on errors, no
        word to a fleet's server, and its event filter from the start (it may tap before a paint)."""
        return replace(
            self,
            filter_from_first_paint=False,
            kiosk_mode=False,
            size=size,
            printer=PrinterPolicy.NONE,
            log_to_file=False,
            count_usage=False,
            exit_on_error_storm=False,
            join_fleet=False,
        )


class QuitOnFirstPaint(QObject):
    """Start-up benchmark hook: once the window is first painted, print the instant on the standard
    output (``first-paint <time.monotonic()>``, the clock the benchmark reads too) and quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            # exit(), not quit(): the kiosk lockdown refuses to close its window.
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else ["impgt-kiosk"])
    app.setApplicationName("impgt-kiosk")
    app.setOrganizationName("IMPGT")
    return app


def configure_input(app: QApplication, *, filter_now: bool = True) -> ApplicationFilter:
    """A touchscreen kiosk has no double click: two quick taps are two taps, and a tap followed at
    once by a flick scrolls (Qt turns a press soon after a release into a double click, which
    neither the flick gesture nor a long press would see). And one finger at a time (:class:`OneFinger`).

    Returns the application's event filter, installed unless ``filter_now`` is False (then
    :func:`kiosk.ui.event_filter.install_at_first_paint` installs it)."""
    app.styleHints().setMouseDoubleClickInterval(0)
    watchers = application_filter(installed=filter_now)
    if app.findChild(OneFinger) is None:
        watchers.add(OneFinger(app))
        watchers.add(FocusByKeyboard(app))
    return watchers


def _adopt_focus(widgets: list[QWidget]) -> None:
    for widget in widgets:
        FocusByKeyboard.adopt(widget)


def apply_theme(app: QApplication) -> None:
    """Load the bundled fonts, so that the kiosk looks the same on every machine (its style sheet
    goes on its window: :class:`kiosk.ui.accessibility.AccessibilityController`)."""
    if not QFontDatabase.families().count("DejaVu Sans"):
        for font in sorted((resources_dir() / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))


@dataclass(frozen=True)
class ScreenServices:
    """What the screens are given besides the catalogue: where printed copies go, what counts."""

    delivery: SummaryDelivery
    usage: UsageCounter
    today: Callable[[], date] = date.today


def register_screens(
    window: KioskWindow, content: KioskContent, language: LanguageController, services: ScreenServices
) -> None:
    """Register and wire every screen; again after a catalogue reload (see ``Navigator.clear``)."""
    from kiosk.ui.screens.home import HomeScreen

    navigator = window.navigator
    catalogue = content.catalogue

    def simulate() -> None:
        from kiosk.domain.presets import SimulationPreset  # the pay rules: after the first paint

        navigator.go(ScreenName.SIMULATOR, SimulationPreset())

    def home() -> HomeScreen:
        screen = HomeScreen(catalogue, language)
        screen.institute_requested.connect(lambda: navigator.go(ScreenName.INSTITUTE))
        screen.finder_requested.connect(lambda: navigator.go(ScreenName.FINDER))
        screen.contracts_requested.connect(lambda: navigator.go(ScreenName.CONTRACTS))
        screen.simulator_requested.connect(simulate)
        return screen

    def institute() -> InstituteScreen:
        from kiosk.ui.screens.institute import InstituteScreen

        screen = InstituteScreen(catalogue, language)
        screen.finder_requested.connect(lambda: navigator.go(ScreenName.FINDER))
        return screen

    def attract() -> AttractScreen:
        # A touch on it takes the visitor home through the shell's idle watcher
        # (:meth:`kiosk.ui.shell.shell.KioskShell._on_woken`), its one way out.
        from kiosk.ui.screens.attract import AttractScreen

        return AttractScreen(catalogue, content.legal, language, services.today)

    navigator.register(ScreenName.HOME, home)
    navigator.register(ScreenName.INSTITUTE, institute)
    _register_programme_screens(window, content, language, services)
    _register_contract_screens(window, content, language, services)
    navigator.register(ScreenName.ATTRACT, attract)


def _register_programme_screens(
    window: KioskWindow, content: KioskContent, language: LanguageController, services: ScreenServices
) -> None:
    navigator = window.navigator

    def finder() -> FinderScreen:
        from kiosk.ui.screens.finder import FinderScreen

        screen = FinderScreen(content.catalogue, language)
        screen.programme_chosen.connect(lambda programme_id: navigator.go(ScreenName.PROGRAMME, programme_id))
        services.usage.finder_created(screen.programme_filter)
        screen.filter_changed.connect(services.usage.filter_changed)
        return screen

    def programme() -> ProgrammeScreen:
        from kiosk.ui.screens.programme import ProgrammeScreen

        screen = ProgrammeScreen(content.catalogue, language, services.delivery)
        screen.programme_chosen.connect(lambda programme_id: navigator.go(ScreenName.PROGRAMME, programme_id))
        screen.simulation_requested.connect(lambda preset: navigator.go(ScreenName.SIMULATOR, preset))
        return screen

    navigator.register(ScreenName.FINDER, finder)
    navigator.register(ScreenName.PROGRAMME, programme)


def _register_contract_screens(
    window: KioskWindow, content: KioskContent, language: LanguageController, services: ScreenServices
) -> None:
    navigator = window.navigator

    def contracts() -> ContractsScreen:
        from kiosk.ui.screens.contracts import ContractsScreen

        screen = ContractsScreen(content.catalogue, content.legal, language, services.today)
        screen.simulation_requested.connect(lambda preset: navigator.go(ScreenName.SIMULATOR, preset))
        return screen

    def simulator() -> SimulatorScreen:
        from kiosk.ui.screens.simulator import SimulatorScreen

        screen = SimulatorScreen(content.catalogue, content.legal, language, services.delivery, services.today)
        screen.result_changed.connect(services.usage.result_changed)
        return screen

    navigator.register(ScreenName.CONTRACTS, contracts)
    navigator.register(ScreenName.SIMULATOR, simulator)


def load_content(db_url: str | None, data_dir: Path) -> KioskContent:
    """Open the catalogue the kiosk shows; call it again to reload (one small read, no restart).

    ``db_url``: a catalogue server, or None for the local catalogues of ``data_dir`` (the application
    data location). Never fails for a bad server or imported file: it falls back and says so in ``status``.
    Without a server it reads the catalogue file's snapshot with ``sqlite3`` alone: SQLAlchemy is not
    even imported.
    """
    from kiosk.data.catalogue_store import open_catalogue

    return content_of(open_catalogue(db_url, data_dir))


def content_of(loaded: LoadedCatalogue) -> KioskContent:
    """What the screens show of a catalogue the data layer opened."""
    return KioskContent(
        loaded.catalogue,
        loaded.legal,
        loaded.origin.value,
        loaded.status,
        loaded.degraded,
        loaded.location,
        loaded.digest,
        loaded.fetched,
    )


def pick_screen(index: int | None) -> QScreen | None:
    """The display ``index`` (0 is the first), or ``None`` for the primary one.

    Raises:
        ValueError: no such display, naming how many there are.
    """
    if index is None:
        return None
    screens = QGuiApplication.screens()
    if not 0 <= index < len(screens):
        raise ValueError(f"no screen {index}: this computer has {len(screens)} (0 to {len(screens) - 1})")
    return screens[index]


class _NoUsageStore:
    """Counts kept nowhere: a kiosk nobody uses (self-test, monkey, layout check) records nothing."""

    def add_counts(self, counts: object) -> None:
        """Nothing is written."""

    def totals(self, day: date) -> dict:  # type: ignore[type-arg]
        return {}


@dataclass
class Kiosk:
    """An assembled kiosk: start it, run its event loop, stop it."""

    options: KioskOptions
    app: QApplication
    store: SettingsStore
    language: LanguageController
    content: KioskContent
    window: KioskWindow
    shell: KioskShell
    usage: UsageCounter
    log_file: Path | None = None
    fleet: FleetClient | None = None

    def start(self) -> None:
        """Show the window in its mode and start the shell (idle watch, error recovery, lock), and
        with a server, say so to it."""
        self.shell.start(kiosk=self.options.kiosk_mode)
        if not self.options.kiosk_mode:
            if self.options.size is not None:
                # A fixed size stands for a screen (the offscreen checks): the window keeps it, as a
                # kiosk's keeps its screen, whatever its screens would need.
                layout = self.window.layout()
                if layout is not None:
                    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            self.window.resize(*(self.options.size or WINDOWED_SIZE))
        if self.fleet is not None:
            self.fleet.start()

    def run(self) -> int:
        self.start()
        try:
            return self.app.exec()
        finally:
            self.stop()

    def stop(self) -> None:
        """Write what is still counted (then push it to the server), and undo what :meth:`start`
        changed in the application."""
        self.usage.write()
        if self.fleet is not None:
            self.fleet.stop()
        self.shell.stop()

    def close(self) -> None:
        """Stop, then take the window and the translators away (tests assemble many kiosks)."""
        self.stop()
        self.shell.lock.allow_close()
        self.window.close()
        self.language.uninstall()
        self.window.deleteLater()


def assemble_kiosk(
    options: KioskOptions,
    *,
    content: KioskContent | None = None,
    usage_store: UsageStore | None = None,
    exit_application: Callable[[int], None] = QCoreApplication.exit,
    release_memory: Callable[[], object] = release_free_memory,
    clock: Callable[[], float] = time.time,
    today: Callable[[], date] = date.today,
) -> Kiosk:
    """The kiosk of ``options``, built and wired, not started (see :meth:`Kiosk.start`).

    ``content`` (default: read the catalogue of the options) and ``usage_store`` (default: the usage
    file of the data folder) let tests reuse what they already have; the callables are the outside
    world the shell acts on (exiting, releasing memory, the clock) and the simulator's today.

    Raises:
        ValueError: ``options.screen`` names no display.
    """
    log_file, log_problem = None, ""
    if options.log_to_file:
        from kiosk import logs

        log_file = logs.configure_file_logging(options.data_dir)
        log_problem = logs.log_problem()  # why the log is not in its file (a read-only data folder)
    app = create_application()
    watchers = configure_input(app, filter_now=not options.filter_from_first_paint)
    apply_theme(app)
    screen = pick_screen(options.screen)
    store = SettingsStore(settings_path(options.data_dir))
    language = LanguageController(translations_dir(), pseudo=options.pseudo)
    language.set_language(options.language or language_or_default(store.settings.default_language))
    data_dir, db_url = options.data_dir, options.db_url
    content = content or load_content(db_url, data_dir)
    if usage_store is None:
        if options.count_usage:
            from kiosk.data.stats import UsageStats, stats_path

            usage_store = UsageStats(stats_path(data_dir))
        else:
            usage_store = _NoUsageStore()
    usage = UsageCounter(usage_store, today)
    services = ScreenServices(SummaryDelivery(options.printer, data_dir / SUMMARIES_FOLDER), usage, today)

    window = KioskWindow(language)
    # The widgets polished before the filter was installed get their focus policy then.
    install_at_first_paint(window, watchers, lambda: _adopt_focus(QApplication.allWidgets()))
    # Frameless now, while the window is empty: set later, the flag costs a restyle of every widget.
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint, options.kiosk_mode)
    if options.size is not None:
        window.accessibility.set_screen_size(QSize(*options.size))
    window.accessibility.apply()
    register_screens(window, content, language, services)
    navigator = window.navigator
    navigator.home()  # where the kiosk starts: not a visitor's doing, so not counted
    # The other screens are built while the kiosk waits after its first paint, not before it.
    warmer = ScreenWarmer(navigator, window)

    def count_visit(visit: Visit) -> None:
        usage.screen_shown(visit.screen, visit.argument)

    navigator.visited.connect(count_visit)
    for button in (window.header.french_button, window.header.english_button):
        button.pressed.connect(lambda: usage.language_pressed(language.language))
        button.clicked.connect(lambda: usage.language_chosen(language.language))

    def rebuild(fresh: KioskContent) -> tuple[Catalogue, CatalogueSource]:
        navigator.clear()
        register_screens(window, fresh, language, services)
        navigator.home()
        warmer.start()
        return fresh.catalogue, fresh.source

    def reload() -> tuple[Catalogue, CatalogueSource]:
        return rebuild(load_content(db_url, data_dir))

    def show_found(update: object) -> tuple[Catalogue, CatalogueSource]:
        from kiosk.data.catalogue_store import LoadedCatalogue

        if not isinstance(update, LoadedCatalogue):
            raise TypeError(f"not a catalogue: {update!r}")
        return rebuild(content_of(update))

    fleet = _join_fleet(db_url, options, store, today) if db_url and options.join_fleet else None

    timings = options.timings
    shell = KioskShell(
        window,
        language,
        store,
        content.catalogue,
        reload=reload,
        catalogue_source=content.source,
        log_file=log_file,
        log_problem=log_problem,
        screen=screen,
        idle_ms=timings.idle_ms,
        countdown_ms=timings.countdown_ms,
        tick_ms=timings.tick_ms,
        long_press_ms=timings.long_press_ms,
        clock=clock,
        exit_on_error_storm=options.exit_on_error_storm,
        exit_application=exit_application,
        release_memory=release_memory,
        release_memory_delay_ms=timings.release_memory_delay_ms,
        reference_size=QSize(*options.size) if options.size is not None else None,
        fleet=fleet,
        show_catalogue=show_found,
    )
    # Large text and high contrast are the visitor's choice: the next visitor starts without them.
    shell.idle.timed_out.connect(window.accessibility.reset)
    usage.quiet_while(lambda: shell.resetting)
    shell.idle.timed_out.connect(usage.idle_reset)
    if fleet is not None:
        shell.idle.timed_out.connect(fleet.between_visitors)  # after the counts reached the kiosk's file
    shell.set_usage_source(usage.today_summary)
    if options.exit_on_first_paint:
        window.installEventFilter(QuitOnFirstPaint(window))
    return Kiosk(options, app, store, language, content, window, shell, usage, log_file, fleet)


def _join_fleet(db_url: str, options: KioskOptions, store: SettingsStore, today: Callable[[], date]) -> FleetClient:
    """The kiosk's link to its server, under its id (made now, once, if it has none)."""
    from kiosk.data.fleet import FleetLink
    from kiosk.data.stats import UsageStats, stats_path
    from kiosk.ui.fleet import FleetClient

    if not store.settings.kiosk_id:
        store.update(with_kiosk_id(store.settings))
    stats = UsageStats(stats_path(options.data_dir))
    link = FleetLink(db_url, options.data_dir, store.settings.kiosk_id, stats)
    return FleetClient(link, store, options.timings.catalogue_check_ms, today)


def run_kiosk(args: argparse.Namespace) -> int:
    """Kiosk mode (fullscreen, locked) unless ``--windowed``; see :class:`kiosk.ui.shell.shell.KioskShell`."""
    import sys

    try:
        kiosk = assemble_kiosk(KioskOptions.from_command_line(args))
    except ValueError as error:
        print(f"impgt-kiosk: error: --screen: {error}", file=sys.stderr)
        return 2
    return kiosk.run()
