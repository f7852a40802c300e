"""Where the kiosk finds its bundled files, frozen (PyInstaller) or not.

Never the current directory: a kiosk is started from anywhere, and a frozen build unpacks its
files into ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Overrides the application data location (tests, the monkey, several kiosks on one machine).
DATA_ENVIRONMENT = "KIOSK_DATA_DIR"


def bundle_root() -> Path:
    """The folder holding ``data/`` and ``resources/``: the repository, or the frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def catalogue_sources_dir() -> Path:
    return bundle_root() / "data" / "catalogue"


def bundled_catalogue_path() -> Path:
    return bundle_root() / "data" / "catalogue.sqlite"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


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
