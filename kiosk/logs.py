"""The kiosk's log: a rotating file in the application data location, else the error output (no Qt).

A kiosk on a read-only folder or a full disk must still start and run: when the log file cannot
be created, or a write to it fails later, the log goes to the error output (stderr, which a
supervisor or systemd keeps) with one line saying why, and nothing else changes.
"""

from __future__ import annotations

import logging
import os
import sys
from contextlib import suppress
from pathlib import Path

from kiosk.paths import app_data_dir

LOG_FILE = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path | None = None) -> Path:
    return (data_dir or app_data_dir()) / "logs" / LOG_FILE


def _formatter() -> logging.Formatter:
    return logging.Formatter(_FORMAT)


class _ErrorOutputHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The log on stderr, looked up at each record (tests and frozen builds replace it)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason
        self.setFormatter(_formatter())

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is None:  # a windowed Windows build has no error output
            return
        self.setStream(sys.stderr)
        super().emit(record)


class KioskFileHandler(logging.FileHandler):
    """The log file, rotated at :data:`MAX_BYTES` (``kiosk.log`` becomes ``kiosk.log.1``, and so on
    to :data:`BACKUPS` files), that turns to the error output for good at its first failed write.

    The rotation is the standard library's ``RotatingFileHandler``'s, written out on
    ``FileHandler``: importing ``logging.handlers`` (sockets, pickling, queues) cost the kiosk's
    start 9 ms, for these few lines."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, encoding="utf-8")
        self.setFormatter(_formatter())
        self.problem = ""
        """Why the file is no longer written ("" while it is)."""
        self._fallback: _ErrorOutputHandler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._fallback is not None:
            self._fallback.emit(record)
            return
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take the file past :data:`MAX_BYTES` (never for a file that is
        not a regular one, e.g. a terminal)."""
        path = Path(self.baseFilename)
        if path.exists() and not path.is_file():
            return False
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        position = self.stream.tell()
        # An empty file is never rotated (a record longer than the limit goes in it, as in Python 3.12.4+).
        return bool(position) and position + len(f"{self.format(record)}\n") >= MAX_BYTES

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for index in range(BACKUPS - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{index}")
            if older.exists():
                older.replace(f"{self.baseFilename}.{index + 1}")
        current = Path(self.baseFilename)
        if current.exists():  # removed while the kiosk wrote to it (a clean-up): a new file, no rotation
            current.replace(f"{self.baseFilename}.1")
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError) or self._fallback is not None:
            super().handleError(record)
            return
        self.problem = str(error)
        self._fallback = _ErrorOutputHandler(self.problem)
        self._fallback.emit(
            logging.makeLogRecord(
                {
                    "name": "kiosk.logs",
                    "levelno": logging.ERROR,
                    "levelname": "ERROR",
                    "msg": "cannot write the log file %s (%s): the log goes to the error output from now on",
                    "args": (self.baseFilename, error),
                }
            )
        )
        self._fallback.emit(record)
        stream, self.stream = self.stream, None
        if stream is not None:
            with suppress(OSError):  # what it could not write is lost with the disk space
                stream.close()


def configure_file_logging(data_dir: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the ``kiosk`` loggers to a rotating file (1 MB × 5), once per file.

    Returns the file, or None when it cannot be created (a read-only data folder): the log then
    goes to the error output, and :func:`log_problem` says why.
    """
    path = log_path(data_dir)
    logger = logging.getLogger("kiosk")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, KioskFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = KioskFileHandler(path)
    except OSError as error:
        fallback = _ErrorOutputHandler(f"cannot write the log file {path}: {error}")
        logger.addHandler(fallback)
        logger.error("%s: the log goes to the error output", fallback.reason)
        return None
    logger.addHandler(file_handler)
    return path


def log_problem(path: Path | None = None) -> str:
    """Why the log is not in its file ("" when it is, or when no log is set up): the log file
    ``path`` that failed, or the file that could not be created."""
    for handler in logging.getLogger("kiosk").handlers:
        if isinstance(handler, KioskFileHandler) and handler.problem:
            if path is None or Path(handler.baseFilename) == path:
                return f"cannot write the log file {handler.baseFilename}: {handler.problem}"
        elif isinstance(handler, _ErrorOutputHandler) and path is None:
            return handler.reason
    return ""


def close_file_logging() -> None:
    """Detach and close the log handlers (tests, and before a supervisor restarts the kiosk)."""
    logger = logging.getLogger("kiosk")
    for handler in list(logger.handlers):
        if isinstance(handler, KioskFileHandler | _ErrorOutputHandler):
            logger.removeHandler(handler)
            handler.close()
