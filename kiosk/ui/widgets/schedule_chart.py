"""A painted bar chart of a pay schedule, month by month (what is due, so a month the contract covers in
part is lower), with the changes marked."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.pay.scenarios import MonthFigure
from kiosk.ui.metrics import minimum_size

BAR = QColor("#0067a5")
BAR_SECOND_CONTRACT = QColor("#2e7d5b")
MARK = QColor("#f2a900")
AXIS = QColor("#9fb3c8")
TEXT = QColor("#3d4a63")


def nice_ceiling(value: float) -> float:
    """The smallest round figure (1, 2, 2.5 or 5 times a power of ten) at or above ``value``."""
    if value <= 0:
        return 1.0
    magnitude = 10.0 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= value:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


class ScheduleChart(QWidget):
    """Bars of what is due each month; a marker above each month where something changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        minimum_size(self, height=220)
        self._months: tuple[MonthFigure, ...] = ()
        self._money: Callable[[Decimal], str] = lambda amount: f"{amount:.0f} €"
        self._month_label: Callable[[MonthFigure], str] = lambda m: f"{m.month:02d}/{m.year % 100:02d}"
        self._change_label: Callable[[tuple[str, ...]], str] = lambda changes: ", ".join(changes)
        self.font_small = QFont("DejaVu Sans")
        self.font_small.setPixelSize(14)
        self.font_mark = QFont("DejaVu Sans")
        self.font_mark.setPixelSize(14)
        self.font_mark.setBold(True)

    def set_schedule(
        self,
        months: tuple[MonthFigure, ...],
        money: Callable[[Decimal], str],
        month_label: Callable[[MonthFigure], str],
        change_label: Callable[[tuple[str, ...]], str],
    ) -> None:
        self._months = months
        self._money, self._month_label, self._change_label = money, month_label, change_label
        self.setAccessibleDescription("; ".join(f"{month_label(m)}: {money(m.due)}" for m in months))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self._months:
            painter.end()
            return
        metrics = QFontMetrics(self.font_small)
        left, right, top, bottom = 90.0, 16.0, 58.0, 34.0
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        highest = max(m.due for m in self._months)
        ceiling = nice_ceiling(float(highest) * 1.05)

        painter.setFont(self.font_small)
        painter.setPen(QPen(AXIS, 1))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y - 10, left - 10, 20),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                self._money(Decimal(str(round(ceiling * fraction)))),
            )
            painter.setPen(QPen(AXIS, 1))

        count = len(self._months)
        slot = plot.width() / count
        bar_width = max(2.0, slot * 0.7)
        label_every = max(1, int((metrics.horizontalAdvance("00/00") + 12) // max(slot, 1)) + 1)
        mark_row = 0
        for index, month in enumerate(self._months):
            x = plot.left() + index * slot + (slot - bar_width) / 2
            height = plot.height() * float(month.due) / ceiling
            colour = BAR_SECOND_CONTRACT if month.contract_index % 2 else BAR
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(QRectF(x, plot.bottom() - height, bar_width, height))
            if index % label_every == 0:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(plot.left() + index * slot - 20, plot.bottom() + 6, slot + 40, 20),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    self._month_label(month),
                )
            if month.changes:
                centre = plot.left() + index * slot + slot / 2
                painter.setPen(QPen(MARK, 2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(centre, plot.top() - 4), QPointF(centre, plot.bottom()))
                painter.setPen(QColor("#7a5600"))
                painter.setFont(self.font_mark)
                text = self._change_label(month.changes)
                width = QFontMetrics(self.font_mark).horizontalAdvance(text) + 8
                x_text = min(max(centre - width / 2, 0), self.width() - width)
                row_y = 4 + (mark_row % 2) * 24
                painter.drawText(QRectF(x_text, row_y, width, 22), int(Qt.AlignmentFlag.AlignCenter), text)
                painter.setFont(self.font_small)
                mark_row += 1
        painter.end()
