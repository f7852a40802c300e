"""Files written whole or not at all, and nothing left behind by an interrupted write.

A catalogue file is built as a temporary file beside its target and renamed over it once complete,
so that the kiosk never reads half a catalogue. An import can still be interrupted: a signal runs
the clean-up (see :func:`stopped_by_signals`), a crash or a power cut cannot, so the next write (or
the kiosk's next start) removes the temporary files that no running write holds. On POSIX a write
holds a lock on its temporary file; elsewhere a temporary file older than an hour is a leftover.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

TEMPORARY_PREFIX = ".catalogue-"
TEMPORARY_SUFFIX = ".sqlite"
_LEFTOVER_AGE_SECONDS = 3600


def _temporaries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.glob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}*"))
    except OSError:
        return []


def _in_use(path: Path) -> bool:
    """Whether a running write holds ``path`` (its lock on POSIX; elsewhere: younger than an hour)."""
    main = Path(str(path).split(TEMPORARY_SUFFIX)[0] + TEMPORARY_SUFFIX)
    try:
        if fcntl is None:
            return time.time() - main.stat().st_mtime < _LEFTOVER_AGE_SECONDS
        with main.open("rb") as probe:
            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return True
            fcntl.flock(probe, fcntl.LOCK_UN)
            return False
    except FileNotFoundError:
        return False  # a journal whose database is gone
    except OSError:
        return True  # cannot tell: leave it


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files of interrupted writes in ``folder``; returns those removed."""
    removed = []
    for path in _temporaries(folder):
        if not _in_use(path):
            with contextlib.suppress(OSError):  # a read-only folder keeps them: nothing is lost
                path.unlink()
                removed.append(path)
    return removed


@contextlib.contextmanager
def temporary_beside(output: Path) -> Iterator[Path]:
    """A new temporary file beside ``output``, held (locked) while the caller writes it, and
    removed afterwards unless the caller renamed it into place."""
    output.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(output.parent)
    handle, name = tempfile.mkstemp(prefix=TEMPORARY_PREFIX, suffix=TEMPORARY_SUFFIX, dir=output.parent)
    temporary = Path(name)
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield temporary
    finally:
        for path in (temporary, *_temporaries(output.parent)):
            if path == temporary or str(path).startswith(f"{temporary}-"):  # its journal too
                with contextlib.suppress(OSError):
                    path.unlink()
        os.close(handle)


class Interrupted(SystemExit):
    """A stop signal (SIGTERM, SIGHUP) during a write: raised so that its clean-up runs."""


@contextlib.contextmanager
def stopped_by_signals() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP end the program through :class:`Interrupted` (status 128 + the
    signal) instead of at once, so that ``finally`` blocks remove what was half written. SIGINT
    already raises ``KeyboardInterrupt``."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signal_number: int, _frame: FrameType | None) -> None:
        raise Interrupted(128 + signal_number)

    numbers = [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])
    previous = {number: signal.signal(number, stop) for number in numbers}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
