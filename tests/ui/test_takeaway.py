"""Take it home: the QR code a phone reads is the summary, and a one-page PDF when no printer."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.pay.figures import LegalFigures
from kiosk.domain.pay.scenarios import run_scenario
from kiosk.domain.summary import figures_date, programme_summary, simulation_summary
from kiosk.ui import delivery as deliveries
from kiosk.ui import printing
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.programme import ProgrammeScreen
from kiosk.ui.screens.simulator import SimulatorScreen
from kiosk.ui.widgets import qr
from kiosk.ui.widgets.qr import PREPARE_DELAY_MS, qr_image, qr_matrix
from kiosk.ui.widgets.takeaway import TakeawayDialog
from tests.ui.helpers import plain, tap


def decode(image: QImage) -> str:
    barcode = zxingcpp.read_barcode(image)
    assert barcode is not None, "no QR code found in the image"
    return str(barcode.text)


def open_dialog(qtbot: QtBot, button_owner: ProgrammeScreen | SimulatorScreen) -> TakeawayDialog:
    tap(qtbot, button_owner.takeaway_button)
    dialogs = [w for top in QApplication.topLevelWidgets() for w in top.findChildren(TakeawayDialog) if w.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


@pytest.fixture(autouse=True)
def no_printer(kiosk_data_dir: Path) -> Iterator[None]:
    """No printer (``KIOSK_PRINTER=none``, see tests/ui/conftest.py): summaries go to the data
    location; every dialog closed afterwards."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, TakeawayDialog):
            widget.close()


def test_qr_image_decodes_to_its_payload(themed_app: QApplication) -> None:
    text = "IMPGT – Simulation\n09/2026–03/2027 : 802,82 €\n" * 8
    assert decode(qr_image(text, 4)) == text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_simulation_qr_holds_the_summary(
    qtbot: QtBot, window: KioskWindow, catalogue: Catalogue, legal: LegalFigures, lang: str
) -> None:
    window.language.set_language(lang)  # type: ignore[arg-type]
    programme = catalogue.programmes[3]
    tap(qtbot, window.navigator.screen("home").finder_card)  # type: ignore[attr-defined]
    window.navigator.go("programme", programme.id)
    screen = window.navigator.current_screen
    assert isinstance(screen, ProgrammeScreen)
    tap(qtbot, screen.simulate_button)
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    dialog = open_dialog(qtbot, simulator)
    result = run_scenario(legal, simulator.scenario())
    names = {c.id: c.name.get(lang) for c in catalogue.contract_types}  # type: ignore[arg-type]
    expected = simulation_summary(
        result,
        simulator.scenario(),
        lang,  # type: ignore[arg-type]
        figures_date(legal, result),
        programme,
        names["apprenticeship"],
    )
    assert decode(dialog.qr.image()) == expected
    assert programme.title.get(lang) in expected  # type: ignore[arg-type]
    assert dialog.preview.text() == expected
    dialog.close()


def test_training_contract_has_nothing_to_take(qtbot: QtBot, window: KioskWindow) -> None:
    window.navigator.go("simulator")
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    tap(qtbot, simulator.contract_choice.chips["training"])
    assert not simulator.takeaway_button.isVisible()
    assert simulator.open_takeaway() is None


def test_programme_qr_is_its_summary_or_its_web_page(qtbot: QtBot, window: KioskWindow, catalogue: Catalogue) -> None:
    programme = catalogue.programmes[0]
    window.navigator.go("programme", programme.id)
    screen = window.navigator.current_screen
    assert isinstance(screen, ProgrammeScreen)
    dialog = open_dialog(qtbot, screen)
    assert decode(dialog.qr.image()) == programme_summary(catalogue, programme, "fr")
    assert not dialog.is_link
    dialog.close()
    screen._programme = replace(programme, web_page="https://impgt.univ-amu.fr/fr/formation")
    dialog = open_dialog(qtbot, screen)
    assert decode(dialog.qr.image()) == "https://impgt.univ-amu.fr/fr/formation"
    assert dialog.is_link
    dialog.close()


