"""``stats``: the kiosk's anonymous usage counters (see :mod:`kiosk.data.stats`)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext, UsageError


def iso_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser("stats", help="anonymous usage counts of this kiosk, per day")
    commands = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    export = commands.add_parser("export", help="write the counts as CSV: day,event,key,count")
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the CSV file to write ('-': stdout)")
    export.add_argument("--from", dest="first", type=iso_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="last", type=iso_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.stats import UsageStats, stats_path

    if args.first and args.last and args.first > args.last:
        raise UsageError("--from is after --to")
    stats = UsageStats(stats_path(context.data_dir))
    try:
        if args.output == "-":
            count = stats.export_csv(sys.stdout, args.first, args.last)
        else:
            output = Path(args.output)
            try:
                with output.open("w", encoding="utf-8", newline="") as out:
                    count = stats.export_csv(out, args.first, args.last)
            except OSError as error:
                raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
            print(f"wrote {count} row(s) to {output}", file=sys.stderr)
    finally:
        stats.close()
    return 0
