"""What every screen shares: a title, live retranslation and a reset of visitor input."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from kiosk.domain.catalogue import Lang
from kiosk.ui.i18n import LanguageController


class Screen(QWidget):
    """A page of the kiosk, shown in the navigator's stack.

    Subclasses build their widgets once, then fill every text in :meth:`retranslate`, which runs on
    each language change (interface strings through ``tr``, catalogue texts in :attr:`lang`).
    """

    def __init__(self, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language

    @property
    def lang(self) -> Lang:
        return self._language.language

    def title(self) -> str:
        """The title shown in the kiosk's header bar."""
        return ""

    def open(self, argument: object = None) -> None:
        """Called each time the navigator shows this screen (``argument``: what to show)."""

    def reset(self) -> None:
        """Forget every visitor input (filters, inputs, scroll positions)."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
