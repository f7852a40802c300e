"""Real storage faults for the tests: a read-only folder and a full disk.

Root ignores file modes, so as root a folder is made read-only by a read-only bind mount of it onto
itself, and a full disk is a tmpfs of a few KB mounted on it and filled up. Without root, modes make
a folder read-only; a full disk then needs an injected ``OSError(ENOSPC)`` (see
:func:`no_space`). When neither works, the test is skipped with the reason.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest


def _unavailable(reason: str) -> None:
    pytest.skip(f"storage fault not available here: {reason}")


def _mount(*arguments: str) -> str:
    """Run ``mount``; the error text, or "" when it worked."""
    mount = shutil.which("mount")
    if mount is None:
        return "no mount command"
    done = subprocess.run([mount, *arguments], capture_output=True, text=True, check=False, timeout=30)
    return "" if done.returncode == 0 else (done.stderr.strip() or f"mount exited with {done.returncode}")


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False, timeout=30)


def _writable(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        with suppress(OSError):
            probe.unlink(missing_ok=True)  # created empty on a full disk
        return False
    probe.unlink()
    return True


@contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """``folder`` (which exists) made read-only for this process and its children, files included."""
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in (folder, *folder.rglob("*"))}
        for path in modes:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            assert not _writable(folder)
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    problem = _mount("--bind", str(folder), str(folder)) or _mount("-o", "remount,ro,bind", str(folder))
    if problem:
        _umount(folder)
        _unavailable(f"cannot make a read-only folder as root (read-only bind mount refused: {problem})")
    try:
        assert not _writable(folder)
        yield folder
    finally:
        _umount(folder)


@contextmanager
def full_disk(folder: Path, size_kb: int = 64) -> Iterator[Path]:
    """A tiny tmpfs on ``folder`` (empty), filled up: each write runs out of space (ENOSPC)."""
    if os.geteuid() != 0:
        _unavailable("mounting a tiny filesystem needs root; the injected ENOSPC tests cover this case")
    folder.mkdir(parents=True, exist_ok=True)
    problem = _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(folder))
    if problem:
        _unavailable(f"cannot mount a tiny tmpfs ({problem}); the injected ENOSPC tests cover this case")
    try:
        fill(folder)
        yield folder
    finally:
        _umount(folder)


def fill(folder: Path) -> None:
    """Write into ``folder`` until its filesystem has no byte left."""
    with (folder / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC, error
    assert not _writable(folder)


def no_space(*_args: object, **_kwargs: object) -> None:
    """A write that fails as on a full disk."""
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
