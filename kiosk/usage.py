"""Counts what visitors do, anonymously, from the signals the window and the shell already emit.

:mod:`kiosk.app` creates one :class:`UsageRecorder` and points it at the window (screens opened,
programmes viewed, filter chips turned on, simulations run, language switches) and at the shell
(idle resets). Counting never disturbs a visitor: a failure to write is logged and forgotten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.data.stats import UsageStats, check_event, today_summary
from kiosk.domain.filters import ProgrammeFilter
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.base import Screen

if TYPE_CHECKING:
    from kiosk.ui.shell.shell import KioskShell

log = logging.getLogger("kiosk.usage")


class UsageRecorder(QObject):
    """``record(event, key)`` adds one to today's counter; ``watch_*`` connect the signals."""

    def __init__(
        self, stats: UsageStats, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.stats = stats
        self._today = today
        self._window: KioskWindow | None = None
        self._shell: KioskShell | None = None
        # Per screen object (its id while it lives): dropped when the screen is destroyed, e.g. by
        # a catalogue reload, so that the screens of an old catalogue are not kept track of.
        self._watched: set[int] = set()
        self._filters: dict[int, ProgrammeFilter] = {}
        self._shown = ""  # the screen of the last ``current_changed`` (the navigator's history runs ahead)
        self._simulated: set[str] = set()  # the contracts already counted in this visit of the simulator
        self._language: LanguageController | None = None
        self._language_at_press = ""

    def record(self, event: str, key: str = "") -> None:
        """Count one ``event`` (see :data:`kiosk.data.stats.EVENTS`) of ``key`` today; never raises."""
        key = key.lower()
        try:
            check_event(event, key)
            self.stats.record(event, key, self._today())
        except Exception:  # a full disk or a locked file must not reach the visitor
            log.exception("could not count %s %s", event, key)

    def today_summary(self) -> list[tuple[str, int]]:
        """Today's count of each event, for the staff menu (empty if the file cannot be read)."""
        try:
            return today_summary(self.stats, self._today())
        except Exception:
            log.exception("could not read the usage counts")
            return []

    # --- wiring ----------------------------------------------------------------------------------

    def watch_window(self, window: KioskWindow, language: LanguageController) -> None:
        self._window = window
        self._language = language
        window.navigator.current_changed.connect(self._on_screen_changed)
        # Only a visitor's tap on FR/EN counts, not the return to the default language on a reset.
        for button in (window.header.french_button, window.header.english_button):
            button.pressed.connect(self._on_language_pressed)
            button.clicked.connect(self._on_language_clicked)

    def watch_shell(self, shell: KioskShell) -> None:
        self._shell = shell
        shell.idle.timed_out.connect(lambda: self.record("idle_reset"))

    def _resetting(self) -> bool:
        """The shell is wiping the screens (idle reset, error recovery): nobody is doing anything."""
        return self._shell is not None and self._shell.resetting

    # --- slots -----------------------------------------------------------------------------------

    def _on_screen_changed(self, name: str) -> None:
        assert self._window is not None
        navigator = self._window.navigator
        self._shown = name
        self._simulated.clear()
        screen = navigator.current_screen
        if screen is not None and id(screen) not in self._watched:
            self._watch_screen(screen)
        if self._resetting():
            return
        self.record("screen", name)
        if name == "programme" and navigator.history and navigator.history[-1].argument is not None:
            self.record("programme", str(navigator.history[-1].argument))
        if name == "simulator" and screen is not None:
            # The simulator computed its first result in ``open``, before it became current.
            self._count_simulation(getattr(screen, "result", None))

    def _watch_screen(self, screen: Screen) -> None:
        from kiosk.ui.screens.finder import FinderScreen
        from kiosk.ui.screens.simulator import SimulatorScreen

        key = id(screen)
        self._watched.add(key)
        screen.destroyed.connect(lambda: self._forget(key))
        if isinstance(screen, FinderScreen):
            self._filters[key] = screen.programme_filter
            screen.filter_changed.connect(lambda selection: self._on_filter_changed(key, selection))
        elif isinstance(screen, SimulatorScreen):
            screen.result_changed.connect(self._on_result_changed)

    def _forget(self, screen_key: int) -> None:
        self._watched.discard(screen_key)
        self._filters.pop(screen_key, None)

    def _on_filter_changed(self, screen_key: int, selection: ProgrammeFilter) -> None:
        """Count each chip turned on (not the chips turned off, nor a reset clearing them)."""
        previous = self._filters.get(screen_key, ProgrammeFilter())
        self._filters[screen_key] = selection
        if self._resetting():
            return
        for campus in sorted(selection.campuses - previous.campuses):
            self.record("filter", f"campus:{campus}")
        for level in sorted(selection.levels - previous.levels):
            self.record("filter", f"level:{level}")

    def _on_result_changed(self, result: object) -> None:
        """A new result while the simulator is shown (a visitor's tap), not while it opens or resets."""
        if self._shown == "simulator" and not self._resetting():
            self._count_simulation(result)

    def _count_simulation(self, result: object) -> None:
        """One simulation per contract per visit of the simulator (not one per tap on a stepper)."""
        contract = str(getattr(result, "contract", "training"))
        if contract not in self._simulated:
            self._simulated.add(contract)
            self.record("simulation", contract)

    def _on_language_pressed(self) -> None:
        assert self._language is not None
        self._language_at_press = self._language.language

    def _on_language_clicked(self) -> None:
        assert self._language is not None
        if self._language.language != self._language_at_press:
            self.record("language", self._language.language)
