"""Between visitors, a kiosk of a fleet talks to its server: new catalogues, its counts, its heartbeat.

:mod:`kiosk.app` creates one :class:`FleetClient` when the kiosk has a server, and the shell tells it
when the attract screen is up and when a visitor left. Everything that waits on the server runs in
one worker thread, one task after the other, so that a slow or absent server never holds a tap; the
results come back to the interface's thread through a signal. While the attract screen is up it
looks for a new catalogue every few minutes (a setting), never during a visit; a new one, already
read, checked and kept as the local copy, is handed to the shell (``catalogue_found``), which shows
it from the next visitor on. After each visitor the counts (written to the kiosk's own file first)
are pushed, then a heartbeat is sent; at exit, the counts once more.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimer, Signal

from kiosk import __version__
from kiosk.domain.fleet import FleetEntry, Heartbeat, catalogue_version
from kiosk.settings import SettingsStore

log = logging.getLogger("kiosk.fleet")


class FleetServer(Protocol):
    """What the kiosk asks of its server (:class:`kiosk.data.fleet.FleetLink`); each call may wait
    on the network and raises when the server cannot be used, the message saying why."""

    def check_catalogue(self, shown_digest: str, shown_from_server: bool) -> object | None: ...

    def push_counts(self) -> int: ...

    def heartbeat(self, beat: Heartbeat) -> None: ...

    def fleet(self, today: date) -> list[FleetEntry]: ...

    def close(self) -> None: ...


class FleetClient(QObject):
    """The kiosk's side of the fleet. ``catalogue_found`` carries a new catalogue (what the app's
    ``show`` takes); ``fleet_read`` the list of kiosks, or the text of why it could not be read."""

    catalogue_found = Signal(object)
    fleet_read = Signal(object)
    _finished = Signal(object, object, object)

    def __init__(
        self,
        server: FleetServer,
        store: SettingsStore,
        check_ms: int | None = None,
        today: Callable[[], date] = date.today,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._store = store
        self._fixed_check_ms = check_ms
        self._today = today
        self._clock = clock
        self._executor: ThreadPoolExecutor | None = ThreadPoolExecutor(1, thread_name_prefix="kiosk-fleet")
        self._shown_digest = ""
        self._shown_origin = ""
        self._last_check = clock()  # the kiosk read its catalogue as it started
        self._checking = False
        self._errors_day = today()
        self._errors = 0
        self.checked_at: QDateTime | None = None
        self.check_problem = ""
        self.pushed_at: QDateTime | None = None
        self.push_problem = ""
        self.heartbeat_problem = ""
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_idle_tick)
        self.apply_settings()
        self._finished.connect(self._on_finished)

    # --- what the shell tells ---------------------------------------------------------------------

    @property
    def check_every_ms(self) -> int:
        """How often it looks for a new catalogue on the attract screen (the setting, in minutes)."""
        if self._fixed_check_ms is not None:
            return self._fixed_check_ms
        return self._store.settings.catalogue_check_minutes * 60_000

    def apply_settings(self) -> None:
        self._timer.setInterval(self.check_every_ms)

    def set_shown(self, digest: str, origin: str) -> None:
        """The catalogue the screens show now (its version and where it came from)."""
        self._shown_digest, self._shown_origin = digest, origin

    def start(self) -> None:
        """Tell the server this kiosk is on, with the counts it kept from its last run."""
        self.between_visitors()

    def attract_shown(self) -> None:
        """Nobody uses the kiosk: look now if the last look is older than the interval, then every
        interval (each time with a heartbeat, so that a kiosk nobody visits is not taken for stale)."""
        if (self._clock() - self._last_check) * 1000 >= self.check_every_ms:
            self.check_now()
        self._timer.start()

    def _on_idle_tick(self) -> None:
        self.check_now()
        self._send_heartbeat()

    def attract_left(self) -> None:
        """A visitor: no look at the server until the next attract screen."""
        self._timer.stop()

    def between_visitors(self) -> None:
        """After the visit's counts were written to the kiosk's own file: push them, then a heartbeat."""
        self._submit(self._server.push_counts, self._on_pushed)
        self._send_heartbeat()

    def _send_heartbeat(self) -> None:
        beat = self._heartbeat()
        self._submit(lambda: self._server.heartbeat(beat), self._on_heartbeat)

    def count_error(self) -> None:
        """The kiosk recovered from an error (one more in today's heartbeat)."""
        today = self._today()
        if today != self._errors_day:
            self._errors_day, self._errors = today, 0
        self._errors += 1

    def read_fleet(self) -> None:
        """Read every kiosk's last heartbeat (answered by ``fleet_read``)."""
        today = self._today()
        self._submit(lambda: self._server.fleet(today), self._on_fleet)

    def check_now(self) -> None:
        """Look for a new catalogue (unless a look is already under way)."""
        if self._checking:
            return
        self._checking = True
        digest, from_server = self._shown_digest, self._shown_origin == "server"
        self._submit(lambda: self._server.check_catalogue(digest, from_server), self._on_checked)

    def stop(self) -> None:
        """At exit: finish what is under way, push the counts a last time (the caller wrote them to
        the kiosk's file just before), and close the connection. Safe to call twice."""
        self._timer.stop()
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # What is queued is dropped (a heartbeat, a check): each could wait its connection timeout with
        # the server down; the last push below sends every count anyway (they are totals).
        executor.shutdown(wait=True, cancel_futures=True)
        try:
            self._server.push_counts()
        except Exception as error:  # the counts stay in the kiosk's file for its next start
            log.warning("could not push the usage counts at exit (%s); sent at the next start", error)
        self._server.close()

    # --- the worker thread ------------------------------------------------------------------------

    def _heartbeat(self) -> Heartbeat:
        settings = self._store.refresh()  # a name set meanwhile with ``admin set-name``
        today = self._today()
        errors = self._errors if self._errors_day == today else 0
        return Heartbeat(
            settings.kiosk_id,
            settings.kiosk_name,
            __version__,
            self._shown_digest,
            self._shown_origin,
            today,
            errors,
            timedelta(milliseconds=self.check_every_ms),
        )

    def _submit(self, job: Callable[[], object], done: Callable[[object, BaseException | None], None]) -> None:
        if self._executor is None:
            return
        future = self._executor.submit(job)

        def finished(future: Future[object]) -> None:
            if future.cancelled():  # dropped at exit
                return
            error = future.exception()
            self._finished.emit(done, None if error else future.result(), error)

        future.add_done_callback(finished)

    def _on_finished(
        self, done: Callable[[object, BaseException | None], None], result: object, error: BaseException | None
    ) -> None:
        done(result, error)

    def _on_checked(self, result: object, error: BaseException | None) -> None:
        self._checking = False
        self._last_check = self._clock()
        self.checked_at = QDateTime.currentDateTime()
        self.check_problem = str(error) if error else ""
        if error:
            log.warning("could not look for a new catalogue on the server: %s", error)
        elif result is not None:
            log.info("a new catalogue was read from the server: shown from the next visitor on")
            self.catalogue_found.emit(result)

    def _on_pushed(self, result: object, error: BaseException | None) -> None:
        if error:
            if str(error) != self.push_problem:
                log.warning("could not push the usage counts (kept on this computer): %s", error)
            self.push_problem = str(error)
            return
        self.push_problem = ""
        self.pushed_at = QDateTime.currentDateTime()

    def _on_heartbeat(self, result: object, error: BaseException | None) -> None:
        if error and str(error) != self.heartbeat_problem:
            log.warning("could not send the heartbeat: %s", error)
        self.heartbeat_problem = str(error) if error else ""

    def _on_fleet(self, result: object, error: BaseException | None) -> None:
        self.fleet_read.emit(str(error) if error else result)

    # --- the staff menu ---------------------------------------------------------------------------

    def about_lines(self) -> list[str]:
        """This kiosk in the fleet, in the interface's language: its name and id, the last look for a
        new catalogue, the last push of its counts, and what keeps it from the server, if anything."""
        settings = self._store.settings
        locale = QLocale()
        lines = [
            self.tr("This kiosk in the fleet: %1 (id %2)")
            .replace("%1", settings.kiosk_name or self.tr("no name"))
            .replace("%2", settings.kiosk_id[:8]),
        ]
        if self._shown_digest:
            lines.append(self.tr("Catalogue version shown: %1").replace("%1", catalogue_version(self._shown_digest)))
        if self.checked_at is not None:
            when = locale.toString(self.checked_at, QLocale.FormatType.ShortFormat)
            if self.check_problem:
                lines.append(
                    self.tr("Last look for a new catalogue on %1: the server could not be used (%2).")
                    .replace("%1", when)
                    .replace("%2", self.check_problem)
                )
            else:
                lines.append(self.tr("Last look for a new catalogue on the server: %1.").replace("%1", when))
        minutes = max(1, self.check_every_ms // 60_000)
        lines.append(self.tr("Looks for a new catalogue every %n minute(s) on the attract screen.", "", minutes))
        if self.push_problem:
            lines.append(
                self.tr("The usage counts wait on this computer (nothing is lost): %1").replace("%1", self.push_problem)
            )
        elif self.pushed_at is not None:
            when = locale.toString(self.pushed_at, QLocale.FormatType.ShortFormat)
            lines.append(self.tr("Usage counts sent to the server on %1.").replace("%1", when))
        if self.heartbeat_problem and self.heartbeat_problem != self.push_problem:
            lines.append(self.tr("The heartbeat could not be sent: %1").replace("%1", self.heartbeat_problem))
        return lines
