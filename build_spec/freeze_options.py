"""PyInstaller options shared by the kiosk's spec and the bare-window benchmark (same options, fair sizes).

Imported by the ``.spec`` files (``sys.path`` gets ``SPECPATH``); not part of the ``kiosk`` package.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

#: Qt modules the kiosk does not use (it imports QtCore, QtGui and QtWidgets only). PyInstaller only
#: collects what is imported; excluding keeps a stray import from pulling in hundreds of megabytes.
QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in [
        "Qt3DAnimation",
        "Qt3DCore",
        "Qt3DExtras",
        "Qt3DInput",
        "Qt3DLogic",
        "Qt3DRender",
        "QtAxContainer",
        "QtBluetooth",
        "QtCharts",
        "QtConcurrent",
        "QtDBus",
        "QtDataVisualization",
        "QtDesigner",
        "QtGraphs",
        "QtGraphsWidgets",
        "QtHelp",
        "QtHttpServer",
        "QtLabsStyleKit",
        "QtLocation",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtNetwork",
        "QtNetworkAuth",
        "QtNfc",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtPositioning",
        "QtQml",
        "QtQmlFeatures",
        "QtQuick",
        "QtQuick3D",
        "QtQuickControls2",
        "QtQuickTest",
        "QtQuickWidgets",
        "QtRemoteObjects",
        "QtScxml",
        "QtSensors",
        "QtSerialBus",
        "QtSerialPort",
        "QtSpatialAudio",
        "QtSql",
        "QtStateMachine",
        "QtSvgWidgets",
        "QtTest",
        "QtTextToSpeech",
        "QtUiTools",
        "QtWebChannel",
        "QtWebEngineCore",
        "QtWebEngineQuick",
        "QtWebEngineWidgets",
        "QtWebSockets",
        "QtWebView",
        "QtXml",
    ]
]

#: Standard-library and third-party parts a kiosk never runs (tests, docs, GUI toolkits, build tools).
PYTHON_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "unittest",
    "doctest",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    "test",
    "xmlrpc",
    "curses",
    "PyInstaller",
    "pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "numpy",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # SQLAlchemy dialects and extras for databases the kiosk never reads (SQLite, PostgreSQL only).
    "sqlalchemy.dialects.mysql",
    "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle",
    "sqlalchemy.testing",
    "sqlalchemy.ext.mypy",
    "MySQLdb",
    "psycopg2",
    "pysqlite2",
]

EXCLUDES = QT_EXCLUDES + PYTHON_EXCLUDES

#: Qt files the PySide6 hooks collect that a Widgets kiosk never loads: the VNC platform and the TUIO
#: (network) touch plugin, the only users of QtNetwork, and QtNetwork itself. Matched by file stem,
#: so the same names hold for ``.so``, ``.dll`` and ``.dylib``.
UNUSED_QT_FILES = ("qvnc", "qtuiotouchplugin", "Qt6Network", "QtNetwork")


def kiosk_hiddenimports() -> list[str]:
    """Modules SQLAlchemy imports by name at run time: SQLite always, psycopg when installed; and
    those the migration scripts import, which Alembic loads as files (kiosk/data/migrations/)."""
    hidden = ["sqlalchemy.dialects.sqlite.pysqlite", "alembic.op", "alembic.context"]
    if importlib.util.find_spec("psycopg") is not None:
        hidden += ["sqlalchemy.dialects.postgresql.psycopg", "psycopg"]
    return hidden


def _is_unused_qt_file(dest: str) -> bool:
    parts = dest.replace("\\", "/").split("/")
    if "PySide6" not in parts:
        return False
    stem = parts[-1].split(".", 1)[0]
    return stem.removeprefix("lib") in UNUSED_QT_FILES


def slim(toc: Any) -> Any:
    """``toc`` (an Analysis' ``binaries`` or ``datas``) without the Qt files listed in ``UNUSED_QT_FILES``."""
    return [entry for entry in toc if not _is_unused_qt_file(entry[0])]


#: ``EXE`` options. A console program, so that ``--self-test`` and the staff commands print; on Windows
#: the console window is hidden at once when the program is started from a shortcut, not a terminal.
#: Stripping debug symbols (Linux only: elsewhere it can break signatures) halves the bundle.
EXE_OPTIONS: dict[str, Any] = {
    "debug": False,
    "bootloader_ignore_signals": False,
    "strip": sys.platform.startswith("linux"),
    "upx": False,
    "console": True,
    "hide_console": "hide-early" if sys.platform == "win32" else None,
    "disable_windowed_traceback": False,
    "argv_emulation": False,
}

#: ``COLLECT`` options (one-folder builds).
COLLECT_OPTIONS: dict[str, Any] = {"strip": EXE_OPTIONS["strip"], "upx": False}
