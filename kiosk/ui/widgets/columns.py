"""A layout that reflows: its items in as many equal columns as the width holds (one of the counts
it allows), each row as tall as its tallest item needs at that width.

Home cards, fact tiles, sections and contract columns use it, so that a 1920x1080 screen shows them
side by side, a 1280x800 tablet in two rows, and a 1080x1920 totem one above the other, with text
that wraps instead of being cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem

from kiosk.ui.metrics import metrics_of


class ColumnsLayout(QLayout):
    """Items in ``n`` equal columns, ``n`` the largest of ``counts`` whose columns are each at least
    ``min_width`` reference pixels wide (else the smallest count). Spacing: ``spacing()``."""

    def __init__(
        self, parent: QWidget | None = None, min_width: float = 300, counts: Sequence[int] = (4, 2, 1)
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._min_width = min_width
        self._counts = tuple(sorted(set(counts), reverse=True))
        # heightForWidth and the minimum, until the layout is invalidated, for the items shown (Qt
        # does not invalidate a nested layout when one of its widgets is hidden or shown).
        self._heights: dict[tuple[int, tuple[bool, ...]], int] = {}
        self._minimum: tuple[tuple[bool, ...], QSize] | None = None

    # --- QLayout ----------------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def invalidate(self) -> None:
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def heightForWidth(self, width: int) -> int:
        """Asked many times per layout pass (each level of nesting asks again): measured once per
        width until something in the layout changes."""
        key = (width, self._shown())
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def _shown(self) -> tuple[bool, ...]:
        return tuple(not item.isEmpty() for item in self._items)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        shown = self._shown()
        if self._minimum is None or self._minimum[0] != shown:
            margins = self.contentsMargins()
            width = self._column_floor()
            tallest = max((item.minimumSize().height() for item in self._visible()), default=0)
            size = QSize(width + margins.left() + margins.right(), tallest + margins.top() + margins.bottom())
            self._minimum = (shown, size)
        return QSize(self._minimum[1])

    # --- arrangement ------------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _column_floor(self) -> int:
        """The narrowest a column may be: the minimum width, or an item's own minimum if larger."""
        own = max((item.minimumSize().width() for item in self._visible()), default=0)
        parent = self.parentWidget()
        scaled = metrics_of(parent).px(self._min_width) if parent is not None else round(self._min_width)
        return max(own, scaled)

    def columns_for(self, width: int) -> int:
        """How many columns ``width`` pixels (inside the margins) hold."""
        items = len(self._visible())
        floor = self._column_floor()
        gap = max(0, self.spacing())
        for count in self._counts:
            if count <= max(1, items) and count * floor + (count - 1) * gap <= width:
                return count
        return self._counts[-1]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        items = self._visible()
        if not items:
            return margins.top() + margins.bottom()
        columns = self.columns_for(inner.width())
        gap = max(0, self.spacing())
        width = max(1, (inner.width() - (columns - 1) * gap) // columns)
        y = inner.top()
        for start in range(0, len(items), columns):
            row = items[start : start + columns]
            height = max(_height_at(item, width) for item in row)
            if apply:
                for column, item in enumerate(row):
                    item.setGeometry(QRect(QPoint(inner.left() + column * (width + gap), y), QSize(width, height)))
            y += height + gap
        return y - gap - rect.top() + margins.bottom()


def _height_at(item: QLayoutItem, width: int) -> int:
    """How tall ``item`` needs to be at ``width``. A height that depends on the width is that height
    alone, as in Qt's own layouts: the item's minimum height is its height at its narrowest (each text
    wrapped at its longest word), taller than it needs at any width a column gives it."""
    if item.hasHeightForWidth():
        return item.heightForWidth(width)
    return max(item.sizeHint().height(), item.minimumSize().height())


class FlowLayout(QLayout):
    """Items side by side at their preferred width, wrapping to a new line when the width runs out
    (filter chips): a long translation or large text adds a line, never cuts a chip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # heightForWidth, until the layout is invalidated, for the items shown (see ColumnsLayout).
        self._heights: dict[tuple[int, tuple[bool, ...]], int] = {}

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def heightForWidth(self, width: int) -> int:
        key = (width, tuple(not item.isEmpty() for item in self._items))
        height = self._heights.get(key)
        if height is None:
            height = self._heights[key] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        gap = max(0, self.spacing())
        visible = [item for item in self._items if not item.isEmpty()]
        width = sum(item.sizeHint().width() for item in visible) + gap * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        margins = self.contentsMargins()
        widest = max((item.minimumSize().width() for item in self._items if not item.isEmpty()), default=0)
        tallest = max((item.minimumSize().height() for item in self._items if not item.isEmpty()), default=0)
        return QSize(widest + margins.left() + margins.right(), tallest + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = max(0, self.spacing())
        x, y, line = inner.left(), inner.top(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), inner.width())
            if x > inner.left() and x + width > inner.right() + 1:
                x, y, line = inner.left(), y + line + gap, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            line = max(line, hint.height())
        return y + line - rect.top() + margins.bottom()
