"""One-page printed summaries of a programme or a simulation: printed when a printer is set up,
saved as a PDF in the application data location otherwise (where: :mod:`kiosk.ui.delivery`).

The page is a :class:`QTextDocument` (HTML) painted on a :class:`QPdfWriter` or a :class:`QPrinter`;
its font shrinks until everything fits on one A4 page.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QUrl
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.domain.catalogue import Catalogue, Lang, Programme
from kiosk.domain.kinds import ContractKind
from kiosk.domain.pay.scenarios import Scenario, ScenarioResult
from kiosk.domain.pay.schedule import Employer
from kiosk.domain.summary import PayRange, pay_ranges, qr_payload
from kiosk.ui.delivery import Delivery, PrintableSummary
from kiosk.ui.formatting import long_date, money, month_year, percent
from kiosk.ui.widgets.qr import qr_image

log = logging.getLogger("kiosk.printing")

QR_URL = QUrl("kiosk://qr.png")
#: Base font sizes tried, in points, largest first, until the page holds everything.
FONT_SIZES = (11.0, 10.0, 9.0, 8.0, 7.0, 6.0)
MARGIN_MM = 16.0
PDF_RESOLUTION = 300


def system_printer() -> QPrinterInfo | None:
    """The system's default printer, else the first one, else None."""
    default = QPrinterInfo.defaultPrinter()
    if not default.isNull():
        return default
    printers = QPrinterInfo.availablePrinters()
    return printers[0] if printers else None


