""" "Take it home": a QR code to scan, the text it holds, and a printed copy."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.delivery import Delivery, PrintableSummary, SummaryDelivery
from kiosk.ui.metrics import margins, minimum_size, spacing, touch_target
from kiosk.ui.widgets.overlay import OverlayDialog
from kiosk.ui.widgets.qr import QrCodeView
from kiosk.ui.widgets.touch import TouchScrollArea, WrappedLabel, action_button

log = logging.getLogger("kiosk.printing")


def takeaway_button(name: str) -> QPushButton:
    """The finger-sized button that opens :class:`TakeawayDialog` (text set by the screen)."""
    button = action_button("secondary")
    button.setObjectName(name)
    touch_target(button, extra_height=8)
    return button


class TakeawayDialog(OverlayDialog):
    """The QR code of ``payload`` beside what it holds, and a paper copy of ``printable()`` handed to
    ``delivery`` (printed, or saved as a PDF: the dialog says which, in the visitor's words; where
    the file is goes to the log, for staff). One copy per dialog: "Print a copy" is disabled once it
    has printed or saved (not after a failure). Beside the code in landscape, below it in portrait."""

    delivered = Signal(object)

    def __init__(
        self,
        title: str,
        summary: str,
        payload: str,
        printable: Callable[[], PrintableSummary],
        delivery: SummaryDelivery,
        parent: QWidget,
    ) -> None:
        super().__init__(parent, "takeaway_dialog", panel_width=1100)
        self._printable = printable
        self._delivery = delivery
        self._title = title
        self._summary = summary
        self.is_link = payload != summary
        layout = self.panel_layout
        self.heading = WrappedLabel(role="section_title")
        self.heading.setObjectName("takeaway_heading")
        layout.addWidget(self.heading)

        body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body_layout = body
        spacing(body, 28)
        self.qr = QrCodeView(360)
        self.qr.set_payload(payload)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        spacing(column, 10)
        self.instructions = WrappedLabel(role="lead_left")
        self.instructions.setObjectName("takeaway_instructions")
        column.addWidget(self.instructions)
        preview = QFrame()
        preview.setProperty("role", "section")
        preview_layout = QVBoxLayout(preview)
        margins(preview_layout, 18, 14)
        self.preview = WrappedLabel(payload, role="body")
        self.preview.setObjectName("takeaway_preview")
        preview_layout.addWidget(self.preview)
        preview_layout.addStretch(1)
        scroll = TouchScrollArea(preview)
        minimum_size(scroll, 360, 160)
        column.addWidget(scroll, 1)
        body.addLayout(column, 1)
        layout.addLayout(body, 1)

        self.status = WrappedLabel(role="tag")
        self.status.setObjectName("takeaway_status")
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        spacing(buttons, 14)
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
        self.default_button = self.close_button
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
            log.info("summary saved for staff to print: %s", delivery.path)
            text = self.tr("Copy saved: no printer here, ask the staff to print it for you.")
        else:
            text = self.tr("The summary could not be printed or saved. Scan the code instead.")
        self.show_status(text)
        self.delivered.emit(delivery)
        return delivery

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text beside the code on a wide window, below it on a tall one (a portrait totem)."""
        portrait = event.size().height() > event.size().width()
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        if self.body_layout.direction() != direction:
            self.body_layout.setDirection(direction)
        super().resizeEvent(event)

    def retranslate(self) -> None:
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
