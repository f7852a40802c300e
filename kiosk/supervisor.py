"""``--supervise``: run the kiosk as a child process and start it again when it dies.

A kiosk that crashes (a Qt abort, a lost display, an out-of-memory kill) comes back by itself. A
kiosk that keeps crashing would flash all day: after :data:`MAX_RESTARTS` restarts within an hour,
the supervisor gives up with a log line. A clean exit (staff quit, status 0) ends supervision.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)

MAX_RESTARTS = 5
WINDOW_SECONDS = 3600.0
RESTART_PAUSE = 2.0


def child_command(argv: Sequence[str]) -> list[str]:
    """The command that runs the kiosk with ``argv`` minus ``--supervise``."""
    arguments = [a for a in argv if a != "--supervise"]
    if getattr(sys, "frozen", False):
        return [sys.executable, *arguments]
    return [sys.executable, "-m", "kiosk", *arguments]


def run_child(command: Sequence[str]) -> int:
    child = subprocess.Popen(list(command))
    try:
        return child.wait()
    except BaseException:
        child.terminate()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
        raise


def supervise(
    argv: Sequence[str],
    run: Callable[[Sequence[str]], int] = run_child,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    max_restarts: int = MAX_RESTARTS,
    window: float = WINDOW_SECONDS,
) -> int:
    """Run the kiosk until it exits cleanly; restart it after a failure, at most ``max_restarts``
    times per ``window`` seconds. Returns the last exit status."""
    command = child_command(argv)
    restarts: deque[float] = deque()
    while True:
        log.info("supervisor: starting %s", " ".join(command))
        status = run(command)
        if status == 0:
            log.info("supervisor: the kiosk exited cleanly")
            return 0
        now = clock()
        while restarts and now - restarts[0] > window:
            restarts.popleft()
        if len(restarts) >= max_restarts:
            log.error(
                "supervisor: the kiosk died with status %s; %d restarts in the last %d minutes: giving up",
                status,
                len(restarts),
                round(window / 60),
            )
            return status
        restarts.append(now)
        log.warning("supervisor: the kiosk died with status %s; restarting (%d this hour)", status, len(restarts))
        sleep(RESTART_PAUSE)
