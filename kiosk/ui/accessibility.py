"""Large text and high contrast: style sheets appended to the house theme, toggled from the header.

Both are visitor choices: the kiosk's reset for the next visitor turns them off (:meth:`reset`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.paths import resources_dir

BASE_SHEET = "kiosk.qss"
LARGE_TEXT_SHEET = "large-text.qss"
HIGH_CONTRAST_SHEET = "high-contrast.qss"


def style_sheet(large_text: bool = False, high_contrast: bool = False) -> str:
    """The house theme, with the variants' rules after it (later rules win in Qt style sheets)."""
    names = [BASE_SHEET]
    if large_text:
        names.append(LARGE_TEXT_SHEET)
    if high_contrast:
        names.append(HIGH_CONTRAST_SHEET)
    styles = resources_dir() / "styles"
    return "\n".join((styles / name).read_text(encoding="utf-8") for name in names)


class AccessibilityController(QObject):
    """Owns the two display modes and applies them to the application's style sheet."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._large_text = False
        self._high_contrast = False

    @property
    def large_text(self) -> bool:
        return self._large_text

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_large_text(self, on: bool) -> None:
        self.set_modes(on, self._high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        self.set_modes(self._large_text, on)

    def set_modes(self, large_text: bool, high_contrast: bool) -> None:
        if (large_text, high_contrast) == (self._large_text, self._high_contrast):
            return
        self._large_text, self._high_contrast = large_text, high_contrast
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(style_sheet(large_text, high_contrast))
        self.changed.emit()

    def reset(self) -> None:
        """Back to the house theme (the next visitor)."""
        self.set_modes(False, False)
