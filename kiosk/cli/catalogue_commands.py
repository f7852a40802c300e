"""``catalogue``: check, build, import and export the catalogue (staff), and say which one is shown."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli import CliContext, UsageError
from kiosk.domain.fleet import catalogue_version

if TYPE_CHECKING:
    from kiosk.data.snapshot import CatalogueRead
    from kiosk.data.sources import CatalogueSourceError


def register(subparsers: Any) -> None:
    catalogue = subparsers.add_parser("catalogue", help="check, build, import and export the catalogue (staff)")
    commands = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION", required=True)

    check = commands.add_parser("check", help="validate catalogue sources and report every problem")
    check.add_argument("path", type=Path, nargs="?", help="folder of the sources (default: the bundled ones)")
    check.set_defaults(func=run_check)

    build = commands.add_parser("build", help="build a catalogue database file from its sources")
    build.add_argument("path", type=Path, nargs="?", help="folder of the sources (default: the bundled ones)")
    build.add_argument("-o", "--output", type=Path, help="database file to write (default: the bundled one)")
    build.set_defaults(func=run_build)

    import_ = commands.add_parser(
        "import",
        help="validate sources and make them the catalogue the kiosk shows (all at once, or nothing)",
    )
    import_.add_argument("path", type=Path, help="folder of the sources")
    _db_option(import_, "database to replace the catalogue in (default: KIOSK_DB_URL, else this kiosk's own)")
    import_.set_defaults(func=run_import)

    export = commands.add_parser("export", help="write the catalogue in use back out as editable sources")
    _db_option(export, "database to export (default: the catalogue the kiosk shows)")
    export.add_argument("-o", "--output", type=Path, required=True, help="folder to write the five files into")
    export.add_argument(
        "--force", action="store_true", help="write into a folder that already holds files (they may be replaced)"
    )
    export.set_defaults(func=run_export)

    upgrade = commands.add_parser(
        "upgrade",
        help="bring a server's tables to this kiosk's schema (migrations; its catalogue and counts are kept)",
    )
    _db_option(upgrade, "the server to upgrade (default: KIOSK_DB_URL)")
    upgrade.set_defaults(func=run_upgrade)

    status = commands.add_parser("status", help="say which catalogue the kiosk shows, and why")
    status.set_defaults(func=run_status)


def _db_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    # SUPPRESS: when not given here, the global ``--db`` (before the command) is kept.
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help=help_text)


def _report_problems(error: CatalogueSourceError, outcome: str) -> int:
    for problem in error.problems:
        print(str(problem))
    print(f"{len(error.problems)} problem(s); {outcome}.", file=sys.stderr)
    return 1


def _summary(sources: CatalogueRead) -> str:
    catalogue, smic = sources.catalogue, sources.legal.smic.latest
    return (
        f"{len(catalogue.programmes)} programmes, {len(catalogue.campuses)} campuses, "
        f"{len(catalogue.contract_types)} contract types; SMIC {smic.hourly} €/h from {smic.effective.isoformat()}"
    )


def _sources_dir(args: argparse.Namespace) -> Path:
    from kiosk.paths import catalogue_sources_dir

    path: Path = args.path or catalogue_sources_dir()
    return path


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.builder import read_sources
    from kiosk.data.sources import CatalogueSourceError

    source_dir = _sources_dir(args)
    try:
        sources = read_sources(source_dir)
    except CatalogueSourceError as error:
        return _report_problems(error, "fix them, then check again")
    print(f"{source_dir}: no problem; {_summary(sources)}")
    return 0


def run_build(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.builder import build_catalogue
    from kiosk.data.sources import CatalogueSourceError
    from kiosk.paths import bundled_catalogue_path

    source_dir = _sources_dir(args)
    output = args.output or bundled_catalogue_path()
    try:
        sources = build_catalogue(source_dir, output)
    except CatalogueSourceError as error:
        return _report_problems(error, "nothing was built")
    print(f"built {output}: {_summary(sources)} (sources {sources.digest[:12]})")
    return 0


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.catalogue_store import catalogue_url, import_catalogue
    from kiosk.data.schema import CatalogueUnavailableError
    from kiosk.data.sources import CatalogueSourceError

    try:
        imported = import_catalogue(args.path, catalogue_url(args.db), context.data_dir)
    except CatalogueSourceError as error:
        return _report_problems(error, "nothing was imported: the catalogue in use is unchanged")
    except CatalogueUnavailableError as error:
        print(f"cannot import: {error}", file=sys.stderr)
        print("nothing was imported: the catalogue in use is unchanged.", file=sys.stderr)
        return 1
    print(f"imported {args.path} into {imported.location}: {_summary(imported.sources)}")
    if catalogue_url(args.db):
        print(
            "Kiosks using this server show it from their next visitor on (they look between visitors, every few "
            'minutes), or at once after "Reload catalogue" in their staff menu.'
        )
    else:
        print('The kiosk shows it after "Reload catalogue" in the staff menu, or at its next start.')
    return 0


def run_upgrade(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.data.catalogue_store import catalogue_url, upgrade_catalogue_server
    from kiosk.data.schema import CatalogueUnavailableError
    from kiosk.data.urls import display_url

    url = catalogue_url(args.db)
    if not url:
        raise UsageError("no server to upgrade: give --db URL, or set KIOSK_DB_URL")
    try:
        before, after = upgrade_catalogue_server(url)
    except CatalogueUnavailableError as error:
        print(f"cannot upgrade: {error}", file=sys.stderr)
        return 1
    shown = display_url(url)
    if before.revision == after.revision:
        print(f"{shown} is already at schema revision {after.revision}, this kiosk's: nothing to do")
    else:
        made = f"revision {before.revision}" if before.revision else "no revision (made before the migrations)"
        print(f"upgraded {shown} from {made} to revision {after.revision}; its catalogue and counts are kept")
    return 0


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    """With a database URL (``--db``, else ``KIOSK_DB_URL``): exactly that database, or exit 1 with
    one line (never the local copy or the bundled catalogue in its place). Without one: the
    catalogue the kiosk shows (imported, else bundled), named on standard error."""
    from kiosk.data.catalogue_store import catalogue_url, read_catalogue_at
    from kiosk.data.exporter import export_sources
    from kiosk.data.schema import CatalogueUnavailableError
    from kiosk.data.urls import display_url

    held = _files_in(args.output)
    if held and not args.force:
        shown = ", ".join(held[:8]) + (f" and {len(held) - 8} more" if len(held) > 8 else "")
        print(
            f"cannot export: {args.output} already holds files ({shown}); choose an empty or new folder, "
            "or add --force to write into it anyway (files of the same name are replaced)",
            file=sys.stderr,
        )
        return 1
    url = catalogue_url(args.db)
    try:
        if url:  # exactly this database, never a fallback
            origin = display_url(url)
            read = read_catalogue_at(url)
            catalogue, legal = read.catalogue, read.legal
        else:
            loaded = context.loaded
            catalogue, legal = loaded.catalogue, loaded.legal
            origin = f"the {loaded.origin.value} catalogue ({loaded.location})"
            print(f"no database URL (--db, KIOSK_DB_URL): exporting {origin}, the one the kiosk shows", file=sys.stderr)
    except CatalogueUnavailableError as error:
        where = f" {origin}" if url else ""
        print(" ".join(f"cannot export{where}: {error}".split()), file=sys.stderr)
        return 1
    try:
        written = export_sources(catalogue, legal, args.output)
    except OSError as error:
        print(f"cannot export: {error}", file=sys.stderr)
        return 1
    print(f"exported {origin} to {args.output}: {', '.join(path.name for path in written)}")
    return 0


def _files_in(folder: Path) -> list[str]:
    """The names in ``folder`` (none if it does not exist): what an export could overwrite."""
    try:
        return sorted(path.name for path in folder.iterdir())
    except FileNotFoundError:
        return []
    except NotADirectoryError:
        return [folder.name]
    except OSError:
        return []  # unreadable: the export itself says why it cannot write there


def run_status(args: argparse.Namespace, context: CliContext) -> int:
    """Exit 1 when a fallback is shown. With a server, also says whether this kiosk can send its
    counts to it (its schema revision), which does not change the catalogue shown."""
    from kiosk.data.catalogue_store import catalogue_url

    loaded = context.loaded
    print(f"origin: {loaded.origin.value}")
    print(f"location: {loaded.location}")
    print(f"status: {loaded.status}")
    if loaded.digest:
        print(f"version: {catalogue_version(loaded.digest)}")
    url = catalogue_url(context.db_url)
    if url and not loaded.degraded:
        from kiosk.data.fleet import FleetLink

        link = FleetLink(url, context.data_dir)
        try:
            problem = link.schema_problem()
        finally:
            link.close()
        print(f"server schema: {problem or 'the revision of this kiosk'}")
    return 1 if loaded.degraded else 0
