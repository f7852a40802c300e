"""A bare X server for end-to-end checks: Xvfb with no window manager, as the README's kiosk set-up
(``~/.xinitrc`` starting only the kiosk), and what a test needs to look at it.

Also a command: ``python -m tests.e2e.xvfb COMMAND...`` starts Xvfb at 1920x1080 and 1080x1920, runs
COMMAND (e.g. the standalone build) on each, and exits 1 unless its window covers the screen.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

#: The kiosk's window title (French by default; English with --lang en).
WINDOW_TITLES = ("IMPGT – borne d'orientation", "IMPGT – guidance kiosk")
#: The header bar's colour (resources/styles/kiosk.qss, #header).
HEADER_RGB = (0x12, 0x28, 0x4C)

_GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
screen = app.primaryScreen()
image = screen.grabWindow(0).toImage()
image.save(sys.argv[1])
"""


@dataclass(frozen=True)
class Display:
    name: str
    width: int
    height: int

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = self.name
        return env


def xvfb_available() -> bool:
    return shutil.which("Xvfb") is not None and shutil.which("xwininfo") is not None


@contextmanager
def bare_x_server(width: int, height: int) -> Iterator[Display]:
    """Xvfb on a free display number, no window manager; stopped afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield Display(f":{number}", width, height)
    finally:
        server.terminate()
        server.wait(timeout=10)


def kiosk_windows(display: Display) -> list[tuple[str, int, int, int, int]]:
    """The kiosk's top-level windows: (title, width, height, x, y), from ``xwininfo``."""
    listing = subprocess.run(
        ["xwininfo", "-root", "-children"], env=display.environment(), capture_output=True, text=True, check=False
    ).stdout
    found = []
    for line in listing.splitlines():
        match = re.search(r'"([^"]*)": \(.*\)\s+(\d+)x(\d+)\+(-?\d+)\+(-?\d+)', line)
        if match and match.group(1) in WINDOW_TITLES:
            title, w, h, x, y = match.groups()
            found.append((title, int(w), int(h), int(x), int(y)))
    return found


def wait_for_window(display: Display, timeout: float = 30.0) -> tuple[str, int, int, int, int] | None:
    """The kiosk's window once it has settled (the same geometry twice in a row), or None."""
    deadline = time.monotonic() + timeout
    previous = None
    while time.monotonic() < deadline:
        windows = kiosk_windows(display)
        current = windows[0] if windows else None
        if current is not None and current == previous:
            return current
        previous = current
        time.sleep(0.5)
    return previous


def grab_screen(display: Display, path: Path) -> Path:
    """A screenshot of the whole X screen (what a visitor sees), taken by another X client."""
    env = display.environment()
    env["QT_QPA_PLATFORM"] = "xcb"
    subprocess.run([sys.executable, "-c", _GRAB, str(path)], env=env, check=True, timeout=60)
    return path


@contextmanager
def running(command: Sequence[str], display: Display, data_dir: Path) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` on ``display`` with its own data folder, in its own process group, ended afterwards."""
    env = display.environment()
    env["KIOSK_DATA_DIR"] = str(data_dir)
    process = subprocess.Popen(list(command), env=env, start_new_session=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def covers_screen(command: Sequence[str], width: int, height: int) -> str:
    """'' when ``command``'s window covers a bare ``width``x``height`` X screen, else what is wrong."""
    with tempfile.TemporaryDirectory() as folder, bare_x_server(width, height) as display:
        with running(command, display, Path(folder) / "data"):
            window = wait_for_window(display)
        if window is None:
            return f"{width}x{height}: no kiosk window appeared"
        _title, w, h, x, y = window
        if (w, h, x, y) != (width, height, 0, 0):
            return f"{width}x{height}: the kiosk window is {w}x{h}+{x}+{y}"
    return ""


def main(argv: Sequence[str]) -> int:
    if not argv:
        print("usage: python -m tests.e2e.xvfb COMMAND [ARGUMENT...]", file=sys.stderr)
        return 2
    problems = [problem for size in ((1920, 1080), (1080, 1920)) if (problem := covers_screen(argv, *size))]
    for problem in problems:
        print(f"fullscreen: {problem}", file=sys.stderr)
    if not problems:
        print("fullscreen: the kiosk covers a bare X screen at 1920x1080 and 1080x1920")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