def build_document(summary: PrintableSummary, font_size: float) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(font_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    # Lines break between words only ("professionnalisation" whole in a narrow column), never
    # inside one (QTextDocument's default breaks anywhere when a word does not fit).
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, qr_image(summary.qr_payload, 8))
    document.setDefaultStyleSheet(
        "h1 { font-size: 20pt; color: #12284c; margin: 0; }"
        "h2 { font-size: 13pt; color: #12284c; margin-top: 14px; margin-bottom: 4px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        ".brand { color: #0067a5; font-weight: bold; font-size: 12pt; }"
        ".muted { color: #5b6475; }"
        ".figure { font-size: 18pt; font-weight: bold; color: #0067a5; }"
        "th { background-color: #e3ebf7; color: #12284c; text-align: left; }"
        "li { margin-bottom: 2px; }"
    )
    document.setHtml(summary.body_html)
    return document


def render(summary: PrintableSummary, device: QPagedPaintDevice) -> int:
    """Paint ``summary`` on one page of ``device``; returns the font size used, in points."""
    height = device.height()
    for size in FONT_SIZES:
        document = build_document(summary, size)
        document.documentLayout().setPaintDevice(device)
        document.setTextWidth(device.width())
        if document.size().height() <= height or size == FONT_SIZES[-1]:
            break
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the printer or the PDF file")
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    return int(size)


def _layout_page(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)


def write_pdf(summary: PrintableSummary, path: Path) -> Path:
    """``summary`` as a one-page A4 PDF at ``path`` (its folder is created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(summary.title)
    writer.setCreator("IMPGT Kiosk")
    _layout_page(writer)
    render(summary, writer)
    del writer  # closes the file
    return path


def print_summary(summary: PrintableSummary, printer_info: QPrinterInfo) -> None:
    printer = QPrinter(printer_info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(summary.title)
    _layout_page(printer)
    render(summary, printer)


def deliver(
    summary: PrintableSummary, printer: QPrinterInfo | None, folder: Path, now: datetime | None = None
) -> Delivery:
    """Print ``summary`` when there is a printer, else (or if printing fails) save it in ``folder``."""
    if printer is not None:
        try:
            print_summary(summary, printer)
            return Delivery(printer=printer.printerName())
        except OSError:
            log.exception("printing on %s failed; saving a PDF instead", printer.printerName())
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{summary.file_stem}-{stamp}.pdf"
    try:
        saved = Delivery(path=write_pdf(summary, path))
    except OSError as error:
        log.exception("saving %s failed", path)
        return Delivery(error=str(error))
    prune_saved_summaries(folder, keep=path)
    return saved


#: The saved summaries kept in the folder: the oldest go when a new one is saved.
MAX_SAVED_SUMMARIES = 50


def prune_saved_summaries(folder: Path, keep: Path | None = None, limit: int = MAX_SAVED_SUMMARIES) -> list[Path]:
    """Delete the oldest PDFs in ``folder`` beyond the ``limit`` newest (``keep``, the one just
    saved, always stays); returns the deleted files. A file that cannot be deleted is logged."""
    try:
        others = [pdf for pdf in folder.glob("*.pdf") if pdf != keep and pdf.is_file()]
        dated = sorted(((pdf.stat().st_mtime_ns, pdf.name, pdf) for pdf in others), reverse=True)
    except OSError:
        log.exception("could not list the saved summaries in %s", folder)
        return []
    room = max(0, limit - (1 if keep is not None else 0))
    deleted = []
    for _, _, old in dated[room:]:
        try:
            old.unlink()
            deleted.append(old)
        except OSError:
            log.exception("could not delete the old summary %s", old)
    return deleted


def file_stem(*words: str) -> str:
    """A file name in the visitor's language, plain letters and dashes: ``simulation-contrat-d-apprentissage``."""
    text = unicodedata.normalize("NFKD", " ".join(words)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "summary"


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _lines(text: str) -> str:
    return _e(text).replace("\n", "<br>")


def _heading(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _muted(text: str) -> str:
    return f'<p class="muted">{_e(text)}</p>'


def _items(lines: Sequence[str]) -> str:
    return "<ul>" + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>"


class SummaryPages(QObject):
    """Builds the pages in the current interface language (``tr``) and catalogue language."""

    def _header(self, title: str, subtitle: str, today: date, lang: Lang) -> str:
        printed = self.tr("Printed on %1 at the IMPGT kiosk").replace("%1", long_date(today, lang))
        brand = self.tr("IMPGT – Aix-Marseille University")
        scan = self.tr("Scan to keep it")
        return (
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td valign="top"><p class="brand">{_e(brand)}</p>'
            f"<h1>{_e(title)}</h1><p>{_e(subtitle)}</p>"
            f'<p class="muted">{_e(printed)}</p></td>'
            f'<td width="170" align="right" valign="top"><img src="{QR_URL.toString()}" width="160" height="160">'
            f'<p class="muted" align="right">{_e(scan)}</p></td>'
            "</tr></table>"
        )

    def programme(
        self, catalogue: Catalogue, programme: Programme, summary: str, lang: Lang, today: date
    ) -> PrintableSummary:
        """A programme's page: everything the detail screen shows, and its QR code."""
        parts = [
            self._header(programme.title.get(lang), self._programme_subtitle(catalogue, programme, lang), today, lang)
        ]
        rhythms = {"standard": self.tr("Standard rhythm"), "work_linked": self.tr("Work-linked")}
        modes = {"initial": self.tr("Initial training"), "continuing": self.tr("Continuing education")}
        facts = [
            (self.tr("Rhythm"), " · ".join(rhythms[r] for r in programme.rhythms)),
            (self.tr("Open to"), "\n".join(modes[m] for m in programme.modes)),
            (
                self.tr("Eduniversal ranking"),
                self.tr("#%1").replace("%1", str(programme.ranking)) if programme.ranking is not None else "—",
            ),
            (
                self.tr("Contracts"),
                "\n".join(c.name.get(lang) for c in catalogue.contract_types if c.id in programme.contract_types)
                or "—",
            ),
        ]
        parts.append(self._facts(facts))
        parts.append(_heading(self.tr("About this programme")) + f"<p>{_e(programme.description.get(lang))}</p>")
        if programme.leads_to.get(lang):
            parts.append(_heading(self.tr("What it leads to")) + f"<p>{_e(programme.leads_to.get(lang))}</p>")
        path = []
        previous = catalogue.programme(programme.continues_from) if programme.continues_from else None
        if previous is not None:
            path.append(self.tr("Comes after: %1").replace("%1", f"{previous.level} · {previous.title.get(lang)}"))
        elif programme.continues_from_title is not None and programme.continues_from_title.get(lang):
            path.append(self.tr("Comes after: %1").replace("%1", programme.continues_from_title.get(lang)))
        path.extend(
            self.tr("Continue with: %1").replace("%1", f"{f.level} · {f.title.get(lang)}")
            for f in catalogue.followers(programme.id)
        )
        if path:
            parts.append(_heading(self.tr("Your path")) + f"{_items(path)}")
        contact = [line for line in (programme.web_page, programme.contact) if line]
        if contact:
            parts.append(_heading(self.tr("Contact")) + f"{_items(contact)}")
        parts.append(_muted(self.tr("Source: the IMPGT programme catalogue shown at the kiosk.")))
        return PrintableSummary(
            programme.title.get(lang),
            "".join(parts),
            qr_payload(programme, summary),
            file_stem(self.tr("programme"), programme.level, programme.title.get(lang)),
        )

    def _programme_subtitle(self, catalogue: Catalogue, programme: Programme, lang: Lang) -> str:
        campus = catalogue.campus(programme.campus)
        text = f"{programme.level} · " + self.tr("Campus: %1").replace(
            "%1", campus.name.get(lang) if campus else programme.campus
        )
        partner = catalogue.partner(programme.partner) if programme.partner else None
        if partner is not None:
            text += " · " + self.tr("with %1").replace("%1", partner.name.get(lang))
        return text

    def _facts(self, facts: Sequence[tuple[str, str]]) -> str:
        width = 100 // max(1, len(facts))
        cells = "".join(
            f'<td width="{width}%" valign="top"><p class="muted">{_e(caption)}</p><p><b>{_lines(value)}</b></p></td>'
            for caption, value in facts
        )
        return f'<table width="100%" cellspacing="0" cellpadding="6"><tr>{cells}</tr></table>'

    def simulation(
        self,
        result: ScenarioResult,
        scenario: Scenario,
        summary: str,
        lang: Lang,
        today: date,
        contract_name: str,
        programme: Programme | None,
        figures_date: date | None,
    ) -> PrintableSummary:
        """A simulation's page: the contract, what is due month by month (as ranges), sources and date."""
        subtitle = contract_name
        if programme is not None:
            subtitle = f"{programme.level} · {programme.title.get(lang)} · {contract_name}"
        title = self.tr("Your minimum pay")
        parts = [self._header(title, subtitle, today, lang)]
        facts = [
            (self.tr("Contract"), contract_name),
            (self.tr("Start"), long_date(scenario.start, lang)),
            (self.tr("End"), long_date(scenario.end, lang)),
        ]
        if scenario.contract == ContractKind.APPRENTICESHIP:
            facts.append((self.tr("Length"), self.tr("%n year(s)", "", sum(scenario.contract_years))))
            if scenario.shortened_years:
                facts.append(
                    (self.tr("Year of the cycle"), self.tr("Year %1").replace("%1", str(scenario.shortened_years + 1)))
                )
        else:
            facts.append((self.tr("Length"), self.tr("%n month(s)", "", scenario.length_months)))
        if scenario.contract != ContractKind.INTERNSHIP:
            employer = self.tr("Private") if scenario.employer == Employer.PRIVATE else self.tr("Public")
            facts.append((self.tr("Employer"), employer))
        parts.append(self._facts(facts))
        if not result.ok:
            assert result.refusal is not None
            parts.append(_heading(self.tr("No figure for these answers")) + f"<p>{_e(result.refusal.text(lang))}</p>")
        elif not result.due:
            parts.append(
                _heading(self.tr("Internship gratification"))
                + "<p>"
                + _e(not_due.text(lang) if (not_due := result.note("internship_not_due")) else "")
                + "</p>"
            )
        else:
            parts.append(self._schedule(result, lang))
        if result.warnings:
            parts.append(_heading(self.tr("Good to know")) + f"{_items([w.text(lang) for w in result.warnings])}")
        sources = [s.text(lang) for s in result.sources] + [n.text(lang) for n in result.notes]
        if figures_date is not None:
            sources.insert(
                0,
                self.tr("Legal figures in force from %1 (latest SMIC used).").replace(
                    "%1", long_date(figures_date, lang)
                ),
            )
        if sources:
            parts.append(_heading(self.tr("Sources of these figures")) + f"{_items(sources)}")
        parts.append(
            '<p class="muted">'
            + _e(
                self.tr(
                    "The minimum set by law: an employer or a collective agreement may pay more. Net amounts are "
                    "estimates, not legal figures. Nothing you typed about yourself is kept by the kiosk."
                )
            )
            + "</p>"
        )
        stem = file_stem(self.tr("simulation"), contract_name)
        return PrintableSummary(title, "".join(parts), summary, stem)

    def _period(self, span: PayRange, lang: Lang) -> str:
        """``September 2026 (16 days out of 30)``, ``October 2026 to August 2027``."""
        first, last = span.first, span.last
        period = month_year(first.year, first.month, lang)
        if span.months > 1:
            return self.tr("%1 to %2").replace("%1", period).replace("%2", month_year(last.year, last.month, lang))
        if first.partial:
            days = self.tr("%1 days out of %2").replace("%1", str(first.days_covered))
            return f"{period} ({days.replace('%2', str(first.days_in_month))})"
        return period

    def _schedule(self, result: ScenarioResult, lang: Lang) -> str:
        internship = result.contract == ContractKind.INTERNSHIP
        heading = (
            self.tr("Minimum gratification, month by month")
            if internship
            else self.tr("Minimum gross pay due, month by month")
        )
        if internship:
            columns = [self.tr("Months"), self.tr("Hours of presence"), self.tr("Gross = net")]
        else:
            columns = [
                self.tr("Months"),
                self.tr("% of the SMIC"),
                self.tr("Gross due per month"),
                self.tr("Net (estimate)"),
            ]
        rows = []
        for span in pay_ranges(result.months):
            first = span.first
            period = self._period(span, lang)
            if internship:
                cells = [period, f"{first.hours or 0:g} h", money(span.due, lang)]
            else:
                rates = dict.fromkeys(part.percent_of_smic for part in first.parts) or (first.percent_of_smic,)
                cells = [
                    period,
                    " / ".join(percent(rate, lang) for rate in rates if rate is not None) or "—",
                    money(span.due, lang),
                    money(first.net_estimate, lang) if first.net_estimate is not None else "—",
                ]
            rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
        header = "<tr>" + "".join(f"<th>{_e(c)}</th>" for c in columns) + "</tr>"
        total = self.tr("%1 gross due in all").replace("%1", money(result.total_due, lang))
        prorata = ""
        if result.has_partial_month:
            prorata = _muted(
                self.tr(
                    "A month the contract covers in part is counted by calendar days; an employer may use another "
                    "lawful method (working days, real hours), which changes it by a few euros."
                )
            )
        return (
            f"<h2>{_e(heading)}</h2>"
            '<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-color: #d8dee9;">'
            f"{header}{''.join(rows)}</table>"
            f'<p class="figure">{_e(total)}</p>{prorata}'
        )
