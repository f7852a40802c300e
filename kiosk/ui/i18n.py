"""Interface language: Qt Linguist translations for the interface, per-language catalogue texts.

The interface's source strings are English; ``kiosk_fr.qm`` translates them into French and
``kiosk_en.qm`` holds the English plural forms ("1 programme", "2 programmes"). Switching the
translator makes Qt send ``LanguageChange`` to every widget, which retranslates itself.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from kiosk.domain.catalogue import Lang, french_typography
from kiosk.ui.widgets.touch import FocusByKeyboard

#: The length of the pseudo-translation's padding words.
PSEUDO_WORD = 5


class PseudoTranslator(QTranslator):
    """Makes every interface string about 40 % longer, to check that layouts hold.

    A translation is longer by more words, not by one word fifty letters long: beyond a few
    characters the padding comes as words of five (``[Close~~]``, ``[Simulate the pay ~~~~~ ~~]``)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        if not source_text:
            return source_text
        count = max(1, round(len(source_text) * 0.4))
        if count <= PSEUDO_WORD:
            return f"[{source_text}{'~' * count}]"
        words = ["~" * PSEUDO_WORD] * (count // PSEUDO_WORD) + ["~" * (count % PSEUDO_WORD)] * bool(count % PSEUDO_WORD)
        return f"[{source_text} {' '.join(words)}]"

    def isEmpty(self) -> bool:
        return False


class FrenchTranslator(QTranslator):
    """The French translations, with the spaces before ; : ! ? made unbreakable (a line of a
    wrapped label never starts with them): :func:`kiosk.domain.catalogue.french_typography`."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = super().translate(context, source_text, disambiguation, n)
        # None, not "": Qt takes an empty string for a translation, and None for "not translated here".
        return french_typography(text) if text else None


class LanguageController(QObject):
    """Owns the current language and the translators; ``language_changed`` tells the catalogue views."""

    language_changed = Signal(str)

    def __init__(self, translations_dir: Path, pseudo: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translations_dir = translations_dir
        self._language: Lang = "en"
        self._translator: QTranslator | None = None
        self._translators: dict[str, QTranslator] = {}
        self._pseudo = PseudoTranslator(self) if pseudo else None
        if self._pseudo is not None:
            QCoreApplication.installTranslator(self._pseudo)

    @property
    def language(self) -> Lang:
        return self._language

    def set_language(self, language: Lang) -> None:
        if language == self._language and (self._translator is not None or self._pseudo is not None):
            return
        # The language change is delivered now, to every widget at once (Qt posts it), then laid out
        # and painted, with the application's event filter paused: thousands of events no watcher wants.
        with FocusByKeyboard.changing_quietly():
            if self._translator is not None:
                QCoreApplication.removeTranslator(self._translator)
                self._translator = None
            self._language = language
            # British English: dates as 1 December 2026 or 01/12/2026, never the American 12/1/26.
            QLocale.setDefault(
                QLocale(QLocale.Language.French, QLocale.Country.France)
                if language == "fr"
                else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
            )
            if self._pseudo is None:
                translator = self._translators.get(language)
                if translator is None:
                    translator = FrenchTranslator(self) if language == "fr" else QTranslator(self)
                    path = self._translations_dir / f"kiosk_{language}.qm"
                    if not translator.load(str(path)):
                        raise FileNotFoundError(f"cannot load the {language} translation {path}")
                    self._translators[language] = translator
                QCoreApplication.installTranslator(translator)
                self._translator = translator
            else:
                # No real translator changes in pseudo mode: re-install it so that Qt sends LanguageChange.
                QCoreApplication.removeTranslator(self._pseudo)
                QCoreApplication.installTranslator(self._pseudo)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
            self.language_changed.emit(language)

    def uninstall(self) -> None:
        """Take this controller's translators off the application and delete them (a kiosk being
        closed). Deleted now, not whenever Python collects them: a translator's
        destructor takes Qt's translator lock, which Qt holds while it asks a translator (ours are
        Python), so a collection in the middle of a translation hung the process for good."""
        for translator in (*self._translators.values(), self._pseudo):
            if translator is not None:
                QCoreApplication.removeTranslator(translator)
                shiboken6.delete(translator)
        self._translators.clear()
        self._translator = None
        self._pseudo = None

    def toggle(self) -> None:
        self.set_language("en" if self._language == "fr" else "fr")
