"""Run on a bare X server by tests/e2e/test_fullscreen.py: a kiosk in kiosk mode that opens every
screen (none may make the window grow), then whose screen changes geometry (as after a rotation;
Xvfb cannot change its own, so the screen's signal is sent as the X server would). Prints the
window's geometry and fullscreen state after each step, one per line."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import KioskOptions, assemble_kiosk


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        options = KioskOptions.from_command_line(argparse.Namespace())
        kiosk = assemble_kiosk(KioskOptions(data_dir=Path(folder), log_to_file=False, timings=options.timings))
        kiosk.start()
        screen = kiosk.window.screen()
        navigator = kiosk.window.navigator
        programme = kiosk.content.catalogue.programmes[0].id
        steps: list[Callable[[], object]] = [
            *(
                lambda name=name: navigator.go(name, programme if name == "programme" else None)
                for name in navigator.names()
            ),
            lambda: screen.geometryChanged.emit(QRect(0, 0, 600, 1000)),
            lambda: screen.geometryChanged.emit(screen.geometry()),
        ]

        def report_then_change() -> None:
            geometry = kiosk.window.geometry()
            print(f"{geometry.width()}x{geometry.height()}+{geometry.x()}+{geometry.y()} {kiosk.window.isFullScreen()}")
            sys.stdout.flush()
            if steps:
                steps.pop(0)()
                QTimer.singleShot(700, report_then_change)
            else:
                QApplication.exit(0)

        QTimer.singleShot(1500, report_then_change)
        status = kiosk.app.exec()
        kiosk.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
