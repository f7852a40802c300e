"""Paints a programme as a card in the finder's list: level, title, campus, rhythm, ranking."""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.domain.kinds import Level
from kiosk.ui.models.programmes import ProgrammeRole

AnyIndex = QModelIndex | QPersistentModelIndex

LEVEL_COLOURS: dict[str, str] = {Level.L3: "#2e7d5b", Level.M1: "#0067a5", Level.M2: "#12284c"}
MARGIN = 10
PADDING = 22
BADGE = 76
GAP = 18
BASE_FONT = 19
MAX_TITLE_LINES = 3


class ProgrammeCardDelegate(QStyledItemDelegate):
    """Cards laid out in one or two columns depending on the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self.title_font = QFont("DejaVu Sans")
        self.title_font.setBold(True)
        self.meta_font = QFont("DejaVu Sans")
        self.badge_font = QFont("DejaVu Sans")
        self.badge_font.setBold(True)
        self.ranking_font = QFont("DejaVu Sans")
        self.ranking_font.setBold(True)
        self._base_size = 0
        self._lines_key: tuple[object, ...] = ()
        self._lines = 3
        self._sync_fonts()

    def _sync_fonts(self) -> None:
        """Scale the card's fonts with the list's own (the style sheet's, larger in large-text mode)."""
        base = self._view.font().pixelSize()
        base = base if base > 0 else BASE_FONT
        if base == self._base_size:
            return
        self._base_size = base
        for font, size in (
            (self.title_font, 22),
            (self.meta_font, 18),
            (self.badge_font, 24),
            (self.ranking_font, 16),
        ):
            font.setPixelSize(round(size * base / BASE_FONT))

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

    def _title_lines(self, index: AnyIndex) -> int:
        """The most lines a title of the catalogue needs at this width (three at most): every card
        gets that height. Worked out again only when the width, the font or the language changes."""
        model = index.model()
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
        width = self._text_width(self.card_width())
        key = (width, self.title_font.pixelSize(), getattr(source, "language", ""), source.rowCount())
        if key != self._lines_key:
            metrics = QFontMetrics(self.title_font)
            most = 1
            for row in range(source.rowCount()):
                title = str(source.index(row, 0).data(ProgrammeRole.Title))
                height = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, title).height()
                most = max(most, math.ceil(height / metrics.lineSpacing()))
                if most >= MAX_TITLE_LINES:
                    break
            self._lines_key, self._lines = key, min(most, MAX_TITLE_LINES)
        return self._lines

    def card_height(self, index: AnyIndex) -> int:
        """Every card has the same height (a grid reads better, and a list of 10,000 lays out at once)."""
        self._sync_fonts()
        title = QFontMetrics(self.title_font).lineSpacing() * self._title_lines(index)
        meta = QFontMetrics(self.meta_font).lineSpacing() * 2 + 8
        ranking = QFontMetrics(self.ranking_font).lineSpacing() + 20
        return max(BADGE, title + 10 + meta + ranking) + 2 * PADDING + 2 * MARGIN

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(self.card_width(), self.card_height(index))

    def fitted_title(self, title: str, width: int) -> str:
        """``title``, shortened with "…" at a word boundary when it needs more than three lines."""
        metrics = QFontMetrics(self.title_font)
        limit = metrics.lineSpacing() * MAX_TITLE_LINES

        def height(text: str) -> int:
            return metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text).height()

        if height(title) <= limit:
            return title
        words = title.split()
        while len(words) > 1 and height(" ".join(words) + "…") > limit:
            words.pop()
        return " ".join(words) + "…"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self._sync_fonts()
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
            pill = QRectF(left, top, width, QFontMetrics(self.ranking_font).lineSpacing() + 12)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f2a900"))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("#1b2333"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
