"""``translations build``: compiled .qm files that load, written without disturbing a running kiosk."""

from __future__ import annotations

import mmap
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk.cli.translations import TRANSLATED_LANGUAGES, compile_translations


def test_the_compiled_translations_load_and_translate(tmp_path: Path) -> None:
    written = compile_translations(tmp_path)
    assert sorted(path.name for path in written) == [f"kiosk_{lang}.qm" for lang in sorted(TRANSLATED_LANGUAGES)]
    french = QTranslator()
    assert french.load(str(tmp_path / "kiosk_fr.qm"))
    assert french.translate("HeaderBar", "Home") == "Accueil"
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(path.name for path in written)  # no leftovers
    assert all(path.stat().st_mode & 0o044 == 0o044 for path in written)  # readable by a kiosk account


def test_a_rebuild_leaves_the_file_a_running_kiosk_maps_untouched(tmp_path: Path) -> None:
    """A kiosk maps its .qm files: the new ones are renamed over them, never rewritten in place."""
    mapped = tmp_path / "kiosk_fr.qm"
    mapped.write_bytes(b"the translation a running kiosk has mapped" * 100)
    with mapped.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as running:
        compile_translations(tmp_path)
        assert running[:42] == b"the translation a running kiosk has mapped"
        assert running.size() == 4200
    assert mapped.read_bytes() != b"the translation a running kiosk has mapped" * 100
    assert QTranslator().load(str(mapped))
