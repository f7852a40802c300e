"""Where the kiosk finds its bundled files, frozen (PyInstaller) or not.

Never the current directory: a kiosk is started from anywhere, and a frozen build unpacks its
files into ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


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
