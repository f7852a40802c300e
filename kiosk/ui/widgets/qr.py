"""A QR code drawn by Qt from segno's matrix: no image file, no network."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import segno
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.ui.metrics import fixed_size

#: Light modules around the code, in modules: the quiet zone scanners need (ISO/IEC 18004).
QUIET_ZONE = 4
#: How long the kiosk stays idle on a screen before it encodes the code that screen's take-home
#: dialog would show (a visitor reads the page first).
PREPARE_DELAY_MS = 250


@lru_cache(maxsize=32)
def qr_matrix(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The dark (True) and light modules of ``payload``'s QR code, error correction M at least.

    Encoding is the slow part (segno tries every mask): each payload is encoded once, whether
    the dialog shows it, resizes it, or prints it."""
    code = segno.make_qr(payload, error="m", encoding="utf-8")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


class QrPreparation(QObject):
    """Encodes the payload a take-home dialog of ``screen`` would show, once the kiosk has been idle
    :data:`PREPARE_DELAY_MS` on it: the dialog then opens at once (encoding a 600-byte payload
    takes tens of milliseconds, most of them choosing the mask). Each new payload (another
    programme, result or language) restarts the wait; a screen left meanwhile encodes nothing.

    ``prepare`` takes what makes the payload (worked out only when the wait is over)."""

    def __init__(self, screen: QWidget, delay_ms: int = PREPARE_DELAY_MS) -> None:
        super().__init__(screen)
        self._screen = screen
        self._payload: Callable[[], str] = str
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._encode)

    def prepare(self, payload: Callable[[], str]) -> None:
        self._payload = payload
        self._timer.start()

    def _encode(self) -> None:
        if self._screen.isVisible() and (payload := self._payload()):
            qr_matrix(payload)


def qr_image(payload: str, module_px: int = 6, quiet_zone: int = QUIET_ZONE) -> QImage:
    """``payload`` as a black-on-white grayscale image, ``module_px`` pixels per module."""
    matrix = qr_matrix(payload)
    modules = len(matrix) + 2 * quiet_zone
    side = modules * module_px
    stride = (side + 3) // 4 * 4
    white, black = b"\xff", b"\x00"
    lines = [white * stride] * (quiet_zone * module_px)
    margin = white * (quiet_zone * module_px)
    for row in matrix:
        line = margin + b"".join((black if dark else white) * module_px for dark in row) + margin
        line += white * (stride - side)
        lines.extend([line] * module_px)
    lines.extend([white * stride] * (quiet_zone * module_px))
    data = b"".join(lines)
    # copy(): the QImage must own its pixels, not borrow the bytes object's buffer.
    return QImage(data, side, side, stride, QImage.Format.Format_Grayscale8).copy()


class QrCodeView(QLabel):
    """Shows a payload's QR code at the largest whole number of pixels per module that fits."""

    def __init__(self, side: int = 360, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qr_code")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        fixed_size(self, side, side)
        self._payload = ""

    @property
    def payload(self) -> str:
        return self._payload

    def set_payload(self, payload: str) -> None:
        self._payload = payload
        self._render()

    def _render(self) -> None:
        if not self._payload:
            return
        modules = len(qr_matrix(self._payload)) + 2 * QUIET_ZONE
        module_px = max(1, self.width() // modules)
        if self.pixmap().isNull() or self.pixmap().width() != modules * module_px:
            self.setPixmap(QPixmap.fromImage(qr_image(self._payload, module_px)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new scale (another screen, large text) draws the code again at the new size."""
        super().resizeEvent(event)
        self._render()

    def image(self) -> QImage:
        """What is shown, as an image (for a decoder in tests, or the printed summary)."""
        return self.pixmap().toImage()
