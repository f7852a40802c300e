"""``layout-check``: every state of the kiosk, offscreen at a given size, checked for cut texts,
widgets out of reach and touch targets smaller than a fingertip (see :mod:`kiosk.ui.layout_check`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from kiosk.cli import CliContext, language, window_size


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "layout-check",
        help="visit every state offscreen at a size; list cut texts, unreachable widgets, small targets (exit 1)",
    )
    check.add_argument("--size", type=window_size, required=True, metavar="WxH", help="the screen, e.g. 1080x1920")
    check.add_argument("--lang", dest="check_lang", type=language, default="fr", help="fr (default) or en")
    check.add_argument("--large-text", action="store_true", help="with large text on")
    check.add_argument("--high-contrast", action="store_true", help="with high contrast on")
    check.add_argument("--pseudo", dest="check_pseudo", action="store_true", help="strings 40 %% longer")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=run_layout_check)


def run_layout_check(args: argparse.Namespace, context: CliContext) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile
    from dataclasses import replace
    from pathlib import Path

    from kiosk.app import KioskOptions, assemble_kiosk, load_content
    from kiosk.ui.layout_check import check_all
    from kiosk.ui.sweep import Sweep

    options = KioskOptions.from_command_line(args)
    content = load_content(options.db_url, options.data_dir)
    with tempfile.TemporaryDirectory(prefix="kiosk-layout-") as folder:
        offscreen = replace(
            options.offscreen(args.size), data_dir=Path(folder), language=args.check_lang, pseudo=args.check_pseudo
        )
        kiosk = assemble_kiosk(offscreen, content=content)
        kiosk.start()
        kiosk.window.accessibility.set_modes(args.large_text, args.high_contrast)
        states, problems = check_all(Sweep(kiosk.shell, content.catalogue), args.size)
        kiosk.close()
    label = f"{args.size[0]}x{args.size[1]} {args.check_lang}" + " large text" * args.large_text
    label += " high contrast" * args.high_contrast + " pseudo" * args.check_pseudo
    if args.json:
        print(json.dumps({"check": label, "states": states, "problems": [str(p) for p in problems]}, indent=2))
    else:
        for problem in problems:
            print(problem)
        print(f"layout-check {label}: {len(states)} states, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0
