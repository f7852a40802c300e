"""``translations``: refresh the Qt Linguist sources (.ts) and compile them (.qm)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext, UsageError
from kiosk.paths import source_checkout, translations_dir

TRANSLATED_LANGUAGES = ("fr", "en")


def register(subparsers: Any) -> None:
    translations = subparsers.add_parser("translations", help="update (.ts) and compile (.qm) the translations")
    commands = translations.add_subparsers(dest="translations_command", metavar="ACTION", required=True)
    build = commands.add_parser("build", help="compile resources/translations/*.ts into .qm files")
    build.set_defaults(func=run_build)
    update = commands.add_parser("update", help="collect the interface strings of kiosk/ui into the .ts files")
    update.set_defaults(func=run_update)


def qt_tool(name: str) -> Path:
    import PySide6

    return Path(PySide6.__file__).resolve().parent / name


def ts_file(lang: str) -> Path:
    return translations_dir() / f"kiosk_{lang}.ts"


def compile_translations(output_dir: Path | None = None) -> list[Path]:
    """Compile every .ts file into a .qm beside it (or into ``output_dir``).

    Each .qm is written aside, then renamed over the old one: a running kiosk maps its .qm files,
    and lrelease rewriting one in place under it would crash it (SIGBUS) or garble its texts.
    """
    written = []
    for lang in TRANSLATED_LANGUAGES:
        source = ts_file(lang)
        target = (output_dir or source.parent) / f"kiosk_{lang}.qm"
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".qm", dir=target.parent)
        os.close(handle)
        partial = Path(name)
        try:
            subprocess.run([str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(partial)], check=True)
            partial.chmod(0o644)  # mkstemp's 0600 would hide the translations from a kiosk account
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
        written.append(target)
    return written


def run_build(args: argparse.Namespace, context: CliContext) -> int:
    for path in compile_translations():
        print(f"wrote {path}")
    return 0


def run_update(args: argparse.Namespace, context: CliContext) -> int:
    root = source_checkout()
    if root is None:
        raise UsageError("translations update runs from a source checkout (the repository)")
    sources = sorted(str(p.relative_to(root)) for p in (root / "kiosk" / "ui").rglob("*.py"))
    for lang in TRANSLATED_LANGUAGES:
        result = subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-no-obsolete",
                "-locations",
                "none",
                *sources,
                "-ts",
                str(ts_file(lang).relative_to(root)),
            ],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        sys.stdout.write(result.stdout)
        if result.returncode != 0:
            sys.stderr.write(result.stderr)
            return 1
    return 0
