"""Two kiosk processes on one server pick up an import without a tap: each goes to its attract
screen, looks at the server between visitors, and shows the new catalogue (its heartbeat says which).

Run as ``python -m tests.ui.test_fleet_processes URL DATA_DIR SECONDS``, this module is one kiosk:
assembled as the real one (:func:`kiosk.app.assemble_kiosk`), offscreen, with delays of a fraction of
a second instead of minutes, for at most SECONDS.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from kiosk.data.builder import read_sources
from kiosk.data.catalogue_store import read_catalogue_file, replace_catalogue, server_copy_path
from kiosk.data.fleet import FleetLink
from kiosk.domain.fleet import catalogue_version
from tests.catalogue_helpers import copy_sources, staff_update
from tests.conftest import SOURCES
from tests.postgres import postgres_server, postgres_url

__all__ = ["postgres_server", "postgres_url"]

ROOT = Path(__file__).resolve().parents[2]
LIFETIME_S = 90


def run_kiosk(url: str, data_dir: Path, seconds: float) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    from kiosk.app import KioskOptions, ShellTimings, assemble_kiosk
    from kiosk.ui.delivery import PrinterPolicy

    options = KioskOptions(
        data_dir=data_dir,
        db_url=url,
        printer=PrinterPolicy.NONE,
        kiosk_mode=False,
        size=(1280, 800),
        log_to_file=False,
        exit_on_error_storm=False,
        timings=replace(ShellTimings(), idle_ms=300, countdown_ms=300, catalogue_check_ms=250),
    )
    kiosk = assemble_kiosk(options)
    kiosk.start()
    QTimer.singleShot(round(seconds * 1000), lambda: QCoreApplication.exit(0))
    status = kiosk.app.exec()
    kiosk.close()
    return status


def kiosk_versions(url: str, folder: Path) -> list[str]:
    link = FleetLink(url, folder)
    try:
        return sorted(entry.catalogue_version for entry in link.fleet(date.today()))
    finally:
        link.close()


def wait_for(condition: object, timeout: float, processes: list[subprocess.Popen[str]]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        for process in processes:
            assert process.poll() is None, process.communicate()[1][-3000:]
        time.sleep(0.2)
    raise AssertionError("not within the time given")


def test_two_kiosk_processes_show_an_import_without_a_tap(postgres_url: str, tmp_path: Path) -> None:
    replace_catalogue(postgres_url, read_sources(SOURCES))
    updated = copy_sources(tmp_path / "updated")
    staff_update(updated)
    old, new = catalogue_version(read_sources(SOURCES).digest), catalogue_version(read_sources(updated).digest)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("KIOSK_DB_URL", None)
    folders = [tmp_path / f"kiosk-{number}" for number in (1, 2)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.ui.test_fleet_processes", postgres_url, str(folder), str(LIFETIME_S)],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for folder in folders
    ]
    try:
        wait_for(lambda: kiosk_versions(postgres_url, tmp_path) == [old, old], 60, processes)  # both are up
        from kiosk.cli import main

        assert main(["catalogue", "import", str(updated), "--db", postgres_url]) == 0  # staff, elsewhere
        started = time.monotonic()
        wait_for(lambda: kiosk_versions(postgres_url, tmp_path) == [new, new], 60, processes)
        print(f"\nboth kiosks show the import {time.monotonic() - started:.1f} s after it")
        for folder in folders:  # each kept it as its local last-good copy
            assert catalogue_version(read_catalogue_file(server_copy_path(folder)).digest) == new
    finally:
        for process in processes:
            process.terminate()
            process.communicate(timeout=30)


if __name__ == "__main__":
    sys.exit(run_kiosk(sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])))
