"""``admin``: staff tasks on this computer: set the kiosk's staff PIN, unlock the PIN pad, name the kiosk."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from typing import Any

from kiosk.cli import CliContext, UsageError
from kiosk.settings import (
    KIOSK_NAME_MAX,
    PIN_MAX_DIGITS,
    PIN_MIN_DIGITS,
    PinError,
    SettingsStore,
    check_pin_format,
    kiosk_name_problem,
    with_kiosk_id,
    with_pin,
)


def register(subparsers: Any) -> None:
    admin = subparsers.add_parser("admin", help="staff tasks: set the staff PIN, unlock the PIN pad, name the kiosk")
    commands = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    set_pin = commands.add_parser(
        "set-pin",
        help=f"set the PIN that opens the staff menu ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits; asked twice)",
    )
    set_pin.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    set_pin.set_defaults(func=run_set_pin)
    unlock = commands.add_parser("unlock", help="unlock the PIN pad after too many wrong PINs")
    unlock.set_defaults(func=run_unlock)
    set_name = commands.add_parser(
        "set-name",
        help=f"name this kiosk in the fleet view (at most {KIOSK_NAME_MAX} characters; '' for none)",
    )
    set_name.add_argument("name", help='the name, e.g. "Stand A"')
    set_name.set_defaults(func=run_set_name)


def read_pin(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    first = getpass.getpass("New staff PIN (digits): ")
    second = getpass.getpass("The same PIN again: ")
    if first != second:
        raise UsageError("the two PINs differ; nothing changed")
    return first


def run_set_pin(args: argparse.Namespace, context: CliContext) -> int:
    store = SettingsStore()
    pin = read_pin(args.pin_stdin)
    try:
        check_pin_format(pin)
    except PinError as error:
        raise UsageError(str(error)) from error
    store.update(with_pin(store.settings, pin))
    if not store.saved:
        return _not_saved(store, "the PIN is unchanged")
    print(f"staff PIN set in {store.path}; a kiosk already running reads it at the next long press")
    return 0


def run_unlock(args: argparse.Namespace, context: CliContext) -> int:
    store = SettingsStore()
    store.update(replace(store.settings, failed_attempts=0, locked_until=0.0))
    if not store.saved:
        return _not_saved(store, "the pad stays as it was")
    print(f"PIN pad unlocked ({store.path})")
    return 0


def run_set_name(args: argparse.Namespace, context: CliContext) -> int:
    """The name goes with the kiosk's id (created now if it has none): the fleet view shows both."""
    name = args.name.strip()
    problem = kiosk_name_problem(name)
    if problem:
        raise UsageError(f"{problem}; nothing changed")
    store = SettingsStore()
    store.update(replace(with_kiosk_id(store.settings), kiosk_name=name))
    if not store.saved:
        return _not_saved(store, "the name is unchanged")
    shown = f"named {name!r}" if name else "without a name"
    print(f"this kiosk ({store.settings.kiosk_id}) is {shown} in {store.path}")
    print("a running kiosk takes it at its next heartbeat, between two visitors")
    return 0


def _not_saved(store: SettingsStore, outcome: str) -> int:
    print(f"cannot write {store.path} ({store.save_problem}): {outcome}", file=sys.stderr)
    return 1
