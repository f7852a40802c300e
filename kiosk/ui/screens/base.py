"""What every screen shares: a title, live retranslation and a reset of visitor input."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.catalogue import Lang
from kiosk.ui.i18n import LanguageController
from kiosk.ui.widgets.touch import TouchScrollArea


class Screen(QWidget):
    """A page of the kiosk, shown in the navigator's stack.

    Subclasses build their widgets once, then fill every text in :meth:`retranslate`, which runs on
    each language change (interface strings through ``tr``, catalogue texts in :attr:`lang`). A
    hidden screen retranslates when it is shown next (:meth:`catch_up`), not at each switch.
    """

    def __init__(self, language: LanguageController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._language_pending = False

    @property
    def lang(self) -> Lang:
        return self._language.language

    def fill_with_scrolling(self, content: QWidget) -> TouchScrollArea:
        """Make ``content`` the whole screen, flick-scrolled when taller than the window."""
        scroll_area = TouchScrollArea(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll_area)
        return scroll_area

    def title(self) -> str:
        """The title shown in the kiosk's header bar."""
        return ""

    def open(self, argument: object = None) -> None:
        """Called each time the navigator shows this screen (``argument``: what to show)."""

    def reset(self) -> None:
        """Forget every visitor input (filters, inputs, scroll positions)."""

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and self.isHidden():
            # Neither this screen nor its widgets see it now: all of them do when it is shown.
            self._language_pending = True
            return True
        return super().event(event)

    def catch_up(self) -> None:
        """Take a language change that came while the screen was hidden."""
        if self._language_pending:
            self._language_pending = False
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LanguageChange))

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
