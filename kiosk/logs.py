"""The kiosk's log: a rotating file in the application data location (no Qt)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kiosk.paths import app_data_dir

LOG_FILE = "kiosk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5


def log_path(data_dir: Path | None = None) -> Path:
    return (data_dir or app_data_dir()) / "logs" / LOG_FILE


def configure_file_logging(data_dir: Path | None = None, level: int = logging.INFO) -> Path:
    """Send the ``kiosk`` loggers to a rotating file (1 MB × 5), once per file."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("kiosk")
    logger.setLevel(level)
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return path


def close_file_logging() -> None:
    """Detach and close the file handlers (tests, and before a supervisor restarts the kiosk)."""
    logger = logging.getLogger("kiosk")
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
