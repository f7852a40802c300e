"""The command line: the kiosk window by default, and subcommands for staff and automated checks."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kiosk import __version__
from kiosk.domain.catalogue import LANGUAGES, Lang, language_or_default

if TYPE_CHECKING:
    from kiosk.data.catalogue_store import LoadedCatalogue
    from kiosk.domain.catalogue import Catalogue
    from kiosk.domain.pay.figures import LegalFigures


class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit status 2."""


class KioskArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming what is accepted (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


class CliContext:
    """What subcommands need from the outside world, opened lazily (most commands need little)."""

    def __init__(self, db_url: str | None = None, data_dir: Path | None = None) -> None:
        self.db_url = db_url
        self._data_dir = data_dir

    @property
    def data_dir(self) -> Path:
        """The application data location (staff-imported catalogue, local copy of a server's)."""
        from kiosk.paths import app_data_dir

        return self._data_dir or app_data_dir()

    @cached_property
    def loaded(self) -> LoadedCatalogue:
        """The catalogue the kiosk would show (``--db``, ``KIOSK_DB_URL``, imported or bundled)."""
        from kiosk.data.catalogue_store import catalogue_url, open_catalogue

        loaded = open_catalogue(catalogue_url(self.db_url), self.data_dir)
        if loaded.degraded:
            print(f"warning: {loaded.status}", file=sys.stderr)
        return loaded

    def catalogue(self) -> Catalogue:
        catalogue: Catalogue = self.loaded.catalogue
        return catalogue

    def legal_figures(self) -> LegalFigures:
        figures: LegalFigures = self.loaded.legal
        return figures


def choice(accepted: tuple[str, ...], what: str) -> Callable[[str], str]:
    """An argparse type accepting one of ``accepted``; anything else gets a one-line error naming them."""

    def parse(value: str) -> str:
        if value not in accepted:
            raise argparse.ArgumentTypeError(f"unknown {what} {value!r}; expected one of {', '.join(accepted)}")
        return value

    return parse


def language(value: str) -> Lang:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)}")
    return language_or_default(value)


def window_size(value: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT``, e.g. ``1920x1080``: a window of at least 320 by 240 pixels."""
    width, separator, height = value.lower().partition("x")
    if not (separator and width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise argparse.ArgumentTypeError(f"invalid size {value!r}; expected WIDTHxHEIGHT, e.g. 1920x1080")
    return int(width), int(height)


def screen_number(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"invalid screen {value!r}; expected a display number: 0, 1, …")
    return int(value)


#: Each command and the module of :mod:`kiosk.cli` that registers it, in the order of the help.
COMMAND_MODULES = {
    "institute": "content",
    "programmes": "content",
    "simulate": "simulate",
    "catalogue": "catalogue_commands",
    "translations": "translations",
    "build": "build",
    "admin": "admin",
    "monkey": "monkey",
    "layout-check": "layout_check",
    "stats": "stats",
    "fleet": "fleet",
}
#: The global options followed by a value (which is not a command).
_VALUED_OPTIONS = frozenset({"--db", "--lang", "--screen"})


def command_modules(argv: Sequence[str] | None) -> list[str]:
    """The command modules ``argv`` needs: the one of the command it names, none for the kiosk
    itself (no command), every one for ``--help``, no ``argv`` or a word that is no command (so
    that the error lists the commands)."""
    every = list(dict.fromkeys(COMMAND_MODULES.values()))
    if argv is None:
        return every
    words = [word for before, word in zip(["", *argv], argv, strict=False) if before not in _VALUED_OPTIONS]
    for word in words:
        if word in COMMAND_MODULES:
            return [COMMAND_MODULES[word]]
    if any(word in ("-h", "--help") or not word.startswith("-") for word in words):
        return every
    return []


def build_parser(argv: Sequence[str] | None = None) -> KioskArgumentParser:
    """The command line's parser; with ``argv``, only what it needs is imported (the kiosk's start
    imports no command's module)."""
    parser = KioskArgumentParser(
        prog="impgt-kiosk",
        description="IMPGT guidance kiosk. Without a command, starts the kiosk window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="read the catalogue from this database URL")
    parser.add_argument("--lang", type=language, default=None, help="language of the kiosk at start: fr or en")
    parser.add_argument("--windowed", action="store_true", help="run in a normal window (presenter mode)")
    parser.add_argument("--screen", type=screen_number, metavar="N", help="show the kiosk on display N (0: the first)")
    parser.add_argument(
        "--supervise", action="store_true", help="run the kiosk as a child process, restarted if it dies"
    )
    parser.add_argument(
        "--pseudo", action="store_true", help="pseudo-translate the interface (strings 40 %% longer) to check layouts"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start offscreen, open every screen, run each simulation, print a JSON report (exit 1 on failure)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=KioskArgumentParser)
    for name in command_modules(argv):
        importlib.import_module(f"kiosk.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(argv) if argv is not None else sys.argv[1:]
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    context = CliContext(args.db)
    if args.self_test:
        from kiosk.selftest import run_self_test

        return run_self_test(args)
    if args.supervise:
        from kiosk.logs import configure_file_logging
        from kiosk.supervisor import supervise

        configure_file_logging()
        return supervise(list(argv) if argv is not None else sys.argv[1:])
    if args.command is None:
        from kiosk.app import run_kiosk

        return run_kiosk(args)
    try:
        status: int = args.func(args, context)
    except UsageError as error:
        print(f"{parser.prog}: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    return status


def print_json(value: object) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False, indent=2))
