"""The kiosk's log file rotates as the standard library's ``RotatingFileHandler`` does (which the
kiosk no longer imports at start): the same files with the same lines, for the same records."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import pytest

from kiosk import logs


def records(count: int) -> list[logging.LogRecord]:
    return [
        logging.makeLogRecord(
            {"name": "kiosk.test", "levelno": logging.INFO, "levelname": "INFO", "msg": f"line {index} " + "x" * 90}
        )
        for index in range(count)
    ]


def written(folder: Path) -> dict[str, list[str]]:
    """Each file's lines without the time stamp (both handlers stamp their own)."""
    return {
        path.name: [line.split(" ", 2)[2] for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(folder.iterdir())
    }


def test_the_log_rotates_as_the_standard_librarys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    ours_folder, theirs_folder = tmp_path / "ours", tmp_path / "theirs"
    ours_folder.mkdir()
    theirs_folder.mkdir()
    ours = logs.KioskFileHandler(ours_folder / logs.LOG_FILE)
    theirs = logging.handlers.RotatingFileHandler(
        theirs_folder / logs.LOG_FILE, maxBytes=2_000, backupCount=logs.BACKUPS, encoding="utf-8"
    )
    theirs.setFormatter(logging.Formatter(logs._FORMAT))
    try:
        for record in records(200):  # about 11 files' worth: the oldest are dropped
            ours.emit(record)
            theirs.emit(record)
    finally:
        ours.close()
        theirs.close()
    assert written(ours_folder) == written(theirs_folder)
    names = set(written(ours_folder))
    assert names == {logs.LOG_FILE, *(f"{logs.LOG_FILE}.{index}" for index in range(1, logs.BACKUPS + 1))}
    assert all(path.stat().st_size <= 2_000 for path in ours_folder.iterdir())
    assert written(ours_folder)[logs.LOG_FILE][-1].startswith("INFO kiosk.test: line 199 ")


def test_a_log_that_cannot_rotate_goes_to_the_error_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A rotation that fails (the folder turned read-only, the disk full) is a failed write."""
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    handler = logs.KioskFileHandler(tmp_path / logs.LOG_FILE)

    def refused(self: Path, target: object) -> Path:
        raise PermissionError(13, "Permission denied")

    try:
        batch = records(10)
        handler.emit(batch[0])
        monkeypatch.setattr(Path, "replace", refused)
        for record in batch[1:]:
            handler.emit(record)
    finally:
        handler.close()
    assert "Permission denied" in handler.problem
    error_output = capsys.readouterr().err
    assert "the log goes to the error output" in error_output and "line 9 " in error_output


def test_a_log_removed_while_written_starts_again_at_its_rotation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clean-up that removes kiosk.log under the running kiosk: the next rotation opens a new
    file (as the standard library does), the log never turns to the error output for that; and an
    empty file is never rotated, even for a record longer than the limit."""
    monkeypatch.setattr(logs, "MAX_BYTES", 500)
    path = tmp_path / logs.LOG_FILE
    handler = logs.KioskFileHandler(path)
    try:
        batch = records(12)
        handler.emit(batch[0])
        path.unlink()
        for record in batch[1:]:
            handler.emit(record)
        assert handler.problem == ""
        assert path.is_file() and "line 11 " in path.read_text(encoding="utf-8")
        long = logging.makeLogRecord(
            {"name": "kiosk.test", "levelno": logging.INFO, "levelname": "INFO", "msg": "y" * 800}
        )
        handler.close()
        path.unlink()
        for old in tmp_path.glob(f"{logs.LOG_FILE}.*"):
            old.unlink()
        handler.emit(long)  # a new, empty file: written there, nothing rotated
    finally:
        handler.close()
    assert path.stat().st_size > 500 and list(tmp_path.glob(f"{logs.LOG_FILE}.*")) == []