def test_a_payload_is_encoded_once_shown_resized_and_printed(
    qtbot: QtBot, window: KioskWindow, catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Encoding is the slow part of a code: the programme's is encoded once, a moment after the
    page is shown (before the visitor taps), and the dialog, a new scale and the printed page reuse it."""
    encoded: list[str] = []
    make_qr = qr.segno.make_qr

    def counting(payload: str, **options: object) -> object:
        encoded.append(payload)
        return make_qr(payload, **options)

    monkeypatch.setattr(qr.segno, "make_qr", counting)
    qr_matrix.cache_clear()
    programme = catalogue.programmes[1]
    window.navigator.go("programme", programme.id)
    screen = window.navigator.current_screen
    assert isinstance(screen, ProgrammeScreen)
    qtbot.wait(PREPARE_DELAY_MS + 200)
    payload = programme_summary(catalogue, programme, "fr")
    assert encoded == [payload]  # ready before the tap
    dialog = open_dialog(qtbot, screen)
    window.accessibility.set_large_text(True)  # another size of the code
    QApplication.processEvents()
    tap(qtbot, dialog.print_button)
    assert dialog.status.isVisible()
    assert encoded == [payload]
    assert decode(dialog.qr.image()) == payload
    dialog.close()
    window.accessibility.reset()


def _poppler(tool: str) -> str:
    """pdftotext and pdfinfo come from Debian's poppler-utils, which scripts/setup.sh installs."""
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing: run scripts/setup.sh (it installs poppler-utils)")
    return tool


def pdf_text(path: Path) -> str:
    """The page's text, ligatures ("ﬀ") undone."""
    output = subprocess.run(
        [_poppler("pdftotext"), "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return unicodedata.normalize("NFKC", output.stdout)


def pdf_pages(path: Path) -> int:
    info = subprocess.run([_poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_simulation_pdf_is_one_page_with_the_figures(
    qtbot: QtBot, window: KioskWindow, kiosk_data_dir: Path, lang: str, caplog: pytest.LogCaptureFixture
) -> None:
    window.language.set_language(lang)  # type: ignore[arg-type]
    window.navigator.go("simulator")
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    dialog = open_dialog(qtbot, simulator)
    with caplog.at_level(logging.INFO, logger="kiosk.printing"):
        tap(qtbot, dialog.print_button)
    assert dialog.status.isVisible()
    named = {"fr": "simulation-contrat-d-apprentissage-", "en": "simulation-apprenticeship-contract-"}[lang]
    pdfs = sorted((kiosk_data_dir / "summaries").glob(f"{named}*.pdf"))
    assert len(pdfs) == 1
    # The visitor reads that a copy is kept, in their words; where it is goes to the staff's log.
    saved = {"fr": "Copie enregistrée", "en": "Copy saved"}[lang]
    assert plain(dialog.status.text()).startswith(saved) and "/" not in dialog.status.text()
    assert str(pdfs[0]) in caplog.text
    assert pdf_pages(pdfs[0]) == 1
    text = " ".join(pdf_text(pdfs[0]).split())
    result = simulator.result
    assert result is not None and result.first_month is not None
    from kiosk.ui.formatting import money

    assert " ".join(money(result.first_month.gross, lang).split()) in text  # type: ignore[arg-type]
    assert ("Sources of these figures" if lang == "en" else "Sources de ces chiffres") in text
    assert "SMIC" in text and "Code du travail" in text
    dialog.close()


def test_programme_pdf_and_printer_failure(
    qtbot: QtBot, window: KioskWindow, catalogue: Catalogue, kiosk_data_dir: Path
) -> None:
    programme = catalogue.programmes[1]
    window.navigator.go("programme", programme.id)
    screen = window.navigator.current_screen
    assert isinstance(screen, ProgrammeScreen)
    dialog = open_dialog(qtbot, screen)
    delivery = dialog.print_copy()
    folder = kiosk_data_dir / "summaries"
    assert delivery.path is not None and delivery.path.parent == folder and not delivery.printed
    assert pdf_pages(delivery.path) == 1
    assert programme.title.fr.split()[0] in pdf_text(delivery.path)
    dialog.close()

    shutil.rmtree(folder)
    folder.write_text("", encoding="utf-8")  # a file where the folder should be
    dialog = open_dialog(qtbot, screen)
    failed = dialog.print_copy()
    assert failed.error and not failed.printed and failed.path is None
    assert dialog.status.text() and dialog.print_button.isEnabled()  # may be tried again
    dialog.close()


def test_deliver_prints_when_a_printer_is_set_up(
    monkeypatch: pytest.MonkeyPatch, themed_app: QApplication, tmp_path: Path
) -> None:
    printed: list[str] = []
    monkeypatch.setattr(printing, "print_summary", lambda summary, info: printed.append(summary.title))

    class Printer:
        def printerName(self) -> str:
            return "Hall printer"

    summary = deliveries.PrintableSummary("Title", "<p>x</p>", "x", "simulation")
    delivery = printing.deliver(summary, Printer(), tmp_path, now=None)  # type: ignore[arg-type]
    assert delivery.printed and delivery.printer == "Hall printer" and printed == ["Title"]
    assert not list(tmp_path.iterdir())


def test_kiosk_printer_none_keeps_the_kiosk_off_the_printers(
    monkeypatch: pytest.MonkeyPatch, themed_app: QApplication, tmp_path: Path
) -> None:
    """``KIOSK_PRINTER=none`` at start: the printer policy of the kiosk's options, for its whole run."""
    import argparse

    from kiosk.app import KioskOptions

    printed: list[str] = []
    monkeypatch.setattr(printing, "print_summary", lambda summary, info: printed.append(summary.title))

    class HallPrinter:
        def isNull(self) -> bool:
            return False

        def printerName(self) -> str:
            return "Hall printer"

    hall = HallPrinter()
    monkeypatch.setattr(printing.QPrinterInfo, "defaultPrinter", staticmethod(lambda: hall))
    args = argparse.Namespace()
    summary = deliveries.PrintableSummary("Title", "<p>x</p>", "x", "simulation")
    for environment, expected in (
        ({}, deliveries.PrinterPolicy.SYSTEM),
        ({"KIOSK_PRINTER": "None"}, deliveries.PrinterPolicy.NONE),
    ):
        policy = KioskOptions.from_command_line(args, environment).printer
        assert policy is expected
        delivery = deliveries.SummaryDelivery(policy, tmp_path / policy).deliver(summary)
        assert delivery.printed is (policy is deliveries.PrinterPolicy.SYSTEM)
    assert printed == ["Title"] and len(list((tmp_path / "none").glob("*.pdf"))) == 1


def test_one_printed_copy_per_dialog(qtbot: QtBot, window: KioskWindow, kiosk_data_dir: Path) -> None:
    window.navigator.go("simulator")
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    dialog = open_dialog(qtbot, simulator)
    before = dialog.print_button.grab().toImage()
    tap(qtbot, dialog.print_button)
    assert not dialog.print_button.isEnabled()
    assert dialog.print_button.grab().toImage() != before  # it looks it: greyed out, not to be tapped again
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # a second tap does nothing
    QApplication.processEvents()
    assert len(list((kiosk_data_dir / "summaries").glob("*.pdf"))) == 1
    tap(qtbot, dialog.close_button)

    dialog = open_dialog(qtbot, simulator)  # the next dialog prints again
    assert dialog.print_button.isEnabled()
    tap(qtbot, dialog.print_button)
    assert not dialog.print_button.isEnabled()
    dialog.close()


def test_only_the_newest_saved_summaries_are_kept(qtbot: QtBot, window: KioskWindow, kiosk_data_dir: Path) -> None:
    kept = 50
    folder = kiosk_data_dir / "summaries"
    folder.mkdir(parents=True)
    old = []
    for index in range(kept):
        pdf = folder / f"simulation-apprenticeship-2025010{index // 10}-1200{index % 10:02d}.pdf"
        pdf.write_bytes(b"%PDF-1.4\n")
        os.utime(pdf, ns=(1_700_000_000_000_000_000 + index * 10**9,) * 2)
        old.append(pdf)
    notes = folder / "notes.txt"  # not a summary: never deleted
    notes.write_text("staff", encoding="utf-8")

    window.navigator.go("simulator")
    simulator = window.navigator.current_screen
    assert isinstance(simulator, SimulatorScreen)
    dialog = open_dialog(qtbot, simulator)
    tap(qtbot, dialog.print_button)
    dialog.close()

    pdfs = set(folder.glob("*.pdf"))
    assert len(pdfs) == kept
    assert old[0] not in pdfs and set(old[1:]) <= pdfs  # the oldest went, the new one stayed
    assert notes.exists()


def test_a_long_word_in_a_narrow_column_of_the_pdf_stays_whole(themed_app: QApplication, tmp_path: Path) -> None:
    """A column narrower than "professionnalisation" wraps its line between words, never inside one."""
    cells = "".join(f"<td>{word}</td>" for word in ("Contrat", "de professionnalisation", "x", "y", "z", "w"))
    summary = deliveries.PrintableSummary(
        "Title", f'<table width="30%" border="1"><tr>{cells}</tr></table>', "x", "test"
    )
    path = printing.write_pdf(summary, tmp_path / "narrow.pdf")
    words = pdf_text(path).split()
    assert "professionnalisation" in words, words
