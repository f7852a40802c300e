"""The kiosk's start path (issue 20): until its first paint, the kiosk's Python event filter is not
installed, so that PySide never builds the widget classes the first screen does not use (a Python
filter sees events about widgets Qt made itself, which PySide wraps by building every class that
could be theirs); from the first paint on, the filter's watchers do their work, and the buttons
polished before it get the kiosk's focus policy.

Each case runs in a new process: the application filter is one per process, and this one's tests
made theirs long ago."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import json, sys
from pathlib import Path

import PySide6.QtWidgets as widgets
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from kiosk.app import KioskOptions, assemble_kiosk
from kiosk.ui.event_filter import application_filter

deferred = sys.argv[1] in ("deferred", "never-shown")
options = KioskOptions(
    data_dir=Path(sys.argv[2]), kiosk_mode=False, size=(1280, 800), log_to_file=False,
    count_usage=False, join_fleet=False, filter_from_first_paint=deferred,
)
kiosk = assemble_kiosk(options, exit_application=lambda status: None)
report = {}


def after_paint():
    filter_ = application_filter()
    buttons = [b for b in kiosk.window.findChildren(QAbstractButton) if b.isVisible()]
    report["installed after"] = filter_.installed
    report["buttons"] = len(buttons)
    report["click focus after"] = sum(bool(b.focusPolicy() & Qt.FocusPolicy.ClickFocus) for b in buttons)
    QCoreApplication.exit(0)


class AtPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            report["installed at paint"] = application_filter().installed
            unused = ("QCalendarWidget", "QMdiArea", "QWizard")
            report["built at paint"] = [name for name in unused if name in vars(widgets)]
            QTimer.singleShot(0, after_paint)
        return False


if sys.argv[1] == "never-shown":
    # Not started, so never shown nor painted: the filter comes after a wait all the same.
    report["installed at once"] = application_filter().installed

    def after_the_wait():
        report["installed after the wait"] = application_filter().installed
        QCoreApplication.exit(0)

    QTimer.singleShot(2500, after_the_wait)
else:
    kiosk.window.installEventFilter(AtPaint(kiosk.window))
    kiosk.start()
kiosk.app.exec()
print(json.dumps(report))
"""


def probe(mode: str, data_dir: Path) -> dict[str, object]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    finished = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, object] = json.loads(finished.stdout.strip().splitlines()[-1])
    return report


def test_the_event_filter_starts_at_the_first_paint_and_the_first_screen_builds_only_its_classes(
    tmp_path: Path,
) -> None:
    report = probe("deferred", tmp_path)
    # The window's own filter sees the paint before the application's is installed.
    assert report["installed at paint"] is False
    assert report["built at paint"] == []
    assert report["installed after"] is True
    # Home's cards, the header's buttons: every one takes the focus from Tab only, as if polished later.
    assert isinstance(report["buttons"], int) and report["buttons"] >= 6
    assert report["click focus after"] == 0


def test_a_kiosk_filtering_from_the_start_builds_them_all(tmp_path: Path) -> None:
    """The other way (tests, the monkey): what the deferral spares, seen here."""
    report = probe("at-once", tmp_path)
    assert report["installed at paint"] is True
    assert report["built at paint"] == ["QCalendarWidget", "QMdiArea", "QWizard"]
    assert report["click focus after"] == 0


def test_a_window_never_painted_gets_the_filter_after_a_wait(tmp_path: Path) -> None:
    """The lock, the idle watch and the one-finger rule never wait for a paint that does not come
    (a window started minimised or never exposed): after a moment the filter is installed anyway."""
    report = probe("never-shown", tmp_path)
    assert report["installed at once"] is False
    assert report["installed after the wait"] is True
