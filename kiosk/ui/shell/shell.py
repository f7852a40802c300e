"""The kiosk shell: wraps the kiosk window with its modes, idle reset, staff access and recovery.

:mod:`kiosk.app` builds it around the window; the screens know nothing of it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QScreen, QWindow
from PySide6.QtWidgets import QApplication, QLayout

from kiosk import __version__, logs
from kiosk.domain.catalogue import Catalogue, language_or_default
from kiosk.domain.fleet import catalogue_version
from kiosk.domain.kinds import ScreenName
from kiosk.memory import release_free_memory
from kiosk.settings import KioskSettings, SettingsStore, lock_remaining, try_pin
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.metrics import TOUCH_TARGET, minimum_size
from kiosk.ui.shell.errors import STORM_EXIT_STATUS, STORM_LIMIT, ApologyBanner, ErrorRecovery
from kiosk.ui.shell.idle import CountdownOverlay, IdleWatcher
from kiosk.ui.shell.lockdown import KioskLock
from kiosk.ui.shell.staff import LONG_PRESS_MS, LongPressDetector, PinPadOverlay, StaffMenuOverlay, local_time
from kiosk.ui.widgets.overlay import Overlay, close_dialog, open_dialogs

if TYPE_CHECKING:
    from kiosk.ui.fleet import FleetClient

log = logging.getLogger("kiosk.shell")

WINDOWED_SIZE = (1280, 800)
#: After a reset, the wait before freed memory goes back to the system: time for the closed
#: dialogs and replaced widgets to be deleted, and for the attract screen to paint.
RELEASE_MEMORY_DELAY_MS = 1000


@dataclass(frozen=True)
class CatalogueSource:
    """Where the catalogue shown comes from, for the staff menu to say in the visitor's language
    (``origin``: bundled, imported, server, server-copy; ``degraded``: a fallback is shown;
    ``digest``: its version; ``fetched``: when it was read from the server, or its copy saved)."""

    origin: str = "bundled"
    degraded: bool = False
    location: str = ""
    digest: str = ""
    fetched: datetime | None = None


class KioskShell(QObject):
    """Owns what runs around the screens. ``reload`` loads the catalogue again and rebuilds the
    screens with it (given by :mod:`kiosk.app`); it returns the new catalogue and a status line.
    With a server, ``fleet`` looks for new catalogues on the attract screen; ``show_catalogue``
    rebuilds the screens with one it found (the shell calls it between two visitors only).

    ``memory_released`` tells that the memory freed during a visit went back to the system (see
    :meth:`reset_for_next_visitor`)."""

    memory_released = Signal()

    def __init__(
        self,
        window: KioskWindow,
        language: LanguageController,
        store: SettingsStore,
        catalogue: Catalogue,
        reload: Callable[[], tuple[Catalogue, CatalogueSource]] | None = None,
        catalogue_source: CatalogueSource | None = None,
        log_file: Path | None = None,
        log_problem: str = "",
        screen: QScreen | None = None,
        idle_ms: int | None = None,
        countdown_ms: int | None = None,
        tick_ms: int = 1000,
        long_press_ms: int = LONG_PRESS_MS,
        clock: Callable[[], float] = time.time,
        exit_on_error_storm: bool = True,
        exit_application: Callable[[int], None] = QCoreApplication.exit,
        release_memory: Callable[[], object] = release_free_memory,
        release_memory_delay_ms: int = RELEASE_MEMORY_DELAY_MS,
        reference_size: QSize | None = None,
        fleet: FleetClient | None = None,
        show_catalogue: Callable[[object], tuple[Catalogue, CatalogueSource]] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.navigator = window.navigator
        self.language = language
        self.store = store
        self._catalogue = catalogue
        self._reload = reload
        self._catalogue_source = catalogue_source or CatalogueSource()
        self._catalogue_loaded = QDateTime.currentDateTime()
        self._log_file = log_file
        self._log_problem = log_problem
        self._screen = screen
        self._clock = clock
        self._fixed_idle_ms = idle_ms
        self._fixed_countdown_ms = countdown_ms
        self._kiosk_mode = False
        self._reference_size = reference_size
        self._followed: QScreen | None = None
        self._handle_followed: QWindow | None = None
        self._cursor_hidden = False
        self._resetting = False
        self._exit_application = exit_application
        # A day of visitors leaves the allocator's freed pages scattered in its heap (see
        # kiosk.memory): each reset hands them back, so that the resident size does not creep.
        self._release_memory = release_memory
        self._release_timer = QTimer(self)
        self._release_timer.setSingleShot(True)
        self._release_timer.setInterval(release_memory_delay_ms)
        self._release_timer.timeout.connect(self._on_release_due)
        self.fleet = fleet
        self._show_catalogue = show_catalogue
        self._pending_catalogue: object | None = None

        settings = store.settings
        self.idle = IdleWatcher(
            idle_ms if idle_ms is not None else settings.idle_delay * 1000,
            countdown_ms if countdown_ms is not None else settings.countdown * 1000,
            tick_ms,
            self,
        )
        # The shell's overlays are built when first needed (the staff menu alone is some 60
        # widgets): none of them is on the first screen.
        self._countdown: CountdownOverlay | None = None
        self._pin_pad: PinPadOverlay | None = None
        self._staff_menu: StaffMenuOverlay | None = None
        self._banner: ApologyBanner | None = None
        self._usage_source: Callable[[], list[tuple[str, int]]] | None = None
        self.lock = KioskLock(window, self, on_restored=lambda: self._restore_full_screen())
        self.errors = ErrorRecovery(
            self.recover_from_error,
            on_storm=(lambda: exit_application(STORM_EXIT_STATUS)) if exit_on_error_storm else None,
            storm_limit=None if not exit_on_error_storm else STORM_LIMIT,
            parent=self,
        )

        brand = window.header.brand
        minimum_size(brand, TOUCH_TARGET * 2, TOUCH_TARGET)
        self.long_press = LongPressDetector(brand, long_press_ms, self)

        self.idle.countdown_started.connect(self._on_countdown_started)
        self.idle.timed_out.connect(self.reset_for_next_visitor)
        self.idle.woken.connect(self._on_woken)
        self.navigator.current_changed.connect(self._on_screen_changed)
        self.long_press.long_pressed.connect(self.open_pin_pad)
        if fleet is not None:
            self._tell_fleet_shown()
            fleet.catalogue_found.connect(self._on_catalogue_found)
            self.errors.exception_caught.connect(lambda _text: fleet.count_error())

    # --- overlays, built on first use ---------------------------------------------------------------

    @property
    def countdown(self) -> CountdownOverlay:
        if self._countdown is None:
            self._countdown = CountdownOverlay(self.window)
            self.idle.countdown_tick.connect(self._countdown.set_seconds)
            self.idle.countdown_cancelled.connect(self._countdown.hide)
        return self._countdown

    @property
    def pin_pad(self) -> PinPadOverlay:
        if self._pin_pad is None:
            self._pin_pad = PinPadOverlay(self.window)
            self._pin_pad.submitted.connect(self._on_pin_submitted)
        return self._pin_pad

    @property
    def staff_menu(self) -> StaffMenuOverlay:
        if self._staff_menu is None:
            menu = self._staff_menu = StaffMenuOverlay(self.window)
            menu.resume_requested.connect(menu.hide)
            menu.quit_requested.connect(self.quit)
            menu.reload_requested.connect(self.reload_catalogue)
            menu.mode_switch_requested.connect(self.toggle_mode)
            menu.settings_saved.connect(self.apply_settings)
            if self._usage_source is not None:
                menu.set_usage_source(self._usage_source)
            if self.fleet is not None:
                menu.set_fleet_source(self.fleet.read_fleet)
                self.fleet.fleet_read.connect(menu.show_fleet)
        return self._staff_menu

    @property
    def banner(self) -> ApologyBanner:
        if self._banner is None:
            self._banner = ApologyBanner(self.window)
        return self._banner

    def set_usage_source(self, source: Callable[[], list[tuple[str, int]]]) -> None:
        """Today's usage counts, for the staff menu."""
        self._usage_source = source
        if self._staff_menu is not None:
            self._staff_menu.set_usage_source(source)

    def _overlays(self) -> list[Overlay]:
        """The shell's overlays built so far."""
        return [overlay for overlay in (self._countdown, self._pin_pad, self._staff_menu) if overlay is not None]

    # --- life cycle ------------------------------------------------------------------------------

    @property
    def kiosk_mode(self) -> bool:
        return self._kiosk_mode

    def start(self, kiosk: bool) -> None:
        """Show the window in its mode, and start watching for idleness and errors."""
        self.errors.install()
        self.set_mode(kiosk)
        self._unfocus()
        self.idle.start()
        self._on_screen_changed(self.navigator.current or "")

    def stop(self) -> None:
        """Undo what :meth:`start` changed in the application (tests, the monkey, quitting)."""
        self.idle.stop()
        self._release_timer.stop()
        self._follow_screen(False)
        self.lock.release()
        self.errors.uninstall()
        self._show_cursor()

    def quit(self) -> None:
        log.info("staff quit the kiosk")
        if self._staff_menu is not None:
            self._staff_menu.hide()
        self.stop()
        self.lock.allow_close()
        self.window.close()
        self._exit_application(0)

    # --- modes -----------------------------------------------------------------------------------

    def set_mode(self, kiosk: bool) -> None:
        """Kiosk: fullscreen, frameless, locked, cursor hidden if set. Windowed: a normal window."""
        self._kiosk_mode = kiosk
        window = self.window
        was_visible = window.isVisible()
        if bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint) != kiosk:
            # A new flag makes a new native window and restyles every widget: the kiosk sets it
            # before its screens are built (see kiosk.app), here only on a switch of mode.
            window.setWindowFlag(Qt.WindowType.FramelessWindowHint, kiosk)
        if self._screen is not None:
            window.setScreen(self._screen)
            window.move(self._screen.geometry().topLeft())
        # In kiosk mode a screen whose contents need more room than the screen has is squeezed,
        # never pushes the window past the screen: its layout sets no minimum size on the window.
        layout = window.layout()
        if layout is not None:
            layout.setSizeConstraint(
                QLayout.SizeConstraint.SetNoConstraint if kiosk else QLayout.SizeConstraint.SetDefaultConstraint
            )
        if kiosk:
            self.lock.engage()
            screen = self._kiosk_screen()
            if screen is not None and not window.isFullScreen():
                # Before showing: a first show would otherwise size the window to its contents.
                window.setGeometry(screen.geometry())
            window.showFullScreen()
            self._follow_screen()
        else:
            self._follow_screen(False)
            self.lock.release()
            window.showNormal()
            if not was_visible or window.isFullScreen():
                window.resize(*WINDOWED_SIZE)
            screen = self._kiosk_screen()
            self._scale_for(screen.size() if screen is not None else None)
        self._apply_cursor()

    def _scale_for(self, size: QSize | None) -> None:
        """The interface's scale follows the screen's size (or the fixed size of an offscreen check)."""
        size = self._reference_size or size
        if size is not None:
            self.window.accessibility.set_screen_size(size)

    def _kiosk_screen(self) -> QScreen | None:
        return self._screen or self.window.screen()

    def _follow_screen(self, follow: bool = True) -> None:
        """In kiosk mode the window covers its whole screen, also where no window manager honours
        "fullscreen" (a bare X session), and follows the screen when its geometry changes (a new
        resolution, a rotation) or when the window lands on another screen."""
        handle = self.window.windowHandle()
        if self._followed is not None:
            self._followed.geometryChanged.disconnect(self._fill_screen)
            self._followed = None
        if handle is not None and self._handle_followed is not handle:
            handle.screenChanged.connect(self._on_window_screen_changed)
            self._handle_followed = handle
        if not follow:
            return
        screen = self._kiosk_screen()
        if screen is not None:
            screen.geometryChanged.connect(self._fill_screen)
            self._followed = screen
            self._fill_screen(screen.geometry())

    def _on_window_screen_changed(self, screen: QScreen | None) -> None:
        if self._kiosk_mode and screen is not None and self._screen is None:
            self._follow_screen()

    def _fill_screen(self, geometry: QRect) -> None:
        """The window takes ``geometry`` (see :meth:`set_mode` for why it never grows past it)."""
        if not self._kiosk_mode:
            return
        self._scale_for(geometry.size())
        # The native window's geometry, not the widget's: QWidget.setGeometry would take the window
        # out of its fullscreen state.
        handle = self.window.windowHandle()
        if handle is not None and handle.geometry() != geometry:
            handle.setGeometry(geometry)

    def _restore_full_screen(self) -> None:
        """The lock saw the window leave its fullscreen state: back to the whole screen."""
        self._follow_screen()

    def toggle_mode(self) -> None:
        self.set_mode(not self._kiosk_mode)
        log.info("staff switched to %s mode", "kiosk" if self._kiosk_mode else "windowed")
        self.staff_menu.open_menu(self.store.settings, self._kiosk_mode, self.about_lines())

    def _apply_cursor(self) -> None:
        if self._kiosk_mode and self.store.settings.hide_cursor:
            if not self._cursor_hidden:
                QApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
                self._cursor_hidden = True
        else:
            self._show_cursor()

    def _show_cursor(self) -> None:
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False

    # --- idle reset ------------------------------------------------------------------------------

    def _on_countdown_started(self, seconds: int) -> None:
        self.countdown.set_seconds(seconds)
        self.countdown.present()

    @property
    def resetting(self) -> bool:
        """True while the shell wipes the screens (idle reset, error recovery): what the screens
        emit meanwhile is not a visitor's doing (see :mod:`kiosk.usage`)."""
        return self._resetting

    def reset_for_next_visitor(self) -> None:
        """Wipe every visitor input, back to the default language, then the attract screen; a
        moment later, give the memory freed meanwhile back to the system."""
        self.close_overlays()
        if self._banner is not None:
            self._banner.hide()
        self._resetting = True
        try:
            self.navigator.reset()
            self.language.set_language(language_or_default(self.store.settings.default_language))
            if self._pending_catalogue is not None:
                self._show_pending_catalogue()  # the new catalogue from the server, for the next visitor
            self.navigator.go(ScreenName.ATTRACT)
            self._unfocus()
        finally:
            self._resetting = False
        self._release_timer.start()

    def _unfocus(self) -> None:
        """No control keeps a keyboard focus frame for the next visitor."""
        central = self.window.centralWidget()
        if central is not None:
            central.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_release_due(self) -> None:
        """Housekeeping, not a visitor's screen: a failure is logged, and the attract screen stays."""
        try:
            self._release_memory()
        except Exception:
            log.exception("could not hand the freed memory back to the system")
            return
        self.memory_released.emit()

    def _on_woken(self) -> None:
        """The one way out of the attract screen: the first input anywhere while it is up. A
        visitor back within a second of the reset does not wait for the memory release (it takes
        a few tens of milliseconds): the next reset does it."""
        self._release_timer.stop()
        if self.navigator.current == ScreenName.ATTRACT:
            self.navigator.home()

    def _on_screen_changed(self, name: str) -> None:
        attract = name == ScreenName.ATTRACT
        self.idle.set_dormant(attract)
        if self.fleet is not None:
            if attract:
                self.fleet.attract_shown()
            else:
                self.fleet.attract_left()

    # --- a new catalogue from the server ---------------------------------------------------------

    def _tell_fleet_shown(self) -> None:
        if self.fleet is not None:
            self.fleet.set_shown(self._catalogue_source.digest, self._catalogue_source.origin)

    def _on_catalogue_found(self, update: object) -> None:
        """Shown at once if nobody uses the kiosk (the attract screen is up), else from the next visitor on."""
        self._pending_catalogue = update
        if self.navigator.current == ScreenName.ATTRACT and not self._resetting:
            self._resetting = True
            try:
                self._show_pending_catalogue()
                self.navigator.go(ScreenName.ATTRACT)
            finally:
                self._resetting = False

    def _show_pending_catalogue(self) -> None:
        """Rebuild the screens with the catalogue found (the caller then shows the attract screen)."""
        update, self._pending_catalogue = self._pending_catalogue, None
        if self._show_catalogue is None or update is None:
            return
        try:
            catalogue, self._catalogue_source = self._show_catalogue(update)
        except Exception:  # the catalogue shown stays; the next look tries again
            log.exception("showing the new catalogue from the server failed")
            return
        self._catalogue = catalogue
        self._catalogue_loaded = QDateTime.currentDateTime()
        log.info(
            "catalogue %s from the server shown: %d programmes",
            catalogue_version(self._catalogue_source.digest),
            len(catalogue.programmes),
        )
        self._tell_fleet_shown()
        if self.fleet is not None:
            self.fleet.between_visitors()  # the fleet view shows the new version at once

    def close_overlays(self) -> None:
        """Hide the shell's panels and close any dialog a screen opened."""
        for overlay in self._overlays():
            overlay.hide()
        for dialog in open_dialogs(self.window):
            close_dialog(dialog)

    # --- errors ----------------------------------------------------------------------------------

    def recover_from_error(self) -> None:
        """After an exception: close what is open, reset the screens, home, and say sorry."""
        self.close_overlays()
        self._resetting = True
        try:
            self.navigator.reset()
        finally:
            try:
                if self.navigator.current != self.navigator.home_screen:
                    self.navigator.home()
            finally:
                self._resetting = False
            self.banner.present()

    # --- staff -----------------------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        """The pad, as the settings in use say: a PIN set or a lock lifted by ``admin`` since is
        taken in, and a count of wrong PINs the file could not keep is kept."""
        settings = self.store.refresh()
        if not settings.has_pin:
            self.pin_pad.show_no_pin()
        else:
            remaining = lock_remaining(settings, self._clock())
            if remaining > 0:
                self.pin_pad.show_locked(remaining)
            else:
                self.pin_pad.show_ready()
        self.pin_pad.present()

    def _on_pin_submitted(self, pin: str) -> None:
        """Check a PIN against the settings in use (never read again from the file, which may not
        hold the last wrong tries: a full disk must not give a guesser more tries)."""
        settings = self.store.settings
        check = try_pin(settings, pin, self._clock())
        if check.settings != settings:
            self.store.update(check.settings)
        if check.accepted:
            log.info("staff PIN accepted")
            self.pin_pad.hide()
            self.open_staff_menu()
        elif check.locked_for > 0:
            log.warning("staff PIN pad locked after wrong PINs")
            self.pin_pad.show_locked(check.locked_for)
        else:
            log.info("wrong staff PIN (%d tries left)", check.attempts_left)
            self.pin_pad.show_wrong(check.attempts_left)

    def open_staff_menu(self) -> None:
        self.staff_menu.open_menu(self.store.settings, self._kiosk_mode, self.about_lines())

    def apply_settings(self, settings: KioskSettings) -> None:
        saved = self.store.update(settings)
        self.idle.set_delays(
            self._fixed_idle_ms if self._fixed_idle_ms is not None else saved.idle_delay * 1000,
            self._fixed_countdown_ms if self._fixed_countdown_ms is not None else saved.countdown * 1000,
        )
        self._apply_cursor()
        if self.fleet is not None:
            self.fleet.apply_settings()
        # Never the PIN's hash and salt: with them a short PIN is guessed offline.
        log.info(
            "staff saved the settings: idle %d s, language %s, cursor %s, catalogue check every %d min",
            saved.idle_delay,
            saved.default_language,
            "hidden" if saved.hide_cursor else "visible",
            saved.catalogue_check_minutes,
        )
        self.staff_menu.set_status(self.tr("Settings saved."))

    def reload_catalogue(self) -> None:
        if self._reload is None:
            return
        try:
            catalogue, self._catalogue_source = self._reload()
        except Exception as error:
            log.exception("reloading the catalogue failed")
            self.staff_menu.set_status(self.tr("The catalogue could not be reloaded: %1").replace("%1", str(error)))
            return
        self._catalogue = catalogue
        self._catalogue_loaded = QDateTime.currentDateTime()
        self._pending_catalogue = None  # what staff reloaded is at least as new
        self._tell_fleet_shown()
        if self.navigator.current is None:
            self.navigator.home()
        log.info("catalogue reloaded: %d programmes", len(catalogue.programmes))
        self.staff_menu.set_status(self.tr("Catalogue reloaded: %n programme(s).", "", len(catalogue.programmes)))

    @property
    def catalogue(self) -> Catalogue:
        """The catalogue shown now (after the last reload)."""
        return self._catalogue

    def catalogue_status_text(self) -> str:
        """Which catalogue is shown, and why, in the interface's language (the details, in
        English, are in the log and in ``python -m kiosk catalogue status``)."""
        source = self._catalogue_source
        where = source.location
        if source.origin == "server":
            return self.tr("Catalogue read from the server %1.").replace("%1", where)
        if source.origin == "server-copy":
            return self.tr("The catalogue server cannot be reached: showing the local copy of its last good catalogue.")
        if source.origin == "imported":
            return self.tr("Catalogue imported by staff on this computer.")
        if source.degraded:
            return self.tr("The catalogue asked for cannot be used: showing the one shipped with the kiosk.")
        return self.tr("Catalogue shipped with this version of the kiosk.")

    def about_lines(self) -> list[str]:
        settings_file = str(self.store.path)
        lines = [
            self.tr("IMPGT Kiosk, version %1").replace("%1", __version__),
            self.tr("Catalogue: %n programme(s)", "", len(self._catalogue.programmes)),
            self.tr("Catalogue loaded on %1").replace(
                "%1", QLocale().toString(self._catalogue_loaded, QLocale.FormatType.ShortFormat)
            ),
        ]
        lines.append(self.catalogue_status_text())
        source = self._catalogue_source
        if source.digest and source.fetched is not None:
            when = QLocale().toString(local_time(source.fetched), QLocale.FormatType.ShortFormat)
            lines.append(
                self.tr("Catalogue version %1, fetched from the server on %2.")
                .replace("%1", catalogue_version(source.digest))
                .replace("%2", when)
            )
        if self.fleet is not None:
            lines += self.fleet.about_lines()
        lines.append(self.tr("Settings file: %1").replace("%1", settings_file))
        if self.store.save_problem:
            lines.append(
                self.tr("The settings could not be saved (%1): they hold until the kiosk stops.").replace(
                    "%1", self.store.save_problem
                )
            )
        if self._log_file is not None:
            lines.append(self.tr("Log file: %1").replace("%1", str(self._log_file)))
        problem = logs.log_problem(self._log_file) if self._log_file is not None else self._log_problem
        if problem:
            lines.append(
                self.tr(
                    "The data folder cannot be written (%1): the log goes to the error output, and settings, "
                    "usage counts and saved summaries are not kept."
                ).replace("%1", problem)
            )
        lines.append(self.tr("Mode: kiosk") if self._kiosk_mode else self.tr("Mode: windowed"))
        return lines
