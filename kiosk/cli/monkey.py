"""``monkey``: random taps, language switches and idle resets on an offscreen kiosk window."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext, window_size


def register(subparsers: Any) -> None:
    monkey = subparsers.add_parser(
        "monkey", help="tap random buttons, switch languages, trigger idle resets; count exceptions and RSS growth"
    )
    monkey.add_argument("--actions", type=int, default=10_000, help="how many actions (default 10000)")
    monkey.add_argument("--seed", type=int, default=1, help="random seed: the same seed, the same run")
    monkey.add_argument(
        "--size", type=window_size, default=(1280, 800), help="window size WIDTHxHEIGHT (default 1280x800)"
    )
    monkey.add_argument("--json", action="store_true", help="print the report as JSON")
    monkey.add_argument(
        "--samples",
        type=int,
        default=10,
        metavar="N",
        help="read the memory N - 1 times along the random actions too, to show its trend (default 10)",
    )
    monkey.add_argument(
        "--max-growth",
        type=float,
        metavar="MB",
        help="also exit 1 when the resident size grew by more than MB megabytes after the sweep",
    )
    monkey.set_defaults(func=run_monkey)


def run_monkey(args: argparse.Namespace, context: CliContext) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dataclasses import replace

    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    from kiosk.app import KioskOptions, assemble_kiosk, load_content
    from kiosk.ui.monkey import MonkeyDriver

    def quiet(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        # The offscreen platform cannot pass size hints to a window manager: noise, not a finding.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    options = KioskOptions.from_command_line(args)
    content = load_content(options.db_url, options.data_dir)
    # What the run writes (settings, the summaries its taps save) goes to a folder of its own, and
    # never to paper: the kiosk's own data folder and its 50 newest summaries stay as they are.
    with tempfile.TemporaryDirectory(prefix="kiosk-monkey-") as data_dir:
        offscreen = replace(options.offscreen(args.size), data_dir=Path(data_dir), language="fr")
        # The sweep taps every button, the staff menu's "Quit the kiosk" included: here it leaves
        # nothing (it ended the run after the sweep, two random actions in).
        kiosk = assemble_kiosk(offscreen, content=content, exit_application=lambda status: None)
        kiosk.start()
        report = MonkeyDriver(kiosk.shell, args.actions, args.seed, samples=args.samples).run()
        kiosk.close()
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
            f"monkey: a sweep of {len(report.swept)} screens, dialogs and sets of inputs ({report.sweep_taps} taps), "
            f"then {summary['actions']} random actions (seed {summary['seed']}): {summary['exceptions']} exception(s)"
        )
        print(
            f"memory: RSS {summary['rss_start_mb']} MB at start; between visitors, {summary['rss_baseline_mb']} MB "
            f"after the sweep and {summary['rss_end_mb']} MB at the end: growth {summary['rss_growth_mb']} MB{heap}; "
            f"{summary['python_blocks_growth']:+d} Python blocks"
        )
        if report.samples:
            trend = ", ".join(
                f"{done}: {reading.rss / 1024 / 1024:.1f}"
                + ("" if reading.heap is None else f"/{reading.heap / 1024 / 1024:.1f}")
                for done, reading in report.samples
            )
            print(f"along the way (actions: RSS/C heap MB): {trend}")
        print("actions:", ", ".join(f"{name} {count}" for name, count in sorted(report.counts.items())))
    too_much = args.max_growth is not None and report.growth > args.max_growth * 1024 * 1024
    if too_much:
        print(f"monkey: the resident size grew by more than {args.max_growth} MB", file=sys.stderr)
    return 1 if report.exceptions or too_much else 0
