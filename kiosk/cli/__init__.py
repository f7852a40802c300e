"""The command line: the kiosk window by default, and subcommands for staff and automated checks."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import NoReturn

from kiosk import __version__
from kiosk.domain.catalogue import LANGUAGES, Catalogue, Lang
from kiosk.domain.pay.figures import LegalFigures


class UsageError(Exception):
    """Bad input on the command line: printed as one line, exit status 2."""


class KioskArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming what is accepted (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


class CliContext:
    """What subcommands need from the outside world, opened lazily (most commands need little)."""

    def __init__(self, db_url: str | None = None) -> None:
        self.db_url = db_url

    @cached_property
    def repository(self):  # type: ignore[no-untyped-def]
        from sqlalchemy import create_engine

        from kiosk.data.repository import CatalogueRepository, read_only_sqlite_engine
        from kiosk.paths import bundled_catalogue_path

        engine = create_engine(self.db_url) if self.db_url else read_only_sqlite_engine(bundled_catalogue_path())
        return CatalogueRepository(engine)

    def catalogue(self) -> Catalogue:
        catalogue: Catalogue = self.repository.load()
        return catalogue

    def legal_figures(self) -> LegalFigures:
        figures: LegalFigures = self.repository.legal_figures()
        return figures


def language(value: str) -> Lang:
    if value not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; expected one of {', '.join(LANGUAGES)}")
    return "en" if value == "en" else "fr"


def build_parser() -> KioskArgumentParser:
    from kiosk.cli import catalogue_commands, content, simulate, translations

    parser = KioskArgumentParser(
        prog="impgt-kiosk",
        description="IMPGT guidance kiosk. Without a command, starts the kiosk window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="read the catalogue from this database URL")
    parser.add_argument("--lang", type=language, default=None, help="language of the kiosk at start: fr or en")
    parser.add_argument("--windowed", action="store_true", help="run in a normal window (presenter mode)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=KioskArgumentParser)
    content.register(subparsers)
    simulate.register(subparsers)
    catalogue_commands.register(subparsers)
    translations.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    context = CliContext(args.db)
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


def existing_directory(value: str) -> Path:
    path = Path(value)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value!r} is not a directory")
    return path
