"""The kiosk's window and its real home screen, and nothing else, to its first paint: the floor of
the kiosk's start (spawned by ``benchmarks/interaction.py`` beside the kiosk and the bare window).

What the kiosk shows at its first paint, built by the kiosk's own code: the window (its header, its
look), the home screen of the catalogue the kiosk reads at start (its snapshot, without SQLAlchemy),
in French. What the kiosk does besides, before that paint, is left out: the shell (kiosk mode, the
lock, the idle watch, error recovery), the settings, the usage counts, the event filter, the screens
registered for later. Whatever the kiosk moved after its first paint, it could not start faster
than this.

Leaves at its first paint when ``KIOSK_BENCH_EXIT_ON_PAINT=1`` (printing ``first-paint <monotonic>``),
as the kiosk does; reads the catalogue of ``KIOSK_DATA_DIR``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk.data.catalogue_store import open_catalogue
from kiosk.domain.kinds import ScreenName
from kiosk.paths import resources_dir, translations_dir
from kiosk.ui.i18n import LanguageController
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.home import HomeScreen


class QuitOnFirstPaint(QObject):
    """As :class:`kiosk.app.QuitOnFirstPaint`, which is not imported: it would import the whole kiosk."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    if not QFontDatabase.families().count("DejaVu Sans"):  # as kiosk.app.apply_theme
        for font in sorted((resources_dir() / "fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(font))
    language = LanguageController(translations_dir())
    language.set_language("fr")
    loaded = open_catalogue(None, Path(os.environ.get("KIOSK_DATA_DIR", ".")))
    window = KioskWindow(language)
    window.accessibility.apply()
    window.navigator.register(ScreenName.HOME, lambda: HomeScreen(loaded.catalogue, language))
    window.navigator.home()
    window.resize(1280, 800)
    if os.environ.get("KIOSK_BENCH_EXIT_ON_PAINT") == "1":
        window.installEventFilter(QuitOnFirstPaint(window))
    window.show()
    status: int = app.exec()
    language.uninstall()
    return status


if __name__ == "__main__":
    sys.exit(main())
