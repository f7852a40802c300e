"""``--supervise``: run the kiosk as a child process and start it again when it dies.

A kiosk that crashes (a Qt abort, a lost display, an out-of-memory kill) comes back by itself. A
kiosk that keeps crashing would flash all day: after :data:`MAX_RESTARTS` restarts within an hour,
the supervisor gives up with a log line. A clean exit (staff quit, status 0) ends supervision, and
so does a stop request: SIGTERM or SIGINT (systemd stopping the service, Ctrl+C) goes on to the
kiosk, the supervisor waits for it to end (killing it after :data:`STOP_GRACE_SECONDS`), then
ends, so that no kiosk is left running behind it. Each death is logged with its reason: the
status, or the signal, and the last lines the kiosk wrote on its error output.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from types import FrameType
from typing import IO

log = logging.getLogger(__name__)

MAX_RESTARTS = 5
WINDOW_SECONDS = 3600.0
RESTART_PAUSE = 2.0
#: After passing a stop on, how long the kiosk has to end before it is killed.
STOP_GRACE_SECONDS = 10.0
#: How many of the kiosk's last error lines a death report quotes.
TAIL_LINES = 15
_POLL_SECONDS = 0.2


@dataclass(frozen=True)
class ChildExit:
    """How one run of the kiosk ended: its exit status (negative: killed by that signal) and the
    last lines of its error output."""

    status: int
    error_tail: tuple[str, ...] = ()


@dataclass
class StopRequest:
    """A stop asked of the supervisor (the signal), and the kiosk running now, to pass it on to."""

    signal_number: int | None = None
    child: subprocess.Popen[bytes] | None = None
    asked_at: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def requested(self) -> bool:
        return self.signal_number is not None

    def ask(self, signal_number: int) -> None:
        with self.lock:
            first = self.signal_number is None
            self.signal_number = signal_number
            if first:
                self.asked_at = time.monotonic()
            child = self.child
        if child is not None and child.poll() is None:
            _pass_on(child, signal_number)


def _pass_on(child: subprocess.Popen[bytes], signal_number: int) -> None:
    if os.name == "posix":
        child.send_signal(signal_number)
    else:  # Windows has no signals to send: ending the process is what a stop means there
        child.terminate()


def child_command(argv: Sequence[str]) -> list[str]:
    """The command that runs the kiosk with ``argv`` minus ``--supervise``."""
    arguments = [a for a in argv if a != "--supervise"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "kiosk", *arguments]


def _copy_error_output(source: IO[bytes], tail: deque[str]) -> None:
    """Pass the kiosk's error output on to ours as it comes, keeping its last lines."""
    target = getattr(sys.stderr, "buffer", None)
    for raw in iter(source.readline, b""):
        if target is not None:
            with contextlib.suppress(OSError, ValueError):
                target.write(raw)
                target.flush()
        tail.append(raw.decode("utf-8", "replace").rstrip())
    source.close()


def run_child(command: Sequence[str], stop: StopRequest) -> ChildExit:
    """Run the kiosk until it ends; a stop request is passed on to it (see :class:`StopRequest`)."""
    child = subprocess.Popen(list(command), stderr=subprocess.PIPE)
    log.info("supervisor: the kiosk runs as process %d", child.pid)
    tail: deque[str] = deque(maxlen=TAIL_LINES)
    assert child.stderr is not None
    reader = threading.Thread(target=_copy_error_output, args=(child.stderr, tail), daemon=True)
    reader.start()
    with stop.lock:
        stop.child = child
        pending = stop.signal_number
    if pending is not None:
        _pass_on(child, pending)
    try:
        while True:
            try:
                status = child.wait(timeout=_POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if stop.requested and time.monotonic() - stop.asked_at > STOP_GRACE_SECONDS:
                    log.warning("supervisor: the kiosk did not stop within %d s: killing it", STOP_GRACE_SECONDS)
                    child.kill()
    finally:
        with stop.lock:
            stop.child = None
        if child.poll() is None:  # the supervisor itself is going down on an error
            child.kill()
            child.wait()
    reader.join(timeout=5)
    return ChildExit(status, tuple(tail))


@contextlib.contextmanager
def _stop_signals(stop: StopRequest) -> Iterator[None]:
    """SIGTERM and SIGINT ask for a stop instead of ending the supervisor at once."""

    def handle(signal_number: int, _frame: FrameType | None) -> None:
        stop.ask(signal_number)

    previous = {}
    if threading.current_thread() is threading.main_thread():
        for number in (signal.SIGTERM, signal.SIGINT):
            previous[number] = signal.signal(number, handle)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def death_reason(ended: ChildExit) -> str:
    """ "status 1" or "signal 11 (SIGSEGV)", then the kiosk's last error lines, for one log record."""
    if ended.status < 0:
        try:
            name = f" ({signal.Signals(-ended.status).name})"
        except ValueError:
            name = ""
        reason = f"signal {-ended.status}{name}"
    else:
        reason = f"status {ended.status}"
    lines = [line for line in ended.error_tail if line.strip()]
    if not lines:
        return f"{reason}; it wrote nothing on its error output"
    return f"{reason}; the last lines of its error output:\n" + "\n".join(f"    {line}" for line in lines)


def supervise(
    argv: Sequence[str],
    run: Callable[[Sequence[str], StopRequest], ChildExit] = run_child,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    max_restarts: int = MAX_RESTARTS,
    window: float = WINDOW_SECONDS,
    stop: StopRequest | None = None,
) -> int:
    """Run the kiosk until it exits cleanly or a stop is asked; restart it after a failure, at most
    ``max_restarts`` times per ``window`` seconds. Returns the last exit status (0 after a stop)."""
    command = child_command(argv)
    restarts: deque[float] = deque()
    stop = stop or StopRequest()
    with _stop_signals(stop):
        while True:
            log.info("supervisor: starting %s", " ".join(command))
            ended = run(command, stop)
            if stop.requested:
                log.info(
                    "supervisor: stopped by signal %s; the kiosk ended (%s)",
                    stop.signal_number,
                    death_reason(ended).split(";")[0],
                )
                return 0
            if ended.status == 0:
                log.info("supervisor: the kiosk exited cleanly")
                return 0
            now = clock()
            while restarts and now - restarts[0] > window:
                restarts.popleft()
            if len(restarts) >= max_restarts:
                log.error(
                    "supervisor: the kiosk died with %s\n%d restarts in the last %d minutes: giving up",
                    death_reason(ended),
                    len(restarts),
                    round(window / 60),
                )
                return ended.status
            restarts.append(now)
            log.warning(
                "supervisor: the kiosk died with %s\nrestarting it (%d this hour)", death_reason(ended), len(restarts)
            )
            for _ in range(max(1, round(RESTART_PAUSE / _POLL_SECONDS))):
                if stop.requested:
                    log.info("supervisor: stopped by signal %s before a restart", stop.signal_number)
                    return 0
                sleep(_POLL_SECONDS)
