"""Paints a programme as a card in the finder's list: level, title, campus, rhythm, ranking."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.ui.models.programmes import ProgrammeRole

AnyIndex = QModelIndex | QPersistentModelIndex

LEVEL_COLOURS = {"L3": "#2e7d5b", "M1": "#0067a5", "M2": "#12284c"}
MARGIN = 10
PADDING = 22
BADGE = 76
GAP = 18


class ProgrammeCardDelegate(QStyledItemDelegate):
    """Cards laid out in one or two columns depending on the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.title_font = QFont("DejaVu Sans")
        self.title_font.setPixelSize(22)
        self.title_font.setBold(True)
        self.meta_font = QFont("DejaVu Sans")
        self.meta_font.setPixelSize(18)
        self.badge_font = QFont("DejaVu Sans")
        self.badge_font.setPixelSize(24)
        self.badge_font.setBold(True)
        self.ranking_font = QFont("DejaVu Sans")
        self.ranking_font.setPixelSize(16)
        self.ranking_font.setBold(True)

    def columns(self) -> int:
        return 2 if self._view.viewport().width() >= 1200 else 1

    def card_width(self) -> int:
        # Leave room for the scroll bar, which may appear after the first layout.
        width = self._view.viewport().width() - 24
        return max(320, width // self.columns())

    def _ranking_text(self, ranking: int) -> str:
        return self.tr("Eduniversal #%1").replace("%1", str(ranking))

    def _text_width(self, card_width: int) -> int:
        width = card_width - 2 * MARGIN - 2 * PADDING - BADGE - GAP
        return max(120, width)

    def _title_lines(self) -> int:
        return 3

    def card_height(self) -> int:
        """Every card has the same height (a grid reads better, and a list of 10,000 lays out at once)."""
        title = QFontMetrics(self.title_font).lineSpacing() * self._title_lines()
        meta = QFontMetrics(self.meta_font).lineSpacing() * 2 + 8
        return max(BADGE, title + 10 + meta + 40) + 2 * PADDING + 2 * MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(self.card_width(), self.card_height())

    def fitted_title(self, title: str, width: int) -> str:
        """``title``, shortened with "…" at a word boundary when it needs more than three lines."""
        metrics = QFontMetrics(self.title_font)
        limit = metrics.lineSpacing() * self._title_lines()

        def height(text: str) -> int:
            return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()

        if height(title) <= limit:
            return title
        words = title.split()
        while len(words) > 1 and height(" ".join(words) + "…") > limit:
            words.pop()
        return " ".join(words) + "…"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.setPen(QPen(QColor("#0067a5" if focused else "#d8dee9"), 3 if focused else 2))
        painter.setBrush(QColor("#e8f0fa" if pressed else "#ffffff"))
        painter.drawRoundedRect(card, 18, 18)

        level = str(index.data(ProgrammeRole.Level))
        badge = QRectF(card.left() + PADDING, card.top() + PADDING, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LEVEL_COLOURS.get(level, "#12284c")))
        painter.drawRoundedRect(badge, 14, 14)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(self.badge_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, level)

        left = badge.right() + GAP
        text_width = self._text_width(int(option.rect.width()))
        top = card.top() + PADDING
        painter.setPen(QColor("#12284c"))
        painter.setFont(self.title_font)
        title = self.fitted_title(str(index.data(ProgrammeRole.Title)), text_width)
        title_rect = QRectF(left, top, text_width, 10_000)
        bounds = painter.boundingRect(title_rect, Qt.TextFlag.TextWordWrap, title)
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap, title)
        top += bounds.height() + 10

        painter.setFont(self.meta_font)
        painter.setPen(QColor("#3d4a63"))
        line = QFontMetrics(self.meta_font).lineSpacing()
        painter.drawText(
            QRectF(left, top, text_width, line),
            Qt.AlignmentFlag.AlignLeft,
            str(index.data(ProgrammeRole.Campus)),
        )
        top += line + 4
        painter.drawText(
            QRectF(left, top, text_width, line),
            Qt.AlignmentFlag.AlignLeft,
            str(index.data(ProgrammeRole.Rhythm)),
        )
        top += line + 8

        ranking = index.data(ProgrammeRole.Ranking)
        if ranking is not None:
            painter.setFont(self.ranking_font)
            text = self._ranking_text(int(ranking))
            width = QFontMetrics(self.ranking_font).horizontalAdvance(text) + 28
            pill = QRectF(left, top, width, 32)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f2a900"))
            painter.drawRoundedRect(pill, 16, 16)
            painter.setPen(QColor("#1b2333"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
