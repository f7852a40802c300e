"""Where the kiosk finds its bundled files, and where it writes.

Bundled files are package data found with :mod:`importlib.resources`, the same way from a source
checkout (an editable install maps ``resources/`` and ``data/`` to these packages), an installed
wheel and the frozen build (which lays them out the same): never the current directory.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

#: The packages holding the bundled files (``package-dir`` in ``pyproject.toml``).
RESOURCES_PACKAGE = "kiosk.resources"
CATALOGUE_PACKAGE = "kiosk.catalogue_data"

#: Overrides the application data location (tests, the monkey, several kiosks on one machine).
DATA_ENVIRONMENT = "KIOSK_DATA_DIR"


def _package_dir(package: str) -> Path:
    """The folder of ``package`` on the file system (the kiosk is never run from a zip archive)."""
    root = files(package)
    if not isinstance(root, Path):
        raise RuntimeError(f"{package} is not a folder on disk ({root!r}): install the kiosk unzipped")
    return root


def package_root() -> Path:
    """The folder of the ``kiosk`` package itself (its modules)."""
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    return _package_dir(RESOURCES_PACKAGE)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def catalogue_dir() -> Path:
    """The folder of the bundled catalogue: its YAML sources and the database built from them."""
    return _package_dir(CATALOGUE_PACKAGE)


def catalogue_sources_dir() -> Path:
    return catalogue_dir() / "catalogue"


def bundled_catalogue_path() -> Path:
    return catalogue_dir() / "catalogue.sqlite"


def source_checkout() -> Path | None:
    """The repository the kiosk runs from (``pyproject.toml`` beside the package), or None for an
    installed wheel or a frozen build: developer commands (``build``, ``translations update``) need it."""
    root = package_root().parent
    return root if (root / "pyproject.toml").is_file() and not getattr(sys, "frozen", False) else None


def app_data_dir() -> Path:
    """Where the kiosk writes (settings, logs, usage): ``KIOSK_DATA_DIR``, else the platform's
    application data location for organisation "IMPGT", application "impgt-kiosk" (the same folder
    as Qt's ``QStandardPaths.AppDataLocation``, found without importing Qt)."""
    override = os.environ.get(DATA_ENVIRONMENT)
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "IMPGT" / "impgt-kiosk"
