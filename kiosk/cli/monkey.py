"""``monkey``: random taps, language switches and idle resets on an offscreen kiosk window."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext


def register(subparsers: Any) -> None:
    monkey = subparsers.add_parser(
        "monkey", help="tap random buttons, switch languages, trigger idle resets; count exceptions and RSS growth"
    )
    monkey.add_argument("--actions", type=int, default=10_000, help="how many actions (default 10000)")
    monkey.add_argument("--seed", type=int, default=1, help="random seed: the same seed, the same run")
    monkey.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (default 1280x800)")
    monkey.add_argument("--json", action="store_true", help="print the report as JSON")
    monkey.set_defaults(func=run_monkey)


def run_monkey(args: argparse.Namespace, context: CliContext) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    from kiosk.app import apply_theme, build_shell, build_window, create_application, load_content
    from kiosk.paths import translations_dir
    from kiosk.settings import SettingsStore
    from kiosk.ui.i18n import LanguageController
    from kiosk.ui.monkey import MonkeyDriver

    def quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform cannot pass size hints to a window manager: noise, not a finding.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    width, _, height = args.size.partition("x")
    app = create_application()
    apply_theme(app)
    language = LanguageController(translations_dir())
    language.set_language("fr")
    content = load_content(args.db)
    with tempfile.TemporaryDirectory(prefix="kiosk-monkey-") as data_dir:
        store = SettingsStore(Path(data_dir) / "settings.json")
        window = build_window(content, language)
        shell = build_shell(window, content, language, store, exit_on_error_storm=False)
        shell.start(kiosk=False)
        window.resize(int(width or 1280), int(height or 800))
        report = MonkeyDriver(shell, args.actions, args.seed).run()
        shell.stop()
        window.deleteLater()
    summary = report.as_dict()
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        heap = (
            f"; C heap {summary['heap_baseline_mb']} MB -> {summary['heap_end_mb']} MB "
            f"(growth {summary['heap_growth_mb']} MB)"
            if summary["heap_growth_mb"] is not None
            else ""
        )
        print(
            f"monkey: sweep of {len(report.swept)} screens and dialogs ({report.sweep_taps} taps), then "
            f"{summary['actions']} random actions (seed {summary['seed']}): {summary['exceptions']} exception(s)"
        )
        print(
            f"memory between visitors: RSS {summary['rss_start_mb']} MB at start, {summary['rss_baseline_mb']} MB "
            f"after the sweep, {summary['rss_end_mb']} MB at the end: growth {summary['rss_growth_mb']} MB{heap}"
        )
        print("actions:", ", ".join(f"{name} {count}" for name, count in sorted(report.counts.items())))
    return 1 if report.exceptions else 0
