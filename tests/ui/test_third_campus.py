"""A third campus is a data change: added in the sources, imported, it is a chip of the finder and a
value of ``programmes --campus`` (whose accepted values are the catalogue's)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.app import KioskOptions, assemble_kiosk
from kiosk.cli import main as cli
from kiosk.ui.screens.finder import FinderScreen
from tests.catalogue_helpers import TOULON_PROGRAMME, add_campus, copy_sources
from tests.ui.helpers import tap


def test_a_third_campus_shows_in_the_finder_and_the_command_line(
    qtbot: QtBot,
    tmp_path: Path,
    themed_app: QApplication,
    test_options: KioskOptions,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("KIOSK_DATA_DIR", str(data_dir))
    monkeypatch.delenv("KIOSK_DB_URL", raising=False)
    sources = copy_sources(tmp_path / "sources")
    add_campus(sources, "toulon", "Toulon")
    assert cli(["catalogue", "import", str(sources)]) == 0
    capsys.readouterr()

    assert cli(["programmes", "--json", "--campus", "toulon"]) == 0
    assert [item["id"] for item in json.loads(capsys.readouterr().out)] == [TOULON_PROGRAMME]
    assert cli(["programmes", "--campus", "lyon"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "expected one of aix, marseille, toulon" in error

    kiosk = assemble_kiosk(replace(test_options, data_dir=data_dir), exit_application=lambda status: None)
    assert kiosk.content.origin == "imported"
    try:
        window = kiosk.window
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        tap(qtbot, window.navigator.screen("home").finder_card)  # type: ignore[attr-defined]
        finder = window.navigator.current_screen
        assert isinstance(finder, FinderScreen)
        assert [chip.value for chip in finder.campus_chips] == ["aix", "marseille", "toulon"]
        [toulon] = [chip for chip in finder.campus_chips if chip.objectName() == "chip_campus_toulon"]
        assert toulon.text() == "Toulon"
        tap(qtbot, toulon)
        assert finder.visible_programme_ids() == [TOULON_PROGRAMME]
    finally:
        kiosk.close()
