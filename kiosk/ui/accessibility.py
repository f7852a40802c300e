"""How the kiosk looks on the screen at hand: one scale (:mod:`kiosk.ui.metrics`), large text and
high contrast, applied as the house style sheet on the kiosk's window.

Large text and high contrast are visitor choices: the kiosk's reset for the next visitor turns them
off (:meth:`AccessibilityController.reset`). The style sheet goes on the window, not on the
application: what is outside the kiosk's window is not restyled at each toggle.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QWidget

from kiosk.paths import resources_dir
from kiosk.ui.metrics import Metrics, apply_metrics, scale_style_sheet

BASE_SHEET = "kiosk.qss"
HIGH_CONTRAST_SHEET = "high-contrast.qss"


@lru_cache(maxsize=4)
def _sheet_text(name: str) -> str:
    return (resources_dir() / "styles" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def style_sheet(metrics: Metrics = Metrics(), high_contrast: bool = False) -> str:  # noqa: B008 - frozen
    """The house theme at ``metrics``, with the high-contrast rules after it (later rules win)."""
    names = [BASE_SHEET, HIGH_CONTRAST_SHEET] if high_contrast else [BASE_SHEET]
    return scale_style_sheet("\n".join(_sheet_text(name) for name in names), metrics)


class AccessibilityController(QObject):
    """Owns the display's metrics and modes, and applies them to ``window``."""

    changed = Signal()

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._size = QSize(1280, 800)
        self._large_text = False
        self._high_contrast = False
        self.metrics = Metrics()

    @property
    def large_text(self) -> bool:
        return self._large_text

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_screen_size(self, size: QSize) -> None:
        """The size of the screen the kiosk fills (or of its window, for an offscreen check)."""
        if size != self._size and not size.isEmpty():
            self._size = QSize(size)
            self._apply()

    def set_large_text(self, on: bool) -> None:
        self.set_modes(on, self._high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        self.set_modes(self._large_text, on)

    def set_modes(self, large_text: bool, high_contrast: bool) -> None:
        if (large_text, high_contrast) == (self._large_text, self._high_contrast):
            return
        self._large_text, self._high_contrast = large_text, high_contrast
        self._apply()
        self.changed.emit()

    def reset(self) -> None:
        """Back to the house theme (the next visitor)."""
        self.set_modes(False, False)

    def apply(self) -> None:
        """Style the window and size its widgets at the current metrics (at start, and for
        widgets created since, such as a screen opened for the first time)."""
        self._apply()

    def _apply(self) -> None:
        self.metrics = Metrics.for_size(self._size.width(), self._size.height(), self._large_text)
        self._window.setStyleSheet(style_sheet(self.metrics, self._high_contrast))
        apply_metrics(self._window, self.metrics)
