"""Rows that stack when they would not fit: a box layout whose direction follows the width it gets."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


def fits_side_by_side(layout: QBoxLayout, width: int) -> bool:
    """Whether the items of ``layout`` hold side by side in ``width`` pixels at their smallest."""
    items = [layout.itemAt(index) for index in range(layout.count())]
    needed = sum(item.minimumSize().width() for item in items if item is not None and not item.isEmpty())
    margins = layout.contentsMargins()
    gaps = max(0, layout.spacing()) * max(0, len(items) - 1)
    return width >= needed + gaps + margins.left() + margins.right()


def follow_width(layout: QBoxLayout, owner: QWidget | QLayout, width: int) -> None:
    """Side by side when the items fit in ``width``, one above the other otherwise."""
    direction = (
        QBoxLayout.Direction.LeftToRight if fits_side_by_side(layout, width) else QBoxLayout.Direction.TopToBottom
    )
    if layout.direction() != direction:
        layout.setDirection(direction)
        owner.update() if isinstance(owner, QWidget) else owner.invalidate()
