"""``--self-test``: proof that a kiosk (frozen or not) has everything it needs, without a screen.

Starts the application offscreen, opens every screen through the navigator, runs one simulation of
each contract type, checks the catalogue and its sources, and prints one JSON object. Exit status 0
when every check passed, 1 otherwise; ``failures`` names what failed. Nothing is written anywhere but
a probe file in the application data folder (which it removes).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import __version__

if TYPE_CHECKING:
    from kiosk.app import KioskContent, KioskOptions

#: The offscreen platform cannot pass size hints to a window manager: harmless, and only there.
HARMLESS_QT_WARNINGS = ("This plugin does not support propagateSizeHints",)

#: A fixed day: the simulations do not depend on the day the test runs (the legal figures cover the
#: contracts the simulator offers on that day).
SIMULATION_DAY = date(2025, 6, 1)


class SelfTest:
    """Runs named checks, each one isolated: a failure is recorded and the next check still runs."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.report: dict[str, Any] = {
            "ok": False,
            "version": __version__,
            "frozen": bool(getattr(sys, "frozen", False)),
            "bundle_root": "",
            "data_dir": "",
            "catalogue": "",
            "server_schema": "",
            "programmes": 0,
            "screens": [],
            "states": 0,
            "simulations": {},
            "qt_warnings": [],
            "failures": [],
            "elapsed_ms": 0,
        }

    @contextmanager
    def check(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as error:  # the report must name every failure, whatever it is
            where = traceback.extract_tb(error.__traceback__)[-1]
            self.fail(name, f"{type(error).__name__}: {error} ({os.path.basename(where.filename)}:{where.lineno})")

    def fail(self, name: str, message: str) -> None:
        self.report["failures"].append(f"{name}: {message}")

    def finish(self) -> dict[str, Any]:
        self.report["ok"] = not self.report["failures"]
        self.report["elapsed_ms"] = round((time.perf_counter() - self.started) * 1000)
        return self.report


def run_self_test(args: argparse.Namespace) -> int:
    """Print the JSON report; 0 when everything passed, 1 otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.app import KioskOptions

    test = SelfTest()
    try:
        _run_checks(test, KioskOptions.from_command_line(args).offscreen((1280, 800)))
    except Exception as error:  # pragma: no cover - a check escaped its own guard
        test.fail("self-test", f"{type(error).__name__}: {error}")
    report = test.finish()
    print(json.dumps(report, ensure_ascii=False))
    sys.stdout.flush()
    return 0 if report["ok"] else 1


def _run_checks(test: SelfTest, options: KioskOptions) -> None:
    from kiosk.paths import package_root

    test.report["bundle_root"] = str(package_root().parent)
    with test.check("resources"):
        _check_resources()
    with test.check("data_dir"):
        test.report["data_dir"] = _check_data_dir(options.data_dir)
    content = None
    with test.check("catalogue"):
        from kiosk.app import load_content

        content = load_content(options.db_url, options.data_dir)
        test.report["catalogue"] = content.origin
        if content.degraded:
            test.fail("catalogue", content.status or "a fallback catalogue is shown")
        test.report["programmes"] = len(content.catalogue.programmes)
        if not content.catalogue.programmes:
            test.fail("catalogue", "the catalogue has no programmes")
    with test.check("sources"):
        _check_sources()
    with test.check("server schema"):  # the migration scripts the catalogue commands run on a server
        from kiosk.data.server_schema import head_revision

        test.report["server_schema"] = head_revision()
    if content is not None:
        with test.check("simulations"):
            _run_simulations(test, content.legal)
        _open_screens(test, content, options)


def _check_resources() -> None:
    from kiosk.paths import resources_dir, translations_dir

    missing = [
        str(path)
        for path in (
            resources_dir() / "styles" / "kiosk.qss",
            translations_dir() / "kiosk_fr.qm",
            translations_dir() / "kiosk_en.qm",
        )
        if not path.is_file()
    ]
    if not any((resources_dir() / "fonts").glob("*.ttf")):
        missing.append(str(resources_dir() / "fonts" / "*.ttf"))
    if missing:
        raise FileNotFoundError(", ".join(missing))


def _check_data_dir(folder: Path) -> str:
    """The folder the kiosk writes to must be writable (the kiosk's own folder may be read-only)."""
    folder.mkdir(parents=True, exist_ok=True)
    probe = folder / f".self-test-{os.getpid()}"
    probe.write_text("ok", encoding="utf-8")
    probe.unlink()
    return str(folder)


def _check_sources() -> None:
    """The bundled YAML sources still validate (staff export and check them) and match the bundled
    database: the digest of the files equals the one the database was built from."""
    from kiosk.data.builder import read_sources
    from kiosk.data.repository import CatalogueRepository, read_only_sqlite_engine
    from kiosk.paths import bundled_catalogue_path, catalogue_sources_dir

    sources_dir, database = catalogue_sources_dir(), bundled_catalogue_path()
    sources = read_sources(sources_dir)  # also validates every file
    engine = read_only_sqlite_engine(database)
    try:
        built_from = CatalogueRepository(engine).sources_digest()
    finally:
        engine.dispose()
    if sources.digest != built_from:
        raise ValueError(
            f"the sources in {sources_dir} (digest {sources.digest[:12]}) do not match the database {database}, "
            f"built from sources with digest {built_from[:12]}: rebuild it with `python -m kiosk catalogue build`"
        )


def _run_simulations(test: SelfTest, legal: Any) -> None:
    """One simulation of each contract with a legal scale, as the simulator starts it on a fixed day
    (the same defaults and the same entry, ``run_scenario``), and the training contract's explanation."""
    from kiosk.domain.kinds import SIMULATED_CONTRACTS
    from kiosk.domain.pay.scenarios import default_scenario, run_scenario
    from kiosk.domain.pay.training import training_contract_info

    for contract in SIMULATED_CONTRACTS:
        with test.check(f"simulation {contract}"):
            result = run_scenario(legal, default_scenario(contract, SIMULATION_DAY))
            if result.refusal is not None:
                raise ValueError(result.refusal.text("en"))
            if not result.months or result.total_due <= 0:
                raise ValueError("no pay computed")
            test.report["simulations"][contract] = {
                "months": len(result.months),
                "total_gross_eur": str(result.total_due),
            }
    with test.check("simulation training"):
        info = training_contract_info()
        if not info.summary_text("fr") or not info.depends_on_texts("en"):
            raise ValueError("no explanation of the training contract")
        test.report["simulations"]["training"] = {"legal_scale": False}


def _open_screens(test: SelfTest, content: KioskContent, options: KioskOptions) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from kiosk.app import Kiosk, assemble_kiosk
    from kiosk.domain.kinds import ScreenName
    from kiosk.domain.presets import preset_for_programme

    def on_qt_message(kind: QtMsgType, context: object, message: str) -> None:
        if any(harmless in message for harmless in HARMLESS_QT_WARNINGS):
            return
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            test.fail("qt", message)
        elif kind == QtMsgType.QtWarningMsg:
            test.report["qt_warnings"].append(message)

    previous_handler = qInstallMessageHandler(on_qt_message)
    kiosk: Kiosk | None = None
    try:
        with test.check("application"):
            kiosk = assemble_kiosk(options, content=content)
            kiosk.start()
            QApplication.processEvents()
        if kiosk is None:
            return
        window, language = kiosk.window, kiosk.language
        programme = content.catalogue.programmes[0] if content.catalogue.programmes else None
        arguments: dict[str, Callable[[], object]] = {
            ScreenName.PROGRAMME: lambda: programme.id if programme else None,
            ScreenName.SIMULATOR: lambda: preset_for_programme(content.catalogue, programme) if programme else None,
        }
        navigator = window.navigator
        for name in navigator.names():
            with test.check(f"screen {name}"):
                navigator.go(name, arguments.get(name, lambda: None)())
                QApplication.processEvents()
                if navigator.current != name or navigator.current_screen is None:
                    raise RuntimeError(f"the navigator shows {navigator.current!r}")
                if window.grab().isNull():
                    raise RuntimeError("the window cannot be drawn")
                test.report["screens"].append(name)
        # Every state a visitor can reach (programmes, simulator contracts and views, dialogs,
        # overlays): each entered and drawn. The staff's states are left out: they would set a PIN.
        from kiosk.ui.sweep import Sweep
        from kiosk.ui.widgets.overlay import open_dialogs

        sweep = Sweep(kiosk.shell, content.catalogue)
        test.report["states"] = 0
        for state in sweep.states(staff=False):
            with test.check(f"state {state.name}"):
                sweep.enter(state)
                for surface in (window, *(d for d in open_dialogs(window) if d.isWindow())):
                    if surface.grab().isNull():
                        raise RuntimeError(f"{surface.objectName()} cannot be drawn")
                test.report["states"] += 1
        sweep.fresh_visit()
        with test.check("language"):
            for other in ("en", "fr") if language.language == "fr" else ("fr", "en"):
                language.set_language(other)
                QApplication.processEvents()
        with test.check("home"):
            navigator.reset()
            QApplication.processEvents()
        kiosk.close()
        QApplication.processEvents()
    finally:
        qInstallMessageHandler(previous_handler)
