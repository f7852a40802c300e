"""Colours of what the kiosk paints itself (programme cards, the pay chart, backdrops), in the house
theme and in high contrast: the style sheets cannot reach painted pixels, so these follow the
window's display mode the same way (:func:`colours_of`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kiosk.domain.kinds import Level


@dataclass(frozen=True)
class Colours:
    panel: str
    border: str
    focus: str
    pressed: str
    title: str
    text: str
    on_accent: str
    highlight: str
    on_highlight: str
    levels: dict[str, str] = field(default_factory=dict)

    def level(self, level: str) -> QColor:
        return QColor(self.levels.get(level, self.title))


HOUSE = Colours(
    panel="#ffffff",
    border="#d8dee9",
    focus="#0067a5",
    pressed="#e8f0fa",
    title="#12284c",
    text="#3d4a63",
    on_accent="#ffffff",
    highlight="#f2a900",
    on_highlight="#1b2333",
    levels={Level.L3: "#2e7d5b", Level.M1: "#0067a5", Level.M2: "#12284c"},
)

HIGH_CONTRAST = Colours(
    panel="#000000",
    border="#ffffff",
    focus="#00e5ff",
    pressed="#333333",
    title="#ffffff",
    text="#ffffff",
    on_accent="#000000",
    highlight="#ffd400",
    on_highlight="#000000",
    levels={Level.L3: "#ffd400", Level.M1: "#ffd400", Level.M2: "#ffd400"},
)


def colours_of(widget: QWidget) -> Colours:
    """The colours of the display mode of the window ``widget`` is in."""
    return HIGH_CONTRAST if getattr(widget.window(), "high_contrast", False) else HOUSE
