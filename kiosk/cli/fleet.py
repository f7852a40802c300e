"""``fleet``: every kiosk of a fair seen from one place (the heartbeats on their shared server)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.cli import CliContext, UsageError, print_json

if TYPE_CHECKING:
    from kiosk.domain.fleet import FleetEntry

COLUMNS = ("state", "kiosk", "last seen", "version", "catalogue", "errors today", "id")


def register(subparsers: Any) -> None:
    fleet = subparsers.add_parser("fleet", help="the kiosks sharing a server: which is stale, broken or switched off")
    commands = fleet.add_subparsers(dest="fleet_command", metavar="ACTION", required=True)
    status = commands.add_parser("status", help="every kiosk, stale ones first, with how long since each was seen")
    status.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="the server (default: KIOSK_DB_URL)")
    status.add_argument("--json", action="store_true", help="one JSON list instead of a table")
    status.set_defaults(func=run_status)


def server_url(args: argparse.Namespace) -> str:
    """``--db`` (after or before the command), else ``KIOSK_DB_URL``; a usage error without either."""
    from kiosk.data.catalogue_store import catalogue_url

    url = catalogue_url(args.db)
    if not url:
        raise UsageError("no server: give --db URL, or set KIOSK_DB_URL")
    return url


def since_text(entry: FleetEntry) -> str:
    from kiosk.domain.fleet import TimeUnit, elapsed

    unit, count = elapsed(entry.unseen_for)
    if unit is TimeUnit.MINUTE and count == 0:
        return "less than a minute ago"
    return f"{count} {unit.value}{'' if count == 1 else 's'} ago"


def _row(entry: FleetEntry) -> tuple[str, ...]:
    kiosk = entry.kiosk
    seen = entry.last_seen.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        "STALE" if entry.stale else "ok",
        kiosk.label,
        f"{since_text(entry)} ({seen})",
        kiosk.version,
        f"{entry.catalogue_version} ({kiosk.catalogue_origin})",
        str(entry.errors_today),
        kiosk.kiosk_id,
    )


def _json(entry: FleetEntry) -> dict[str, object]:
    kiosk = entry.kiosk
    return {
        "kiosk": kiosk.kiosk_id,
        "name": kiosk.name,
        "stale": entry.stale,
        "last_seen": entry.last_seen.isoformat(),
        "seconds_since_seen": int(entry.unseen_for.total_seconds()),
        "version": kiosk.version,
        "catalogue_version": entry.catalogue_version,
        "catalogue_digest": kiosk.catalogue_digest,
        "catalogue_origin": kiosk.catalogue_origin,
        "errors_today": entry.errors_today,
        "calls_every_seconds": int(kiosk.check_every.total_seconds()),
    }


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def run_status(args: argparse.Namespace, context: CliContext) -> int:
    """Exit 0 with the list (even when some kiosk is stale), 1 when the server cannot be read."""
    from kiosk.data.fleet import FleetLink
    from kiosk.data.schema import CatalogueUnavailableError

    link = FleetLink(server_url(args), context.data_dir)
    try:
        entries = link.fleet(date.today())
    except CatalogueUnavailableError as error:
        print(f"cannot list the kiosks: {error}", file=sys.stderr)
        return 1
    finally:
        link.close()
    if args.json:
        print_json([_json(entry) for entry in entries])
        return 0
    if not entries:
        print(f"no kiosk has sent a heartbeat to {link.shown_url} yet (kiosks send one at start and between visitors)")
        return 0
    print_table([tuple(column.upper() for column in COLUMNS), *(_row(entry) for entry in entries)])
    stale = sum(entry.stale for entry in entries)
    print(f"{len(entries)} kiosk(s), {stale} stale (not seen for three of its calls, at least 15 minutes)")
    return 0
