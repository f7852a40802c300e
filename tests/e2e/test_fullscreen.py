"""Kiosk mode covers the whole screen of a bare X session (no window manager), the README's Linux
set-up, at a landscape and a portrait size, started the README's way (``--supervise``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from tests.e2e.xvfb import HEADER_RGB, bare_x_server, grab_screen, running, wait_for_window, xvfb_available

pytestmark = pytest.mark.skipif(not xvfb_available(), reason="Xvfb and xwininfo are installed by scripts/setup.sh")

KIOSK = [sys.executable, "-m", "kiosk", "--supervise"]


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1080, 1920)])
def test_kiosk_mode_fills_a_bare_x_screen(tmp_path: Path, width: int, height: int) -> None:
    with bare_x_server(width, height) as display, running(KIOSK, display, tmp_path / "data"):
        window = wait_for_window(display)
        assert window is not None, "no kiosk window appeared"
        _title, w, h, x, y = window
        assert (w, h, x, y) == (width, height, 0, 0)
        screenshot = QImage(str(grab_screen(display, tmp_path / "screen.png")))
    assert (screenshot.width(), screenshot.height()) == (width, height)
    # The header bar runs to the right edge, and the screen below it is the kiosk's, not X's black.
    right = QColor(screenshot.pixel(width - 4, 4))
    assert (right.red(), right.green(), right.blue()) == HEADER_RGB
    corner = QColor(screenshot.pixel(width - 4, height - 4))
    assert (corner.red(), corner.green(), corner.blue()) != (0, 0, 0)


def test_kiosk_mode_keeps_its_screen_on_every_screen_and_follows_its_geometry(tmp_path: Path) -> None:
    with bare_x_server(1920, 1080) as display:
        result = subprocess.run(
            [sys.executable, "-m", "tests.e2e.follow_screen"],
            env={**display.environment(), "QT_QPA_PLATFORM": "xcb"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    screens = 7
    assert lines[: screens + 1] == ["1920x1080+0+0 True"] * (screens + 1)  # at start, then each screen
    assert lines[screens + 1 :] == ["600x1000+0+0 True", "1920x1080+0+0 True"]
