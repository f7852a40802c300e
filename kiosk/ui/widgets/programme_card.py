"""Paints a programme as a card in the finder's list: level, title, campus, rhythm, ranking.

Sizes come from the window's metrics, colours from its display mode, fonts from the list's own
(the style sheet's): large text, high contrast and the screen's scale reach the cards like any
widget, both ways. Every card has the height of the longest title at the current width, so that
titles are shown whole (up to :data:`MAX_TITLE_LINES` lines) and a list of 10,000 lays out at once.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kiosk.ui.colours import colours_of
from kiosk.ui.metrics import Metrics, metrics_of
from kiosk.ui.models.programmes import ProgrammeListModel, ProgrammeRole

AnyIndex = QModelIndex | QPersistentModelIndex

# Reference sizes (see kiosk.ui.metrics).
MARGIN = 10
PADDING = 22
BADGE = 76
GAP = 18
RADIUS = 18
#: A title longer than this at the card's width ends with "…" (none of the catalogue's does at
#: any supported size: the layout check would say so).
MAX_TITLE_LINES = 4
#: The titles measured to size the cards: the longest, by characters (the longest in pixels is
#: among them), so that a catalogue of 10,000 is not measured whole at each change.
MEASURED_TITLES = 32
#: Font sizes, in reference pixels, relative to the list's font (the style sheet's body size, 19).
TITLE_FONT, META_FONT, BADGE_FONT, RANKING_FONT, BASE_FONT = 22, 18, 24, 16, 19


class ProgrammeCardDelegate(QStyledItemDelegate):
    """Cards in as many columns as the list's width holds (one, or two from a wide list)."""

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
        self._fonts_key: tuple[int, float] = (0, 0.0)
        self._lines: dict[tuple[object, ...], int] = {}

    # --- sizes ------------------------------------------------------------------------------------

    @property
    def metrics(self) -> Metrics:
        return metrics_of(self._view)

    def _sync_fonts(self) -> None:
        """The card's fonts follow the list's (the style sheet's, at the current scale)."""
        base = self._view.font().pixelSize()
        base = base if base > 0 else BASE_FONT
        key = (base, self.metrics.scale)
        if key == self._fonts_key:
            return
        self._fonts_key = key
        for font, size in (
            (self.title_font, TITLE_FONT),
            (self.meta_font, META_FONT),
            (self.badge_font, BADGE_FONT),
            (self.ranking_font, RANKING_FONT),
        ):
            font.setPixelSize(max(8, round(size * base / BASE_FONT)))

    def columns(self) -> int:
        return 2 if self._view.viewport().width() >= self.metrics.px(1100) else 1

    def card_width(self) -> int:
        # Leave room for the scroll bar, which may appear after the first layout.
        width = self._view.viewport().width() - self.metrics.px(24)
        return max(self.metrics.px(300), width // self.columns())

    def _text_width(self, card_width: int) -> int:
        m = self.metrics
        return max(m.px(120), card_width - 2 * m.px(MARGIN) - 2 * m.px(PADDING) - m.px(BADGE) - m.px(GAP))

    def _ranking_text(self, ranking: int) -> str:
        return self.tr("Eduniversal #%1").replace("%1", str(ranking))

    def _title_height(self, title: str, width: int) -> int:
        metrics = QFontMetrics(self.title_font)
        return metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, title).height()

    def title_lines(self, index: AnyIndex) -> int:
        """The lines the longest titles of the catalogue need at this width and font (at most
        :data:`MAX_TITLE_LINES`), worked out once per width, font and language (and kept: switching
        back costs nothing)."""
        model = index.model()
        assert isinstance(model, ProgrammeListModel)
        width = self._text_width(self.card_width())
        key = (width, self.title_font.pixelSize(), model.language)
        lines = self._lines.get(key)
        if lines is None:
            longest = model.longest_titles(MEASURED_TITLES)
            spacing = QFontMetrics(self.title_font).lineSpacing()
            most = max((math.ceil(self._title_height(t, width) / spacing) for t in longest), default=1)
            lines = self._lines[key] = max(1, min(most, MAX_TITLE_LINES))
        return lines

    def card_height(self, index: AnyIndex) -> int:
        """Every card has the same height (a grid reads better, and a long list lays out at once)."""
        self._sync_fonts()
        m = self.metrics
        title = QFontMetrics(self.title_font).lineSpacing() * self.title_lines(index)
        meta = QFontMetrics(self.meta_font).lineSpacing() * 2 + m.px(8)
        ranking = QFontMetrics(self.ranking_font).lineSpacing() + m.px(20)
        return max(m.px(BADGE), title + m.px(10) + meta + ranking) + 2 * m.px(PADDING) + 2 * m.px(MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(self.card_width(), self.card_height(index))

    def fitted_title(self, title: str, width: int) -> str:
        """``title``, shortened with "…" at a word boundary only when it needs more lines than a card has."""
        limit = QFontMetrics(self.title_font).lineSpacing() * MAX_TITLE_LINES
        if self._title_height(title, width) <= limit:
            return title
        words = title.split()
        while len(words) > 1 and self._title_height(" ".join(words) + "…", width) > limit:
            words.pop()
        return " ".join(words) + "…"

    # --- painting ---------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self._sync_fonts()
        m = self.metrics
        colours = colours_of(self._view)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(m.px(MARGIN), m.px(MARGIN), -m.px(MARGIN), -m.px(MARGIN))
        pressed = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and self._view.hasFocus()
        painter.setPen(QPen(QColor(colours.focus if focused else colours.border), m.px(3 if focused else 2)))
        painter.setBrush(QColor(colours.pressed if pressed else colours.panel))
        painter.drawRoundedRect(card, m.px(RADIUS), m.px(RADIUS))

        level = str(index.data(ProgrammeRole.Level))
        badge = QRectF(card.left() + m.px(PADDING), card.top() + m.px(PADDING), m.px(BADGE), m.px(BADGE))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.level(level))
        painter.drawRoundedRect(badge, m.px(14), m.px(14))
        painter.setPen(QColor(colours.on_accent))
        painter.setFont(self.badge_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, level)

        left = badge.right() + m.px(GAP)
        text_width = self._text_width(int(option.rect.width()))
        top = card.top() + m.px(PADDING)
        painter.setPen(QColor(colours.title))
        painter.setFont(self.title_font)
        title = self.fitted_title(str(index.data(ProgrammeRole.Title)), text_width)
        title_rect = QRectF(left, top, text_width, 100_000)
        bounds = painter.boundingRect(title_rect, Qt.TextFlag.TextWordWrap, title)
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap, title)
        top += bounds.height() + m.px(10)

        painter.setFont(self.meta_font)
        painter.setPen(QColor(colours.text))
        line = QFontMetrics(self.meta_font).lineSpacing()
        for role in (ProgrammeRole.Campus, ProgrammeRole.Rhythm):
            painter.drawText(QRectF(left, top, text_width, line), Qt.AlignmentFlag.AlignLeft, str(index.data(role)))
            top += line + m.px(4)
        top += m.px(4)

        ranking = index.data(ProgrammeRole.Ranking)
        if ranking is not None:
            painter.setFont(self.ranking_font)
            text = self._ranking_text(int(ranking))
            fm = QFontMetrics(self.ranking_font)
            pill = QRectF(left, top, fm.horizontalAdvance(text) + m.px(28), fm.lineSpacing() + m.px(12))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.highlight))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor(colours.on_highlight))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
