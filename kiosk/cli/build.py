"""``build``: the standalone executable (PyInstaller), for the system the command runs on."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

from kiosk.cli import CliContext, UsageError
from kiosk.paths import source_checkout

SPEC_FILE = Path("build_spec") / "impgt-kiosk.spec"


def register(subparsers: Any) -> None:
    build = subparsers.add_parser(
        "build", help="build the standalone kiosk with PyInstaller: dist/impgt-kiosk/ (one folder)"
    )
    build.add_argument(
        "--onefile",
        action="store_true",
        help="build one self-extracting executable instead, in dist/onefile/ (slower to start)",
    )
    build.set_defaults(func=run)


def pyinstaller_command(root: Path, onefile: bool) -> list[str]:
    """The PyInstaller run: build artefacts in ``build/``, the result in ``dist/`` (``dist/onefile/``)."""
    kind = "onefile" if onefile else "onefolder"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(root / "dist" / "onefile" if onefile else root / "dist"),
        "--workpath",
        str(root / "build" / kind),
        str(root / SPEC_FILE),
    ]
    if onefile:
        command += ["--", "--onefile"]
    return command


def run(args: argparse.Namespace, context: CliContext) -> int:
    from kiosk.cli.translations import compile_translations

    if getattr(sys, "frozen", False):
        raise UsageError("build runs from the source tree, not from a built kiosk")
    root = source_checkout()
    if root is None:
        raise UsageError("build runs from a source checkout (the repository), not from an installed kiosk")
    compile_translations()
    status = subprocess.run(pyinstaller_command(root, args.onefile), cwd=root, check=False).returncode
    if status != 0:
        return status
    name = "impgt-kiosk.exe" if sys.platform == "win32" else "impgt-kiosk"
    executable = root / "dist" / ("onefile" if args.onefile else "impgt-kiosk") / name
    print(f"built {executable}")
    return 0
