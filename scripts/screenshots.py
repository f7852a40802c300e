"""Screenshots of the kiosk as a visitor sees it: fullscreen on a bare X server (Xvfb, no window
manager, the real ``xcb`` platform), at the sizes, languages and display modes asked for.

    .venv/bin/python scripts/screenshots.py --out screenshots [--size 1920x1080 ...] [--lang fr en]
        [--large-text] [--high-contrast]

One PNG per state (home, attract, institute, finder, programme, contracts, simulator, dialogs,
overlays), named ``<size>-<lang>[-large][-contrast]-<state>.png``. Each shot is the X server's
whole screen, grabbed by the kiosk's own process after the state has settled.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = ("1920x1080", "1280x800", "1366x768", "1080x1920")


def shoot(out: Path, size: str, lang: str, large: bool, contrast: bool, states: list[str] | None) -> None:
    """Runs in a process of its own, on the X display of DISPLAY."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.app import KioskOptions, ShellTimings, assemble_kiosk
    from kiosk.domain.presets import preset_for_programme
    from kiosk.ui.touching import wait

    with tempfile.TemporaryDirectory() as folder:
        options = KioskOptions(
            data_dir=Path(folder),
            language="en" if lang == "en" else "fr",
            log_to_file=False,
            count_usage=False,
            # Never idle by itself; the countdown shown is the visitor's (the settings' default),
            # stopped by the state after it.
            timings=ShellTimings(idle_ms=3_600_000),
        )
        kiosk = assemble_kiosk(options)
        kiosk.start()
        window, navigator, shell = kiosk.window, kiosk.window.navigator, kiosk.shell
        window.accessibility.set_modes(large, contrast)
        catalogue = kiosk.content.catalogue
        m2 = next(p for p in catalogue.programmes if p.level == "M2" and p.continues_from)
        prefix = f"{size}-{lang}{'-large' if large else ''}{'-contrast' if contrast else ''}"

        def grab(name: str) -> None:
            wait(700)
            screen = QApplication.primaryScreen()
            screen.grabWindow(0).save(str(out / f"{prefix}-{name}.png"))

        def close_dialogs() -> None:
            shell.close_overlays()
            wait(200)

        def simulator(contract: str | None = None) -> None:
            navigator.go("simulator", preset_for_programme(catalogue, m2))
            if contract:
                screen = navigator.current_screen
                screen.contract_choice.set_value(contract)  # type: ignore[union-attr]

        def dialog(opener: str) -> None:
            screen = navigator.current_screen
            getattr(screen, opener)()

        plan = [
            ("home", lambda: navigator.home()),
            ("institute", lambda: navigator.go("institute")),
            ("finder", lambda: navigator.go("finder")),
            ("programme", lambda: navigator.go("programme", m2.id)),
            ("programme-takeaway", lambda: dialog("open_takeaway")),
            ("contracts", lambda: (close_dialogs(), navigator.go("contracts"))),
            ("simulator", lambda: simulator()),
            ("simulator-sources", lambda: dialog("show_sources")),
            ("simulator-professionalisation", lambda: (close_dialogs(), simulator("professionalisation"))),
            ("simulator-internship", lambda: simulator("internship")),
            ("simulator-takeaway", lambda: dialog("open_takeaway")),
            ("countdown", lambda: (close_dialogs(), navigator.home(), shell.idle.start_countdown())),
            ("pin", lambda: (close_dialogs(), shell.idle.set_dormant(False), shell.open_pin_pad())),
            ("attract", lambda: (close_dialogs(), shell.reset_for_next_visitor(),
                                 window.accessibility.set_modes(large, contrast))),
        ]
        for name, action in plan:
            if states and name not in states:
                continue
            action()
            grab(name)
        QTimer.singleShot(0, lambda: QApplication.exit(0))
        kiosk.app.exec()
        kiosk.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--size", nargs="+", default=list(SIZES))
    parser.add_argument("--lang", nargs="+", default=["fr", "en"])
    parser.add_argument("--large-text", action="store_true")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--state", nargs="*", help="only these states (home, finder, simulator-sources...)")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        size, lang, _ = args.child
        shoot(args.out, size, lang, args.large_text, args.high_contrast, args.state)
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.e2e.xvfb import bare_x_server

    for size in args.size:
        width, height = (int(part) for part in size.split("x"))
        with bare_x_server(width, height) as display:
            for lang in args.lang:
                command = [sys.executable, __file__, "--out", str(args.out), "--child", size, lang, "x"]
                command += ["--large-text"] * args.large_text + ["--high-contrast"] * args.high_contrast
                if args.state:
                    command += ["--state", *args.state]
                env = {**display.environment(), "QT_QPA_PLATFORM": "xcb"}
                subprocess.run(command, env=env, check=True, cwd=ROOT)
                print(f"{size} {lang}: done", flush=True)
    return 0


if __name__ == "__main__":
    os.environ.pop("QT_QPA_PLATFORM", None)
    sys.exit(main())
