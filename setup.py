"""Packaging beyond what ``pyproject.toml`` can say: the bundled-file packages mapped from
``resources/`` and ``data/``, and the translations compiled into every built wheel.

Everything else (metadata, dependencies, package data) is in ``pyproject.toml``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "translations"


class BuildWithTranslations(build_py):
    """Compile ``resources/translations/*.ts`` into the ``.qm`` files the kiosk loads, so that a
    wheel built from a fresh clone has them (``lrelease`` comes with PySide6, a build requirement)."""

    def run(self) -> None:
        import PySide6

        lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
        for source in sorted(TRANSLATIONS.glob("*.ts")):
            target = source.with_suffix(".qm")
            if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
                subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
        super().run()


setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.resources", "kiosk.catalogue_data"],
    cmdclass={"build_py": BuildWithTranslations},
)
