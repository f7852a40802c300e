"""``stats``: the kiosk's anonymous usage counters (see :mod:`kiosk.data.stats`)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kiosk.cli import CliContext, UsageError


def iso_day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def register(subparsers: Any) -> None:
    stats = subparsers.add_parser("stats", help="anonymous usage counts of this kiosk (or of every kiosk), per day")
    commands = stats.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    export = commands.add_parser(
        "export", help="write the counts as CSV: day,event,key,count (with --db: every kiosk's, kiosk and name first)"
    )
    export.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the server of a fleet: every kiosk's counts (default: this kiosk's own; KIOSK_DB_URL is not used)",
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="the CSV file to write ('-': stdout)")
    export.add_argument("--from", dest="first", type=iso_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    export.add_argument("--to", dest="last", type=iso_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    export.set_defaults(func=run_export)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    """Without ``--db``: this kiosk's file. With it: every kiosk's rows on that server (exit 1 with
    one line when it cannot be read, and no file is written)."""
    from kiosk.data.stats import UsageStats, export_fleet_csv, stats_path

    if args.first and args.last and args.first > args.last:
        raise UsageError("--from is after --to")
    if args.db:
        from kiosk.data.fleet import FleetLink
        from kiosk.data.schema import CatalogueUnavailableError

        link = FleetLink(args.db, context.data_dir)
        try:
            rows = link.usage(args.first, args.last)
        except CatalogueUnavailableError as error:
            print(f"cannot export: {error}", file=sys.stderr)
            return 1
        finally:
            link.close()

        def write(out: TextIO) -> int:
            return export_fleet_csv(out, rows)
    else:
        stats = UsageStats(stats_path(context.data_dir))

        def write(out: TextIO) -> int:
            return stats.export_csv(out, args.first, args.last)

    if args.output == "-":
        write(sys.stdout)
        return 0
    output = Path(args.output)
    try:
        with output.open("w", encoding="utf-8", newline="") as out:
            count = write(out)
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
    print(f"wrote {count} row(s) to {output}", file=sys.stderr)
    return 0
