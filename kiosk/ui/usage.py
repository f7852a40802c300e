"""Counts what visitors do, anonymously, from the signals the screens and the shell emit.

:mod:`kiosk.app` creates one :class:`UsageCounter` and connects it to the navigator (screens opened,
programmes viewed), the finder (filter chips turned on), the simulator (simulations run), the
language buttons and the shell (idle resets). Counts go to an in-memory tally and are written to the
store between visitors (after an idle reset) and at exit, so that a tap never waits for a disk; a
failure to write is logged and the counts are kept for the next try. Counting never disturbs a visitor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject

from kiosk.domain.filters import ProgrammeFilter
from kiosk.domain.kinds import ContractKind, ScreenName
from kiosk.domain.usage import UsageCount, UsageEvent, UsageTally

log = logging.getLogger("kiosk.usage")

#: Counts kept in memory at most when the store cannot be written (a full disk): the oldest go first.
MAX_PENDING = 10_000


class UsageStore(Protocol):
    """Where the counts end up (:class:`kiosk.data.stats.UsageStats`)."""

    def add_counts(self, counts: Iterable[UsageCount]) -> None: ...

    def totals(self, day: date) -> dict[UsageEvent, int]: ...


class UsageCounter(QObject):
    """The slots below are what :mod:`kiosk.app` connects; :meth:`write` empties the tally."""

    def __init__(
        self, store: UsageStore, today: Callable[[], date] = date.today, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self._tally = UsageTally()
        self._quiet: Callable[[], bool] = lambda: False
        self._filter = ProgrammeFilter()
        self._shown: str = ""
        self._last_result: object = None
        self._simulated: set[str] = set()  # the contracts already counted in this visit of the simulator
        self._language_at_press = ""

    def quiet_while(self, resetting: Callable[[], bool]) -> None:
        """What the kiosk does on its own (``resetting()`` true: an idle reset, an error recovery)
        is not a visitor's doing and is not counted."""
        self._quiet = resetting

    def count(self, event: UsageEvent, key: str = "") -> None:
        """One ``event`` of ``key`` today, in the tally; never raises."""
        try:
            self._tally.add(event, key.lower(), self._today())
        except ValueError:
            log.exception("refused to count %s %r", event, key)

    # --- the store --------------------------------------------------------------------------------

    def write(self) -> None:
        """Add the tally to the store in one transaction; on failure keep it (bounded) for next time."""
        pending = self._tally.pending()
        if not pending:
            return
        try:
            self.store.add_counts(pending)
        except Exception:  # a full disk or a locked file must not reach the visitor
            log.exception("could not write %d usage count(s); kept for the next try", len(pending))
            if sum(row.count for row in pending) > MAX_PENDING:
                self._tally.discard(pending[: len(pending) // 2])
            return
        self._tally.discard(pending)

    def today_summary(self) -> list[tuple[str, int]]:
        """Today's count of each event, written and not yet written, for the staff menu."""
        day = self._today()
        totals = self._tally.totals(day)
        try:
            for event, count in self.store.totals(day).items():
                totals[event] += count
        except Exception:
            log.exception("could not read the usage counts")
        return [(event.value, count) for event, count in totals.items()]

    # --- slots ------------------------------------------------------------------------------------

    def screen_shown(self, screen: str, argument: object) -> None:
        """The navigator showed ``screen`` (with ``argument``: a programme id, a simulator preset)."""
        self._shown = screen
        self._simulated.clear()
        if self._quiet():
            return
        self.count(UsageEvent.SCREEN, screen)
        if screen == ScreenName.PROGRAMME and argument is not None:
            self.count(UsageEvent.PROGRAMME, str(argument))
        if screen == ScreenName.SIMULATOR:
            # The simulator computed its first result while opening, before it was shown.
            self._count_simulation(self._last_result)

    def finder_created(self, selection: ProgrammeFilter) -> None:
        """A new finder (at start, or after a catalogue reload) starts from ``selection``."""
        self._filter = selection

    def filter_changed(self, selection: ProgrammeFilter) -> None:
        """Count each chip turned on (not the chips turned off, nor a reset clearing them)."""
        previous, self._filter = self._filter, selection
        if self._quiet():
            return
        for campus in sorted(selection.campuses - previous.campuses):
            self.count(UsageEvent.FILTER, f"campus:{campus}")
        for level in sorted(selection.levels - previous.levels):
            self.count(UsageEvent.FILTER, f"level:{level}")

    def result_changed(self, result: object) -> None:
        """A new simulation result; counted when the simulator is shown (a visitor's tap), not
        while it opens or resets."""
        self._last_result = result
        if self._shown == ScreenName.SIMULATOR and not self._quiet():
            self._count_simulation(result)

    def _count_simulation(self, result: object) -> None:
        """One simulation per contract per visit of the simulator (not one per tap on a stepper)."""
        contract = str(getattr(result, "contract", ContractKind.TRAINING))
        if contract not in self._simulated:
            self._simulated.add(contract)
            self.count(UsageEvent.SIMULATION, contract)

    def language_pressed(self, language: str) -> None:
        """A finger on FR or EN: what the language was before it (see :meth:`language_chosen`)."""
        self._language_at_press = language

    def language_chosen(self, language: str) -> None:
        """Only a visitor's switch counts, not a tap on the language already shown, nor the return
        to the default language on a reset."""
        if language != self._language_at_press:
            self.count(UsageEvent.LANGUAGE, language)

    def idle_reset(self) -> None:
        """A visitor left: count it, then write the visit's counts (nobody is waiting for the kiosk)."""
        self.count(UsageEvent.IDLE_RESET)
        self.write()
