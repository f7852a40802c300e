"""Where a visitor's printed copy goes, without loading the printing machinery.

The kiosk decides at start where summaries go (:class:`SummaryDelivery`); Qt's print support and the
page layout (:mod:`kiosk.ui.printing`) are imported when a copy is first printed, not before the
kiosk's first screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinterInfo

#: The folder of the application data location where summaries go when nothing prints them.
SUMMARIES_FOLDER = "summaries"


@dataclass(frozen=True)
class PrintableSummary:
    """A page ready to print: its title, its body as HTML, and what its QR code holds."""

    title: str
    body_html: str
    qr_payload: str
    file_stem: str


@dataclass(frozen=True)
class Delivery:
    """What became of a summary: printed on ``printer``, or saved at ``path``, or ``error``."""

    printer: str = ""
    path: Path | None = None
    error: str = ""

    @property
    def printed(self) -> bool:
        return bool(self.printer)


class PrinterPolicy(StrEnum):
    """Whether summaries may go to paper: ``system`` (the default printer, if there is one) or
    ``none`` (always saved as PDFs: a printer out of paper at a fair, the monkey, the tests)."""

    SYSTEM = "system"
    NONE = "none"


class SummaryDelivery:
    """Where a visitor's printed copy goes, decided once when the kiosk is assembled: the printer
    the policy allows, else a PDF in ``folder``. The screens' take-home dialogs call it.

    ``find_printer`` (default: the system's, :func:`kiosk.ui.printing.system_printer`) is asked at
    each copy: printers come and go while the kiosk runs."""

    def __init__(
        self,
        policy: PrinterPolicy,
        folder: Path,
        find_printer: Callable[[], QPrinterInfo | None] | None = None,
    ) -> None:
        self.policy = policy
        self.folder = folder
        self._find_printer = find_printer

    def printer(self) -> QPrinterInfo | None:
        """The printer to use now, or None."""
        if self.policy is PrinterPolicy.NONE:
            return None
        if self._find_printer is None:
            from kiosk.ui.printing import system_printer

            return system_printer()
        return self._find_printer()

    def deliver(self, summary: PrintableSummary) -> Delivery:
        from kiosk.ui.printing import deliver

        return deliver(summary, self.printer(), self.folder)
