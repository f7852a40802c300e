""" "Take it home": a QR code to scan, the text it holds, and a printed copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.printing import Delivery, PrintableSummary, SummaryDelivery
from kiosk.ui.widgets.qr import QrCodeView
from kiosk.ui.widgets.touch import MIN_TOUCH, TouchScrollArea, WrappedLabel, action_button


def takeaway_button(name: str) -> QPushButton:
    """The finger-sized button that opens :class:`TakeawayDialog` (text set by the screen)."""
    button = action_button("secondary")
    button.setObjectName(name)
    button.setMinimumHeight(MIN_TOUCH + 8)
    return button


class TakeawayDialog(QDialog):
    """The QR code of ``payload`` beside what it holds, and a paper copy of ``printable()`` handed to
    ``delivery`` (printed, or saved as a PDF: the dialog says which). One copy per dialog: "Print a
    copy" is disabled once it has printed or saved (not after a failure)."""

    delivered = Signal(object)

    def __init__(
        self,
        title: str,
        summary: str,
        payload: str,
        printable: Callable[[], PrintableSummary],
        delivery: SummaryDelivery,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._printable = printable
        self._delivery = delivery
        self.setObjectName("takeaway_dialog")
        self.setModal(True)
        self._title = title
        self._summary = summary
        self.is_link = payload != summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 26, 32, 26)
        layout.setSpacing(16)
        self.heading = WrappedLabel(role="section_title")
        self.heading.setObjectName("takeaway_heading")
        layout.addWidget(self.heading)

        body = QHBoxLayout()
        body.setSpacing(28)
        self.qr = QrCodeView(360)
        self.qr.set_payload(payload)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(10)
        self.instructions = WrappedLabel(role="lead_left")
        self.instructions.setObjectName("takeaway_instructions")
        column.addWidget(self.instructions)
        preview = QFrame()
        preview.setProperty("role", "section")
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(18, 14, 18, 14)
        self.preview = WrappedLabel(payload, role="body")
        self.preview.setObjectName("takeaway_preview")
        preview_layout.addWidget(self.preview)
        preview_layout.addStretch(1)
        scroll = TouchScrollArea(preview)
        scroll.setMinimumWidth(460)
        column.addWidget(scroll, 1)
        body.addLayout(column, 1)
        layout.addLayout(body, 1)

        self.status = WrappedLabel(role="tag")
        self.status.setObjectName("takeaway_status")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        self.print_button = action_button("secondary")
        self.print_button.setObjectName("takeaway_print")
        self.close_button = action_button("primary")
        self.close_button.setObjectName("takeaway_close")
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(lambda: self.print_copy())
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)
        self.retranslate()

    @property
    def payload(self) -> str:
        return self.qr.payload

    def print_copy(self) -> Delivery:
        """Print (or save) the page, and tell the visitor what happened."""
        delivery = self._delivery.deliver(self._printable())
        if delivery.printed or delivery.path is not None:
            self.print_button.setEnabled(False)  # one copy per dialog
        if delivery.printed:
            text = self.tr("Printed on %1: take your copy from the printer.").replace("%1", delivery.printer)
        elif delivery.path is not None:
            text = (
                self.tr("No printer is set up here: your summary is saved as %1 in %2. Ask the staff for a copy.")
                .replace("%1", delivery.path.name)
                .replace("%2", str(delivery.path.parent))
            )
        else:
            text = self.tr("The summary could not be printed or saved. Scan the code instead.")
        self.show_status(text)
        self.delivered.emit(delivery)
        return delivery

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self._title)
        self.heading.setText(self._title)
        if self.is_link:
            text = self.tr("Scan the code with your phone's camera: it opens the programme's web page.")
        else:
            text = self.tr("Scan the code with your phone's camera: this text goes with you, no internet needed.")
        self.instructions.setText(text)
        self.qr.setAccessibleName(self.tr("QR code to scan"))
        self.qr.setAccessibleDescription(self.payload)
        self.print_button.setText(self.tr("Print a copy"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
