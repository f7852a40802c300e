"""``catalogue``: build the catalogue database from its sources."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext


def register(subparsers: Any) -> None:
    catalogue = subparsers.add_parser("catalogue", help="build and check the catalogue (staff)")
    commands = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)
    build = commands.add_parser("build", help="build a catalogue database from its sources")
    build.add_argument("path", type=Path, nargs="?", help="folder of the sources (default: the bundled ones)")
    build.add_argument("-o", "--output", type=Path, help="database file to write (default: the bundled one)")
    build.set_defaults(func=run_build)


def run_build(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.builder import build_catalogue
    from kiosk.data.sources import CatalogueSourceError
    from kiosk.paths import bundled_catalogue_path, catalogue_sources_dir

    source_dir = args.path or catalogue_sources_dir()
    output = args.output or bundled_catalogue_path()
    try:
        sources = build_catalogue(source_dir, output)
    except CatalogueSourceError as error:
        for problem in error.problems:
            print(str(problem), file=sys.stderr)
        print(f"{len(error.problems)} problem(s); nothing was built.", file=sys.stderr)
        return 1
    except ValueError as error:
        print(str(error), file=sys.stderr)
        print("nothing was built.", file=sys.stderr)
        return 1
    print(f"built {output}: {len(sources.catalogue.programmes)} programmes (sources {sources.digest[:12]})")
    return 0
